"""Tables and API models: XBase (shared fields) -> X (table) -> XPublic (what the API returns)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator
from sqlalchemy import JSON, BigInteger, DateTime, Index, Integer, Text
from sqlmodel import AutoString, Field, SQLModel

from app.extract.types import ClaimKind, Precision


def described(description: str, example: Any, **kwargs: Any) -> Any:
    """A field documented in the OpenAPI spec with a description and one example."""
    return Field(description=description, schema_extra={"examples": [example]}, **kwargs)


def utcnow() -> datetime:
    """The current time in UTC (the default of every `updated_at`)."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """A timestamp as aware UTC (SQLite hands back naive UTC)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# Timestamps are stored in UTC; this makes every one an RFC 3339 time with its offset.
UtcDatetime = Annotated[datetime, AfterValidator(as_utc)]


def updated_at_field() -> Any:
    """An indexed `updated_at` timestamp, set on insert and on every update."""
    return described(
        "When the record was stored or last changed (UTC); see `updated_since`.",
        "2026-01-05T09:30:00Z",
        default_factory=utcnow,
        sa_type=DateTime(timezone=True),
        sa_column_kwargs={"onupdate": utcnow},
        index=True,
    )


# Shared pieces


class Span(SQLModel):
    """A character range into a document's text (Python string offsets, end exclusive)."""

    start: int = described("Offset of the first character.", 120, ge=0)
    end: int = described("Offset one past the last character.", 254, ge=0)


class ActorRef(SQLModel):
    """The id and name of an actor, used where another record points at one."""

    id: str = described("Actor id (a slug).", "centcom")
    name: str = described("Canonical name of the actor.", "US Central Command")


class PageBase(SQLModel):
    """Paging metadata shared by every list response."""

    total: int = described("Number of records matching the filters, ignoring paging.", 42)
    limit: int = described("Maximum number of items returned in this page.", 50)
    offset: int = described("Number of matching records skipped before this page.", 0)
    next: str | None = described(
        "URL of the next page (keyset cursor), or null on the last page; also sent as an "
        'RFC 8288 `Link: <...>; rel="next"` header.',
        "http://127.0.0.1:8000/v1/claims?source=centcom&limit=50&cursor=WyJkb2N1bWVudCJd",
        default=None,
    )


# Documents


class DocumentBase(SQLModel):
    """An article as published, without its text."""

    id: str = described("Document id derived from its hash.", "doc_f236ada43775", primary_key=True)
    title: str | None = described(
        "Headline, from the sidecar or the command line.",
        "Russia says US-led coalition strikes killed 62 Syrian soldiers",
        default=None,
    )
    publisher: str | None = described(
        "Outlet that published the article.", "Press TV", default=None
    )
    publisher_actor_id: str | None = described(
        "Actor id of the publisher, when it is a known or extracted actor.",
        "press-tv",
        default=None,
        foreign_key="actor.id",
    )
    relayed_by: str | None = described(
        "Outlet that relayed the publisher's copy, if any.", "Alalam", default=None
    )
    published_on: date | None = described(
        "Date of publication.", "2016-09-18", default=None, index=True
    )
    url: str | None = described(
        "Where the article was published.",
        "https://www.presstv.ir/Detail/2016/09/18/485",
        default=None,
    )
    language: str = described("ISO 639-1 language code of the text.", "en", default="en")
    sha256: str = described(
        "SHA-256 of the raw article bytes; a document is stored once per hash.",
        "f236ada43775dc95e0c1b3c9f0b7d8e6a2f4c5d1e9b8a7f6e5d4c3b2a1908f7e",
        unique=True,
        index=True,
    )
    extractor_version: str = described("Version of the extractor that read it.", "0.2.0")


class Document(DocumentBase, table=True):
    """A stored article; claims point into `text` by character offsets."""

    text: str = Field(sa_type=Text)
    loaded_at: datetime = Field(sa_type=DateTime(timezone=True), index=True)


class DocumentPublic(DocumentBase):
    """A document as listed: metadata without the text."""

    loaded_at: UtcDatetime = described("When the document was stored.", "2026-01-05T09:30:00Z")


class DocumentPublicWithText(DocumentPublic):
    """A document with the exact text that claim spans point into."""

    text: str = described(
        "The article text (UTF-8, as decoded).", "Russia said Saturday that 62 Syrian forces..."
    )


class DocumentsPublic(PageBase):
    """A page of documents."""

    items: list[DocumentPublic] = described("Documents in this page.", [])


# Actors


class ActorBase(SQLModel):
    """Someone who acts in incidents or makes claims: a state, a ministry, a person."""

    id: str = described("Stable slug users can type.", "russian-mod", primary_key=True)
    name: str = described("Canonical name.", "Russian Ministry of Defence", index=True)
    kind: str = described(
        "What sort of actor (state, ministry, military command, person, ...).", "ministry"
    )
    country: str | None = described("ISO 3166-1 alpha-2 country code.", "RU", default=None)
    aliases: list[str] = described(
        "Other names reporting uses; all accepted by the `source` filter.",
        ["Russian MoD", "Russian Defence Ministry"],
        default_factory=list,
        sa_type=JSON,
    )
    parent_id: str | None = described(
        "Id of the actor this one belongs to.",
        "russia",
        default=None,
        foreign_key="actor.id",
        index=True,
    )
    known: bool = described(
        "True when the actor is in the registry; false when extraction found a new one.",
        True,
        default=True,
    )
    updated_at: UtcDatetime = updated_at_field()


class Actor(ActorBase, table=True):
    """A stored actor."""


class ActorPublic(ActorBase):
    """An actor as the API returns it."""


class ActorsPublic(PageBase):
    """A page of actors."""

    items: list[ActorPublic] = described("Actors in this page.", [])


class SourcePublic(ActorPublic):
    """An actor that made at least one claim or relayed one."""

    claim_count: int = described("Number of claims attributed to this source.", 7)
    relayed_count: int = described(
        "Number of claims this actor relayed from another source (it is in their `via`).", 2
    )


class SourcesPublic(PageBase):
    """A page of sources."""

    items: list[SourcePublic] = described("Sources in this page.", [])


# Incidents


class IncidentBase(SQLModel):
    """An event reported in the news: an airstrike, a shelling, an attack."""

    id: str = described("Incident id.", "inc_4c1d2e3f4a5b", primary_key=True)
    title: str = described(
        "Short description.", "Coalition airstrikes on Syrian army positions near Deir ez-Zor"
    )
    type: str = described("Kind of event.", "airstrike", index=True)
    occurred_on: date | None = described(
        "When it happened, to `occurred_on_precision`.", "2016-09-17", default=None, index=True
    )
    occurred_on_precision: Precision | None = described(
        "Precision of `occurred_on`: day, month or year; unknown when the text dates the event only relatively (`on Saturday`) and gives nothing to anchor it.",
        "day",
        default=None,
        sa_type=AutoString,
    )
    place_name: str | None = described("Where it happened, as named.", "Deir ez-Zor", default=None)
    latitude: float | None = described("Latitude (WGS 84).", 35.2854, default=None)
    longitude: float | None = described("Longitude (WGS 84).", 40.1759, default=None)
    location_precision: Precision | None = described(
        "What the coordinates stand for: `site` (a facility: an air base, an airport), `city` "
        "(a city, town, village or neighbourhood), `region` (a named area within a division: "
        "Eastern Ghouta), `admin1` (only the governorate or province is known: the "
        "coordinates are its main town's), `country` (only the country: its capital's).",
        "city",
        default=None,
        sa_type=AutoString,
    )
    country: str | None = described(
        "ISO 3166-1 alpha-2 country code of the place.", "SY", default=None, index=True
    )
    admin1: str | None = described(
        "First-level division of the place (governorate, province), by its English name.",
        "Deir ez-Zor",
        default=None,
        index=True,
    )
    admin2: str | None = described(
        "Second-level division (district), where the gazetteer knows it.", None, default=None
    )
    updated_at: UtcDatetime = updated_at_field()


# An incident's columns in the order lists and CSV give them, and those an extraction sets.
INCIDENT_FIELDS = tuple(IncidentBase.model_fields)
EXTRACTED_INCIDENT_FIELDS = tuple(f for f in INCIDENT_FIELDS if f not in ("id", "updated_at"))


class Incident(IncidentBase, table=True):
    """A stored incident."""

    __table_args__ = (Index("ix_incident_occurred_on_id", "occurred_on", "id"),)


class IncidentPublic(IncidentBase):
    """An incident as listed."""


class IncidentsPublic(PageBase):
    """A page of incidents."""

    items: list[IncidentPublic] = described("Incidents in this page.", [])


class IncidentActor(SQLModel, table=True):
    """An actor's role in an incident (link table)."""

    __tablename__ = "incident_actor"

    incident_id: str = Field(foreign_key="incident.id", primary_key=True)
    actor_id: str = Field(foreign_key="actor.id", primary_key=True, index=True)
    role: str = Field(primary_key=True)  # perpetrator | target
    # The claim that says so when the only attribution is one side's (who did it is a claim).
    claim_id: str | None = Field(default=None)


class CasualtyEstimateBase(SQLModel):
    """Low, best and high values of one metric across the claims that state it."""

    id: str = described("Estimate id.", "est_9a8b7c6d5e4f", primary_key=True)
    metric: str = described("What is counted.", "killed", index=True)
    low: int = described("Lowest value claimed.", 60)
    best: int = described("Best estimate.", 62)
    high: int = described("Highest value claimed.", 62)


class CasualtyEstimate(CasualtyEstimateBase, table=True):
    """A stored estimate; `EstimateClaim` links it to the claims it came from."""

    __tablename__ = "casualty_estimate"

    incident_id: str = Field(foreign_key="incident.id", index=True)


class EstimateClaim(SQLModel, table=True):
    """A claim an estimate was derived from (link table)."""

    __tablename__ = "estimate_claim"

    estimate_id: str = Field(foreign_key="casualty_estimate.id", primary_key=True)
    claim_id: str = Field(foreign_key="claim.id", primary_key=True, index=True)


class CasualtyEstimatePublic(CasualtyEstimateBase):
    """An estimate with the ids of the claims it came from."""

    claim_ids: list[str] = described(
        "Claims whose figures the estimate summarises.", ["clm_1a2b3c4d5e6f"]
    )


# Claims and figures


class FigureFields(SQLModel):
    """Fields a figure has both in the table and in the API."""

    id: str = described("Figure id.", "fig_0a1b2c3d4e5f", primary_key=True)
    metric: str = described("What the number counts.", "killed", index=True)
    value: int = described("The number.", 62)
    approximate: bool = described("True for 'about', 'some', 'dozens of'.", False)
    qualifier: str | None = described(
        "Words that bound the number (at least, up to, about).", "at least", default=None
    )
    subject: str | None = described("Who or what is counted.", "Syrian soldiers", default=None)
    text: str = described("The figure as written.", "Sixty-two Syrian soldiers were killed")


class FigureBase(FigureFields):
    """A number a claim asserts, with its place in the document."""

    claim_id: str = Field(foreign_key="claim.id", index=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Figure(FigureBase, table=True):
    """A stored figure."""


class FigurePublic(FigureFields):
    """A figure as the API returns it."""

    span: Span = described("Where the figure is in the document text.", {"start": 1, "end": 37})


class ClaimFields(SQLModel):
    """Fields a claim has both in the table and in the API."""

    id: str = described("Claim id.", "clm_1a2b3c4d5e6f", primary_key=True)
    incident_id: str | None = described(
        "Incident the claim is about, if any.",
        "inc_4c1d2e3f4a5b",
        default=None,
        foreign_key="incident.id",
        index=True,
    )
    document_id: str = described(
        "Document the claim was read from.",
        "doc_f236ada43775",
        foreign_key="document.id",
        index=True,
    )
    speaker: str | None = described(
        "The speaker as written in the text.", "the Russia army", default=None
    )
    kind: str = described(
        "How it is reported: direct (quoted), indirect (paraphrased), mixed, or publisher "
        "(the outlet's own voice).",
        "direct",
        index=True,
    )
    cue: str | None = described("The reporting verb or phrase.", "said", default=None)
    text: str = described(
        "The claim's clause as written.",
        '"Sixty-two Syrian soldiers were killed," the Russia army said in a statement.',
    )
    quote: str | None = described(
        "The quoted words, for direct and mixed claims.",
        "Sixty-two Syrian soldiers were killed and a hundred others were injured",
        default=None,
    )
    stated_on: date | None = described(
        "When the source made the claim, if known.", "2016-09-17", default=None
    )
    confidence: float = described("Extractor confidence in the attribution, 0 to 1.", 0.9)
    rule: str = described("Extraction rule that produced the claim.", "quote-then-cue")
    extractor_version: str = described("Version of the extractor.", "0.2.0")
    sequence: int = described("Order of the claim in its document, from 0.", 1)
    updated_at: UtcDatetime = updated_at_field()


class ClaimBase(ClaimFields):
    """One reporting clause: who said what, and where in the document."""

    source_id: str = Field(foreign_key="actor.id", index=True)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Claim(ClaimBase, table=True):
    """A stored claim."""

    # Keyset paging in document order, overall and per source, walks these without sorting.
    __table_args__ = (
        Index("ix_claim_document_order", "document_id", "sequence", "id"),
        Index("ix_claim_source_order", "source_id", "document_id", "sequence", "id"),
    )


class ClaimVia(SQLModel, table=True):
    """A relayer of a claim: 'SANA reported, citing the army' puts SANA in the army's claim's via."""

    __tablename__ = "claim_via"
    # Filtering by relayer (`?via=`) walks (actor_id, claim_id).
    __table_args__ = (Index("ix_claim_via_actor", "actor_id", "claim_id"),)

    claim_id: str = Field(foreign_key="claim.id", primary_key=True)
    position: int = Field(primary_key=True, ge=0)
    actor_id: str = Field(foreign_key="actor.id")


class ClaimPublic(ClaimFields):
    """A claim with its source, span and figures."""

    kind: ClaimKind = described(
        "How it is reported: direct (quoted), indirect (paraphrased), mixed, or publisher "
        "(the outlet's own voice).",
        "direct",
    )
    source: ActorRef = described(
        "Actor the claim is attributed to.",
        {"id": "russian-mod", "name": "Russian Ministry of Defence"},
    )
    via: list[ActorRef] = described(
        "Who relayed the source's words, in order: the relayer nearest the source first, the "
        "one the publisher heard it from last ('SANA reported, citing the General Command': "
        "source the General Command, via [SANA]). Empty when the source spoke to the publisher.",
        [{"id": "sana", "name": "SANA"}],
    )
    span: Span = described("Where the claim is in the document text.", {"start": 225, "end": 339})
    figures: list[FigurePublic] = described("Numbers the claim asserts.", [])


class ClaimsPublic(PageBase):
    """A page of claims."""

    items: list[ClaimPublic] = described("Claims in this page.", [])


class SourceClaims(SQLModel):
    """The claims one source made about an incident."""

    source: ActorRef = described("The source.", {"id": "centcom", "name": "US Central Command"})
    claims: list[ClaimPublic] = described("Its claims, in document order.", [])


class RoleActorRef(ActorRef):
    """An actor in a role, with the claim that assigns it when only one side's words do."""

    claim_id: str | None = described(
        "The claim that says this actor had this role, when that is all the reporting says "
        "(who did it is itself a claim: `terrorists fired...` in SANA's voice); null when the "
        "outlet reports it in its own voice or several accounts agree.",
        None,
        default=None,
    )


class IncidentActors(SQLModel):
    """The actors of an incident, by role."""

    perpetrators: list[RoleActorRef] = described(
        "Actors said to have carried it out.",
        [{"id": "us-led-coalition", "name": "US-led coalition", "claim_id": None}],
    )
    targets: list[RoleActorRef] = described(
        "Actors it was carried out against.",
        [{"id": "syrian-army", "name": "Syrian Arab Army", "claim_id": None}],
    )


class IncidentPublicWithDetails(IncidentPublic):
    """An incident with its actors, casualty estimates and the claims about it by source."""

    actors: IncidentActors = described("Actors by role.", {"perpetrators": [], "targets": []})
    estimates: list[CasualtyEstimatePublic] = described("Casualty estimates, one per metric.", [])
    claims_by_source: list[SourceClaims] = described(
        "Claims about the incident grouped by source, in order of first appearance.", []
    )


# Load failures


class LoadFailureBase(SQLModel):
    """A document that could not be read or extracted, and why."""

    path: str = described(
        "Path of the document that failed.",
        "data/documents/007_broken.txt",
        unique=True,
        index=True,
    )
    error: str = described("Why it failed.", "not UTF-8 text (byte 12: b'\\xff')")
    failed_at: UtcDatetime = described(
        "When it last failed.",
        "2026-01-05T09:30:00Z",
        sa_type=DateTime(timezone=True),
    )


class LoadFailure(LoadFailureBase, table=True):
    """A stored load failure (one row per path, updated on each failed attempt)."""

    __tablename__ = "load_failure"

    id: int | None = Field(default=None, primary_key=True)


class LoadFailurePublic(LoadFailureBase):
    """A load failure as the API returns it."""

    id: int = described("Failure id.", 1)


class LoadFailuresPublic(PageBase):
    """A page of load failures."""

    items: list[LoadFailurePublic] = described("Load failures in this page.", [])


# Data version and changes


class DataVersion(SQLModel, table=True):
    """The one row numbering the database's committed writes (moved in every writing transaction).

    `epoch` is drawn when the database is created: ETags made from (epoch, version) are the
    same in every worker, replica and restart, and never repeat across databases.
    """

    __tablename__ = "data_version"

    id: int = Field(default=1, primary_key=True)
    epoch: str
    version: int = Field(default=0, sa_type=BigInteger)
    changed_at: datetime = Field(sa_type=DateTime(timezone=True))
    pruned_through: int = Field(default=0, sa_type=BigInteger)  # changes up to it are pruned
    pruned_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class Change(SQLModel, table=True):
    """One created, updated or deleted record, written by triggers; `version` is the data
    version of the transaction that committed it (stamped at commit), so (version, seq) is
    commit order."""

    __tablename__ = "change"
    __table_args__ = (
        Index("ix_change_version_seq", "version", "seq"),
        Index("ix_change_at", "at"),
    )

    seq: int | None = Field(
        default=None, primary_key=True, sa_type=BigInteger().with_variant(Integer, "sqlite")
    )
    version: int | None = Field(default=None, sa_type=BigInteger)
    record_type: str
    record_id: str
    change: str  # created | updated | deleted
    at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


ChangeKind = Literal["created", "updated", "deleted"]
RecordType = Literal["document", "claim", "incident", "actor"]


class ChangePublic(SQLModel):
    """A record that was created, updated or deleted."""

    type: RecordType = described("Record type: document, claim, incident or actor.", "claim")
    id: str = described("The record's id (a deleted one no longer resolves).", "clm_1a2b3c4d5e6f")
    change: ChangeKind = described("What happened to it.", "deleted")
    at: UtcDatetime = described("When the change was committed.", "2026-01-05T09:30:00Z")


class ChangesPublic(SQLModel):
    """A page of the changes feed, oldest first."""

    items: list[ChangePublic] = described("Changes in commit order.", [])
    limit: int = described("Maximum number of items in this page.", 500)
    next: str = described(
        "URL of the next page; empty pages keep returning it, so poll it for later changes.",
        "http://127.0.0.1:8000/v1/changes?since=c.42.1337",
    )
    cursor: str = described("The cursor `next` carries: pass it as `since` later.", "c.42.1337")


# Health


class Counts(SQLModel):
    """How many records the database holds."""

    documents: int = described("Stored documents.", 1)
    actors: int = described("Stored actors.", 77)
    incidents: int = described("Stored incidents.", 1)
    claims: int = described("Stored claims.", 9)
    load_failures: int = described("Documents that failed to load.", 0)


class Health(SQLModel):
    """Service health."""

    status: str = described("`ok` when the database answers.", "ok")
    database: str = described("Database backend in use.", "sqlite")
    counts: Counts = described(
        "Record counts.",
        {"documents": 1, "actors": 77, "incidents": 1, "claims": 9, "load_failures": 0},
    )


# Figures side by side


class ClaimedValue(SQLModel):
    """One number a source stated, with the claim and the exact words it comes from."""

    value: int = described("The number as claimed.", 62)
    approximate: bool = described("True when hedged ('about', 'some').", False)
    qualifier: str | None = described("Bounding words (at least, up to).", "at least")
    words: str = described("The figure as written in the article.", "Sixty-two")
    claim_id: str = described("The claim stating it.", "clm_1a2b3c4d5e6f")
    quote: str = described(
        "The claim's quoted words, or its clause when it is not a quotation.",
        "Sixty-two Syrian soldiers were killed and a hundred others were injured",
    )
    document_id: str = described("Document the claim was read from.", "doc_f236ada43775")
    stated_on: date | None = described("When the source made the claim.", "2016-09-17")
    span: Span = described("Where the figure is in the document text.", {"start": 1, "end": 10})


class SourceFigure(SQLModel):
    """What one source claimed for one metric."""

    source: ActorRef = described(
        "The source.", {"id": "russian-mod", "name": "Russian Ministry of Defence"}
    )
    value: int = described(
        "The source's figure: the largest value it claimed (its claims may repeat or update).",
        62,
    )
    values: list[ClaimedValue] = described("Every value it claimed, in document order.", [])


class MetricFigures(SQLModel):
    """One metric of an incident, every source's figure side by side."""

    metric: str = described("What is counted.", "killed")
    low: int = described("Lowest of the sources' figures.", 10)
    best: int = described("Median of the sources' figures (the lower one of two).", 10)
    high: int = described("Highest of the sources' figures.", 62)
    disagree: bool = described("True when the sources' figures are not all the same.", True)
    source_count: int = described("Number of sources stating this metric.", 2)
    sources: list[SourceFigure] = described("Each source's figure, lowest first.", [])


class IncidentFigures(SQLModel):
    """An incident's figures: for each metric, what each source claimed."""

    incident_id: str = described("Incident id.", "inc_4c1d2e3f4a5b")
    title: str = described("Incident title.", "Coalition airstrikes near Deir ez-Zor")
    metrics: list[MetricFigures] = described("One entry per metric, by name.", [])


# GeoJSON (RFC 7946)


class PointGeometry(SQLModel):
    """A GeoJSON Point: [longitude, latitude]."""

    type: str = described("Always `Point`.", "Point")
    coordinates: list[float] = described("Longitude, latitude (WGS 84).", [40.1759, 35.2854])


class IncidentFeature(SQLModel):
    """An incident as a GeoJSON Feature; `geometry` is null when it has no coordinates."""

    type: str = described("Always `Feature`.", "Feature")
    id: str = described("Incident id.", "inc_4c1d2e3f4a5b")
    geometry: PointGeometry | None = described(
        "Where it happened.", {"type": "Point", "coordinates": [40.1759, 35.2854]}
    )
    properties: IncidentPublic = described("The incident's fields.", {})


class IncidentFeatureCollection(SQLModel):
    """A page of incidents as a GeoJSON FeatureCollection (loads as is in map libraries)."""

    type: str = described("Always `FeatureCollection`.", "FeatureCollection")
    features: list[IncidentFeature] = described("Incidents in this page.", [])
    total: int = described("Number of incidents matching the filters.", 42)
    next: str | None = described(
        "URL of the next page, or null.",
        "http://127.0.0.1:8000/v1/incidents?format=geojson&cursor=WyJvY2N1cnJlZF9vbiJd",
    )
