"""Two API processes (uvicorn, as two workers or replicas would be) on one database, and a
writer: equal ETags, 304s from either, and no stale body later than one second after a write
has committed."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import DATA_DIR, PROJECT_ROOT

PORTS = range(8910, 8930)  # the ports this project's tests may use
TOKEN = "workers-test-token"
ARTICLE = (
    "CENTCOM said 12 fighters were killed in the strike near Raqqa on Saturday. "
    "The Syrian Observatory for Human Rights said 15 people were killed."
)
STALE_BOUND_SECONDS = 1.0


def free_port() -> int:
    """A port of our range nothing listens on."""
    for port in PORTS:
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    pytest.skip("no free port in 8910-8929")


def server_env(database_url: str) -> dict[str, str]:
    """The environment of a server process on `database_url`."""
    env = dict(
        os.environ,
        INCIDENTS_DATABASE_URL=database_url,
        INCIDENTS_DATA_DIR=str(DATA_DIR),
        INCIDENTS_LOAD_ON_STARTUP="false",
        INCIDENTS_WRITE_TOKEN=TOKEN,
        INCIDENTS_LOG_LEVEL="WARNING",
    )
    env.pop("DATABASE_URL", None)
    return env


def start_server(database_url: str, log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """An uvicorn process serving the app on a free port, once it answers /healthz."""
    port = free_port()
    env = server_env(database_url)
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--port", str(port)],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"server exited: {log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise AssertionError(f"server did not start: {log.read_text()[-2000:]}")


@pytest.fixture
def two_servers(file_database_url: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two API processes on one database."""
    processes = []
    try:
        first, a = start_server(file_database_url, tmp_path / "a.log")
        processes.append(first)
        second, b = start_server(file_database_url, tmp_path / "b.log")
        processes.append(second)
        yield a, b
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


# Behind a load balancer every process sees the same Host (the bodies hold absolute links).
HOST = {"Host": "incidents.example"}


def get(url: str, **headers: str) -> httpx.Response:
    """GET with the shared Host header (a generous timeout: the machine may be loaded)."""
    return httpx.get(url, headers={**HOST, **headers}, timeout=30)


def wait_for_total(base: str, path: str, total: int) -> float:
    """Seconds until `path` on `base` reports `total` records (fails past the bound)."""
    started = time.monotonic()
    while True:
        if get(base + path).json()["total"] == total:
            return time.monotonic() - started
        assert time.monotonic() - started <= STALE_BOUND_SECONDS, f"{base}{path} still stale"
        time.sleep(0.01)


def test_two_processes_agree_on_etags_and_see_each_others_writes(
    two_servers: tuple[str, str],
) -> None:
    a, b = two_servers
    path = "/v1/claims?limit=5"
    first_a, first_b = get(a + path), get(b + path)
    assert first_a.status_code == first_b.status_code == 200
    assert first_a.headers["etag"] == first_b.headers["etag"]
    assert first_a.content == first_b.content
    etag = first_a.headers["etag"]
    assert get(b + path, **{"If-None-Match": etag}).status_code == 304
    assert get(a + path, **{"If-None-Match": etag}).status_code == 304
    total = first_a.json()["total"]

    # The writer goes through A; B must show the write within the bound, cache or not.
    created = httpx.post(
        a + "/v1/documents",
        json={"text": ARTICLE, "publisher": "Reuters", "published_on": "2016-09-18"},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert created.status_code == 201, created.text
    added = created.json()["claim_count"]
    assert added > 0
    assert get(a + path).json()["total"] == total + added  # the writer: at once
    wait_for_total(b, path, total + added)
    after_a, after_b = get(a + path), get(b + path)
    assert after_a.headers["etag"] == after_b.headers["etag"] != etag
    assert get(b + path, **{"If-None-Match": etag}).status_code == 200

    # A deletion through B reaches A just as fast.
    document_id = created.json()["document_id"]
    deleted = httpx.delete(
        f"{b}/v1/documents/{document_id}",
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=30,
    )
    assert deleted.status_code == 204
    wait_for_total(a, path, total)
    assert get(a + path).headers["etag"] == get(b + path).headers["etag"]


def test_incidents_serve_with_workers(file_database_url: str, tmp_path: Path) -> None:
    """`incidents serve --workers 2` migrates once, then both workers answer with Nagle's
    algorithm off on their connections (app.serving)."""
    import socket as sockets

    from app.serving import NoDelayHTTPProtocol

    port = free_port()
    env = server_env(file_database_url)
    log = tmp_path / "serve.log"
    incidents = Path(sys.executable).with_name("incidents")
    process = subprocess.Popen(
        [str(incidents), "serve", "--port", str(port), "--workers", "2"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=log.open("wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, log.read_text()[-2000:]
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        with httpx.Client(base_url=base, headers=HOST) as client:  # one keep-alive connection
            etags = {client.get("/v1/actors?limit=3").headers["etag"] for _ in range(10)}
        assert len(etags) == 1
    finally:
        process.terminate()
        process.wait(timeout=15)

    class Transport:
        def __init__(self, sock: sockets.socket) -> None:
            self.sock = sock

        def get_extra_info(self, name: str) -> object:
            return self.sock if name == "socket" else None

    called: list[object] = []
    with sockets.socket(sockets.AF_INET, sockets.SOCK_STREAM) as sock:
        protocol = NoDelayHTTPProtocol.__new__(NoDelayHTTPProtocol)
        base_class = NoDelayHTTPProtocol.__mro__[1]
        original = base_class.connection_made
        base_class.connection_made = lambda self, transport: called.append(transport)
        try:
            protocol.connection_made(Transport(sock))  # type: ignore[arg-type]
        finally:
            base_class.connection_made = original
        assert sock.getsockopt(sockets.IPPROTO_TCP, sockets.TCP_NODELAY) == 1
    assert len(called) == 1
