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
    Key,
    Listing,
    SortField,
    bind_timestamp,
    choose_format,
    iso_date,
    iso_timestamp,
    parse_sort,
    sort_values,
)
from app.api.problems import ProblemException, problem_responses
from app.api.routes.actors import CSV_RESPONSE
from app.db import SessionDep, off_the_loop
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
COLUMNS = tuple(f"c.{name}" for name in FIELDS)


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

    def build() -> Response:
        """The response, computed next to the database (see `off_the_loop`)."""
        engine = request.app.state.engine
        fmt = choose_format(request, format, ("json", "csv"))
        params: dict[str, Any] = {}
        conditions: list[str] = []
        if updated_since is not None:
            params["updated_since"] = bind_timestamp(updated_since, engine.dialect.name)
            conditions.append("c.loaded_at >= :updated_since")
        listing = Listing(
            request=request,
            engine=engine,
            name="documents",
            source="document AS c",
            columns=COLUMNS,
            conditions=conditions,
            params=params,
            sort=parse_sort(sort, SORTS, "-published_on"),
            item=document_item,
            csv_columns=FIELDS,
            csv_row=lambda item: [item[f] for f in FIELDS],
        )
        return listing.respond(cursor=cursor, limit=limit, offset=offset, fmt=fmt)

    return await off_the_loop(request.app.state.engine, build)


@router.get(
    "/{document_id}", response_model=DocumentPublicWithText, responses=problem_responses(404)
)
def read_document(session: SessionDep, document_id: DocumentId) -> Any:
    """Get one document with the text that claim spans point into."""
    document = session.get(Document, document_id)
    if document is None:
        raise ProblemException(404, f"No document with id {document_id!r}.")
    return document
