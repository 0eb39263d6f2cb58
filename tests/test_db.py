"""app.db: the data version moved by every writing transaction, and the change log."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlmodel import Session

from app import cache
from app.db import fetch_all, read_version
from app.models import Actor


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
