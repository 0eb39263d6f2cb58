"""Deleting a document: it and everything derived only from it go, in one transaction.

Incidents other documents still report keep their claims and are re-estimated from them;
newly found actors nothing refers to any more go too (registry actors stay).
"""

from __future__ import annotations

from sqlalchemy import delete, exists
from sqlmodel import Session, col, select

from app.db import write_lock
from app.documents.merge import recompute_estimates
from app.models import (
    Actor,
    CasualtyEstimate,
    Claim,
    ClaimVia,
    Document,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
)


def _is_referenced(session: Session, actor_id: str) -> bool:
    """Whether a claim, document, incident or child actor points at the actor."""
    checks = (
        select(Claim.id).where(Claim.source_id == actor_id),
        select(ClaimVia.claim_id).where(ClaimVia.actor_id == actor_id),
        select(Document.id).where(Document.publisher_actor_id == actor_id),
        select(IncidentActor.incident_id).where(IncidentActor.actor_id == actor_id),
        select(Actor.id).where(Actor.parent_id == actor_id),
    )
    return any(session.exec(select(exists(check))).one() for check in checks)


def _remove_orphan_actors(session: Session, candidates: set[str]) -> None:
    """Delete the open-world actors among `candidates` (and their ancestors) nothing uses."""
    pending = set(candidates)
    while pending:
        orphans = [
            actor
            for actor in (session.get(Actor, actor_id) for actor_id in sorted(pending))
            if actor is not None and not actor.known and not _is_referenced(session, actor.id)
        ]
        if not orphans:
            return
        for actor in orphans:
            session.delete(actor)
        session.flush()
        removed = {actor.id for actor in orphans}
        pending = (pending - removed) | {a.parent_id for a in orphans if a.parent_id}


def _remove_incident(session: Session, incident_id: str) -> set[str]:
    """Delete an incident with its estimates and actor links; returns the actors it named."""
    actor_ids = set(
        session.exec(
            select(IncidentActor.actor_id).where(IncidentActor.incident_id == incident_id)
        ).all()
    )
    estimates = select(CasualtyEstimate.id).where(CasualtyEstimate.incident_id == incident_id)
    session.exec(delete(EstimateClaim).where(col(EstimateClaim.estimate_id).in_(estimates)))
    session.exec(delete(CasualtyEstimate).where(col(CasualtyEstimate.incident_id) == incident_id))
    session.exec(delete(IncidentActor).where(col(IncidentActor.incident_id) == incident_id))
    session.exec(delete(Incident).where(col(Incident.id) == incident_id))
    return actor_ids


def remove_document(*, session: Session, document_id: str) -> bool:
    """Delete a document and what only it supported, in one transaction; False when unknown.

    Its claims go with their figures and estimate links; an incident left without claims goes
    with its estimates and actor links, one other documents still report is re-estimated from
    the claims that remain; open-world actors nothing refers to any more go last.
    """
    write_lock(session)  # no writer stores a claim of an actor this deletion finds orphaned
    document = session.get(Document, document_id)
    if document is None:
        session.rollback()
        return False
    try:
        remove_document_rows(session, document)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return True


def remove_document_rows(
    session: Session, document: Document, *, keep_document: bool = False
) -> None:
    """What `remove_document` deletes, in the session's transaction (no commit);
    `keep_document` keeps the document row itself (re-extraction replaces what it yielded)."""
    document_id = document.id
    rows = session.exec(
        select(Claim.incident_id, Claim.source_id).where(Claim.document_id == document_id)
    ).all()
    incident_ids = sorted({incident_id for incident_id, _ in rows if incident_id})
    actor_ids = {source_id for _, source_id in rows}
    claims = select(Claim.id).where(Claim.document_id == document_id)
    actor_ids |= set(
        session.exec(select(ClaimVia.actor_id).where(col(ClaimVia.claim_id).in_(claims))).all()
    )
    if document.publisher_actor_id:
        actor_ids.add(document.publisher_actor_id)
    session.exec(delete(ClaimVia).where(col(ClaimVia.claim_id).in_(claims)))
    # A role only this document's claim asserted goes with the claim.
    session.exec(delete(IncidentActor).where(col(IncidentActor.claim_id).in_(claims)))
    session.exec(delete(Figure).where(col(Figure.claim_id).in_(claims)))
    session.exec(delete(EstimateClaim).where(col(EstimateClaim.claim_id).in_(claims)))
    session.exec(delete(Claim).where(col(Claim.document_id) == document_id))
    for incident_id in incident_ids:
        still_reported = session.exec(
            select(exists(select(Claim.id).where(Claim.incident_id == incident_id)))
        ).one()
        if still_reported:
            recompute_estimates(session, incident_id)
        else:
            actor_ids |= _remove_incident(session, incident_id)
    if not keep_document:
        session.delete(document)
    session.flush()
    _remove_orphan_actors(session, actor_ids)
