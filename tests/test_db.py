"""app.db: the data version moved by every writing transaction, and the change log."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import date
from pathlib import Path

import pytest
from pydantic import ValidationError
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from app import cache
from app.core.config import Settings
from app.db import (
    Timeouts,
    _readers,
    create_db_engine,
    exclusive,
    fetch_all,
    read_version,
    reading,
    refresh_statistics,
)
from app.models import Actor
from tests.loader.test_merge import SEED, load


def test_a_commit_that_wrote_rows_moves_the_data_version(engine: Engine) -> None:
    epoch, before, _ = read_version(engine)
    with Session(engine) as session:
        session.connection().execute(text("SELECT 1"))
        session.commit()
    assert read_version(engine)[1] == before  # a read-only transaction changes nothing
    with Session(engine) as session:
        session.add(Actor(id="test-actor", name="Test Actor", kind="person"))
        session.commit()
    assert read_version(engine)[:2] == (epoch, before + 1)
    assert cache.token() == f"{epoch}.{before + 1}"  # the writer sees its own write at once
    with Session(engine) as session:
        session.add(Actor(id="rolled-back", name="Rolled Back", kind="person"))
        session.flush()
        session.rollback()
        session.commit()
    assert read_version(engine)[1] == before + 1


def test_changes_are_logged_and_stamped_with_the_commit_version(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(Actor(id="a-1", name="A One", kind="person"))
        session.commit()
        version = read_version(engine)[1]
        actor = session.get(Actor, "a-1")
        assert actor is not None
        actor.name = "A Uno"
        session.add(actor)
        session.commit()
        session.delete(actor)
        session.commit()
    rows = fetch_all(
        engine,
        "SELECT record_type, record_id, change, version FROM change WHERE record_id = 'a-1' "
        "ORDER BY version, seq",
        {},
    )
    assert [tuple(r) for r in rows] == [
        ("actor", "a-1", "created", version),
        ("actor", "a-1", "updated", version + 1),
        ("actor", "a-1", "deleted", version + 2),
    ]


def test_start_up_lock_waits_past_lock_timeout_and_ignores_other_schemas(
    database_url: str,
) -> None:
    """A worker waits for another's start-up however long it takes (not `lock_timeout`), and
    deployments in other schemas of the same database do not wait at all."""
    if not database_url.startswith("postgresql"):
        pytest.skip("advisory locks are PostgreSQL's; SQLite uses a file lock")
    other_schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(database_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{other_schema}"'))
    other_url = (
        make_url(database_url)
        .update_query_dict({"options": f"-csearch_path={other_schema}"})
        .render_as_string(hide_password=False)
    )
    quick = Timeouts(lock_ms=200)
    first = create_db_engine(database_url, timeouts=quick)
    second = create_db_engine(database_url, timeouts=quick)
    elsewhere = create_db_engine(other_url, timeouts=quick)
    taken = threading.Event()
    try:
        with exclusive(first):
            waiter = threading.Thread(target=lambda: _hold(second, taken))
            waiter.start()
            time.sleep(1.0)  # five times lock_timeout
            assert not taken.is_set()  # still waiting, not failed
            with exclusive(elsewhere):  # another schema: no wait
                pass
        waiter.join(timeout=10)
        assert taken.is_set()
    finally:
        for engine in (first, second, elsewhere):
            engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{other_schema}" CASCADE'))
        admin.dispose()


def _hold(engine: Engine, taken: threading.Event) -> None:
    """Take the start-up lock, note it, let it go."""
    with exclusive(engine):
        taken.set()


def test_sqlite_reads_keep_a_bounded_number_of_page_caches(tmp_path: Path) -> None:
    """However many threads read, at most `readers` connections are open, each with a page
    cache of `reader_cache_kib`: one per thread of the server's pool grew RSS past 600 MB."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'r.db'}", readers=2, reader_cache_kib=512)
    try:
        with engine.begin() as connection:
            connection.execute(text("CREATE TABLE t (n INTEGER)"))
            connection.execute(text("INSERT INTO t VALUES (1), (2), (3)"))
        pool = _readers[engine]
        lock = threading.Lock()
        state = {"inside": 0, "most": 0}
        start = threading.Barrier(8)
        failures: list[BaseException] = []

        def read() -> None:
            try:
                start.wait()
                for _ in range(30):
                    with reading(engine) as run:
                        with lock:
                            state["inside"] += 1
                            state["most"] = max(state["most"], state["inside"])
                        assert run("PRAGMA cache_size", {}) == [(-512,)]
                        assert run("SELECT count(*) FROM t", {}) == [(3,)]
                        time.sleep(0.001)  # overlap the threads' reads
                        with lock:
                            state["inside"] -= 1
            except BaseException as error:
                failures.append(error)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        assert 1 <= pool.opened <= 2
        assert state["most"] <= 2
        assert len(pool.idle) == pool.opened  # every connection came back
    finally:
        engine.dispose()


def test_a_read_inside_a_read_reuses_the_thread_s_connection(tmp_path: Path) -> None:
    """With one reader, a nested read (a lookup while building a page) must not wait for
    itself."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 'r.db'}", readers=1)
    try:
        with reading(engine) as outer:
            assert fetch_all(engine, "SELECT 1", {}) == [(1,)]
            assert outer("SELECT 2", {}) == [(2,)]
        assert _readers[engine].opened == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("page_cost", [1.1, None])
def test_postgres_readers_plan_with_the_configured_page_cost(
    database_url: str, page_cost: float | None
) -> None:
    """The list routes' read connections plan with `random_page_cost = reader_page_cost`
    (the keyset page's generic plan sorts a source's whole tail at the default 4); None keeps
    the database's own."""
    if not database_url.startswith("postgresql"):
        pytest.skip("a PostgreSQL planner setting")
    engine = create_db_engine(database_url, reader_page_cost=page_cost)
    try:
        with engine.connect() as conn:
            own = conn.execute(text("SHOW random_page_cost")).scalar()
        with reading(engine) as run:
            seen = run("SHOW random_page_cost", {})[0][0]
        assert float(seen) == (page_cost if page_cost is not None else float(own))
    finally:
        engine.dispose()


def test_an_empty_reader_page_cost_keeps_the_database_s_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("INCIDENTS_PG_READER_PAGE_COST", "")
    assert Settings().pg_reader_page_cost is None
    monkeypatch.setenv("INCIDENTS_PG_READER_PAGE_COST", "1.5")
    assert Settings().pg_reader_page_cost == 1.5
    monkeypatch.setenv("INCIDENTS_PG_READER_PAGE_COST", "0")
    with pytest.raises(ValidationError):
        Settings()


def test_refresh_statistics_after_a_bulk_load(engine: Engine, session: Session) -> None:
    """After `refresh_statistics` the planner knows the tables' sizes: on PostgreSQL, VACUUM
    (ANALYZE) set `reltuples` (-1 before any) and the visibility map; on SQLite, sqlite_stat1
    (absent before) holds the claim table's indexes."""
    load(session, SEED.read_bytes(), "Press TV", date(2016, 9, 18))
    session.commit()

    def seen() -> tuple[float, int]:
        with engine.connect() as conn:
            if engine.dialect.name == "postgresql":
                row = conn.execute(
                    text(
                        "SELECT reltuples, relallvisible FROM pg_class WHERE oid = 'claim'::regclass"
                    )
                ).one()
                return float(row[0]), int(row[1])
            tables = conn.execute(
                text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            ).scalar_one()
            if not tables:
                return -1.0, 0
            rows = conn.execute(
                text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'claim'")
            ).scalar_one()
            return float(rows), int(rows)

    assert seen()[1] == 0  # no statistics (SQLite) or visibility map (PostgreSQL) yet
    refresh_statistics(engine)
    tuples, visible = seen()
    assert tuples > 0 and visible > 0
