"""The extraction pipeline: raw bytes and metadata in, an Extraction out."""

from __future__ import annotations

import hashlib

from app.extract.registry import Registry, default_registry
from app.extract.types import (
    DocumentMeta,
    Extraction,
    ExtractedDocument,
)


class ExtractionError(ValueError):
    """The input cannot be turned into a document (not text, empty, undecodable)."""


def decode_text(raw: bytes) -> str:
    """Decode an article's bytes as UTF-8 (a BOM is dropped); anything else is an error."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExtractionError(f"not UTF-8 text (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})") from exc
    if "\x00" in text:
        raise ExtractionError("binary content (NUL byte)")
    if not text.strip():
        raise ExtractionError("empty text")
    return text


def extract_document(
    raw: bytes | str, meta: DocumentMeta, registry: Registry | None = None
) -> Extraction:
    """Extract document, actors, incidents and claims from one article."""
    registry = registry or default_registry()
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    text = decode_text(data)
    sha = hashlib.sha256(data).hexdigest()
    document = ExtractedDocument(
        id=f"doc_{sha[:12]}",
        sha256=sha,
        text=text,
        title=meta.title,
        publisher=meta.publisher,
        publisher_actor_id=None,
        relayed_by=meta.relayed_by,
        published_on=meta.published_on,
        url=meta.url,
        language=meta.language,
    )
    return Extraction(document=document, actors=[], incidents=[], claims=[])
