"""Time `incidents load` of FA-KES into a fresh SQLite file, against reading and extracting alone.

    .venv/bin/python bench/load.py [CSV] [--profile]

Steps, each on the same 804 rows with the FA-KES mapping:
- read: the CSV parsed into records (app.documents.inputs), nothing else;
- extract: read + `extract_document` for every record (no database);
- load: the `incidents load` command in a subprocess, into a new SQLite file;
- reload: the same command again (every article unchanged: hashing and look-ups only).
`--profile` also runs the load in-process under cProfile and lists the app functions that
take the most time (cumulative), to see what dominates the database part.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "corpus" / "fa-kes" / "fakes.csv"
MAPPING = [
    *("--text", "article_content", "--title", "article_title"),
    *("--publisher", "source", "--published", "date", "--id-column", "unit_id"),
    *("--encoding", "latin-1"),  # FA-KES is not UTF-8
]


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(step: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds `step()` takes (CPU varies less on a busy machine)."""
    started, cpu = time.perf_counter(), cpu_seconds()
    step()
    return time.perf_counter() - started, cpu_seconds() - cpu


def read_records(csv_path: Path) -> list[object]:
    """Parse the CSV into records, as `incidents load` does."""
    from app.documents import ColumnMapping, collect_sources, iter_records

    mapping = ColumnMapping(
        text="article_content",
        title="article_title",
        publisher="source",
        published="date",
        id_column="unit_id",
        encoding="latin-1",
    )
    return [r for s in collect_sources([csv_path]) for r in iter_records(s, mapping)]


def extract_all(csv_path: Path) -> int:
    """Read and extract every record; returns the number of claims."""
    from app.documents import Record
    from app.extract import default_registry, extract_document

    registry = default_registry()
    claims = 0
    for record in read_records(csv_path):
        assert isinstance(record, Record) and record.error is None, record
        claims += len(extract_document(record.raw, record.meta, registry).claims)
    return claims


def run_cli(csv_path: Path, database: Path) -> None:
    """`incidents load` of the CSV into `database`, in a subprocess."""
    env = {**os.environ, "INCIDENTS_DATABASE_URL": f"sqlite:///{database}"}
    env.pop("DATABASE_URL", None)
    command = [str(ROOT / ".venv" / "bin" / "incidents"), "load", "--quiet", str(csv_path)]
    done = subprocess.run(
        [*command, *MAPPING], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"incidents load failed ({done.returncode}):\n{done.stderr}")
    print(f"  {done.stdout.strip().splitlines()[-1]}", file=sys.stderr)


def profile_load(csv_path: Path, database: Path) -> None:
    """Run the load in-process under cProfile; print the app functions by cumulative time."""
    from typer.testing import CliRunner

    from app.cli import cli

    os.environ["INCIDENTS_DATABASE_URL"] = f"sqlite:///{database}"
    profiler = cProfile.Profile()
    result = profiler.runcall(CliRunner().invoke, cli, ["load", "--quiet", str(csv_path), *MAPPING])
    assert result.exit_code == 0, result.output
    stats = pstats.Stats(profiler)
    print("\nprofile (cumulative seconds, app functions):")
    rows = [
        (cumulative, calls, f"{Path(file).name}:{name}")
        for (file, _line, name), (_cc, calls, _tt, cumulative, _callers) in stats.stats.items()  # type: ignore[attr-defined]
        if f"{os.sep}app{os.sep}" in file and not name.startswith("<")
    ]
    for cumulative, calls, where in sorted(rows, reverse=True)[:15]:
        print(f"  {cumulative:7.2f}  {calls:7d}  {where}")


def main() -> int:
    """Run the steps and print a table."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    csv_path = Path(args[0]) if args else FAKES
    if not csv_path.is_file():
        print(f"load bench: no such file: {csv_path}", file=sys.stderr)
        return 2
    rows = len(read_records(csv_path))
    results: list[tuple[str, tuple[float, float]]] = [
        ("read", timed(lambda: read_records(csv_path))),
        ("extract", timed(lambda: extract_all(csv_path))),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        database = Path(tmp) / "bench.db"
        results.append(("load", timed(lambda: run_cli(csv_path, database))))
        results.append(("reload", timed(lambda: run_cli(csv_path, database))))
        if "--profile" in sys.argv:
            profile_load(csv_path, Path(tmp) / "profile.db")
    extract_wall, extract_cpu = results[1][1]
    print(f"\n{rows} rows of {csv_path.name}, fresh SQLite file")
    print(f"{'step':<8} {'seconds':>8} {'cpu s':>7} {'rows/s':>8} {'x extract':>10} {'cpu x':>6}")
    for step, (wall, cpu) in results:
        print(
            f"{step:<8} {wall:>8.2f} {cpu:>7.2f} {rows / wall:>8.0f} "
            f"{wall / extract_wall:>10.2f} {cpu / extract_cpu:>6.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
