"""Dependencies shared by the routes: paging, and resolving `source` names to actor ids."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query
from sqlmodel import Session, select

from app.api.problems import ProblemException
from app.extract.registry import normalise_name
from app.models import Actor

MAX_LIMIT = 500


@dataclass(frozen=True)
class Paging:
    """Which slice of a list to return."""

    limit: int
    offset: int


def get_paging(
    limit: Annotated[
        int,
        Query(ge=1, le=MAX_LIMIT, description="Maximum number of items (1-500).", examples=[50]),
    ] = 50,
    offset: Annotated[int, Query(ge=0, description="Number of items to skip.", examples=[0])] = 0,
) -> Paging:
    """The paging parameters of a list request."""
    return Paging(limit=limit, offset=offset)


PagingDep = Annotated[Paging, Depends(get_paging)]

SourceQuery = Annotated[
    list[str] | None,
    Query(
        description=(
            "Only records with a claim by this source: an actor id, name or alias, "
            "case-insensitive. Repeat to accept several sources. See /v1/sources."
        ),
        examples=[["centcom", "Russian MoD"]],
    ),
]


def resolve_sources(session: Session, values: Sequence[str]) -> set[str]:
    """Actor ids named by `values` (id, name or alias, any case); 422 for an unknown one."""
    by_id: dict[str, set[str]] = {}
    by_name: dict[str, set[str]] = {}
    by_key: dict[str, set[str]] = {}
    for actor in session.exec(select(Actor)).all():
        by_id.setdefault(actor.id.casefold(), set()).add(actor.id)
        for name in [actor.name, *(actor.aliases or [])]:
            by_name.setdefault(name.casefold(), set()).add(actor.id)
            by_key.setdefault(normalise_name(name), set()).add(actor.id)
    ids: set[str] = set()
    for value in values:
        wanted = value.strip()
        # Most specific first: an exact id, then a name or alias, then the normalised spelling.
        found = (
            by_id.get(wanted.casefold())
            or by_name.get(wanted.casefold())
            or by_key.get(normalise_name(wanted) or "\x00")
        )
        if not found:
            raise ProblemException(
                422,
                f"Unknown source {value!r}: no actor has this id, name or alias. "
                "See /v1/sources for the sources that made claims.",
                errors=[
                    {
                        "loc": ["query", "source"],
                        "msg": f"unknown source {value!r}",
                        "type": "unknown_source",
                    }
                ],
            )
        ids |= found
    return ids
