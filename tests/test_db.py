"""app.db: upgrading databases made before `updated_at` and full-text search, change tracking."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlmodel import Session

from app import cache
from app.models import Actor


def test_a_commit_that_wrote_rows_bumps_the_data_version(engine: Engine) -> None:
    before = cache.version()
    with Session(engine) as session:
        session.connection().execute(text("SELECT 1"))
        session.commit()
    assert cache.version() == before  # a read-only transaction changes nothing
    with Session(engine) as session:
        session.add(Actor(id="test-actor", name="Test Actor", kind="person"))
        session.commit()
    assert cache.version() == before + 1
    with Session(engine) as session:
        session.add(Actor(id="rolled-back", name="Rolled Back", kind="person"))
        session.flush()
        session.rollback()
        session.commit()
    assert cache.version() == before + 1
