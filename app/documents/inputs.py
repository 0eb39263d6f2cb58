"""Reading inputs: files, folders, CSV and JSONL rows, and sidecar metadata, as records.

An input is turned into records (a name, the article's bytes and its metadata), each of which
is extracted and stored on its own: one bad row or file is a failed record, never a failed
batch. Paths that cannot be read at all (missing, unsupported type, a CSV without the mapped
columns) are `InputError`s, raised before anything is loaded.

- A `.txt` file is one article; its metadata comes from `NAME.meta.json` beside it.
- A folder contributes every `.txt` below it, recursively, sorted by path; hidden files and
  folders (`.name`) are skipped. CSV and JSONL files are read only when named explicitly.
- A `.csv` file (header row required) or `.jsonl` file (one JSON object per line) holds one
  article per row; `ColumnMapping` says which column is the text, the title, the date...
"""

from __future__ import annotations

import codecs
import csv
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
from urllib.parse import urlsplit

import charset_normalizer
import dateparser
import ftfy
import ftfy.bad_codecs

from app.documents.results import LoadError
from app.extract import DocumentMeta

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
        yield txt_record(source.path)
    elif source.kind == "csv":
        yield from _csv_records(source.path, mapping)
    else:
        yield from _jsonl_records(source.path, mapping)


def txt_record(path: Path) -> Record:
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


META_FIELDS = ("title", "publisher", "relayed_by", "published_on", "url", "language")


def meta_of(document: Any) -> DocumentMeta:
    """The metadata of anything with a document's fields (a stored document, a write request)."""
    return DocumentMeta(**{name: getattr(document, name) for name in META_FIELDS})


def sidecar_path(path: Path) -> Path:
    """Where the metadata of `NAME.txt` lives: `NAME.meta.json` next to it."""
    return path.with_name(path.stem + ".meta.json")


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    """A string value of the sidecar, or None; anything else is an error."""
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise LoadError(f"sidecar key {key!r} must be a string or null, not {type(value).__name__}")


def web_url(value: str | None) -> str | None:
    """`value` when it is an http(s) URL with a host (None stays None); ValueError otherwise.

    A `javascript:` or `file:` URL stored from an article's metadata would be served to every
    client that renders `url` as a link.
    """
    if value is None:
        return None
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        raise ValueError(f"not a URL ({exc})") from exc
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError("must be an http:// or https:// URL with a host")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in value):
        raise ValueError("must not contain spaces or control characters")
    return value


def meta_url(value: str | None) -> str | None:
    """A metadata URL, or LoadError."""
    try:
        return web_url(value.strip() if value else None)
    except ValueError as exc:
        raise LoadError(f"url {value!r}: {exc}") from exc


def parse_date(value: str) -> date:
    """A YYYY-MM-DD date, or LoadError."""
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise LoadError(f"bad date {value!r} (expected YYYY-MM-DD)") from exc


def read_meta(path: Path) -> DocumentMeta:
    """The sidecar metadata of a `.txt` document; an empty DocumentMeta when there is none."""
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return DocumentMeta()
    try:
        data = json.loads(meta_path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LoadError(f"{meta_path.name}: not valid JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise LoadError(f"{meta_path.name}: expected a JSON object")
    try:
        published = _optional_str(data, "published")
        return DocumentMeta(
            title=_optional_str(data, "title"),
            publisher=_optional_str(data, "publisher"),
            relayed_by=_optional_str(data, "relayed_by"),
            published_on=parse_date(published) if published else None,
            url=meta_url(_optional_str(data, "url")),
            language=_optional_str(data, "language") or "en",
        )
    except LoadError as exc:
        raise LoadError(f"{meta_path.name}: {exc}") from exc
