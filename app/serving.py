"""uvicorn's HTTP protocol with TCP_NODELAY on every connection, for `incidents serve --workers`.

With `--workers` above 1, uvicorn binds the listening socket itself without naming the TCP
protocol, so asyncio does not switch Nagle's algorithm off on the connections it accepts: a
response written as headers then body waits for the client's delayed ACK, some 40 ms per
request on a keep-alive connection (measured: one connection, 20 requests/s instead of
hundreds). One worker binds through asyncio and is not affected.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

_Base: Any = AutoHTTPProtocol


class NoDelayHTTPProtocol(_Base):
    """uvicorn's HTTP protocol, with TCP_NODELAY set when a TCP connection opens."""

    def connection_made(self, transport: asyncio.Transport) -> None:
        """Switch Nagle's algorithm off, then carry on as uvicorn does."""
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
