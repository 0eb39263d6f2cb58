"""Sources: the actors that made claims, and how many."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cmp_to_key
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from sqlalchemy import Engine

from app import cache
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
    CSV_TYPE,
    Key,
    Sort,
    SortField,
    as_utc,
    bind_timestamp,
    choose_format,
    csv_text,
    decode_cursor,
    encode_cursor,
    iso_timestamp,
    json_list,
    page_response,
    parse_sort,
    sort_values,
)
from app.api.problems import problem_responses
from app.db import fetch_all, off_the_loop
from app.models import SourcesPublic

router = APIRouter(
    prefix="/sources",
    tags=["sources"],
    responses=problem_responses(422, 500),
    dependencies=[Depends(reject_unknown_parameters)],
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
# An actor is listed when it made a claim or relayed one; each count is 0 when it did not.
SOURCES_SQL = (
    "SELECT a.id, a.name, a.kind, a.country, a.aliases, a.parent_id, a.known, a.updated_at, "
    "COALESCE(n.claim_count, 0), COALESCE(r.relayed_count, 0) FROM actor a "
    "LEFT JOIN (SELECT source_id, count(*) AS claim_count FROM claim GROUP BY source_id) n "
    "ON n.source_id = a.id "
    "LEFT JOIN (SELECT actor_id, count(DISTINCT claim_id) AS relayed_count FROM claim_via "
    "GROUP BY actor_id) r ON r.actor_id = a.id "
    "WHERE n.claim_count IS NOT NULL OR r.relayed_count IS NOT NULL"
)


def all_sources(engine: Engine) -> list[dict[str, Any]]:
    """Every source with its claim count: one GROUP BY per data version, then from memory."""

    def load() -> list[dict[str, Any]]:
        """Run the aggregate."""
        items = []
        for row in fetch_all(engine, SOURCES_SQL, {}):
            item = dict(zip(FIELDS, row, strict=True))
            item["aliases"] = json_list(item["aliases"])
            item["known"] = bool(item["known"])
            item["updated_at"] = iso_timestamp(item["updated_at"])
            items.append(item)
        return items

    return cache.memo(("sources", id(engine)), load)


def changed_sources(engine: Engine, since: datetime) -> set[str]:
    """Ids of sources whose actor or claims changed at or after `since`."""
    params = {"since": bind_timestamp(since, engine.dialect.name)}
    rows = fetch_all(
        engine,
        "SELECT DISTINCT source_id FROM claim WHERE updated_at >= :since "
        "UNION SELECT v.actor_id FROM claim_via v JOIN claim c ON c.id = v.claim_id "
        "WHERE c.updated_at >= :since "
        "UNION SELECT id FROM actor WHERE updated_at >= :since",
        params,
    )
    return {row[0] for row in rows}


def key_values(item: dict[str, Any], sort: Sort) -> list[Any]:
    """The sort key values of an item, comparable with decoded cursor values."""
    values = []
    for key in sort.keys:
        value = item[key.sql]
        values.append(as_utc(value) if key.kind == "datetime" else value)
    return values


def compare(a: Sequence[Any], b: Sequence[Any], sort: Sort) -> int:
    """-1, 0 or 1: how key values `a` order against `b` under `sort`."""
    for x, y, key in zip(a, b, sort.keys, strict=True):
        if x != y:
            result = -1 if x < y else 1
            return -result if key.desc else result
    return 0


@router.get("", response_model=SourcesPublic, responses=CSV_RESPONSE)
async def read_sources(
    request: Request,
    updated_since: UpdatedSinceQuery = None,
    sort: Annotated[str | None, sort_query(sort_values(SORTS), "-claim_count")] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = None,
    offset: OffsetQuery = 0,
    format: FormatQuery = None,
) -> Response:
    """List the actors that made or relayed claims, most claims first (or `sort`), with both counts."""

    def build() -> Response:
        """The response, computed next to the database (see `off_the_loop`)."""
        engine = request.app.state.engine
        fmt = choose_format(request, format, ("json", "csv"))
        parsed = parse_sort(sort, SORTS, "-claim_count")
        items = all_sources(engine)
        if updated_since is not None:
            changed = changed_sources(engine, updated_since)
            items = [item for item in items if item["id"] in changed]
        pairs: list[tuple[list[Any], dict[str, Any]]] = [
            (key_values(item, parsed), item) for item in items
        ]

        def by_key(a: tuple[list[Any], dict[str, Any]], b: tuple[list[Any], dict[str, Any]]) -> int:
            """Order pairs by their key values."""
            return compare(a[0], b[0], parsed)

        keyed = sorted(pairs, key=cmp_to_key(by_key))
        total = len(keyed)
        if cursor:
            start = decode_cursor(cursor, parsed, "postgresql")
            start = [as_utc(v) if isinstance(v, datetime) else v for v in start]
            keyed = [pair for pair in keyed if compare(pair[0], start, parsed) > 0]
        if fmt == "csv" and limit is None:
            rows = [[item[f] for f in FIELDS] for _, item in keyed[offset:]]
            for row in rows:
                row[4] = "; ".join(row[4])
            return Response(
                csv_text(FIELDS, rows, header=True).encode("utf-8-sig"), media_type=CSV_TYPE
            )
        size = limit or 50
        page = keyed[offset : offset + size]
        more = len(keyed) > offset + size
        next_url = None
        if more and page:
            url = request.url.remove_query_params("offset")
            next_url = str(url.include_query_params(cursor=encode_cursor(parsed, page[-1][0])))
        page_items = [item for _, item in page]
        if fmt == "csv":
            rows = [[item[f] for f in FIELDS] for item in page_items]
            for row in rows:
                row[4] = "; ".join(row[4])
            headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
            return Response(
                csv_text(FIELDS, rows, header=True).encode("utf-8-sig"),
                media_type=CSV_TYPE,
                headers=headers,
            )
        body = {
            "items": page_items,
            "total": total,
            "limit": size,
            "offset": offset,
            "next": next_url,
        }
        return page_response(body, next_url)

    return await off_the_loop(request.app.state.engine, build)
