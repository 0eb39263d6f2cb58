"""Variants of the seed with other numbers, days, speakers and quote styles: rules, not a table."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extract.test_seed import SEED, load

TEXT = SEED.read_text(encoding="utf-8")


def variant(*pairs: tuple[str, str]) -> bytes:
    text = TEXT
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_other_numbers() -> None:
    extraction = load(
        variant(
            ("62 Syrian forces", "48 Syrian forces"),
            ("Sixty-two", "Forty-eight"),
            ("a hundred others", "more than 90 others"),
            ("four airstrikes", "three airstrikes"),
            ("about six vehicles", "nearly a dozen vehicles"),
        )
    )
    estimates = {e.metric: (e.low, e.best, e.high) for e in extraction.incidents[0].estimates}
    assert estimates == {"killed": (48, 48, 48), "injured": (90, 90, 90)}
    figures = {(f.metric, f.value, f.approximate) for c in extraction.claims for f in c.figures}
    assert {("strikes", 3, False), ("injured", 90, True), ("vehicles", 12, True)} <= figures


def test_other_days() -> None:
    # Published on a Wednesday about a Tuesday strike.
    extraction = load(
        variant(
            ("Saturday", "Tuesday"), ("September 9", "September 3"), ("September 12", "September 5")
        ),
        published=date(2016, 9, 14),
    )
    (incident,) = extraction.incidents
    assert incident.occurred_on == date(2016, 9, 13)
    assert [e.occurred_on for e in extraction.context] == [date(2016, 9, 3), date(2016, 9, 5)]
    assert extraction.claims[0].stated_on == date(2016, 9, 13)


def test_other_speakers() -> None:
    extraction = load(
        variant(
            ("the Russia army said", "Russia's Defence Ministry said"),
            ("the US military's Central Command (CENTCOM) said", "the Pentagon said"),
            ("In its statement, CENTCOM said", "In its statement, the Pentagon said"),
            ("A US military official, who spoke", "A US defense official, who spoke"),
            (
                "The Syrian General Command referred",
                "The General Command of the Syrian Army referred",
            ),
            ("Some analysts have criticized", "Activists have criticized"),
        )
    )
    sources = [c.source_id for c in extraction.claims]
    assert sources == [
        "russia",
        "russian-mod",
        "russian-mod",
        "us-dod",
        "us-military-official",
        "us-military-official",
        "us-military-official",
        "us-military-official",
        "us-dod",
        "us-dod",
        "us-military-official",
        "syrian-general-command",
        "syrian-general-command",
        "press-tv",
        "press-tv",
        "press-tv",
        "activists",
    ]


def test_straight_quotes_only() -> None:
    text = TEXT.replace("“", '"').replace("”", '"').replace("’", "'")
    extraction = load(text.encode("utf-8"))
    assert [c.source_id for c in extraction.claims] == [c.source_id for c in load().claims]


def test_another_publisher_keeps_the_outlet_it_names() -> None:
    from app.extract import DocumentMeta, default_registry, extract_document

    extraction = extract_document(
        SEED.read_bytes(),
        DocumentMeta(publisher="Al-Manar", published_on=date(2016, 9, 18)),
        default_registry(),
    )
    assert extraction.claims[-1].source_id == "press-tv"  # Al-Manar relays what Press TV reported
    assert extraction.claims[-3].source_id == "al-manar"


def test_generated_variants_score_like_the_seed(tmp_path: Path) -> None:
    """bench/variants.py's generator: 40 variants, scored with the development set's rules."""
    import importlib.util
    import json
    import random

    from app.evaluation import evaluate_directory

    spec = importlib.util.spec_from_file_location(
        "variants", SEED.parents[2] / "bench" / "variants.py"
    )
    assert spec and spec.loader
    variants = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(variants)
    rng = random.Random(2016)
    for n in range(40):
        text, gold, published = variants.make_variant(rng, TEXT)
        (tmp_path / f"v{n}.txt").write_text(text, encoding="utf-8")
        (tmp_path / f"v{n}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        meta = {"publisher": "Press TV", "published": published.isoformat()}
        (tmp_path / f"v{n}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    total, _ = evaluate_directory(tmp_path)
    assert total.gold == 40 * 14
    assert (total.f1, total.speaker_accuracy, total.figure_accuracy) == (1.0, 1.0, 1.0), (
        total.misses[:5]
    )
