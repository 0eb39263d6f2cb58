"""One SHA-256 of the extractor's output over folders of articles and FA-KES-style CSVs.

A refactoring that must not change what the extractor says is proven by the same hash before
and after. Usage:
    .venv/bin/python tools/output_hash.py [PATH...] [--per-file]
PATH is a folder (every `*.txt` with its `*.meta.json` sidecar) or a CSV with FA-KES's columns
(`article_title`, `source`, `date`, `article_content`); by default the seed in data/documents,
../shared/corpus/dev and FA-KES. `--per-file` prints one hash per article, so two runs diffed
show which articles changed. The extractor version is left out: only the output counts.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from app.documents import read_meta
from app.extract import DocumentMeta, Registry, default_registry, extract_document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_PATHS = [ROOT / "data" / "documents", SHARED / "dev", SHARED / "fa-kes" / "fakes.csv"]

Article = tuple[str, str | bytes, DocumentMeta]


def _published(value: str) -> date | None:
    """FA-KES's date column (month/day/year)."""
    try:
        return datetime.strptime(value, "%m/%d/%y").date()
    except ValueError:
        return None


def _folder_articles(folder: Path) -> Iterator[Article]:
    """Every `.txt` of a folder, with its sidecar metadata, in name order."""
    for path in sorted(folder.glob("*.txt")):
        yield f"{folder.name}/{path.name}", path.read_bytes(), read_meta(path)


def _csv_articles(path: Path) -> Iterator[Article]:
    """Every row of a FA-KES-style CSV, named by its row number."""
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        for number, row in enumerate(csv.DictReader(fh), start=1):
            meta = DocumentMeta(
                title=row.get("article_title") or None,
                publisher=row.get("source") or None,
                published_on=_published(row.get("date", "")),
            )
            yield f"{path.name}:{number}", row["article_content"], meta


def articles(paths: list[Path]) -> Iterator[Article]:
    """(name, text, meta) of every article below `paths`."""
    for path in paths:
        if path.is_dir():
            yield from _folder_articles(path)
        elif path.suffix == ".csv":
            yield from _csv_articles(path)
        else:
            raise SystemExit(f"output_hash: not a folder or a CSV: {path}")


def article_hash(text: str | bytes, meta: DocumentMeta, registry: Registry) -> str:
    """The SHA-256 of one article's extraction as sorted-key JSON, without the version."""
    output = extract_document(text, meta, registry).to_dict()
    output.pop("extractor_version", None)
    encoded = json.dumps(output, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()


def main() -> int:
    """Print the overall hash (and, with --per-file, each article's)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=DEFAULT_PATHS)
    parser.add_argument("--per-file", action="store_true", help="one hash per article too")
    args = parser.parse_args()
    registry = default_registry()
    overall = hashlib.sha256()
    count = 0
    for name, text, meta in articles(args.paths):
        digest = article_hash(text, meta, registry)
        overall.update(f"{name}\t{digest}\n".encode())
        count += 1
        if args.per_file:
            print(f"{digest}  {name}")
    print(f"{overall.hexdigest()}  ({count} articles)", file=sys.stdout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
