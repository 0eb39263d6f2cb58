"""Score the extractor on annotated articles: python bench/eval.py [DIR] [-v] [--split].

DIR defaults to ../shared/corpus/dev. `-v` lists every miss; `--split` also scores the two
halves of the hold-out used while writing rules for issue 7: every third article in name order
(the 3rd, 6th, 9th, ...) was held out (its text and misses not read), the rest were seen.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.evaluation import Score, evaluate_directory


def main() -> int:
    """Print per-article and overall scores and the misses by cause; list misses with -v."""
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    directory = (
        Path(args[0]) if args else Path(__file__).resolve().parents[1].parent / "shared/corpus/dev"
    )
    if not directory.is_dir():
        print(f"eval: no such directory: {directory}", file=sys.stderr)
        return 2
    total, per_file = evaluate_directory(directory)
    for name, score in per_file.items():
        print(f"{name:45} " + " ".join(f"{k}={v}" for k, v in score.summary().items()))
    print(json.dumps(total.summary(), indent=2))
    print(json.dumps(total.causes(), indent=2))
    if "--split" in sys.argv:
        seen, held = Score(), Score()
        for i, (_, score) in enumerate(sorted(per_file.items())):
            (held if i % 3 == 2 else seen).add(score)
        print("seen:", json.dumps(seen.summary()))
        print("held out:", json.dumps(held.summary()))
    if "-v" in sys.argv:
        for miss in total.misses:
            print("  -", miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
