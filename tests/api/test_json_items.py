"""Claims pages written by PostgreSQL (`Resource.json_item`) are the bytes Python writes.

On PostgreSQL a JSON page of claims is one statement whose rows are each item's JSON text
(`app.api.routes.claims.claim_json`); Python passes it through. These tests hold it to the
Python path (`claim_item`, `add_figures`, orjson): value by value (`json_value` against orjson
on strings with every control character, floats, dates and timestamps) and page by page
(every sort, filters, search and cursor, each page built both ways and compared).
"""

from __future__ import annotations

import random
import struct
from datetime import UTC, date, datetime
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, bindparam, select, text
from sqlalchemy.types import Date, DateTime, Float, Integer, String

from app.api.listing import JsonKind, Listing, iso_timestamp, json_value
from app.api.routes.claims import SORTS


def postgres(client: TestClient) -> Engine:
    """The app's engine; PostgreSQL only (SQLite pages are built in Python)."""
    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    if engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL writes the JSON; SQLite pages are built in Python")
    return engine


def written(
    engine: Engine, kind: JsonKind, sql_type: Any, values: list[Any], nullable: bool = True
) -> list[Any]:
    """`json_value` of each value, as PostgreSQL returns it (None: it declined)."""
    value = bindparam("v", type_=sql_type)
    query = select(json_value(value, kind, nullable=nullable))
    with engine.connect() as conn:
        return [conn.execute(query, {"v": v}).scalar() for v in values]


STRINGS = [
    "",
    "plain",
    'quote " and backslash \\ and slash /',
    "".join(chr(c) for c in range(1, 32)) + "\x7f",
    "tab\tnewline\ncarriage\rform\fbackspace\b",
    "é ü ß 中文 العربية 🙂 \u2028 \u2029 \ufeff",
    "'single' %s %(name)s :name",
]


def test_strings_are_escaped_as_orjson_escapes_them(client: TestClient) -> None:
    engine = postgres(client)
    rng = random.Random(5)
    alphabet = [chr(c) for c in range(1, 128)] + ["é", "中", "🙂", "\u2028"]
    strings = STRINGS + ["".join(rng.choices(alphabet, k=40)) for _ in range(200)]
    assert written(engine, "str", String, [*strings, None]) == [
        *(orjson.dumps(s).decode() for s in strings),
        "null",
    ]


def test_floats_are_written_as_orjson_writes_them_or_declined(client: TestClient) -> None:
    engine = postgres(client)
    rng = random.Random(6)
    values = [0.0, 1.0, -1.0, 0.5, 0.9, 0.85, 1 / 3, 1e-4, 12.0, 999_999_999_999_999.0]
    values += [rng.random() * 10 ** rng.randint(-4, 14) for _ in range(300)]
    values += [round(rng.random(), k) for k in range(1, 5) for _ in range(50)]
    values += [struct.unpack("d", struct.pack("Q", rng.getrandbits(64)))[0] for _ in range(300)]
    declined = [1e-5, 1.5e-7, 1e15, 1e20, -0.0, float("nan"), float("inf")]
    out = written(engine, "float", Float, values + declined, nullable=False)
    for value, text_ in zip(values + declined, out, strict=True):
        if text_ is not None:
            assert text_ == orjson.dumps(value).decode(), value
    assert out[: len(values)].count(None) == sum(
        1 for v in values if not (v == 0 or 1e-4 <= abs(v) < 1e15)
    )
    assert out[len(values) :] == [None] * len(declined)


def test_dates_timestamps_ints_and_booleans(client: TestClient) -> None:
    engine = postgres(client)
    days = [date(2016, 9, 17), date(1, 1, 1), date(999, 12, 31), date(9999, 12, 31)]
    assert written(engine, "date", Date, [*days, None]) == [
        *(f'"{d.isoformat()}"' for d in days),
        "null",
    ]
    stamps = [
        datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 30, 0, 1, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 30, 59, 123400, tzinfo=UTC),
        datetime(2016, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
    ]
    assert written(engine, "datetime", DateTime(timezone=True), stamps) == [
        f'"{iso_timestamp(s)}"' for s in stamps
    ]
    assert written(engine, "int", Integer, [0, -3, 2**31 - 1, None]) == [
        "0",
        "-3",
        "2147483647",
        "null",
    ]
    with engine.connect() as conn:
        flags = conn.execute(
            text("SELECT x FROM (VALUES (true), (false), (NULL::boolean)) AS t(x)")
        ).scalars()
        query = select(json_value(bindparam("b", type_=None), "bool"))
        assert [conn.execute(query, {"b": b}).scalar() for b in flags] == [
            "true",
            "false",
            "false",
        ]


def odd_claims(engine: Engine) -> None:
    """Give the sample's claims the values that are easy to write wrongly: control characters,
    NULLs, integral, small and out-of-range confidences, timestamps with and without
    microseconds (a confidence of 1e-5 makes its pages fall back to Python)."""
    with engine.begin() as conn:
        ids = conn.execute(text("SELECT id FROM claim ORDER BY id")).scalars().all()
        assert len(ids) >= 6, "the sample needs more claims"
        updates = [
            {"speaker": 'the "army"\n\t\\ \x01 é 🙂', "cue": None, "confidence": 1.0},
            {"quote": None, "stated_on": None, "confidence": 0.0},
            {"updated_at": datetime(2026, 1, 5, 9, 30, tzinfo=UTC), "confidence": 0.123456789},
            {"updated_at": datetime(2026, 1, 5, 9, 30, 0, 120000, tzinfo=UTC)},
            {"incident_id": None, "confidence": 1e-5},
        ]
        for claim_id, values in zip(ids, updates, strict=False):
            assignments = ", ".join(f"{name} = :{name}" for name in values)
            conn.execute(
                text(f"UPDATE claim SET {assignments} WHERE id = :id"), {**values, "id": claim_id}
            )


def test_every_claims_page_is_the_page_python_builds(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = postgres(client)
    odd_claims(engine)
    original = Listing.page
    pages: list[bool] = []  # per JSON page compared: whether PostgreSQL wrote every item

    def both(
        self: Listing, cursor_values: Any, limit: int, offset: int, *, as_json: bool = False
    ) -> Any:
        answer = original(self, cursor_values, limit, offset, as_json=as_json)
        if as_json:
            python = original(self, cursor_values, limit, offset)
            assert orjson.dumps(answer[0]) == orjson.dumps(python[0])
            assert answer[1] == python[1]
            pages.append(all(isinstance(item, orjson.Fragment) for item in answer[0]))
        return answer

    monkeypatch.setattr(Listing, "page", both)
    queries: list[dict[str, Any]] = [
        *({"sort": s} for name in SORTS if name != "rank" for s in (name, f"-{name}")),
        {"source": "centcom"},
        {"q": "killed", "sort": "rank"},
        {"q": "killed"},
        {"metric": "killed", "sort": "-confidence"},
        {"kind": "direct", "offset": 1},
    ]
    for query in queries:
        url: str | None = "/v1/claims"
        params: dict[str, Any] | None = {"limit": 2, **query}
        while url is not None:
            response = client.get(url, params=params)
            assert response.status_code == 200, response.text
            url, params = response.json()["next"], None
    single = client.get("/v1/claims", params={"limit": 500})
    assert single.status_code == 200 and len(single.json()["items"]) >= 6
    assert any(pages), "PostgreSQL wrote no page"
    assert not all(pages), "the page holding a confidence of 1e-5 was not built in Python"
