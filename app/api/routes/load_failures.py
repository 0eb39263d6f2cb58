"""Load failures: documents that could not be read or extracted, and why."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlmodel import col, func, select

from app.api.deps import PagingDep
from app.api.problems import problem_responses
from app.db import SessionDep
from app.models import LoadFailure, LoadFailurePublic, LoadFailuresPublic

router = APIRouter(
    prefix="/load-failures", tags=["documents"], responses=problem_responses(422, 500)
)


@router.get("", response_model=LoadFailuresPublic)
def read_load_failures(session: SessionDep, paging: PagingDep) -> Any:
    """List documents that failed to load, most recent failure first."""
    total = session.exec(select(func.count()).select_from(LoadFailure)).one()
    failures = session.exec(
        select(LoadFailure)
        .order_by(col(LoadFailure.failed_at).desc(), col(LoadFailure.path))
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    return LoadFailuresPublic(
        items=[LoadFailurePublic.model_validate(f) for f in failures],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )
