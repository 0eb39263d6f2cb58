"""Bulk loading FA-KES: one process against `--workers 2`, SQLite file and PostgreSQL.

    .venv/bin/python bench/bulk.py [--postgres postgresql://postgres@127.0.0.1:5432/test]

Each run is `incidents load` of all 804 FA-KES rows (the mapping of bench/load.py) in a
subprocess into a fresh database: a new SQLite file, or a PostgreSQL schema
`bench_issue9` created for the run and dropped after it. Ratios are to the one-process load
into the same engine, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, make_url, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.load import FAKES, MAPPING  # noqa: E402

SCHEMA = "bench_issue9"


def fresh_schema(url: str) -> str:
    """A URL on an empty `bench_issue9` schema of the PostgreSQL database at `url`."""
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {SCHEMA}"))
    admin.dispose()
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={SCHEMA}"})
    return scoped.render_as_string(hide_password=False)


def drop_schema(url: str) -> None:
    """Remove the run's schema."""
    admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {SCHEMA} CASCADE"))
    admin.dispose()


def load(database_url: str, workers: int) -> tuple[float, str]:
    """Seconds `incidents load` takes, and its summary line."""
    env = dict(os.environ, INCIDENTS_DATABASE_URL=database_url, INCIDENTS_LOG_LEVEL="WARNING")
    env.pop("DATABASE_URL", None)
    command = [str(Path(sys.executable).with_name("incidents")), "load", str(FAKES), *MAPPING]
    command += ["--quiet", "--workers", str(workers)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr)
    return seconds, done.stdout.strip()


def main() -> None:
    """Run every combination and print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ("sqlite", "postgresql"):
            baseline = None
            for workers in (1, args.workers):
                if engine == "sqlite":
                    url = f"sqlite:///{tmp}/fakes-{workers}.db"
                else:
                    url = fresh_schema(args.postgres)
                try:
                    seconds, summary = load(url, workers)
                finally:
                    if engine == "postgresql":
                        drop_schema(args.postgres)
                baseline = baseline or seconds
                rows.append((engine, workers, seconds, 804 / seconds, baseline / seconds, summary))
    print("| database | workers | seconds | rows/s | speed-up | summary |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for engine, workers, seconds, rate, speedup, summary in rows:
        print(f"| {engine} | {workers} | {seconds:.1f} | {rate:.0f} | {speedup:.2f} | {summary} |")


if __name__ == "__main__":
    main()
