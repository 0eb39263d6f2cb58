"""Lists: whitelisted sorting, keyset cursors, cached totals, search queries and output formats.

Every list route describes its rows as raw SQL (a FROM clause, WHERE conditions, sort keys) and
hands it to `Listing`, which pages with a keyset cursor, counts the filtered total once per data
version, and answers in JSON, CSV or (incidents) GeoJSON. Rows go from the DB-API driver to
orjson without ORM or pydantic objects: a page is a few index lookups, and building objects
per row would cost more than the query.
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
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

import orjson
from fastapi import Request
from fastapi.responses import Response, StreamingResponse
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from app import cache
from app.api.deps import MAX_INT64
from app.api.problems import ProblemException
from app.db import Run, fetch_all, off_the_loop, reading

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
    """One component of a sort order: a SQL expression, its type and direction."""

    sql: str
    kind: Kind
    desc: bool = False
    nullable: bool = False

    def flipped(self) -> Key:
        """The same key in the other direction."""
        return Key(self.sql, self.kind, not self.desc, self.nullable)


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


def parse_sort(value: str | None, fields: Mapping[str, SortField], default: str) -> Sort:
    """The sort named by `value` (`field` or `-field`); a 422 listing the allowed fields."""
    param = (value or default).strip()
    name, descending = (param[1:], True) if param.startswith("-") else (param, False)
    spec = fields.get(name)
    if spec is None:
        allowed = ", ".join(sort_values(fields))
        raise invalid("sort", f"unknown sort field {name!r}; allowed: {allowed}", "enum")
    keys = tuple(k.flipped() for k in spec.keys) if descending else spec.keys
    return Sort(param=param, keys=keys + spec.tiebreak)


def sort_values(fields: Mapping[str, SortField]) -> list[str]:
    """Every accepted `sort` value: each field, ascending and descending."""
    return [v for name in fields for v in (name, f"-{name}")]


def order_by(keys: Sequence[Key]) -> str:
    """ORDER BY terms for `keys`, NULLs last in either direction on every backend."""
    terms = []
    for key in keys:
        if key.nullable:
            terms.append(f"({key.sql} IS NULL)")
        terms.append(f"{key.sql} DESC" if key.desc else key.sql)
    return ", ".join(terms)


def after(keys: Sequence[Key], values: Sequence[Any], params: dict[str, Any]) -> str:
    """A condition selecting the rows that sort after `values` (the keyset)."""
    if all(not k.nullable for k in keys) and len({k.desc for k in keys}) == 1:
        # One direction, no NULLs: a row-value comparison both backends walk an index with.
        names = [f"_k{i}" for i in range(len(keys))]
        params.update(zip(names, values, strict=True))
        op = "<" if keys[0].desc else ">"
        return f"({', '.join(k.sql for k in keys)}) {op} ({', '.join(':' + n for n in names)})"
    terms: list[str] = []
    equal: list[str] = []
    for i, (key, value) in enumerate(zip(keys, values, strict=True)):
        name = f"_k{i}"
        op = "<" if key.desc else ">"
        if value is None:
            # NULLs sort last: nothing comes after a NULL in this component but later ones.
            equal.append(f"{key.sql} IS NULL")
            continue
        params[name] = value
        later = f"{key.sql} {op} :{name}"
        if key.nullable:
            later = f"({later} OR {key.sql} IS NULL)"
        terms.append(" AND ".join([*equal, later]))
        equal.append(f"{key.sql} = :{name}")
    return "(" + " OR ".join(f"({t})" for t in terms) + ")" if terms else "1 = 0"


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


def search_source(table: str, column: str, q: str, dialect: str, params: dict[str, Any]) -> str:
    """A FROM-clause subquery of `table` rows matching `q`, with a `rank` column (best first)."""
    search = parse_search(q)
    if dialect == "postgresql":
        params["_q"] = search.tsquery()
        vector = f"to_tsvector('english', coalesce(s.{column}, ''))"
        return (
            f"(SELECT s.*, (-ts_rank_cd({vector}, to_tsquery('english', :_q)))::float8 AS rank "
            f"FROM {table} AS s WHERE {vector} @@ to_tsquery('english', :_q))"
        )
    params["_q"] = search.fts5()
    return (
        f"(SELECT s.*, bm25({table}_fts) AS rank FROM {table}_fts "
        f"JOIN {table} AS s ON s.rowid = {table}_fts.rowid WHERE {table}_fts MATCH :_q)"
    )


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


@dataclass
class Listing:
    """One list request: its rows as SQL, its sort and paging, and how to render an item."""

    request: Request
    engine: Engine
    name: str  # the resource, e.g. "claims"
    source: str  # FROM clause, aliased `c`
    columns: Sequence[str]  # SELECT expressions; the item builder receives them in order
    conditions: list[str]
    params: dict[str, Any]
    sort: Sort
    item: Callable[[Sequence[Any]], dict[str, Any]]
    csv_columns: Sequence[str]
    csv_row: Callable[[dict[str, Any]], Sequence[Any]]
    enrich: Callable[[list[dict[str, Any]], Run], None] | None = None
    run: Run | None = None  # the request's read connection, while `respond` runs

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`."""
        return self.engine.dialect.name

    def where(self) -> str:
        """The WHERE clause of the filters (no cursor)."""
        return " AND ".join(self.conditions) if self.conditions else "1 = 1"

    def total(self) -> int:
        """The filtered count, computed once per data version and filter."""
        sql = f"SELECT count(*) FROM {self.source} WHERE {self.where()}"
        key = ("total", sql, tuple(sorted((k, repr(v)) for k, v in self.params.items())))
        return cache.memo(key, lambda: int(self.fetch(sql, self.params)[0][0]))

    def fetch(self, sql: str, params: Mapping[str, Any]) -> list[Sequence[Any]]:
        """Rows of `sql`; a search the backend rejects is a 422 on `q`, never a 500."""
        try:
            if self.run is not None:
                return self.run(sql, params)
            return fetch_all(self.engine, sql, params)
        except DBAPIError as exc:
            if "_q" in params:
                raise invalid("q", "the search engine rejected this query") from exc
            raise
        except Exception as exc:  # sqlite3.OperationalError from the raw driver
            if "_q" in params and "fts5" in str(exc):
                raise invalid("q", "the search engine rejected this query") from exc
            raise

    def page(
        self, cursor_values: list[Any] | None, limit: int, offset: int
    ) -> tuple[list[dict[str, Any]], list[Any] | None]:
        """Up to `limit` items after the cursor, and the key values of the last when more follow."""
        params = dict(self.params)
        conditions = list(self.conditions)
        if cursor_values is not None:
            conditions.append(after(self.sort.keys, cursor_values, params))
        keys = ", ".join(f"{k.sql} AS _key{i}" for i, k in enumerate(self.sort.keys))
        params["_limit"], params["_offset"] = limit + 1, offset
        sql = (
            f"SELECT {', '.join(self.columns)}, {keys} FROM {self.source} "
            f"WHERE {' AND '.join(conditions) or '1 = 1'} "
            f"ORDER BY {order_by(self.sort.keys)} LIMIT :_limit OFFSET :_offset"
        )
        rows = self.fetch(sql, params)
        more = len(rows) > limit
        rows = rows[:limit]
        width = len(self.columns)
        items = [self.item(row[:width]) for row in rows]
        if self.enrich is not None and items:
            self.enrich(items, self.fetch)
        last = list(rows[-1][len(self.columns) :]) if more and rows else None
        return items, last

    def next_url(self, last: list[Any] | None) -> str | None:
        """The URL of the page after `last`, or None."""
        if last is None:
            return None
        return next_link(self.request, encode_cursor(self.sort, last))

    def respond(
        self,
        *,
        cursor: str | None,
        limit: int | None,
        offset: int,
        fmt: Format,
        geojson: Callable[[list[dict[str, Any]], int, str | None], dict[str, Any]] | None = None,
    ) -> Response:
        """The list response in the requested format."""
        with reading(self.engine) as run:
            self.run = run
            try:
                return self._respond(cursor, limit, offset, fmt, geojson)
            finally:
                self.run = None

    def _respond(
        self,
        cursor: str | None,
        limit: int | None,
        offset: int,
        fmt: Format,
        geojson: Callable[[list[dict[str, Any]], int, str | None], dict[str, Any]] | None,
    ) -> Response:
        """`respond`, on the request's connection."""
        values = decode_cursor(cursor, self.sort, self.dialect) if cursor else None
        if fmt == "csv" and limit is None:
            return self.stream_csv(values, offset)
        size = limit or 50
        items, last = self.page(values, size, offset)
        total = self.total()
        next_url = self.next_url(last)
        headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
        if fmt == "csv":
            return Response(
                self.csv_text(items, header=True).encode("utf-8-sig"),
                media_type=CSV_TYPE,
                headers={**headers, **self.csv_headers()},
            )
        if fmt == "geojson" and geojson is not None:
            body = geojson(items, total, next_url)
            return Response(orjson.dumps(body), media_type=GEOJSON_TYPE, headers=headers)
        body = {"items": items, "total": total, "limit": size, "offset": offset, "next": next_url}
        return Response(orjson.dumps(body), media_type=JSON_TYPE, headers=headers)

    def csv_headers(self) -> dict[str, str]:
        """Headers naming the CSV file."""
        return {"Content-Disposition": f'inline; filename="{self.name}.csv"'}

    def csv_text(self, items: list[dict[str, Any]], *, header: bool) -> str:
        """Items as CSV lines (RFC 4180, CRLF)."""
        return csv_text(self.csv_columns, [self.csv_row(item) for item in items], header=header)

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


def in_list(prefix: str, values: Sequence[Any], params: dict[str, Any]) -> str:
    """`:p0, :p1, ...` for an IN list, binding `values`."""
    names = [f"{prefix}{i}" for i in range(len(values))]
    params.update(zip(names, values, strict=True))
    return ", ".join(f":{n}" for n in names) or "NULL"


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


async def respond_table(
    request: Request,
    *,
    name: str,
    table: str,
    fields: Sequence[str],
    item: Callable[[Sequence[Any]], dict[str, Any]],
    sorts: Mapping[str, SortField],
    sort: str | None,
    default_sort: str,
    changed_column: str,
    updated_since: datetime | None,
    cursor: str | None,
    limit: int | None,
    offset: int,
    format: str | None,
    equal: Mapping[str, Any] | None = None,
    csv_row: Callable[[dict[str, Any]], Sequence[Any]] | None = None,
) -> Response:
    """A list of one table's rows, JSON or CSV, filtered by equality on some columns and by
    `updated_since` on `changed_column`: the shape of the simple lists (actors, documents...)."""

    def build() -> Response:
        """The response, computed next to the database (see `off_the_loop`)."""
        engine = request.app.state.engine
        fmt = choose_format(request, format, ("json", "csv"))
        params: dict[str, Any] = {}
        conditions: list[str] = []
        for column, value in (equal or {}).items():
            if value is not None:
                params[column] = value
                conditions.append(f"c.{column} = :{column}")
        if updated_since is not None:
            params["updated_since"] = bind_timestamp(updated_since, engine.dialect.name)
            conditions.append(f"c.{changed_column} >= :updated_since")
        listing = Listing(
            request=request,
            engine=engine,
            name=name,
            source=f"{table} AS c",
            columns=tuple(f"c.{f}" for f in fields),
            conditions=conditions,
            params=params,
            sort=parse_sort(sort, sorts, default_sort),
            item=item,
            csv_columns=fields,
            csv_row=csv_row or (lambda row: [row[f] for f in fields]),
        )
        return listing.respond(cursor=cursor, limit=limit, offset=offset, fmt=fmt)

    return await off_the_loop(request.app.state.engine, build)
