"""Build a benchmark database of N claims, grown from real extraction output.

Real articles (the seed in data/documents, and ../shared/corpus when it is there: the dev set
and FA-KES) are extracted once; their claims, figures and incidents are the templates. The
database then gets documents of 3-15 claims each, drawn from those templates with other
numbers, dates and places, attributed to sources with a Zipf-skewed distribution over the
registry actors plus a few thousand generated ones (a handful of sources make most claims, as
in real reporting). The schema, indexes and full-text tables are the app's own (its migrations).

    .venv/bin/python bench/api/generate.py --claims 1000000 --output bench/api/data/claims-1m.db
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from app.db import create_db_engine, init_db  # noqa: E402
from app.documents import read_meta, sync_registry  # noqa: E402
from app.extract import DocumentMeta, extract_document, load_registry  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
ACTOR_KINDS = ["armed group", "ministry", "media outlet", "organisation", "person", "armed force"]
ORG_WORDS = [
    "Media Centre",
    "Civil Defence",
    "Military Council",
    "Coordination Committee",
    "Brigade",
    "Press Office",
    "Local Council",
    "Monitoring Group",
    "Front",
    "Battalion",
]
TOP_SOURCE = "centcom"


@dataclass
class ClaimTemplate:
    """A real claim: its text and figures (offsets relative to the claim's text)."""

    kind: str
    cue: str | None
    speaker: str | None
    text: str
    quote: str | None
    confidence: float
    rule: str
    figures: list[tuple[str, int, bool, str | None, str | None, int, int, str]]


@dataclass
class IncidentTemplate:
    """A real incident's type and title."""

    type: str
    title: str


def articles(limit: int) -> list[tuple[bytes, DocumentMeta]]:
    """Real articles to extract: the seed, the dev set, and FA-KES rows when available."""
    found: list[tuple[bytes, DocumentMeta]] = []
    dirs = [ROOT / "data" / "documents", SHARED / "dev"]
    for directory in dirs:
        if directory.is_dir():
            for path in sorted(directory.glob("*.txt")):
                found.append((path.read_bytes(), read_meta(path)))
    fakes = SHARED / "fa-kes" / "fakes.csv"
    if fakes.is_file():
        csv.field_size_limit(1 << 26)
        with fakes.open(encoding="utf-8", errors="replace") as handle:
            for row in csv.DictReader(handle):
                if len(found) >= limit:
                    break
                text = row["article_content"].strip()
                if text:
                    found.append((text.encode(), DocumentMeta(title=row["article_title"])))
    return found


def templates(limit: int) -> tuple[list[ClaimTemplate], list[IncidentTemplate]]:
    """Claims and incidents extracted from real articles."""
    registry = load_registry(ROOT / "data")
    claims: list[ClaimTemplate] = []
    incidents: list[IncidentTemplate] = []
    for raw, meta in articles(limit):
        try:
            extraction = extract_document(raw, meta, registry)
        except Exception:  # a template source that does not extract is just skipped
            continue
        for claim in extraction.claims:
            figures = [
                (
                    f.metric,
                    f.value,
                    f.approximate,
                    f.qualifier,
                    f.subject,
                    f.start - claim.start,
                    f.end - claim.start,
                    f.text,
                )
                for f in claim.figures
                if f.start >= claim.start and f.end <= claim.end
            ]
            claims.append(
                ClaimTemplate(
                    str(claim.kind),
                    claim.cue,
                    claim.speaker,
                    claim.text,
                    claim.quote,
                    claim.confidence,
                    claim.rule,
                    figures,
                )
            )
        incidents += [IncidentTemplate(i.type, i.title) for i in extraction.incidents]
    if not incidents:
        incidents.append(IncidentTemplate("airstrike", "Airstrike"))
    return claims, incidents


def zipf_weights(n: int, s: float = 1.1) -> list[float]:
    """Weights of ranks 1..n under Zipf's law."""
    return [1 / (rank**s) for rank in range(1, n + 1)]


def build(claim_count: int, output: Path, *, actors: int, seed: int, articles_limit: int) -> None:
    """Write a database of `claim_count` claims to `output`."""
    rng = random.Random(seed)
    started = time.monotonic()
    claim_templates, incident_templates = templates(articles_limit)
    print(
        f"templates: {len(claim_templates)} claims, {len(incident_templates)} incidents "
        f"({time.monotonic() - started:.1f}s)"
    )
    output.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{output}{suffix}").unlink(missing_ok=True)
    engine = create_db_engine(f"sqlite:///{output}")
    init_db(engine)
    registry = load_registry(ROOT / "data")
    from sqlmodel import Session

    with Session(engine) as session:
        sync_registry(session, registry)
    engine.dispose()
    places = [p for p in registry.places.values() if p.kind in ("city", "site")]

    db = sqlite3.connect(output)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    known = [row[0] for row in db.execute("SELECT id FROM actor ORDER BY id")]
    generated = []
    for n in range(actors - len(known)):
        place = places[n % len(places)]
        name = f"{place.name} {ORG_WORDS[n % len(ORG_WORDS)]} {n // len(ORG_WORDS) + 1}"
        actor_id = f"gen-{n:05d}"
        generated.append(
            (actor_id, name, ACTOR_KINDS[n % len(ACTOR_KINDS)], place.country, "[]", 0, now)
        )
    db.executemany(
        "INSERT INTO actor (id, name, kind, country, aliases, known, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        generated,
    )
    # Sources by rank: the registry's main speakers first (CENTCOM makes the most claims).
    others = [a for a in known if a != TOP_SOURCE]
    rng.shuffle(others)
    ranked = [TOP_SOURCE, *others, *(g[0] for g in generated)]
    weights = zipf_weights(len(ranked))
    cumulative = []
    total = 0.0
    for w in weights:
        total += w
        cumulative.append(total)

    documents, claims, figures, incidents, links = [], [], [], [], []
    made = 0
    doc_n = 0
    start_day = date(2015, 1, 1)
    while made < claim_count:
        doc_n += 1
        size = min(rng.randint(3, 15), claim_count - made)
        picked = [rng.choice(claim_templates) for _ in range(size)]
        sources = rng.choices(ranked, cum_weights=cumulative, k=size)
        published = start_day + timedelta(days=rng.randrange(6 * 365))
        place = rng.choice(places)
        incident_id = f"inc_{doc_n:010x}"
        template = rng.choice(incident_templates)
        incidents.append(
            (
                incident_id,
                f"{template.title} near {place.name}",
                template.type,
                (published - timedelta(days=rng.randrange(3))).isoformat(),
                "day",
                place.name,
                place.lat + rng.uniform(-0.05, 0.05),
                place.lon + rng.uniform(-0.05, 0.05),
                "city",
                place.country,
                now,
            )
        )
        links.append((incident_id, sources[0], "perpetrator"))
        if len(set(sources)) > 1:
            links.append((incident_id, next(s for s in sources if s != sources[0]), "target"))
        text_parts = []
        offset = 0
        doc_id = f"doc_{hashlib.sha256(f'{seed}-{doc_n}'.encode()).hexdigest()[:12]}"
        for sequence, (claim, source) in enumerate(zip(picked, sources, strict=True)):
            claim_id = f"clm_{made:012x}"
            made += 1
            about = incident_id if rng.random() < 0.7 else None
            stated = published - timedelta(days=rng.randrange(2)) if rng.random() < 0.8 else None
            claims.append(
                (
                    claim_id,
                    about,
                    doc_id,
                    claim.speaker,
                    claim.kind,
                    claim.cue,
                    claim.text,
                    claim.quote,
                    stated.isoformat() if stated else None,
                    claim.confidence,
                    claim.rule,
                    "0.1.0",
                    sequence,
                    now,
                    source,
                    offset,
                    offset + len(claim.text),
                )
            )
            for k, (metric, value, approx, qualifier, subject, fs, fe, words) in enumerate(
                claim.figures
            ):
                figures.append(
                    (
                        f"fig_{made:012x}{k}",
                        metric,
                        max(1, int(value * rng.uniform(0.5, 1.5))),
                        approx,
                        qualifier,
                        subject,
                        words,
                        claim_id,
                        offset + fs,
                        offset + fe,
                    )
                )
            text_parts.append(claim.text)
            offset += len(claim.text) + 1
        text = "\n".join(text_parts) + "\n"
        documents.append(
            (
                doc_id,
                f"Report {doc_n}",
                "Press TV",
                None,
                None,
                published.isoformat(),
                None,
                "en",
                hashlib.sha256(text.encode()).hexdigest() + f"{doc_n:x}",
                "0.1.0",
                text,
                now,
            )
        )
        if len(claims) >= 50_000 or made >= claim_count:
            flush(db, documents, incidents, links, claims, figures)
            documents, claims, figures, incidents, links = [], [], [], [], []
            print(f"  {made:,} claims ({time.monotonic() - started:.0f}s)", flush=True)
    # The rows went in past the app's sessions: stamp their change log as one committed write.
    with db:
        db.execute("UPDATE data_version SET version = version + 1, changed_at = ?", (now,))
        db.execute(
            "UPDATE change SET version = (SELECT version FROM data_version), at = ? "
            "WHERE version IS NULL",
            (now,),
        )
    db.execute("ANALYZE")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()
    size_mb = output.stat().st_size / 1e6
    print(f"wrote {output}: {made:,} claims, {doc_n:,} documents, {size_mb:.0f} MB")


def flush(
    db: sqlite3.Connection,
    documents: list[tuple[object, ...]],
    incidents: list[tuple[object, ...]],
    links: list[tuple[object, ...]],
    claims: list[tuple[object, ...]],
    figures: list[tuple[object, ...]],
) -> None:
    """Insert one batch of rows in one transaction."""
    with db:
        db.executemany(
            "INSERT INTO document (id, title, publisher, publisher_actor_id, relayed_by, "
            "published_on, url, language, sha256, extractor_version, text, loaded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            documents,
        )
        db.executemany(
            "INSERT INTO incident (id, title, type, occurred_on, occurred_on_precision, "
            "place_name, latitude, longitude, location_precision, country, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            incidents,
        )
        db.executemany(
            "INSERT OR IGNORE INTO incident_actor (incident_id, actor_id, role) VALUES (?, ?, ?)",
            links,
        )
        db.executemany(
            "INSERT INTO claim (id, incident_id, document_id, speaker, kind, cue, text, quote, "
            "stated_on, confidence, rule, extractor_version, sequence, updated_at, source_id, "
            'start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            claims,
        )
        db.executemany(
            "INSERT INTO figure (id, metric, value, approximate, qualifier, subject, text, "
            'claim_id, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            figures,
        )


def count(text: str) -> int:
    """`10k`, `1M` or `300000` as a number."""
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1:], 1)
    return int(float(text.rstrip("km")) * factor)


def main() -> None:
    """Parse arguments and build the database."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=count, required=True, help="e.g. 10k, 100k, 1M")
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--actors", type=int, default=4000, help="sources, registry included")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--articles", type=int, default=300, help="real articles to extract")
    args = parser.parse_args()
    build(
        args.claims, args.output, actors=args.actors, seed=args.seed, articles_limit=args.articles
    )
    print(json.dumps({"claims": args.claims, "output": str(args.output)}))


if __name__ == "__main__":
    main()
