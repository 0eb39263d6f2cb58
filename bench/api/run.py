"""Load this API, Datasette and a bare ASGI app with wrk on the same SQLite file; print the table.

For each database (see generate.py) the servers run one at a time on 127.0.0.1, each loaded by
`wrk -t2 -c32 -d<duration>s --latency` after a short warm-up:

- cold: a claims page filtered by the top source, every request a different path (another
  cursor, plus a unique `_r=` for this API, whose response cache would otherwise answer
  repeats) - no cache help;
- hot: the same first page over and over, as a polling dashboard asks for it;
- bare: the bare ASGI app's fixed bytes, the ceiling for a Python server here (and the same
  app padded to the hot page's size, to tell framework cost from bytes moved).

It prints requests/s, p50/p99 latency, peak RSS (VmHWM) of each server process and the ratios
the targets are stated in, and writes the numbers to bench/api/results.json.

    .venv/bin/python bench/api/run.py --sizes 10k,100k,1m --duration 10

`--baseline <git-ref>` instead compares this API with the tree at that ref (from `git archive`,
run with this checkout's .venv), cold and hot, in one run: the two trees alternate, each
measured `--rounds` times on the same database and paths, and the table gives the ratios.

    .venv/bin/python bench/api/run.py --baseline main --sizes 100k --duration 10 --rounds 2
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from app.api.listing import parse_sort  # noqa: E402
from app.api.routes.claims import SORTS  # noqa: E402

BIN = ROOT / ".venv" / "bin"
SOURCE = "centcom"
PATHS_PER_RUN = 200_000
QUIET = ["--no-access-log", "--log-level", "warning"]
# Facet suggestions run only on a first page (no _next) and take seconds at 100k+ rows: off,
# so the hot Datasette row measures serving a page, as an API client uses it.
DATASETTE_FLAGS = ["--setting", "default_page_size", "50", "--setting", "suggest_facets", "off"]


@dataclass
class Result:
    """One wrk run."""

    size: str
    server: str
    scenario: str
    requests_per_s: float
    p50_ms: float
    p99_ms: float
    errors: int
    peak_rss_mb: float = 0.0


def wait_ready(url: str, timeout: float = 120.0) -> float:
    """Seconds until `url` answers 200."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.02)
    raise RuntimeError(f"{url} not ready after {timeout}s")


def peak_rss_mb(pid: int) -> float:
    """Peak resident set size (VmHWM) of a process, in MB."""
    status = Path(f"/proc/{pid}/status").read_text()
    match = re.search(r"VmHWM:\s+(\d+) kB", status)
    return int(match.group(1)) / 1024 if match else 0.0


def milliseconds(text: str) -> float:
    """A wrk latency (`1.23ms`, `850.00us`, `1.2s`) in ms."""
    match = re.match(r"([\d.]+)(us|ms|s)", text)
    if not match:
        return float("nan")
    value, unit = float(match.group(1)), match.group(2)
    return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value


def wrk(url: str, duration: int, connections: int, paths: Path | None) -> dict[str, float]:
    """Run wrk against `url` (with the paths script when given); parse its summary."""
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "--timeout", "5s"]
    env = dict(os.environ)
    if paths is not None:
        command += ["-s", str(HERE / "paths.lua")]
        env["PATHS"] = str(paths)
    output = subprocess.run(
        [*command, url], capture_output=True, text=True, env=env, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    p50 = re.search(r"^\s+50%\s+(\S+)", output, re.MULTILINE)
    p99 = re.search(r"^\s+99%\s+(\S+)", output, re.MULTILINE)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    failed = int(errors.group(1)) if errors else 0
    if socket_errors:  # connect/read/write errors and timeouts count as failed requests
        print(f"    wrk: socket errors {socket_errors.group(1)}")
        failed += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    return {
        "rate": rate,
        "p50": milliseconds(p50.group(1)) if p50 else float("nan"),
        "p99": milliseconds(p99.group(1)) if p99 else float("nan"),
        "errors": failed,
    }


class Server:
    """A server process started for the benchmark, stopped on exit."""

    def __init__(
        self,
        command: list[str],
        ready_url: str,
        env: dict[str, str] | None = None,
        cwd: Path = ROOT,
    ):
        self.started = time.monotonic()
        self.process: subprocess.Popen[bytes] = subprocess.Popen(
            command,
            cwd=cwd,
            env={**os.environ, **(env or {})},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        atexit.register(self.process.kill)  # even when the run is interrupted
        try:
            self.ready_after = wait_ready(ready_url)
        except RuntimeError:
            self.stop()
            raise

    def stop(self) -> float:
        """Stop the server; return its peak RSS in MB."""
        rss = peak_rss_mb(self.process.pid)
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        return rss


def cold_paths(db: Path, out: Path, *, api: bool, name: str, count: int, seed: int) -> Path:
    """Request paths of the top source's pages at random positions, one per line.

    Each path of this API's carries a unique `_r=` (seed-prefixed, so the warm-up's paths are
    not the measured ones): its response cache must not answer any of them.
    """
    connection = sqlite3.connect(db)
    rows = connection.execute(
        "SELECT document_id, sequence, id FROM claim WHERE source_id = ? "
        "ORDER BY document_id, sequence, id",
        (SOURCE,),
    ).fetchall()
    connection.close()
    rng = random.Random(seed)
    lines = []
    if api:
        from app.api.listing import encode_cursor

        sort = parse_sort("document", SORTS, "document")
        cursors = [encode_cursor(sort, list(row)) for row in rows[:-50]]
        for n in range(count):
            cursor = rng.choice(cursors)
            lines.append(f"/v1/claims?source={SOURCE}&limit=50&cursor={cursor}&_r={seed}-{n}")
    else:
        ids = sorted(row[2] for row in rows)[:-50]
        for _ in range(count):
            lines.append(f"/{name}/claim.json?source_id={SOURCE}&_size=50&_next={rng.choice(ids)}")
    out.write_text("\n".join(lines) + "\n")
    return out


def prepare(db: Path) -> None:
    """Give Datasette the index its keyset on (source_id, id) needs, so it is not held back."""
    connection = sqlite3.connect(db)
    connection.execute("CREATE INDEX IF NOT EXISTS bench_claim_source_pk ON claim (source_id, id)")
    connection.commit()
    connection.close()


def startup_on_seed(port: int) -> float:
    """Seconds from launching the API on a fresh database with the seed until /healthz is 200."""
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(
            [str(BIN / "uvicorn"), "app.main:app", "--port", str(port), "--log-level", "warning"],
            f"http://127.0.0.1:{port}/healthz",
            {"INCIDENTS_DATABASE_URL": f"sqlite:///{tmp}/seed.db"},
        )
        ready = server.ready_after
        server.stop()
    return ready


def bench_size(
    size: str, db: Path, *, duration: int, connections: int, port: int, warmup: int
) -> list[Result]:
    """Every server and scenario on one database."""
    results: list[Result] = []
    prepare(db)
    work = Path(tempfile.mkdtemp(prefix="bench-api-"))
    name = db.stem.replace(".", "_")
    base = f"http://127.0.0.1:{port}"

    def measure(server: str, scenario: str, url: str, paths: tuple[Path, Path] | None) -> Result:
        """Warm up (on other paths than the measured ones), then measure."""
        wrk(url, warmup, connections, paths[0] if paths else None)
        m = wrk(url, duration, connections, paths[1] if paths else None)
        result = Result(size, server, scenario, m["rate"], m["p50"], m["p99"], int(m["errors"]))
        print(
            f"  {size:>5} {server:<10} {scenario:<5} {m['rate']:>9,.0f} req/s  "
            f"p50 {m['p50']:.2f} ms  p99 {m['p99']:.2f} ms  errors {m['errors']}",
            flush=True,
        )
        results.append(result)
        return result

    # (a) this API
    api = Server(
        [str(BIN / "uvicorn"), "app.main:app", "--port", str(port), *QUIET],
        base + "/healthz",
        {"INCIDENTS_DATABASE_URL": f"sqlite:///{db}", "INCIDENTS_LOAD_ON_STARTUP": "false"},
    )
    print(f"  {size:>5} API ready in {api.ready_after:.2f} s", flush=True)
    hot_url = base + f"/v1/claims?source={SOURCE}&limit=50"
    with urllib.request.urlopen(hot_url) as response:
        page_bytes = len(response.read())
    api_paths = (
        cold_paths(db, work / "api-warm.txt", api=True, name=name, count=PATHS_PER_RUN, seed=1),
        cold_paths(db, work / "api.txt", api=True, name=name, count=PATHS_PER_RUN, seed=2),
    )
    cold = measure("this API", "cold", base, api_paths)
    hot = measure("this API", "hot", hot_url, None)
    cold.peak_rss_mb = hot.peak_rss_mb = api.stop()

    # (b) Datasette on the same file
    datasette = Server(
        [str(BIN / "datasette"), "serve", str(db), "--port", str(port), *DATASETTE_FLAGS],
        base + f"/{name}/claim.json?_size=1",
    )
    ds_paths = (
        cold_paths(db, work / "ds-warm.txt", api=False, name=name, count=PATHS_PER_RUN, seed=1),
        cold_paths(db, work / "ds.txt", api=False, name=name, count=PATHS_PER_RUN, seed=2),
    )
    cold = measure("Datasette", "cold", base, ds_paths)
    hot = measure(
        "Datasette", "hot", base + f"/{name}/claim.json?source_id={SOURCE}&_size=50", None
    )
    cold.peak_rss_mb = hot.peak_rss_mb = datasette.stop()

    # (c) the bare ASGI app: a few fixed bytes (the ceiling), then as many bytes as the page
    for scenario, body_bytes in (("fixed", 0), ("page-size", page_bytes)):
        bare = Server(
            [str(BIN / "uvicorn"), "--app-dir", str(HERE), "bare:app", "--port", str(port), *QUIET],
            base + "/",
            {"BARE_BODY_BYTES": str(body_bytes)},
        )
        row = measure("bare ASGI", scenario, base + "/", None)
        row.peak_rss_mb = bare.stop()
    shutil.rmtree(work)
    return results


def export_tree(ref: str) -> Path:
    """The files of `ref` in a temporary directory, using this checkout's virtualenv."""
    tree = Path(tempfile.mkdtemp(prefix="bench-baseline-"))
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref], cwd=ROOT, capture_output=True, check=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
    (tree / ".venv").symlink_to(ROOT / ".venv")
    atexit.register(shutil.rmtree, tree, True)
    return tree


def compare_trees(
    size: str,
    db: Path,
    trees: dict[str, Path],
    *,
    duration: int,
    connections: int,
    port: int,
    warmup: int,
    rounds: int,
) -> list[Result]:
    """This API's cold and hot pages from each tree, alternating, on one database."""
    results: list[Result] = []
    work = Path(tempfile.mkdtemp(prefix="bench-api-"))
    name = db.stem.replace(".", "_")
    base = f"http://127.0.0.1:{port}"
    paths = (
        cold_paths(db, work / "api-warm.txt", api=True, name=name, count=PATHS_PER_RUN, seed=1),
        cold_paths(db, work / "api.txt", api=True, name=name, count=PATHS_PER_RUN, seed=2),
    )
    hot_url = base + f"/v1/claims?source={SOURCE}&limit=50"
    bodies: dict[str, bytes] = {}
    for round_ in range(rounds):
        for label, tree in trees.items():
            api = Server(
                [str(BIN / "uvicorn"), "app.main:app", "--port", str(port), *QUIET],
                base + "/healthz",
                {"INCIDENTS_DATABASE_URL": f"sqlite:///{db}", "INCIDENTS_LOAD_ON_STARTUP": "false"},
                cwd=tree,
            )
            with urllib.request.urlopen(hot_url) as response:
                bodies[label] = response.read()
            for scenario, url, scenario_paths in (
                ("cold", base, paths),
                ("hot", hot_url, None),
            ):
                wrk(url, warmup, connections, scenario_paths[0] if scenario_paths else None)
                m = wrk(url, duration, connections, scenario_paths[1] if scenario_paths else None)
                result = Result(
                    size, label, scenario, m["rate"], m["p50"], m["p99"], int(m["errors"])
                )
                print(
                    f"  {size:>5} round {round_ + 1} {label:<12} {scenario:<5} "
                    f"{m['rate']:>9,.0f} req/s  p50 {m['p50']:.2f} ms  p99 {m['p99']:.2f} ms  "
                    f"errors {m['errors']}",
                    flush=True,
                )
                results.append(result)
            rss = api.stop()
            for r in results[-2:]:
                r.peak_rss_mb = rss
    if len(set(bodies.values())) != 1:
        print("  warning: the trees answer the hot page differently", flush=True)
    shutil.rmtree(work)
    return results


def comparison_table(results: list[Result], baseline: str) -> str:
    """Mean requests/s and p99 per tree and scenario, and this tree ÷ the baseline."""
    lines = [
        f"| claims | scenario | {baseline} req/s | this req/s | ratio | {baseline} p99 ms "
        "| this p99 ms |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in dict.fromkeys(r.size for r in results):
        for scenario in ("cold", "hot"):

            def mean(label: str, attr: str, size: str = size, scenario: str = scenario) -> float:
                values = [
                    getattr(r, attr)
                    for r in results
                    if (r.size, r.server, r.scenario) == (size, label, scenario)
                ]
                return sum(values) / len(values)

            old, new = mean(baseline, "requests_per_s"), mean("this", "requests_per_s")
            lines.append(
                f"| {size} | {scenario} | {old:,.0f} | {new:,.0f} | {new / old:.2f} | "
                f"{mean(baseline, 'p99_ms'):.2f} | {mean('this', 'p99_ms'):.2f} |"
            )
    return "\n".join(lines)


def table(results: list[Result], startup: float) -> str:
    """The results and the target ratios as Markdown."""
    lines = [
        "| claims | server | scenario | requests/s | p50 ms | p99 ms | peak RSS MB | errors |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        lines.append(
            f"| {r.size} | {r.server} | {r.scenario} | {r.requests_per_s:,.0f} | "
            f"{r.p50_ms:.2f} | {r.p99_ms:.2f} | {r.peak_rss_mb:.0f} | {r.errors} |"
        )
    by = {(r.size, r.server, r.scenario): r for r in results}
    sizes = list(dict.fromkeys(r.size for r in results))
    lines += ["", "| target | " + " | ".join(sizes) + " |", "| --- |" + " ---: |" * len(sizes)]

    def ratio_row(label: str, fn: object) -> None:
        cells = []
        for size in sizes:
            try:
                cells.append(fn(size))  # type: ignore[operator]
            except KeyError:
                cells.append("-")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    ratio_row(
        "cold page ÷ Datasette (≥ 3×)",
        lambda s: (
            f"{by[s, 'this API', 'cold'].requests_per_s / by[s, 'Datasette', 'cold'].requests_per_s:.1f}×"
        ),
    )
    ratio_row(
        "hot page ÷ bare ASGI fixed bytes (≥ 50%)",
        lambda s: (
            f"{by[s, 'this API', 'hot'].requests_per_s / by[s, 'bare ASGI', 'fixed'].requests_per_s:.0%}"
        ),
    )
    ratio_row(
        "hot page ÷ bare ASGI page-size bytes",
        lambda s: (
            f"{by[s, 'this API', 'hot'].requests_per_s / by[s, 'bare ASGI', 'page-size'].requests_per_s:.0%}"
        ),
    )
    first = sizes[0]
    ratio_row(
        f"cold p99 ÷ cold p99 at {first} (≤ 1.5×)",
        lambda s: f"{by[s, 'this API', 'cold'].p99_ms / by[first, 'this API', 'cold'].p99_ms:.2f}×",
    )
    ratio_row(
        "API peak RSS (≤ 200 MB)", lambda s: f"{by[s, 'this API', 'cold'].peak_rss_mb:.0f} MB"
    )
    lines.append(f"\nStart-up to ready on the seed (≤ 2 s): {startup:.2f} s")
    return "\n".join(lines)


def main() -> None:
    """Parse arguments, run every size, print and save the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m", help="databases claims-SIZE.db")
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of warm-up per run")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--baseline", help="a git ref: compare this API with that tree's")
    parser.add_argument("--rounds", type=int, default=2, help="with --baseline: rounds per tree")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("error: wrk not found (apt-get install -y wrk)")
    if args.baseline:
        trees = {args.baseline: export_tree(args.baseline), "this": ROOT}
        compared: list[Result] = []
        for size in args.sizes.split(","):
            db = args.data / f"claims-{size}.db"
            if not db.exists():
                sys.exit(f"error: {db} missing: python bench/api/generate.py --claims {size}")
            prepare(db)
            compared += compare_trees(
                size,
                db,
                trees,
                duration=args.duration,
                connections=args.connections,
                port=args.port,
                warmup=args.warmup,
                rounds=args.rounds,
            )
        print()
        print(comparison_table(compared, args.baseline))
        return
    startup = min(startup_on_seed(args.port) for _ in range(3))
    print(f"start-up to ready on the seed: {startup:.2f} s", flush=True)
    results: list[Result] = []
    for size in args.sizes.split(","):
        db = args.data / f"claims-{size}.db"
        if not db.exists():
            sys.exit(
                f"error: {db} missing: python bench/api/generate.py --claims {size} --output {db}"
            )
        results += bench_size(
            size,
            db,
            duration=args.duration,
            connections=args.connections,
            port=args.port,
            warmup=args.warmup,
        )
    text = table(results, startup)
    print()
    print(text)
    (HERE / "results.json").write_text(
        json.dumps(
            {"startup_on_seed_s": startup, "results": [asdict(r) for r in results]}, indent=2
        )
        + "\n"
    )


if __name__ == "__main__":
    main()
