"""Database engine, sessions, table creation, full-text search indexes and change tracking."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy import Connection, Dialect, Engine, Executable, event, inspect, text, update
from sqlalchemy.orm import ORMExecuteState, UOWTransaction
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel, create_engine

from app import cache as data_cache
from app.models import CasualtyEstimate, Claim, Incident, as_utc, utcnow

logger = logging.getLogger(__name__)
T = TypeVar("T")

# Full-text search: FTS5 tables kept in step with their rows by triggers on SQLite; GIN indexes
# on the same tsvector expression the queries use on PostgreSQL.
SEARCHED = {"claim": "text", "incident": "title"}
PG_TSVECTOR = "to_tsvector('english', coalesce({column}, ''))"
SQLITE_FTS = """
CREATE VIRTUAL TABLE {table}_fts USING fts5(
    {column}, content='{table}', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS {table}_fts_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {table}_fts(rowid, {column}) VALUES (new.rowid, new.{column});
END;
CREATE TRIGGER IF NOT EXISTS {table}_fts_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {column}) VALUES ('delete', old.rowid, old.{column});
END;
CREATE TRIGGER IF NOT EXISTS {table}_fts_update AFTER UPDATE OF {column} ON {table} BEGIN
    INSERT INTO {table}_fts({table}_fts, rowid, {column}) VALUES ('delete', old.rowid, old.{column});
    INSERT INTO {table}_fts(rowid, {column}) VALUES (new.rowid, new.{column});
END;
"""
TIMESTAMPED = ("actor", "incident", "claim")
# Reads on a SQLite file (`reading`): kept connections, and the page cache of each (KiB).
READERS = 4
READER_CACHE_KIB = 4 * 1024
# Reads on PostgreSQL (`reading`): kept connections in autocommit.
PG_READERS = 10
# Their random_page_cost (see `_ReaderPool`); None keeps the database's.
PG_READER_PAGE_COST: float | None = 1.1


def _is_memory_sqlite(url: str) -> bool:
    """Whether `url` names an in-memory SQLite database."""
    return url in ("sqlite://", "sqlite+pysqlite://") or ":memory:" in url or "mode=memory" in url


def _enable_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    """SQLite ignores foreign keys unless each connection asks for them."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
    """File databases: readers do not wait for the loader, and a commit needs no fsync of the
    database file (WAL with synchronous=NORMAL stays consistent after a crash; it may lose
    the last transactions on power loss, which a reload restores)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


_read_limits: weakref.WeakKeyDictionary[Engine, float] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class Timeouts:
    """How long the database may make a request wait (see the settings of the same names)."""

    statement_ms: int = 10_000
    lock_ms: int = 5_000
    busy_ms: int = 5_000
    connect_s: int = 5

    @classmethod
    def of(cls, settings: Any) -> Timeouts:
        """The timeouts configured in `settings` (an `app.core.config.Settings`)."""
        return cls(
            statement_ms=settings.statement_timeout_ms,
            lock_ms=settings.lock_timeout_ms,
            busy_ms=settings.busy_timeout_ms,
            connect_s=settings.connect_timeout_s,
        )


def _postgres_timeouts(timeouts: Timeouts) -> Callable[[Any, Any], None]:
    """A connect hook setting statement_timeout and lock_timeout on each new connection.

    Set here rather than through `options` in connect_args, which would replace an `options`
    given in the URL (the tests pin search_path that way).
    """

    def hook(dbapi_connection: Any, _record: Any) -> None:
        autocommit = dbapi_connection.autocommit
        dbapi_connection.autocommit = True
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET statement_timeout = {int(timeouts.statement_ms)}")
        cursor.execute(f"SET lock_timeout = {int(timeouts.lock_ms)}")
        cursor.close()
        dbapi_connection.autocommit = autocommit

    return hook


def _sqlite_manual_transactions(dbapi_connection: Any, _record: Any) -> None:
    """Let SQLAlchemy emit BEGIN itself (see `_sqlite_begin`): pysqlite's own would be DEFERRED."""
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Any) -> None:
    """BEGIN, or BEGIN IMMEDIATE for a writer (`write_lock`): it waits for the write lock up
    front, under busy_timeout, instead of failing when a read transaction tries to write."""
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def create_db_engine(
    url: str,
    *,
    echo: bool = False,
    timeouts: Timeouts | None = None,
    readers: int = READERS,
    reader_cache_kib: int = READER_CACHE_KIB,
    reader_page_cost: float | None = PG_READER_PAGE_COST,
) -> Engine:
    """An engine for `url`; in-memory SQLite shares one connection so every session sees it.

    On a SQLite file the list routes read through at most `readers` kept connections, each
    with a page cache of `reader_cache_kib` (see `reading`); on PostgreSQL they plan with
    `random_page_cost = reader_page_cost` (None: the database's own; see `_ReaderPool`).
    """
    timeouts = timeouts or Timeouts()
    if url.startswith("sqlite"):
        kwargs: dict[str, Any] = {
            "connect_args": {"check_same_thread": False, "timeout": timeouts.busy_ms / 1000}
        }
        if _is_memory_sqlite(url):
            kwargs["poolclass"] = StaticPool
        engine = create_engine(url, echo=echo, **kwargs)
        event.listen(engine, "connect", _enable_foreign_keys)
        if not _is_memory_sqlite(url):
            event.listen(engine, "connect", _write_ahead_log)
            event.listen(engine, "connect", _sqlite_manual_transactions)
            event.listen(engine, "begin", _sqlite_begin)
            _readers[engine] = _ReaderPool(readers, reader_cache_kib)
            event.listen(engine, "engine_disposed", _close_readers)
        _read_limits[engine] = timeouts.statement_ms / 1000  # reads on SQLite: see `reading`
        return engine
    connect_args: dict[str, Any] = {}
    if url.startswith("postgresql") and "connect_timeout" not in url:
        connect_args["connect_timeout"] = timeouts.connect_s
    engine = create_engine(
        url,
        echo=echo,
        pool_pre_ping=True,
        # As many connections as the server has worker threads (anyio's default: 40), so that
        # writers waiting their turn (`write_lock`) never starve readers of connections.
        pool_size=10,
        max_overflow=30,
        pool_timeout=max(timeouts.connect_s, timeouts.statement_ms / 1000),
        connect_args=connect_args,
    )
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_timeouts(timeouts))
        _readers[engine] = _ReaderPool(PG_READERS, postgres=True, page_cost=reader_page_cost)
        event.listen(engine, "engine_disposed", _close_readers)
    return engine


def write_lock(session: Session) -> None:
    """Make the session's transaction the database's only writer until it ends.

    Writes (loads, POSTs, deletions, failure records) serialise: each sees every earlier one,
    so concurrent writers store exactly what one sequential run would (an incident reported by
    two articles stored at once is matched, not stored twice). PostgreSQL: a transaction-scoped
    advisory lock; SQLite: BEGIN IMMEDIATE. Ends a read-only transaction already open.
    """
    if session.in_transaction():
        if session.new or session.dirty or session.deleted:
            raise RuntimeError("write_lock must come before the transaction's first write")
        session.commit()
    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(
            text(f"SELECT pg_advisory_xact_lock({SCHEMA_KEY}, :key)"), {"key": WRITE_LOCK_KEY}
        )
    elif bind.dialect.name == "sqlite":
        session.connection(execution_options={"sqlite_begin": "IMMEDIATE"})


WRITE_LOCK_KEY = 0x1D_0C_1D_E1  # with the schema's key: shared by every writer of this schema
_TRANSIENT_SQLITE = ("database is locked", "database is busy", "database table is locked")


def transient_error(exc: BaseException) -> bool:
    """Whether retrying the transaction may succeed: a busy SQLite database, a PostgreSQL
    serialization failure, deadlock or lock timeout (raw, or wrapped by SQLAlchemy)."""
    import sqlite3

    import psycopg

    orig = getattr(exc, "orig", None)
    if orig is not None and orig is not exc:
        return transient_error(orig)
    if isinstance(exc, psycopg.errors.SerializationFailure | psycopg.errors.DeadlockDetected):
        return True
    if isinstance(exc, psycopg.errors.LockNotAvailable):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        return any(m in str(exc).lower() for m in _TRANSIENT_SQLITE)
    return False


def insert_new(session: Session, model: type[SQLModel], rows: Sequence[Mapping[str, Any]]) -> int:
    """`INSERT ... ON CONFLICT DO NOTHING` of `rows`: the number actually inserted.

    A row another writer stored first is left as it is instead of failing the transaction.
    """
    if not rows:
        return 0
    table = SQLModel.metadata.tables[model.__tablename__]  # type: ignore[index]
    from sqlalchemy.dialects import postgresql, sqlite

    statement: Any = (
        postgresql.insert(table)
        if session.get_bind().dialect.name == "postgresql"
        else sqlite.insert(table)
    )
    # RETURNING counts the rows inserted (psycopg reports no rowcount for this statement).
    statement = statement.values(list(rows)).on_conflict_do_nothing().returning(*table.primary_key)
    return len(session.execute(statement).all())


def migration_object_filter(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    """What Alembic's autogenerate compares: not the full-text structures made by hand."""
    if name is None:
        return True
    if type_ == "table":
        return not (name.startswith("sqlite_") or "_fts" in name or name == "alembic_version")
    if type_ == "index":
        return not name.endswith("_search")
    return True


MIGRATIONS = "app:migrations"
BASELINE = "0001"  # the schema `create_all` made before migrations; such databases are stamped
MIGRATION_LOCK = 7_209_009  # PostgreSQL advisory lock key: one migrator at a time


def alembic_config(connection: Connection | None = None) -> Any:
    """An Alembic config for the package's migrations, running on `connection` when given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", MIGRATIONS)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None: not under migrations)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    """The newest revision shipped with the code."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


STARTUP_LOCK = 7_209_010  # held while a worker syncs the registry and loads the documents


@contextmanager
def _file_lock(engine: Engine, name: str) -> Iterator[None]:
    """SQLite files: an exclusive lock on a file beside the database (one process at a time)."""
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or _is_memory_sqlite(str(engine.url)):
        yield
        return
    import fcntl

    with open(f"{database}.{name}.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextmanager
def exclusive(engine: Engine, key: int = STARTUP_LOCK) -> Iterator[None]:
    """One process at a time across workers and replicas: a PostgreSQL advisory lock held on
    its own connection, a file lock for SQLite."""
    if engine.dialect.name != "postgresql":
        with _file_lock(engine, "startup" if key == STARTUP_LOCK else str(key)):
            yield
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        _wait_for_lock(conn, "pg_try_advisory_lock", key)
        try:
            yield
        finally:
            conn.execute(text(f"SELECT pg_advisory_unlock({SCHEMA_KEY}, :key)"), {"key": key})


# Advisory locks are database-wide: keyed by (schema, purpose), so deployments (or test runs)
# in other schemas of the same database never wait for each other.
SCHEMA_KEY = "hashtext(current_schema())"
LOCK_POLL_S = 0.05


def _wait_for_lock(conn: Connection, function: str, key: int) -> None:
    """Take an advisory lock by polling `function` (pg_try_advisory_[xact_]lock), however long
    another worker holds it: a plain pg_advisory_lock would give up after `lock_timeout`, and
    a worker that migrates or loads the documents may take longer than that."""
    sql = text(f"SELECT {function}({SCHEMA_KEY}, :key)")
    waited = 0.0
    while not conn.execute(sql, {"key": key}).scalar():
        if waited == 0.0:
            logger.info("waiting for another process (advisory lock %d)", key)
        time.sleep(LOCK_POLL_S)
        waited += LOCK_POLL_S


def migrate(engine: Engine, revision: str = "head", *, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) the database to `revision`, one process at a time.

    PostgreSQL: the whole run holds a transaction-level advisory lock, so workers or replicas
    starting together wait for the first one and then find nothing to do. A database made by
    `create_all` before migrations existed is brought to the baseline and stamped, keeping its
    rows.
    """
    from alembic import command

    with _file_lock(engine, "migrate"), engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            _wait_for_lock(conn, "pg_try_advisory_xact_lock", MIGRATION_LOCK)
        config = alembic_config(conn)
        if _made_by_create_all(conn):
            logger.info("adopting a database made before migrations (stamped %s)", BASELINE)
            _bring_to_baseline(conn)
            command.stamp(config, BASELINE)
        if downgrade:
            command.downgrade(config, revision)
        else:
            command.upgrade(config, revision)
        conn.commit()


def init_db(engine: Engine) -> None:
    """Bring the database's schema to the code's (migrations; see `migrate`)."""
    migrate(engine)


def _made_by_create_all(conn: Connection) -> bool:
    """Whether the database holds our tables but no migration history."""
    names = set(inspect(conn).get_table_names())
    return "document" in names and "alembic_version" not in names


def _bring_to_baseline(conn: Connection) -> None:
    """What start-up used to add by hand to older `create_all` databases: `updated_at`, search."""
    from alembic.operations import Operations
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import Column, DateTime

    inspector = inspect(conn)
    operations = Operations(MigrationContext.configure(conn))
    for table in TIMESTAMPED:
        if "updated_at" in {c["name"] for c in inspector.get_columns(table)}:
            continue
        logger.info("adding %s.updated_at", table)
        operations.add_column(table, Column("updated_at", DateTime(timezone=True)))
        conn.execute(text(f"UPDATE {table} SET updated_at = :now"), {"now": utcnow()})
        with operations.batch_alter_table(table) as batch:
            batch.alter_column("updated_at", existing_type=DateTime(timezone=True), nullable=False)
            batch.create_index(f"ix_{table}_updated_at", ["updated_at"])
    for table, column in SEARCHED.items():
        if conn.dialect.name == "postgresql":
            expression = PG_TSVECTOR.format(column=column)
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS ix_{table}_search "
                    f"ON {table} USING GIN ({expression})"
                )
            )
            continue
        # Made again from scratch: a table rebuilt above lost its triggers.
        for name in ("insert", "delete", "update"):
            conn.execute(text(f"DROP TRIGGER IF EXISTS {table}_fts_{name}"))
        conn.execute(text(f"DROP TABLE IF EXISTS {table}_fts"))
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.executescript(SQLITE_FTS.format(table=table, column=column))
        # Rows stored before the index existed.
        conn.execute(text(f"INSERT INTO {table}_fts({table}_fts) VALUES ('rebuild')"))


VERSION_CHANNEL = "incidents_data_version"


def read_version(engine: Engine) -> tuple[str, int, datetime]:
    """The database's (epoch, data version, changed_at)."""
    with engine.connect() as conn:
        row = conn.execute(text("SELECT epoch, version, changed_at FROM data_version")).one()
    return _version_of(row)


def _version_of(row: Sequence[Any]) -> tuple[str, int, datetime]:
    """A data_version row's (epoch, version, changed_at), the timestamp aware."""
    epoch, number, changed = row
    if isinstance(changed, str):  # SQLite through raw SQL
        changed = datetime.fromisoformat(changed)
    return str(epoch), int(number), as_utc(changed)


def observe_database(engine: Engine) -> None:
    """Adopt the database's current data version in this process's caches."""
    data_cache.observe(*read_version(engine))


class VersionWatcher:
    """A thread that brings other processes' writes to this process's caches.

    PostgreSQL: LISTEN on `VERSION_CHANNEL` (writers NOTIFY in the transaction that moves the
    version, so the message arrives once the write is visible), and read the version row every
    `interval` seconds in case a message was lost with the connection. SQLite: read the row
    every `interval` seconds. In-memory SQLite has one process: no thread.
    """

    def __init__(self, engine: Engine, *, interval: float | None = None) -> None:
        self.engine = engine
        postgres = engine.dialect.name == "postgresql"
        self.interval = interval if interval is not None else (1.0 if postgres else 0.2)
        self.stopping = threading.Event()
        self.thread: threading.Thread | None = None

    def start(self) -> None:
        """Start watching (no-op for in-memory SQLite)."""
        if self.engine.dialect.name == "sqlite" and _is_memory_sqlite(str(self.engine.url)):
            return
        self.thread = threading.Thread(target=self._run, name="version-watcher", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        """Stop the thread and wait for it."""
        self.stopping.set()
        if self.thread is None:
            return
        if self.engine.dialect.name == "postgresql":
            try:  # wake the listener now rather than at its next timeout
                with self.engine.connect() as conn:
                    conn.execute(
                        text("SELECT pg_notify(:channel, 'stop')"), {"channel": VERSION_CHANNEL}
                    )
                    conn.commit()
            except Exception as exc:  # a database that is gone: the timeout ends the wait
                logger.debug("waking the version watcher: %s", exc)
        self.thread.join(timeout=5)

    def _run(self) -> None:
        """Watch until stopped; errors (a restarting database) are retried after a pause."""
        while not self.stopping.is_set():
            try:
                if self.engine.dialect.name == "postgresql":
                    self._listen()
                else:
                    observe_database(self.engine)
                    self.stopping.wait(self.interval)
            except Exception as exc:
                logger.warning("data version watcher: %s", str(exc).splitlines()[0])
                self.stopping.wait(self.interval)

    def _listen(self) -> None:
        """LISTEN on a connection of our own; every notification or timeout re-reads the row."""
        import psycopg

        url = self.engine.url.set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as conn:
            conn.execute(f"LISTEN {VERSION_CHANNEL}")
            while not self.stopping.is_set():
                row = conn.execute("SELECT epoch, version, changed_at FROM data_version").fetchone()
                assert row is not None
                data_cache.observe(*_version_of(row))
                epoch = row[0]
                for notice in conn.notifies(timeout=self.interval):
                    if self.stopping.is_set():
                        break
                    # The channel is database-wide: other schemas' writers use it too.
                    theirs, _, number = notice.payload.partition(":")
                    if theirs == epoch and number.isdigit() and int(number) > data_cache.version():
                        break


@dataclass(frozen=True)
class Prepared:
    """A statement compiled once for one dialect, in its DB-API driver's own parameter style."""

    sql: str
    positions: tuple[str, ...] | None  # qmark drivers (SQLite): parameter names in order
    constants: Mapping[str, Any]  # values the statement itself binds (a literal in Core)

    def args(self, params: Mapping[str, Any]) -> Any:
        """`params` as the driver takes them: a tuple in order, or a mapping."""
        if self.constants:
            params = {**self.constants, **params}
        if self.positions is None:
            return params
        return tuple(params[name] for name in self.positions)


Statement = str | Executable


@lru_cache(maxsize=4096)
def prepare(statement: Statement, dialect: Dialect) -> Prepared:
    """`statement` (Core, or SQL text with `:name` parameters) compiled for `dialect`.

    Cached by statement: build a statement once per shape (a module constant, or see
    `app.api.listing`), so each request only binds values.
    """
    clause: Any = text(statement) if isinstance(statement, str) else statement
    compiled = clause.compile(dialect=dialect)
    positions = tuple(compiled.positiontup or ()) if compiled.positional else None
    constants = {k: v for k, v in compiled.params.items() if v is not None}
    return Prepared(str(compiled), positions, constants)


Run = Callable[[Statement, Mapping[str, Any]], list[Sequence[Any]]]


class _ReaderPool:
    """At most `size` read connections to one database, kept open and shared by threads.

    SQLite: each keeps up to `cache_kib` of hot index and table pages (SQLite's page cache,
    outside the Python heap), so the process holds at most `size * cache_kib` of them whatever
    the number of threads that read. One connection per thread, as before, kept one page cache
    per thread of the server's pool (anyio's 40): 617 MB of peak RSS at 100k claims
    (`bench/README.md`). A SELECT outside a transaction sees every committed write, so a
    connection never needs a rollback; keeping them saves SQLAlchemy's pool checkout, which
    costs more than a page query.

    PostgreSQL (`postgres=True`): the connections are in autocommit, so a read is its own
    statements and nothing else: no BEGIN, no ROLLBACK and no pre-ping (the engine's pool pings
    every checkout, a round trip per request). A connection the database dropped (restarted,
    or the backend terminated) is found when a statement fails on it: it is closed and the
    statement run once more on a new connection (reads are safe to repeat); when that fails
    too the database is down and the error is the request's (a 503).

    A thread that finds all `size` in use waits for one; a thread reading inside its own read
    (`reading` within `reading`) gets the connection it already holds.
    """

    def __init__(
        self,
        size: int,
        cache_kib: int = 0,
        *,
        postgres: bool = False,
        page_cost: float | None = None,
    ) -> None:
        self.size = size
        self.cache_kib = cache_kib
        self.postgres = postgres
        self.page_cost = page_cost
        self.opened = 0
        self.idle: list[Any] = []
        self.freed = threading.Condition()
        self.held = threading.local()

    @contextmanager
    def connection(self, engine: Engine) -> Iterator[Any]:
        """A connection for this thread until the block ends (`current` may replace it)."""
        if getattr(self.held, "connection", None) is not None:
            yield self.held.connection
            return
        self.held.connection = self._take(engine)
        try:
            yield self.held.connection
        finally:
            connection, self.held.connection = self.held.connection, None
            with self.freed:
                if connection is not None:
                    self.idle.append(connection)
                self.freed.notify()

    def current(self) -> Any:
        """This thread's connection (inside `connection`)."""
        return self.held.connection

    def replace(self, engine: Engine) -> Any:
        """Close this thread's (broken) connection and hold a new one instead."""
        broken, self.held.connection = self.held.connection, None
        if broken is not None:  # None: an earlier replacement failed to connect
            with self.freed:
                self.opened -= 1
                self.freed.notify()
            with contextlib.suppress(Exception):
                broken.close()
        self.held.connection = self._take(engine)
        return self.held.connection

    def close_idle(self) -> None:
        """Close the idle connections (the engine is disposed)."""
        with self.freed:
            idle, self.idle = self.idle, []
            self.opened -= len(idle)
            self.freed.notify_all()
        for connection in idle:
            with contextlib.suppress(Exception):
                connection.close()

    def _take(self, engine: Engine) -> Any:
        """An idle connection, a new one while fewer than `size` are open, or wait for one."""
        with self.freed:
            while not self.idle and self.opened >= self.size:
                self.freed.wait()
            if self.idle:
                return self.idle.pop()
            self.opened += 1
        try:
            fairy = engine.raw_connection()
            fairy.detach()  # kept by the pool of readers, not SQLAlchemy's
            connection = fairy.dbapi_connection
            assert connection is not None
            if self.postgres:
                connection.rollback()  # no transaction open (the pool's checkout may begin one)
                connection.autocommit = True
                # Timestamps come back in UTC as `datetime.UTC` (psycopg's zone for a session
                # in 'UTC'), which the list routes write out without converting each one.
                connection.execute("SET TIME ZONE 'UTC'")
                if self.page_cost is not None:
                    # psycopg prepares a statement run five times on a connection, and PostgreSQL
                    # then plans it once for any parameters (a generic plan). For the keyset page
                    # ("source = $1 AND (document, sequence, id) > ($2, $3, $4) ORDER BY ... LIMIT")
                    # that plan guesses a couple of rows per source; with the default cost of a
                    # random page (4, a spinning disk) it then reads every row of the source
                    # after the cursor and sorts them instead of walking the index for 51: at 10k
                    # claims 2.2 ms instead of 0.7 (bench/README.md). Pages read again and again
                    # are cached, which is what a cost near 1 says.
                    connection.execute(f"SET random_page_cost = {float(self.page_cost)}")
            else:
                cursor = connection.cursor()
                cursor.execute(f"PRAGMA cache_size = -{int(self.cache_kib)}")
                cursor.close()
        except BaseException:
            with self.freed:
                self.opened -= 1
                self.freed.notify()
            raise
        return connection


_readers: weakref.WeakKeyDictionary[Engine, _ReaderPool] = weakref.WeakKeyDictionary()


def _close_readers(engine: Engine) -> None:
    """`engine.dispose()` closes the kept read connections too (those idle now)."""
    pool = _readers.get(engine)
    if pool is not None:
        pool.close_idle()


def _broken(connection: Any) -> bool:
    """Whether a psycopg connection is closed or broken (the database dropped it)."""
    return bool(getattr(connection, "closed", False) or getattr(connection, "broken", False))


@contextmanager
def reading(engine: Engine) -> Iterator[Run]:
    """A function running read-only statements (see `prepare`) on one DB-API connection.

    The list routes read through it instead of the ORM: a page of 50 claims is a few index
    lookups, and building ORM and pydantic objects would cost more than the queries. On a
    SQLite file and on PostgreSQL the connection comes from the engine's `_ReaderPool`.
    """
    dialect = engine.dialect
    # SQLite has no statement_timeout: a progress handler interrupts a query running too long
    # (sqlite3.OperationalError "interrupted", answered 503), e.g. a costly prefix search.
    limit_s = _read_limits.get(engine, 0.0)

    def execute(connection: Any, prepared: Prepared, args: Any) -> list[Sequence[Any]]:
        cursor = connection.cursor()
        if limit_s:
            deadline = time.monotonic() + limit_s
            connection.set_progress_handler(lambda: time.monotonic() > deadline, 20_000)
        try:
            cursor.execute(prepared.sql, args)
            return list(cursor.fetchall())
        finally:
            cursor.close()
            if limit_s:
                connection.set_progress_handler(None, 0)

    def run_on(connection: Any) -> Run:
        def run(statement: Statement, params: Mapping[str, Any]) -> list[Sequence[Any]]:
            prepared = prepare(statement, dialect)
            return execute(connection, prepared, prepared.args(params))

        return run

    pool = _readers.get(engine)
    if pool is not None and pool.postgres:
        import psycopg

        def run_retrying(statement: Statement, params: Mapping[str, Any]) -> list[Sequence[Any]]:
            prepared = prepare(statement, dialect)
            args = prepared.args(params)
            connection = pool.current()
            if connection is None:  # an earlier replacement in this read failed to connect
                connection = pool.replace(engine)
            try:
                return execute(connection, prepared, args)
            except psycopg.OperationalError:
                if not _broken(pool.current()):
                    raise  # a timeout or a cancelled statement: the connection is fine
                logger.info("a kept read connection was dropped; reading on a new one")
                return execute(pool.replace(engine), prepared, args)

        with pool.connection(engine):
            yield run_retrying
        return
    if pool is not None:
        with pool.connection(engine) as connection:
            yield run_on(connection)
        return
    connection = engine.raw_connection()
    try:
        yield run_on(connection)
        connection.rollback()  # end the read transaction
    finally:
        connection.close()


def fetch_all(
    engine: Engine, statement: Statement, params: Mapping[str, Any]
) -> list[Sequence[Any]]:
    """Rows of one read-only statement (see `reading`)."""
    with reading(engine) as run:
        return run(statement, params)


# The threads reading for the event loop: as many as anyio's default thread pool, which they
# replace for reads. A call costs ~13 µs of CPU here against ~35 µs through anyio's `to_thread`
# (Starlette's `run_in_threadpool`, with its limiter and cancel scope), paid by every cold page.
READ_THREADS = 40
_read_threads: ThreadPoolExecutor | None = None
_read_threads_lock = threading.Lock()


def _threads() -> ThreadPoolExecutor:
    """The process's read threads, started on first use (after a fork, in the worker)."""
    global _read_threads
    if _read_threads is None:
        with _read_threads_lock:
            if _read_threads is None:
                _read_threads = ThreadPoolExecutor(READ_THREADS, thread_name_prefix="read")
    return _read_threads


async def off_the_loop(engine: Engine, work: Callable[[], T]) -> T:
    """`work()` in a read thread (with the caller's context variables): a slow query must not
    hold every other request."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_threads(), contextvars.copy_context().run, work)


# Change tracking: every transaction that wrote rows moves the data version row on just before
# it commits, stamps the change rows its triggers logged with that version, and (PostgreSQL)
# notifies the other processes; the row's lock orders writers, so versions follow commit order.
# An incident that gains claims or estimates gets a new `updated_at`.


@event.listens_for(OrmSession, "after_flush")
def _note_writes(session: OrmSession, _context: UOWTransaction) -> None:
    """Remember that this transaction wrote rows; touch incidents whose claims changed."""
    if not (session.new or session.deleted or any(session.is_modified(o) for o in session.dirty)):
        return  # objects touched but equal (a registry sync that found nothing new)
    session.info["data_changed"] = True
    touched = {
        obj.incident_id
        for obj in [*session.new, *session.dirty]
        if isinstance(obj, Claim | CasualtyEstimate) and obj.incident_id
    } - {obj.id for obj in session.new if isinstance(obj, Incident)}
    if touched:
        session.connection().execute(
            update(Incident)
            .where(Incident.id.in_(sorted(touched)))  # type: ignore[attr-defined]
            .values(updated_at=utcnow())
        )


@event.listens_for(OrmSession, "do_orm_execute")
def _note_statement_writes(state: ORMExecuteState) -> None:
    """Bulk INSERT/UPDATE/DELETE statements through a session are writes too."""
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info["statement_write"] = True


def note_write(session: OrmSession) -> None:
    """Mark the session's transaction as writing (for writes made on its raw connection)."""
    session.info["data_changed"] = True


@event.listens_for(OrmSession, "before_commit")
def _move_version(session: OrmSession) -> None:
    """In the writing transaction: next data version, change rows stamped, others notified."""
    if session.new or session.dirty or session.deleted:
        session.flush()
    # Bulk statements count when they changed a logged record (0 rows changes nothing).
    if not session.info.get("data_changed") and not (
        session.info.get("statement_write")
        and session.connection()
        .execute(text("SELECT 1 FROM change WHERE version IS NULL LIMIT 1"))
        .first()
    ):
        return
    conn = session.connection()
    now = utcnow()
    stored_now: Any = now
    if conn.dialect.name == "sqlite":  # the naive UTC text SQLAlchemy stores there
        stored_now = now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    row = conn.execute(
        text(
            "UPDATE data_version SET version = version + 1, changed_at = :now "
            "RETURNING epoch, version, changed_at"
        ),
        {"now": stored_now},
    ).one()
    epoch, number, _ = _version_of(row)
    conn.execute(
        text("UPDATE change SET version = :version, at = :now WHERE version IS NULL"),
        {"version": number, "now": stored_now},
    )
    if conn.dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": VERSION_CHANNEL, "payload": f"{epoch}:{number}"},
        )
    session.info["data_version"] = (epoch, number, now)


@event.listens_for(OrmSession, "after_commit")
def _adopt_after_commit(session: OrmSession) -> None:
    """This process sees its own write at once."""
    session.info.pop("data_changed", None)
    session.info.pop("statement_write", None)
    committed = session.info.pop("data_version", None)
    if committed is not None:
        data_cache.observe(*committed)


@event.listens_for(OrmSession, "after_rollback")
def _forget_writes(session: OrmSession) -> None:
    """Rolled-back writes changed nothing."""
    session.info.pop("data_changed", None)
    session.info.pop("statement_write", None)
    session.info.pop("data_version", None)


def prune_changes(engine: Engine, *, older_than: timedelta) -> int:
    """Delete change rows committed more than `older_than` ago; returns how many. The feed
    answers 410 to a `since` that reaches into what was pruned."""
    cutoff = utcnow() - older_than
    with Session(engine) as session:
        conn = session.connection()
        bound: Any = cutoff
        if conn.dialect.name == "sqlite":
            bound = cutoff.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        last = conn.execute(
            text("SELECT max(version) FROM change WHERE version IS NOT NULL AND at < :cutoff"),
            {"cutoff": bound},
        ).scalar()
        if last is None:
            return 0
        deleted = conn.execute(
            text("DELETE FROM change WHERE version <= :last"), {"last": last}
        ).rowcount
        conn.execute(
            text("UPDATE data_version SET pruned_through = :last, pruned_until = :cutoff"),
            {"last": last, "cutoff": bound},
        )
        note_write(session)  # cached pages of the feed must go
        session.commit()
    return int(deleted)


BULK_DOCUMENTS = 100
"""A load or re-extraction that adds or changes at least this many documents refreshes the
planner's statistics itself (`refresh_statistics`) instead of waiting for the database to."""


def refresh_statistics(engine: Engine) -> None:
    """Bring the planner's statistics up to date after a bulk change (`incidents load`,
    `incidents reextract`).

    On PostgreSQL, `VACUUM (ANALYZE)` of our tables: until autovacuum comes by, a freshly loaded
    table has no visibility map, so the count behind a page's `total` reads the heap instead of
    the index alone (0.5 s for one source at 1M claims; bench/README, "Why 10k was slower than
    1M"), and the planner guesses sizes from before the load. On SQLite, a sampled `ANALYZE`
    (sqlite_stat1 otherwise stays empty and the planner assumes every index alike)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in SQLModel.metadata.sorted_tables:
                conn.execute(text(f'VACUUM (ANALYZE) "{table.name}"'))
    elif engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
            conn.exec_driver_sql("ANALYZE")


def get_session(request: Request) -> Iterator[Session]:
    """A session on the app's engine, closed after the request.

    Closing rolls back on the connection; when the database dropped it meanwhile that fails,
    after the answer was sent: the pool has already discarded the connection, so it is logged,
    not raised (raising then would make the server drop the client's keep-alive connection).
    """
    session = Session(request.app.state.engine)
    try:
        yield session
    finally:
        try:
            session.close()
        except Exception as exc:
            logger.warning("closing a session failed: %s", str(exc).strip().splitlines()[:1])


SessionDep = Annotated[Session, Depends(get_session)]
