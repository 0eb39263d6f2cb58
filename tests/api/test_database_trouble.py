"""A database in trouble is a 503 with Retry-After on every route, never a 500; and an
unexpected error is answered without escaping the app (which would drop the connection)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import Depends
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.api.problems import database_unavailable
from app.core.config import Settings
from app.main import create_app
from tests.api.helpers import assert_problem
from tests.ingest.conftest import AUTH, TOKEN

DATA_DIR = Path(__file__).resolve().parents[2] / "data"
# Nothing listens here (the range is ours, and no test starts a server on it).
DEAD_POSTGRES = "postgresql://postgres@127.0.0.1:5449/none?connect_timeout=2"
ROUTES = [
    ("GET", "/v1/claims"),
    ("GET", "/v1/claims?q=killed"),
    ("GET", "/v1/claims/clm_000000000000"),
    ("GET", "/v1/incidents"),
    ("GET", "/v1/incidents/inc_000000000000"),
    ("GET", "/v1/incidents/inc_000000000000/figures"),
    ("GET", "/v1/actors"),
    ("GET", "/v1/actors/centcom"),
    ("GET", "/v1/sources"),
    ("GET", "/v1/documents"),
    ("GET", "/v1/documents/doc_000000000000"),
    ("GET", "/v1/load-failures"),
    ("GET", "/healthz"),
    ("DELETE", "/v1/documents/doc_000000000000"),
    ("POST", "/v1/documents"),
]


def assert_unavailable(response: object) -> None:
    problem = assert_problem(response, 503)  # type: ignore[arg-type]
    assert int(response.headers["retry-after"]) > 0  # type: ignore[attr-defined]
    assert "traceback" not in problem["detail"].lower()


def test_every_route_answers_503_when_postgresql_refuses_connections(tmp_path: Path) -> None:
    settings = Settings(
        database_url=DEAD_POSTGRES,
        documents_dir=tmp_path,
        data_dir=DATA_DIR,
        write_token=SecretStr(TOKEN),
    )
    # No lifespan (it would need the database): the routes meet the dead database themselves.
    client = TestClient(create_app(settings), raise_server_exceptions=True)
    for method, path in ROUTES:
        body = {"text": "CENTCOM said 62 soldiers were killed in the strike."}
        response = client.request(
            method, path, headers=AUTH, json=body if method == "POST" else None
        )
        assert_unavailable(response)


def test_a_write_waiting_for_a_sqlite_lock_held_elsewhere_is_503(tmp_path: Path) -> None:
    database = tmp_path / "locked.db"
    settings = Settings(
        database_url=f"sqlite:///{database}",
        documents_dir=tmp_path / "none",
        data_dir=DATA_DIR,
        write_token=SecretStr(TOKEN),
        busy_timeout_ms=200,
    )
    with TestClient(create_app(settings)) as client:
        other = sqlite3.connect(database, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holding the write lock
        try:
            started = time.monotonic()
            response = client.post(
                "/v1/documents",
                json={"text": "CENTCOM said 62 soldiers were killed in the strike."},
                headers=AUTH,
            )
            assert_unavailable(response)
            # Four attempts of a 200 ms busy wait take about 1.2 s; the default 5 s busy wait
            # would take over 20 s. 10 s leaves room for a loaded machine without hiding a hang.
            assert time.monotonic() - started < 10
            assert client.get("/v1/claims").status_code == 200  # readers are not blocked
        finally:
            other.execute("ROLLBACK")
            other.close()
        response = client.post(
            "/v1/documents",
            json={"text": "CENTCOM said 62 soldiers were killed in the strike."},
            headers=AUTH,
        )
        assert response.status_code == 201  # and it recovers as soon as the lock is gone


def test_a_costly_sqlite_search_is_cut_off_by_the_statement_timeout(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not settings.database_url.startswith("sqlite"):
        pytest.skip("SQLite's read deadline; PostgreSQL has statement_timeout")
    with TestClient(create_app(settings.model_copy(update={"statement_timeout_ms": 1}))) as client:
        import app.db

        real = app.db.prepare

        def slow(statement: app.db.Statement, dialect: Any) -> app.db.Prepared:
            # A query long enough to meet the deadline: a large recursive count.
            prepared = real(statement, dialect)
            if "count(*)" in prepared.sql:
                return app.db.Prepared(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < 100000000) SELECT count(*) FROM n",
                    (),
                    {},
                )
            return prepared

        monkeypatch.setattr(app.db, "prepare", slow)
        assert_unavailable(client.get("/v1/claims", params={"q": "killed"}))


def test_an_unexpected_error_is_a_500_problem_that_does_not_escape_the_app(
    settings: Settings,
) -> None:
    app = create_app(settings)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    # raise_server_exceptions=True: an exception escaping the app (what makes the server drop
    # the keep-alive connection) would be raised here.
    with TestClient(app, raise_server_exceptions=True) as client:
        problem = assert_problem(client.get("/boom"), 500)
        assert "secret" not in problem["detail"]
        assert client.get("/healthz").status_code == 200


def test_database_unavailable_classifies_errors() -> None:
    import psycopg
    from sqlalchemy.exc import IntegrityError, OperationalError

    assert database_unavailable(sqlite3.OperationalError("database is locked"))
    assert database_unavailable(sqlite3.OperationalError("interrupted"))
    assert not database_unavailable(sqlite3.OperationalError("no such column: x"))
    assert database_unavailable(psycopg.errors.QueryCanceled("canceling statement"))
    assert database_unavailable(psycopg.errors.LockNotAvailable("lock timeout"))
    assert database_unavailable(OperationalError("SELECT 1", {}, psycopg.OperationalError("x")))
    assert not database_unavailable(IntegrityError("INSERT", {}, sqlite3.IntegrityError("x")))
    assert not database_unavailable(ValueError("x"))


def dropped_connection() -> Iterator[None]:
    """A dependency whose cleanup fails, as closing a session on a dropped connection does."""
    yield
    raise sqlite3.OperationalError("disk I/O error")


def test_an_error_in_cleanup_after_the_answer_keeps_the_answer(settings: Settings) -> None:
    app = create_app(settings)

    @app.get("/after")
    def after(cleanup: None = Depends(dropped_connection)) -> dict[str, bool]:
        return {"ok": True}

    with TestClient(app, raise_server_exceptions=True) as client:
        assert client.get("/after").json() == {"ok": True}
        assert client.get("/healthz").status_code == 200
