"""The seed article end to end: the claims, sources, figures and the one incident it reports."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.extract import DocumentMeta, Extraction, default_registry, extract_document
from app.extract.types import ClaimKind

SEED = Path(__file__).resolve().parents[2] / "data" / "documents" / "000_f236ada43775dc95.txt"

# (words in the claim, source, figures as (metric, value, approximate))
EXPECTED = [
    # 'Russia said': the state, as written, not rewritten to the ministry that spoke next.
    ("62 Syrian forces were killed", "russia", [("killed", 62, False), ("strikes", 4, False)]),
    (
        "Sixty-two Syrian soldiers were killed",
        "russian-mod",
        [("killed", 62, False), ("injured", 100, False)],
    ),
    (
        "Two F-16 and two A-10 jets entered",
        "russian-mod",
        [("aircraft", 2, False), ("aircraft", 2, False)],
    ),
    ("Coalition forces believed they were striking", "centcom", []),
    ("If we did get this wrong", "us-military-official", []),
    ("It appears to be an intelligence failure", "us-military-official", []),
    ("US forces had been following", "us-military-official", []),
    ("the militants appeared to have a tank", "us-military-official", []),
    ("the coalition airstrike was halted immediately", "centcom", []),
    ("US forces had already destroyed about six vehicles", "centcom", [("vehicles", 6, True)]),
    ("American aircraft would return", "us-military-official", []),
    ("serious and blatant aggression", "syrian-general-command", []),
    ("conclusive evidence", "syrian-general-command", []),
    ("Moscow and Washington agreed", "press-tv", []),
    ("The truce went into effect", "press-tv", []),
    ("has done little to stop Daesh", "press-tv", []),
    ("the strikes are only meant to benefit", "analysts", []),
]


def load(text: bytes | None = None, published: date = date(2016, 9, 18)) -> Extraction:
    meta = json.loads(SEED.with_suffix(".meta.json").read_text(encoding="utf-8"))
    return extract_document(
        text if text is not None else SEED.read_bytes(),
        DocumentMeta(
            publisher=meta["publisher"], relayed_by=meta["relayed_by"], published_on=published
        ),
        default_registry(),
    )


@pytest.fixture(scope="module")
def seed() -> Extraction:
    return load()


def test_one_claim_per_reporting_clause(seed: Extraction) -> None:
    assert len(seed.claims) == len(EXPECTED)
    for claim, (words, source, figs) in zip(seed.claims, EXPECTED, strict=True):
        assert words in claim.text, (words, claim.text)
        assert claim.source_id == source, (words, claim.source_id)
        assert [(f.metric, f.value, f.approximate) for f in claim.figures] == figs, words


def test_spans_point_at_the_claim_words(seed: Extraction) -> None:
    text = seed.document.text
    for claim in seed.claims:
        assert text[claim.start : claim.end] == claim.text
        for figure in claim.figures:
            assert text[figure.start : figure.end] == figure.text
            assert claim.start <= figure.start < figure.end <= claim.end


def test_kinds_cues_and_dates(seed: Extraction) -> None:
    by_words = {words: claim for claim, (words, _, _) in zip(seed.claims, EXPECTED, strict=True)}
    first = by_words["62 Syrian forces were killed"]
    assert (first.kind, first.cue, first.stated_on) == (ClaimKind.mixed, "said", date(2016, 9, 17))
    statement = by_words["Sixty-two Syrian soldiers were killed"]
    assert (statement.kind, statement.cue) == (ClaimKind.direct, "said in a statement")
    assert by_words["Two F-16 and two A-10 jets entered"].cue == "according to"
    centcom = by_words["Coalition forces believed they were striking"]
    assert (centcom.cue, centcom.stated_on) == ("said in a statement", date(2016, 9, 17))
    assert by_words["It appears to be an intelligence failure"].cue == "added"
    assert by_words["US forces had been following"].cue == "went on to say"
    assert by_words["the militants appeared to have a tank"].cue == "adding"
    assert by_words["serious and blatant aggression"].cue == "referred to ... as"
    assert by_words["The truce went into effect"].kind == ClaimKind.publisher
    assert by_words["If we did get this wrong"].quote is not None


def test_the_incident(seed: Extraction) -> None:
    (incident,) = seed.incidents
    assert incident.type == "airstrike"
    assert incident.occurred_on == date(2016, 9, 17)
    assert incident.place_name == "Deir ez-Zor Airport"
    assert (incident.latitude, incident.longitude, incident.country) == (35.285, 40.176, "SY")
    assert {(a.actor_id, a.role) for a in incident.actors} == {
        ("us-led-coalition", "perpetrator"),
        ("syrian-army", "target"),
    }
    estimates = {e.metric: e for e in incident.estimates}
    assert (estimates["killed"].low, estimates["killed"].best, estimates["killed"].high) == (
        62,
        62,
        62,
    )
    assert (estimates["injured"].low, estimates["injured"].best, estimates["injured"].high) == (
        100,
        100,
        100,
    )
    claims = {c.id: c for c in seed.claims}
    killed_by = {claims[i].source_id for i in estimates["killed"].claim_ids}
    assert killed_by == {"russia", "russian-mod"}


def test_background_events_are_dated_context_not_the_incident(seed: Extraction) -> None:
    assert [e.occurred_on for e in seed.context] == [date(2016, 9, 9), date(2016, 9, 12)]
    (incident,) = seed.incidents
    context_claims = [c for c in seed.claims if c.incident_id is None]
    assert [c.text[:20] for c in context_claims] == ["The incident came af", "The truce went into "]
    assert all(c.incident_id == incident.id for c in seed.claims if c not in context_claims)


def test_ids_are_deterministic(seed: Extraction) -> None:
    again = load()
    assert [c.id for c in again.claims] == [c.id for c in seed.claims]
    assert again.incidents[0].id == seed.incidents[0].id
    assert again.document.id == seed.document.id == f"doc_{seed.document.sha256[:12]}"


def test_the_extract_json_shape_is_stable(seed: Extraction) -> None:
    data = seed.to_dict()
    assert set(data) >= {"document", "actors", "incidents", "claims"}
    claim = data["claims"][0]
    assert set(claim) >= {"id", "source", "speaker", "kind", "cue", "text", "span", "figures"}
    assert claim["source"] == {"id": "russia", "name": "Russia"}
    assert set(claim["span"]) == {"start", "end"}
    assert set(claim["figures"][0]) >= {"metric", "value", "approximate"}
    json.dumps(data)  # serialisable as is


def test_the_wars_overall_toll_is_background_not_the_incident() -> None:
    from tests.extract.conftest import run

    extraction = run(
        "Air strikes killed 12 civilians in Idlib on Tuesday, the Observatory said.\n"
        "More than 300,000 people have been killed since the conflict began in March 2011.\n",
        published=date(2017, 3, 8),
    )
    (incident,) = extraction.incidents
    assert [(e.metric, e.low, e.high) for e in incident.estimates] == [("killed", 12, 12)]
    assert extraction.claims[1].incident_id is None


def test_a_roundup_sentence_with_its_own_toll_is_another_incident() -> None:
    from tests.extract.conftest import run

    extraction = run(
        "Two children were killed in regime shelling on Homs on Sunday, activists said.\n"
        "Meanwhile, three civilians were killed in air raids on Idlib, the Observatory said.\n"
        "Meanwhile, the UN called for calm.\n",
        published=date(2016, 8, 29),
    )
    assert [i.place_name for i in extraction.incidents] == ["Homs", "Idlib"]
    assert extraction.claims[2].incident_id == extraction.incidents[1].id


def test_the_incident_date_is_the_events_not_the_statements() -> None:
    from tests.extract.conftest import run

    said_later = run(
        "The Observatory said on Saturday that air strikes on Friday killed 12 civilians in Idlib.",
        published=date(2017, 3, 12),
    )
    assert said_later.incidents[0].occurred_on == date(2017, 3, 10)
    assert said_later.claims[0].stated_on == date(2017, 3, 11)
    only_said = run(
        "Air strikes killed 12 civilians in Idlib, the Observatory said on Saturday.",
        published=date(2017, 3, 12),
    )
    assert only_said.incidents[0].occurred_on == date(2017, 3, 11)
