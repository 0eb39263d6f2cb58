"""Health check: the database answers, and how much it holds."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel, func, select

from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Actor, Claim, Counts, Document, Health, Incident, LoadFailure

logger = logging.getLogger(__name__)

router = APIRouter(tags=["health"], responses=problem_responses(500, 503))


@router.get("/healthz", response_model=Health)
def read_health(session: SessionDep) -> Any:
    """Check that the database answers and return record counts."""

    def count(table: type[SQLModel]) -> int:
        return session.exec(select(func.count()).select_from(table)).one()

    try:
        counts = Counts(
            documents=count(Document),
            actors=count(Actor),
            incidents=count(Incident),
            claims=count(Claim),
            load_failures=count(LoadFailure),
        )
    except SQLAlchemyError as exc:
        logger.error("health check failed: %s", exc)
        raise ProblemException(503, "The database does not answer.") from exc
    backend = session.get_bind().dialect.name
    return Health(status="ok", database=backend, counts=counts)
