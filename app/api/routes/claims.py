"""Claims: who said what, where in which document, with the numbers they assert."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from fastapi.responses import Response
from sqlalchemy import bindparam, func, literal_column, null, union_all
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from app.api.deps import reject_unknown_parameters
from app.api.listing import (
    Filter,
    JsonKind,
    Key,
    Resource,
    SortField,
    actors,
    at_least,
    by_source,
    dates,
    has_row,
    in_rows,
    iso_date,
    iso_timestamp,
    json_array,
    json_object,
    json_value,
    named,
    respond,
    table,
    updated_since,
)
from app.api.params import Param
from app.api.problems import ProblemException, problem_responses
from app.db import Run, SessionDep, Statement
from app.extract.types import ClaimKind
from app.models import (
    Actor,
    ActorRef,
    Claim,
    ClaimPublic,
    ClaimsPublic,
    ClaimVia,
    Document,
    Figure,
    FigurePublic,
    Incident,
    Span,
)

router = APIRouter(
    prefix="/claims",
    tags=["claims"],
    responses=problem_responses(422, 500),
)

ClaimId = Annotated[str, Path(description="Claim id.", examples=["clm_1a2b3c4d5e6f"])]

CLAIM_ID = Key("id", "str")
SORTS = {
    "document": SortField(
        (Key("document_id", "str"), Key("sequence", "int")), tiebreak=(CLAIM_ID,)
    ),
    "stated_on": SortField((Key("stated_on", "date", nullable=True),), tiebreak=(CLAIM_ID,)),
    "confidence": SortField((Key("confidence", "float"),), tiebreak=(CLAIM_ID,)),
    "updated_at": SortField((Key("updated_at", "datetime"),), tiebreak=(CLAIM_ID,)),
    "id": SortField((CLAIM_ID,)),
    "rank": SortField((Key("rank", "float"),), tiebreak=(CLAIM_ID,), needs_search=True),
}
ACTOR = table(Actor).alias("a")
VIA = table(ClaimVia).alias("v")
FIGURE = table(Figure).alias("f")
INCIDENT = table(Incident).alias("i")
DOCUMENT = table(Document).alias("d")
FIELDS = (
    "id",
    "incident_id",
    "document_id",
    "speaker",
    "kind",
    "cue",
    "text",
    "quote",
    "stated_on",
    "confidence",
    "rule",
    "extractor_version",
    "sequence",
    "updated_at",
    "source_id",
)


def claim_columns(c: Any) -> list[Any]:
    """The SELECT expressions `claim_item` reads, in order."""
    return [*(c[name] for name in FIELDS), ACTOR.c.name, c.start, c.end]


def claimed_on(c: Any) -> Any:
    """The claim's date: `stated_on`, else its document's publication date."""
    published = core_select(DOCUMENT.c.published_on).where(DOCUMENT.c.id == c.document_id)
    return func.coalesce(c.stated_on, published.scalar_subquery())


CSV_COLUMNS = (
    "id",
    "source_id",
    "source_name",
    "kind",
    "speaker",
    "cue",
    "text",
    "quote",
    "stated_on",
    "confidence",
    "rule",
    "incident_id",
    "document_id",
    "sequence",
    "span_start",
    "span_end",
    "figures",
    "via",
    "updated_at",
)


def claims_public(session: Session, claims: Sequence[Claim]) -> list[ClaimPublic]:
    """Claims with their source names and figures, in the given order."""
    if not claims:
        return []
    vias: dict[str, list[str]] = defaultdict(list)
    for claim_id, actor_id in session.exec(
        select(ClaimVia.claim_id, ClaimVia.actor_id)
        .where(col(ClaimVia.claim_id).in_([c.id for c in claims]))
        .order_by(col(ClaimVia.claim_id), col(ClaimVia.position))
    ).all():
        vias[claim_id].append(actor_id)
    actor_ids = {c.source_id for c in claims} | {a for ids in vias.values() for a in ids}
    names = dict(
        session.exec(select(Actor.id, Actor.name).where(col(Actor.id).in_(actor_ids))).all()
    )
    figures: dict[str, list[FigurePublic]] = defaultdict(list)
    rows = session.exec(
        select(Figure)
        .where(col(Figure.claim_id).in_([c.id for c in claims]))
        .order_by(col(Figure.start), col(Figure.id))
    ).all()
    for figure in rows:
        figures[figure.claim_id].append(
            FigurePublic.model_validate(
                figure, update={"span": Span(start=figure.start, end=figure.end)}
            )
        )
    return [
        ClaimPublic.model_validate(
            claim,
            update={
                "source": ActorRef(id=claim.source_id, name=names.get(claim.source_id, "")),
                "via": [ActorRef(id=a, name=names.get(a, "")) for a in vias.get(claim.id, [])],
                "span": Span(start=claim.start, end=claim.end),
                "figures": figures.get(claim.id, []),
            },
        )
        for claim in claims
    ]


def claim_item(row: Sequence[Any]) -> dict[str, Any]:
    """A claim row as the API's claim object (figures added by `add_figures`)."""
    return {
        "id": row[0],
        "incident_id": row[1],
        "document_id": row[2],
        "speaker": row[3],
        "kind": row[4],
        "cue": row[5],
        "text": row[6],
        "quote": row[7],
        "stated_on": iso_date(row[8]),
        "confidence": row[9],
        "rule": row[10],
        "extractor_version": row[11],
        "sequence": row[12],
        "updated_at": iso_timestamp(row[13]),
        "source": {"id": row[14], "name": row[15]},
        "span": {"start": row[16], "end": row[17]},
        "via": [],
        "figures": [],
    }


@lru_cache(maxsize=64)
def page_details(count: int) -> Statement:
    """The figures and the relayers of `count` claims (`:id_0`...) in one statement, so a page
    costs one round trip for them: rows `(claim_id, part, position, key, ...)`, part 0 the
    figures (position and key: start and id, text order), part 1 the relayers (position in the
    claim's via, actor id, name)."""
    ids: list[Any] = [bindparam(f"id_{i}") for i in range(count)]
    f = FIGURE.c
    figures = core_select(
        f.claim_id,
        literal_column("0").label("part"),
        f.start.label("position"),
        f.id.label("key"),
        f.metric,
        f.value,
        f.approximate,
        f.qualifier,
        f.subject,
        f.text,
        f.end,
    ).where(f.claim_id.in_(ids))
    nothing = [null()] * 6
    relayers = (
        core_select(
            VIA.c.claim_id,
            literal_column("1"),
            VIA.c.position,
            VIA.c.actor_id,
            ACTOR.c.name,
            *nothing,
        )
        .join(ACTOR, ACTOR.c.id == VIA.c.actor_id)
        .where(VIA.c.claim_id.in_(ids))
    )
    return union_all(figures, relayers).order_by(
        literal_column("part"), literal_column("position"), literal_column("key")
    )


def add_figures(items: list[dict[str, Any]], run: Run) -> None:
    """Attach each claim's figures (in text order) and relayers (in order): one query a page."""
    params = {f"id_{i}": item["id"] for i, item in enumerate(items)}
    relayers: dict[str, list[dict[str, str]]] = defaultdict(list)
    by_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in run(page_details(len(items)), params):
        if row[1]:
            relayers[row[0]].append({"id": row[3], "name": row[4]})
            continue
        by_claim[row[0]].append(
            {
                "id": row[3],
                "metric": row[4],
                "value": row[5],
                "approximate": bool(row[6]),
                "qualifier": row[7],
                "subject": row[8],
                "text": row[9],
                "span": {"start": row[2], "end": row[10]},
            }
        )
    for item in items:
        item["figures"] = by_claim.get(item["id"], [])
        item["via"] = relayers.get(item["id"], [])


# The same claim item written by PostgreSQL (`Resource.json_item`), from the page's columns `p`.
JSON_KINDS: dict[str, tuple[JsonKind, bool]] = {
    "id": ("str", False),
    "incident_id": ("str", True),
    "document_id": ("str", False),
    "speaker": ("str", True),
    "kind": ("str", False),
    "cue": ("str", True),
    "text": ("str", False),
    "quote": ("str", True),
    "stated_on": ("date", True),
    "confidence": ("float", False),
    "rule": ("str", False),
    "extractor_version": ("str", False),
    "sequence": ("int", False),
    "updated_at": ("datetime", False),
}
JSON_FIGURE = table(Figure).alias("jf")
JSON_VIA = table(ClaimVia).alias("jv")
JSON_ACTOR = table(Actor).alias("ja")


def claim_json(p: Any) -> Any:
    """A claim item's JSON text (`claim_item` with `add_figures`), written by PostgreSQL."""
    f, v = JSON_FIGURE.c, JSON_VIA.c
    figure = json_object(
        [
            ("id", json_value(f.id, "str")),
            ("metric", json_value(f.metric, "str")),
            ("value", json_value(f.value, "int")),
            ("approximate", json_value(f.approximate, "bool")),
            ("qualifier", json_value(f.qualifier, "str", nullable=True)),
            ("subject", json_value(f.subject, "str", nullable=True)),
            ("text", json_value(f.text, "str")),
            ("span", span_json(f.start, f.end)),
        ]
    )
    relayer = json_object(
        [("id", json_value(v.actor_id, "str")), ("name", json_value(JSON_ACTOR.c.name, "str"))]
    )
    relayers = (
        core_select(v.claim_id)
        .select_from(JSON_VIA.join(JSON_ACTOR, JSON_ACTOR.c.id == v.actor_id))
        .where(v.claim_id == p.id)
    )
    figures = core_select(f.claim_id).where(f.claim_id == p.id)
    return json_object(
        [
            *((name, json_value(p[name], *kind)) for name, kind in JSON_KINDS.items()),
            (
                "source",
                json_object(
                    [("id", json_value(p.source_id, "str")), ("name", json_value(p.name, "str"))]
                ),
            ),
            ("span", span_json(p.start, p.end)),
            ("via", json_array(relayer, [v.position, v.actor_id], relayers)),
            ("figures", json_array(figure, [f.start, f.id], figures)),
        ]
    )


def span_json(start: Any, end: Any) -> Any:
    """`{"start":..,"end":..}`."""
    return json_object([("start", json_value(start, "int")), ("end", json_value(end, "int"))])


def claim_csv_row(item: dict[str, Any]) -> list[Any]:
    """A claim item as a CSV row; figures as `metric=value` pairs joined by `; `."""
    figures = "; ".join(
        f"{f['metric']}={f['value']}{' (approximate)' if f['approximate'] else ''}"
        for f in item["figures"]
    )
    return [
        item["id"],
        item["source"]["id"],
        item["source"]["name"],
        item["kind"],
        item["speaker"],
        item["cue"],
        item["text"],
        item["quote"],
        item["stated_on"],
        item["confidence"],
        item["rule"],
        item["incident_id"],
        item["document_id"],
        item["sequence"],
        item["span"]["start"],
        item["span"]["end"],
        figures,
        "; ".join(v["id"] for v in item["via"]),
        item["updated_at"],
    ]


CLAIMS = Resource(
    name="claims",
    rows=table(Claim),
    columns=claim_columns,
    source=lambda c: c.join(ACTOR, ACTOR.c.id == c.c.source_id),
    filters=(
        by_source(named("source_id")),
        Filter(
            Param(
                "via",
                list[str],
                "Only claims relayed by this actor (it is in the claim's `via`; `source` matches "
                "the originator): an actor id, name or alias, case-insensitive. Repeat to accept "
                "several. See /v1/sources (`relayed_count`).",
                [["SANA"]],
            ),
            named("id"),
            has_row(VIA.c.claim_id, VIA.c.actor_id),
            actors("via"),
        ),
        Filter(
            Param("incident", str, "Only claims about this incident id.", ["inc_4c1d2e3f4a5b"]),
            named("incident_id"),
        ),
        Filter(
            Param("document", str, "Only claims from this document id.", ["doc_f236ada43775"]),
            named("document_id"),
        ),
        Filter(
            Param("kind", ClaimKind, "Only claims reported this way.", ["direct"]),
            named("kind"),
            bind=lambda kind, _engine: [str(kind)],
        ),
        Filter(
            Param("metric", str, "Only claims with a figure of this metric.", ["killed"]),
            named("id"),
            has_row(FIGURE.c.claim_id, FIGURE.c.metric),
        ),
        Filter(
            Param(
                "topic",
                str,
                "Only claims about an incident of this type (airstrike, shelling, ...).",
                ["airstrike"],
            ),
            named("incident_id"),
            in_rows(INCIDENT.c.id, INCIDENT.c.type),
        ),
        *dates(claimed_on, "date (`stated_on`, else the document's publication date)"),
        Filter(
            Param(
                "min_confidence",
                float,
                "Only claims whose extraction confidence is at least this (0-1).",
                [0.8],
                constraints={"ge": 0, "le": 1},
            ),
            named("confidence"),
            at_least,
        ),
        updated_since(),
    ),
    sorts=SORTS,
    default_sort="document",
    sort_note=(
        " `document` is document order; `rank` (search relevance, the default with `q`) needs `q`."
    ),
    searchable=True,
    item=claim_item,
    csv_columns=CSV_COLUMNS,
    csv_row=claim_csv_row,
    enrich=add_figures,
    json_item=claim_json,
)


LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": (
            'A page of claims. `Link: <...>; rel="next"` points at the next page; `ETag`, '
            "`Last-Modified` and `Cache-Control` allow conditional requests (304)."
        ),
        "content": {
            "text/csv": {
                "schema": {"type": "string"},
                "example": "id,source_id,source_name,kind,...\r\nclm_1a2b3c4d5e6f,centcom,...\r\n",
            }
        },
    }
}


@router.get(
    "",
    response_model=ClaimsPublic,
    responses=LIST_RESPONSES,
    openapi_extra=CLAIMS.parameters.openapi(),
)
async def read_claims(request: Request) -> Response:
    """List claims in document order (or `sort`), filtered, searched, paged by cursor; JSON or CSV."""
    return await respond(request, CLAIMS)


@router.get(
    "/{claim_id}",
    response_model=ClaimPublic,
    responses=problem_responses(404),
    dependencies=[Depends(reject_unknown_parameters)],
)
def read_claim(session: SessionDep, claim_id: ClaimId) -> Any:
    """Get one claim with its source, span, figures and document id."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ProblemException(404, f"No claim with id {claim_id!r}.")
    return claims_public(session, [claim])[0]
