"""A cheap page's latency while slow searches run at the same time: SQL on the event loop
(how the app ran SQLite queries before) against SQL in the thread pool (now).

    .venv/bin/python bench/loop.py --db bench/api/data/claims-100k.db

Each mode starts the app (uvicorn, one worker, port 8912) on the same SQLite file; `--searchers`
threads send slow full-text searches (ranked prefix queries, a new URL each time so the
response cache cannot answer) while one thread asks for a cheap page (five claims of one
document, also a new URL each time) and records its latency. Ratios are to `after`, measured
in the same run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import threading
import time
from itertools import count
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SERVER = """
import sys
import app.db
if sys.argv[1] == "before":
    async def on_the_loop(engine, work):
        return work()
    app.db.off_the_loop = on_the_loop
    import app.api.listing, app.api.routes.claims, app.api.routes.incidents, app.api.routes.sources
    for module in (app.api.listing, app.api.routes.claims, app.api.routes.incidents,
                   app.api.routes.sources):
        module.off_the_loop = on_the_loop
import uvicorn
uvicorn.run("app.main:app", port=int(sys.argv[2]), log_level="warning")
"""
SLOW = "/v1/claims?q=s*%20OR%20k*&sort=rank&limit=50&_={n}"
CHEAP = "/v1/claims?document={document}&limit=5&_={n}"


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of `values` fall."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(mode: str, db: Path, port: int, duration: float, searchers: int) -> dict[str, float]:
    """Serve in `mode` and measure; returns latencies in milliseconds."""
    env = dict(
        os.environ,
        INCIDENTS_DATABASE_URL=f"sqlite:///{db}",
        INCIDENTS_LOAD_ON_STARTUP="false",
        INCIDENTS_LOG_LEVEL="WARNING",
    )
    server = subprocess.Popen([sys.executable, "-c", SERVER, mode, str(port)], cwd=ROOT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        document = httpx.get(f"{base}/v1/documents?limit=1").json()["items"][0]["id"]
        numbers = count()
        stop = threading.Event()
        slow_times: list[float] = []

        def search() -> None:
            with httpx.Client(timeout=60) as client:
                while not stop.is_set():
                    started = time.perf_counter()
                    client.get(base + SLOW.format(n=next(numbers)))
                    slow_times.append(time.perf_counter() - started)

        threads = [threading.Thread(target=search) for _ in range(searchers)]
        for thread in threads:
            thread.start()
        cheap: list[float] = []
        with httpx.Client(timeout=60) as client:
            ends = time.monotonic() + duration
            while time.monotonic() < ends:
                started = time.perf_counter()
                response = client.get(base + CHEAP.format(document=document, n=next(numbers)))
                assert response.status_code == 200, response.text
                cheap.append(time.perf_counter() - started)
                time.sleep(0.01)
        stop.set()
        for thread in threads:
            thread.join()
    finally:
        server.terminate()
        server.wait()
    return {
        "cheap p50": statistics.median(cheap) * 1000,
        "cheap p99": percentile(cheap, 0.99) * 1000,
        "cheap requests": len(cheap),
        "slow p50": statistics.median(slow_times) * 1000 if slow_times else 0.0,
        "slow requests": len(slow_times),
    }


def main() -> None:
    """Measure both modes and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a bench/api/generate.py database")
    parser.add_argument("--duration", type=float, default=10.0)
    parser.add_argument("--searchers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8912)
    args = parser.parse_args()
    results = {
        mode: run(mode, args.db, args.port, args.duration, args.searchers)
        for mode in ("before", "after")
    }
    print("| measure | before (SQL on the loop) | after (thread pool) | before ÷ after |")
    print("| --- | ---: | ---: | ---: |")
    for key in results["after"]:
        before, after = results["before"][key], results["after"][key]
        ratio = before / after if after else float("nan")
        print(f"| {key} | {before:.1f} | {after:.1f} | {ratio:.2f} |")


if __name__ == "__main__":
    main()
