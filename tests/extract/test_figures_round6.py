"""Figures, round 6: a comma list of victims before a count of others, each member summed."""

from __future__ import annotations

import pytest

from app.extract import DocumentMeta, extract_document
from app.extract.figures import extract_figures
from app.extract.types import ExtractedFigure


def figures(text: str) -> list[ExtractedFigure]:
    return extract_figures(text, 0, len(text))


def best(text: str, metric: str = "killed") -> int:
    incident = extract_document(text, DocumentMeta()).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == metric]
    return estimate.best


# -- a list of victims summed ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The group's spokesman, his son and 20 other fighters were killed in air strikes in "
            "Idlib, the monitor said.",
            22,
        ),
        (
            "A local commander, his driver, a guard and 12 more militants were killed, the army "
            "said.",
            15,
        ),
        (
            "The commander, two of his aides and 20 other fighters died in the raid, the monitor "
            "said.",
            23,
        ),
        (
            "Five soldiers, a policeman and 20 other people were killed in the attack, officials "
            "said.",
            26,
        ),
        (
            "Air strikes killed the mayor, the imam and six other civilians in the town, activists "
            "said.",
            8,
        ),
        (
            "The strike killed the group's deputy leader, his driver and three others, the monitor "
            "said.",
            5,
        ),
    ],
)
def test_a_list_of_victims_before_others_is_summed(text: str, value: int) -> None:
    assert best(text) == value


def test_a_listed_wounded_toll_is_summed_too() -> None:
    text = "A doctor, a nurse and 14 other people were wounded in the shelling, medics said."
    assert best(text, "injured") == 16


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # one relative before the others: counted as before
        ("His son and 20 others were killed in the raid, the monitor said.", 21),
        # a list of places names no victim
        ("Aleppo, Idlib and 20 other towns were shelled, killing 5 people, a monitor said.", 5),
        # a list of attackers: their count is no toll
        (
            "The attacker, his accomplice and 20 other militants killed 12 soldiers, the army "
            "said.",
            12,
        ),
        (
            "Government forces, allied militias and 20 other groups attacked the town, killing 8 "
            "civilians, activists said.",
            8,
        ),
        # no count of others: the older rule of a list before a count reads it
        ("A soldier, a policeman and 20 civilians were killed, officials said.", 22),
    ],
)
def test_lists_that_are_not_summed(text: str, value: int) -> None:
    assert best(text) == value
