"""The versioned API: every resource router under `/v1`."""

from fastapi import APIRouter

from app.api.problems import problem_responses
from app.api.routes import (
    actors,
    changes,
    claims,
    documents,
    incidents,
    load_failures,
    sources,
)

# Every route may meet a database in trouble: a 503 with Retry-After.
api_router = APIRouter(prefix="/v1", responses=problem_responses(503))
api_router.include_router(incidents.router)
api_router.include_router(claims.router)
api_router.include_router(actors.router)
api_router.include_router(sources.router)
api_router.include_router(documents.router)
api_router.include_router(documents.writes)
api_router.include_router(load_failures.router)
api_router.include_router(changes.router)
