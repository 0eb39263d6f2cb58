"""The FastAPI application: the factory and the lifespan (migrate, sync, load, watch)."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlmodel import Session

import app as package
from app import cache
from app.api.main import api_router
from app.api.openapi import DESCRIPTION, install_openapi, operation_id
from app.api.problems import add_problem_handlers
from app.api.routes import health
from app.core.config import Settings
from app.db import (
    Timeouts,
    VersionWatcher,
    create_db_engine,
    exclusive,
    migrate,
    observe_database,
    prune_changes,
)
from app.documents import load_directory, sync_registry
from app.extract import load_registry
from app.web import mount_dashboard

logger = logging.getLogger(__name__)


def configure_logging(level: str) -> None:
    """Send the app's log lines to stderr at `level` (a no-op if logging is already set up)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("app").setLevel(level)


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Migrate the schema, sync the actor registry and load the documents directory."""
    settings: Settings = app.state.settings
    configure_logging(settings.log_level)
    engine = app.state.engine
    registry = load_registry(settings.data_dir)
    app.state.registry = registry
    # Workers and replicas starting together take turns: the first migrates and loads, the
    # others find it done.
    with exclusive(engine):
        if settings.migrate_on_startup:
            migrate(engine)
        with Session(engine) as session:
            count = sync_registry(session, registry)
            logger.info("actor registry: %d actors", count)
            if settings.load_on_startup:
                load_directory(session, settings.documents_dir, registry)
        prune_changes(engine, older_than=timedelta(days=settings.changes_retention_days))
    observe_database(engine)
    watcher = VersionWatcher(engine)
    watcher.start()
    # Start-up objects (the registry, modules, the app) live as long as the process: keep them
    # out of the collector's full passes, which otherwise stall requests for tens of ms.
    gc.collect()
    gc.freeze()
    yield
    watcher.stop()
    engine.dispose()


class IncidentsAPI(FastAPI):
    """FastAPI with the response cache consulted first, in front of every framework layer.

    A repeated GET (what a polling dashboard sends) is answered from memory before FastAPI's
    and Starlette's middleware run; requests with an `Origin` go through the CORS middleware,
    which sits in front of the same cache. The one override stays because the framework has no
    hook for an outermost ASGI layer: `add_middleware` (and `middleware=`) always places user
    middleware inside FastAPI's own (`ServerErrorMiddleware`, exception telemetry, the body
    limit), after `FastAPI.__call__`'s telemetry check. A cached GET called in-process costs
    6.1 µs here, 12.5 µs with the cache as the outermost user middleware, 17.4 µs where it sits
    (inside CORS): the hot page is some 30 µs in all under uvicorn (`bench/README.md`).
    """

    response_cache: cache.ResponseCache

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Answer from the cache when possible, else run the app."""
        lookup = self.response_cache.lookup(scope)
        if (
            lookup is not None
            and not lookup.origin
            and await self.response_cache.answer(lookup, send)
        ):
            return
        await super().__call__(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app for `settings` (read from the environment when omitted)."""
    settings = settings or Settings()
    app = IncidentsAPI(
        title="incident-records",
        version=package.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        generate_unique_id_function=operation_id,
        docs_url=None,  # served offline by app.web, from the built front end
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.engine = create_db_engine(
        settings.database_url,
        timeouts=Timeouts.of(settings),
        readers=settings.sqlite_readers,
        reader_cache_kib=settings.sqlite_reader_cache_kib,
        reader_page_cost=settings.pg_reader_page_cost,
    )
    add_problem_handlers(app)
    app.include_router(api_router)
    app.include_router(health.router)
    mount_dashboard(app, settings.web_dir)
    # Outermost first: CORS headers go on every answer, cached ones included; the response
    # cache answers repeated GETs before FastAPI routes, validates or serialises anything.
    app.response_cache = cache.ResponseCache(None)
    app.add_middleware(cache.ResponseCache, shared=app.response_cache)
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "HEAD"],
        allow_headers=["Accept", "If-None-Match", "If-Modified-Since"],
        expose_headers=["ETag", "Link", "Last-Modified"],
        max_age=600,
    )
    install_openapi(app)
    return app


app = create_app()
