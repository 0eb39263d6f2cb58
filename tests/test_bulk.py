"""`incidents load --workers N`: extraction in processes, writes in batches, the same database
as one process loading one document per transaction."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from app.cli import cli
from app.db import create_db_engine
from tests.loader.test_merge import AFP, SEED

runner = CliRunner()


def write_corpus(path: Path) -> None:
    """Variants of two real reports (one incident), a repeated row, rows that fail."""
    seed, afp = SEED.read_text(encoding="utf-8"), AFP.read_text(encoding="utf-8")
    rows = [("seed", seed, "Press TV", "2016-09-18"), ("afp", afp, "Ahram Online", "2016-09-12")]
    for n in (70, 83, 90, 101, 120):
        altered = seed.replace("62 Syrian forces", f"{n} Syrian forces")
        rows.append((f"seed-{n}", altered, "Alalam", "2016-09-18"))
    rows.append(("repeat", seed, "Press TV", "2016-09-18"))
    rows.append(("bad-date", "Officials said three were killed.", "SANA", "someday"))
    rows.append(("empty", " ", "SANA", "2016-09-18"))
    rows.append(
        ("other", "CENTCOM said 12 fighters were killed near Raqqa.", "Reuters", "2016-10-02")
    )
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["unit_id", "text", "source", "date"])
        writer.writerows(rows)


def database_state(url: str) -> dict[str, Any]:
    """What a load leaves: claims with their incidents, estimates, failures."""
    engine = create_db_engine(url)
    with engine.connect() as conn:
        state = {
            name: sorted(tuple(r) for r in conn.execute(text(sql)).all())
            for name, sql in {
                "claims": "SELECT id, source_id, incident_id, document_id FROM claim",
                "estimates": "SELECT incident_id, metric, low, best, high FROM casualty_estimate",
                "failures": "SELECT path, error FROM load_failure",
                "documents": "SELECT id, sha256 FROM document",
            }.items()
        }
    engine.dispose()
    return state


def test_workers_and_batches_store_what_one_process_stores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = tmp_path / "corpus.csv"
    write_corpus(corpus)
    args = ["load", str(corpus), "--publisher", "source", "--published", "date"]
    args += ["--id-column", "unit_id", "--quiet"]
    outputs, states = [], []
    for name, extra in (("one", []), ("two", ["--workers", "2", "--batch-size", "3"])):
        url = f"sqlite:///{tmp_path / name}.db"
        monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
        result = runner.invoke(cli, [*args, *extra])
        assert result.exit_code == 1, result.output  # two rows fail
        outputs.append(result.stdout)
        states.append(database_state(url))
        again = runner.invoke(cli, [*args, *extra])
        assert "0 new, 9 unchanged, 2 failed" in again.stdout
    assert outputs[0] == outputs[1]
    assert outputs[0].startswith("8 new, 1 unchanged, 2 failed")
    assert states[0] == states[1]
    assert len({incident for _, _, incident, _ in states[0]["claims"] if incident}) == 2
