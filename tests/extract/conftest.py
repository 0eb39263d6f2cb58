"""Helpers for extraction tests: run the pipeline on a snippet and look claims up by their words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.extract import DocumentMeta, Extraction, default_registry, extract_document
from app.extract.figures import extract_figures
from app.extract.types import ClaimKind, ExtractedClaim

ROOT = Path(__file__).resolve().parents[2]
# Whole articles the fast-path tests run both paths on: the test articles and the seed.
ARTICLE_TEXTS = [
    p.read_text(encoding="utf-8")
    for folder in (ROOT / "tests" / "extract" / "articles", ROOT / "data" / "documents")
    for p in sorted(folder.glob("*.txt"))
]


def run(
    text: str, publisher: str = "Press TV", published: date | None = date(2016, 9, 18)
) -> Extraction:
    """Extract a snippet as if it were a whole article."""
    return extract_document(
        text, DocumentMeta(publisher=publisher, published_on=published), default_registry()
    )


def attributed(sentence: str, publisher: str = "Reuters") -> list[tuple[str | None, str]]:
    """(speaker, text) of each attributed claim in a snippet (the publisher's voice left out)."""
    return [
        (c.speaker, c.text)
        for c in run(sentence, publisher=publisher).claims
        if c.kind != ClaimKind.publisher
    ]


def claims_with_sources(text: str) -> list[tuple[str | None, str, str]]:
    """(speaker, text, source name) of each attributed claim in a snippet (Reuters publishes)."""
    extraction = run(text, publisher="Reuters")
    names = {a.id: a.name for a in extraction.actors}
    return [
        (c.speaker, c.text, names[c.source_id])
        for c in extraction.claims
        if c.kind != ClaimKind.publisher
    ]


def figure_values(text: str) -> list[tuple[str, int]]:
    """(metric, value) of each figure found in a whole snippet."""
    return [(f.metric, f.value) for f in extract_figures(text, 0, len(text))]


def claim_with(extraction: Extraction, words: str) -> ExtractedClaim:
    """The claim whose text contains `words` (exactly one must)."""
    found = [c for c in extraction.claims if words in c.text]
    assert len(found) == 1, (
        f"{len(found)} claims contain {words!r}: {[c.text for c in extraction.claims]}"
    )
    return found[0]


@pytest.fixture(scope="session")
def registry():  # type: ignore[no-untyped-def]
    return default_registry()


def source_of(text: str, words: str, publisher: str = "Reuters") -> str:
    """The name of the source of the claim whose text contains `words` (not the publisher's)."""
    extraction = run(text, publisher=publisher)
    claim = claim_with(extraction, words)
    assert claim.kind != ClaimKind.publisher, claim
    return next(a.name for a in extraction.actors if a.id == claim.source_id)
