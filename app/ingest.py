"""Documents in and out: reading inputs for `incidents load`, and removing a stored document.

An input is turned into records (a name, the article's bytes and its metadata), each of which
is extracted and stored on its own: one bad row or file is a failed record, never a failed
batch. Paths that cannot be read at all (missing, unsupported type, a CSV without the mapped
columns) are `InputError`s, raised before anything is loaded.

- A `.txt` file is one article; its metadata comes from `NAME.meta.json` beside it.
- A folder contributes every `.txt` below it, recursively, sorted by path; hidden files and
  folders (`.name`) are skipped. CSV and JSONL files are read only when named explicitly.
- A `.csv` file (header row required) or `.jsonl` file (one JSON object per line) holds one
  article per row; `ColumnMapping` says which column is the text, the title, the date...

`remove_document` is the inverse of loading one: the document and everything derived only
from it go, incidents other documents still report are re-estimated.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import charset_normalizer
import dateparser
import ftfy
import ftfy.bad_codecs
from sqlalchemy import delete, exists
from sqlmodel import Session, col, select

from app.db import write_lock
from app.extract import DocumentMeta, ExtractionError, Registry, extract_document
from app.loader import (
    LoadError,
    LoadResult,
    clear_failure,
    load_extraction,
    meta_url,
    read_meta,
    record_failure,
)
from app.merge import recompute_estimates
from app.models import (
    Actor,
    CasualtyEstimate,
    Claim,
    ClaimVia,
    Document,
    EstimateClaim,
    Figure,
    Incident,
    IncidentActor,
)

logger = logging.getLogger(__name__)

AUTO = "auto"  # the default --encoding: UTF-8 when it is, else detected
SourceKind = Literal["txt", "csv", "jsonl"]
SUFFIXES: dict[str, SourceKind] = {
    ".txt": "txt",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
# Articles are long; the csv module's default field limit (128 KiB) is not a limit on them.
CSV_FIELD_LIMIT = 1 << 26
# Lone surrogates are how `surrogateescape` keeps bytes the encoding could not decode.
UNDECODED = re.compile("[\udc80-\udcff]")
DATEPARSER_SETTINGS: Any = {
    "DATE_ORDER": "MDY",  # FA-KES and most US-sourced exports write 9/12/16 for September 12
    "PARSERS": ["custom-formats", "absolute-time"],  # no "yesterday", no epoch numbers
    "REQUIRE_PARTS": ["day", "month", "year"],
}


class InputError(ValueError):
    """A path or column mapping that cannot be used at all (a usage error, nothing loaded)."""


@dataclass(frozen=True)
class ColumnMapping:
    """Which CSV column (or JSONL key) holds each part of an article; None means absent."""

    text: str = "text"
    title: str | None = None
    publisher: str | None = None
    relayed_by: str | None = None
    published: str | None = None
    url: str | None = None
    language: str | None = None
    id_column: str | None = None
    date_format: str | None = None
    encoding: str = AUTO

    def columns(self) -> dict[str, str]:
        """The mapped columns by role (`text`, `title`, ..., `id`), only those given."""
        roles = {
            "text": self.text,
            "title": self.title,
            "publisher": self.publisher,
            "relayed_by": self.relayed_by,
            "published": self.published,
            "url": self.url,
            "language": self.language,
            "id": self.id_column,
        }
        return {role: column for role, column in roles.items() if column}


@dataclass
class Record:
    """One article to load: a name for reports, its bytes and metadata, or why it is unusable."""

    name: str
    raw: bytes = b""
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    error: str | None = None


@dataclass(frozen=True)
class Source:
    """An input file and how to read it."""

    path: Path
    kind: SourceKind


# What `--encoding auto` chooses among when a file is not UTF-8: what news exports are in.
AUTO_CANDIDATES = ["utf_8", "utf_16", "cp1252", "iso8859_15", "latin_1"]
# ftfy repairs mojibake (`donâ€™t` -> `don't`) and C1 controls read from Windows-1252 bytes
# (U+0095 -> `•`); everything else in the text (quotes, widths, line breaks) is left as written.
REPAIR = ftfy.TextFixerConfig(
    unescape_html=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    normalization=None,
    explain=False,
)
C1_CONTROLS = re.compile("[\x80-\x9f]")


def repair_text(value: str) -> str:
    """`value` with mojibake repaired (ftfy) and no C1 control characters left."""
    if value.isascii():
        return value
    return C1_CONTROLS.sub("", ftfy.fix_text(value, REPAIR))


def decode_input(data: bytes, encoding: str) -> str:
    """A CSV/JSONL file's text: in `encoding`, or for `auto` UTF-8 when it is, else the
    encoding charset-normalizer finds likeliest (undecodable bytes kept as lone surrogates)."""
    if encoding != AUTO:
        return data.decode(encoding, errors="surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=AUTO_CANDIDATES).best()
    # Windows-1252 as ftfy reads it (its 5 unassigned bytes too) when nothing fits better.
    found = best.encoding if best is not None else "sloppy-windows-1252"
    logger.info("not UTF-8: reading it as %s", found)
    return data.decode(found, errors="surrogateescape")


def check_encoding(encoding: str) -> None:
    """Raise InputError unless `encoding` is `auto` or names a text codec Python knows."""
    if encoding == AUTO:
        return
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise InputError(f"unknown encoding {encoding!r}") from exc


def _hidden(path: Path, root: Path) -> bool:
    """Whether a part of `path` below `root` starts with a dot."""
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def collect_sources(paths: Iterable[Path]) -> list[Source]:
    """The input files named by `paths` (folders expanded to their .txt files), in order."""
    sources: list[Source] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt")
            sources.extend(Source(p, "txt") for p in found if not _hidden(p, path))
        elif path.is_file():
            kind = SUFFIXES.get(path.suffix.lower())
            if kind is None:
                raise InputError(
                    f"{path}: unsupported file type {path.suffix or '(none)'!r} "
                    "(expected .txt, .csv or .jsonl, or a folder)"
                )
            sources.append(Source(path, kind))
        elif path.exists():
            raise InputError(f"{path}: not a regular file or folder")
        else:
            raise InputError(f"{path}: no such file or folder")
    return sources


def _read_text(path: Path, encoding: str) -> str:
    """The whole file decoded, undecodable bytes kept as lone surrogates (reported per row)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror or exc}") from exc
    text = decode_input(data, encoding)
    return text.removeprefix("\ufeff")


def _csv_reader(text: str) -> csv.DictReader[str]:
    """A DictReader over the decoded text of a CSV file."""
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    return csv.DictReader(io.StringIO(text, newline=""))


def check_source(source: Source, mapping: ColumnMapping) -> None:
    """Raise InputError when a CSV file lacks a header or one of the mapped columns."""
    if source.kind != "csv":
        return
    header = _csv_reader(_read_text(source.path, mapping.encoding)).fieldnames
    if not header:
        raise InputError(f"{source.path}: empty CSV file (a header row is required)")
    for role, column in mapping.columns().items():
        if column not in header:
            flag = "--id-column" if role == "id" else "--" + role.replace("_", "-")
            raise InputError(
                f"{source.path}: no column {column!r} for {flag} "
                f"(columns: {', '.join(repr(h) for h in header)})"
            )


def count_records(source: Source, mapping: ColumnMapping) -> int:
    """How many records `iter_records` will yield for `source` (for progress reporting)."""
    if source.kind == "txt":
        return 1
    text = _read_text(source.path, mapping.encoding)
    if source.kind == "csv":
        return sum(1 for _ in _csv_reader(text))
    return sum(1 for line in text.splitlines() if line.strip())


def iter_records(source: Source, mapping: ColumnMapping) -> Iterator[Record]:
    """The records of one input, in file order."""
    if source.kind == "txt":
        yield _txt_record(source.path)
    elif source.kind == "csv":
        yield from _csv_records(source.path, mapping)
    else:
        yield from _jsonl_records(source.path, mapping)


def _txt_record(path: Path) -> Record:
    """A .txt article with the metadata of its sidecar."""
    name = str(path)
    try:
        raw = path.read_bytes()
        meta = read_meta(path)
    except OSError as exc:
        return Record(name, error=f"cannot read: {exc.strerror or exc}")
    except LoadError as exc:
        return Record(name, error=str(exc))
    return Record(name, raw, meta)


def _csv_records(path: Path, mapping: ColumnMapping) -> Iterator[Record]:
    """One record per data row; the name is `PATH#row=N` (from 1) or `PATH#ID=value`."""
    for number, row in enumerate(_csv_reader(_read_text(path, mapping.encoding)), start=1):
        yield _mapped_record(path, f"row={number}", row, mapping)


def _jsonl_records(path: Path, mapping: ColumnMapping) -> Iterator[Record]:
    """One record per non-blank line; the name is `PATH#line=N` (from 1) or `PATH#ID=value`."""
    text = _read_text(path, mapping.encoding)
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line={number}"
        if UNDECODED.search(line):
            yield Record(f"{path}#{where}", error=_undecoded_message(line, "the line", mapping))
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Record(f"{path}#{where}", error=f"not valid JSON: {exc}")
            continue
        if not isinstance(row, dict):
            yield Record(
                f"{path}#{where}", error=f"expected a JSON object, not {type(row).__name__}"
            )
            continue
        yield _mapped_record(path, where, row, mapping)


def _undecoded_message(value: str, what: str, mapping: ColumnMapping) -> str:
    """Say where `value` holds bytes that are not text in the mapping's encoding."""
    at = UNDECODED.search(value)
    assert at is not None
    byte = ord(at.group()) - 0xDC00
    return (
        f"{what} is not {mapping.encoding} text (byte 0x{byte:02x} at character {at.start()}); "
        "pass --encoding to read the file with another encoding"
    )


def _value(row: Mapping[str, Any], column: str, mapping: ColumnMapping) -> str | None:
    """A mapped cell as text: None when absent or blank; LoadError when not usable as text."""
    value = row.get(column)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise LoadError(f"column {column!r} must be text, not {type(value).__name__}")
    text = str(value)
    if UNDECODED.search(text):
        raise LoadError(_undecoded_message(text, f"column {column!r}", mapping))
    text = repair_text(text)
    return text if text.strip() else None


def _mapped_record(
    path: Path, where: str, row: Mapping[str, Any], mapping: ColumnMapping
) -> Record:
    """The record of one CSV row or JSONL object, or a record saying what is wrong with it."""
    name = f"{path}#{where}"
    try:
        if mapping.id_column:
            key = _value(row, mapping.id_column, mapping)
            if key is not None:
                name = f"{path}#{mapping.id_column}={key.strip()}"
        text = _value(row, mapping.text, mapping)
        if text is None:
            raise LoadError(f"no text in column {mapping.text!r}")
        values = {
            role: _value(row, column, mapping) if column else None
            for role, column in (
                ("title", mapping.title),
                ("publisher", mapping.publisher),
                ("relayed_by", mapping.relayed_by),
                ("published", mapping.published),
                ("url", mapping.url),
                ("language", mapping.language),
            )
        }
        published = values.pop("published")
        meta = DocumentMeta(
            title=values["title"],
            publisher=values["publisher"],
            relayed_by=values["relayed_by"],
            published_on=parse_published(published, mapping.date_format) if published else None,
            url=meta_url(values["url"]),
            language=(values["language"] or "en").strip(),
        )
    except LoadError as exc:
        return Record(name, error=str(exc))
    # A row's text is a str: the article's bytes (and so its sha256) are its UTF-8 encoding.
    return Record(name, text.encode("utf-8"), meta)


@lru_cache(maxsize=4096)
def _dateparser_date(value: str) -> date | None:
    """`value` read by dateparser (English, month first), or None (dates repeat: cached)."""
    parsed = dateparser.parse(value, languages=["en"], settings=DATEPARSER_SETTINGS)
    return parsed.date() if parsed else None


def parse_published(value: str, date_format: str | None = None) -> date:
    """A publication date: with `date_format` (strptime), else ISO, else dateparser (M/D/Y)."""
    value = value.strip()
    if date_format:
        try:
            return datetime.strptime(value, date_format).date()
        except ValueError as exc:
            raise LoadError(f"bad date {value!r} (expected format {date_format!r})") from exc
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    parsed = _dateparser_date(value)
    if parsed is None:
        raise LoadError(
            f"bad date {value!r}: not YYYY-MM-DD nor a date dateparser understands "
            "(pass --date-format)"
        )
    return parsed


def load_record(session: Session, record: Record, registry: Registry) -> LoadResult:
    """Extract and store one record; a failure is recorded in load failures and returned."""
    sha: str | None = None
    try:
        if record.error is not None:
            raise LoadError(record.error)
        sha = hashlib.sha256(record.raw).hexdigest()
        stored = session.exec(select(Document.id).where(Document.sha256 == sha)).first()
        if stored is not None:
            result = LoadResult(path=record.name, status="unchanged", document_id=stored)
        else:
            extraction = extract_document(record.raw, record.meta, registry)
            result = dataclasses.replace(load_extraction(session, extraction), path=record.name)
    except Exception as exc:  # one bad record must not stop the others
        session.rollback()
        expected = isinstance(exc, LoadError | ExtractionError)
        error = str(exc) if expected else f"{type(exc).__name__}: {exc}"
        if not record_failure(session, record.name, error, sha256=sha):
            return LoadResult(path=record.name, status="unchanged")  # stored by another writer
        logger.debug("failed to load %s: %s", record.name, error)
        return LoadResult(path=record.name, status="failed", error=error)
    clear_failure(session, record.name)
    return result


def _is_referenced(session: Session, actor_id: str) -> bool:
    """Whether a claim, document, incident or child actor points at the actor."""
    checks = (
        select(Claim.id).where(Claim.source_id == actor_id),
        select(ClaimVia.claim_id).where(ClaimVia.actor_id == actor_id),
        select(Document.id).where(Document.publisher_actor_id == actor_id),
        select(IncidentActor.incident_id).where(IncidentActor.actor_id == actor_id),
        select(Actor.id).where(Actor.parent_id == actor_id),
    )
    return any(session.exec(select(exists(check))).one() for check in checks)


def _remove_orphan_actors(session: Session, candidates: set[str]) -> None:
    """Delete the open-world actors among `candidates` (and their ancestors) nothing uses."""
    pending = set(candidates)
    while pending:
        orphans = [
            actor
            for actor in (session.get(Actor, actor_id) for actor_id in sorted(pending))
            if actor is not None and not actor.known and not _is_referenced(session, actor.id)
        ]
        if not orphans:
            return
        for actor in orphans:
            session.delete(actor)
        session.flush()
        removed = {actor.id for actor in orphans}
        pending = (pending - removed) | {a.parent_id for a in orphans if a.parent_id}


def _remove_incident(session: Session, incident_id: str) -> set[str]:
    """Delete an incident with its estimates and actor links; returns the actors it named."""
    actor_ids = set(
        session.exec(
            select(IncidentActor.actor_id).where(IncidentActor.incident_id == incident_id)
        ).all()
    )
    estimates = select(CasualtyEstimate.id).where(CasualtyEstimate.incident_id == incident_id)
    session.exec(delete(EstimateClaim).where(col(EstimateClaim.estimate_id).in_(estimates)))
    session.exec(delete(CasualtyEstimate).where(col(CasualtyEstimate.incident_id) == incident_id))
    session.exec(delete(IncidentActor).where(col(IncidentActor.incident_id) == incident_id))
    session.exec(delete(Incident).where(col(Incident.id) == incident_id))
    return actor_ids


def remove_document(*, session: Session, document_id: str) -> bool:
    """Delete a document and what only it supported, in one transaction; False when unknown.

    Its claims go with their figures and estimate links; an incident left without claims goes
    with its estimates and actor links, one other documents still report is re-estimated from
    the claims that remain; open-world actors nothing refers to any more go last.
    """
    write_lock(session)  # no writer stores a claim of an actor this deletion finds orphaned
    document = session.get(Document, document_id)
    if document is None:
        session.rollback()
        return False
    try:
        remove_document_rows(session, document)
        session.commit()
    except Exception:
        session.rollback()
        raise
    return True


def remove_document_rows(
    session: Session, document: Document, *, keep_document: bool = False
) -> None:
    """What `remove_document` deletes, in the session's transaction (no commit);
    `keep_document` keeps the document row itself (re-extraction replaces what it yielded)."""
    document_id = document.id
    rows = session.exec(
        select(Claim.incident_id, Claim.source_id).where(Claim.document_id == document_id)
    ).all()
    incident_ids = sorted({incident_id for incident_id, _ in rows if incident_id})
    actor_ids = {source_id for _, source_id in rows}
    claims = select(Claim.id).where(Claim.document_id == document_id)
    actor_ids |= set(
        session.exec(select(ClaimVia.actor_id).where(col(ClaimVia.claim_id).in_(claims))).all()
    )
    if document.publisher_actor_id:
        actor_ids.add(document.publisher_actor_id)
    session.exec(delete(ClaimVia).where(col(ClaimVia.claim_id).in_(claims)))
    # A role only this document's claim asserted goes with the claim.
    session.exec(delete(IncidentActor).where(col(IncidentActor.claim_id).in_(claims)))
    session.exec(delete(Figure).where(col(Figure.claim_id).in_(claims)))
    session.exec(delete(EstimateClaim).where(col(EstimateClaim.claim_id).in_(claims)))
    session.exec(delete(Claim).where(col(Claim.document_id) == document_id))
    for incident_id in incident_ids:
        still_reported = session.exec(
            select(exists(select(Claim.id).where(Claim.incident_id == incident_id)))
        ).one()
        if still_reported:
            recompute_estimates(session, incident_id)
        else:
            actor_ids |= _remove_incident(session, incident_id)
    if not keep_document:
        session.delete(document)
    session.flush()
    _remove_orphan_actors(session, actor_ids)
