"""One incident, many reports: incidents merged across documents, estimates from all claims."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from app.documents import load_extraction
from app.documents.merge import distance_km
from app.extract import DocumentMeta, default_registry, extract_document
from app.models import Actor, CasualtyEstimate, Claim, Document, Incident, IncidentActor

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "documents" / "000_f236ada43775dc95.txt"
AFP = Path(__file__).parent / "data" / "fakes_row245_afp.txt"


def load(session: Session, text: bytes | str, publisher: str, published: date) -> list[str]:
    """Extract and store one article; the ids of the incidents its claims now point to."""
    extraction = extract_document(
        text, DocumentMeta(publisher=publisher, published_on=published), default_registry()
    )
    result = load_extraction(session, extraction)
    assert result.status == "new"
    return result.incident_ids


def estimates(session: Session, incident_id: str) -> dict[str, tuple[int, int, int]]:
    rows = session.exec(
        select(CasualtyEstimate).where(CasualtyEstimate.incident_id == incident_id)
    ).all()
    return {e.metric: (e.low, e.best, e.high) for e in rows}


def test_the_seed_and_afps_report_are_one_incident(session: Session) -> None:
    (seed_incident,) = load(session, SEED.read_bytes(), "Press TV", date(2016, 9, 18))
    # FA-KES dates this copy 2016-09-12; its byline says Sunday 18 Sep 2016, which wins.
    (afp_incident,) = load(
        session, AFP.read_text(encoding="utf-8"), "Ahram Online", date(2016, 9, 12)
    )
    assert afp_incident == seed_incident
    assert len(session.exec(select(Incident)).all()) == 1
    documents = {
        c.document_id for c in session.exec(select(Claim).where(Claim.incident_id == seed_incident))
    }
    assert len(documents) == 2
    # AFP's lead says "More than 60" killed: the low end; both documents' ministry says 62.
    assert estimates(session, seed_incident) == {"killed": (60, 62, 62), "injured": (100, 100, 100)}
    roles = {(a.actor_id, a.role) for a in session.exec(select(IncidentActor))}
    assert roles == {("us-led-coalition", "perpetrator"), ("syrian-army", "target")}


def test_a_near_duplicate_with_other_figures_is_another_document_of_the_same_incident(
    session: Session,
) -> None:
    (first,) = load(session, SEED.read_bytes(), "Press TV", date(2016, 9, 18))
    altered = (
        SEED.read_text(encoding="utf-8")
        .replace("62 Syrian forces", "83 Syrian forces")
        .replace("Sixty-two", "Eighty-three")
    )
    (second,) = load(session, altered, "Alalam", date(2016, 9, 18))
    assert second == first
    assert len(session.exec(select(Document)).all()) == 2
    # Two reports leading with 62 and 83: best is their median (the lower of two); low and high
    # keep the disagreement between the two copies.
    assert estimates(session, first)["killed"] == (62, 62, 83)


def test_other_days_places_or_types_stay_apart(session: Session) -> None:
    base = "Air strikes killed {n} civilians in {place} on {day}, the Syrian Observatory for Human Rights said."
    (a,) = load(
        session, base.format(n=12, place="Idlib", day="Tuesday"), "Reuters", date(2017, 3, 8)
    )
    (b,) = load(
        session, base.format(n=14, place="Idlib", day="Tuesday") + " ", "AFP", date(2017, 3, 8)
    )
    (c,) = load(session, base.format(n=9, place="Idlib", day="Saturday"), "AFP", date(2017, 3, 8))
    (d,) = load(session, base.format(n=7, place="Aleppo", day="Tuesday"), "AFP", date(2017, 3, 8))
    shelling = "Rebel shelling killed 3 civilians in Idlib on Tuesday, the Syrian Observatory for Human Rights said."
    (e,) = load(session, shelling, "AFP", date(2017, 3, 8))
    assert b == a  # same day, place and type: another report of it
    assert len({a, c, d, e}) == 4
    assert estimates(session, a)["killed"] == (12, 12, 14)  # two reports: the lower lead


def test_two_strikes_an_article_keeps_apart_are_not_merged(session: Session) -> None:
    text = (
        "Air strikes killed 12 civilians in a market in Idlib on Tuesday, the Syrian Observatory "
        "for Human Rights said.\n"
        "In a separate air strike, warplanes killed four people at a hospital in Idlib on Tuesday, "
        "the monitor said.\n"
    )
    first, second = load(session, text, "Reuters", date(2017, 3, 8))
    assert first != second
    # Another outlet's report of the hospital strike joins one of them, not a third incident.
    (later,) = load(
        session,
        "Warplanes struck a hospital in Idlib on Tuesday, killing 4 people, activists said.",
        "AFP",
        date(2017, 3, 8),
    )
    assert later in (first, second)
    assert len(session.exec(select(Incident)).all()) == 2


def test_new_actors_of_the_same_name_are_one_actor(session: Session) -> None:
    load(
        session,
        "A Kurdish commander said 12 fighters were killed in Manbij on Monday.",
        "AFP",
        date(2017, 3, 8),
    )
    load(
        session,
        "The Kurdish commander said 3 civilians were killed in Manbij on Monday.",
        "TRT",
        date(2017, 3, 8),
    )
    sources = {c.source_id for c in session.exec(select(Claim))}
    assert sources == {"kurdish-commander"}


def test_a_new_person_is_stored_with_the_new_body_they_head(session: Session) -> None:
    load(
        session,
        "The head of the provincial council, Ali Hassan, said 20 people were killed in Mosul.",
        "AFP",
        date(2017, 3, 8),
    )
    person = session.get(Actor, "ali-hassan")
    assert person is not None and person.parent_id == "provincial-council"
    assert session.get(Actor, "provincial-council") is not None


def test_distance() -> None:
    # Deir ez-Zor airport to the city centre: about 7 km.
    assert 5 < distance_km(35.285, 40.176, 35.336, 40.141) < 9
