"""app.cache: data versions, memos, and the ASGI response cache on a stub app."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

from app import cache


def test_observe_moves_the_version_and_drops_memos() -> None:
    epoch, start = "cafe", cache.version()
    cache.observe(epoch, start + 1, datetime.now(UTC))
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return 42

    assert cache.memo("answer", compute) == 42
    assert cache.memo("answer", compute) == 42
    assert len(calls) == 1
    token = cache.token()
    assert not cache.observe(epoch, start + 1, datetime.now(UTC))  # already seen
    assert not cache.observe(epoch, start, datetime.now(UTC))  # older: a late message
    assert cache.observe(epoch, start + 2, datetime.now(UTC))
    assert cache.token() != token
    assert cache.memo("answer", compute) == 42
    assert len(calls) == 2
    assert cache.observe("beef", 1, datetime.now(UTC))  # another database: its own numbers
    assert cache.token() == "beef.1"


def test_etags_depend_on_the_version_and_the_request_only() -> None:
    cache.observe("e1", 7, datetime.now(UTC))
    first = request(cache.ResponseCache(StubApp()), "/v1/x")[1][b"etag"]
    second = request(cache.ResponseCache(StubApp()), "/v1/x")[1][b"etag"]  # another "worker"
    assert first == second
    cache.observe("e1", 8, datetime.now(UTC))
    assert request(cache.ResponseCache(StubApp()), "/v1/x")[1][b"etag"] != first


def test_etag_matching() -> None:
    tag = cache.make_etag("a", b"b")
    assert cache.etag_matches(tag, tag)
    assert cache.etag_matches(b'"x", ' + tag, tag)
    assert cache.etag_matches(b"W/" + tag, tag)
    assert cache.etag_matches(b"*", tag)
    assert not cache.etag_matches(b'"x"', tag)
    assert cache.make_etag("a", "b") != cache.make_etag("ab", "")


class StubApp:
    """An ASGI app counting its calls; answers 200 with a body, or 404 under /v1/missing."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.calls += 1
        status = 404 if scope["path"] == "/v1/missing" else 200
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b"hello", "more_body": True})
        await send({"type": "http.response.body", "body": b" world"})


def request(
    app: Any, path: str, headers: list[tuple[bytes, bytes]] | None = None, method: str = "GET"
) -> tuple[int, dict[bytes, bytes], bytes]:
    """Run one request through an ASGI app."""
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b""}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": b"",
        "headers": headers or [],
    }
    asyncio.run(app(scope, receive, send))
    start = messages[0]
    body = b"".join(m.get("body", b"") for m in messages[1:])
    return start["status"], dict(start["headers"]), body


def test_response_cache_replays_and_invalidates() -> None:
    stub = StubApp()
    middleware = cache.ResponseCache(stub)
    status, headers, body = request(middleware, "/v1/x")
    assert (status, body, stub.calls) == (200, b"hello world", 1)
    assert request(middleware, "/v1/x")[2] == b"hello world"
    assert stub.calls == 1
    assert request(middleware, "/v1/x", [(b"if-none-match", headers[b"etag"])])[0] == 304
    cache.observe("cafe", cache.version() + 1, datetime.now(UTC))  # another process wrote
    assert request(middleware, "/v1/x")[0] == 200
    assert stub.calls == 2
    request(middleware, "/v1/missing")
    request(middleware, "/v1/missing")
    assert stub.calls == 4
    request(middleware, "/other")
    request(middleware, "/other")
    assert stub.calls == 6


def test_large_bodies_stream_through_uncached(monkeypatch: Any) -> None:
    monkeypatch.setattr(cache, "MAX_CACHED_BODY", 8)
    stub = StubApp()
    middleware = cache.ResponseCache(stub)
    assert request(middleware, "/v1/big")[2] == b"hello world"
    assert request(middleware, "/v1/big")[2] == b"hello world"
    assert stub.calls == 2


def test_cache_respects_its_byte_budget() -> None:
    stub = StubApp()
    middleware = cache.ResponseCache(stub, max_bytes=25)
    for path in ("/v1/a", "/v1/b", "/v1/c"):
        request(middleware, path)
    assert middleware.store.size <= 25
    request(middleware, "/v1/a")  # evicted, asked again
    assert stub.calls == 4
