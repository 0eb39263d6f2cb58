"""Re-extraction: run the current extractor on stored documents, one transaction per document.

A document's text is stored as extracted, and every id derives from the hash of its original
bytes and the spans (`clm_` from the span, `inc_` from the incident's position), so extracting
it again gives an unchanged claim (same span, same source) the id it had. A document whose new
claims and figures equal what is stored gets its `extractor_version` moved on and its
incidents' estimates derived again; otherwise what it
yielded is removed as a deletion would (incidents other documents still report keep their
claims and are re-estimated) and the new extraction is stored in the same transaction,
matched against the stored incidents again (`app.documents.merge`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlmodel import Session, col, select

from app.db import write_lock
from app.documents.bulk import in_processes, worker_registry
from app.documents.delete import remove_document_rows
from app.documents.inputs import meta_of
from app.documents.merge import recompute_estimates
from app.documents.store import store_extraction
from app.extract import EXTRACTOR_VERSION, DocumentMeta, Extraction, Registry, extract_document
from app.models import Claim, ClaimVia, Document, Figure

Outcome = Literal["changed", "unchanged", "failed"]


@dataclass
class ReextractSummary:
    """What a re-extraction did."""

    changed: int = 0
    unchanged: int = 0
    failed: int = 0
    claims_before: int = 0
    claims_after: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)

    def describe(self) -> str:
        """One line for the CLI."""
        return (
            f"{self.changed} changed, {self.unchanged} unchanged, {self.failed} failed; "
            f"claims {self.claims_before} -> {self.claims_after} "
            f"(extractor {EXTRACTOR_VERSION})"
        )


def documents_to_reextract(session: Session, *, everything: bool) -> list[str]:
    """Ids of the documents to extract again: all, or those of another extractor version."""
    query = select(Document.id).order_by(col(Document.id))
    if not everything:
        query = query.where(Document.extractor_version != EXTRACTOR_VERSION)
    return list(session.exec(query).all())


@dataclass(frozen=True)
class StoredText:
    """What the extractor needs of a stored document."""

    id: str
    sha256: str
    text: str
    meta: DocumentMeta


def _stored_text(document: Document) -> StoredText:
    """A stored document as extractor input."""
    return StoredText(document.id, document.sha256, document.text, meta_of(document))


def _extract(stored: StoredText | None) -> Extraction | str:
    """The extraction of a stored text, or the error as text (crosses process boundaries)."""
    if stored is None:
        return "deleted meanwhile"
    try:
        extraction = extract_document(
            stored.text, stored.meta, worker_registry(), sha256=stored.sha256
        )
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    if extraction.document.id != stored.id:
        return f"document id {extraction.document.id} != stored {stored.id}"
    return extraction


def _stored_output(session: Session, document_id: str) -> set[tuple[Any, ...]]:
    """A comparable summary of what a document yielded: claims, their figures and relayers."""
    claims = session.exec(select(Claim).where(Claim.document_id == document_id)).all()
    ids = [c.id for c in claims]
    figures = session.exec(select(Figure).where(col(Figure.claim_id).in_(ids))).all()
    vias = session.exec(select(ClaimVia).where(col(ClaimVia.claim_id).in_(ids))).all()
    return (
        {
            (
                c.id,
                c.source_id,
                c.start,
                c.end,
                c.kind,
                c.speaker,
                c.stated_on,
                c.confidence,
                c.rule,
            )
            for c in claims
        }
        | {(f.claim_id, f.metric, f.value, f.start, f.end, f.approximate) for f in figures}
        | {("via", v.claim_id, v.position, v.actor_id) for v in vias}
    )


def _new_output(extraction: Extraction) -> set[tuple[Any, ...]]:
    """The same summary of a fresh extraction."""
    return (
        {
            (
                c.id,
                c.source_id,
                c.start,
                c.end,
                str(c.kind),
                c.speaker,
                c.stated_on,
                c.confidence,
                c.rule,
            )
            for c in extraction.claims
        }
        | {
            (c.id, f.metric, f.value, f.start, f.end, f.approximate)
            for c in extraction.claims
            for f in c.figures
        }
        | {
            ("via", c.id, n, actor_id)
            for c in extraction.claims
            for n, actor_id in enumerate(c.via)
        }
    )


def reextract_document(session: Session, extraction: Extraction) -> Outcome:
    """Replace what a stored document yielded by `extraction`, in one transaction."""
    write_lock(session)  # the database's only writer until the commit (see app.db.write_lock)
    document = session.get(Document, extraction.document.id)
    assert document is not None
    try:
        if _stored_output(session, document.id) == _new_output(extraction):
            # Same claims; the estimates are derived again (their rules may have changed).
            document.extractor_version = extraction.extractor_version
            session.add(document)
            incident_ids = session.exec(
                select(Claim.incident_id).where(Claim.document_id == document.id).distinct()
            ).all()
            for incident_id in sorted(i for i in incident_ids if i):
                recompute_estimates(session, incident_id)
            session.commit()
            return "unchanged"
        remove_document_rows(session, document, keep_document=True)
        store_extraction(session, extraction, document_stored=True)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return "changed"


def reextract(
    session: Session,
    registry: Registry,
    *,
    everything: bool = False,
    workers: int = 1,
    progress: Callable[[Outcome], None] | None = None,
) -> ReextractSummary:
    """Extract stored documents again (outdated ones, or all), one transaction each."""
    summary = ReextractSummary()
    ids = documents_to_reextract(session, everything=everything)
    summary.claims_before = _claim_count(session)

    def texts() -> Iterator[StoredText | None]:
        for document_id in ids:
            document = session.get(Document, document_id)
            yield _stored_text(document) if document is not None else None
            session.expunge_all()  # texts are large: keep the identity map small

    for document_id, result in zip(
        ids, in_processes(_extract, texts(), registry, workers), strict=False
    ):
        outcome: Outcome
        if isinstance(result, str):
            outcome = "failed"
            summary.errors.append((document_id, result))
        else:
            try:
                outcome = reextract_document(session, result)
            except Exception as exc:  # one document must not stop the others
                outcome = "failed"
                summary.errors.append((document_id, f"{type(exc).__name__}: {exc}"))
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if progress is not None:
            progress(outcome)
    summary.claims_after = _claim_count(session)
    return summary


def _claim_count(session: Session) -> int:
    """Stored claims."""
    from sqlalchemy import func

    return int(session.exec(select(func.count()).select_from(Claim)).one())
