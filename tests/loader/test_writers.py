"""Writers that meet each other: retries, upserts, and no failure row for a stored document."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

import app.documents.store as store
from app.db import insert_new, transient_error
from app.documents import load_extraction, load_path, record_failure
from app.extract import Registry
from app.models import Actor, Document, LoadFailure
from tests.factories import first_extraction

ARTICLE = "CENTCOM said 62 soldiers were killed in the strike."


def test_a_busy_database_is_retried(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    real = store._load_once
    calls = []

    def busy_once(session: Session, extraction: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked")
        return real(session, extraction)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_load_once", busy_once)
    assert load_extraction(session, first_extraction()).status == "new"
    assert len(calls) == 2


def test_other_errors_are_not_retried(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def broken(session: Session, extraction: object) -> object:
        calls.append(1)
        raise sqlite3.OperationalError("no such column: x")

    monkeypatch.setattr(store, "_load_once", broken)
    with pytest.raises(sqlite3.OperationalError):
        load_extraction(session, first_extraction())
    assert len(calls) == 1


def test_transient_errors() -> None:
    import psycopg

    assert transient_error(sqlite3.OperationalError("database is locked"))
    assert transient_error(psycopg.errors.SerializationFailure("x"))
    assert transient_error(psycopg.errors.DeadlockDetected("x"))
    assert not transient_error(psycopg.errors.UniqueViolation("x"))
    assert not transient_error(ValueError("x"))


def test_an_actor_stored_by_another_writer_is_left_alone(session: Session) -> None:
    row = {"id": "centcom", "name": "Someone else", "kind": "person", "aliases": [], "known": True}
    assert insert_new(session, Actor, [row]) == 0  # the registry's CENTCOM is stored already
    assert insert_new(session, Actor, [{**row, "id": "someone-else"}]) == 1
    session.commit()
    assert session.get(Actor, "centcom").name != "Someone else"  # type: ignore[union-attr]


def test_the_same_document_stored_twice_is_unchanged(session: Session) -> None:
    assert load_extraction(session, first_extraction()).status == "new"
    assert load_extraction(session, first_extraction()).status == "unchanged"
    assert session.exec(select(func.count()).select_from(Document)).one() == 1


def test_no_failure_row_for_a_document_another_writer_stored(
    session: Session, registry: Registry, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    # An earlier attempt failed (say the database was down) ...
    assert record_failure(session, str(path), "OperationalError: gone")
    # ... then another writer stored the article while this one failed again.
    assert load_path(session, path, registry).status == "new"
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    assert not record_failure(session, str(path), "IntegrityError: duplicate", sha256=sha)
    assert session.exec(select(func.count()).select_from(LoadFailure)).one() == 0
