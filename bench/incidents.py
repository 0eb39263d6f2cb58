"""Incidents against the FA-KES crowd: what, where, by whom and how many, first incident of each article.

    .venv/bin/python bench/incidents.py [--csv ../shared/corpus/fa-kes/fakes.csv] [-v MEASURE]
    .venv/bin/python bench/incidents.py --sample 25 --seed 8   # rows to read by hand

Prints one table: each measure on all rows and on the two fixed halves (even and odd
`unit_id`). Rules are developed looking at the even half; the odd half is the check that they
are constructions of the genre, not of one article. `-v killed-best` (or any measure's key)
lists the rows of the odd-free half that miss it, to read them.

The crowd is a signal, not truth: rows labelled fake disagree with the casualty database, not
with their own text, and crowd workers misread some articles. The mappings from our values to
the crowd's are written down below (`TYPE_TO_CAUSE`, `ACTOR_TO_CROWD`, `ADMIN1_TO_CROWD`).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from app.extract import DocumentMeta, Extraction, default_registry, extract_document
from app.extract.registry import Registry
from app.extract.types import ExtractedIncident

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fa-kes" / "fakes.csv"

# The crowd's `cause_of_death` for each of our incident types. FA-KES's "shelling" is any
# bombardment from afar: air strikes, missiles and rockets as well as artillery.
TYPE_TO_CAUSE = {
    "airstrike": "shelling",
    "missile strike": "shelling",
    "shelling": "shelling",
    "bombing": "explosion",
    "suicide bombing": "explosion",
    "chemical attack": "chemical and toxic gases",
    "shooting": "shooting",
    "armed clash": "shooting",
    "execution": "execution",
}
# The crowd's `actor` for our actors: an actor counts as the value of itself or its nearest
# ancestor listed here.
ACTOR_TO_CROWD = {
    "syria": "syrian government or russian troops",
    "russia": "syrian government or russian troops",
    "hezbollah": "syrian government or russian troops",
    "iran": "syrian government or russian troops",
    "isis": "the organization of the islamic state in iraq and the levant - isis",
    "us-led-coalition": "international coalition forces",
    "united-states": "international coalition forces",
    "united-kingdom": "international coalition forces",
    "france": "international coalition forces",
    "free-syrian-army": "armed opposition groups",
    "armed-opposition": "armed opposition groups",
    "turkey": "armed opposition groups",
    "sdf": "self administration forces",
    "ypg": "self administration forces",
    "jabhat-al-nusra": "al-nusra front",
}
# The crowd's 12 governorates for our admin1 names (Rif Dimashq is "damascus" to the crowd).
ADMIN1_TO_CROWD = {
    "Aleppo": "aleppo",
    "Damascus": "damascus",
    "Rif Dimashq": "damascus",
    "Idlib": "idlib",
    "Deir ez-Zor": "deir ezzor",
    "Raqqa": "raqqa",
    "Homs": "homs",
    "Hasakah": "hasakeh",
    "Hama": "hama",
    "Daraa": "daraa",
    "Latakia": "lattakia",
    "Quneitra": "quneitra",
    "Tartus": "tartous",
}


@dataclass
class Row:
    """One FA-KES article with the crowd's reading of its main incident."""

    unit_id: int
    crowd: dict[str, str]
    extraction: Extraction


def read_rows(path: Path) -> list[dict[str, str]]:
    """The FA-KES rows (the file is not UTF-8: latin-1 keeps every byte)."""
    with path.open(encoding="latin-1", newline="") as fh:
        return list(csv.DictReader(fh))


def published(value: str) -> date | None:
    """The row's date column (month/day/year)."""
    try:
        return datetime.strptime(value, "%m/%d/%y").date()
    except ValueError:
        return None


def crowd_actor(registry: Registry, actor_id: str) -> str | None:
    """The crowd's actor value for one of ours: itself or its nearest listed ancestor."""
    for candidate in [actor_id, *registry.ancestors(actor_id)]:
        if candidate in ACTOR_TO_CROWD:
            return ACTOR_TO_CROWD[candidate]
    return None


def crowd_killed(row: Row) -> int | None:
    try:
        return int(row.crowd["nb_civilians"] or 0) + int(row.crowd["nb_noncivilians"] or 0)
    except ValueError:
        return None


def first(row: Row) -> ExtractedIncident | None:
    return row.extraction.incidents[0] if row.extraction.incidents else None


def killed_estimate(row: Row) -> tuple[int, tuple[int, int, int] | None] | None:
    """The crowd's count and our first incident's killed (low, best, high), if any."""
    crowd = crowd_killed(row)
    if crowd is None:
        return None
    incident = first(row)
    found = (
        [(e.low, e.best, e.high) for e in incident.estimates if e.metric == "killed"]
        if incident
        else []
    )
    return crowd, found[0] if found else None


def killed_best(row: Row, registry: Registry) -> bool | None:
    pair = killed_estimate(row)
    if pair is None:
        return None
    crowd, killed = pair
    return crowd == 0 if killed is None else killed[1] == crowd


def killed_range(row: Row, registry: Registry) -> bool | None:
    pair = killed_estimate(row)
    if pair is None:
        return None
    crowd, killed = pair
    return crowd == 0 if killed is None else killed[0] <= crowd <= killed[2]


def governorate(row: Row, registry: Registry) -> bool | None:
    incident = first(row)
    admin1 = getattr(incident, "admin1", None) if incident else None
    return ADMIN1_TO_CROWD.get(admin1 or "") == row.crowd["location"]


def incident_type(row: Row, registry: Registry) -> bool | None:
    cause = row.crowd["cause_of_death"]
    if cause == "unknown":
        return None
    incident = first(row)
    return incident is not None and TYPE_TO_CAUSE.get(incident.type) == cause


def perpetrator(row: Row, registry: Registry) -> bool | None:
    actor = row.crowd["actor"]
    if actor == "unknown":
        return None
    incident = first(row)
    found = [a.actor_id for a in incident.actors if a.role == "perpetrator"] if incident else []
    return any(crowd_actor(registry, a) == actor for a in found)


MEASURES: list[tuple[str, str, float, Callable[[Row, Registry], bool | None]]] = [
    ("killed-best", "killed: best = crowd's nb_civilians + nb_noncivilians", 0.75, killed_best),
    ("killed-range", "killed: crowd's count within low–high", 0.92, killed_range),
    ("governorate", "governorate (admin1) = crowd's location", 0.90, governorate),
    ("type", "type agrees with cause_of_death (known causes)", 0.90, incident_type),
    ("perpetrator", "perpetrator found and = crowd's actor (known actors)", 0.80, perpetrator),
]


def share(
    rows: list[Row], measure: Callable[[Row, Registry], bool | None], registry: Registry
) -> str:
    results = [r for r in (measure(row, registry) for row in rows) if r is not None]
    if not results:
        return "–"
    return f"{sum(results) / len(results):.2f} ({sum(results)}/{len(results)})"


def print_for_reading(row: Row) -> None:
    """One row as a reader checks it: the crowd's reading, ours (first incident) and the lead."""
    incident = first(row)
    print("=" * 100)
    print(
        row.unit_id,
        "|",
        row.crowd["source"],
        "|",
        row.crowd["date"],
        "|",
        row.crowd["article_title"],
    )
    print(
        f"crowd: {row.crowd['location']} / {row.crowd['cause_of_death']} / killed "
        f"{crowd_killed(row)} / {row.crowd['actor']}"
    )
    if incident is None:
        print("ours: no incident")
    else:
        print(
            f"ours: {incident.type} | {incident.occurred_on} ({incident.occurred_on_precision}) | "
            f"{incident.place_name} ({incident.location_precision}; admin1 {incident.admin1}, "
            f"admin2 {incident.admin2}) | "
            f"{[(e.metric, e.low, e.best, e.high) for e in incident.estimates]} | "
            f"{len(row.extraction.incidents)} incident(s)"
        )
    print(" ".join(row.crowd["article_content"].split())[:1500])


def main() -> int:
    """Extract every FA-KES article and print the table (and the misses of one measure)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("-v", "--misses", choices=[key for key, *_ in MEASURES])
    parser.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="print N rows drawn at random (--seed) to read by hand, instead of the table",
    )
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    if not args.csv.is_file():
        print(f"incidents: no such file: {args.csv}", file=sys.stderr)
        return 2
    registry = default_registry()
    raws = read_rows(args.csv)
    if args.sample:
        raws = random.Random(args.seed).sample(raws, args.sample)
    rows = [
        Row(
            int(raw["unit_id"]),
            raw,
            extract_document(
                raw["article_content"],
                DocumentMeta(
                    title=raw["article_title"],
                    publisher=raw["source"],
                    published_on=published(raw["date"]),
                ),
                registry,
            ),
        )
        for raw in raws
    ]
    if args.sample:
        for row in rows:
            print_for_reading(row)
        return 0
    even = [r for r in rows if r.unit_id % 2 == 0]
    odd = [r for r in rows if r.unit_id % 2 == 1]
    print(
        f"| measure | all ({len(rows)}) | even unit_id ({len(even)}) | odd unit_id ({len(odd)}) | target |"
    )
    print("| --- | --- | --- | --- | --- |")
    for _, label, target, measure in MEASURES:
        cells = " | ".join(share(part, measure, registry) for part in (rows, even, odd))
        print(f"| {label} | {cells} | ≥ {target:.2f} |")
    if args.misses:
        measure = next(m for key, *_, m in MEASURES if key == args.misses)
        for row in even:
            if measure(row, registry) is False:
                incident = first(row)
                print(
                    f"\n{row.unit_id}: crowd {row.crowd['location']} / {row.crowd['actor']} / "
                    f"{row.crowd['cause_of_death']} / killed {crowd_killed(row)}; ours: "
                    + (
                        f"{incident.type} at {incident.place_name} ({getattr(incident, 'admin1', None)}), "
                        f"{[(a.actor_id, a.role) for a in incident.actors]}, "
                        f"{[(e.metric, e.low, e.best, e.high) for e in incident.estimates]}"
                        if incident
                        else "no incident"
                    )
                )
                print("   ", row.crowd["article_title"][:150])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
