"""Scoring: registry aliases of the extracted source count, and misses are counted by cause."""

from __future__ import annotations

from dataclasses import replace

from app.evaluation import score_article
from app.extract import DocumentMeta, Registry, extract_document

TEXT = "CENTCOM said 62 soldiers were killed.\n\nHe said the strike hit a depot.\n"


def test_a_registry_alias_of_the_extracted_source_is_right(registry: Registry) -> None:
    extraction = extract_document(TEXT, DocumentMeta(publisher="Reuters"), registry)
    # An extraction that lists no actors (as a stored one may not) is still scored by the registry.
    bare = replace(extraction, actors=[])
    gold = {"claims": [{"anchor": "62 soldiers were killed", "source": "U.S. Central Command"}]}
    assert score_article(TEXT, gold, bare, "a").speaker_correct == 0
    assert score_article(TEXT, gold, bare, "a", registry).speaker_correct == 1


def test_misses_are_counted_by_cause(registry: Registry) -> None:
    extraction = extract_document(TEXT, DocumentMeta(publisher="Reuters"), registry)
    gold = {
        "claims": [
            {"anchor": "the strike hit a depot", "source": "Pentagon", "speaker": "He"},
            {
                "anchor": "62 soldiers were killed",
                "source": "CENTCOM",
                "figures": [{"metric": "injured", "value": 3}],
            },
            {"anchor": "CENTCOM said", "source": "CENTCOM", "cue": "Said"},
        ]
    }
    score = score_article(TEXT, gold, extraction, "a", registry)
    assert score.causes() == {
        "missed_by_cue": {"said": 1},
        "wrong_source_by_cause": {"pronoun": 1},
        "missing_figures_by_metric": {"injured": 1},
    }
