"""Plain data types the extraction pipeline produces; the loader turns them into table rows."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

EXTRACTOR_VERSION = "0.88.0"


class ActorKind(StrEnum):
    """What sort of entity an actor is."""

    state = "state"
    ministry = "ministry"
    military_command = "military command"
    armed_force = "armed force"
    armed_group = "armed group"
    coalition = "coalition"
    media_outlet = "media outlet"
    organisation = "organisation"
    person = "person"
    anonymous_person = "anonymous person"
    group_of_people = "group of people"


class ClaimKind(StrEnum):
    """How a claim is reported: quoted, paraphrased, both, or in the publisher's own voice."""

    direct = "direct"
    indirect = "indirect"
    mixed = "mixed"
    publisher = "publisher"


class Precision(StrEnum):
    """How exact a date or a location is."""

    day = "day"
    month = "month"
    year = "year"
    unknown = "unknown"  # a date the text gives only relatively, with nothing to anchor it
    site = "site"
    city = "city"
    region = "region"  # a named area inside a division: Eastern Ghouta, a district
    admin1 = "admin1"  # only the first-level division is known: 'Idlib province'
    country = "country"


def short_hash(*parts: object, length: int = 12) -> str:
    """A stable hexadecimal digest of the parts, used for deterministic ids."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass(frozen=True)
class DocumentMeta:
    """What is known about a document that is not in its text (sidecar or CLI flags)."""

    title: str | None = None
    publisher: str | None = None
    relayed_by: str | None = None
    published_on: date | None = None
    url: str | None = None
    language: str = "en"


@dataclass
class ExtractedDocument:
    """The article itself: metadata, the exact text spans point into, and its hash."""

    id: str
    sha256: str
    text: str
    title: str | None
    publisher: str | None
    publisher_actor_id: str | None
    relayed_by: str | None
    published_on: date | None
    url: str | None
    language: str


@dataclass
class ExtractedActor:
    """An actor referenced by the extraction: from the registry, or new (open world)."""

    id: str
    name: str
    kind: str
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent_id: str | None = None
    known: bool = True


@dataclass
class ExtractedFigure:
    """A number a claim asserts: 62 killed, about six vehicles."""

    metric: str
    value: int
    approximate: bool
    qualifier: str | None
    subject: str | None
    start: int
    end: int
    text: str


@dataclass
class ExtractedClaim:
    """One reporting clause: who said what, in which words, where in the text."""

    id: str
    source_id: str
    speaker: str | None
    kind: ClaimKind
    cue: str | None
    text: str
    quote: str | None
    start: int
    end: int
    stated_on: date | None
    figures: list[ExtractedFigure]
    confidence: float
    rule: str
    incident_id: str | None = None
    sequence: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    # Actor ids of who relayed the source's words, the relayer nearest the source first.
    via: list[str] = field(default_factory=list)


@dataclass
class IncidentActor:
    """An actor's role in an incident."""

    actor_id: str
    role: str  # perpetrator | target
    claim_id: str | None = None  # the claim asserting it, when only one side's words do


@dataclass
class CasualtyEstimate:
    """Low/best/high of one metric across the claims that state it."""

    metric: str
    low: int
    best: int
    high: int
    claim_ids: list[str]


@dataclass
class ExtractedIncident:
    """An event the article reports, with the claims about it."""

    id: str
    title: str
    type: str
    occurred_on: date | None
    occurred_on_precision: Precision | None
    place_name: str | None
    latitude: float | None
    longitude: float | None
    location_precision: Precision | None
    country: str | None
    actors: list[IncidentActor]
    estimates: list[CasualtyEstimate]
    claim_ids: list[str]
    admin1: str | None = None
    admin2: str | None = None


@dataclass
class ContextEvent:
    """A dated event the article mentions as background (a deal, a truce), not an incident."""

    description: str
    occurred_on: date
    start: int
    end: int


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: ExtractedDocument
    actors: list[ExtractedActor]
    incidents: list[ExtractedIncident]
    claims: list[ExtractedClaim]
    context: list[ContextEvent] = field(default_factory=list)
    extractor_version: str = EXTRACTOR_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape `incidents extract` prints and other tools read."""
        names = {a.id: a.name for a in self.actors}
        return {
            "extractor_version": self.extractor_version,
            "document": _jsonable(asdict(self.document)),
            "actors": [_jsonable(asdict(a)) for a in self.actors],
            "incidents": [_jsonable(asdict(i)) for i in self.incidents],
            "claims": [
                {
                    "id": c.id,
                    "incident_id": c.incident_id,
                    "source": {"id": c.source_id, "name": names.get(c.source_id, c.source_id)},
                    "via": [{"id": v, "name": names.get(v, v)} for v in c.via],
                    "speaker": c.speaker,
                    "kind": str(c.kind),
                    "cue": c.cue,
                    "text": c.text,
                    "quote": c.quote,
                    "span": {"start": c.start, "end": c.end},
                    "stated_on": c.stated_on.isoformat() if c.stated_on else None,
                    "confidence": c.confidence,
                    "rule": c.rule,
                    "figures": [
                        {
                            "metric": f.metric,
                            "value": f.value,
                            "approximate": f.approximate,
                            "qualifier": f.qualifier,
                            "subject": f.subject,
                            "span": {"start": f.start, "end": f.end},
                            "text": f.text,
                        }
                        for f in c.figures
                    ],
                }
                for c in self.claims
            ],
            "context": [_jsonable(asdict(e)) for e in self.context],
        }


def _jsonable(value: Any) -> Any:
    """Dates to ISO strings and enums to their values, recursively."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, StrEnum):
        return str(value)
    return value
