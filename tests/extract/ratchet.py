"""The scores a ratchet file guards (dev_floor.json, fakes_gold_floor.json): one rule for both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MEASURES = ("f1", "speaker_accuracy", "figure_accuracy")


def below_floor(summary: dict[str, Any], floor_file: Path) -> dict[str, tuple[float, float]]:
    """The measures of `summary` under the committed floor, as (now, floor); empty when none."""
    floor = json.loads(floor_file.read_text(encoding="utf-8"))
    return {name: (summary[name], floor[name]) for name in MEASURES if summary[name] < floor[name]}
