"""Load failures: documents that could not be read or extracted, and why."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from app.api.listing import (
    CSV_RESPONSE,
    Key,
    Resource,
    SortField,
    iso_timestamp,
    respond,
    table,
    updated_since,
)
from app.api.problems import problem_responses
from app.models import LoadFailure, LoadFailuresPublic

router = APIRouter(
    prefix="/load-failures",
    tags=["documents"],
    responses=problem_responses(422, 500),
)

FAILURE_ID = Key("id", "int")
SORTS = {
    "failed_at": SortField((Key("failed_at", "datetime"),), tiebreak=(FAILURE_ID,)),
    "path": SortField((Key("path", "str"),), tiebreak=(FAILURE_ID,)),
    "id": SortField((FAILURE_ID,)),
}
FIELDS = ("id", "path", "error", "failed_at")


def failure_item(row: Sequence[Any]) -> dict[str, Any]:
    """A load failure row as the API's object."""
    item = dict(zip(FIELDS, row, strict=True))
    item["failed_at"] = iso_timestamp(item["failed_at"])
    return item


LOAD_FAILURES = Resource(
    name="load-failures",
    rows=table(LoadFailure),
    columns=lambda c: [c[name] for name in FIELDS],
    filters=(updated_since("failed_at"),),
    sorts=SORTS,
    default_sort="-failed_at",
    item=failure_item,
    csv_columns=FIELDS,
    csv_row=lambda item: [item[name] for name in FIELDS],
)


@router.get(
    "",
    response_model=LoadFailuresPublic,
    responses=CSV_RESPONSE,
    openapi_extra=LOAD_FAILURES.parameters.openapi(),
)
async def read_load_failures(request: Request) -> Response:
    """List documents that failed to load, most recent failure first (or `sort`)."""
    return await respond(request, LOAD_FAILURES)
