"""The FastAPI application: factory, start-up loading, problem responses, OpenAPI spec."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute
from sqlmodel import Session

import app as package
from app import cache
from app.api.links import add_links
from app.api.main import api_router
from app.api.problems import add_problem_handlers, use_problem_media_type
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
from app.extract import load_registry
from app.loader import load_directory, sync_registry
from app.models import IncidentFeatureCollection
from app.web import mount_dashboard

logger = logging.getLogger(__name__)

DESCRIPTION = (
    "Source-attributed records of armed-conflict incidents extracted from news articles: "
    "who claimed what, where in which article, with which figures. Errors are RFC 9457 "
    "problem details (`application/problem+json`)."
)


def configure_logging(level: str) -> None:
    """Send the app's log lines to stderr at `level` (a no-op if logging is already set up)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("app").setLevel(level)


def operation_id(route: APIRoute) -> str:
    """The handler's name (`read_claims`) as a stable operation id."""
    return route.name


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


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` and single non-null `anyOf`/`allOf` options to the schema they mean."""
    for _ in range(8):
        if "$ref" in schema:
            schema = components[schema["$ref"].rsplit("/", 1)[-1]]
            continue
        options = [
            s
            for key in ("anyOf", "oneOf", "allOf")
            for s in schema.get(key, [])
            if s.get("type") != "null"
        ]
        if len(options) == 1:
            schema = options[0]
            continue
        break
    return schema


def example_of(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> Any:
    """An example value for `schema`, built from the examples of its fields."""
    target = _resolve(schema, components)
    if depth < 8 and "properties" in target:
        return {
            name: example_of(prop, components, depth + 1)
            for name, prop in target["properties"].items()
        }
    items = _resolve(target.get("items", {}), components)
    if depth < 8 and target.get("type") == "array" and "properties" in items:
        return [example_of(items, components, depth + 1)]
    for candidate in (schema, target):
        if candidate.get("examples"):
            return candidate["examples"][0]
        if candidate.get("enum"):
            return candidate["enum"][0]
    return None


def add_response_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """Give every documented response body an example assembled from its fields' examples."""
    components = spec.get("components", {}).get("schemas", {})
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for response in operation.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    if "schema" in media and "example" not in media:
                        media["example"] = example_of(media["schema"], components)
    return spec


RESPONSE_HEADERS = {
    "ETag": (
        "Strong validator of this representation; send it back in `If-None-Match` for a 304.",
        '"3f2a9c0d1e7b5a4c8d6e2f10"',
    ),
    "Last-Modified": (
        "When the data last changed (an ingest or a deletion).",
        "Sun, 05 Jan 2026 09:30:00 GMT",
    ),
    "Cache-Control": (
        "Data changes only on ingest: shared caches may keep a page for a minute.",
        "public, max-age=60, stale-while-revalidate=600",
    ),
}
LINK_HEADER = (
    "RFC 8288 link to the next page, absent on the last page.",
    '<http://127.0.0.1:8000/v1/claims?limit=50&cursor=WyJkb2N1bWVudCJd>; rel="next"',
)


def add_caching_docs(spec: dict[str, Any]) -> dict[str, Any]:
    """Document the validators, `Link` and the 304 answer of every GET under /v1."""
    for path, path_item in spec.get("paths", {}).items():
        operation = path_item.get("get")
        if operation is None or not path.startswith("/v1/"):
            continue
        ok = operation["responses"]["200"]
        headers = dict(RESPONSE_HEADERS)
        if "next" in str(ok.get("content", {}).get("application/json", {}).get("schema", {})) or (
            "{" not in path
        ):
            headers["Link"] = LINK_HEADER
        ok["headers"] = {
            name: {"description": description, "schema": {"type": "string"}, "example": example}
            for name, (description, example) in headers.items()
        }
        operation["responses"]["304"] = {
            "description": "Not Modified: the `If-None-Match` ETag (or `If-Modified-Since` "
            "date) still names the current representation.",
            "headers": ok["headers"],
        }
    return spec


def use_problem_for_validation_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Point FastAPI's default 422 schema at `Problem`: validation errors are problems here."""
    schemas = spec.get("components", {}).get("schemas", {})
    if "Problem" not in schemas:
        return spec
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            response = operation.get("responses", {}).get("422")
            if not response:
                continue
            for media in response.get("content", {}).values():
                if media.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                    media["schema"] = {"$ref": "#/components/schemas/Problem"}
    text = str(spec.get("paths", {}))
    for name in ("HTTPValidationError", "ValidationError"):
        if f"/{name}'" not in text:
            schemas.pop(name, None)
    return spec


def add_schema(spec: dict[str, Any], model: type[Any]) -> None:
    """Add a model (and the models it uses) to the spec's components."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in schema.pop("$defs", {}).items():
        schemas.setdefault(name, definition)
    schemas.setdefault(model.__name__, schema)


class IncidentsAPI(FastAPI):
    """FastAPI with the response cache consulted first, below every framework layer.

    A repeated GET (what a polling dashboard sends) is answered from memory before Starlette's
    and FastAPI's middleware run; requests with an `Origin` go through the CORS middleware,
    which sits in front of the same cache.
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
    app.state.engine = create_db_engine(settings.database_url, timeouts=Timeouts.of(settings))
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

    def openapi() -> dict[str, Any]:
        """The spec, with problem media types and response examples."""
        if app.openapi_schema is None:
            spec = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            add_schema(spec, IncidentFeatureCollection)
            spec = add_caching_docs(use_problem_media_type(use_problem_for_validation_errors(spec)))
            spec = add_links(spec)
            app.openapi_schema = add_response_examples(spec)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


app = create_app()
