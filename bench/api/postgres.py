"""The cold claims page on PostgreSQL: this API (one and two workers) against `pgbench -f`
running the same SQL at the same concurrency (the database's own ceiling), at several sizes.

    .venv/bin/python bench/api/postgres.py --sizes 10k,100k,1m --duration 10 --connections 8

For each size, the SQLite database of `bench/api/generate.py` (`--data`, claims-SIZE.db) is
copied into a PostgreSQL schema `bench_issue9_SIZE` (`--schema-prefix`) (migrated to head by the app, rows copied
with triggers off, then vacuumed and ANALYZEd, as autovacuum leaves a table some time after a
bulk insert; dropped at the end). The cold scenario is bench/api/run.py's:
a page of 50 claims of the top source at a random keyset cursor, every request a new URL so
the response cache cannot answer. The SQL the API runs for such a page is captured from the
app itself and handed to pgbench with the same cursors (100 scripts, one per cursor, picked at
random), `-c` connections over 2 threads, like wrk's. Ratios are to numbers of the same run.

    .venv/bin/python bench/api/postgres.py --sizes 10k,1m --compare main --rounds 2 --keep

`--compare REF` measures the tree of a git ref too (exported, run with this virtualenv),
alternating with this checkout round by round, pgbench again before each tree on that tree's
own SQL (captured from it in a subprocess); `--keep` reuses the copied schemas from an earlier
run and keeps them; `--scaling` also runs pgbench on 1 and 2 connections. Each run records
the share of the machine's CPU that was busy and the load average.

    .venv/bin/python bench/api/postgres.py --sizes 10k,1m --compare main --rounds 2 --keep --cpu 1500

`--cpu N` also sends N cold pages one at a time to one worker and reports the CPU time each
cost the API process and PostgreSQL's processes (/proc): a measure of work that other load on
a shared machine barely moves, unlike a rate (PostgreSQL's share counts every backend, so keep
other users of the server quiet).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path
from statistics import mean
from typing import Any

from sqlalchemy import make_url, text

HERE = Path(__file__).resolve().parent
# `--capture` runs in a subprocess on another tree's `app` (`--compare`), named by BENCH_TREE.
sys.path.insert(0, os.environ.get("BENCH_TREE", str(HERE.parents[1])))
sys.path.insert(0, str(HERE))

from run import BIN, ROOT, SOURCE, Server, cold_paths, export_tree, wrk  # noqa: E402

from app.db import create_db_engine, migrate  # noqa: E402

PGBENCH = "/usr/lib/postgresql/15/bin/pgbench"
TABLES = (
    "actor",
    "document",
    "incident",
    "incident_actor",
    "claim",
    "figure",
    "casualty_estimate",
    "estimate_claim",
)


def schema_url(base: str, schema: str) -> str:
    """`base` with its search path set to `schema` (psycopg driver)."""
    url = make_url(base.replace("postgresql://", "postgresql+psycopg://", 1))
    return url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )


def copy_into_postgres(db: Path, url: str, schema: str) -> None:
    """A fresh schema at head holding the SQLite database's rows."""
    admin = create_db_engine(url.split("?")[0])
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    admin.dispose()
    engine = create_db_engine(url)
    migrate(engine)
    source = sqlite3.connect(db)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("SET session_replication_role = replica")  # no triggers, no FK checks
        cursor.execute("SET statement_timeout = 0")  # the app's engine limits reads; not a COPY
        for table in TABLES:
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            quoted = ", ".join(f'"{c}"' for c in columns)
            booleans = {"known", "approximate"} & set(columns)
            with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:  # type: ignore[attr-defined]
                for row in source.execute(f"SELECT {quoted} FROM {table}"):
                    if booleans:
                        row = tuple(
                            bool(v) if c in booleans and v is not None else v
                            for c, v in zip(columns, row, strict=True)
                        )
                    copy.write_row(row)
        raw.commit()
        cursor.execute("UPDATE data_version SET version = version + 1")
        raw.commit()
    finally:
        raw.close()
        source.close()
    # Statistics for the planner, and the visibility map that lets a count read the index
    # alone (without it, counting a source's 160k claims at 1M reads the heap: 0.5 s).
    # Outside a transaction: VACUUM cannot run in one.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM (ANALYZE)"))
    engine.dispose()


def pgbench_scripts(url: str, lines: list[str], work: Path) -> list[Path]:
    """pgbench scripts: every statement the app runs for each of `lines` (a cold page each),
    its parameters written in; what the app memoises per data version (the source lookup,
    the total) is asked once first, as a running server has it."""
    from contextlib import contextmanager

    from fastapi.testclient import TestClient

    import app.api.listing
    import app.api.routes.claims
    import app.db
    from app.core.config import Settings
    from app.main import create_app

    statements: list[str] = []
    original = app.db.reading

    @contextmanager
    def recording(engine: Any) -> Any:
        with original(engine) as run:

            def run_and_keep(statement: Any, params: Any) -> Any:
                prepared = app.db.prepare(statement, engine.dialect)
                statements.append(literal(prepared.sql, {**prepared.constants, **params}))
                return run(statement, params)

            yield run_and_keep

    patched = [m for m in (app.api.listing, app.api.routes.claims, app.db) if hasattr(m, "reading")]
    for module in patched:
        module.reading = recording  # type: ignore[attr-defined]
    scripts = []
    work.mkdir(parents=True, exist_ok=True)
    try:
        settings = Settings(database_url=url, load_on_startup=False, migrate_on_startup=False)
        with TestClient(create_app(settings)) as client:
            client.get(lines[0].split("&cursor=")[0])  # memoised lookups, as in a warm server
            for n, line in enumerate(lines):
                statements.clear()
                assert client.get(line).status_code == 200
                path = work / f"page-{n}.sql"
                path.write_text("".join(s.replace("\n", " ") + ";\n" for s in statements))
                scripts.append(path)
    finally:
        for module in patched:
            module.reading = original  # type: ignore[attr-defined]
    return scripts


def literal(sql: str, params: Any) -> str:
    """`sql` (psycopg's `%(name)s` parameters) with its parameters written in as SQL literals."""
    import re

    def value(match: re.Match[str]) -> str:
        item = params[match.group(1)]
        if item is None:
            return "NULL"
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, int | float):
            return str(item)
        return "'" + str(item).replace("'", "''") + "'"

    return re.sub(r"%\((\w+)\)s", value, sql).replace("%%", "%")


def pgbench(url: str, scripts: list[Path], duration: int, connections: int) -> dict[str, float]:
    """Run pgbench with the scripts; its rate and latency percentiles (from the per-statement
    log would cost too much: p99 from `--log` aggregate is skipped, the average is reported)."""
    parsed = make_url(url)
    options = parsed.query.get("options")
    env = dict(os.environ, PGOPTIONS=str(options) if options else "")
    command = [
        PGBENCH,
        "-n",
        "-h",
        parsed.host or "127.0.0.1",
        "-p",
        str(parsed.port or 5432),
        "-U",
        parsed.username or "postgres",
        "-c",
        str(connections),
        "-j",
        str(min(2, connections)),
        "-T",
        str(duration),
        "-M",
        "prepared",
    ]
    for script in scripts:
        command += ["-f", str(script)]
    command.append(parsed.database or "postgres")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"pgbench failed: {done.stderr[-2000:]}")
    output = done.stdout
    import re

    tps = float(re.search(r"tps = ([\d.]+)", output).group(1))  # type: ignore[union-attr]
    latency = float(re.search(r"latency average = ([\d.]+) ms", output).group(1))  # type: ignore[union-attr]
    return {"rate": tps, "avg": latency}


def cpu_times() -> tuple[float, float]:
    """The machine's busy and total CPU time so far, over every core (/proc/stat, in ticks)."""
    fields = [float(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


def measured(run: Any, *args: Any) -> dict[str, float]:
    """`run(*args)`'s result, with the share of the machine's CPU that was busy while it ran (every
    process: the server, PostgreSQL, the load generator, other people's work) and the load
    average (1 min) at its end."""
    busy, total = cpu_times()
    result = dict(run(*args))
    busy_after, total_after = cpu_times()
    result["busy"] = (busy_after - busy) / max(total_after - total, 1.0)
    result["load"] = os.getloadavg()[0]
    return result


def process_cpu(pids: list[int]) -> float:
    """CPU seconds (user + system) the processes `pids` have used so far (/proc)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def descendants(pid: int) -> list[int]:
    """`pid` and every process under it."""
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [pid, *(d for child in found.split() for d in descendants(int(child)))]


def cpu_per_request(server: Server, base: str, paths: list[str]) -> dict[str, float]:
    """Milliseconds of CPU per request of the API's processes and of PostgreSQL's (every
    process of user postgres), requests sent one at a time after 100 to warm up."""
    import httpx

    postgres = [
        int(p)
        for p in subprocess.run(
            ["pgrep", "-u", "postgres"], capture_output=True, text=True
        ).stdout.split()
    ]
    api = descendants(server.process.pid)
    with httpx.Client(base_url=base, timeout=30) as client:
        for path in paths[:100]:
            client.get(path).raise_for_status()
        measured = paths[100:]
        api_before, pg_before = process_cpu(api), process_cpu(postgres)
        for path in measured:
            client.get(path).raise_for_status()
        api_after, pg_after = process_cpu(api), process_cpu(postgres)
    n = len(measured)
    return {
        "api_ms": 1000 * (api_after - api_before) / n,
        "pg_ms": 1000 * (pg_after - pg_before) / n,
    }


def serve(base: str, port: int, url: str, workers: int, tree: Path) -> Server:
    """`incidents serve` of the checkout at `tree` (this one, or `--compare`'s export)."""
    env = {
        "INCIDENTS_DATABASE_URL": url,
        "INCIDENTS_LOAD_ON_STARTUP": "false",
        "INCIDENTS_MIGRATE_ON_STARTUP": "false",
        "INCIDENTS_LOG_LEVEL": "WARNING",
        "PYTHONPATH": str(tree),  # the tree's `app` before this checkout's (installed editable)
    }
    command = [str(BIN / "incidents"), "serve", "--port", str(port), "--workers", str(workers)]
    return Server([*command, "--no-migrate"], base + "/healthz", env, cwd=tree)


def schema_ready(base_url: str, schema: str) -> bool:
    """Whether `schema` already holds a copied benchmark database (`--keep`)."""
    admin = create_db_engine(base_url)
    try:
        with admin.connect() as conn:
            found = conn.execute(
                text("SELECT 1 FROM pg_tables WHERE schemaname = :s AND tablename = 'claim'"),
                {"s": schema},
            ).first()
            if found is None:
                return False
            return bool(
                conn.execute(text(f"SELECT EXISTS (SELECT 1 FROM {schema}.claim)")).scalar()
            )
    finally:
        admin.dispose()


def bench_size(
    size: str, db: Path, base_url: str, args: argparse.Namespace
) -> list[dict[str, Any]]:
    """Every measurement on one size: one row per round and tree (this one; `--compare`'s)."""
    schema = f"{args.schema_prefix}_{size}"
    url = schema_url(base_url, schema)
    if not (args.keep and schema_ready(base_url, schema)):
        copy_into_postgres(db, url, schema)
    work = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    warm = cold_paths(db, work / "warm.txt", api=True, name="", count=20_000, seed=1)
    cold = cold_paths(db, work / "cold.txt", api=True, name="", count=200_000, seed=2)
    lines = cold.read_text().splitlines()
    sample = random.Random(3).sample(lines, 100)
    trees = {"this": ROOT}
    if args.compare:
        baseline = Path(args.compare)
        if not baseline.is_dir():
            baseline = export_tree(args.compare)
        trees = {args.compare: baseline, "this": ROOT}
    # pgbench runs the SQL each tree's app runs for the same pages (captured from that tree).
    scripts_of = {"this": pgbench_scripts(url, sample, work / "this")}
    for label, tree in trees.items():
        if label != "this":
            (work / "sample.txt").write_text("\n".join(sample))
            out = work / "baseline"
            capture = [
                sys.executable,
                __file__,
                "--capture",
                url,
                str(work / "sample.txt"),
                str(out),
            ]
            subprocess.run(capture, check=True, env={**os.environ, "BENCH_TREE": str(tree)})
            scripts_of[label] = sorted(out.glob("page-*.sql"))
    port = args.port
    base = f"http://127.0.0.1:{port}"
    rows = []
    for round_ in range(args.rounds):
        for label, tree in trees.items():
            results: dict[str, Any] = {"size": size, "tree": label, "round": round_ + 1}
            # pgbench beside each tree's runs: the machine's load moves between rounds.
            scripts = scripts_of[label]
            results["pgbench"] = measured(pgbench, url, scripts, args.duration, args.connections)
            if args.scaling:  # the database's own scaling on these cores: 1 → 2 connections
                for clients in (1, 2):
                    results[f"pgbench_c{clients}"] = measured(
                        pgbench, url, scripts, args.duration, clients
                    )
            if args.cpu:
                server = serve(base, port, url, 1, tree)
                results["cpu"] = cpu_per_request(server, base, lines[: args.cpu + 100])
                server.stop()
            for workers in (1, 2):
                server = serve(base, port, url, workers, tree)
                wrk(base, args.warmup, args.connections, warm)
                results[f"api{workers}"] = measured(
                    wrk, base, args.duration, args.connections, cold
                )
                server.stop()
            print(results, flush=True)
            rows.append(results)
    if not args.keep:
        admin = create_db_engine(base_url)
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        admin.dispose()
    return rows


def main() -> None:
    """Measure every size and print the table."""
    if sys.argv[1:2] == ["--capture"]:  # URL LINES OUT: another tree's SQL (see bench_size)
        url, lines, out = sys.argv[2:5]
        pgbench_scripts(url, Path(lines).read_text().splitlines(), Path(out))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10k,100k,1m")
    parser.add_argument("--data", type=Path, default=HERE / "data")
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--port", type=int, default=8913)
    parser.add_argument(
        "--schema-prefix", default="bench_issue9", help="schemas PREFIX_SIZE (dropped at the end)"
    )
    parser.add_argument(
        "--compare",
        metavar="REF",
        help="also measure the tree of this git ref (or directory), alternating",
    )
    parser.add_argument("--rounds", type=int, default=1, help="rounds of every tree")
    parser.add_argument(
        "--keep", action="store_true", help="reuse the schemas when copied, and keep them"
    )
    parser.add_argument(
        "--scaling",
        action="store_true",
        help="also run pgbench on 1 and 2 connections (its own 1 → 2 scaling: the ceiling for 2 workers)",
    )
    parser.add_argument(
        "--cpu",
        type=int,
        default=0,
        metavar="N",
        help="also measure the CPU time per request (API and PostgreSQL) over N sequential pages",
    )
    args = parser.parse_args()
    rows = []
    for size in args.sizes.split(","):
        rows += bench_size(size, args.data / f"claims-{size}.db", args.postgres, args)
    print(f"\nSOURCE={SOURCE}, {args.connections} connections, {args.duration} s per run\n")
    print(
        "| claims | tree | round | pgbench tps | API 1 worker rps | p50 / p99 ms | API 2 workers rps | "
        "p50 / p99 ms | 1 worker ÷ pgbench | 2 workers ÷ pgbench | 2 ÷ 1 workers | "
        "CPU busy % pgbench / 1 / 2 workers | load |"
    )
    print(
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for r in rows:
        p, a1, a2 = r["pgbench"], r["api1"], r["api2"]
        print(
            f"| {r['size']} | {r['tree']} | {r['round']} | {p['rate']:.0f} | {a1['rate']:.0f} | {a1['p50']:.1f} / {a1['p99']:.1f} | "
            f"{a2['rate']:.0f} | {a2['p50']:.1f} / {a2['p99']:.1f} | {a1['rate'] / p['rate']:.2f} | "
            f"{a2['rate'] / p['rate']:.2f} | {a2['rate'] / a1['rate']:.2f} | "
            f"{p['busy']:.0%} / {a1['busy']:.0%} / {a2['busy']:.0%} | "
            f"{min(x['load'] for x in (p, a1, a2)):.1f}–{max(x['load'] for x in (p, a1, a2)):.1f} |"
        )
    if args.scaling:
        print(
            "\n| claims | tree | round | pgbench 1 connection tps | 2 connections tps | 2 ÷ 1 | CPU busy % 1 / 2 |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for r in rows:
            c1, c2 = r["pgbench_c1"], r["pgbench_c2"]
            print(
                f"| {r['size']} | {r['tree']} | {r['round']} | {c1['rate']:.0f} | {c2['rate']:.0f} | "
                f"{c2['rate'] / c1['rate']:.2f} | {c1['busy']:.0%} / {c2['busy']:.0%} |"
            )
    if args.cpu:
        print("\n| claims | tree | round | API CPU ms / request | PostgreSQL CPU ms / request |")
        print("| --- | --- | ---: | ---: | ---: |")
        for r in rows:
            c = r["cpu"]
            print(
                f"| {r['size']} | {r['tree']} | {r['round']} | {c['api_ms']:.2f} | {c['pg_ms']:.2f} |"
            )
    sizes = list(dict.fromkeys(r["size"] for r in rows))
    if len(sizes) > 1:
        for tree in dict.fromkeys(r["tree"] for r in rows):
            first = [r for r in rows if r["tree"] == tree and r["size"] == sizes[0]]
            last = [r for r in rows if r["tree"] == tree and r["size"] == sizes[-1]]
            for workers in (1, 2):
                ratio = mean(r[f"api{workers}"]["p99"] for r in last) / mean(
                    r[f"api{workers}"]["p99"] for r in first
                )
                print(
                    f"{tree}: p99 {sizes[-1]} ÷ p99 {sizes[0]} ({workers} worker(s)): {ratio:.2f}"
                )


if __name__ == "__main__":
    main()
