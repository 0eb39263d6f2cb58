"""Documents: the articles claims were read from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from app.api.deps import (
    CursorQuery,
    FormatQuery,
    LimitQuery,
    OffsetQuery,
    UpdatedSinceQuery,
    reject_unknown_parameters,
    sort_query,
)
from app.api.listing import (
    CSV_RESPONSE,
    Key,
    SortField,
    iso_date,
    iso_timestamp,
    respond_table,
    sort_values,
)
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Document, DocumentPublicWithText, DocumentsPublic

router = APIRouter(
    prefix="/documents",
    tags=["documents"],
    responses=problem_responses(422, 500),
    dependencies=[Depends(reject_unknown_parameters)],
)

DocumentId = Annotated[str, Path(description="Document id.", examples=["doc_f236ada43775"])]

DOCUMENT_ID = Key("c.id", "str")
SORTS = {
    "published_on": SortField(
        (Key("c.published_on", "date", nullable=True),), tiebreak=(DOCUMENT_ID,)
    ),
    "loaded_at": SortField((Key("c.loaded_at", "datetime"),), tiebreak=(DOCUMENT_ID,)),
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


@router.get("", response_model=DocumentsPublic, responses=CSV_RESPONSE)
async def read_documents(
    request: Request,
    updated_since: UpdatedSinceQuery = None,
    sort: Annotated[str | None, sort_query(sort_values(SORTS), "-published_on")] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = None,
    offset: OffsetQuery = 0,
    format: FormatQuery = None,
) -> Response:
    """List documents (without their text), newest publication first (or `sort`)."""
    return await respond_table(
        request,
        name="documents",
        table="document",
        fields=FIELDS,
        item=document_item,
        sorts=SORTS,
        sort=sort,
        default_sort="-published_on",
        changed_column="loaded_at",
        updated_since=updated_since,
        cursor=cursor,
        limit=limit,
        offset=offset,
        format=format,
    )


@router.get(
    "/{document_id}", response_model=DocumentPublicWithText, responses=problem_responses(404)
)
def read_document(session: SessionDep, document_id: DocumentId) -> Any:
    """Get one document with the text that claim spans point into."""
    document = session.get(Document, document_id)
    if document is None:
        raise ProblemException(404, f"No document with id {document_id!r}.")
    return document
