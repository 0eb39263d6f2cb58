"""Soak: a server under mixed traffic for a minute; errors, latency percentiles and RSS over time.

Starts `incidents serve` on a fresh database (SQLite file by default, or --database-url),
loads the 60 FA-KES rows of tests/data/fakes_sample.csv, then runs, in the same run:
- a baseline: `GET /openapi.json` (answered from memory, no database) for --baseline seconds;
- the soak: 8 reader threads (lists with filters, cursors and searches, details, /healthz) and
  one writer thread (POST a new article, DELETE it) for --seconds.
It reports 5xx and transport errors (must be 0), p50/p99/max per phase and the p99 ratio to the
baseline, and the server's RSS sampled every second: after warm-up, at the end, and the growth.

    .venv/bin/python bench/soak.py                     # 60 s, SQLite
    .venv/bin/python bench/soak.py --database-url postgresql://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
INCIDENTS = Path(sys.executable).with_name("incidents")
SAMPLE = ROOT / "tests" / "data" / "fakes_sample.csv"
TOKEN = "soak-token"
MAPPING = ["--text", "article_content", "--title", "article_title", "--publisher", "source"]
MAPPING += ["--published", "date", "--id-column", "unit_id", "--quiet"]
READS = [
    ("/v1/claims", {}),
    ("/v1/claims", {"source": "SOHR"}),
    ("/v1/claims", {"q": "killed", "limit": 20}),
    ("/v1/claims", {"metric": "killed", "sort": "-confidence"}),
    ("/v1/incidents", {}),
    ("/v1/incidents", {"q": "air strike OR airstrike"}),
    ("/v1/incidents", {"since": "2016-01-01", "format": "geojson"}),
    ("/v1/sources", {}),
    ("/v1/actors", {"known": "false"}),
    ("/v1/documents", {"limit": 10}),
    ("/v1/claims", {"format": "csv", "limit": 100}),
    ("/healthz", {}),
]


def rss_kib(pid: int) -> int:
    """Resident set size of a process (KiB), from /proc."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of `values`, in ms."""
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


class Phase:
    """Latencies and outcomes of one phase."""

    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.statuses: Counter[int] = Counter()
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def note(self, started: float, response: httpx.Response | None, error: str = "") -> None:
        with self.lock:
            if response is None:
                self.errors.append(error)
                return
            self.latencies.append(time.monotonic() - started)
            self.statuses[response.status_code] += 1
            if response.status_code >= 500:
                self.errors.append(f"{response.status_code} {response.text[:200]}")

    def summary(self) -> dict[str, float]:
        return {
            "requests": len(self.latencies),
            "p50_ms": percentile(self.latencies, 50),
            "p99_ms": percentile(self.latencies, 99),
            "max_ms": 1000 * max(self.latencies),
        }


def run_phase(base: str, seconds: float, phase: Phase, readers: int, writer: bool) -> None:
    stop = time.monotonic() + seconds

    def read(worker: int) -> None:
        rng = random.Random(worker)
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                path, params = rng.choice(READS) if readers > 1 or writer else ("/openapi.json", {})
                params = dict(params)
                started = time.monotonic()
                try:
                    response = client.get(path, params=params)
                except httpx.HTTPError as exc:
                    phase.note(started, None, f"{type(exc).__name__}: {exc}")
                    continue
                phase.note(started, response)
                if path != "/healthz" and response.status_code == 200 and rng.random() < 0.3:
                    following = response.headers.get("link", "")
                    if following.startswith("<"):
                        started = time.monotonic()
                        try:
                            phase.note(started, client.get(following[1:].split(">")[0]))
                        except httpx.HTTPError as exc:
                            phase.note(started, None, f"{type(exc).__name__}: {exc}")

    def write() -> None:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        n = 0
        with httpx.Client(base_url=base, timeout=30) as client:
            while time.monotonic() < stop:
                n += 1
                body = {
                    "text": f"CENTCOM said {n} soldiers were killed in a strike near Raqqa "
                    f"on Monday, the {n}th report of the soak.",
                    "publisher": "Reuters",
                    "published_on": "2017-03-20",
                }
                started = time.monotonic()
                try:
                    created = client.post("/v1/documents", json=body, headers=auth)
                    phase.note(started, created)
                    if created.status_code == 201:
                        started = time.monotonic()
                        phase.note(
                            started, client.delete(created.headers["location"], headers=auth)
                        )
                except httpx.HTTPError as exc:
                    phase.note(started, None, f"{type(exc).__name__}: {exc}")
                time.sleep(0.05)

    threads = [threading.Thread(target=read, args=(w,)) for w in range(readers)]
    if writer:
        threads.append(threading.Thread(target=write))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--baseline", type=float, default=10)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--port", type=int, default=9127)
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="incidents-soak-"))
    url = args.database_url or f"sqlite:///{workdir / 'soak.db'}"
    env = {
        **os.environ,
        "INCIDENTS_DATABASE_URL": url,
        "INCIDENTS_WRITE_TOKEN": TOKEN,
        "INCIDENTS_LOAD_ON_STARTUP": "false",
        "INCIDENTS_LOG_LEVEL": "WARNING",
    }
    subprocess.run([str(INCIDENTS), "load", str(SAMPLE), *MAPPING], env=env, check=True)
    log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        [str(INCIDENTS), "serve", "--port", str(args.port)], env=env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(150):
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        baseline = Phase()
        run_phase(base, args.baseline, baseline, readers=1, writer=False)

        soak = Phase()
        samples: list[tuple[float, int]] = []
        started = time.monotonic()
        sampler_stop = threading.Event()

        def sample() -> None:
            while not sampler_stop.wait(1.0):
                samples.append((time.monotonic() - started, rss_kib(server.pid)))

        sampler = threading.Thread(target=sample)
        sampler.start()
        run_phase(base, args.seconds, soak, readers=8, writer=True)
        sampler_stop.set()
        sampler.join()
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()

    warm = [kib for t, kib in samples if t >= min(10.0, args.seconds / 3)]
    first, last, peak = warm[0], warm[-1], max(warm)
    # Least-squares slope of RSS after warm-up, in KiB per minute.
    points = [(t, kib) for t, kib in samples if t >= min(10.0, args.seconds / 3)]
    mean_t = statistics.fmean(t for t, _ in points)
    mean_k = statistics.fmean(k for _, k in points)
    slope = sum((t - mean_t) * (k - mean_k) for t, k in points) / max(
        1e-9, sum((t - mean_t) ** 2 for t, _ in points)
    )
    b, s = baseline.summary(), soak.summary()
    print(
        f"database: {url.split(':')[0]}  duration: {args.seconds:.0f} s (baseline {args.baseline:.0f} s)"
    )
    print("| phase | requests | p50 ms | p99 ms | max ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, phase in (("baseline (/openapi.json)", b), ("soak (mixed)", s)):
        print(
            f"| {name} | {phase['requests']:.0f} | {phase['p50_ms']:.1f} | "
            f"{phase['p99_ms']:.1f} | {phase['max_ms']:.0f} |"
        )
    print(f"soak p99 / baseline p99: {s['p99_ms'] / b['p99_ms']:.1f}x")
    print(f"statuses: {dict(sorted(soak.statuses.items()))}")
    print(f"errors (5xx or transport): {len(soak.errors) + len(baseline.errors)}")
    for error in (soak.errors + baseline.errors)[:5]:
        print(f"  {error}")
    print(
        f"RSS after warm-up {first / 1024:.1f} MiB, end {last / 1024:.1f} MiB, peak "
        f"{peak / 1024:.1f} MiB; end/start {last / first:.3f}; trend {slope / 1024 * 60:+.2f} MiB/min"
    )
    return 1 if soak.errors or baseline.errors else 0


if __name__ == "__main__":
    sys.exit(main())
