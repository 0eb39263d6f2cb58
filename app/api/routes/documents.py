"""Documents: the articles claims were read from; reading, ingesting and deleting them.

Reads are open; writes (POST, DELETE) go through `writes`, a router of its own that checks the
write token and the body first (`app.api.writes`). What a write does is `app.documents`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from app.api.deps import reject_unknown_parameters
from app.api.listing import (
    CSV_RESPONSE,
    Key,
    Resource,
    SortField,
    iso_date,
    iso_timestamp,
    respond,
    table,
    updated_since,
)
from app.api.problems import ProblemException, problem_responses
from app.api.writes import (
    AUTH_RESPONSES,
    POST_RESPONSES,
    DocumentCreate,
    DocumentIngested,
    IngestedIncident,
    WriteRoute,
    require_writer,
)
from app.core.config import Settings
from app.db import SessionDep
from app.documents import LoadError, meta_of, remove_document, store_document, stored_id
from app.extract import ExtractionError, Registry, extract_document, load_registry
from app.models import Claim, Document, DocumentPublicWithText, DocumentsPublic

router = APIRouter(
    prefix="/documents",
    tags=["documents"],
    responses=problem_responses(422, 500),
)

DocumentId = Annotated[str, Path(description="Document id.", examples=["doc_f236ada43775"])]

DOCUMENT_ID = Key("id", "str")
SORTS = {
    "published_on": SortField(
        (Key("published_on", "date", nullable=True),), tiebreak=(DOCUMENT_ID,)
    ),
    "loaded_at": SortField((Key("loaded_at", "datetime"),), tiebreak=(DOCUMENT_ID,)),
    "id": SortField((DOCUMENT_ID,)),
}
FIELDS = (
    "id",
    "title",
    "publisher",
    "publisher_actor_id",
    "relayed_by",
    "published_on",
    "url",
    "language",
    "sha256",
    "extractor_version",
    "loaded_at",
)


def document_item(row: Sequence[Any]) -> dict[str, Any]:
    """A document row (without its text) as the API's document object."""
    item = dict(zip(FIELDS, row, strict=True))
    item["published_on"] = iso_date(item["published_on"])
    item["loaded_at"] = iso_timestamp(item["loaded_at"])
    return item


DOCUMENTS = Resource(
    name="documents",
    rows=table(Document),
    columns=lambda c: [c[name] for name in FIELDS],
    filters=(updated_since("loaded_at"),),
    sorts=SORTS,
    default_sort="-published_on",
    item=document_item,
    csv_columns=FIELDS,
    csv_row=lambda item: [item[name] for name in FIELDS],
)


@router.get(
    "",
    response_model=DocumentsPublic,
    responses=CSV_RESPONSE,
    openapi_extra=DOCUMENTS.parameters.openapi(),
)
async def read_documents(request: Request) -> Response:
    """List documents (without their text), newest publication first (or `sort`)."""
    return await respond(request, DOCUMENTS)


@router.get(
    "/{document_id}",
    response_model=DocumentPublicWithText,
    responses=problem_responses(404),
    dependencies=[Depends(reject_unknown_parameters)],
)
def read_document(session: SessionDep, document_id: DocumentId) -> Any:
    """Get one document with the text that claim spans point into."""
    document = session.get(Document, document_id)
    if document is None:
        raise ProblemException(404, f"No document with id {document_id!r}.")
    return document


# Writes have a router of their own: its route class reads and checks the body before FastAPI
# parses it, and every write needs the token.
writes = APIRouter(
    prefix="/documents",
    tags=["documents"],
    route_class=WriteRoute,
    dependencies=[Depends(require_writer)],
    responses=problem_responses(500),
)


def _registry(request: Request) -> Registry:
    """The actor registry the app loaded at start-up (loaded now when it did not)."""
    registry: Registry | None = getattr(request.app.state, "registry", None)
    if registry is None:
        registry = load_registry(request.app.state.settings.data_dir)
        request.app.state.registry = registry
    return registry


def describe_document(
    session: Session, document_id: str, status: Literal["new", "unchanged"], new: set[str]
) -> DocumentIngested:
    """What is stored for the document: its claims and the incidents they are about."""
    rows = session.exec(
        select(Claim.id, Claim.incident_id)
        .where(Claim.document_id == document_id)
        .order_by(col(Claim.sequence), col(Claim.id))
    ).all()
    per_incident: dict[str, int] = {}
    for _, incident_id in rows:
        if incident_id:
            per_incident[incident_id] = per_incident.get(incident_id, 0) + 1
    return DocumentIngested(
        document_id=document_id,
        status=status,
        location=f"/v1/documents/{document_id}",
        claim_count=len(rows),
        claim_ids=[claim_id for claim_id, _ in rows],
        incidents=[
            IngestedIncident(id=i, status="new" if i in new else "existing", claims=n)
            for i, n in per_incident.items()
        ],
    )


@writes.post(
    "",
    status_code=201,
    response_model=DocumentIngested,
    responses=POST_RESPONSES,
)
def create_document(
    document: DocumentCreate, request: Request, response: Response, session: SessionDep
) -> DocumentIngested:
    """Extract one article and store it with its claims, incidents and actors (201; 200 when already stored)."""
    raw = document.text.encode("utf-8")
    stored = stored_id(session, hashlib.sha256(raw).hexdigest())
    if stored is not None:
        response.status_code = 200
        return describe_document(session, stored, "unchanged", set())
    session.commit()  # end the read: no connection is held while the article is extracted
    meta = meta_of(document)
    settings: Settings = request.app.state.settings
    if len(document.text) > settings.max_text_chars:
        raise ProblemException(
            413,
            f"text: {len(document.text)} characters; at most {settings.max_text_chars} "
            "(INCIDENTS_MAX_TEXT_CHARS) are extracted through the API.",
        )
    started = time.thread_time()
    try:
        extraction = extract_document(raw, meta, _registry(request))
    except ExtractionError as exc:
        raise ProblemException(422, f"The text cannot be read as an article: {exc}.") from exc
    spent = time.thread_time() - started
    if spent > settings.max_extraction_seconds:
        raise ProblemException(
            422,
            f"text: extracting it took {spent:.1f} s of CPU, over the limit of "
            f"{settings.max_extraction_seconds:g} s (INCIDENTS_MAX_EXTRACTION_SECONDS); "
            "nothing was stored.",
        )
    if len(extraction.claims) > settings.max_claims:
        raise ProblemException(
            422,
            f"text: {len(extraction.claims)} claims, over the limit of {settings.max_claims} "
            "per article (INCIDENTS_MAX_CLAIMS); nothing was stored.",
        )
    try:
        outcome = store_document(session, extraction)
    except LoadError as exc:
        raise ProblemException(
            500, f"The extraction could not be stored ({exc}); nothing was stored."
        ) from exc
    if outcome.status == "unchanged":
        response.status_code = 200
    else:
        response.headers["Location"] = f"/v1/documents/{outcome.document_id}"
    return describe_document(session, outcome.document_id, outcome.status, outcome.new_incidents)


@writes.delete(
    "/{document_id}",
    status_code=204,
    response_class=Response,
    responses={**AUTH_RESPONSES, **problem_responses(404)},
)
def delete_document(document_id: DocumentId, session: SessionDep) -> Response:
    """Delete a document with the claims, figures, incidents and actors only it supported."""
    if not remove_document(session=session, document_id=document_id):
        raise ProblemException(404, f"No document with id {document_id!r}.")
    return Response(status_code=204)
