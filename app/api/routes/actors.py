"""Actors: states, ministries, commands, groups and people, from the registry or extraction."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response

from app.api.deps import reject_unknown_parameters
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
    table,
    updated_since,
)
from app.api.params import Param
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Actor, ActorPublic, ActorsPublic

router = APIRouter(
    prefix="/actors",
    tags=["actors"],
    responses=problem_responses(422, 500),
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
    filters=(
        Filter(Param("kind", str, "Only actors of this kind.", ["ministry"]), named("kind")),
        Filter(
            Param("known", bool, "Only registry actors (true) or new ones (false).", [True]),
            named("known"),
        ),
        updated_since(),
    ),
    sorts=SORTS,
    default_sort="id",
    item=actor_item,
    csv_columns=FIELDS,
    csv_row=actor_csv_row,
)


@router.get(
    "",
    response_model=ActorsPublic,
    responses=CSV_RESPONSE,
    openapi_extra=ACTORS.parameters.openapi(),
)
async def read_actors(request: Request) -> Response:
    """List actors by id (or `sort`), optionally by kind or by whether the registry knows them."""
    return await respond(request, ACTORS)


@router.get(
    "/{actor_id}",
    response_model=ActorPublic,
    responses=problem_responses(404),
    dependencies=[Depends(reject_unknown_parameters)],
)
def read_actor(session: SessionDep, actor_id: ActorId) -> Any:
    """Get one actor."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise ProblemException(404, f"No actor with id {actor_id!r}.")
    return actor
