"""What the `IncidentsAPI.__call__` override saves: a cached GET called in-process, three ways.

    .venv/bin/python bench/hotpath.py [--requests 20000] [--rounds 7]

The app is built as `create_app` builds it, on a fresh SQLite file; one page is requested
through the lifespan so the response cache holds it, then the same ASGI request is replayed
in a loop (no sockets, no uvicorn: only what the app does per request):

- `override`: the app as built; `IncidentsAPI.__call__` answers from the cache first;
- `outermost middleware`: the cache as the outermost user middleware (the best `add_middleware`
  offers), still behind `FastAPI.__call__` and FastAPI's own middleware;
- `as a middleware today`: `FastAPI.__call__` on the app as built, so the cache answers where
  its middleware sits (inside CORS).

Prints the median and the best µs per request over the rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app

ASGI = Callable[[Any, Any, Any], Awaitable[None]]
PATH, QUERY = "/v1/sources", b"limit=5"


def cached_app(folder: Path) -> FastAPI:
    """An app on an empty database whose response cache holds the benchmarked page."""
    documents = folder / "documents"
    documents.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        database_url=f"sqlite:///{folder}/bench.sqlite",
        documents_dir=documents,
        load_on_startup=False,
        log_level="WARNING",
    )
    app = create_app(settings)
    with TestClient(app) as client:
        assert client.get(f"{PATH}?{QUERY.decode()}").status_code == 200
    return app


def per_request(call: ASGI, requests: int, rounds: int) -> tuple[float, float]:
    """Median and best µs per request of `call` on the cached page."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": PATH,
        "raw_path": PATH.encode(),
        "root_path": "",
        "query_string": QUERY,
        "headers": [(b"host", b"testserver"), (b"accept", b"*/*"), (b"user-agent", b"bench")],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    statuses: set[int] = set()

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.add(message["status"])

    async def loop(n: int) -> None:
        for _ in range(n):
            await call(dict(scope), receive, send)

    asyncio.run(loop(min(requests, 1000)))  # warm up
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        asyncio.run(loop(requests))
        times.append((time.perf_counter() - started) / requests * 1e6)
    assert statuses == {200}, statuses
    return statistics.median(times), min(times)


def main() -> None:
    """Build the apps, time the three ways, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        # One database for both: a second database would move the shared data version on and
        # empty the first app's cache.
        app = cached_app(Path(tmp))
        outer = cached_app(Path(tmp))
        outer.user_middleware.reverse()  # [ResponseCache, CORS] -> the cache outermost
        outer.middleware_stack = None
        ways: dict[str, ASGI] = {
            "override": app,
            "outermost middleware": lambda s, r, se: FastAPI.__call__(outer, s, r, se),
            "as a middleware today": lambda s, r, se: FastAPI.__call__(app, s, r, se),
        }
        for name, call in ways.items():
            median, best = per_request(call, args.requests, args.rounds)
            print(f"{name:24} {median:6.1f} µs/request (best {best:.1f})")


if __name__ == "__main__":
    main()
