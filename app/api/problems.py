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
    ) -> None:
        super().__init__(detail)
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
        "The database does not answer.",
        {
            "type": "about:blank",
            "title": "Service Unavailable",
            "status": 503,
            "detail": "The database does not answer.",
            "instance": "/healthz",
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
        request, exc.status, exc.detail, type_=exc.type, title=exc.title, errors=exc.errors
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


async def _unexpected_exception(request: Request, exc: Exception) -> JSONResponse:
    """Anything else as a 500 problem; the details go to the log, not the client."""
    logger.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(request, 500, "An unexpected error occurred.")


def add_problem_handlers(app: FastAPI) -> None:
    """Answer every error of `app` with problem details."""
    app.add_exception_handler(StarletteHTTPException, _http_exception)
    app.add_exception_handler(ProblemException, _problem_exception)
    app.add_exception_handler(RequestValidationError, _validation_exception)
    app.add_exception_handler(Exception, _unexpected_exception)


def use_problem_media_type(spec: dict[str, Any]) -> dict[str, Any]:
    """Document error responses as `application/problem+json` instead of `application/json`."""
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for status, response in operation.get("responses", {}).items():
                content = response.get("content", {})
                if str(status)[0] in "45" and "application/json" in content:
                    content[PROBLEM_MEDIA_TYPE] = content.pop("application/json")
    return spec
