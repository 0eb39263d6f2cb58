"""Lists: resources declared once, composed as SQLAlchemy Core `select()`s, paged by keyset.

Every list route declares a `Resource`: the rows it reads (a table, or a Core `select()` such
as the sources' aggregate), the columns an item is built from, its filters (`Filter`: query
parameter, column expression, operator, each declared once; claims and incidents share the
common ones below) and its sort fields. `Listing` composes the request's `select()` from the
filters given, pages it with a keyset cursor, counts the filtered total once per data version
and answers in JSON, CSV or (incidents) GeoJSON. No SQL text is put together by hand except in
`search_rows`, the one audited helper for full-text search (table names from a fixed list,
user input bound as a parameter).

Speed: a statement is built and compiled once per shape (which filters, how many values each,
the sort, whether a cursor or a search is given; `statement` and `app.db.prepare`), so a
request only binds values and runs the compiled SQL on the DB-API connection.

Why list items are not pydantic objects: rows go from the driver to orjson as dicts, because
a page is a few index lookups and building one model per row (and per figure) would cost more
than the queries (the cold page benchmark, bench/api). The declared `response_model` still
documents them; tests/api/test_list_schemas.py checks that every list route's items match
its OpenAPI component (types, required fields, no undeclared ones). Detail routes return models.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import (
    BigInteger,
    Engine,
    Float,
    FromClause,
    Select,
    Table,
    Text,
    and_,
    bindparam,
    case,
    cast,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    tuple_,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from app import cache
from app.api.deps import (
    CURSOR,
    FORMAT,
    LIMIT,
    MAX_INT64,
    OFFSET,
    SEARCH,
    SOURCE,
    UPDATED_SINCE,
    check_dates,
    since_param,
    sort_param,
    until_param,
)
from app.api.params import Param, Parameters
from app.api.problems import ProblemException
from app.db import SEARCHED, Run, Statement, fetch_all, off_the_loop, reading

Kind = Literal["str", "int", "float", "date", "datetime"]
Format = Literal["json", "csv", "geojson"]

JSON_TYPE = "application/json"
CSV_TYPE = "text/csv; charset=utf-8; header=present"
GEOJSON_TYPE = "application/geo+json"
CSV_BATCH = 1000
# The 200 response of a list that can answer CSV, for the spec.
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A page of records, or CSV; `Link` points at the next page.",
        "content": {"text/csv": {"schema": {"type": "string"}, "example": "id,name,kind,...\r\n"}},
    }
}


def invalid(name: str, message: str, type_: str = "value_error") -> ProblemException:
    """A 422 problem about the query parameter `name`."""
    return ProblemException(
        422,
        f"{name}: {message}",
        errors=[{"loc": ["query", name], "msg": message, "type": type_}],
    )


# Sorting


@dataclass(frozen=True)
class Key:
    """One component of a sort order: a column of the row source, its type and direction."""

    column: str
    kind: Kind
    desc: bool = False
    nullable: bool = False

    def flipped(self) -> Key:
        """The same key in the other direction."""
        return Key(self.column, self.kind, not self.desc, self.nullable)


@dataclass(frozen=True)
class SortField:
    """A sortable field: its keys (flipped by `-field`), then tie-breakers that never flip."""

    keys: tuple[Key, ...]
    tiebreak: tuple[Key, ...] = ()
    needs_search: bool = False


@dataclass(frozen=True)
class Sort:
    """A parsed `sort` parameter."""

    param: str
    keys: tuple[Key, ...]
    needs_search: bool = False


def parse_sort(value: str | None, fields: Mapping[str, SortField], default: str) -> Sort:
    """The sort named by `value` (`field` or `-field`); a 422 listing the allowed fields."""
    param = (value or default).strip()
    name, descending = (param[1:], True) if param.startswith("-") else (param, False)
    spec = fields.get(name)
    if spec is None:
        allowed = ", ".join(sort_values(fields))
        raise invalid("sort", f"unknown sort field {name!r}; allowed: {allowed}", "enum")
    keys = tuple(k.flipped() for k in spec.keys) if descending else spec.keys
    return Sort(param=param, keys=keys + spec.tiebreak, needs_search=spec.needs_search)


def sort_values(fields: Mapping[str, SortField]) -> list[str]:
    """Every accepted `sort` value: each field, ascending and descending."""
    return [v for name in fields for v in (name, f"-{name}")]


def order_by(keys: Sequence[Key], columns: Sequence[Any]) -> list[Any]:
    """ORDER BY terms for `keys` (on `columns`), NULLs last in either direction on every backend."""
    terms: list[Any] = []
    for key, col in zip(keys, columns, strict=True):
        if key.nullable:
            terms.append(col.is_(None))
        terms.append(col.desc() if key.desc else col)
    return terms


def after(keys: Sequence[Key], columns: Sequence[Any], nulls: Sequence[bool]) -> Any:
    """A condition selecting the rows that sort after the cursor (`:_k0`, `:_k1`...; `nulls`
    says which cursor values are NULL, and so are not bound)."""
    binds: list[Any] = [bindparam(f"_k{i}") for i in range(len(keys))]
    if all(not k.nullable for k in keys) and len({k.desc for k in keys}) == 1:
        # One direction, no NULLs: a row-value comparison both backends walk an index with.
        left, right = tuple_(*columns), tuple_(*binds)
        return left < right if keys[0].desc else left > right
    terms: list[Any] = []
    equal: list[Any] = []
    for key, col, bind, null in zip(keys, columns, binds, nulls, strict=True):
        if null:
            # NULLs sort last: nothing comes after a NULL in this component but later ones.
            equal.append(col.is_(None))
            continue
        later = col < bind if key.desc else col > bind
        if key.nullable:
            later = or_(later, col.is_(None))
        terms.append(and_(*equal, later))
        equal.append(col == bind)
    return or_(*terms) if terms else false()


# Cursors: base64url of a JSON array [sort, key values...]; opaque to clients.


def canonical(value: Any, kind: Kind) -> Any:
    """A key value as stored in a cursor (dates and timestamps as ISO strings)."""
    if value is None:
        return None
    if kind == "datetime":
        return as_utc(value).isoformat()
    if kind == "date":
        return value if isinstance(value, str) else value.isoformat()
    return value


def encode_cursor(sort: Sort, values: Sequence[Any]) -> str:
    """The opaque cursor pointing after a row with these key values."""
    payload = [sort.param, *(canonical(v, k.kind) for v, k in zip(values, sort.keys, strict=True))]
    return base64.urlsafe_b64encode(orjson.dumps(payload)).rstrip(b"=").decode()


def decode_cursor(cursor: str, sort: Sort, dialect: str) -> list[Any]:
    """Key values from a cursor, ready to bind; a 422 naming `cursor` when it is not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        payload = orjson.loads(raw)
    except (ValueError, binascii.Error, orjson.JSONDecodeError) as exc:
        raise invalid("cursor", "not a cursor returned by this API") from exc
    if not isinstance(payload, list) or not payload:
        raise invalid("cursor", "not a cursor returned by this API")
    if payload[0] != sort.param:
        raise invalid(
            "cursor", f"this cursor belongs to sort={payload[0]!r}, not sort={sort.param!r}"
        )
    if len(payload) != len(sort.keys) + 1:
        raise invalid("cursor", "not a cursor returned by this API")
    try:
        return [bind_value(v, k, dialect) for v, k in zip(payload[1:], sort.keys, strict=True)]
    except (TypeError, ValueError) as exc:
        raise invalid("cursor", "not a cursor returned by this API") from exc


def bind_value(value: Any, key: Key, dialect: str) -> Any:
    """A cursor value as the driver must bind it to compare with `key`'s column."""
    if value is None:
        if not key.nullable:
            raise ValueError("null key")
        return None
    checks: dict[str, tuple[type, ...]] = {
        "str": (str,),
        "int": (int,),
        "float": (int, float),
        "date": (str,),
        "datetime": (str,),
    }
    if not isinstance(value, checks[key.kind]) or isinstance(value, bool):
        raise ValueError(f"bad {key.kind}")
    if isinstance(value, int) and not -MAX_INT64 - 1 <= value <= MAX_INT64:
        raise ValueError("integer outside 64 bits")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("NUL in text")
    if key.kind == "date" and isinstance(value, str):
        parsed_date = date.fromisoformat(value)
        return parsed_date.isoformat() if dialect == "sqlite" else parsed_date
    if key.kind == "datetime" and isinstance(value, str):
        return bind_timestamp(datetime.fromisoformat(value), dialect)
    return float(value) if key.kind == "float" and isinstance(value, int | float) else value


def as_utc(value: datetime | str) -> datetime:
    """A timestamp from either driver as an aware UTC datetime (SQLite stores naive UTC)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+05:00 is before the first representable instant
        return (datetime.min if value.year == 1 else datetime.max).replace(tzinfo=UTC)


def bind_timestamp(value: datetime, dialect: str) -> Any:
    """A timestamp to compare with a stored one: SQLite stores SQLAlchemy's naive UTC text."""
    value = as_utc(value)
    if dialect == "sqlite":
        return value.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


def iso_timestamp(value: datetime | str | None) -> str | None:
    """A stored timestamp as RFC 3339 UTC text (`2026-01-05T09:30:00Z`)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 26 and value[10] == " ":
        return f"{value[:10]}T{value[11:]}Z"  # SQLAlchemy's SQLite text, naive UTC
    if isinstance(value, datetime) and value.tzinfo is UTC:  # PostgreSQL's (app.db's readers)
        # orjson writes what `isoformat()` does (microseconds only when not 0), in a fifth of
        # the time: a page of claims writes one per claim.
        return orjson.dumps(value, option=orjson.OPT_UTC_Z)[1:-1].decode()
    return as_utc(value).isoformat().replace("+00:00", "Z")


# Full-text search: a small query language, translated to FTS5 or tsquery.

_TOKEN = re.compile(r'-?"[^"]*"\*?|\S+')
_WORD = re.compile(r"[^\W_]+")
MAX_TERMS = 32
# A short prefix expands to most of the index (`x*`): each costs a scan, so few and not short.
MIN_PREFIX_CHARS = 3
MAX_PREFIX_TERMS = 4


@dataclass(frozen=True)
class Term:
    """A word or a phrase (words in sequence); `prefix` matches words starting with the last."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass
class Search:
    """A parsed `q`: groups of alternatives (all groups must match), and excluded terms."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def fts5(self) -> str:
        """The query in SQLite FTS5 syntax (every word quoted, so nothing is an operator)."""

        def term(t: Term) -> str:
            return '"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")

        positive = " AND ".join(
            "(" + " OR ".join(term(t) for t in group) + ")" for group in self.groups
        )
        if self.excluded:
            return f"({positive}) NOT ({' OR '.join(term(t) for t in self.excluded)})"
        return positive

    def tsquery(self) -> str:
        """The query in PostgreSQL `to_tsquery` syntax."""

        def term(t: Term) -> str:
            words = list(t.words)
            if t.prefix:
                words[-1] += ":*"
            return "(" + " <-> ".join(words) + ")"

        parts = ["(" + " | ".join(term(t) for t in group) + ")" for group in self.groups]
        parts += [f"!{term(t)}" for t in self.excluded]
        return " & ".join(parts)


def parse_search(q: str) -> Search:
    """Parse `q`: words, "quoted phrases", `OR` between terms, `-excluded`, `prefix*`."""
    if q.count('"') % 2:
        raise invalid("q", 'unbalanced double quote: close the "phrase"')
    search = Search()
    pending_or = False
    tokens = _TOKEN.findall(q)
    for position, token in enumerate(tokens):
        if token == "OR":
            if not search.groups or pending_or or position == len(tokens) - 1:
                raise invalid("q", "OR needs a term on each side")
            pending_or = True
            continue
        negated = token.startswith("-") and len(token) > 1
        body = token[1:] if negated else token
        prefix = body.endswith("*") and not body.startswith('"')
        if body.startswith('"'):
            prefix = body.endswith("*")
            body = body.rstrip("*")[1:-1]
        words = tuple(w.casefold() for w in _WORD.findall(body))
        if not words:
            if token.startswith('"') or token.startswith('-"'):
                raise invalid("q", "empty phrase")
            continue  # punctuation between words
        term = Term(words, prefix)
        if negated:
            if pending_or:
                raise invalid("q", "OR cannot join an excluded term")
            search.excluded.append(term)
        elif pending_or:
            search.groups[-1].append(term)
            pending_or = False
        else:
            search.groups.append([term])
    if pending_or:
        raise invalid("q", "OR needs a term on each side")
    if not search.groups:
        raise invalid("q", "no words to search for (excluded terms need a word to exclude from)")
    terms = [t for g in search.groups for t in g] + search.excluded
    if len(terms) > MAX_TERMS:
        raise invalid("q", f"at most {MAX_TERMS} terms")
    prefixes = [t for t in terms if t.prefix]
    if any(len(t.words[-1]) < MIN_PREFIX_CHARS for t in prefixes):
        raise invalid("q", f"a prefix* needs at least {MIN_PREFIX_CHARS} letters before the *")
    if len(prefixes) > MAX_PREFIX_TERMS:
        raise invalid("q", f"at most {MAX_PREFIX_TERMS} prefix* terms")
    return search


def search_rows(table: Table, dialect: str) -> FromClause:
    """`table`'s rows matching `:_q`, with a `rank` column (best first), aliased `c`.

    The one place SQL text is assembled: the full-text syntax differs by backend and has no
    Core construct. Only names from `app.db.SEARCHED` enter the text; the query is bound.
    """
    name = table.name
    searched = SEARCHED[name]  # KeyError: not a searchable table
    if dialect == "postgresql":
        vector = f"to_tsvector('english', coalesce(s.{searched}, ''))"
        sql = (
            f"SELECT s.*, (-ts_rank_cd({vector}, to_tsquery('english', :_q)))::float8 AS rank "
            f"FROM {name} AS s WHERE {vector} @@ to_tsquery('english', :_q)"
        )
    else:
        sql = (
            f"SELECT s.*, bm25({name}_fts) AS rank FROM {name}_fts "
            f"JOIN {name} AS s ON s.rowid = {name}_fts.rowid WHERE {name}_fts MATCH :_q"
        )
    columns = [column(c.name, c.type) for c in table.columns]
    return text(sql).columns(*columns, column("rank", Float)).subquery("c")


# Formats


def choose_format(request: Request, requested: str | None, allowed: Sequence[str]) -> Format:
    """`format=` when given, else the first supported type the Accept header names."""
    if requested is not None:
        if requested not in allowed:
            raise invalid(
                "format", f"unsupported format {requested!r}; allowed: {', '.join(allowed)}"
            )
        return requested  # type: ignore[return-value]
    accept = request.headers.get("accept", "")
    if "geojson" in allowed and "application/geo+json" in accept:
        return "geojson"
    if "text/csv" in accept and "application/json" not in accept:
        return "csv"
    return "json"


def csv_cell(value: Any) -> Any:
    """A value for a CSV cell; text a spreadsheet would run as a formula is quoted with '."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


# JSON written by PostgreSQL (`Resource.json_item`): the bytes orjson writes for the values the
# Python path builds, so a page is the same whichever side wrote it (tests/api/test_json_items.py).

JsonKind = Literal["str", "int", "bool", "float", "date", "datetime", "json"]


def sql_text(value: str) -> Any:
    """A constant SQL string: JSON punctuation and keys written in this module, never input."""
    return literal_column("'" + value.replace("'", "''") + "'")


def joined(*parts: Any) -> Any:
    """`a || b || ...`: text, NULL when any part is NULL."""
    result = parts[0]
    for part in parts[1:]:
        result = result.op("||")(part)
    return result


def json_float(value: Any) -> Any:
    """A float8 as orjson writes it (`0.9`, `1.0`), where PostgreSQL's shortest text and orjson's
    agree (checked on 10⁵ values: 0, and 10⁻⁴ ≤ |x| < 10¹⁵); NULL elsewhere (exponents, -0,
    NaN: the page is then built in Python)."""
    return case(
        (and_(value == literal_column("0"), cast(value, Text) == sql_text("0")), sql_text("0.0")),
        (
            and_(
                func.abs(value) >= literal_column("1e-4"), func.abs(value) < literal_column("1e15")
            ),
            case(
                (
                    value == func.trunc(value),
                    joined(cast(cast(value, BigInteger), Text), sql_text(".0")),
                ),
                else_=cast(value, Text),
            ),
        ),
    )


def json_value(value: Any, kind: JsonKind, nullable: bool = False) -> Any:
    """`value` as JSON text (`null` when NULL and `nullable`): strings escaped by PostgreSQL's
    `to_json` (as orjson does: `\\n`, `\\u001f`, UTF-8 unescaped), dates `YYYY-MM-DD`, timestamps
    RFC 3339 UTC with microseconds only when not 0 (`iso_timestamp`)."""
    written: Any
    if kind == "str":
        written = cast(func.to_json(value), Text)
    elif kind == "int":
        written = cast(value, Text)
    elif kind == "bool":
        written = case((value, sql_text("true")), else_=sql_text("false"))
    elif kind == "float":
        written = json_float(value)
    elif kind == "date":
        written = joined(sql_text('"'), func.to_char(value, sql_text("YYYY-MM-DD")), sql_text('"'))
    elif kind == "datetime":
        utc = func.timezone(sql_text("UTC"), value)
        # No `:` in the SQL text: pgbench (bench/api/postgres.py) would take `:MI` for a variable.
        seconds = func.translate(
            func.to_char(utc, sql_text('YYYY-MM-DD"T"HH24.MI.SS')), sql_text("."), sql_text(":")
        )
        micros = func.coalesce(
            func.nullif(func.to_char(utc, sql_text(".US")), sql_text(".000000")), sql_text("")
        )
        written = joined(sql_text('"'), seconds, micros, sql_text('Z"'))
    else:
        written = value
    return func.coalesce(written, sql_text("null")) if nullable else written


def json_object(fields: Sequence[tuple[str, Any]]) -> Any:
    """`{"key":value,...}` from JSON texts (NULL when a value is)."""
    parts: list[Any] = []
    for n, (key, value) in enumerate(fields):
        parts += [sql_text(("{" if n == 0 else ",") + orjson.dumps(key).decode() + ":"), value]
    return joined(*parts, sql_text("}"))


def json_array(item: Any, order: Sequence[Any], rows: Select[Any]) -> Any:
    """`[item,...]` over `rows` in `order`, `[]` when there are none (a scalar subquery)."""
    items = func.string_agg(item, aggregate_order_by(sql_text(","), *order))
    listed = joined(sql_text("["), items, sql_text("]"))
    return rows.with_only_columns(func.coalesce(listed, sql_text("[]"))).scalar_subquery()


# Resources: what a list reads and how it filters


Bind = Callable[[Any, Engine], Sequence[Any]]
Operator = Callable[[Any, Sequence[Any]], Any]


def equal(col: Any, binds: Sequence[Any]) -> Any:
    """`col = :value`."""
    return col == binds[0]


def at_least(col: Any, binds: Sequence[Any]) -> Any:
    """`col >= :value`."""
    return col >= binds[0]


def at_most(col: Any, binds: Sequence[Any]) -> Any:
    """`col <= :value`."""
    return col <= binds[0]


def one_of(col: Any, binds: Sequence[Any]) -> Any:
    """`col = :value`, or `col IN (...)` for several values."""
    return col == binds[0] if len(binds) == 1 else col.in_(binds)


def in_rows(selected: Any, key: Any, operator: Operator = one_of) -> Operator:
    """`col IN (SELECT selected WHERE key <operator> values)`: a match in another table."""
    return lambda col, binds: col.in_(select(selected).where(operator(key, binds)))


def has_row(link: Any, key: Any, operator: Operator = one_of) -> Operator:
    """`EXISTS (SELECT ... WHERE link = col AND key <operator> values)`: a related row."""
    return lambda col, binds: exists().where(link == col, operator(key, binds))


def as_is(value: Any, _engine: Engine) -> list[Any]:
    """The query value, bound unchanged."""
    return [value]


def day(value: date, engine: Engine) -> list[Any]:
    """A date as the driver compares it with a stored one (SQLite stores ISO text)."""
    return [value.isoformat() if engine.dialect.name == "sqlite" else value]


def timestamp(value: datetime, engine: Engine) -> list[Any]:
    """A timestamp as the driver compares it with a stored one (see `bind_timestamp`)."""
    return [bind_timestamp(value, engine.dialect.name)]


def actors(param: str) -> Bind:
    """Actor ids named by the values (ids, names or aliases); a 422 naming `param` if unknown."""
    from app.api.deps import resolve_sources

    return lambda values, engine: sorted(resolve_sources(engine, values, param))


Column = Callable[[Any], Any]


@dataclass(frozen=True)
class Filter:
    """A query parameter (its declaration: `app.api.params.Param`), the column expression it
    tests (given the row source's columns, `c`), the operator, and how the query value becomes
    the bound values."""

    param: Param
    column: Column
    operator: Operator = equal
    bind: Bind = as_is

    @property
    def name(self) -> str:
        """The query parameter's name."""
        return self.param.name


def named(name: str) -> Column:
    """The column `name` of the row source."""
    return lambda c: c[name]


# The filters claims and incidents share.


def updated_since(column_name: str = "updated_at") -> Filter:
    """`updated_since`: records changed at or after a timestamp."""
    return Filter(UPDATED_SINCE, named(column_name), at_least, timestamp)


def dates(expression: Column, what: str) -> tuple[Filter, Filter]:
    """`since` and `until`: inclusive bounds on a date expression (`what` it is, for the spec)."""
    return (
        Filter(since_param(what), expression, at_least, day),
        Filter(until_param(what), expression, at_most, day),
    )


def by_source(expression: Column, operator: Operator = one_of) -> Filter:
    """`source`: records from these actors (ids, names or aliases, repeatable)."""
    return Filter(SOURCE, expression, operator, actors("source"))


@dataclass(frozen=True, eq=False)
class Resource:
    """A list: its rows, item columns, filters, sorts and how to render an item.

    `rows` is a table (or a Core select) aliased `c`; `columns(c)` are the SELECT expressions
    `item` receives in order; `source(c)` the FROM clause (a join, for names from elsewhere).
    """

    name: str
    rows: Table | Select[Any]
    columns: Callable[[Any], Sequence[Any]]
    filters: Sequence[Filter]
    sorts: Mapping[str, SortField]
    default_sort: str
    item: Callable[[Sequence[Any]], dict[str, Any]]
    csv_columns: Sequence[str]
    csv_row: Callable[[dict[str, Any]], Sequence[Any]]
    source: Callable[[Any], Any] = lambda c: c
    searchable: bool = False  # `q` searches the table (app.db.SEARCHED); `rank` sorts by it
    enrich: Callable[[list[dict[str, Any]], Run], None] | None = None
    # PostgreSQL: each item's JSON text built by the database from the page's columns (`p`,
    # named as `columns` label them), the same bytes as `item` and `enrich` written by orjson,
    # or NULL where it cannot promise them (see `json_float`): the JSON page is then one
    # statement and Python passes the items through (`Listing.page`).
    json_item: Callable[[Any], Any] | None = None
    formats: tuple[Format, ...] = ("json", "csv")
    geojson: Callable[[list[dict[str, Any]], int, str | None], dict[str, Any]] | None = None
    # The unfiltered list's rows are read once per data version and sort, then paged from
    # memory: for a row source costly to compute on every page (the sources' aggregate).
    kept: bool = False
    sort_note: str = ""  # what the `sort` parameter's description adds about this list's fields
    format_param: Param = FORMAT

    @cached_property
    def parameters(self) -> Parameters:
        """The query parameters: this list's own filters, then `q` (a searchable list),
        `updated_since`, `sort` and paging, the order every list documents them in."""
        own = [f.param for f in self.filters if f.name != "updated_since"]
        common = [f.param for f in self.filters if f.name == "updated_since"]
        search = [SEARCH] if self.searchable else []
        sort = sort_param(sort_values(self.sorts), self.default_sort, self.sort_note)
        paging = [sort, CURSOR, LIMIT, OFFSET, self.format_param]
        return Parameters(self.name, [*own, *search, *common, *paging])

    def row_source(self, search: bool, dialect: str) -> FromClause:
        """The rows aliased `c`: the table, its search matches, or the select as a subquery."""
        if isinstance(self.rows, Table):
            return search_rows(self.rows, dialect) if search else self.rows.alias("c")
        return self.rows.subquery("c")


def table(model: type[SQLModel]) -> Table:
    """The Core table of a SQLModel table model."""
    return SQLModel.metadata.tables[model.__tablename__]  # type: ignore[index]


Shape = tuple[tuple[str, int], ...]


@lru_cache(maxsize=2048)
def statement(
    resource: Resource,
    dialect: str,
    shape: Shape,
    search: bool,
    sort: Sort | None,
    nulls: tuple[bool, ...] | None,
    as_json: bool = False,
) -> Statement:
    """The page query (`sort` given; `nulls` when a cursor is) or the count query of one shape;
    `as_json`: the page's rows as `(item JSON text, sort keys...)` (`Resource.json_item`).

    Filters bind `:<param>_<i>`; the cursor `:_k<i>`; paging `:_limit` and `:_offset`.
    """
    c = resource.row_source(search, dialect)
    by_param = {f.name: f for f in resource.filters}
    conditions = [
        by_param[param].operator(
            by_param[param].column(c.c), [bindparam(f"{param}_{i}") for i in range(count)]
        )
        for param, count in shape
    ]
    if sort is None:
        return select(func.count()).select_from(resource.source(c)).where(*conditions)
    keys = [c.c[k.column] for k in sort.keys]
    if nulls is not None:
        conditions.append(after(sort.keys, keys, nulls))
    page = (
        select(*resource.columns(c.c), *(k.label(f"_key{i}") for i, k in enumerate(keys)))
        .select_from(resource.source(c))
        .where(*conditions)
        .order_by(*order_by(sort.keys, keys))
        .limit(bindparam("_limit"))
        .offset(bindparam("_offset"))
    )
    if not as_json or resource.json_item is None:
        return page
    # The items are written from the page's rows only (the LIMIT inside: a figure or relayer
    # lookup per row of the page, never per row sorted).
    p = page.subquery("p")
    page_keys = [p.c[f"_key{i}"] for i in range(len(keys))]
    return select(resource.json_item(p.c).label("_item"), *page_keys).order_by(
        *order_by(sort.keys, page_keys)
    )


@dataclass
class Listing:
    """One list request: the resource, the filters given, the sort, and paging."""

    request: Request
    engine: Engine
    resource: Resource
    sort: Sort
    shape: Shape
    params: dict[str, Any]
    search: bool = False
    run: Run | None = None  # the request's read connection, while `respond` runs

    @classmethod
    def of(
        cls,
        request: Request,
        resource: Resource,
        values: Mapping[str, Any],
        *,
        sort: str | None,
        q: str | None = None,
    ) -> Listing:
        """The listing of `resource` filtered by `values` (query parameter → value or None)."""
        engine = request.app.state.engine
        search = bool(q) and resource.searchable
        parsed = parse_sort(sort, resource.sorts, "rank" if search else resource.default_sort)
        if parsed.needs_search and not search:
            raise invalid("sort", "`rank` orders search results and needs `q`")
        params: dict[str, Any] = {}
        if search:
            assert q is not None
            parsed_search = parse_search(q)
            params["_q"] = (
                parsed_search.tsquery()
                if engine.dialect.name == "postgresql"
                else (parsed_search.fts5())
            )
        shape: list[tuple[str, int]] = []
        for spec in resource.filters:
            value = values.get(spec.name)
            if value is None or (isinstance(value, list) and not value):
                continue
            bound = spec.bind(value, engine)
            shape.append((spec.name, len(bound)))
            params.update({f"{spec.name}_{i}": v for i, v in enumerate(bound)})
        return cls(request, engine, resource, parsed, tuple(shape), params, search)

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def total(self) -> int:
        """The filtered count, computed once per data version and filter."""
        query = statement(self.resource, self.dialect, self.shape, self.search, None, None)
        key = ("total", self.resource.name, self.shape, self.search, *sorted(self.params.items()))
        return cache.memo(key, lambda: int(self.fetch(query, self.params)[0][0]))

    def fetch(self, query: Statement, params: Mapping[str, Any]) -> list[Sequence[Any]]:
        """Rows of `query`; a search the backend rejects is a 422 on `q`, never a 500."""
        try:
            if self.run is not None:
                return self.run(query, params)
            return fetch_all(self.engine, query, params)
        except DBAPIError as exc:
            if "_q" in params:
                raise invalid("q", "the search engine rejected this query") from exc
            raise
        except Exception as exc:  # sqlite3.OperationalError from the raw driver
            if "_q" in params and "fts5" in str(exc):
                raise invalid("q", "the search engine rejected this query") from exc
            raise

    def page(
        self, cursor_values: list[Any] | None, limit: int, offset: int, *, as_json: bool = False
    ) -> tuple[list[Any], list[Any] | None]:
        """Up to `limit` items after the cursor, and the key values of the last when more follow.

        `as_json` (PostgreSQL, a `Resource.json_item`): the items as `orjson.Fragment`s of the
        JSON the database wrote, in one statement; built in Python as usual when the database
        could not write one of them exactly.
        """
        if self.resource.kept and not self.shape and not self.search:
            kept = self.kept_page(cursor_values, limit, offset)
            if kept is not None:
                return kept
        params = dict(self.params)
        nulls = None
        if cursor_values is not None:
            nulls = tuple(v is None for v in cursor_values)
            params.update({f"_k{i}": v for i, v in enumerate(cursor_values) if v is not None})
        params["_limit"], params["_offset"] = limit + 1, offset
        shape = (self.resource, self.dialect, self.shape, self.search, self.sort, nulls)
        if as_json and self.resource.json_item is not None and self.dialect == "postgresql":
            rows = self.fetch(statement(*shape, as_json=True), params)
            if all(row[0] is not None for row in rows[:limit]):
                more = len(rows) > limit
                items = [orjson.Fragment(row[0]) for row in rows[:limit]]
                return items, list(rows[limit - 1][1:]) if more else None
        return self.items(self.fetch(statement(*shape), params), limit)

    def items(
        self, rows: Sequence[Sequence[Any]], limit: int
    ) -> tuple[list[dict[str, Any]], list[Any] | None]:
        """The items of up to `limit` rows (each followed by its sort keys), and the keys of
        the last when `rows` holds one more (another page follows)."""
        more = len(rows) > limit
        rows = rows[:limit]
        width = len(rows[0]) - len(self.sort.keys) if rows else 0
        items = [self.resource.item(row[:width]) for row in rows]
        if self.resource.enrich is not None and items:
            self.resource.enrich(items, self.fetch)
        last = list(rows[-1][width:]) if more and rows else None
        return items, last

    def kept_rows(self) -> tuple[list[Sequence[Any]], dict[tuple[Any, ...], int]]:
        """Every row of the unfiltered list in this sort, as the database orders them, and
        each row's position by its key values (canonical, as a cursor holds them)."""
        query = statement(self.resource, self.dialect, (), False, self.sort, None)
        rows = self.fetch(query, {"_limit": MAX_INT64, "_offset": 0})
        width = len(rows[0]) - len(self.sort.keys) if rows else 0
        positions = {
            tuple(canonical(v, k.kind) for v, k in zip(row[width:], self.sort.keys, strict=True)): n
            for n, row in enumerate(rows)
        }
        return rows, positions

    def kept_page(
        self, cursor_values: list[Any] | None, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], list[Any] | None] | None:
        """`page` from the rows kept for this data version (`Resource.kept`); None when the
        cursor names no kept row (made before the data changed), for the query to answer."""
        key = ("kept", self.resource.name, self.dialect, self.sort.param)
        rows, positions = cache.memo(key, self.kept_rows)
        start = offset
        if cursor_values is not None:
            cursor_key = tuple(
                canonical(v, k.kind) for v, k in zip(cursor_values, self.sort.keys, strict=True)
            )
            position = positions.get(cursor_key)
            if position is None:
                return None
            start += position + 1
        return self.items(rows[start : start + limit + 1], limit)

    def next_url(self, last: list[Any] | None) -> str | None:
        """The URL of the page after `last`, or None."""
        if last is None:
            return None
        return next_link(self.request, encode_cursor(self.sort, last))

    def respond(
        self, *, cursor: str | None, limit: int | None, offset: int, fmt: Format
    ) -> Response:
        """The list response in the requested format."""
        with reading(self.engine) as run:
            self.run = run
            try:
                return self._respond(cursor, limit, offset, fmt)
            finally:
                self.run = None

    def _respond(self, cursor: str | None, limit: int | None, offset: int, fmt: Format) -> Response:
        """`respond`, on the request's connection."""
        values = decode_cursor(cursor, self.sort, self.dialect) if cursor else None
        if fmt == "csv" and limit is None:
            return self.stream_csv(values, offset)
        size = limit or 50
        items, last = self.page(values, size, offset, as_json=fmt == "json")
        total = self.total()
        next_url = self.next_url(last)
        headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
        if fmt == "csv":
            return Response(
                self.csv_text(items, header=True).encode("utf-8-sig"),
                media_type=CSV_TYPE,
                headers={**headers, **self.csv_headers()},
            )
        if fmt == "geojson" and self.resource.geojson is not None:
            body = self.resource.geojson(items, total, next_url)
            return Response(orjson.dumps(body), media_type=GEOJSON_TYPE, headers=headers)
        body = {"items": items, "total": total, "limit": size, "offset": offset, "next": next_url}
        return Response(orjson.dumps(body), media_type=JSON_TYPE, headers=headers)

    def csv_headers(self) -> dict[str, str]:
        """Headers naming the CSV file."""
        return {"Content-Disposition": f'inline; filename="{self.resource.name}.csv"'}

    def csv_text(self, items: list[dict[str, Any]], *, header: bool) -> str:
        """Items as CSV lines (RFC 4180, CRLF)."""
        rows = [self.resource.csv_row(item) for item in items]
        return csv_text(self.resource.csv_columns, rows, header=header)

    def stream_csv(self, values: list[Any] | None, offset: int) -> Response:
        """Every matching row from the cursor on, as CSV, fetched and sent in batches."""
        # Validate and run the first batch now, so a bad query is a problem, not a cut stream.
        first, last = self.page(values, CSV_BATCH, offset)

        def chunks() -> Iterator[bytes]:
            """The BOM and header, then batch after batch by keyset."""
            yield ("\ufeff" + self.csv_text(first, header=True)).encode("utf-8")
            cursor_values = last
            while cursor_values is not None:
                items, cursor_values = self.page(cursor_values, CSV_BATCH, 0)
                yield self.csv_text(items, header=False).encode("utf-8")

        return StreamingResponse(chunks(), media_type=CSV_TYPE, headers=self.csv_headers())


async def respond(request: Request, resource: Resource) -> Response:
    """The list response of `resource` for one request, computed next to the database: its
    query parameters read (`Resource.parameters`), checked, and the page answered."""

    def build() -> Response:
        """The response, in the thread pool (see `off_the_loop`)."""
        values = resource.parameters.parse(request)
        fmt = choose_format(request, values["format"], resource.formats)
        check_dates(values.get("since"), values.get("until"))
        listing = Listing.of(request, resource, values, sort=values["sort"], q=values.get("q"))
        return listing.respond(
            cursor=values["cursor"], limit=values["limit"], offset=values["offset"], fmt=fmt
        )

    return await off_the_loop(request.app.state.engine, build)


def next_link(request: Request, cursor: str) -> str:
    """The request's URL with `cursor` set and `offset` dropped (the next page's link)."""
    query = [
        (k, v)
        for k, v in parse_qsl(
            request.scope["query_string"].decode("latin-1"), keep_blank_values=True
        )
        if k not in ("cursor", "offset")
    ]
    query.append(("cursor", cursor))
    url = request.url
    return f"{url.scheme}://{url.netloc}{url.path}?{urlencode(query)}"


def csv_text(columns: Sequence[str], rows: Sequence[Sequence[Any]], *, header: bool) -> str:
    """Rows as CSV lines (RFC 4180, CRLF), with a header row when asked."""
    out = io.StringIO()
    writer = csv.writer(out)
    if header:
        writer.writerow(columns)
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return out.getvalue()


def page_response(
    body: dict[str, Any], next_url: str | None, media_type: str = JSON_TYPE
) -> Response:
    """A JSON page with its `Link: rel="next"` header."""
    headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
    return Response(orjson.dumps(body), media_type=media_type, headers=headers)


def json_list(value: Any) -> list[Any]:
    """A JSON column's value from either driver (SQLite returns the text)."""
    if value is None:
        return []
    if isinstance(value, str | bytes):
        parsed = orjson.loads(value)
        return parsed if isinstance(parsed, list) else []
    return list(value)


def iso_date(value: date | str | None) -> str | None:
    """A stored date as YYYY-MM-DD text."""
    if value is None or isinstance(value, str):
        return value
    return value.isoformat()
