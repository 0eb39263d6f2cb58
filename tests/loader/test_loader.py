"""Storing extractions and loading document files: idempotence, failures, rollback."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from sqlmodel import Session, SQLModel, func, select

from app.documents import (
    LoadError,
    load_directory,
    load_extraction,
    load_path,
    read_meta,
    sync_registry,
)
from app.extract import Registry
from app.extract.types import ExtractedActor
from app.models import (
    Actor,
    CasualtyEstimate,
    Claim,
    Document,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
    LoadFailure,
)
from tests.factories import first_extraction, make_incident, second_extraction

TABLES: list[type[SQLModel]] = [
    Actor,
    Document,
    Incident,
    IncidentActor,
    Claim,
    Figure,
    CasualtyEstimate,
    EstimateClaim,
]

SEED_META = {
    "title": "Strikes kill soldiers",
    "publisher": "Press TV",
    "relayed_by": "Alalam",
    "published": "2016-09-18",
    "language": "en",
    "url": None,
    "notes": "ignored",
}


def snapshot(session: Session) -> dict[str, int]:
    """Row counts of every data table."""
    return {t.__name__: session.exec(select(func.count()).select_from(t)).one() for t in TABLES}


def ids_of(session: Session, table: type[SQLModel]) -> set[str]:
    """The primary keys of a table with a string `id`."""
    return set(session.exec(select(table.id)).all())  # type: ignore[attr-defined]


def write_doc(directory: Path, name: str, text: str | bytes, meta: object = None) -> Path:
    """Write NAME.txt (and NAME.meta.json when `meta` is given)."""
    path = directory / f"{name}.txt"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    if meta is not None:
        sidecar = directory / f"{name}.meta.json"
        sidecar.write_text(meta if isinstance(meta, str) else json.dumps(meta), encoding="utf-8")
    return path


def test_sync_registry_stores_every_actor_with_parents(
    session: Session, registry: Registry
) -> None:
    assert ids_of(session, Actor) == set(registry.actors)
    mod = session.get(Actor, "russian-mod")
    assert mod is not None
    assert (mod.parent_id, mod.known) == ("russia", True)
    assert "Russian MoD" in mod.aliases
    assert sync_registry(session, registry) == len(registry.actors)  # again: no duplicates
    assert snapshot(session)["Actor"] == len(registry.actors)


def test_load_extraction_stores_everything(session: Session) -> None:
    result = load_extraction(session, first_extraction())
    assert (result.status, result.claims, result.incidents) == ("new", 5, 1)
    counts = snapshot(session)
    assert counts["Claim"] == 5
    assert counts["Figure"] == 3
    assert counts["IncidentActor"] == 2
    assert (counts["CasualtyEstimate"], counts["EstimateClaim"]) == (1, 1)
    claim = session.get(Claim, "clm_centcom_vehicles")
    assert claim is not None
    assert (claim.incident_id, claim.kind, claim.source_id) == ("inc_deir", "indirect", "centcom")
    new_actor = session.get(Actor, "syrian-army-4th-division")
    assert new_actor is not None and new_actor.known is False


def test_load_extraction_twice_adds_nothing(session: Session) -> None:
    first = load_extraction(session, first_extraction())
    before = snapshot(session)
    claim_ids = ids_of(session, Claim)
    again = load_extraction(session, first_extraction())
    assert again.status == "unchanged"
    assert again.document_id == first.document_id
    assert snapshot(session) == before
    assert ids_of(session, Claim) == claim_ids


def test_invalid_extraction_rolls_back_completely(session: Session) -> None:
    load_extraction(session, first_extraction())
    before = snapshot(session)
    bad = second_extraction()
    bad.actors.append(ExtractedActor(id="brand-new", name="Brand New", kind="person"))
    bad.claims[1].source_id = "nobody-known"
    with pytest.raises(LoadError, match="nobody-known"):
        load_extraction(session, bad)
    assert snapshot(session) == before
    assert session.get(Actor, "brand-new") is None


def test_database_error_midway_rolls_back(session: Session) -> None:
    load_extraction(session, first_extraction())
    before = snapshot(session)
    clash = second_extraction()
    clash.claims[1].id = "clm_russia_killed"  # already stored: the INSERT fails in the database
    with pytest.raises(Exception):  # noqa: B017 - IntegrityError, whatever the driver calls it
        load_extraction(session, clash)
    assert snapshot(session) == before
    assert session.get(Document, clash.document.id) is None


def test_incident_shared_by_two_documents_is_merged(session: Session) -> None:
    load_extraction(session, first_extraction())
    other = second_extraction()
    other.incidents = [
        make_incident(
            "inc_deir",
            occurred_on=None,
            claim_ids=["clm_russia_later"],
            estimates=[],
        )
    ]
    other.claims[0].incident_id = "inc_deir"
    result = load_extraction(session, other)
    assert result.incidents == 0
    assert snapshot(session)["Incident"] == 1
    claims = session.exec(select(Claim).where(Claim.incident_id == "inc_deir")).all()
    assert len(claims) == 5


def test_read_meta_from_sidecar(tmp_path: Path) -> None:
    path = write_doc(tmp_path, "a", "text", SEED_META)
    meta = read_meta(path)
    assert (meta.title, meta.publisher, meta.relayed_by, meta.language) == (
        "Strikes kill soldiers",
        "Press TV",
        "Alalam",
        "en",
    )
    assert meta.published_on is not None and meta.published_on.isoformat() == "2016-09-18"
    assert read_meta(write_doc(tmp_path, "b", "text")).title is None


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ({"published": "18/09/2016"}, "bad date"),
        ({"title": 7}, "must be a string"),
    ],
)
def test_read_meta_rejects_bad_sidecars(tmp_path: Path, meta: object, message: str) -> None:
    with pytest.raises(LoadError, match=message):
        read_meta(write_doc(tmp_path, "a", "text", meta))


def test_load_path_is_idempotent(session: Session, registry: Registry, tmp_path: Path) -> None:
    path = write_doc(tmp_path, "seed", "Officials said a strike hit the base.\n", SEED_META)
    first = load_path(session, path, registry)
    assert first.status == "new"
    document = session.get(Document, first.document_id)
    assert document is not None
    assert (document.publisher, document.title) == ("Press TV", "Strikes kill soldiers")
    before = snapshot(session)
    second = load_path(session, path, registry)
    assert (second.status, second.document_id) == ("unchanged", first.document_id)
    assert snapshot(session) == before


def test_directory_with_corrupt_documents(
    session: Session, registry: Registry, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    load_extraction(session, first_extraction())
    stored = snapshot(session)
    stored_claims = {c.id: c.model_dump() for c in session.exec(select(Claim)).all()}
    write_doc(tmp_path, "b_latin1", b"Le minist\xe8re a d\xe9clar\xe9 \xff")
    write_doc(tmp_path, "c_empty", "")
    write_doc(tmp_path, "d_bad_json", "Officials said two were killed.\n", "{oops")
    write_doc(tmp_path, "e_bad_date", "Officials said three were killed.\n", {"published": "x"})
    with caplog.at_level(logging.WARNING, logger="app.documents.store"):
        only_bad = load_directory(session, tmp_path, registry)
    assert (only_bad.new, only_bad.unchanged, only_bad.failed) == (0, 0, 4)
    assert len([r for r in caplog.records if "failed to load" in r.getMessage()]) == 4
    assert snapshot(session) == stored  # nothing from a failed document reaches the tables
    failed = ["b_latin1.txt", "c_empty.txt", "d_bad_json.txt", "e_bad_date.txt"]
    failures = session.exec(select(LoadFailure)).all()
    assert sorted(Path(f.path).name for f in failures) == failed
    assert any("UTF-8" in f.error for f in failures)
    assert any("bad date" in f.error for f in failures)

    # Good documents next to bad ones still load, and what was stored before is intact.
    write_doc(tmp_path, "a_good", "Officials said a strike hit the base.\n", SEED_META)
    write_doc(tmp_path, "f_good", "Witnesses said the market was hit.\n")
    summary = load_directory(session, tmp_path, registry)
    assert (summary.new, summary.unchanged, summary.failed) == (2, 0, 4)
    names = sorted(Path(r.path or "").name for r in summary.results if r.status == "failed")
    assert names == failed
    assert snapshot(session)["Document"] == stored["Document"] + 2
    after = {c.id: c.model_dump() for c in session.exec(select(Claim)).all()}
    assert {k: after[k] for k in stored_claims} == stored_claims


def test_failure_is_refreshed_then_cleared(
    session: Session, registry: Registry, tmp_path: Path
) -> None:
    path = write_doc(tmp_path, "doc", b"\xff\xfe")
    assert load_path(session, path, registry).status == "failed"
    assert load_path(session, path, registry).status == "failed"
    assert len(session.exec(select(LoadFailure)).all()) == 1
    path.write_text("Officials said a strike hit the base.\n", encoding="utf-8")
    assert load_path(session, path, registry).status == "new"
    assert session.exec(select(LoadFailure)).all() == []


def test_missing_directory_loads_nothing(
    session: Session, registry: Registry, tmp_path: Path
) -> None:
    summary = load_directory(session, tmp_path / "absent", registry)
    assert summary.results == []


def test_a_headline_toll_is_stored_without_claim_links(
    session: Session, registry: Registry, tmp_path: Path
) -> None:
    # The title states the toll the body leaves out: the estimate comes from the headline
    # alone and links no claim (an empty link insert once stored a row of nulls).
    meta = {**SEED_META, "title": "Air strikes kill 20 civilians in Idlib"}
    body = "Warplanes struck the town of Saraqeb on Tuesday, killing civilians, the monitor said.\n"
    result = load_path(session, write_doc(tmp_path, "headline", body, meta), registry)
    assert result.status == "new"
    estimates = session.exec(select(CasualtyEstimate)).all()
    assert [(e.metric, e.low, e.best, e.high) for e in estimates] == [("killed", 20, 20, 20)]
    assert snapshot(session)["EstimateClaim"] == 0
