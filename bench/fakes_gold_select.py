"""Draw the FA-KES articles of the held-out gold set: python bench/fakes_gold_select.py [--write].

A seeded, documented draw (tests/data/fakes_gold/README.md), so that anyone can redo it:
- only odd `unit_id`s: rules for incidents were developed reading the even half
  (bench/incidents.py), so the odd half is the one nobody read on purpose;
- 150 to 500 words (`article_content` split on whitespace): shorter rows are headlines and
  stubs; longer ones are rare in the genre's wire copy and the dev set's stored pages stop
  near 2,000 characters;
- stratified over the 15 outlets: every outlet gets one article, the other ten go to outlets by
  the size of their eligible pool (largest remainder);
- `random.Random(SEED)` shuffles each outlet's eligible `unit_id`s (sorted first); an outlet's
  articles are taken in that order, skipping a near-duplicate of one already taken (FA-KES holds
  copies with changed dates or figures: word 5-gram Jaccard similarity above 0.5).

Without `--write` it prints the draw; with it, it writes NAME.txt (the `article_content`
unchanged, read as latin-1 like `bench/load.py`) and NAME.meta.json into the gold folder. The
NAME.gold.json files are written by hand and never by this script.
"""

from __future__ import annotations

import csv
import json
import random
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FAKES = ROOT.parent / "shared" / "corpus" / "fa-kes" / "fakes.csv"
OUT = ROOT / "tests" / "data" / "fakes_gold"
SEED = 20261201
SIZE = 25
MIN_WORDS, MAX_WORDS = 150, 500
DUPLICATE = 0.5

PUBLISHERS = {
    "ahram": "Ahram Online",
    "manar": "Al-Manar",
    "alalam": "Al-Alam",
    "alaraby": "Al-Araby Al-Jadeed",
    "dailysabah": "Daily Sabah",
    "sana": "SANA",
    "sputnik": "Sputnik",
    "etilaf": "Etilaf (Syrian National Coalition)",
    "trt": "TRT World",
    "jordantimes": "The Jordan Times",
    "reuters": "Reuters",
    "arabiya": "Al Arabiya",
    "nna": "NNA (National News Agency, Lebanon)",
    "asharqalawsat": "Asharq Al-Awsat",
    "tass": "TASS",
}


def shingles(text: str) -> set[tuple[str, ...]]:
    """Word 5-grams of a text, lowercased."""
    words = text.lower().split()
    return {tuple(words[i : i + 5]) for i in range(max(len(words) - 4, 1))}


def allocate(pools: dict[str, int], size: int) -> dict[str, int]:
    """One article per outlet, the rest by eligible pool size (largest remainder)."""
    quota = dict.fromkeys(pools, 1)
    rest = size - len(pools)
    weights = {o: n - 1 for o, n in pools.items()}
    total = sum(weights.values())
    shares = {o: rest * w / total for o, w in weights.items()}
    for outlet, share in shares.items():
        quota[outlet] += int(share)
    left = size - sum(quota.values())
    for outlet in sorted(shares, key=lambda o: (-(shares[o] % 1), o))[:left]:
        quota[outlet] += 1
    return quota


def draw(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The selected rows, outlet by outlet in name order, each outlet's in draw order."""
    rng = random.Random(SEED)
    pools: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        words = len(row["article_content"].split())
        if int(row["unit_id"]) % 2 == 1 and MIN_WORDS <= words <= MAX_WORDS:
            pools[row["source"]].append(row)
    quota = allocate({o: len(p) for o, p in pools.items()}, SIZE)
    chosen: list[dict[str, str]] = []
    taken: list[set[tuple[str, ...]]] = []
    for outlet in sorted(pools):
        pool = sorted(pools[outlet], key=lambda r: int(r["unit_id"]))
        rng.shuffle(pool)
        picked = 0
        for row in pool:
            if picked == quota[outlet]:
                break
            grams = shingles(row["article_content"])
            if any(len(grams & t) / len(grams | t) > DUPLICATE for t in taken):
                continue
            chosen.append(row)
            taken.append(grams)
            picked += 1
    return chosen


def name(index: int, row: dict[str, str]) -> str:
    """The file stem: draw number, outlet, unit_id."""
    return f"f{index:02d}-{row['source']}-{row['unit_id']}"


def main() -> int:
    """Print the draw; with --write, write the texts and meta files."""
    with FAKES.open(encoding="latin-1", newline="") as fh:
        rows = list(csv.DictReader(fh))
    chosen = draw(rows)
    for index, row in enumerate(chosen, 1):
        stem = name(index, row)
        print(f"{stem:40} {len(row['article_content'].split()):4} words  {row['article_title']}")
        if "--write" not in sys.argv:
            continue
        OUT.mkdir(parents=True, exist_ok=True)
        try:
            crowd_date = datetime.strptime(row["date"], "%m/%d/%y").date().isoformat()
        except ValueError:
            crowd_date = None
        # FA-KES has no publication date: its `date` is the crowd's reading of the incident's.
        meta = {
            "url": None,
            "publisher": PUBLISHERS[row["source"]],
            "published": None,
            "title": row["article_title"],
            "partial": False,
            "fakes_unit_id": int(row["unit_id"]),
            "fakes_source": row["source"],
            "fakes_date": crowd_date,
        }
        (OUT / f"{stem}.txt").write_text(row["article_content"], encoding="utf-8")
        (OUT / f"{stem}.meta.json").write_text(
            json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
