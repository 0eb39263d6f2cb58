"""Real input from ../shared/corpus (absent from a user's clone: these tests then skip)."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from app.evaluation import evaluate_directory
from app.extract import DocumentMeta, default_registry, extract_document
from tests.extract.ratchet import below_floor

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
DEV = CORPUS / "dev"
FAKES = CORPUS / "fa-kes" / "fakes.csv"
FLOOR = Path(__file__).with_name("dev_floor.json")


@pytest.mark.skipif(not DEV.is_dir(), reason=f"development set not present at {DEV}")
def test_development_set_holds_the_ratchet() -> None:
    """The development set scores at least the best figures reached so far (dev_floor.json).

    The issue's targets (F1 .93, speaker .92, figures .92) are for articles we do not have; this
    floor only ever rises: when a change scores higher, raise the committed figures with it.
    """
    total, _ = evaluate_directory(DEV)
    assert total.gold > 0
    summary = total.summary()
    below = below_floor(summary, FLOOR)
    assert not below, f"below the ratchet (now, floor): {below}; all: {summary}"


@pytest.mark.skipif(not FAKES.is_file(), reason=f"FA-KES not present at {FAKES}")
def test_every_fakes_article_extracts_without_error() -> None:
    registry = default_registry()
    with FAKES.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 804
    for row in rows:
        try:
            published = datetime.strptime(row["date"], "%m/%d/%y").date()
        except ValueError:
            published = None
        extraction = extract_document(
            row["article_content"],
            DocumentMeta(
                title=row["article_title"], publisher=row["source"], published_on=published
            ),
            registry,
        )
        text = extraction.document.text
        for claim in extraction.claims:
            assert text[claim.start : claim.end] == claim.text
            assert 0 <= claim.confidence <= 1
