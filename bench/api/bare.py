"""The ceiling: a bare ASGI app that answers every request with the same few bytes."""

from __future__ import annotations

import os
from typing import Any

# BARE_BODY_BYTES pads the body to a given size (the runner's "same bytes as the page" row).
_SIZE = int(os.environ.get("BARE_BODY_BYTES", "0"))
BODY = (
    b'{"pad":"' + b"x" * max(0, _SIZE - 10) + b'"}'
    if _SIZE
    else b'{"items":[],"total":0,"limit":50,"offset":0,"next":null}'
)
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """Answer HTTP with BODY; accept lifespan events."""
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
