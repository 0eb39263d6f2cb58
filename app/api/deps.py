"""Parameters shared by the routes (paging, cursors, formats, dates) and resolving actor names."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, Literal

from fastapi import Request
from sqlalchemy import Engine, select
from sqlmodel import SQLModel

from app import cache
from app.api.params import Param, check_parameter
from app.api.problems import ProblemException
from app.db import fetch_all
from app.extract.registry import normalise_name

MAX_LIMIT = 500
MAX_INT64 = 2**63 - 1  # what both databases (and orjson) hold; larger integers are a 422


LIMIT = Param(
    "limit",
    int,
    "Maximum number of items (1-500), 50 when omitted. A CSV request without `limit` streams "
    "every matching row instead of one page.",
    [50],
    constraints={"ge": 1, "le": MAX_LIMIT},
)
MAX_OFFSET = 10**12  # far past any page; larger numbers overflow the databases' integers
OFFSET = Param(
    "offset",
    int,
    "Number of items to skip (after the cursor, if any; at most 10^12); prefer `cursor`.",
    [0],
    default=0,
    constraints={"ge": 0, "le": MAX_OFFSET},
)
CURSOR = Param(
    "cursor",
    str,
    "Opaque keyset cursor from a previous page's `next` (or its `Link` header): the page after "
    "the last item seen, stable when records are added. Only valid with the same `sort`.",
    ["WyJkb2N1bWVudCIsImRvY19mMjM2YWRhNDM3NzUiLDAsImNsbV8xYTJiM2M0ZDVlNmYiXQ"],
    constraints={"min_length": 1, "max_length": 2000},
)
FORMAT = Param(
    "format",
    Literal["json", "csv"],
    "Response format, overriding the Accept header: `json` (default) or `csv` (UTF-8 with a "
    "byte-order mark and a header row).",
    ["csv"],
)
UPDATED_SINCE = Param(
    "updated_since",
    datetime,
    "Only records stored or changed at or after this timestamp (ISO 8601; UTC when no offset "
    "is given), for incremental sync.",
    ["2026-01-05T09:30:00Z"],
)
SEARCH = Param(
    "q",
    str,
    'Full-text search, ranked best first: words (all must match), "quoted phrases", `OR` '
    "between two terms, `-word` to exclude, `prefix*`. Stemmed English (`strikes` finds "
    "`strike`). At most 32 terms and 4 `prefix*` terms of 3 or more letters; a search running "
    "past the statement timeout is a 503.",
    ['"air base" Deir'],
    constraints={"min_length": 1, "max_length": 500},
)
SOURCE = Param(
    "source",
    list[str],
    "Only records with a claim by this source: an actor id, name or alias, case-insensitive. "
    "Repeat to accept several sources. See /v1/sources.",
    [["centcom", "Russian MoD"]],
)


def since_param(what: str) -> Param:
    """A `since` parameter on `what`."""
    return Param(
        "since", date, f"Only records whose {what} is on or after this date.", ["2016-09-01"]
    )


def until_param(what: str) -> Param:
    """An `until` parameter on `what`."""
    return Param(
        "until", date, f"Only records whose {what} is on or before this date.", ["2016-09-30"]
    )


def sort_param(values: Sequence[str], default: str, note: str = "") -> Param:
    """A `sort` parameter documenting its whitelist as an enum."""
    return Param(
        "sort",
        str,
        f"Sort order: a field, or `-field` for descending; default `{default}`. "
        f"Allowed: {', '.join(values)}.{note} Anything else is a 422 listing them.",
        [default],
        enum=values,
    )


_known: dict[int, frozenset[str]] = {}


def _query_names(dependant: Any) -> set[str]:
    """Query parameter names of a FastAPI dependant and its sub-dependencies."""
    if dependant is None:
        return set()
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def route_parameters(route: object) -> frozenset[str]:
    """The query parameter names a route takes (cached per route)."""
    known = _known.get(id(route))
    if known is None:
        known = _known[id(route)] = frozenset(_query_names(getattr(route, "dependant", None)))
    return known


async def reject_unknown_parameters(request: Request) -> None:
    """A 422 naming a query parameter the route does not take, or a value holding NUL (the
    routes that declare `Query()` arguments; the lists check theirs in `Parameters.parse`)."""
    known = route_parameters(request.scope.get("route"))
    for name, value in request.query_params.multi_items():
        check_parameter(name, value, known)


def check_dates(since: date | None, until: date | None) -> None:
    """A 422 naming `until` when it is before `since`."""
    if since is not None and until is not None and until < since:
        raise ProblemException(
            422,
            "until: must not be before since",
            errors=[{"loc": ["query", "until"], "msg": "before since", "type": "value_error"}],
        )


_actor = SQLModel.metadata.tables["actor"]
ACTOR_NAMES = select(_actor.c.id, _actor.c.name, _actor.c.aliases)
NameIndex = tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]


def _name_index(engine: Engine) -> NameIndex:
    """Actor ids by casefolded id, by name or alias, and by normalised name."""
    by_id: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    by_key: dict[str, set[str]] = {}
    for actor_id, name, aliases in fetch_all(engine, ACTOR_NAMES, {}):
        by_id.setdefault(actor_id.casefold(), set()).add(actor_id)
        for alias in [name, *_aliases(aliases)]:
            by_name.setdefault(alias.casefold(), set()).add(actor_id)
            by_key.setdefault(normalise_name(alias), set()).add(actor_id)
    return by_id, by_name, by_key


def _aliases(value: object) -> list[str]:
    """The aliases column from either driver (SQLite returns JSON text)."""
    if isinstance(value, str):
        value = json.loads(value)
    return [a for a in value if isinstance(a, str)] if isinstance(value, list) else []


def resolve_sources(engine: Engine, values: Sequence[str], param: str = "source") -> set[str]:
    """Actor ids named by `values` (id, name or alias, any case); 422 for an unknown one."""
    by_id, by_name, by_key = cache.memo(("actor-names", id(engine)), lambda: _name_index(engine))
    ids: set[str] = set()
    for value in values:
        wanted = value.strip()
        # Most specific first: an exact id, then a name or alias, then the normalised spelling.
        found = (
            by_id.get(wanted.casefold())
            or by_name.get(wanted.casefold())
            or by_key.get(normalise_name(wanted) or "\x00")
        )
        if not found:
            hint = (
                "See /v1/sources for the sources that made or relayed claims."
                if param in ("source", "via")
                else "See /v1/actors."
            )
            raise ProblemException(
                422,
                f"Unknown {param} {value!r}: no actor has this id, name or alias. {hint}",
                errors=[
                    {
                        "loc": ["query", param],
                        "msg": f"unknown {param} {value!r}",
                        "type": f"unknown_{param}",
                    }
                ],
            )
        ids |= found
    return ids
