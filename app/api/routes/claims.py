"""Claims: who said what, where in which document, with the numbers they assert."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from app.api.deps import (
    CursorQuery,
    FormatQuery,
    LimitQuery,
    OffsetQuery,
    SearchQuery,
    SourceQuery,
    UpdatedSinceQuery,
    check_dates,
    reject_unknown_parameters,
    resolve_sources,
    since_query,
    sort_query,
    until_query,
)
from app.api.listing import (
    Key,
    Listing,
    SortField,
    bind_timestamp,
    choose_format,
    in_list,
    iso_date,
    iso_timestamp,
    parse_sort,
    search_source,
    sort_values,
)
from app.api.problems import ProblemException, problem_responses
from app.db import Run, SessionDep, off_the_loop
from app.extract.types import ClaimKind
from app.models import (
    Actor,
    ActorRef,
    Claim,
    ClaimPublic,
    ClaimsPublic,
    ClaimVia,
    Figure,
    FigurePublic,
    Span,
)

router = APIRouter(
    prefix="/claims",
    tags=["claims"],
    responses=problem_responses(422, 500),
    dependencies=[Depends(reject_unknown_parameters)],
)

ClaimId = Annotated[str, Path(description="Claim id.", examples=["clm_1a2b3c4d5e6f"])]

CLAIM_ID = Key("c.id", "str")
SORTS = {
    "document": SortField(
        (Key("c.document_id", "str"), Key("c.sequence", "int")), tiebreak=(CLAIM_ID,)
    ),
    "stated_on": SortField((Key("c.stated_on", "date", nullable=True),), tiebreak=(CLAIM_ID,)),
    "confidence": SortField((Key("c.confidence", "float"),), tiebreak=(CLAIM_ID,)),
    "updated_at": SortField((Key("c.updated_at", "datetime"),), tiebreak=(CLAIM_ID,)),
    "id": SortField((CLAIM_ID,)),
    "rank": SortField((Key("c.rank", "float"),), tiebreak=(CLAIM_ID,), needs_search=True),
}
COLUMNS = (
    "c.id",
    "c.incident_id",
    "c.document_id",
    "c.speaker",
    "c.kind",
    "c.cue",
    "c.text",
    "c.quote",
    "c.stated_on",
    "c.confidence",
    "c.rule",
    "c.extractor_version",
    "c.sequence",
    "c.updated_at",
    "c.source_id",
    "a.name",
    "c.start",
    'c."end"',
)
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

ViaQuery = Annotated[
    list[str] | None,
    Query(
        description=(
            "Only claims relayed by this actor (it is in the claim's `via`; `source` matches "
            "the originator): an actor id, name or alias, case-insensitive. Repeat to accept "
            "several. See /v1/sources (`relayed_count`)."
        ),
        examples=[["SANA"]],
    ),
]


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


def add_figures(items: list[dict[str, Any]], run: Run) -> None:
    """Attach each claim's figures (in text order) and relayers (in order), one query each per page."""
    params: dict[str, Any] = {}
    placeholders = in_list("f", [item["id"] for item in items], params)
    relayers: dict[str, list[dict[str, str]]] = defaultdict(list)
    for claim_id, actor_id, name in run(
        "SELECT v.claim_id, v.actor_id, a.name FROM claim_via v JOIN actor a ON a.id = v.actor_id "
        f"WHERE v.claim_id IN ({placeholders}) ORDER BY v.claim_id, v.position",
        params,
    ):
        relayers[claim_id].append({"id": actor_id, "name": name})
    rows = run(
        "SELECT claim_id, id, metric, value, approximate, qualifier, subject, text, start, "
        f'"end" FROM figure WHERE claim_id IN ({placeholders}) ORDER BY start, id',
        params,
    )
    by_claim: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_claim[row[0]].append(
            {
                "id": row[1],
                "metric": row[2],
                "value": row[3],
                "approximate": bool(row[4]),
                "qualifier": row[5],
                "subject": row[6],
                "text": row[7],
                "span": {"start": row[8], "end": row[9]},
            }
        )
    for item in items:
        item["figures"] = by_claim.get(item["id"], [])
        item["via"] = relayers.get(item["id"], [])


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


@router.get("", response_model=ClaimsPublic, responses=LIST_RESPONSES)
async def read_claims(
    request: Request,
    source: SourceQuery = None,
    via: ViaQuery = None,
    incident: Annotated[
        str | None,
        Query(description="Only claims about this incident id.", examples=["inc_4c1d2e3f4a5b"]),
    ] = None,
    document: Annotated[
        str | None,
        Query(description="Only claims from this document id.", examples=["doc_f236ada43775"]),
    ] = None,
    kind: Annotated[
        ClaimKind | None,
        Query(description="Only claims reported this way.", examples=["direct"]),
    ] = None,
    metric: Annotated[
        str | None,
        Query(description="Only claims with a figure of this metric.", examples=["killed"]),
    ] = None,
    topic: Annotated[
        str | None,
        Query(
            description="Only claims about an incident of this type (airstrike, shelling, ...).",
            examples=["airstrike"],
        ),
    ] = None,
    since: Annotated[
        date | None, since_query("date (`stated_on`, else the document's publication date)")
    ] = None,
    until: Annotated[
        date | None, until_query("date (`stated_on`, else the document's publication date)")
    ] = None,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0,
            le=1,
            description="Only claims whose extraction confidence is at least this (0-1).",
            examples=[0.8],
        ),
    ] = None,
    q: SearchQuery = None,
    updated_since: UpdatedSinceQuery = None,
    sort: Annotated[
        str | None,
        sort_query(
            sort_values(SORTS),
            "document",
            " `document` is document order; `rank` (search relevance, the default with `q`) "
            "needs `q`.",
        ),
    ] = None,
    cursor: CursorQuery = None,
    limit: LimitQuery = None,
    offset: OffsetQuery = 0,
    format: FormatQuery = None,
) -> Response:
    """List claims in document order (or `sort`), filtered, searched, paged by cursor; JSON or CSV."""

    def build() -> Response:
        """The response, computed next to the database (see `off_the_loop`)."""
        engine = request.app.state.engine
        dialect = engine.dialect.name
        fmt = choose_format(request, format, ("json", "csv"))
        check_dates(since, until)
        parsed_sort = parse_sort(sort, SORTS, "rank" if q else "document")
        if SORTS[parsed_sort.param.lstrip("-")].needs_search and not q:
            raise ProblemException(
                422,
                "sort: `rank` orders search results and needs `q`",
                errors=[{"loc": ["query", "sort"], "msg": "rank needs q", "type": "value_error"}],
            )
        params: dict[str, Any] = {}
        conditions: list[str] = []
        table = search_source("claim", "text", q, dialect, params) if q else "claim"
        if source:
            ids = sorted(resolve_sources(engine, source))
            if len(ids) == 1:
                params["source"] = ids[0]
                conditions.append("c.source_id = :source")
            else:
                conditions.append(f"c.source_id IN ({in_list('source', ids, params)})")
        if via:
            relayer_ids = sorted(resolve_sources(engine, via, "via"))
            conditions.append(
                "EXISTS (SELECT 1 FROM claim_via v WHERE v.claim_id = c.id AND v.actor_id IN "
                f"({in_list('via', relayer_ids, params)}))"
            )
        for name, value, column in (
            ("incident", incident, "c.incident_id"),
            ("document", document, "c.document_id"),
            ("kind", str(kind) if kind is not None else None, "c.kind"),
        ):
            if value is not None:
                params[name] = value
                conditions.append(f"{column} = :{name}")
        if metric is not None:
            params["metric"] = metric
            conditions.append(
                "EXISTS (SELECT 1 FROM figure f WHERE f.claim_id = c.id AND f.metric = :metric)"
            )
        if topic is not None:
            params["topic"] = topic
            conditions.append(
                "c.incident_id IN (SELECT i.id FROM incident i WHERE i.type = :topic)"
            )
        claimed_on = "COALESCE(c.stated_on, (SELECT d.published_on FROM document d WHERE d.id = c.document_id))"
        for name, day, op in (("since", since, ">="), ("until", until, "<=")):
            if day is not None:
                params[name] = day.isoformat() if dialect == "sqlite" else day
                conditions.append(f"{claimed_on} {op} :{name}")
        if min_confidence is not None:
            params["min_confidence"] = min_confidence
            conditions.append("c.confidence >= :min_confidence")
        if updated_since is not None:
            params["updated_since"] = bind_timestamp(updated_since, dialect)
            conditions.append("c.updated_at >= :updated_since")
        listing = Listing(
            request=request,
            engine=engine,
            name="claims",
            source=f"{table} AS c JOIN actor AS a ON a.id = c.source_id",
            columns=COLUMNS,
            conditions=conditions,
            params=params,
            sort=parsed_sort,
            item=claim_item,
            csv_columns=CSV_COLUMNS,
            csv_row=claim_csv_row,
            enrich=add_figures,
        )
        return listing.respond(cursor=cursor, limit=limit, offset=offset, fmt=fmt)

    return await off_the_loop(request.app.state.engine, build, heavy=q is not None)


@router.get("/{claim_id}", response_model=ClaimPublic, responses=problem_responses(404))
def read_claim(session: SessionDep, claim_id: ClaimId) -> Any:
    """Get one claim with its source, span, figures and document id."""
    claim = session.get(Claim, claim_id)
    if claim is None:
        raise ProblemException(404, f"No claim with id {claim_id!r}.")
    return claims_public(session, [claim])[0]
