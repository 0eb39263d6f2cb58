"""Incidents: events reported in the news, with their actors, estimates and claims."""

from __future__ import annotations

from collections import defaultdict
from typing import Annotated, Any

from fastapi import APIRouter, Path
from sqlmodel import col, func, select

from app.api.deps import PagingDep, SourceQuery, resolve_sources
from app.api.problems import ProblemException, problem_responses
from app.api.routes.claims import claims_public
from app.db import SessionDep
from app.models import (
    Actor,
    ActorRef,
    CasualtyEstimate,
    CasualtyEstimatePublic,
    Claim,
    EstimateClaim,
    Incident,
    IncidentActor,
    IncidentActors,
    IncidentPublic,
    IncidentPublicWithDetails,
    IncidentsPublic,
    SourceClaims,
)

router = APIRouter(prefix="/incidents", tags=["incidents"], responses=problem_responses(422, 500))

IncidentId = Annotated[str, Path(description="Incident id.", examples=["inc_4c1d2e3f4a5b"])]


@router.get("", response_model=IncidentsPublic)
def read_incidents(session: SessionDep, paging: PagingDep, source: SourceQuery = None) -> Any:
    """List incidents, latest first, optionally only those a given source made claims about."""
    conditions: list[Any] = []
    if source:
        ids = resolve_sources(session, source)
        claimed = select(Claim.incident_id).where(col(Claim.source_id).in_(ids))
        conditions.append(col(Incident.id).in_(claimed))
    total = session.exec(select(func.count()).select_from(Incident).where(*conditions)).one()
    incidents = session.exec(
        select(Incident)
        .where(*conditions)
        # Undated incidents last on every backend (SQLite and PostgreSQL sort NULL differently).
        .order_by(
            col(Incident.occurred_on).is_(None),
            col(Incident.occurred_on).desc(),
            col(Incident.id),
        )
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    return IncidentsPublic(
        items=[IncidentPublic.model_validate(i) for i in incidents],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get(
    "/{incident_id}", response_model=IncidentPublicWithDetails, responses=problem_responses(404)
)
def read_incident(session: SessionDep, incident_id: IncidentId) -> Any:
    """Get one incident with its actors by role, estimates and claims grouped by source."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise ProblemException(404, f"No incident with id {incident_id!r}.")
    roles: dict[str, list[ActorRef]] = defaultdict(list)
    links = session.exec(
        select(IncidentActor.role, Actor.id, Actor.name)
        .join(Actor, col(Actor.id) == col(IncidentActor.actor_id))
        .where(col(IncidentActor.incident_id) == incident_id)
        .order_by(col(Actor.id))
    ).all()
    for role, actor_id, name in links:
        roles[role].append(ActorRef(id=actor_id, name=name))
    estimates = session.exec(
        select(CasualtyEstimate)
        .where(col(CasualtyEstimate.incident_id) == incident_id)
        .order_by(col(CasualtyEstimate.metric))
    ).all()
    estimate_claims: dict[str, list[str]] = defaultdict(list)
    for estimate_id, claim_id in session.exec(
        select(EstimateClaim.estimate_id, EstimateClaim.claim_id)
        .join(Claim, col(Claim.id) == col(EstimateClaim.claim_id))
        .where(col(EstimateClaim.estimate_id).in_([e.id for e in estimates]))
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Claim.id))
    ).all():
        estimate_claims[estimate_id].append(claim_id)
    claims = session.exec(
        select(Claim)
        .where(col(Claim.incident_id) == incident_id)
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Claim.id))
    ).all()
    by_source: dict[str, SourceClaims] = {}
    for claim in claims_public(session, claims):
        group = by_source.setdefault(claim.source.id, SourceClaims(source=claim.source, claims=[]))
        group.claims.append(claim)
    return IncidentPublicWithDetails.model_validate(
        incident,
        update={
            "actors": IncidentActors(
                perpetrators=roles.get("perpetrator", []), targets=roles.get("target", [])
            ),
            "estimates": [
                CasualtyEstimatePublic.model_validate(
                    e, update={"claim_ids": estimate_claims.get(e.id, [])}
                )
                for e in estimates
            ],
            "claims_by_source": list(by_source.values()),
        },
    )
