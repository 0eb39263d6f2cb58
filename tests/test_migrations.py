"""Alembic migrations: empty database to head equals the models; down and up; adopting a
database made by `create_all` before migrations existed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

from app.db import (
    BASELINE,
    create_db_engine,
    current_revision,
    head_revision,
    migrate,
    migration_object_filter,
)

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def schema_diff(engine: Engine) -> list[object]:
    """What autogenerate would change to make the database match the models."""
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": migration_object_filter, "compare_type": True}
        )
        return list(compare_metadata(context, SQLModel.metadata))


def search_structures(engine: Engine) -> set[str]:
    """The full-text structures present: FTS5 tables and triggers, or GIN indexes."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT name FROM sqlite_master WHERE name LIKE '%fts%' AND sql IS NOT NULL")
            ).all()
        return {r[0] for r in rows if not r[0].endswith(("_data", "_idx", "_docsize", "_config"))}
    return {
        index["name"]
        for table in ("claim", "incident")
        for index in inspect(engine).get_indexes(table)
        if index["name"].endswith("_search")
    }


def expected_search(engine: Engine) -> set[str]:
    """What the baseline creates for search on this engine."""
    if engine.dialect.name == "sqlite":
        return {
            f"{table}_fts{suffix}"
            for table in ("claim", "incident")
            for suffix in ("", "_insert", "_delete", "_update")
        }
    return {"ix_claim_search", "ix_incident_search"}


def test_upgrade_from_empty_matches_the_models(database_url: str) -> None:
    engine = create_db_engine(database_url)
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []
    assert search_structures(engine) == expected_search(engine)
    migrate(engine)  # at head: nothing to do
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_downgrade_one_step_and_back(database_url: str) -> None:
    engine = create_db_engine(database_url)
    migrate(engine)
    migrate(engine, "-1", downgrade=True)
    assert current_revision(engine) != head_revision()
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []
    assert search_structures(engine) == expected_search(engine)
    engine.dispose()


def make_pre_migration_database(engine: Engine) -> None:
    """A database as start-up's `create_all` left it: the baseline schema without history,
    holding a document and a claim; claims made before `updated_at` existed lack it."""
    migrate(engine, BASELINE)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(
            text(
                "INSERT INTO actor (id, name, kind, aliases, known, updated_at) "
                "VALUES ('centcom', 'US Central Command', 'command', '[]', true, "
                "CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO document (id, language, sha256, extractor_version, text, loaded_at) "
                "VALUES ('doc_1', 'en', 'abc', '0.1.0', 'CENTCOM said 3 died.', CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO claim (id, document_id, kind, text, confidence, rule, "
                'extractor_version, sequence, source_id, start, "end", updated_at) VALUES '
                "('clm_1', 'doc_1', 'indirect', 'CENTCOM said 3 died.', 0.9, 'r', '0.1.0', 0, "
                "'centcom', 0, 20, CURRENT_TIMESTAMP)"
            )
        )
        conn.execute(text("DROP INDEX ix_claim_updated_at"))
        conn.execute(text("ALTER TABLE claim DROP COLUMN updated_at"))


def test_a_create_all_database_is_adopted_with_its_rows(database_url: str) -> None:
    engine = create_db_engine(database_url)
    make_pre_migration_database(engine)
    assert current_revision(engine) is None
    migrate(engine)
    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, text, updated_at FROM claim")).all()
    assert [(r[0], r[1]) for r in rows] == [("clm_1", "CENTCOM said 3 died.")]
    assert rows[0][2] is not None
    assert search_structures(engine) == expected_search(engine)
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT c.id FROM claim_fts JOIN claim c ON c.rowid = claim_fts.rowid "
                    "WHERE claim_fts MATCH 'centcom'"
                )
            ).all()
        assert [r[0] for r in found] == ["clm_1"]  # rows stored before the index are searchable
    engine.dispose()


def test_alembic_command_line_upgrades_as_documented(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    alembic = Path(sys.executable).with_name("alembic")
    done = subprocess.run(
        [str(alembic), "-x", f"url={url}", "upgrade", "head"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    engine = create_db_engine(url)
    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []
    engine.dispose()


def test_0002_adds_the_incident_divisions_and_role_claims_keeping_rows(database_url: str) -> None:
    engine = create_db_engine(database_url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO incident (id, title, type, updated_at) "
                "VALUES ('inc_1', 'Airstrike', 'airstrike', CURRENT_TIMESTAMP)"
            )
        )
    migrate(engine, "0002")
    assert {"admin1", "admin2"} <= {c["name"] for c in inspect(engine).get_columns("incident")}
    assert "ix_incident_admin1" in {i["name"] for i in inspect(engine).get_indexes("incident")}
    assert "claim_id" in {c["name"] for c in inspect(engine).get_columns("incident_actor")}
    with engine.connect() as conn:
        assert conn.execute(text("SELECT id, admin1 FROM incident")).all() == [("inc_1", None)]
    engine.dispose()
