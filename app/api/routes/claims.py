"""Claims: who said what, where in which document, with the numbers they assert."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlmodel import Session, col, func, select

from app.api.deps import PagingDep, SourceQuery, resolve_sources
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.extract.types import ClaimKind
from app.models import (
    Actor,
    ActorRef,
    Claim,
    ClaimPublic,
    ClaimsPublic,
    Figure,
    FigurePublic,
    Span,
)

router = APIRouter(prefix="/claims", tags=["claims"], responses=problem_responses(422, 500))

ClaimId = Annotated[str, Path(description="Claim id.", examples=["clm_1a2b3c4d5e6f"])]


def claims_public(session: Session, claims: Sequence[Claim]) -> list[ClaimPublic]:
    """Claims with their source names and figures, in the given order."""
    if not claims:
        return []
    source_ids = {c.source_id for c in claims}
    names = dict(
        session.exec(select(Actor.id, Actor.name).where(col(Actor.id).in_(source_ids))).all()
    )
    figures: dict[str, list[FigurePublic]] = defaultdict(list)
    rows = session.exec(
        select(Figure)
        .where(col(Figure.claim_id).in_([c.id for c in claims]))
        .order_by(col(Figure.start), col(Figure.id))
    ).all()
    for figure in rows:
        figures[figure.claim_id].append(
            FigurePublic.model_validate(
                figure, update={"span": Span(start=figure.start, end=figure.end)}
            )
        )
    return [
        ClaimPublic.model_validate(
            claim,
            update={
                "source": ActorRef(id=claim.source_id, name=names.get(claim.source_id, "")),
                "span": Span(start=claim.start, end=claim.end),
                "figures": figures.get(claim.id, []),
            },
        )
        for claim in claims
    ]


@router.get("", response_model=ClaimsPublic)
def read_claims(
    session: SessionDep,
    paging: PagingDep,
    source: SourceQuery = None,
    incident: Annotated[
        str | None,
        Query(description="Only claims about this incident id.", examples=["inc_4c1d2e3f4a5b"]),
    ] = None,
    document: Annotated[
        str | None,
        Query(description="Only claims from this document id.", examples=["doc_f236ada43775"]),
    ] = None,
    kind: Annotated[
        ClaimKind | None,
        Query(description="Only claims reported this way.", examples=["direct"]),
    ] = None,
    metric: Annotated[
        str | None,
        Query(description="Only claims with a figure of this metric.", examples=["killed"]),
    ] = None,
) -> Any:
    """List claims in document order, filtered by source, incident, document, kind or metric."""
    conditions: list[Any] = []
    if source:
        conditions.append(col(Claim.source_id).in_(resolve_sources(session, source)))
    if incident is not None:
        conditions.append(col(Claim.incident_id) == incident)
    if document is not None:
        conditions.append(col(Claim.document_id) == document)
    if kind is not None:
        conditions.append(col(Claim.kind) == str(kind))
    if metric is not None:
        with_metric = select(Figure.claim_id).where(col(Figure.metric) == metric)
        conditions.append(col(Claim.id).in_(with_metric))
    total = session.exec(select(func.count()).select_from(Claim).where(*conditions)).one()
    claims = session.exec(
        select(Claim)
        .where(*conditions)
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Claim.id))
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    return ClaimsPublic(
        items=claims_public(session, claims),
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get("/{claim_id}", response_model=ClaimPublic, responses=problem_responses(404))
def read_claim(session: SessionDep, claim_id: ClaimId) -> Any:
    """Get one claim with its source, span, figures and document id."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ProblemException(404, f"No claim with id {claim_id!r}.")
    return claims_public(session, [claim])[0]
