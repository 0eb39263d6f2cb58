"""app.db: upgrading databases made before `updated_at` and full-text search, change tracking."""

from __future__ import annotations

from sqlalchemy import Engine, inspect, text
from sqlmodel import Session

from app import cache
from app.db import create_db_engine, fetch_all, init_db
from app.extract import Registry
from app.loader import load_extraction, sync_registry
from app.models import Actor
from tests.factories import sample_extractions


def test_init_db_adds_updated_at_to_old_tables(database_url: str, registry: Registry) -> None:
    engine = create_db_engine(database_url)
    init_db(engine)
    with Session(engine) as session:
        sync_registry(session, registry)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_claim_updated_at"))
        conn.execute(text("ALTER TABLE claim DROP COLUMN updated_at"))
    assert "updated_at" not in {c["name"] for c in inspect(engine).get_columns("claim")}
    init_db(engine)
    assert "updated_at" in {c["name"] for c in inspect(engine).get_columns("claim")}
    assert "ix_claim_updated_at" in {i["name"] for i in inspect(engine).get_indexes("claim")}
    engine.dispose()


def test_init_db_adds_the_incident_divisions_and_role_claims(
    database_url: str, registry: Registry
) -> None:
    engine = create_db_engine(database_url)
    init_db(engine)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_incident_admin1"))
        conn.execute(text("ALTER TABLE incident DROP COLUMN admin1"))
        conn.execute(text("ALTER TABLE incident DROP COLUMN admin2"))
        conn.execute(text("ALTER TABLE incident_actor DROP COLUMN claim_id"))
    init_db(engine)
    assert {"admin1", "admin2"} <= {c["name"] for c in inspect(engine).get_columns("incident")}
    assert "ix_incident_admin1" in {i["name"] for i in inspect(engine).get_indexes("incident")}
    assert "claim_id" in {c["name"] for c in inspect(engine).get_columns("incident_actor")}
    with Session(engine) as session:
        sync_registry(session, registry)
        for extraction in sample_extractions():
            load_extraction(session, extraction)
    engine.dispose()


def test_search_index_covers_rows_stored_before_it(tmp_path: object, registry: Registry) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path}/old.db")
    init_db(engine)
    with Session(engine) as session:
        sync_registry(session, registry)
        for extraction in sample_extractions():
            load_extraction(session, extraction)
    with engine.begin() as conn:
        for name in ("insert", "delete", "update"):
            conn.execute(text(f"DROP TRIGGER claim_fts_{name}"))
        conn.execute(text("DROP TABLE claim_fts"))
    init_db(engine)
    rows = fetch_all(
        engine,
        "SELECT c.id FROM claim_fts JOIN claim c ON c.rowid = claim_fts.rowid "
        "WHERE claim_fts MATCH :q",
        {"q": '"soldiers"'},
    )
    assert [r[0] for r in rows] == ["clm_russia_killed"]
    engine.dispose()


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
