"""Actors: states, ministries, commands, groups and people, from the registry or extraction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
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
    Filter,
    Key,
    Resource,
    SortField,
    iso_timestamp,
    json_list,
    named,
    respond,
    sort_values,
    table,
    updated_since,
)
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Actor, ActorPublic, ActorsPublic

router = APIRouter(
    prefix="/actors",
    tags=["actors"],
    responses=problem_responses(422, 500),
    dependencies=[Depends(reject_unknown_parameters)],
)

ActorId = Annotated[str, Path(description="Actor id (a slug).", examples=["centcom"])]

ACTOR_ID = Key("id", "str")
SORTS = {
    "id": SortField((ACTOR_ID,)),
    "name": SortField((Key("name", "str"),), tiebreak=(ACTOR_ID,)),
    "kind": SortField((Key("kind", "str"),), tiebreak=(ACTOR_ID,)),
    "updated_at": SortField((Key("updated_at", "datetime"),), tiebreak=(ACTOR_ID,)),
}
FIELDS = ("id", "name", "kind", "country", "aliases", "parent_id", "known", "updated_at")


def actor_item(row: Sequence[Any]) -> dict[str, Any]:
    """An actor row as the API's actor object."""
    item = dict(zip(FIELDS, row, strict=True))
    item["aliases"] = json_list(item["aliases"])
    item["known"] = bool(item["known"])
    item["updated_at"] = iso_timestamp(item["updated_at"])
    return item


def actor_csv_row(item: dict[str, Any]) -> list[Any]:
    """An actor item as a CSV row; aliases joined by `; `."""
    return [("; ".join(item[f]) if f == "aliases" else item[f]) for f in FIELDS]


ACTORS = Resource(
    name="actors",
    rows=table(Actor),
    columns=lambda c: [c[name] for name in FIELDS],
    filters=(Filter("kind", named("kind")), Filter("known", named("known")), updated_since()),
    sorts=SORTS,
    default_sort="id",
    item=actor_item,
    csv_columns=FIELDS,
    csv_row=actor_csv_row,
)


@router.get("", response_model=ActorsPublic, responses=CSV_RESPONSE)
async def read_actors(
    request: Request,
    kind: Annotated[
        str | None, Query(description="Only actors of this kind.", examples=["ministry"])
    ] = None,
    known: Annotated[
        bool | None,
        Query(description="Only registry actors (true) or new ones (false).", examples=[True]),
    ] = None,
    updated_since: UpdatedSinceQuery = None,
    sort: Annotated[str | None, sort_query(sort_values(SORTS), "id")] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = None,
    offset: OffsetQuery = 0,
    format: FormatQuery = None,
) -> Response:
    """List actors by id (or `sort`), optionally by kind or by whether the registry knows them."""
    values = {"kind": kind, "known": known, "updated_since": updated_since}
    return await respond(
        request, ACTORS, values, sort=sort, cursor=cursor, limit=limit, offset=offset, format=format
    )


@router.get("/{actor_id}", response_model=ActorPublic, responses=problem_responses(404))
def read_actor(session: SessionDep, actor_id: ActorId) -> Any:
    """Get one actor."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise ProblemException(404, f"No actor with id {actor_id!r}.")
    return actor
