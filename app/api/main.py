"""The versioned API: every resource router under `/v1`."""

from fastapi import APIRouter

from app.api.routes import (
    actors,
    changes,
    claims,
    documents,
    incidents,
    ingest,
    load_failures,
    sources,
)

api_router = APIRouter(prefix="/v1")
api_router.include_router(incidents.router)
api_router.include_router(claims.router)
api_router.include_router(actors.router)
api_router.include_router(sources.router)
api_router.include_router(documents.router)
api_router.include_router(ingest.router)
api_router.include_router(load_failures.router)
api_router.include_router(changes.router)
