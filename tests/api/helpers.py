"""Assertions shared by the API tests."""

from __future__ import annotations

from typing import Any

import httpx


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
