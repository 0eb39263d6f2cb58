"""Sources: the actors that made claims, and how many."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import distinct, func, literal_column, or_, select, union

from app.api.deps import UPDATED_SINCE
from app.api.listing import (
    CSV_RESPONSE,
    Filter,
    Key,
    Resource,
    SortField,
    iso_timestamp,
    json_list,
    respond,
    table,
    timestamp,
)
from app.api.problems import problem_responses
from app.models import Actor, Claim, ClaimVia, SourcesPublic

router = APIRouter(
    prefix="/sources",
    tags=["sources"],
    responses=problem_responses(422, 500),
)

SOURCE_ID = Key("id", "str")
SORTS = {
    "claim_count": SortField((Key("claim_count", "int"),), tiebreak=(SOURCE_ID,)),
    "relayed_count": SortField((Key("relayed_count", "int"),), tiebreak=(SOURCE_ID,)),
    "name": SortField((Key("name", "str"),), tiebreak=(SOURCE_ID,)),
    "updated_at": SortField((Key("updated_at", "datetime"),), tiebreak=(SOURCE_ID,)),
    "id": SortField((SOURCE_ID,)),
}
FIELDS = (
    "id",
    "name",
    "kind",
    "country",
    "aliases",
    "parent_id",
    "known",
    "updated_at",
    "claim_count",
    "relayed_count",
)
CLAIM = table(Claim)
VIA = table(ClaimVia)
ACTOR = table(Actor)


def source_rows() -> Any:
    """Every actor that made or relayed a claim, with both counts (0 when it did not)."""
    made = (
        select(CLAIM.c.source_id, func.count().label("claim_count"))
        .group_by(CLAIM.c.source_id)
        .subquery("n")
    )
    relayed = (
        select(VIA.c.actor_id, func.count(distinct(VIA.c.claim_id)).label("relayed_count"))
        .group_by(VIA.c.actor_id)
        .subquery("r")
    )
    zero: Any = literal_column("0")
    return (
        select(
            *(ACTOR.c[name] for name in FIELDS[:-2]),
            func.coalesce(made.c.claim_count, zero).label("claim_count"),
            func.coalesce(relayed.c.relayed_count, zero).label("relayed_count"),
        )
        .select_from(
            ACTOR.outerjoin(made, made.c.source_id == ACTOR.c.id).outerjoin(
                relayed, relayed.c.actor_id == ACTOR.c.id
            )
        )
        .where(or_(made.c.claim_count.is_not(None), relayed.c.relayed_count.is_not(None)))
    )


def changed_since(c: Any, binds: Sequence[Any]) -> Any:
    """Sources whose actor or claims (made or relayed) changed at or after the bound time."""
    (since,) = binds
    via_claim = CLAIM.alias("vc")
    changed = union(
        select(CLAIM.c.source_id).where(CLAIM.c.updated_at >= since),
        select(VIA.c.actor_id)
        .join(via_claim, via_claim.c.id == VIA.c.claim_id)
        .where(via_claim.c.updated_at >= since),
        select(ACTOR.c.id).where(ACTOR.c.updated_at >= since),
    )
    return c.id.in_(changed)


def source_item(row: Sequence[Any]) -> dict[str, Any]:
    """A source row as the API's source object."""
    item = dict(zip(FIELDS, row, strict=True))
    item["aliases"] = json_list(item["aliases"])
    item["known"] = bool(item["known"])
    item["updated_at"] = iso_timestamp(item["updated_at"])
    return item


SOURCES = Resource(
    name="sources",
    rows=source_rows(),
    columns=lambda c: [c[name] for name in FIELDS],
    filters=(Filter(UPDATED_SINCE, lambda c: c, changed_since, timestamp),),
    sorts=SORTS,
    default_sort="-claim_count",
    kept=True,  # the aggregate over every claim runs once per data version and sort
    item=source_item,
    csv_columns=FIELDS,
    csv_row=lambda item: ["; ".join(item[f]) if f == "aliases" else item[f] for f in FIELDS],
)


@router.get(
    "",
    response_model=SourcesPublic,
    responses=CSV_RESPONSE,
    openapi_extra=SOURCES.parameters.openapi(),
)
async def read_sources(request: Request) -> Response:
    """List the actors that made or relayed claims, most claims first (or `sort`), with both counts."""
    return await respond(request, SOURCES)
