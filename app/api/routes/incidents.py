"""Incidents: events reported in the news, with their actors, estimates, claims and figures."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from functools import lru_cache
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from sqlalchemy import and_, func, or_
from sqlmodel import col, select

from app.api.deps import reject_unknown_parameters
from app.api.listing import (
    Filter,
    Key,
    Resource,
    SortField,
    actors,
    by_source,
    dates,
    in_rows,
    invalid,
    iso_date,
    iso_timestamp,
    named,
    one_of,
    respond,
    table,
    updated_since,
)
from app.api.params import Param
from app.api.problems import ProblemException, problem_responses
from app.api.routes.claims import claims_public
from app.db import SessionDep
from app.documents import StoredClaim
from app.extract.gazetteer import admin1_keys
from app.extract.incidents import casualty_estimates, claim_total
from app.extract.registry import DATA_DIR
from app.models import (
    INCIDENT_FIELDS,
    Actor,
    ActorRef,
    CasualtyEstimate,
    CasualtyEstimatePublic,
    Claim,
    ClaimedValue,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
    IncidentActors,
    IncidentFigures,
    IncidentPublicWithDetails,
    IncidentsPublic,
    MetricFigures,
    RoleActorRef,
    SourceClaims,
    SourceFigure,
    Span,
)

router = APIRouter(
    prefix="/incidents",
    tags=["incidents"],
    responses=problem_responses(422, 500),
)

IncidentId = Annotated[str, Path(description="Incident id.", examples=["inc_4c1d2e3f4a5b"])]


INCIDENT_ID = Key("id", "str")
SORTS = {
    "occurred_on": SortField((Key("occurred_on", "date", nullable=True),), tiebreak=(INCIDENT_ID,)),
    "updated_at": SortField((Key("updated_at", "datetime"),), tiebreak=(INCIDENT_ID,)),
    "type": SortField((Key("type", "str"),), tiebreak=(INCIDENT_ID,)),
    "country": SortField((Key("country", "str", nullable=True),), tiebreak=(INCIDENT_ID,)),
    "title": SortField((Key("title", "str"),), tiebreak=(INCIDENT_ID,)),
    "id": SortField((INCIDENT_ID,)),
    "rank": SortField((Key("rank", "float"),), tiebreak=(INCIDENT_ID,), needs_search=True),
}
FIELDS = INCIDENT_FIELDS
CLAIM = table(Claim).alias("cl")
LINK = table(IncidentActor).alias("ia")


def incident_item(row: Sequence[Any]) -> dict[str, Any]:
    """An incident row as the API's incident object."""
    item = dict(zip(FIELDS, row, strict=True))
    item["occurred_on"] = iso_date(item["occurred_on"])
    item["updated_at"] = iso_timestamp(item["updated_at"])
    return item


def feature_collection(
    items: list[dict[str, Any]], total: int, next_url: str | None
) -> dict[str, Any]:
    """Incidents as a GeoJSON FeatureCollection (RFC 7946); `total`/`next` as foreign members."""
    features = []
    for item in items:
        has_point = item["longitude"] is not None and item["latitude"] is not None
        geometry = (
            {"type": "Point", "coordinates": [item["longitude"], item["latitude"]]}
            if has_point
            else None
        )
        features.append(
            {"type": "Feature", "id": item["id"], "geometry": geometry, "properties": item}
        )
    return {"type": "FeatureCollection", "features": features, "total": total, "next": next_url}


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """`minlon,minlat,maxlon,maxlat` in degrees; a 422 naming `bbox` otherwise."""
    parts = value.split(",")
    try:
        numbers = [float(p) for p in parts]
    except ValueError as exc:
        raise invalid("bbox", "expected four numbers: minlon,minlat,maxlon,maxlat") from exc
    if len(numbers) != 4 or any(n != n or n in (float("inf"), float("-inf")) for n in numbers):
        raise invalid("bbox", "expected four numbers: minlon,minlat,maxlon,maxlat")
    min_lon, min_lat, max_lon, max_lat = numbers
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise invalid("bbox", "longitudes must be between -180 and 180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise invalid("bbox", "latitudes must be between -90 and 90, minlat <= maxlat")
    return min_lon, min_lat, max_lon, max_lat


@dataclass(frozen=True)
class _Admin1Index:
    """The names `admin1=` accepts, by lookup key (each to the lowercased division names)."""

    divisions: dict[str, frozenset[str]]  # a division's names and ISO code
    towns: dict[str, frozenset[str]]  # the town a division is named after ('Hodeidah')
    cities: dict[str, frozenset[str]]  # a division's big city of another name ('Mosul')
    every: list[str]  # every division's name


@lru_cache(maxsize=1)
def _admin1_index() -> _Admin1Index:
    """From data/admin1_names.json (tools/admin1_names.py writes it from the gazetteer)."""
    catalogue = orjson.loads((DATA_DIR / "admin1_names.json").read_bytes())
    index: dict[str, set[str]] = {}
    seats: dict[str, set[str]] = {}
    cities: dict[str, set[str]] = {}
    names: set[str] = set()
    for divisions in catalogue.values():
        for division in divisions:
            name = str(division["name"]).lower()
            names.add(str(division["name"]))
            index.setdefault(str(division["code"]).lower(), set()).add(name)
            for spelling in [division["name"], *division["names"]]:
                for key in admin1_keys(str(spelling)):
                    index.setdefault(key, set()).add(name)
            for field, keys in (("town", seats), ("city", cities)):
                for spelling in division.get(field, ()):
                    for key in admin1_keys(str(spelling)):
                        keys.setdefault(key, set()).add(name)

    def frozen(found: dict[str, set[str]]) -> dict[str, frozenset[str]]:
        return {key: frozenset(names) for key, names in found.items()}

    return _Admin1Index(frozen(index), frozen(seats), frozen(cities), sorted(names))


def admin1_names(values: Sequence[str]) -> list[str]:
    """The `admin1` values (lowercased) that the names a user typed stand for: a division's
    name, another spelling of it ('Idleb', 'Tarabulus', 'Donetska'), its ISO 3166-2 code, or
    a spelling of the town exactly one division is named after ('Hodeidah' for Al Hudaydah),
    else of a big city (100,000 people or more) of exactly one division without a namesake
    town ('Mosul' for Nineveh); a 422 naming `admin1` and the closest division
    names for any other name."""
    known = _admin1_index()
    every = known.every
    found: set[str] = set()
    for value in values:
        keys = admin1_keys(value) | {value.strip().lower()}
        names = {n for key in keys for n in known.divisions.get(key, ())}
        # A division's name wins; then the town it is named after; then its big city.
        for towns in (known.towns, known.cities):
            if names:
                break
            names = {n for key in keys for n in towns.get(key, ())}
            if len(names) > 1:
                raise invalid(
                    "admin1",
                    f"{value.strip()!r} names the towns of several governorates or provinces: give "
                    f"one of {', '.join(n for n in every if n.lower() in names)}",
                    "ambiguous_admin1",
                )
        if not names:
            close = get_close_matches(value.strip(), every, n=5, cutoff=0.6)
            hint = f"; close names: {', '.join(close)}" if close else ""
            raise invalid(
                "admin1",
                f"no governorate or province is named {value.strip()!r}: give its name "
                "(Idlib, Tripoli, Donetsk Oblast), another spelling of it (Idleb, Tarabulus, "
                f"Donetska), its ISO 3166-2 code (SY-ID), the town it is named after "
                f"(Hodeidah) or a big city in it (Mosul for Nineveh){hint}",
                "unknown_admin1",
            )
        found |= names
    return sorted(found)


def bbox_bind(value: str, _engine: Any) -> list[float]:
    """The bound values of `bbox`: minlat, maxlat, minlon, maxlon."""
    min_lon, min_lat, max_lon, max_lat = parse_bbox(value)
    return [min_lat, max_lat, min_lon, max_lon]


def in_box(c: Any, binds: Sequence[Any]) -> Any:
    """Latitude within bounds, longitude within them (or, across the antimeridian, outside)."""
    min_lat, max_lat, min_lon, max_lon = binds
    lon = c.longitude
    return and_(
        c.latitude.between(min_lat, max_lat),
        or_(
            and_(lon >= min_lon, lon <= max_lon),
            and_(min_lon > max_lon, or_(lon >= min_lon, lon <= max_lon)),
        ),
    )


INCIDENTS = Resource(
    name="incidents",
    rows=table(Incident),
    columns=lambda c: [c[name] for name in FIELDS],
    filters=(
        by_source(named("id"), in_rows(CLAIM.c.incident_id, CLAIM.c.source_id)),
        *dates(named("occurred_on"), "`occurred_on`"),
        Filter(Param("type", str, "Only incidents of this type.", ["airstrike"]), named("type")),
        Filter(
            Param(
                "country",
                str,
                "Only incidents in this country (ISO 3166-1 alpha-2, any case).",
                ["SY"],
            ),
            named("country"),
            bind=lambda value, _engine: [value.upper()],
        ),
        Filter(
            Param(
                "admin1",
                list[str],
                "Only incidents in this governorate or province (`admin1`): its name as incidents "
                "carry it, another spelling (`Idleb`, `Deraa`, `Tarabulus`, `Donetska`) or its "
                "ISO 3166-2 code (`SY-ID`), any case, or the town exactly one division is named "
                "after (`Hodeidah` for `Al Hudaydah`), or a big city of a division named "
                "otherwise (`Mosul` for `Nineveh`, `Mukalla` for `Hadramawt`): that division's "
                "incidents. A division's own name wins (`Sanaa` is the governorate around the "
                "capital; the city is `Amanat al-Asimah`). Repeat it to accept several. An "
                "unknown or ambiguous name is a 422 problem that lists the closest names.",
                ["Deir ez-Zor"],
            ),
            lambda c: func.lower(c.admin1),
            one_of,
            lambda names, _engine: admin1_names(names),
        ),
        Filter(
            Param(
                "actor",
                list[str],
                "Only incidents with this actor in any role (perpetrator or target): an id, name "
                "or alias. Repeat to accept several.",
                [["us-led-coalition"]],
            ),
            named("id"),
            in_rows(LINK.c.incident_id, LINK.c.actor_id),
            actors("actor"),
        ),
        Filter(
            Param(
                "bbox",
                str,
                "Only incidents located in this box: `minlon,minlat,maxlon,maxlat` (WGS 84 "
                "degrees; minlon > maxlon crosses the antimeridian).",
                ["35.5,32.0,42.5,37.5"],
            ),
            lambda c: c,
            in_box,
            bbox_bind,
        ),
        updated_since(),
    ),
    sorts=SORTS,
    default_sort="-occurred_on",
    searchable=True,
    item=incident_item,
    csv_columns=FIELDS,
    csv_row=lambda item: [item[name] for name in FIELDS],
    formats=("json", "csv", "geojson"),
    geojson=feature_collection,
    sort_note=(
        " Undated incidents come last either way; `rank` (search relevance, the default with "
        "`q`) needs `q`."
    ),
    format_param=Param(
        "format",
        Literal["json", "csv", "geojson"],
        "Response format, overriding the Accept header: `json` (default), `csv`, or `geojson` "
        "(a FeatureCollection, also chosen by `Accept: application/geo+json`).",
        ["geojson"],
    ),
)


LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": (
            "A page of incidents: JSON, CSV, or a GeoJSON FeatureCollection. "
            '`Link: <...>; rel="next"` points at the next page; `ETag`, `Last-Modified` and '
            "`Cache-Control` allow conditional requests (304)."
        ),
        "content": {
            "text/csv": {
                "schema": {"type": "string"},
                "example": "id,title,type,occurred_on,...\r\ninc_4c1d2e3f4a5b,...\r\n",
            },
            "application/geo+json": {
                "schema": {"$ref": "#/components/schemas/IncidentFeatureCollection"},
            },
        },
    }
}


@router.get(
    "",
    response_model=IncidentsPublic,
    responses=LIST_RESPONSES,
    openapi_extra=INCIDENTS.parameters.openapi(),
)
async def read_incidents(request: Request) -> Response:
    """List incidents, latest first (or `sort`), filtered, searched, paged; JSON, CSV or GeoJSON."""
    return await respond(request, INCIDENTS)


@router.get(
    "/{incident_id}",
    response_model=IncidentPublicWithDetails,
    responses=problem_responses(404),
    dependencies=[Depends(reject_unknown_parameters)],
)
def read_incident(session: SessionDep, incident_id: IncidentId) -> Any:
    """Get one incident with its actors by role, estimates and claims grouped by source."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise ProblemException(404, f"No incident with id {incident_id!r}.")
    roles: dict[str, list[RoleActorRef]] = defaultdict(list)
    links = session.exec(
        select(IncidentActor.role, Actor.id, Actor.name, IncidentActor.claim_id)
        .join(Actor, col(Actor.id) == col(IncidentActor.actor_id))
        .where(col(IncidentActor.incident_id) == incident_id)
        .order_by(col(Actor.id))
    ).all()
    for role, actor_id, name, claim_id in links:
        roles[role].append(RoleActorRef(id=actor_id, name=name, claim_id=claim_id))
    estimates = session.exec(
        select(CasualtyEstimate)
        .where(col(CasualtyEstimate.incident_id) == incident_id)
        .order_by(col(CasualtyEstimate.metric))
    ).all()
    estimate_claims: dict[str, list[str]] = defaultdict(list)
    for estimate_id, claim_id in session.exec(
        select(EstimateClaim.estimate_id, EstimateClaim.claim_id)
        .join(Claim, col(Claim.id) == col(EstimateClaim.claim_id))
        .where(col(EstimateClaim.estimate_id).in_([e.id for e in estimates]))
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Claim.id))
    ).all():
        estimate_claims[estimate_id].append(claim_id)
    claims = session.exec(
        select(Claim)
        .where(col(Claim.incident_id) == incident_id)
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Claim.id))
    ).all()
    by_source: dict[str, SourceClaims] = {}
    for claim in claims_public(session, claims):
        group = by_source.setdefault(claim.source.id, SourceClaims(source=claim.source, claims=[]))
        group.claims.append(claim)
    return IncidentPublicWithDetails.model_validate(
        incident,
        update={
            "actors": IncidentActors(
                perpetrators=roles.get("perpetrator", []), targets=roles.get("target", [])
            ),
            "estimates": [
                CasualtyEstimatePublic.model_validate(
                    e, update={"claim_ids": estimate_claims.get(e.id, [])}
                )
                for e in estimates
            ],
            "claims_by_source": list(by_source.values()),
        },
    )


@router.get(
    "/{incident_id}/figures",
    response_model=IncidentFigures,
    responses=problem_responses(404),
    dependencies=[Depends(reject_unknown_parameters)],
)
def read_incident_figures(session: SessionDep, incident_id: IncidentId) -> Any:
    """Compare the figures each source claimed for an incident, metric by metric.

    For every metric (killed, injured, ...): each source's values with the claim ids and the
    quoted words; the source's figure (the largest one claim of it states; a claim's conjoined
    parts such as "two F-16 and two A-10 jets" add up); low and high across the claims (as in
    the incident's estimates); best as in the estimates for casualties (the median of the tolls
    the reports lead with, the lower of two), for other metrics the median of the sources'
    figures; and whether the claims disagree.
    """
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise ProblemException(404, f"No incident with id {incident_id!r}.")
    rows = session.exec(
        select(Figure, Claim, Actor.name)
        .join(Claim, col(Claim.id) == col(Figure.claim_id))
        .join(Actor, col(Actor.id) == col(Claim.source_id))
        .where(col(Claim.incident_id) == incident_id)
        .order_by(col(Claim.document_id), col(Claim.sequence), col(Figure.start), col(Figure.id))
    ).all()
    by_metric: dict[str, dict[str, SourceFigure]] = defaultdict(dict)
    claim_figures: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for figure, claim, name in rows:
        value = ClaimedValue(
            value=figure.value,
            approximate=figure.approximate,
            qualifier=figure.qualifier,
            words=figure.text,
            claim_id=claim.id,
            quote=claim.quote or claim.text,
            document_id=claim.document_id,
            stated_on=claim.stated_on,
            span=Span(start=figure.start, end=figure.end),
        )
        group = by_metric[figure.metric].get(claim.source_id)
        if group is None:
            group = SourceFigure(
                source=ActorRef(id=claim.source_id, name=name), value=figure.value, values=[]
            )
            by_metric[figure.metric][claim.source_id] = group
        group.values.append(value)
        claim_figures[(claim.id, claim.source_id)].append(figure)
    # One claim states one figure per metric: 'two F-16 and two A-10 jets' are four aircraft.
    # The same rule as the stored estimates (app.extract.incidents.claim_total).
    totals: dict[str, list[int]] = defaultdict(list)
    for (claim_id, source_id), figures in claim_figures.items():
        for metric in {f.metric for f in figures}:
            total = claim_total(StoredClaim(claim_id, source_id, figures), metric)
            totals[metric].append(total)
            group = by_metric[metric][source_id]
            group.value = max(group.value, total)
    # Best for casualties is the estimates' rule (app.extract.incidents.casualty_estimates):
    # the median of the tolls the reports (documents) lead with, the lower of two.
    document_of = {claim.id: claim.document_id for _, claim, _ in rows}
    leads = {
        e.metric: e.best
        for e in casualty_estimates(
            [StoredClaim(c, s, f) for (c, s), f in claim_figures.items()],
            report_of=lambda claim: document_of[claim.id],
        )
    }
    metrics = []
    for metric in sorted(by_metric):
        sources = sorted(by_metric[metric].values(), key=lambda s: (s.value, s.source.id))
        values = [s.value for s in sources]
        metrics.append(
            MetricFigures(
                metric=metric,
                low=min(totals[metric]),
                best=leads.get(metric, values[(len(values) - 1) // 2]),
                high=max(totals[metric]),
                disagree=len(set(totals[metric])) > 1,
                source_count=len(sources),
                sources=sources,
            )
        )
    return IncidentFigures(incident_id=incident.id, title=incident.title, metrics=metrics)
