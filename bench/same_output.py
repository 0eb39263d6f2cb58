"""Whether the extractor's output is unchanged: every input's extraction, hashed, against a dump.

    .venv/bin/python bench/same_output.py --write /tmp/out/before.jsonl   # before a change
    .venv/bin/python bench/same_output.py --check /tmp/out/before.jsonl   # after it: exit 1 if any differs

The inputs: all FA-KES rows read as `bench/extract.py` reads them (twice, in one process, so an
output that depends on what the caches hold shows as a difference), the dev set and
`tests/data/fakes_gold` read as `incidents eval` reads them, and the seed of `data/documents`.
Each extraction is canonical JSON (sorted keys, without the version field) and its SHA-256.

Held-out inputs (the dev set's held-out names, `tests/data/fakes_gold`, FA-KES rows with an odd
`unit_id`) are written and compared as hashes only: their text or output is never printed or
stored. For the others the dump keeps the JSON, and `--check` prints the first few differing
keys of each input that changed. Keep the dump outside the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.documents import read_meta
from app.extract import DocumentMeta, Registry, default_registry, extract_document
from bench.extract import DEFAULT_CSV, published, read_rows

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
FAKES_GOLD = ROOT / "tests" / "data" / "fakes_gold"
SEED = ROOT / "data" / "documents"
# The dev set's held-out articles (issue 7's hold-out) by the start of their names.
HELD_OUT_DEV = ("10", "17", "42", "45", "50", "53", "56", "61", "64", "67")


def _gold_meta(directory: Path, stem: str) -> DocumentMeta:
    """An article's metadata as `app.evaluation.evaluate_directory` reads it."""
    meta_path = directory / f"{stem}.meta.json"
    raw = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    on = raw.get("published")
    return DocumentMeta(
        title=raw.get("title"),
        publisher=raw.get("publisher"),
        published_on=date.fromisoformat(on) if on else None,
        url=raw.get("url"),
    )


def inputs(csv_path: Path, dev: Path) -> Iterator[tuple[str, bytes | str, DocumentMeta, bool]]:
    """(name, text, meta, held out) of every input, in a fixed order."""
    rows = read_rows(csv_path)
    for round_ in ("fakes", "fakes-again"):
        for number, row in enumerate(rows):
            meta = DocumentMeta(
                title=row["article_title"], publisher=row["source"], published_on=published(row)
            )
            held = not row["unit_id"].isdigit() or int(row["unit_id"]) % 2 == 1
            # Some unit_ids occur twice: the row's number names the input.
            yield f"{round_}/{number}:{row['unit_id']}", row["article_content"], meta, held
    for directory, label in ((dev, "dev"), (FAKES_GOLD, "fakes_gold")):
        for gold in sorted(directory.glob("*.gold.json")):
            stem = gold.name[: -len(".gold.json")]
            held = label == "fakes_gold" or stem.startswith(HELD_OUT_DEV)
            text = (directory / f"{stem}.txt").read_bytes()
            yield f"{label}/{stem}", text, _gold_meta(directory, stem), held
    for path in sorted(SEED.glob("*.txt")):
        yield f"seed/{path.stem}", path.read_bytes(), read_meta(path), False


def canonical(raw: bytes | str, meta: DocumentMeta, registry: Registry) -> str:
    """An extraction as canonical JSON, without the extractor version."""
    out = extract_document(raw, meta, registry).to_dict()
    out.pop("extractor_version", None)
    return json.dumps(out, sort_keys=True, ensure_ascii=False)


def dump(csv_path: Path, dev: Path) -> list[dict[str, Any]]:
    """One record per input: its name, hash, and (if not held out) its extraction."""
    registry = default_registry()
    records: list[dict[str, Any]] = []
    for name, raw, meta, held in inputs(csv_path, dev):
        encoded = canonical(raw, meta, registry)
        record: dict[str, Any] = {
            "input": name,
            "sha256": hashlib.sha256(encoded.encode()).hexdigest(),
            "held_out": held,
        }
        if not held:
            record["extraction"] = json.loads(encoded)
        records.append(record)
    return records


def _differences(before: Any, after: Any, path: str = "") -> Iterator[str]:
    """Paths where two JSON values differ."""
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            yield from _differences(before.get(key), after.get(key), f"{path}.{key}")
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        for i, (b, a) in enumerate(zip(before, after, strict=True)):
            yield from _differences(b, a, f"{path}[{i}]")
    elif before != after:
        yield f"{path}: {json.dumps(before)[:120]} -> {json.dumps(after)[:120]}"


def total_hash(records: list[dict[str, Any]]) -> str:
    """One hash over every input's hash."""
    joined = "\n".join(f"{r['input']} {r['sha256']}" for r in records)
    return hashlib.sha256(joined.encode()).hexdigest()


def main() -> int:
    """Write a dump, or check the extractor against one."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", type=Path, metavar="DUMP")
    action.add_argument("--check", type=Path, metavar="DUMP")
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--dev", type=Path, default=DEV)
    args = parser.parse_args()
    records = dump(args.csv, args.dev)
    by_name = {r["input"]: r for r in records}
    for name in [r["input"] for r in records if r["input"].startswith("fakes-again/")]:
        first = name.replace("fakes-again/", "fakes/", 1)
        if by_name[name]["sha256"] != by_name[first]["sha256"]:
            print(f"unstable: {first} differs on a second pass in one process")
    print(f"inputs: {len(records)}, total hash {total_hash(records)}")
    if args.write:
        args.write.parent.mkdir(parents=True, exist_ok=True)
        with args.write.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, sort_keys=True, ensure_ascii=False) + "\n")
        return 0
    with args.check.open(encoding="utf-8") as fh:
        before = {r["input"]: r for r in map(json.loads, fh)}
    changed = 0
    for record in records:
        old = before.get(record["input"])
        if old is not None and old["sha256"] == record["sha256"]:
            continue
        changed += 1
        print(
            f"differs: {record['input']}" + (" (held out: hash only)" if record["held_out"] else "")
        )
        if old is not None and not record["held_out"] and "extraction" in old:
            for line in list(_differences(old["extraction"], record["extraction"]))[:5]:
                print(f"    {line}")
    missing = set(before) - set(by_name)
    for name in sorted(missing):
        print(f"missing: {name}")
    print(
        f"same output: {len(records) - changed} of {len(records)} inputs"
        + ("" if changed or missing else " (all)")
    )
    return 1 if changed or missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
