"""Shared fixtures: a fresh database per test on SQLite and, when configured, PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine, make_url, text
from sqlmodel import Session

from app.core.config import Settings, normalise_database_url
from app.db import create_db_engine, init_db
from app.documents import load_extraction, sync_registry
from app.extract import Registry, load_registry
from app.main import create_app
from tests.factories import sample_extractions

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "data"
POSTGRES_HINT = "set DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test to run it"


def _postgres_required() -> bool:
    """Whether a missing PostgreSQL is a failure (CI) rather than a skip."""
    return os.environ.get("INCIDENTS_REQUIRE_POSTGRES") == "1"


def _unavailable(reason: str) -> None:
    """Skip the PostgreSQL variant, or fail it when PostgreSQL is required."""
    if _postgres_required():
        pytest.fail(f"PostgreSQL required (INCIDENTS_REQUIRE_POSTGRES=1) but {reason}")
    pytest.skip(f"PostgreSQL variant skipped: {reason}")


@cache
def _postgres_problem(url: str) -> str | None:
    """Why PostgreSQL at `url` cannot be used, or None when it answers (checked once)."""
    engine = create_engine(url, connect_args={"connect_timeout": 5})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        return f"{make_url(url).render_as_string()} is unreachable ({str(exc).splitlines()[0]})"
    finally:
        engine.dispose()
    return None


def _postgres_url() -> str:
    """The PostgreSQL URL from DATABASE_URL, or skip/fail."""
    raw = os.environ.get("DATABASE_URL", "")
    if not raw.startswith(("postgresql", "postgres:")):
        _unavailable(f"DATABASE_URL does not point at PostgreSQL; {POSTGRES_HINT}")
    url = normalise_database_url(raw)
    problem = _postgres_problem(url)
    if problem:
        _unavailable(problem)
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL naming an empty database: in-memory SQLite, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield "sqlite://"
        return
    url = _postgres_url()
    schema = f"test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield scoped.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def file_database_url(database_url: str, tmp_path: Path) -> str:
    """Like `database_url`, but SQLite is a file so separate processes/engines share it."""
    if database_url == "sqlite://":
        return f"sqlite:///{tmp_path / 'incidents.db'}"
    return database_url


@pytest.fixture(scope="session")
def registry() -> Registry:
    """The actor registry and gazetteer shipped in data/."""
    return load_registry(DATA_DIR)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a fresh database with the tables created."""
    engine = create_db_engine(database_url)
    init_db(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine, registry: Registry) -> Iterator[Session]:
    """A session on a fresh database holding the registry actors."""
    with Session(engine) as session:
        sync_registry(session, registry)
        yield session


@pytest.fixture
def documents_dir(tmp_path: Path) -> Path:
    """An empty documents directory."""
    path = tmp_path / "documents"
    path.mkdir()
    return path


@pytest.fixture
def settings(database_url: str, documents_dir: Path) -> Settings:
    """Settings for an app on a fresh database with an empty documents directory."""
    return Settings(
        database_url=database_url,
        documents_dir=documents_dir,
        data_dir=DATA_DIR,
        load_on_startup=True,
    )


@pytest.fixture
def empty_client(settings: Settings) -> Iterator[TestClient]:
    """A client of an app whose database holds only the registry actors."""
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def client(empty_client: TestClient) -> TestClient:
    """A client of an app holding the hand-made sample extractions (see tests/factories.py)."""
    app = empty_client.app
    with Session(app.state.engine) as session:  # type: ignore[attr-defined]
        for extraction in sample_extractions():
            load_extraction(session, extraction)
    return empty_client
