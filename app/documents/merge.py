"""One incident, many reports: match extracted incidents to stored ones, and re-derive estimates.

Two reports describe the same incident when all of these hold (conservative on purpose):
- the same type (or one of them is the generic "attack");
- both dated, at most one day apart;
- the same named place, or both located more precisely than a country and at most 25 km apart;
- no contradiction in the actors: when both name perpetrators they share one, likewise targets.
Each stored incident takes at most one incident of a new document, so an article that reports
two strikes on the same day in one city keeps them apart. Among several matches the nearest in
time, then in space, wins.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Table, delete, insert, inspect, update
from sqlmodel import Session, SQLModel, col, select

from app.extract.incidents import FigureLike, casualty_estimates
from app.extract.types import CasualtyEstimate as CasualtyEstimateData
from app.extract.types import ExtractedIncident, short_hash
from app.models import (
    CasualtyEstimate,
    Claim,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
    utcnow,
)

MAX_DAYS_APART = 1
MAX_KM_APART = 25.0
GENERIC_TYPES = {"attack"}


@dataclass
class StoredClaim:
    """A stored claim's figures, in the shape `casualty_estimates` and `claim_total` read."""

    id: str
    source_id: str
    figures: Sequence[FigureLike] = field(default_factory=list)


def table_of(model: type[SQLModel]) -> Table:
    """The table behind a model: bulk inserts go to it directly, past the ORM's bookkeeping."""
    table = inspect(model).local_table
    assert isinstance(table, Table)
    return table


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def _same_place(new: ExtractedIncident, stored: Incident) -> float | None:
    """Distance in km when the places agree (0 for the same name), None when they do not."""
    if (
        new.place_name
        and stored.place_name
        and new.place_name.casefold() == stored.place_name.casefold()
    ):
        return 0.0
    precise = ("site", "city", "region")
    if (
        new.latitude is None
        or new.longitude is None
        or stored.latitude is None
        or stored.longitude is None
        or str(new.location_precision) not in precise
        or str(stored.location_precision) not in precise
    ):
        return None
    km = distance_km(new.latitude, new.longitude, stored.latitude, stored.longitude)
    return km if km <= MAX_KM_APART else None


def _compatible_actors(new: ExtractedIncident, stored_roles: dict[str, set[str]]) -> bool:
    for role in ("perpetrator", "target"):
        mine = {a.actor_id for a in new.actors if a.role == role}
        theirs = stored_roles.get(role, set())
        if mine and theirs and not mine & theirs:
            return False
    return True


def _days_apart(a: date, b: date) -> int:
    return abs((a - b).days)


def match_incidents(session: Session, incidents: list[ExtractedIncident]) -> dict[str, str]:
    """For each extracted incident that reports a stored one, the stored incident's id."""
    matches: dict[str, str] = {}
    taken: set[str] = set()
    for incident in incidents:
        if session.get(Incident, incident.id) is not None:
            # The same id (the same incident, as another extraction already named it).
            matches[incident.id] = incident.id
            taken.add(incident.id)
            continue
        if incident.occurred_on is None:
            continue
        low = date.fromordinal(incident.occurred_on.toordinal() - MAX_DAYS_APART)
        high = date.fromordinal(incident.occurred_on.toordinal() + MAX_DAYS_APART)
        candidates = session.exec(
            select(Incident).where(
                col(Incident.occurred_on) >= low,
                col(Incident.occurred_on) <= high,
            )
        ).all()
        best: tuple[int, float, str] | None = None
        for stored in candidates:
            if stored.id in taken or stored.occurred_on is None:
                continue
            if stored.type != incident.type and not {stored.type, incident.type} & GENERIC_TYPES:
                continue
            km = _same_place(incident, stored)
            if km is None:
                continue
            roles: dict[str, set[str]] = defaultdict(set)
            for link in session.exec(
                select(IncidentActor).where(IncidentActor.incident_id == stored.id)
            ).all():
                roles[link.role].add(link.actor_id)
            if not _compatible_actors(incident, roles):
                continue
            key = (_days_apart(incident.occurred_on, stored.occurred_on), km, stored.id)
            if best is None or key < best:
                best = key
        if best is not None:
            matches[incident.id] = best[2]
            taken.add(best[2])
    return matches


def recompute_estimates(session: Session, incident_id: str) -> None:
    """Re-derive an incident's casualty estimates from all the claims now stored under it."""
    # The incident changes with its estimates (`updated_since` must find it).
    session.execute(
        update(Incident).where(col(Incident.id) == incident_id).values(updated_at=utcnow())
    )
    estimate_ids = select(CasualtyEstimate.id).where(CasualtyEstimate.incident_id == incident_id)
    session.execute(delete(EstimateClaim).where(col(EstimateClaim.estimate_id).in_(estimate_ids)))
    session.execute(
        delete(CasualtyEstimate).where(col(CasualtyEstimate.incident_id) == incident_id)
    )
    rows = session.exec(
        select(Claim.id, Claim.source_id, Claim.document_id)
        .where(Claim.incident_id == incident_id)
        .order_by(col(Claim.document_id), col(Claim.sequence))
    ).all()
    document_of = {claim_id: document_id for claim_id, _, document_id in rows}
    figures: dict[str, list[Figure]] = defaultdict(list)
    if rows:
        for figure in session.exec(
            select(Figure)
            .where(col(Figure.claim_id).in_(list(document_of)))
            .order_by(col(Figure.claim_id), col(Figure.start))
        ).all():
            figures[figure.claim_id].append(figure)
    claims = [
        StoredClaim(claim_id, source_id, figures[claim_id]) for claim_id, source_id, _ in rows
    ]
    # Each document is a report: best is the median of the tolls the reports lead with.
    estimates = casualty_estimates(claims, report_of=lambda claim: document_of[claim.id])
    insert_estimates(session, incident_id, estimates)


def estimate_id(incident_id: str, metric: str) -> str:
    """The id of an incident's estimate of a metric (one per metric)."""
    return "est_" + short_hash(incident_id, metric)


def insert_estimates(
    session: Session, incident_id: str, estimates: Sequence[CasualtyEstimateData]
) -> None:
    """Store an incident's estimates and the links to the claims each came from."""
    if not estimates:
        return
    session.connection().execute(
        insert(table_of(CasualtyEstimate)),
        [
            {
                "id": estimate_id(incident_id, e.metric),
                "incident_id": incident_id,
                "metric": e.metric,
                "low": e.low,
                "best": e.best,
                "high": e.high,
            }
            for e in estimates
        ],
    )
    links = [
        {"estimate_id": estimate_id(incident_id, e.metric), "claim_id": claim_id}
        for e in estimates
        for claim_id in dict.fromkeys(e.claim_ids)
    ]
    if links:  # an estimate from the headline alone links no claim; an empty insert adds a null row
        session.connection().execute(insert(table_of(EstimateClaim)), links)
