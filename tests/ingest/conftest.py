"""Fixtures of the write API tests: an app with a write token, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session

from app.core.config import Settings
from app.main import create_app

TOKEN = "s3cret-write-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
MAX_BODY = 50_000


@pytest.fixture
def write_settings(settings: Settings) -> Settings:
    """The shared test settings with a write token and a small body limit."""
    return settings.model_copy(update={"write_token": SecretStr(TOKEN), "max_body_bytes": MAX_BODY})


@pytest.fixture
def writer(write_settings: Settings) -> Iterator[TestClient]:
    """A client of an app accepting writes (send `AUTH`), holding only the registry actors."""
    with TestClient(create_app(write_settings)) as client:
        yield client


@pytest.fixture
def db(writer: TestClient) -> Iterator[Session]:
    """A session on the writer app's database, to look at what the API stored."""
    with Session(writer.app.state.engine) as session:  # type: ignore[attr-defined]
        yield session
