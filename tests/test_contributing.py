"""CONTRIBUTING.md stays true: every path it names exists, and every recipe has its heading."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "CONTRIBUTING.md"
# The recipes the issue asks for; the guide may hold more (e.g. "Add an incident word").
RECIPES = ["Add an actor", "Add a cue", "Add a filter", "Add a route", "Add a migration"]


def named_paths(markdown: str) -> set[str]:
    """Repository paths quoted in backticks: relative, with a slash, no spaces or wildcards."""
    prose = re.sub(r"```.*?```", "", markdown, flags=re.DOTALL)
    spans = re.findall(r"`([^`\n]+)`", prose)
    return {s for s in spans if re.fullmatch(r"[\w.-]+(?:/[\w.-]+)+/?", s) and ".." not in s}


def test_named_paths_are_found_in_markdown() -> None:
    text = "See `app/main.py`, `data/`, `../shared/x`, `/v1/claims`, `make lint`.\n```\n`a/b`\n```"
    assert named_paths(text) == {"app/main.py"}


def test_every_path_contributing_names_exists() -> None:
    paths = named_paths(GUIDE.read_text(encoding="utf-8"))
    assert len(paths) >= 20, sorted(paths)
    missing = sorted(p for p in paths if not (ROOT / p).exists())
    assert missing == [], f"CONTRIBUTING.md names paths that do not exist: {missing}"


def test_every_recipe_has_a_heading() -> None:
    headings = re.findall(r"^## (.+)$", GUIDE.read_text(encoding="utf-8"), flags=re.MULTILINE)
    missing = [recipe for recipe in RECIPES if recipe not in headings]
    assert missing == [], f"CONTRIBUTING.md lacks the recipes {missing}"
