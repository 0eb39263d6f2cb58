"""The fault suite: a throwaway PostgreSQL cluster the test starts on its own port, a server
on it, and requests running while the database is stopped, a table is locked and connections
are killed mid-request. Every response must be a 2xx or a 503 with Retry-After (never another
5xx, never a hang), and the API must serve again within 5 s of the database being back.

Needs PostgreSQL's server binaries (initdb, pg_ctl in /usr/lib/postgresql/*/bin); skipped
without them, failed when INCIDENTS_REQUIRE_POSTGRES=1 (CI).
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest

from tests.servers import free_port, serving

TOKEN = "fault-token"
RECOVERY_S = 5.0


def _bin_dir() -> Path | None:
    """The newest PostgreSQL server binaries on the machine."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass
class Cluster:
    """A throwaway PostgreSQL cluster run by the `postgres` user."""

    bin_dir: Path
    directory: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def run(self, *args: str) -> None:
        """Run a server binary as `postgres` (initdb refuses root)."""
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            "pg_ctl",
            "-D",
            str(self.directory / "data"),
            "-o",
            options,
            "-l",
            str(self.directory / "log"),
            "-w",
            "start",
        )

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.directory / "data"), "-m", "immediate", "-w", "stop")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    """initdb and start a cluster on a port of ours (5441-5449); removed afterwards."""
    bin_dir = _bin_dir()
    if bin_dir is None or (shutil.which("runuser") is None and os.geteuid() == 0):
        message = "PostgreSQL server binaries (initdb, pg_ctl) or runuser not found"
        if os.environ.get("INCIDENTS_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    directory = Path(tempfile.mkdtemp(prefix="incidents-11-faults-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    cluster = Cluster(bin_dir, directory, free_port(range(5441, 5450)))
    try:
        cluster.run(
            "initdb", "-D", str(directory / "data"), "-A", "trust", "-U", "postgres", "--no-sync"
        )
        cluster.start()
        yield cluster
    finally:
        with contextlib.suppress(Exception):
            cluster.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.fixture(scope="module")
def server(cluster: Cluster) -> Iterator[str]:
    """`incidents serve` on the cluster, with short timeouts; its base URL."""
    env = {
        **os.environ,
        "INCIDENTS_DATABASE_URL": cluster.url,
        "INCIDENTS_WRITE_TOKEN": TOKEN,
        "INCIDENTS_STATEMENT_TIMEOUT_MS": "3000",
        "INCIDENTS_LOCK_TIMEOUT_MS": "1000",
        "INCIDENTS_CONNECT_TIMEOUT_S": "2",
        "INCIDENTS_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)
    log = cluster.directory / "server.log"
    try:
        with serving(env, log) as base:
            yield base
    finally:
        # Kept for a failure's post-mortem (the cluster's folder is removed).
        shutil.copy(log, Path(tempfile.gettempdir()) / "incidents-faults-server.log")


@dataclass
class Traffic:
    """Requests sent in the background until stopped, with what came back."""

    base: str
    statuses: Counter[str] = field(default_factory=Counter)
    bad: list[str] = field(default_factory=list)
    slowest: float = 0.0
    stop: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)

    def _loop(self, worker: int) -> None:
        n = 0
        with httpx.Client(base_url=self.base, timeout=15) as client:
            while not self.stop.is_set():
                n += 1
                started = time.monotonic()
                try:
                    response = self._request(client, worker, n)
                except httpx.HTTPError as exc:
                    self.bad.append(f"{type(exc).__name__}: {exc}")
                    continue
                elapsed = time.monotonic() - started
                self.slowest = max(self.slowest, elapsed)
                status = response.status_code
                self.statuses[f"{response.request.method} {status}"] += 1
                if status == 503:
                    if not response.headers.get("retry-after", "").isdigit():
                        self.bad.append(f"503 without Retry-After: {response.text[:200]}")
                    if response.headers["content-type"] != "application/problem+json":
                        self.bad.append(f"503 not a problem: {response.text[:200]}")
                elif status >= 300:
                    self.bad.append(f"{response.request.url.path} {status} {response.text[:200]}")

    @staticmethod
    def _request(client: httpx.Client, worker: int, n: int) -> httpx.Response:
        """The n-th request of a worker: reads (with cache-busters `_`, so every GET reaches
        the database), the health check, and writes."""
        kind = n % 5
        if kind == 0:
            return client.get("/healthz")
        if kind == 1:
            return client.get("/v1/claims", params={"_": f"{worker}-{n}"})
        if kind == 2:
            return client.get("/v1/incidents", params={"q": "killed", "_": f"{worker}-{n}"})
        if kind == 3:
            return client.get("/v1/sources", params={"_": f"{worker}-{n}"})
        return client.post(
            "/v1/documents",
            json={"text": f"CENTCOM said {n} soldiers were killed in strike {worker}."},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )

    def __enter__(self) -> Traffic:
        self.threads = [threading.Thread(target=self._loop, args=(w,)) for w in range(4)]
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=30)


def serves_within(base: str, seconds: float) -> float:
    """Seconds until /healthz and a list answer 200 again (fails after `seconds`)."""
    started = time.monotonic()
    with httpx.Client(base_url=base, timeout=5) as client:
        while time.monotonic() - started < seconds:
            try:
                n = time.monotonic_ns()
                if (
                    client.get("/healthz").status_code == 200
                    and client.get("/v1/claims", params={"_": n}).status_code == 200
                ):
                    return time.monotonic() - started
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
    raise AssertionError(f"the API did not serve again within {seconds} s")


def assert_only_ok_or_503(traffic: Traffic, limit_s: float) -> None:
    assert not traffic.bad, traffic.bad[:5]
    assert traffic.statuses, "no request was answered"
    assert traffic.slowest < limit_s, f"a request took {traffic.slowest:.1f} s"


def test_database_stopped_then_started(cluster: Cluster, server: str) -> None:
    with Traffic(server) as traffic:
        time.sleep(1)
        cluster.stop()
        time.sleep(3)
        cluster.start()
        recovered = serves_within(server, RECOVERY_S)
        time.sleep(0.5)
    assert_only_ok_or_503(traffic, 10)
    assert traffic.statuses["GET 503"] > 0, traffic.statuses  # the outage was seen
    print(f"stopped/started: {dict(traffic.statuses)}, serving again after {recovered:.2f} s")


def test_a_table_locked_elsewhere(cluster: Cluster, server: str) -> None:
    with Traffic(server) as traffic:
        time.sleep(0.5)
        with psycopg.connect(cluster.url) as locker:
            # One table: locking two could deadlock with a request reading them in the other order.
            locker.execute("LOCK TABLE claim IN ACCESS EXCLUSIVE MODE")
            started = time.monotonic()
            with httpx.Client(base_url=server, timeout=15) as client:
                health = client.get("/healthz")
            health_s = time.monotonic() - started
            time.sleep(3)
            locker.rollback()
        recovered = serves_within(server, RECOVERY_S)
        time.sleep(0.5)
    assert health.status_code == 503 and health.headers["retry-after"]
    assert health_s < 4, f"/healthz took {health_s:.1f} s under a lock"
    assert_only_ok_or_503(traffic, 8)
    assert traffic.statuses["GET 503"] > 0, traffic.statuses
    print(f"locked: {dict(traffic.statuses)}, healthz {health_s:.2f} s, back in {recovered:.2f} s")


def test_connections_killed_mid_request(cluster: Cluster, server: str) -> None:
    with Traffic(server) as traffic, psycopg.connect(cluster.url, autocommit=True) as admin:
        ended = time.monotonic() + 4
        kills = 0
        while time.monotonic() < ended:
            kills += len(
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = 'postgres' AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'"
                ).fetchall()
            )
            time.sleep(0.05)
        recovered = serves_within(server, RECOVERY_S)
        time.sleep(0.5)
    assert kills > 0
    assert_only_ok_or_503(traffic, 8)
    print(f"killed {kills}: {dict(traffic.statuses)}, serving again after {recovered:.2f} s")
