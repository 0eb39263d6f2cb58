"""tools/complexity.py: radon's complexity per function, each method counted once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tools.complexity import blocks

ROOT = Path(__file__).resolve().parents[1]

SOURCE = """
def branches(x):
    if x > 1:
        return 1
    elif x < 0:
        return 2
    for _ in range(x):
        pass
    return 3


class Thing:
    def method(self, a, b):
        return a and b
"""


def test_blocks_scores_functions_and_methods_once(tmp_path: Path) -> None:
    (tmp_path / "mod.py").write_text(SOURCE, encoding="utf-8")
    found = {name: (score, where) for score, where, name in blocks([tmp_path])}
    assert set(found) == {"branches", "Thing.method"}
    assert found["branches"] == (4, f"{tmp_path / 'mod.py'}:2")
    assert found["Thing.method"][0] == 2


def test_report_lists_the_worst_first() -> None:
    out = subprocess.run(
        [sys.executable, "tools/complexity.py", "--top", "3", "app"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    scores = [int(line.split()[1]) for line in out[1:4]]
    assert len(scores) == 3 and scores == sorted(scores, reverse=True)
    assert out[-1].startswith("  average ")
