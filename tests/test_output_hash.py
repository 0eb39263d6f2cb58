"""tools/output_hash.py: one hash of the extractor's output, and one per article on demand."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from app.extract import default_registry
from tools.output_hash import article_hash, articles

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "documents"


def test_folders_and_csvs_are_read_in_a_stable_order(tmp_path: Path) -> None:
    table = tmp_path / "rows.csv"
    with table.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["article_title", "source", "date", "article_content"])
        writer.writeheader()
        writer.writerow(
            {
                "article_title": "Strike",
                "source": "Reuters",
                "date": "03/05/16",
                "article_content": "The army said 12 people were killed.",
            }
        )
    names = [name for name, _, _ in articles([SEED, table])]
    assert names == [f"documents/{p.name}" for p in sorted(SEED.glob("*.txt"))] + ["rows.csv:1"]


def test_an_articles_hash_follows_its_output_not_its_version() -> None:
    registry = default_registry()
    _, text, meta = next(articles([SEED]))
    assert article_hash(text, meta, registry) == article_hash(text, meta, registry)
    other = article_hash("The army said 13 people were killed.", meta, registry)
    assert other != article_hash("The army said 12 people were killed.", meta, registry)


def test_the_cli_prints_one_line_per_article_then_the_total() -> None:
    out = subprocess.run(
        [sys.executable, "tools/output_hash.py", "--per-file", str(SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(out) == len(list(SEED.glob("*.txt"))) + 1
    assert out[-1].endswith(f"({len(out) - 1} articles)")
    assert all(len(line.split()[0]) == 64 for line in out)
