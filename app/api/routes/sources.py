"""Sources: the actors that made claims, and how many."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlmodel import col, func, select

from app.api.deps import PagingDep
from app.api.problems import problem_responses
from app.db import SessionDep
from app.models import Actor, Claim, SourcePublic, SourcesPublic

router = APIRouter(prefix="/sources", tags=["sources"], responses=problem_responses(422, 500))


@router.get("", response_model=SourcesPublic)
def read_sources(session: SessionDep, paging: PagingDep) -> Any:
    """List the actors that made claims, most claims first, with their claim counts."""
    claim_count = func.count(col(Claim.id)).label("claim_count")
    counts = select(col(Claim.source_id), claim_count).group_by(col(Claim.source_id)).subquery()
    total = session.exec(select(func.count()).select_from(counts)).one()
    rows = session.exec(
        select(Actor, counts.c.claim_count)
        .join(counts, counts.c.source_id == col(Actor.id))
        .order_by(counts.c.claim_count.desc(), col(Actor.id))
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    items = [
        SourcePublic.model_validate(actor, update={"claim_count": count}) for actor, count in rows
    ]
    return SourcesPublic(items=items, total=total, limit=paging.limit, offset=paging.offset)
