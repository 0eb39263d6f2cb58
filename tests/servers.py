"""Real servers for the suites that need TCP and separate processes (concurrency, faults)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import httpx

INCIDENTS = Path(sys.executable).with_name("incidents")


def free_port(ports: range = range(9110, 9130)) -> int:
    """A free port among `ports` (ours: 9110-9129 for servers, 5441-5449 for PostgreSQL)."""
    for port in ports:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {ports}")


@contextmanager
def serving(env: Mapping[str, str], log: Path, timeout_s: float = 60) -> Iterator[str]:
    """`incidents serve` with `env` on a free port until the block ends; its base URL."""
    port = free_port()
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(INCIDENTS), "serve", "--port", str(port)], env=dict(env), stdout=out, stderr=out
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"the server did not start: {log.read_text()[-2000:]}")
                time.sleep(0.2)
            yield base
        finally:
            process.terminate()
            process.wait(timeout=10)
