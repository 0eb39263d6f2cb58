"""Hand-made extractions, so API and loader tests do not depend on extraction quality."""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date

from app.extract.types import (
    CasualtyEstimate,
    ClaimKind,
    ExtractedActor,
    ExtractedClaim,
    ExtractedDocument,
    ExtractedFigure,
    ExtractedIncident,
    Extraction,
    IncidentActor,
    Precision,
)


@dataclass
class ClaimSpec:
    """A claim to build: the sentence it is in, and the numbers it asserts."""

    id: str
    source_id: str
    sentence: str
    kind: ClaimKind = ClaimKind.direct
    incident_id: str | None = None
    figures: list[tuple[str, int, str]] = field(default_factory=list)  # metric, value, words
    stated_on: date | None = date(2016, 9, 17)
    confidence: float = 0.9


def make_document(text: str, **meta: object) -> ExtractedDocument:
    """A document for `text`, with an id and hash derived the way the extractor does."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    values: dict[str, object] = {
        "title": "A test article",
        "publisher": "Press TV",
        "publisher_actor_id": "press-tv",
        "relayed_by": None,
        "published_on": date(2016, 9, 18),
        "url": None,
        "language": "en",
    }
    values.update(meta)
    return ExtractedDocument(id=f"doc_{sha[:12]}", sha256=sha, text=text, **values)  # type: ignore[arg-type]


def make_extraction(
    specs: list[ClaimSpec],
    incidents: list[ExtractedIncident] | None = None,
    actors: list[ExtractedActor] | None = None,
    **meta: object,
) -> Extraction:
    """An extraction whose text is the claims' sentences, one per line, spans pointing at them."""
    text = "\n".join(s.sentence for s in specs) + "\n"
    document = make_document(text, **meta)
    claims = []
    for sequence, spec in enumerate(specs):
        start = text.index(spec.sentence)
        figures = []
        for metric, value, words in spec.figures:
            fstart = text.index(words, start)
            figures.append(
                ExtractedFigure(
                    metric=metric,
                    value=value,
                    approximate="about" in words,
                    qualifier="about" if "about" in words else None,
                    subject=None,
                    start=fstart,
                    end=fstart + len(words),
                    text=words,
                )
            )
        claims.append(
            ExtractedClaim(
                id=spec.id,
                source_id=spec.source_id,
                speaker=None,
                kind=spec.kind,
                cue="said",
                text=spec.sentence,
                quote=spec.sentence if spec.kind is ClaimKind.direct else None,
                start=start,
                end=start + len(spec.sentence),
                stated_on=spec.stated_on,
                figures=figures,
                confidence=spec.confidence,
                rule="test",
                incident_id=spec.incident_id,
                sequence=sequence,
            )
        )
    return Extraction(
        document=document, actors=actors or [], incidents=incidents or [], claims=claims
    )


def with_document_id(extraction: Extraction, document_id: str) -> Extraction:
    """The extraction with another document id (to control where its claims sort)."""
    return dataclasses.replace(
        extraction, document=dataclasses.replace(extraction.document, id=document_id)
    )


def make_incident(
    incident_id: str,
    *,
    occurred_on: date | None,
    claim_ids: list[str],
    estimates: list[CasualtyEstimate] | None = None,
    perpetrator: str = "us-led-coalition",
    target: str = "syrian-army",
    admin1: str | None = "Deir ez-Zor",
    perpetrator_claim: str | None = None,
) -> ExtractedIncident:
    """An airstrike incident near Deir ez-Zor."""
    return ExtractedIncident(
        id=incident_id,
        title=f"Airstrike {incident_id}",
        type="airstrike",
        occurred_on=occurred_on,
        occurred_on_precision=Precision.day if occurred_on else None,
        place_name="Deir ez-Zor",
        latitude=35.3359,
        longitude=40.1408,
        location_precision=Precision.city,
        country="SY",
        actors=[
            IncidentActor(perpetrator, "perpetrator", perpetrator_claim),
            IncidentActor(target, "target"),
        ],
        estimates=estimates or [],
        claim_ids=claim_ids,
        admin1=admin1,
    )


FOURTH_DIVISION = ExtractedActor(
    id="syrian-army-4th-division",
    name="Syrian army 4th Division",
    kind="armed force",
    country="SY",
    parent_id="syrian-army",
    known=False,
)


def first_extraction() -> Extraction:
    """The Deir ez-Zor airstrike: four sources, one new actor, figures, one estimate."""
    specs = [
        ClaimSpec(
            "clm_russia_killed",
            "russian-mod",
            '"Sixty-two Syrian soldiers were killed and a hundred injured," the army said.',
            incident_id="inc_deir",
            figures=[("killed", 62, "Sixty-two"), ("injured", 100, "a hundred")],
        ),
        ClaimSpec(
            "clm_centcom_belief",
            "centcom",
            '"Coalition forces believed they were striking a Daesh position," CENTCOM said.',
            incident_id="inc_deir",
        ),
        ClaimSpec(
            "clm_centcom_vehicles",
            "centcom",
            "CENTCOM said US forces had destroyed about six vehicles.",
            kind=ClaimKind.indirect,
            incident_id="inc_deir",
            figures=[("vehicles destroyed", 6, "about six")],
        ),
        ClaimSpec(
            "clm_general_command",
            "syrian-general-command",
            'The Syrian General Command called it a "serious and blatant aggression".',
            kind=ClaimKind.mixed,
            incident_id="inc_deir",
        ),
        ClaimSpec(
            "clm_division",
            "syrian-army-4th-division",
            "The 4th Division said its positions had been shelled for days.",
        ),
    ]
    incident = make_incident(
        "inc_deir",
        occurred_on=date(2016, 9, 17),
        claim_ids=[s.id for s in specs[:4]],
        estimates=[CasualtyEstimate("killed", 62, 62, 62, ["clm_russia_killed"])],
    )
    return make_extraction(specs, [incident], [FOURTH_DIVISION])


def second_extraction() -> Extraction:
    """A later strike: one Russian MoD claim and one publisher claim."""
    specs = [
        ClaimSpec(
            "clm_russia_later",
            "russian-mod",
            "The Russian Defence Ministry said ten fighters were killed.",
            kind=ClaimKind.indirect,
            incident_id="inc_later",
            figures=[("killed", 10, "ten")],
        ),
        ClaimSpec(
            "clm_publisher",
            "press-tv",
            "The coalition has done little to stop Daesh's advances.",
            kind=ClaimKind.publisher,
        ),
    ]
    incident = make_incident(
        "inc_later",
        occurred_on=date(2016, 10, 2),
        claim_ids=["clm_russia_later"],
        estimates=[CasualtyEstimate("killed", 10, 10, 10, ["clm_russia_later"])],
        perpetrator="russian-mod",
        target="isis",
        admin1=None,  # as stored before incidents carried divisions
        perpetrator_claim="clm_russia_later",
    )
    return make_extraction(specs, [incident], published_on=date(2016, 10, 3))


def sample_extractions() -> list[Extraction]:
    """Both sample documents."""
    return [first_extraction(), second_extraction()]
