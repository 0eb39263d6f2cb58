"""Score the extractor on generated variants of the seed: other numbers, days, speakers, quotes.

    .venv/bin/python bench/variants.py [--count 200] [--seed 7] [-v]

Each variant rewrites the seed article (numbers and number words, the weekday and the
publication date, the names the sources go by, the quote style) and rewrites its annotation
the same way; the variants are then scored with the development set's rules (app.evaluation).
A rule written for the seed's exact sentences, rather than for the language, shows up here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.evaluation import evaluate_directory
from app.extract.figures import NUMBER_TENS, NUMBER_UNITS

SEED = Path(__file__).resolve().parents[1] / "data" / "documents" / "000_f236ada43775dc95.txt"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# (anchor in the seed, source, aliases, figures) — the seed's claims, as a careful reader finds them.
SEED_GOLD: list[tuple[str, str, list[str], list[tuple[str, str, bool]]]] = [
    (
        # 'Russia said': the state, as written (no rewriting to the ministry that spoke next).
        "62 Syrian forces were killed",
        "Russia",
        ["Russian government"],
        [("killed", "{killed}", False), ("strikes", "{strikes}", False)],
    ),
    (
        "{Killed_words} Syrian soldiers were killed and",
        "Russian Ministry of Defence",
        ["Russian MoD"],
        [("killed", "{killed}", False), ("injured", "{injured}", False)],
    ),
    ("jets entered Syrian air space from Iraq", "Russian Ministry of Defence", ["Russian MoD"], []),
    ("Coalition forces believed they were striking", "{centcom}", [], []),
    ("If we did get this wrong", "anonymous US military official", [], []),
    ("It appears to be an intelligence failure", "anonymous US military official", [], []),
    ("US forces had been following what they believed", "anonymous US military official", [], []),
    ("the militants appeared to have a tank", "anonymous US military official", [], []),
    ("the coalition airstrike was halted immediately", "{centcom}", [], []),
    # No cue of its own, but a quoted fragment right after CENTCOM's statement: our reasoned
    # choice (see README) is CENTCOM's words continued.
    ("US forces had already destroyed about", "{centcom}", [], [("vehicles", "{vehicles}", True)]),
    ("American aircraft would return to the area", "anonymous US military official", [], []),
    ("serious and blatant aggression", "Syrian General Command", [], []),
    ("conclusive evidence", "Syrian General Command", [], []),
    ("the strikes are only meant to benefit US weapons", "{analysts}", [], []),
]


def number_words(n: int) -> str:
    """English words for 1-999 ('sixty-two', 'one hundred and five')."""
    if n < 20:
        return NUMBER_UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return NUMBER_TENS[tens - 2] + (f"-{NUMBER_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    return f"{NUMBER_UNITS[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def make_variant(rng: random.Random, text: str) -> tuple[str, dict[str, Any], date]:
    """One rewritten article, its annotation and its publication date."""
    killed = rng.randint(11, 399)
    injured = rng.choice([rng.randint(11, 99), 100, 200])
    strikes = rng.randint(2, 9)
    vehicles = rng.randint(2, 9)
    weekday = rng.choice(WEEKDAYS)
    published = date(2016, 9, 5) + timedelta(days=rng.randint(0, 30))
    while WEEKDAYS[(published - timedelta(days=1)).weekday()] != weekday:
        published += timedelta(days=1)
    russia = rng.choice(
        [
            "the Russia army",
            "the Russian army",
            "Russia's Defence Ministry",
            "the Russian Defense Ministry",
            "the Russian military",
        ]
    )
    centcom = rng.choice(
        [
            ("the US military's Central Command (CENTCOM)", "CENTCOM", "US Central Command"),
            ("US Central Command", "Central Command", "US Central Command"),
            ("the Pentagon", "the Pentagon", "US Department of Defense"),
        ]
    )
    official = rng.choice(
        ["A US military official", "A US defense official", "A U.S. military official"]
    )
    command = rng.choice(
        [
            "The Syrian General Command",
            "The General Command of the Syrian Army",
            "The Syrian army's General Command",
        ]
    )
    analysts = rng.choice(
        [
            ("Some analysts", "unnamed analysts"),
            ("Activists", "unnamed activists"),
            ("Observers", "unnamed analysts"),
        ]
    )
    injured_words = (
        "a hundred"
        if injured == 100
        else ("two hundred" if injured == 200 else number_words(injured))
    )
    replacements = [
        ("62 Syrian forces", f"{killed} Syrian forces"),
        ("Sixty-two", number_words(killed).capitalize()),
        ("a hundred others", f"{injured_words} others"),
        ("four airstrikes", f"{number_words(strikes)} airstrikes"),
        ("about six vehicles", f"about {number_words(vehicles)} vehicles"),
        ("Saturday", weekday),
        ("the Russia army", russia),
        ("the US military's Central Command (CENTCOM)", centcom[0]),
        ("In its statement, CENTCOM", f"In its statement, {centcom[1]}"),
        ("A US military official", official),
        ("The Syrian General Command", command),
        ("Some analysts", analysts[0]),
    ]
    for old, new in replacements:
        text = text.replace(old, new)
    if rng.random() < 0.5:
        text = text.replace("“", '"').replace("”", '"')
    values = {"killed": killed, "injured": injured, "strikes": strikes, "vehicles": vehicles}
    claims = []
    for anchor, source, aliases, figures in SEED_GOLD:
        anchor = anchor.replace("62 Syrian", f"{killed} Syrian").replace(
            "{Killed_words}", number_words(killed).capitalize()
        )
        source = source.replace("{centcom}", centcom[2]).replace("{analysts}", analysts[1])
        claims.append(
            {
                "anchor": anchor,
                "source": source,
                "aliases": aliases,
                "figures": [
                    {"metric": m, "value": values[v.strip("{}")], "approximate": a}
                    for m, v, a in figures
                ],
            }
        )
    return text, {"claims": claims}, published


def main() -> int:
    """Write the variants to a temporary folder, score them, print the totals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-v", action="store_true", help="list the misses")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    original = SEED.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(args.count):
            text, gold, published = make_variant(rng, original)
            (folder / f"v{n:04d}.txt").write_text(text, encoding="utf-8")
            (folder / f"v{n:04d}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
            meta = {"publisher": "Press TV", "published": published.isoformat()}
            (folder / f"v{n:04d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        total, _ = evaluate_directory(folder)
    print(f"{args.count} variants of the seed (random seed {args.seed})")
    print(json.dumps(total.summary(), indent=2))
    if args.v:
        for miss in total.misses[:50]:
            print("  -", miss)
    return 0 if total.gold else 1


if __name__ == "__main__":
    sys.exit(main())
