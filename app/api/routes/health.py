"""Health check: the database answers, and how much it holds, within the health timeout."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import Engine, text
from sqlmodel import Session, SQLModel, func, select

from app.api.problems import RETRY_AFTER_SECONDS, ProblemException, problem_responses
from app.models import Actor, Claim, Counts, Document, Health, Incident, LoadFailure

logger = logging.getLogger(__name__)

router = APIRouter(tags=["health"], responses=problem_responses(500, 503))


def _counts(engine: Engine, timeout_s: float) -> Counts:
    """Record counts, with the health timeout as the statement timeout on PostgreSQL."""
    with Session(engine) as session:
        if engine.dialect.name == "postgresql":
            ms = max(1, int(timeout_s * 1000))
            session.execute(text(f"SET LOCAL statement_timeout = {ms}"))
            session.execute(text(f"SET LOCAL lock_timeout = {ms}"))

        def count(table: type[SQLModel]) -> int:
            return session.exec(select(func.count()).select_from(table)).one()

        return Counts(
            documents=count(Document),
            actors=count(Actor),
            incidents=count(Incident),
            claims=count(Claim),
            load_failures=count(LoadFailure),
        )


@router.get("/healthz", response_model=Health)
async def read_health(request: Request) -> Any:
    """Check that the database answers (within the health timeout, else 503) and return record counts."""
    engine: Engine = request.app.state.engine
    timeout_s: float = request.app.state.settings.health_timeout_s
    unavailable = ProblemException(
        503,
        "The database does not answer.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )
    try:
        # In a worker thread under a deadline: a hung database (a lock, a full pool, a dead
        # host) makes this a 503 in time, and never blocks the event loop.
        counts = await asyncio.wait_for(
            run_in_threadpool(_counts, engine, timeout_s), timeout=timeout_s
        )
    except TimeoutError as exc:
        logger.error("health check: no answer within %.1f s", timeout_s)
        raise unavailable from exc
    except Exception as exc:
        logger.error("health check failed: %s", str(exc).splitlines()[0] if str(exc) else exc)
        raise unavailable from exc
    return Health(status="ok", database=engine.dialect.name, counts=counts)
