"""The changes feed: created, updated and deleted records in commit order, for incremental sync."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy import and_, bindparam, or_, select, true
from sqlmodel import SQLModel

from app.api.deps import reject_unknown_parameters
from app.api.listing import as_utc, bind_timestamp, iso_timestamp
from app.api.problems import ProblemException, problem_responses
from app.db import fetch_all, reading
from app.models import ChangesPublic

router = APIRouter(
    prefix="/changes",
    tags=["changes"],
    responses=problem_responses(410, 422, 500),
    dependencies=[Depends(reject_unknown_parameters)],
)

CURSOR = re.compile(r"c\.(\d{1,18})\.(\d{1,18})")
DEFAULT_LIMIT = 500
MAX_LIMIT = 5000


CHANGE = SQLModel.metadata.tables["change"]
DATA_VERSION = SQLModel.metadata.tables["data_version"]
PRUNED = select(DATA_VERSION.c.pruned_through, DATA_VERSION.c.pruned_until)
COMMITTED = CHANGE.c.version.is_not(None)
NEWEST = (
    select(CHANGE.c.version, CHANGE.c.seq)
    .where(COMMITTED)
    .order_by(CHANGE.c.version.desc(), CHANGE.c.seq.desc())
    .limit(1)
)
# Where a page starts: from the beginning, after a cursor, or at a time.
STARTS = {
    "start": true(),
    "cursor": or_(
        CHANGE.c.version > bindparam("version"),
        and_(CHANGE.c.version == bindparam("version"), CHANGE.c.seq > bindparam("seq")),
    ),
    "time": CHANGE.c.at >= bindparam("at"),
}
# Up to the newest change seen first (`top_version`, `top_seq`).
UP_TO_TOP = or_(
    CHANGE.c.version < bindparam("top_version"),
    and_(CHANGE.c.version == bindparam("top_version"), CHANGE.c.seq <= bindparam("top_seq")),
)
PAGES = {
    start: select(
        CHANGE.c.version,
        CHANGE.c.seq,
        CHANGE.c.record_type,
        CHANGE.c.record_id,
        CHANGE.c.change,
        CHANGE.c.at,
    )
    .where(COMMITTED, condition, UP_TO_TOP)
    .order_by(CHANGE.c.version, CHANGE.c.seq)
    .limit(bindparam("limit"))
    for start, condition in STARTS.items()
}


def _since(value: str | None, dialect: str) -> tuple[str, dict[str, Any], int, datetime | None]:
    """Where `since` starts (a key of `STARTS`), its parameters, and the version/time it
    starts after."""
    if value is None:
        return "start", {}, 0, None
    match = CURSOR.fullmatch(value)
    if match:
        version, seq = int(match[1]), int(match[2])
        return "cursor", {"version": version, "seq": seq}, version, None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ProblemException(
            422,
            f"since={value!r} is neither a cursor from this feed (`c.N.N`) nor an ISO 8601 "
            "timestamp.",
            errors=[
                {
                    "loc": ["query", "since"],
                    "msg": "Invalid cursor or timestamp",
                    "type": "value_error",
                }
            ],
        ) from None
    return "time", {"at": bind_timestamp(moment, dialect)}, 0, moment


@router.get("", response_model=ChangesPublic)
def read_changes(
    request: Request,
    since: Annotated[
        str | None,
        Query(
            description="Where to start: the `cursor` of the last page read (changes after it), "
            "or an ISO 8601 timestamp (changes committed at or after it). Omitted: from the "
            "oldest change kept.",
            examples=["c.42.1337", "2026-01-05T09:30:00Z"],
        ),
    ] = None,
    limit: Annotated[
        int,
        Query(
            ge=1, le=MAX_LIMIT, description="Maximum number of changes (1-5000).", examples=[500]
        ),
    ] = DEFAULT_LIMIT,
) -> Any:
    """List created, updated and deleted documents, claims, incidents and actors in commit
    order; follow `next` (or store `cursor`) to read on, including deletions."""
    engine = request.app.state.engine
    start, params, after_version, after_time = _since(since, engine.dialect.name)
    pruned = fetch_all(engine, PRUNED, {})
    pruned_through, pruned_until = pruned[0] if pruned else (0, None)
    if since is not None and pruned_through:
        if after_time is None:
            gone = after_version < pruned_through
        else:
            gone = pruned_until is not None and as_utc(pruned_until) > as_utc(after_time)
        if gone:
            raise ProblemException(
                410,
                f"Changes up to version {pruned_through} are no longer kept (see the retention "
                "in the README); read the lists again in full, then follow this feed from the "
                "`cursor` it gives without `since`.",
            )
    with reading(engine) as run:
        # The newest change first, then the page up to it: a change committed in between is
        # left for the next page instead of being skipped by the cursor.
        newest = run(NEWEST, {})
        top_version, top_seq = newest[0] if newest else (0, 0)
        rows = run(
            PAGES[start],
            {**params, "limit": limit, "top_version": top_version, "top_seq": top_seq},
        )
    items = [{"type": r[2], "id": r[3], "change": r[4], "at": iso_timestamp(r[5])} for r in rows]
    if rows:
        cursor = f"c.{rows[-1][0]}.{rows[-1][1]}"
    elif since is not None and CURSOR.fullmatch(since):
        cursor = since
    else:  # nothing after a timestamp, or an empty log: on from the newest change
        cursor = f"c.{top_version}.{top_seq}"
    next_url = str(request.url.include_query_params(since=cursor))
    return Response(
        ChangesPublic.model_validate(
            {"items": items, "limit": limit, "next": next_url, "cursor": cursor}
        ).model_dump_json(),
        media_type="application/json",
        headers={"Link": f'<{next_url}>; rel="next"'},
    )
