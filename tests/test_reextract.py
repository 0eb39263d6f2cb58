"""Re-extraction: unchanged output keeps every id; changed output is replaced in place, ids of
unchanged claims kept, merged incidents re-derived; the CLI reports a summary."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, select
from typer.testing import CliRunner

from app.cli import cli
from app.documents import reextract
from app.extract import EXTRACTOR_VERSION, Registry
from app.models import CasualtyEstimate, Claim, Document
from tests.loader.test_merge import AFP, SEED, load


def snapshot(session: Session) -> dict[str, Any]:
    """What re-extraction must reproduce: claims, their incidents, the estimates."""
    session.expire_all()
    claims = sorted(
        (c.id, c.document_id, c.source_id, c.start, c.end, c.incident_id)
        for c in session.exec(select(Claim)).all()
    )
    estimates = sorted(
        (e.incident_id, e.metric, e.low, e.best, e.high)
        for e in session.exec(select(CasualtyEstimate)).all()
    )
    return {"claims": claims, "estimates": estimates}


def load_two_reports(session: Session) -> None:
    """The seed and AFP's report: two documents, one merged incident."""
    load(session, SEED.read_bytes(), "Press TV", date(2016, 9, 18))
    load(session, AFP.read_text(encoding="utf-8"), "Ahram Online", date(2016, 9, 12))


def mark_outdated(session: Session) -> None:
    """As if another extractor version had read every document."""
    session.connection().execute(text("UPDATE document SET extractor_version = '0.0.0'"))
    session.commit()


def test_unchanged_output_keeps_every_id(session: Session, registry: Registry) -> None:
    load_two_reports(session)
    before = snapshot(session)
    mark_outdated(session)
    summary = reextract(session, registry)
    assert (summary.changed, summary.unchanged, summary.failed) == (0, 2, 0)
    assert snapshot(session) == before
    versions = set(session.exec(select(Document.extractor_version)).all())
    assert versions == {EXTRACTOR_VERSION}
    again = reextract(session, registry)  # nothing outdated any more
    assert (again.changed, again.unchanged, again.failed) == (0, 0, 0)


def test_changed_output_is_replaced_with_stable_ids(session: Session, registry: Registry) -> None:
    load_two_reports(session)
    before = snapshot(session)
    afp_claims = [c for c in before["claims"] if c[1] != before["claims"][0][1]]
    dropped, altered = afp_claims[0][0], afp_claims[1][0]
    # What an older extractor might have stored: a claim missing, another given to CENTCOM.
    conn = session.connection()
    conn.execute(text("DELETE FROM figure WHERE claim_id = :id"), {"id": dropped})
    conn.execute(text("DELETE FROM estimate_claim WHERE claim_id = :id"), {"id": dropped})
    conn.execute(text("DELETE FROM claim WHERE id = :id"), {"id": dropped})
    conn.execute(text("UPDATE claim SET source_id = 'centcom' WHERE id = :id"), {"id": altered})
    session.commit()
    mark_outdated(session)
    assert snapshot(session) != before
    summary = reextract(session, registry, everything=True)
    assert (summary.changed, summary.unchanged, summary.failed) == (1, 1, 0)
    assert snapshot(session) == before  # same ids, one incident, estimates from both again


def test_extraction_in_worker_processes(session: Session, registry: Registry) -> None:
    load_two_reports(session)
    before = snapshot(session)
    session.connection().execute(text("DELETE FROM estimate_claim"))
    session.connection().execute(text("DELETE FROM casualty_estimate"))
    session.commit()
    mark_outdated(session)
    summary = reextract(session, registry, everything=True, workers=2)
    assert summary.failed == 0
    assert snapshot(session) == before


def test_reextract_command(tmp_path: Path, monkeypatch: Any) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", url)
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(SEED), "--quiet"])
    assert loaded.exit_code == 0, loaded.output
    done = runner.invoke(cli, ["reextract", "--quiet"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("0 changed, 0 unchanged, 0 failed")
    done = runner.invoke(cli, ["reextract", "--all", "--quiet"])
    assert done.exit_code == 0, done.output
    assert done.output.startswith("0 changed, 1 unchanged, 0 failed")
