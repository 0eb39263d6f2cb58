"""Extract and store: one record or file at a time, or an extraction already made; the registry.

A document is stored in one transaction with its claims, figures, incidents (matched against
the stored ones, `app.documents.merge`) and the actors it names; a record that cannot be read,
extracted or stored is kept in load failures and the others carry on.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import delete, insert
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.db import insert_new, transient_error, write_lock
from app.documents.inputs import Record, txt_record
from app.documents.merge import insert_estimates, match_incidents, recompute_estimates
from app.documents.merge import table_of as _table
from app.documents.results import LoadError, LoadResult, LoadSummary
from app.extract import Extraction, ExtractionError, Registry, extract_document
from app.extract.registry import KnownActor
from app.extract.types import ExtractedActor, short_hash
from app.models import (
    EXTRACTED_INCIDENT_FIELDS,
    Actor,
    Claim,
    ClaimVia,
    Document,
    Figure,
    Incident,
    IncidentActor,
    LoadFailure,
)

logger = logging.getLogger(__name__)


ROLES = ("perpetrator", "target")


def _now() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def _parents_first(actors: Iterable[KnownActor]) -> list[KnownActor]:
    """Order actors so each comes after its parent (parents may be listed later in the YAML)."""
    by_id = {a.id: a for a in actors}
    ordered: list[KnownActor] = []
    seen: set[str] = set()

    def visit(actor: KnownActor, trail: frozenset[str]) -> None:
        if actor.id in seen or actor.id in trail:
            return
        parent = by_id.get(actor.parent) if actor.parent else None
        if parent is not None:
            visit(parent, trail | {actor.id})
        seen.add(actor.id)
        ordered.append(actor)

    for actor in by_id.values():
        visit(actor, frozenset())
    return ordered


def sync_registry(session: Session, registry: Registry) -> int:
    """Insert or update every registry actor (the registry is authoritative); returns the count."""
    ordered = _parents_first(registry.actors.values())
    known_ids = {a.id for a in ordered}
    write_lock(session)  # two services or loaders starting at once sync one after the other
    wanted: list[dict[str, Any]] = []
    for known in ordered:
        parent_id = known.parent if known.parent in known_ids else None
        if known.parent and parent_id is None:
            logger.warning("actor %s: parent %r is not in the registry", known.id, known.parent)
        wanted.append(
            {
                "id": known.id,
                "name": known.name,
                "kind": known.kind,
                "country": known.country,
                "aliases": list(known.aliases),
                "parent_id": parent_id,
                "known": True,
            }
        )
    stored = {a.id: a for a in session.exec(select(Actor).where(col(Actor.id).in_(known_ids)))}
    # One multi-row upsert for the new ones (parents first: a statement's foreign keys are
    # checked at its end on both engines), and an update only where a stored row differs.
    new = [Actor.model_validate(v).model_dump() for v in wanted if v["id"] not in stored]
    for start in range(0, len(new), 500):  # SQLite binds at most 32,766 parameters
        insert_new(session, Actor, new[start : start + 500])
    for values in wanted:
        actor = stored.get(values["id"])
        if actor is not None and any(getattr(actor, k) != v for k, v in values.items()):
            actor.sqlmodel_update(values)
            session.add(actor)
    session.flush()
    session.commit()
    return len(ordered)


def _check_references(extraction: Extraction, actor_ids: set[str]) -> None:
    """Raise LoadError when the extraction points at records it does not contain."""
    claim_ids = {c.id for c in extraction.claims}
    incident_ids = {i.id for i in extraction.incidents}
    doc = extraction.document
    if doc.publisher_actor_id and doc.publisher_actor_id not in actor_ids:
        raise LoadError(f"document {doc.id}: publisher actor {doc.publisher_actor_id!r} unknown")
    for claim in extraction.claims:
        if claim.source_id not in actor_ids:
            raise LoadError(f"claim {claim.id}: source {claim.source_id!r} is not an actor")
        if claim.incident_id and claim.incident_id not in incident_ids:
            raise LoadError(f"claim {claim.id}: incident {claim.incident_id!r} not extracted")
        if not 0 <= claim.start <= claim.end <= len(doc.text):
            raise LoadError(f"claim {claim.id}: span {claim.start}-{claim.end} outside the text")
    for incident in extraction.incidents:
        for link in incident.actors:
            if link.actor_id not in actor_ids:
                raise LoadError(f"incident {incident.id}: actor {link.actor_id!r} unknown")
            if link.role not in ROLES:
                raise LoadError(f"incident {incident.id}: role {link.role!r} not in {ROLES}")
        for claim_id in [
            *incident.claim_ids,
            *(c for e in incident.estimates for c in e.claim_ids),
        ]:
            if claim_id not in claim_ids:
                raise LoadError(f"incident {incident.id}: claim {claim_id!r} not extracted")


def _store_actors(session: Session, extraction: Extraction) -> None:
    """Insert the extraction's actors whose ids are not stored yet (open-world actors)."""
    batch = {a.id for a in extraction.actors}
    parents = {a.parent_id for a in extraction.actors if a.parent_id}
    stored = set(session.exec(select(Actor.id).where(col(Actor.id).in_(batch | parents))).all())
    pending = [a for a in extraction.actors if a.id not in stored]
    # Parents first, so self-references are satisfied within the batch.
    ordered: list[ExtractedActor] = []
    while pending:
        ready = [
            a
            for a in pending
            if a.parent_id not in batch or a.parent_id in stored | {o.id for o in ordered}
        ]
        ready = ready or pending[:1]  # a cycle: break it anywhere
        ordered.extend(ready)
        pending = [a for a in pending if a not in ready]
    for actor in ordered:
        parent_id = actor.parent_id if actor.parent_id in stored | batch else None
        if actor.parent_id and parent_id is None:
            logger.warning("actor %s: parent %r unknown, not stored", actor.id, actor.parent_id)
        row = Actor.model_validate(
            {
                "id": actor.id,
                "name": actor.name,
                "kind": actor.kind,
                "country": actor.country,
                "aliases": list(actor.aliases),
                "parent_id": parent_id,
                "known": actor.known,
            }
        )
        # An upsert: the same new actor named by two articles stored at once is one row.
        insert_new(session, Actor, [row.model_dump()])
        stored.add(actor.id)


_INCIDENT_FIELDS = EXTRACTED_INCIDENT_FIELDS


def _store_incidents(session: Session, extraction: Extraction, merged: dict[str, str]) -> int:
    """Insert new incidents, fill gaps of merged ones, link actors; returns how many were new."""
    added = 0
    for incident in extraction.incidents:
        incident_id = merged.get(incident.id, incident.id)
        stored = session.get(Incident, incident_id) if incident_id in merged.values() else None
        if stored is None:
            values = {"id": incident_id, **{k: getattr(incident, k) for k in _INCIDENT_FIELDS}}
            session.add(Incident.model_validate(values))
            session.flush()
            links = {(link.actor_id, link.role): link.claim_id for link in incident.actors}
            if links:
                session.connection().execute(
                    insert(_table(IncidentActor)),
                    [
                        {"incident_id": incident_id, "actor_id": a, "role": r, "claim_id": c}
                        for (a, r), c in sorted(links.items())
                    ],
                )
            added += 1
            continue
        # Another report of a stored incident: it keeps its fields, gaps are filled.
        for key in _INCIDENT_FIELDS:
            if getattr(stored, key) is None and getattr(incident, key) is not None:
                setattr(stored, key, getattr(incident, key))
        session.add(stored)
        session.flush()
        for link in incident.actors:
            known = session.get(IncidentActor, (incident_id, link.actor_id, link.role))
            if known is None:
                session.add(
                    IncidentActor(
                        incident_id=incident_id,
                        actor_id=link.actor_id,
                        role=link.role,
                        claim_id=link.claim_id,
                    )
                )
            elif known.claim_id and link.claim_id is None:
                known.claim_id = None  # another report states it in its own voice
                session.add(known)
    session.flush()
    return added


def _store_estimates(session: Session, extraction: Extraction, merged: dict[str, str]) -> None:
    """A new incident's estimates come from this document's claims; a merged one's from all."""
    for incident in extraction.incidents:
        if incident.id in merged:
            recompute_estimates(session, merged[incident.id])
        else:
            insert_estimates(session, incident.id, incident.estimates)


def _store_claims(session: Session, extraction: Extraction, merged: dict[str, str]) -> None:
    """Insert the claims and their figures (bulk: the hot path of loading a corpus)."""
    incident_of = {cid: i.id for i in extraction.incidents for cid in i.claim_ids}
    now = _now()
    claims = []
    figures = []
    vias = []
    for claim in extraction.claims:
        incident_id = claim.incident_id or incident_of.get(claim.id)
        claims.append(
            {
                "id": claim.id,
                "incident_id": merged.get(incident_id, incident_id) if incident_id else None,
                "document_id": extraction.document.id,
                "source_id": claim.source_id,
                "speaker": claim.speaker,
                "kind": str(claim.kind),
                "cue": claim.cue,
                "text": claim.text,
                "quote": claim.quote,
                "start": claim.start,
                "end": claim.end,
                "stated_on": claim.stated_on,
                "confidence": claim.confidence,
                "rule": claim.rule,
                "extractor_version": extraction.extractor_version,
                "sequence": claim.sequence,
                "updated_at": now,
            }
        )
        vias += [
            {"claim_id": claim.id, "position": n, "actor_id": actor_id}
            for n, actor_id in enumerate(claim.via)
        ]
        for n, figure in enumerate(claim.figures):
            figures.append(
                {
                    "id": "fig_" + short_hash(claim.id, n, figure.start, figure.end),
                    "claim_id": claim.id,
                    "metric": figure.metric,
                    "value": figure.value,
                    "approximate": figure.approximate,
                    "qualifier": figure.qualifier,
                    "subject": figure.subject,
                    "start": figure.start,
                    "end": figure.end,
                    "text": figure.text,
                }
            )
    if claims:
        session.connection().execute(insert(_table(Claim)), claims)
    if figures:
        session.connection().execute(insert(_table(Figure)), figures)
    if vias:
        session.connection().execute(insert(_table(ClaimVia)), vias)


def load_extraction(session: Session, extraction: Extraction) -> LoadResult:
    """Store one extraction in one transaction; a document already stored (by sha256) is left.

    An extracted incident that reports a stored one (see `app.documents.merge`) is stored as that
    incident: its claims join it and its estimates are derived again from all its claims.
    """
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return _load_once(session, extraction)
        except Exception as exc:
            session.rollback()
            if attempt + 1 == WRITE_ATTEMPTS or not transient_error(exc):
                raise
            logger.info("retrying %s after %s", extraction.document.id, type(exc).__name__)
            time.sleep(RETRY_PAUSE_S * 2**attempt)
    raise AssertionError("unreachable")


@dataclass
class Stored:
    """A posted article as stored: its document, whether this write stored it, what it added."""

    document_id: str
    status: Literal["new", "unchanged"]
    new_incidents: set[str] = field(default_factory=set)


def stored_id(session: Session, sha256: str) -> str | None:
    """The id of the stored document with these bytes, if any."""
    return session.exec(select(Document.id).where(Document.sha256 == sha256)).first()


def store_document(session: Session, extraction: Extraction) -> Stored:
    """Store one extraction (`load_extraction`) and say which of its incidents are new; an
    article another writer stored first is `unchanged`. LoadError when it cannot be stored."""
    candidates = [i.id for i in extraction.incidents]
    stored_before = set(
        session.exec(select(Incident.id).where(col(Incident.id).in_(candidates))).all()
    )
    try:
        load_extraction(session, extraction)  # one transaction: rolled back on any error
    except IntegrityError:
        # The same article posted concurrently: the other request stored it first.
        stored = stored_id(session, extraction.document.sha256)
        if stored is None:
            raise
        return Stored(stored, "unchanged")
    return Stored(extraction.document.id, "new", set(candidates) - stored_before)


WRITE_ATTEMPTS = 4
RETRY_PAUSE_S = 0.05


class AlreadyStored(Exception):
    """Another writer stored the document between our check and our insert."""


def _load_once(session: Session, extraction: Extraction) -> LoadResult:
    """One attempt of `load_extraction`, as the database's only writer (`write_lock`)."""
    doc = extraction.document
    write_lock(session)
    existing = stored_id(session, doc.sha256)
    if existing is not None:
        session.rollback()
        return LoadResult(path=None, status="unchanged", document_id=existing)
    try:
        result = store_extraction(session, extraction)
        session.commit()
    except AlreadyStored:
        session.rollback()
        existing = stored_id(session, doc.sha256)
        return LoadResult(path=None, status="unchanged", document_id=existing or doc.id)
    except Exception:
        session.rollback()
        raise
    return result


def store_extraction(
    session: Session, extraction: Extraction, *, document_stored: bool = False
) -> LoadResult:
    """Write an extraction in the session's transaction (no commit); `document_stored`: the
    document row exists already (re-extraction) and only its extractor version changes.

    Raises `AlreadyStored` when another writer inserted the same document first.
    """
    doc = extraction.document
    wanted = {c.source_id for c in extraction.claims} | {
        a.actor_id for i in extraction.incidents for a in i.actors
    }
    if doc.publisher_actor_id:
        wanted.add(doc.publisher_actor_id)
    stored_ids = set(session.exec(select(Actor.id).where(col(Actor.id).in_(wanted))).all())
    _check_references(extraction, stored_ids | {a.id for a in extraction.actors})
    _store_actors(session, extraction)
    if document_stored:
        stored_document = session.get(Document, doc.id)
        assert stored_document is not None
        stored_document.extractor_version = extraction.extractor_version
        stored_document.publisher_actor_id = doc.publisher_actor_id
        session.add(stored_document)
    else:
        document = Document.model_validate(
            {
                "id": doc.id,
                "title": doc.title,
                "publisher": doc.publisher,
                "publisher_actor_id": doc.publisher_actor_id,
                "relayed_by": doc.relayed_by,
                "published_on": doc.published_on,
                "url": doc.url,
                "language": doc.language,
                "sha256": doc.sha256,
                "extractor_version": extraction.extractor_version,
                "text": doc.text,
                "loaded_at": _now(),
            }
        )
        if not insert_new(session, Document, [document.model_dump()]):
            raise AlreadyStored
    session.flush()
    merged = match_incidents(session, extraction.incidents)
    incidents = _store_incidents(session, extraction, merged)
    _store_claims(session, extraction, merged)
    _store_estimates(session, extraction, merged)
    return LoadResult(
        path=None,
        status="new",
        document_id=doc.id,
        claims=len(extraction.claims),
        incidents=incidents,
        merged=len(merged),
        incident_ids=[merged.get(i.id, i.id) for i in extraction.incidents],
    )


def record_failure(session: Session, path: str, error: str, *, sha256: str | None = None) -> bool:
    """Store (or refresh) the failure of the document at `path`; True when recorded.

    When the document (`sha256`) is stored after all, another writer stored it while this one
    failed: its old failure is cleared instead and False returned, so no stale row stays.
    """
    write_lock(session)
    if sha256 is not None and stored_id(session, sha256):
        session.exec(delete(LoadFailure).where(col(LoadFailure.path) == path))
        session.commit()
        return False
    failure = session.exec(select(LoadFailure).where(LoadFailure.path == path)).first()
    if failure is None:
        row = LoadFailure.model_validate({"path": path, "error": error, "failed_at": _now()})
        insert_new(session, LoadFailure, [row.model_dump(exclude={"id"})])
    else:
        failure.error, failure.failed_at = error, _now()
        session.add(failure)
    session.commit()
    return True


def clear_failure(session: Session, path: str) -> None:
    """Forget a past failure of the document at `path` once it loads."""
    if session.exec(select(LoadFailure.id).where(LoadFailure.path == path)).first() is None:
        return
    write_lock(session)
    session.exec(delete(LoadFailure).where(col(LoadFailure.path) == path))
    session.commit()


def load_path(session: Session, path: Path, registry: Registry) -> LoadResult:
    """Read, extract and store one `.txt` document with its sidecar's metadata; a failure is
    logged, recorded and skipped."""
    result = load_record(session, txt_record(path), registry)
    if result.status == "failed":
        logger.warning("failed to load %s: %s", path, result.error)
    return result


def load_directory(session: Session, directory: Path, registry: Registry) -> LoadSummary:
    """Load every `*.txt` in `directory` (sorted by name)."""
    summary = LoadSummary()
    if not directory.is_dir():
        logger.warning("documents directory %s does not exist; nothing loaded", directory)
        return summary
    for path in sorted(directory.glob("*.txt")):
        summary.results.append(load_path(session, path, registry))
    logger.info("loaded %s: %s", directory, summary.describe())
    return summary


def load_record(session: Session, record: Record, registry: Registry) -> LoadResult:
    """Extract and store one record; a failure is recorded in load failures and returned."""
    sha: str | None = None
    try:
        if record.error is not None:
            raise LoadError(record.error)
        sha = hashlib.sha256(record.raw).hexdigest()
        stored = stored_id(session, sha)
        if stored is not None:
            result = LoadResult(path=record.name, status="unchanged", document_id=stored)
        else:
            extraction = extract_document(record.raw, record.meta, registry)
            result = dataclasses.replace(load_extraction(session, extraction), path=record.name)
    except Exception as exc:  # one bad record must not stop the others
        session.rollback()
        expected = isinstance(exc, LoadError | ExtractionError)
        error = str(exc) if expected else f"{type(exc).__name__}: {exc}"
        if not record_failure(session, record.name, error, sha256=sha):
            return LoadResult(path=record.name, status="unchanged")  # stored by another writer
        logger.debug("failed to load %s: %s", record.name, error)
        return LoadResult(path=record.name, status="failed", error=error)
    clear_failure(session, record.name)
    return result
