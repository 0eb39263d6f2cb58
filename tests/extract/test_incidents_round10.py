"""Incidents, round 10: a toll's update named after its value ('bringing to 45 the number
killed') is the incident's best; a count over days ('... in two days of attacks') is none."""

from __future__ import annotations

import pytest

from app.extract import DocumentMeta, extract_document


def killed(text: str) -> tuple[int, int, int]:
    incident = extract_document(text, DocumentMeta()).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == "killed"]
    return estimate.low, estimate.best, estimate.high


# -- a toll's update named after its value ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "An air strike killed 40 people in Douma on Monday, the Observatory said. Five more "
            "died of their wounds, bringing to 45 the number killed.",
            45,
        ),
        (
            "Shelling killed 30 people in Daraa on Tuesday, activists said. Rescuers found more "
            "bodies, raising to 38 the number of dead, the monitor said.",
            38,
        ),
        (
            "A car bomb killed 12 people in Azaz on Friday. Three of the wounded died overnight, "
            "which brought to 15 the death toll, the Observatory said.",
            15,
        ),
        (
            "Barrel bombs killed 9 civilians in Aleppo on Sunday, activists said. Two children "
            "died in hospital, pushing to 11 the number of civilians killed.",
            11,
        ),
    ],
)
def test_a_toll_named_after_its_update_is_the_best(text: str, best: int) -> None:
    assert killed(text)[1] == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # a count over days is no update of this incident's toll
        (
            "Air strikes killed 19 people in Douma on Tuesday, the Observatory said. It said the "
            "bombardment brought to 49 the number killed in Eastern Ghouta in two days of attacks.",
            19,
        ),
        (
            "Shelling killed 30 people in Daraa on Tuesday, activists said. The attack raised to "
            "60 the number of dead since Sunday, the monitor said.",
            30,
        ),
        # a count of things, not a toll
        (
            "Shelling killed 30 people in Daraa on Tuesday, activists said. It brought to 45 the "
            "number of air strikes on the town.",
            30,
        ),
    ],
)
def test_no_update_over_days_or_of_things(text: str, best: int) -> None:
    assert killed(text)[1] == best
