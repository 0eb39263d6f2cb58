"""RFC 9457 problem details: the one error format of the API, and the handlers producing it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger(__name__)

PROBLEM_MEDIA_TYPE = "application/problem+json"
RETRY_AFTER_SECONDS = 5  # what a 503 asks clients to wait


def status_title(status: int) -> str:
    """The RFC 9110 reason phrase of `status` (Python 3.11 still says 'Unprocessable Entity')."""
    if status == 422:
        return "Unprocessable Content"
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class ProblemError(BaseModel):
    """One invalid input: where it is and what is wrong with it."""

    loc: list[str | int] = Field(
        description="Path to the input: its location then its name.", examples=[["query", "limit"]]
    )
    msg: str = Field(
        description="What is wrong.", examples=["Input should be less than or equal to 500"]
    )
    type: str = Field(description="Machine-readable error type.", examples=["less_than_equal"])


class Problem(BaseModel):
    """An error, as RFC 9457 problem details (`application/problem+json`)."""

    type: str = Field(
        default="about:blank",
        description="URI identifying the problem type; `about:blank` means see `status`.",
        examples=["about:blank"],
    )
    title: str = Field(description="Short summary of the problem type.", examples=["Not Found"])
    status: int = Field(description="HTTP status code.", examples=[404])
    detail: str | None = Field(
        default=None,
        description="Explanation specific to this occurrence.",
        examples=["No claim with id 'clm_000000000000'."],
    )
    instance: str | None = Field(
        default=None,
        description="The request path that caused the problem.",
        examples=["/v1/claims/clm_000000000000"],
    )
    errors: list[ProblemError] | None = Field(
        default=None,
        description="The invalid inputs, for validation problems (422).",
        examples=[[{"loc": ["query", "limit"], "msg": "Input should be ...", "type": "x"}]],
    )


class ProblemException(Exception):
    """Raised by handlers to answer with a problem response."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        type_: str = "about:blank",
        title: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(detail)
        self.headers = dict(headers) if headers else None
        self.status = status
        self.detail = detail
        self.type = type_
        self.title = title or status_title(status)
        self.errors = errors


def problem_response(
    request: Request,
    status: int,
    detail: str | None,
    *,
    type_: str = "about:blank",
    title: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    """A JSONResponse holding a problem document."""
    problem = Problem(
        type=type_,
        title=title or status_title(status),
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=[ProblemError.model_validate(e) for e in errors] if errors is not None else None,
    )
    return JSONResponse(
        jsonable_encoder(problem, exclude_none=True),
        status_code=status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=dict(headers) if headers else None,
    )


_EXAMPLES: dict[int, tuple[str, dict[str, Any]]] = {
    404: (
        "No record with this id.",
        {
            "type": "about:blank",
            "title": "Not Found",
            "status": 404,
            "detail": "No claim with id 'clm_000000000000'.",
            "instance": "/v1/claims/clm_000000000000",
        },
    ),
    422: (
        "Invalid parameters: out of range, or an unknown source.",
        {
            "type": "about:blank",
            "title": "Unprocessable Content",
            "status": 422,
            "detail": "Unknown source 'Atlantis': no actor has this id, name or alias. "
            "See /v1/sources for the sources that made claims.",
            "instance": "/v1/claims",
            "errors": [
                {
                    "loc": ["query", "source"],
                    "msg": "unknown source 'Atlantis'",
                    "type": "unknown_source",
                }
            ],
        },
    ),
    410: (
        "The changes asked for are older than the feed keeps.",
        {
            "type": "about:blank",
            "title": "Gone",
            "status": 410,
            "detail": "Changes up to version 1200 are no longer kept (see the retention in the "
            "README); read the lists again in full, then follow this feed from the `cursor` it "
            "gives without `since`.",
            "instance": "/v1/changes",
        },
    ),
    500: (
        "Unexpected server error.",
        {
            "type": "about:blank",
            "title": "Internal Server Error",
            "status": 500,
            "detail": "An unexpected error occurred.",
            "instance": "/v1/claims",
        },
    ),
    503: (
        "The database is down, busy or too slow (a lock or statement timeout); retry after "
        "`Retry-After` seconds.",
        {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "The database is unavailable or busy; try again shortly.",
            "instance": "/v1/claims",
        },
    ),
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` entries documenting problem answers (with an example) for these statuses."""
    responses: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        description, example = _EXAMPLES[status]
        responses[status] = {
            "model": Problem,
            "description": description,
            "content": {"application/json": {"example": example}},
        }
        if status == 503:
            responses[status]["headers"] = {
                "Retry-After": {
                    "description": "Seconds to wait before trying again.",
                    "schema": {"type": "string"},
                    "example": str(RETRY_AFTER_SECONDS),
                }
            }
    return responses


async def _http_exception(request: Request, exc: Exception) -> JSONResponse:
    """HTTPException (including routing 404/405) as a problem."""
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail if isinstance(exc.detail, str) else None
    return problem_response(request, exc.status_code, detail, headers=exc.headers)


async def _problem_exception(request: Request, exc: Exception) -> JSONResponse:
    """ProblemException as a problem."""
    assert isinstance(exc, ProblemException)
    return problem_response(
        request,
        exc.status,
        exc.detail,
        type_=exc.type,
        title=exc.title,
        errors=exc.errors,
        headers=exc.headers,
    )


async def _validation_exception(request: Request, exc: Exception) -> JSONResponse:
    """Request validation errors as a 422 problem listing each invalid input."""
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type"))}
        for e in exc.errors()
    ]
    detail = "; ".join(
        f"{'.'.join(str(p) for p in e['loc'][1:]) or 'request'}: {e['msg']}" for e in errors
    )
    return problem_response(request, 422, detail or "Invalid request.", errors=errors)


_SQLITE_UNAVAILABLE = (
    "database is locked",
    "database is busy",
    "interrupted",
    "unable to open",
    "disk i/o error",
    "database disk image is malformed",
)


def database_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says the database is down, unreachable, busy, locked or too slow: a 503.

    psycopg's OperationalError covers a refused or dropped connection, statement and lock
    timeouts, serialization failures and deadlocks; SQLite's covers a held write lock and a
    read interrupted by its deadline. Raised raw (the list routes use DB-API connections) or
    wrapped by SQLAlchemy (`.orig`), or as the pool's own timeout.
    """
    import sqlite3

    import psycopg
    from sqlalchemy import exc as sa

    if isinstance(exc, sa.TimeoutError):
        return True
    if isinstance(exc, sa.DBAPIError):
        if exc.connection_invalidated:
            return True
        if exc.orig is not None and database_unavailable(exc.orig):
            return True
        return isinstance(exc, sa.OperationalError | sa.InterfaceError) and not isinstance(
            exc.orig, sqlite3.Error
        )
    if isinstance(exc, psycopg.OperationalError | psycopg.InterfaceError):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        message = str(exc).lower()
        return any(m in message for m in _SQLITE_UNAVAILABLE)
    return False


def first_line(exc: BaseException) -> str:
    """An exception's first line (drivers add SQL and hints on the next ones)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def unavailable_response(request: Request, exc: BaseException) -> JSONResponse:
    """The 503 problem of a database in trouble, with `Retry-After`."""
    logger.warning(
        "database unavailable on %s %s: %s", request.method, request.url.path, first_line(exc)
    )
    return problem_response(
        request,
        503,
        "The database is unavailable or busy; try again shortly.",
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def error_response(request: Request, exc: BaseException) -> JSONResponse:
    """A 503 for database trouble, else a 500 whose details go to the log, not the client."""
    if database_unavailable(exc):
        return unavailable_response(request, exc)
    logger.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(request, 500, "An unexpected error occurred.")


class ErrorBoundary:
    """ASGI middleware answering any exception the app lets through as a problem.

    Starlette's own last-resort handler sends its 500 and then re-raises, so the server drops
    the keep-alive connection without `Connection: close` and the client's next request on it
    fails. Here the error is answered and the connection stays usable. An exception after the
    response started (a CSV stream cut off) cannot be answered and still propagates.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Run the app; answer an escaping exception with problem details."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"]:
            # No record has an id with NUL in it (PostgreSQL could not even compare it).
            request = Request(scope)
            await problem_response(request, 404, "No resource at this path.")(scope, receive, send)
            return
        started = finished = False

        async def tracking(message: Any) -> None:
            nonlocal started, finished
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body"):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, tracking)
        except Exception as exc:
            if finished:
                # Cleanup after a complete answer (closing a session whose connection the
                # database dropped): the client has its response; keep its connection.
                logger.warning("error after answering %s: %s", scope["path"], first_line(exc))
                return
            if started:
                raise
            await error_response(Request(scope), exc)(scope, receive, send)


def add_problem_handlers(app: FastAPI) -> None:
    """Answer every error of `app` with problem details."""
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(ProblemException, _problem_exception)
    app.add_exception_handler(RequestValidationError, _validation_exception)
    # Answers what the handlers above let through, without dropping the connection.
    app.add_middleware(ErrorBoundary)


def use_problem_media_type(spec: dict[str, Any]) -> dict[str, Any]:
    """Document error responses as `application/problem+json` instead of `application/json`."""
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if str(status)[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
    return spec
