"""Figures, round 7: 'up to' as a toll verb's particle; the verb's metric read from data; the
name words of named victims built on patterns.NAME_WORD."""

from __future__ import annotations

import pytest

from app.extract.figures import WORDS, extract_figures
from app.extract.types import ExtractedFigure


def figures(text: str) -> list[ExtractedFigure]:
    return extract_figures(text, 0, len(text))


def found(text: str, value: int) -> ExtractedFigure:
    (figure,) = [f for f in figures(text) if f.value == value]
    return figure


# -- 'up to' after a toll's update verb: the verb's particle, no hedge ---------------------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("The strike killed four more, pushing up to 11 the number killed.", 11, "killed"),
        ("The raid killed three, bringing up to 30 the number of dead.", 30, "killed"),
        ("Shelling hit the market, taking up to 14 the number of people killed.", 14, "killed"),
        ("The raid wounded three, bringing up to 30 the number of wounded.", 30, "injured"),
        ("The death toll rose up to 11 on Sunday.", 11, "killed"),
        ("The new raid pushed the death toll up to 25, medics said.", 25, "killed"),
    ],
)
def test_up_to_after_a_toll_verb_is_exact(text: str, value: int, metric: str) -> None:
    figure = found(text, value)
    assert (figure.metric, figure.approximate, figure.qualifier) == (metric, False, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Up to 11 people may have been killed.", 11),
        ("Prices rose up to 20 percent, and up to 9 people died.", 9),
        ("Officials said up to 40 civilians were killed in the raid.", 40),
    ],
)
def test_up_to_elsewhere_stays_a_hedge(text: str, value: int) -> None:
    figure = found(text, value)
    assert (figure.approximate, figure.qualifier) == (True, "up to")


def test_up_to_after_a_toll_verb_without_a_toll_stays_a_hedge() -> None:
    # 'taking' updates no toll there: no toll named before or after
    text = "The gunmen fled, taking up to 30 people hostage, and killed up to 12 guards."
    figure = found(text, 12)
    assert (figure.approximate, figure.qualifier) == (True, "up to")
    assert all(f.value != 30 or f.approximate for f in figures(text))


def test_came_up_to_more_than_keeps_the_nearer_hedge() -> None:
    figure = found("The death toll came up to more than 130.", 130)
    assert (figure.approximate, figure.qualifier) == (True, "more than")


# -- the metric of a one-person verb, from its list in data/figure_words.yaml ------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("The blast killed civilian Ahmad Khaled and his son.", "killed"),
        ("The sniper wounded civilian Ahmad Khaled and his son.", "injured"),
        ("Militants executed the driver and his brother.", "killed"),
        ("The shelling injured the guard and his son.", "injured"),
        ("Gunmen shot dead the guard and his son.", "killed"),
        ("The mortar round, injuring the teacher and her daughter, hit the school.", "injured"),
    ],
)
def test_one_person_verb_gives_the_metric(text: str, metric: str) -> None:
    figure = found(text, 2)
    assert figure.metric == metric


def test_one_person_verbs_are_the_killing_and_wounding_lists() -> None:
    assert set(WORDS["one_person_verbs"]) == set(WORDS["killing_one_verbs"]) | set(
        WORDS["wounding_one_verbs"]
    )
    assert not set(WORDS["killing_one_verbs"]) & set(WORDS["wounding_one_verbs"])


# -- named victims' name words: patterns.NAME_WORD (every particle, 'bint' too) ----------------


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [
        ("The raid killed commander Abu Omar ash-Shami and his son.", 2, "killed"),
        ("Gunmen wounded nurse Fatima bint-Ali and her daughter.", 2, "injured"),
        ("A sniper shot dead teacher Hassan ar-Rifai and his brother.", 2, "killed"),
        (
            "The strike killed Omar ad-Dairi, a commander of the Nusra Front, and eight more "
            "militants.",
            9,
            "killed",
        ),
        ("The strike killed Fatima bint-Ali, a nurse, and three others.", 4, "killed"),
        ("The strike killed Fatima bint Ali, a nurse, and three others.", 4, "killed"),
    ],
)
def test_named_victim_with_a_particle(text: str, value: int, metric: str) -> None:
    assert found(text, value).metric == metric


@pytest.mark.parametrize(
    "text",
    [
        # lower-case 'as' standing alone is no particle: no name before 'and'
        "The strike killed Omar as well as three others.",
        # a lower-case word after the role noun: no name, the role alone
        "The raid killed commander ash-shami and his son.",
    ],
)
def test_no_named_victim_without_a_name(text: str) -> None:
    assert all(f.value != 4 and f.value != 2 for f in figures(text))
