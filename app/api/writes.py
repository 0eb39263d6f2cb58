"""Guarding writes: the token, bounded and checked bodies, and the bodies of POST /v1/documents.

The write routes themselves (POST and DELETE /v1/documents) are in `app.api.routes.documents`.

Both need `Authorization: Bearer <INCIDENTS_WRITE_TOKEN>`; without a configured token writes
are disabled. Reads stay open. The body of a write is read here, under `max_body_bytes`,
before FastAPI parses it: a chunked body without Content-Length is cut off at the limit too.
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable, Coroutine
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import Depends, HTTPException, Request, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import field_validator
from sqlmodel import SQLModel

from app.api.problems import Problem, ProblemException, problem_responses
from app.core.config import Settings
from app.documents import repair_text, web_url
from app.models import described

bearer = HTTPBearer(
    scheme_name="WriteToken",
    description="The service's INCIDENTS_WRITE_TOKEN; required by the write routes only.",
    auto_error=False,
)


# Request and response bodies


class DocumentCreate(SQLModel):
    """An article to ingest: its text and what is known about it that the text does not say."""

    text: str = described(
        "The article text: words in sentences, at most `INCIDENTS_MAX_TEXT_CHARS` characters. "
        "Claim spans will be character offsets into it.",
        "Russia said Saturday that 62 Syrian soldiers were killed in US-led coalition strikes.",
    )
    title: str | None = described(
        "Headline.",
        "Russia says coalition strikes killed 62 Syrian soldiers",
        default=None,
        max_length=2000,
    )
    publisher: str | None = described(
        "Outlet that published the article (matched against the actor registry).",
        "Press TV",
        default=None,
        max_length=500,
    )
    relayed_by: str | None = described(
        "Outlet that relayed the publisher's copy, if any.", "Alalam", default=None, max_length=500
    )
    published_on: date | None = described(
        "Date of publication (YYYY-MM-DD); resolves 'Saturday' and 'September 17'.",
        "2016-09-18",
        default=None,
    )
    url: str | None = described(
        "Where the article was published: an http:// or https:// URL.",
        "https://www.presstv.ir/Detail/2016/09/18/485",
        default=None,
        max_length=2048,
    )
    language: str = described(
        "ISO 639-1 language code of the text.", "en", default="en", min_length=2, max_length=16
    )

    @field_validator("text", "title", "publisher", "relayed_by", "url", "language")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        """Refuse NUL characters, which no database column may hold; repair mojibake and C1
        control characters (text once decoded in the wrong encoding) as the loader does."""
        if value is not None and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return repair_text(value) if value is not None else None

    @field_validator("text")
    @classmethod
    def _an_article(cls, value: str) -> str:
        """Refuse a text that is empty, only whitespace, or has no run of words to read."""
        if not value.strip():
            raise ValueError("must not be empty or only whitespace")
        if not _WORDS.search(value):
            raise ValueError("is not an article: it has no sentence of words (three in a row)")
        return value

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str | None) -> str | None:
        """Only http(s) URLs with a host: a `javascript:` or `file:` URL is never served."""
        return web_url(value)


class IngestedIncident(SQLModel):
    """An incident the ingested document's claims are about."""

    id: str = described("Incident id.", "inc_4c1d2e3f4a5b")
    status: Literal["new", "existing"] = described(
        "`new` when this request created it; `existing` when it was already stored (another "
        "document reports it too, the new claims were merged into it).",
        "new",
    )
    claims: int = described("Claims of this document about the incident.", 4)


class DocumentIngested(SQLModel):
    """What ingesting an article stored, or found already stored."""

    document_id: str = described("Id of the stored document.", "doc_f236ada43775")
    status: Literal["new", "unchanged"] = described(
        "`new` when stored by this request; `unchanged` when a document with the same bytes "
        "(SHA-256 of the UTF-8 text) was already stored: nothing was changed.",
        "new",
    )
    location: str = described("Path of the document.", "/v1/documents/doc_f236ada43775")
    claim_count: int = described("Number of claims read from the document.", 9)
    claim_ids: list[str] = described(
        "The document's claims, in document order (see /v1/claims?document=...).",
        ["clm_1a2b3c4d5e6f"],
    )
    incidents: list[IngestedIncident] = described(
        "Incidents the document's claims are about.",
        [{"id": "inc_4c1d2e3f4a5b", "status": "new", "claims": 4}],
    )


# Problems specific to writes (the shared helper documents 404, 422, 500)


def _problem_doc(status: int, title: str, description: str, detail: str, path: str) -> Any:
    """A `responses=` entry documenting one problem answer, with its example."""
    example = {"type": "about:blank", "title": title, "status": status}
    example.update({"detail": detail, "instance": path})
    return {
        "model": Problem,
        "description": description,
        "content": {"application/json": {"example": example}},
    }


AUTH_RESPONSES: dict[int | str, Any] = {
    401: _problem_doc(
        401,
        "Unauthorized",
        "No bearer token: send `Authorization: Bearer <INCIDENTS_WRITE_TOKEN>`.",
        "A bearer token is required: send `Authorization: Bearer <token>`.",
        "/v1/documents",
    ),
    403: _problem_doc(
        403,
        "Forbidden",
        "Wrong token, or writes disabled (no INCIDENTS_WRITE_TOKEN configured).",
        "The bearer token is not the write token.",
        "/v1/documents",
    ),
}
POST_RESPONSES: dict[int | str, Any] = {
    200: {
        "model": DocumentIngested,
        "description": "The same article (same bytes) was already stored; nothing changed.",
    },
    400: _problem_doc(
        400,
        "Bad Request",
        "The body is not UTF-8, not JSON, nested too deeply, or holds invalid Unicode.",
        "The request body is not valid JSON: Expecting value (line 1, column 1).",
        "/v1/documents",
    ),
    **AUTH_RESPONSES,
    413: _problem_doc(
        413,
        "Request Entity Too Large",
        "The body is larger than `INCIDENTS_MAX_BODY_BYTES`, or the text longer than "
        "`INCIDENTS_MAX_TEXT_CHARS`.",
        "The request body is larger than 1000000 bytes.",
        "/v1/documents",
    ),
    **problem_responses(422),
}


# Guarding writes: the token first, then the body under the size limit


def check_write_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Raise a 403 (writes disabled, wrong token) or 401 (no bearer token) problem."""
    if settings.write_token is None:
        raise ProblemException(
            403, "Writes are disabled: set INCIDENTS_WRITE_TOKEN to enable them."
        )
    if credentials is None:
        raise HTTPException(
            401,
            "A bearer token is required: send `Authorization: Bearer <token>`.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    expected = settings.write_token.get_secret_value().encode()
    if not secrets.compare_digest(credentials.credentials.encode(), expected):
        raise ProblemException(403, "The bearer token is not the write token.")


def require_writer(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> None:
    """Dependency of the write routes: a valid write token (and the spec's security entry)."""
    check_write_token(request.app.state.settings, credentials)


async def read_bounded_body(request: Request, limit: int) -> bytes:
    """The request body, or a 413 problem as soon as it is known to exceed `limit` bytes."""
    too_large = ProblemException(413, f"The request body is larger than {limit} bytes.")
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise ProblemException(400, f"Content-Length {declared!r} is not a number.")
        if int(declared) > limit:
            raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            raise too_large
    return bytes(body)


MAX_JSON_DEPTH = 16
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
# A sentence of words: three words of letters in a row (`!!!! ????` or `1 2 3` is no article).
_WORDS = re.compile(r"[^\W\d_]{2,}(?:[\s,;:'’-]+[^\W\d_]{2,}){2}")


def json_depth(body: bytes, limit: int) -> int:
    """How deeply `body` nests arrays and objects, counted up to `limit + 1` (no parsing:
    a body of 100,000 `[` must be refused before the parser recurses into it)."""
    depth = deepest = 0
    for byte in _JSON_STRING.sub(b'""', body).translate(None, _NOT_BRACKETS):
        if byte in b"[{":
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        else:
            depth -= 1
    return deepest


def _unicode_problem(value: Any, path: str) -> str | None:
    """The field holding text that is not valid Unicode (a lone surrogate such as \\ud800)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "body"
        return None
    items: Any = (
        value.items()
        if isinstance(value, dict)
        else enumerate(value)
        if isinstance(value, list)
        else ()
    )
    for key, item in items:
        where = f"{path}.{key}" if path else str(key)
        if isinstance(key, str) and _unicode_problem(key, where):
            return where
        found = _unicode_problem(item, where)
        if found:
            return found
    return None


def check_json_body(body: bytes) -> None:
    """Raise a 400 problem saying why `body` is not a UTF-8 JSON document of valid Unicode."""
    if not body.strip():
        raise ProblemException(400, "The request body is empty: send a JSON object with `text`.")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemException(
            400,
            f"The request body is not UTF-8 (byte {exc.start}: {body[exc.start : exc.start + 1]!r}); "
            "send JSON encoded as UTF-8.",
        ) from exc
    if json_depth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise ProblemException(
            400, f"The request body nests arrays or objects deeper than {MAX_JSON_DEPTH} levels."
        )
    try:
        parsed = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = (
            f"{exc.msg} (line {exc.lineno}, column {exc.colno})"
            if isinstance(exc, json.JSONDecodeError)
            else "nested too deeply"
        )
        raise ProblemException(400, f"The request body is not valid JSON: {reason}.") from exc
    field = _unicode_problem(parsed, "")
    if field is not None:
        raise ProblemException(
            400,
            f"{field}: not valid Unicode text (a lone surrogate such as \\ud800); "
            "send every string as well-formed UTF-16 escapes or UTF-8.",
            errors=[
                {"loc": ["body", *field.split(".")], "msg": "invalid Unicode", "type": "unicode"}
            ],
        )


class WriteRoute(APIRoute):
    """A route that checks the write token, then reads the body under the limit, then runs."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        """Wrap FastAPI's handler (which reads the whole body before any dependency runs)."""
        handler = super().get_route_handler()

        async def guarded(request: Request) -> Response:
            """Refuse unauthorised or oversized writes before their body is read or parsed."""
            settings: Settings = request.app.state.settings
            check_write_token(settings, await bearer(request))
            if request.method in ("POST", "PUT", "PATCH"):
                body = await read_bounded_body(request, settings.max_body_bytes)
                check_json_body(body)
                # FastAPI reads the body through `Request.body()`, which returns this cache.
                request._body = body
            return await handler(request)

        return guarded
