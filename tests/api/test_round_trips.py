"""Round trips to PostgreSQL per cold claims page, counted from libpq's protocol trace.

Machine noise cannot move this count: every statement the client sends (a simple `Query`, or
an extended-protocol batch ending in `Sync`) is answered by one `ReadyForQuery`, so counting
those in the trace of every connection the engine opens counts the waits on the database.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event

# One statement: the page with each claim's figures and relayers, written as JSON by
# PostgreSQL (`Resource.json_item`). Before issue 9's rework a cold page took six (BEGIN and
# the pool's pre-ping, the page, the relayers, the figures, ROLLBACK), then two (the page; the
# figures and relayers).
MAX_ROUND_TRIPS = 1


class Trace:
    """libpq's trace of every connection `engine` opens from now on, in one file."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self.path = path
        self.handle = path.open("w")
        self.engine = engine
        event.listen(engine, "connect", self.attach)

    def attach(self, dbapi_connection: Any, _record: Any) -> None:
        from psycopg import pq

        dbapi_connection.pgconn.trace(self.handle.fileno())
        dbapi_connection.pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)

    def round_trips(self) -> int:
        """Answers the server has finished so far (one per statement or batch sent)."""
        return sum(
            1
            for line in self.path.read_text().splitlines()
            if line.split("\t")[:1] == ["B"] and "\tReadyForQuery" in line
        )

    def close(self) -> None:
        event.remove(self.engine, "connect", self.attach)
        self.handle.close()


@pytest.fixture
def trace(client: TestClient) -> Iterator[Trace]:
    """A trace of the app's connections, opened anew (the fixture's own are closed)."""
    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    if engine.dialect.name != "postgresql":
        pytest.skip("round trips to a server: PostgreSQL only (SQLite runs in the process)")
    engine.dispose()  # the pool's connections and the idle kept readers: reopened traced
    with tempfile.TemporaryDirectory() as directory:
        traced = Trace(engine, Path(directory) / "libpq.trace")
        try:
            yield traced
        finally:
            traced.close()


def test_a_cold_claims_page_by_source_makes_one_round_trip(
    client: TestClient, trace: Trace
) -> None:
    first = client.get("/v1/claims", params={"source": "centcom", "limit": 1})
    assert first.status_code == 200
    assert first.json()["next"], "the sample needs two claims of one source"
    before = trace.round_trips()
    page = client.get(first.json()["next"])  # a new URL: not in the response cache
    after = trace.round_trips()
    assert page.status_code == 200 and page.json()["items"]
    assert 1 <= after - before <= MAX_ROUND_TRIPS, after - before


def test_a_dropped_read_connection_is_replaced_within_the_request(
    client: TestClient, trace: Trace
) -> None:
    import psycopg

    from app.db import _readers

    engine: Engine = client.app.state.engine  # type: ignore[attr-defined]
    assert client.get("/v1/claims", params={"limit": 1}).status_code == 200
    pool = _readers[engine]
    assert pool.idle, "the read connection is kept"
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url, autocommit=True) as admin:
        for kept in pool.idle:
            admin.execute("SELECT pg_terminate_backend(%s)", (kept.info.backend_pid,))
    response = client.get("/v1/claims", params={"limit": 1, "source": "centcom"})
    assert response.status_code == 200, response.text
