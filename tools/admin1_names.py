"""Writes data/admin1_names.json: every country's first-level divisions as incidents name them
(`admin1`), with the other names users type for them (ISO 3166-2 names and codes, the aliases
of data/gazetteer.yaml). The API's `admin1=` filter reads it (it does not load GeoNames).

    .venv/bin/python tools/admin1_names.py [--check]

`--check` exits 1 when the file differs from what the gazetteer gives now.
"""

from __future__ import annotations

import argparse
import sys

import orjson
import pycountry

from app.extract.gazetteer import _geonames_file, _read, division_catalogue
from app.extract.registry import DATA_DIR

PATH = DATA_DIR / "admin1_names.json"


def build() -> bytes:
    """The file's content: GeoNames towns of every country (cities1000), read once."""
    cities = orjson.loads(_geonames_file("cities1000.json"))
    countries = sorted(c.alpha_2 for c in pycountry.countries)
    catalogue = division_catalogue(_read(DATA_DIR / "gazetteer.yaml"), cities, countries)
    return orjson.dumps(catalogue, option=orjson.OPT_SORT_KEYS) + b"\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    content = build()
    if args.check:
        if PATH.read_bytes() != content:
            print(f"{PATH} is out of date: run tools/admin1_names.py", file=sys.stderr)
            return 1
        return 0
    PATH.write_bytes(content)
    print(f"wrote {PATH} ({len(content)} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
