"""Figures, round 5: a running count named after its value, a headline's 'N more die', a named
victim whose appositive names a group, 'almost a dozen', and a sentence printed twice."""

from __future__ import annotations

import pytest

from app.extract import DocumentMeta, extract_document
from app.extract.figures import extract_figures
from app.extract.types import ExtractedFigure


def figures(text: str) -> list[ExtractedFigure]:
    return extract_figures(text, 0, len(text))


def killed(text: str, title: str | None = None) -> tuple[int, int, int]:
    incident = extract_document(text, DocumentMeta(title=title)).incidents[0]
    (estimate,) = [e for e in incident.estimates if e.metric == "killed"]
    return estimate.low, estimate.best, estimate.high


# -- a running count named after its value -----------------------------------------------------


def test_the_number_of_wounded_after_its_value_is_injured() -> None:
    (figure,) = [f for f in figures("The shelling brought to 300 the number of wounded.")]
    assert (figure.metric, figure.value) == ("injured", 300)


# -- a headline's present tense: 'N more die' ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 more die in Aleppo shelling", 3),
        ("Two More Civilians Die In Idlib Raids", 2),
        ("Five die as car bomb hits Azaz market", 5),
        ("Syria: 12 dead, 3 more die of wounds in Douma", 12),
    ],
)
def test_a_headlines_die_is_a_death(text: str, value: int) -> None:
    read = [f for f in figures(text) if f.metric == "killed"]
    assert read and read[0].value == value


def test_a_headlines_more_die_gives_the_toll() -> None:
    text = "Shelling hit Aleppo's Shaar district on Monday, activists said."
    assert killed(text, title="3 more die in Aleppo shelling")[1] == 3


@pytest.mark.parametrize(
    "text",
    [
        "Thousands could die if the siege goes on, the UN said.",
        "The fighters said they were ready to die for the town.",
        "Two soldiers die-hard loyalists of the regime defected.",
    ],
)
def test_die_without_a_count_of_the_dead(text: str) -> None:
    assert not [f for f in figures(text) if f.metric == "killed"]


# -- a named victim whose appositive names a group -------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The strike killed Abu Malik, a field commander of the Nusra Front, and eight more "
            "militants.",
            9,
        ),
        (
            "Russian jets killed Abu Omar al-Shami, a senior leader in Ahrar al-Sham, and three "
            "other fighters.",
            4,
        ),
        (
            "The raid killed Khaled Hamdan a commander from Jaish al-Islam and two others.",
            3,
        ),
    ],
)
def test_a_named_victim_with_a_group_is_one_more(text: str, value: int) -> None:
    (figure,) = [f for f in figures(text) if f.metric == "killed"]
    assert figure.value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the named person did something else
        (
            "Abu Malik, a field commander of the Nusra Front, was arrested and eight more "
            "militants were killed.",
            8,
        ),
        # the count after him has a verb of its own
        (
            "The strike killed Abu Malik, a commander of the Nusra Front, and wounded eight more "
            "militants.",
            8,
        ),
    ],
)
def test_no_named_victim_added(text: str, value: int) -> None:
    read = figures(text)
    assert read and read[-1].value == value


# -- 'almost a dozen': twelve, hedged like 'at least' ------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Almost a dozen people were killed in the strike.", "almost"),
        ("Nearly a dozen civilians were killed in Idlib.", "nearly"),
        ("The shelling killed about a dozen people.", "about"),
    ],
)
def test_almost_a_dozen_is_twelve_hedged(text: str, qualifier: str) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.approximate, figure.qualifier) == (12, True, qualifier)


def test_a_dozen_alone_is_twelve_without_a_qualifier() -> None:
    (figure,) = figures("A dozen people were killed in the strike.")
    assert (figure.value, figure.qualifier) == (12, None)


# -- a sentence printed twice states its figure once -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Four soldiers were killed in an ambush near Kunduz on Monday Four soldiers were killed "
        "in an ambush near Kunduz on Monday the governor said.",
        "The spokesman of the group his son and 20 other fighters were killed in air strikes on "
        "Sunday The spokesman of the group his son and 20 other fighters were killed in air "
        "strikes on Sunday a monitor said.",
    ],
)
def test_a_copied_sentence_counts_once(text: str) -> None:
    assert len([f for f in figures(text) if f.metric == "killed"]) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the same words of two events: each its own count
        "Two soldiers were killed in Kunduz and two soldiers were killed in Baghlan.",
        "Shelling killed 5 people in Douma on Monday and air strikes killed 5 people in Harasta.",
    ],
)
def test_the_same_count_of_two_events_stays(text: str) -> None:
    assert len([f for f in figures(text) if f.metric == "killed"]) == 2
