"""Score the extractor on annotated articles: python bench/eval.py [DIR] [-v] [--split] [--totals].

DIR defaults to ../shared/corpus/dev. `-v` lists every miss; `--split` also scores the two
halves of the hold-out used while writing rules for issue 7: every third article in name order
(the 3rd, 6th, 9th, ...) was held out (its text and misses not read), the rest were seen; with --split the held-out articles' rows
are not printed, and --totals prints no article's row.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.evaluation import Score, evaluate_directory

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared/corpus/dev"


def main() -> int:
    """Print per-article and overall scores and the misses by cause; list misses with -v."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument(
        "-v", action="store_true", help="list the misses (with --split, of the seen articles only)"
    )
    parser.add_argument(
        "--split",
        action="store_true",
        help="score the seen and held-out halves; held-out articles' rows are not printed",
    )
    parser.add_argument(
        "--totals", action="store_true", help="print no per-article rows, only the totals"
    )
    options = parser.parse_args()
    directory: Path = options.directory
    if not directory.is_dir():
        print(f"eval: no such directory: {directory}", file=sys.stderr)
        return 2
    total, per_file = evaluate_directory(directory)
    for i, (name, score) in enumerate(sorted(per_file.items())):
        if options.totals or (options.split and _held_out(i)):
            continue
        print(f"{name:45} " + " ".join(f"{k}={v}" for k, v in score.summary().items()))
    print(json.dumps(total.summary(), indent=2))
    print(json.dumps(total.causes(), indent=2))
    if options.split:
        seen, held = Score(), Score()
        for i, (_, score) in enumerate(sorted(per_file.items())):
            (held if _held_out(i) else seen).add(score)
        print("seen:", json.dumps(seen.summary()))
        print("held out:", json.dumps(held.summary()))
    if options.v:
        for i, (_, score) in enumerate(sorted(per_file.items())):
            if options.split and _held_out(i):
                continue
            for miss in score.misses:
                print("  -", miss)
    return 0


def _held_out(index: int) -> bool:
    """Every third article in name order (the 3rd, 6th, 9th, ...) is held out."""
    return index % 3 == 2


if __name__ == "__main__":
    raise SystemExit(main())
