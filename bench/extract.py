"""Extraction over FA-KES: speed on one core, and agreement of the killed figure with the crowd.

    .venv/bin/python bench/extract.py [--csv ../shared/corpus/fa-kes/fakes.csv] [--rounds 3]

Speed is CPU time of this process (one core), best of `--rounds`, reported with a baseline
measured in the same run over the same texts (one regex pass over each article: what merely
reading the text costs here), so that the ratio survives a noisy, shared machine.

Agreement: for each article, the killed estimate of its first incident against the crowd
workers' `nb_civilians + nb_noncivilians` (a rough signal: the crowd counted the article's main
event, and several FA-KES articles were altered on purpose).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from app.extract import DocumentMeta, Extraction, default_registry, extract_document

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fa-kes" / "fakes.csv"
WORDS = re.compile(r"\w+")


def read_rows(path: Path) -> list[dict[str, str]]:
    """The FA-KES rows (undecodable bytes replaced, as the file has some)."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        return list(csv.DictReader(fh))


def published(row: dict[str, str]) -> date | None:
    """The row's date column (month/day/year)."""
    try:
        return datetime.strptime(row["date"], "%m/%d/%y").date()
    except ValueError:
        return None


def best_rate(work: list[tuple[str, DocumentMeta]], fn: object, rounds: int) -> float:
    """Articles per CPU second, best of `rounds`."""
    best = 0.0
    for _ in range(rounds):
        start = time.process_time()
        for text, meta in work:
            fn(text, meta)  # type: ignore[operator]
        elapsed = time.process_time() - start
        best = max(best, len(work) / elapsed)
    return best


def agreement(rows: list[dict[str, str]], extractions: list[Extraction]) -> Counter[str]:
    """How the extracted killed figure compares with the crowd's count, per article."""
    outcome: Counter[str] = Counter()
    for row, extraction in zip(rows, extractions, strict=True):
        try:
            crowd = int(row["nb_civilians"] or 0) + int(row["nb_noncivilians"] or 0)
        except ValueError:
            outcome["crowd count unreadable"] += 1
            continue
        killed = next(
            (e for i in extraction.incidents[:1] for e in i.estimates if e.metric == "killed"), None
        )
        if killed is None:
            outcome[
                "no killed figure, crowd 0" if crowd == 0 else "no killed figure, crowd > 0"
            ] += 1
        elif killed.best == crowd:
            outcome["best equals crowd"] += 1
        elif killed.low <= crowd <= killed.high:
            outcome["crowd within low-high"] += 1
        else:
            outcome["disagrees"] += 1
    return outcome


def main() -> int:
    """Run both measurements and print them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not args.csv.is_file():
        print(f"extract: no such file: {args.csv}", file=sys.stderr)
        return 2
    rows = read_rows(args.csv)
    registry = default_registry()
    work = [
        (
            row["article_content"],
            DocumentMeta(
                title=row["article_title"], publisher=row["source"], published_on=published(row)
            ),
        )
        for row in rows
    ]
    extractions = [extract_document(text, meta, registry) for text, meta in work]  # warm-up

    def extract(text: str, meta: DocumentMeta) -> None:
        extract_document(text, meta, registry)

    def baseline(text: str, meta: DocumentMeta) -> None:
        WORDS.findall(text)

    rate = best_rate(work, extract, args.rounds)
    floor = best_rate(work, baseline, args.rounds)
    claims = sum(len(e.claims) for e in extractions)
    print(
        f"articles: {len(rows)}, claims: {claims}, incidents: {sum(len(e.incidents) for e in extractions)}"
    )
    print(f"extraction: {rate:,.0f} articles/s on one core (CPU time, best of {args.rounds})")
    print(f"baseline (one regex pass over the text): {floor:,.0f} articles/s")
    print(f"extraction costs {floor / rate:,.0f}x the baseline")
    print("killed figure of the first incident against the crowd's count:")
    outcome = agreement(rows, extractions)
    for name, count in outcome.most_common():
        print(f"  {name:32} {count:4}  ({count / len(rows):.0%})")
    agree = (
        outcome["best equals crowd"]
        + outcome["crowd within low-high"]
        + outcome["no killed figure, crowd 0"]
    )
    print(f"agreement (best = crowd, crowd within low-high, or both none): {agree / len(rows):.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
