"""Actors: states, ministries, commands, groups and people, from the registry or extraction."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from sqlmodel import col, func, select

from app.api.deps import PagingDep
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Actor, ActorPublic, ActorsPublic

router = APIRouter(prefix="/actors", tags=["actors"], responses=problem_responses(422, 500))

ActorId = Annotated[str, Path(description="Actor id (a slug).", examples=["centcom"])]


@router.get("", response_model=ActorsPublic)
def read_actors(
    session: SessionDep,
    paging: PagingDep,
    kind: Annotated[
        str | None, Query(description="Only actors of this kind.", examples=["ministry"])
    ] = None,
    known: Annotated[
        bool | None,
        Query(description="Only registry actors (true) or new ones (false).", examples=[True]),
    ] = None,
) -> Any:
    """List actors by id, optionally by kind or by whether the registry knows them."""
    conditions: list[Any] = []
    if kind is not None:
        conditions.append(col(Actor.kind) == kind)
    if known is not None:
        conditions.append(col(Actor.known) == known)
    total = session.exec(select(func.count()).select_from(Actor).where(*conditions)).one()
    actors = session.exec(
        select(Actor)
        .where(*conditions)
        .order_by(col(Actor.id))
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    return ActorsPublic(
        items=[ActorPublic.model_validate(a) for a in actors],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get("/{actor_id}", response_model=ActorPublic, responses=problem_responses(404))
def read_actor(session: SessionDep, actor_id: ActorId) -> Any:
    """Get one actor."""
    actor = session.get(Actor, actor_id)
    if actor is None:
        raise ProblemException(404, f"No actor with id {actor_id!r}.")
    return actor
