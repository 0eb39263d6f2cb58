"""Assertions shared by the API tests."""

from __future__ import annotations

from typing import Any

import httpx
from fastapi.testclient import TestClient


def ids(page: dict[str, Any]) -> set[str]:
    """The ids of a list response's items."""
    return {item["id"] for item in page["items"]}


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    """Assert an RFC 9457 problem response with this status; return its body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status
    assert body["type"] == "about:blank"
    assert body["title"]
    assert body["detail"]
    assert body["instance"] == response.request.url.path
    return body


def send_case(
    client: TestClient, case: Any, headers: dict[str, str] | None = None
) -> httpx.Response:
    """Send a schemathesis case through `client` (an app already started).

    Not `case.call`: on an ASGI app it runs the start-up and shut-down around every request,
    and the shut-down disposes the engine, so an in-memory database is emptied after each one.
    """
    kwargs = case.as_transport_kwargs(base_url="http://testserver", headers=headers)
    cookies = kwargs.pop("cookies", None)
    if isinstance(kwargs.get("data"), bytes | str):
        kwargs["content"] = kwargs.pop("data")
    client.cookies.clear()
    if cookies:
        client.cookies.update(cookies)
    return client.request(**kwargs)
