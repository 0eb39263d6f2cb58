"""The most complex functions of the app, worst first: radon's cyclomatic complexity report.

`make lint` prints it so the worst stay in sight; it fails nothing. Usage:
    .venv/bin/python tools/complexity.py [--top N] [PATH...]   (default: the 15 worst in app/)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from radon.complexity import cc_rank, cc_visit
from radon.visitors import Function


def blocks(paths: list[Path]) -> list[tuple[int, str, str]]:
    """(complexity, `file:line`, name) of every function and method below `paths`."""
    found = []
    for root in paths:
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            # Methods come both on their own and inside their class: count them once.
            for block in cc_visit(path.read_text(encoding="utf-8")):
                if isinstance(block, Function):
                    found.append((block.complexity, f"{path}:{block.lineno}", block.fullname))
    return found


def main() -> None:
    """Print the `--top` most complex functions and the average over all of them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[Path("app")])
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    found = sorted(blocks(args.paths), key=lambda b: (-b[0], b[1]))
    print(f"Cyclomatic complexity (radon), the {args.top} worst of {len(found)} functions:")
    for complexity, where, name in found[: args.top]:
        print(f"  {cc_rank(complexity)} {complexity:3d}  {name}  ({where})")
    average = sum(b[0] for b in found) / max(len(found), 1)
    print(f"  average {average:.1f} ({cc_rank(round(average))})")


if __name__ == "__main__":
    main()
