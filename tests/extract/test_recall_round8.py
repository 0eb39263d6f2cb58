"""Tolls outside any claim, round eight: a toll run into a trailing speaker whose commas were
lost, before an aside or an 'adding' clause ('The death toll reached 330 civil defence sources
told X as C2'), and a toll given as the cue itself ('the monitor gave a toll of 48 dead'), read on FA-KES's even rows, each construction in several wordings (with
negatives). The sentences are written for the rule."""

from __future__ import annotations

import pytest

from tests.extract.conftest import attributed as _attributed


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The death toll reached 330 overnight civil defence sources told The New Arab as "
            "airstrikes targeted the city.",
            "civil defence sources",
            "The death toll reached 330 overnight",
        ),
        (
            "Mortar fire also wounded three people in the north of the capital SANA said blaming "
            "the attacks on terrorists.",
            "SANA",
            "Mortar fire also wounded three people in the north of the capital",
        ),
        (
            "Shelling killed 12 civilians in Douma on Tuesday activists said while the army "
            "denied it.",
            "activists",
            "Shelling killed 12 civilians in Douma on Tuesday",
        ),
        (
            "The death toll has risen to 57 local officials told AFP as rescuers searched the "
            "rubble.",
            "local officials",
            "The death toll has risen to 57",
        ),
        (
            "Five soldiers died in the ambush the ministry said without giving details.",
            "the ministry",
            "Five soldiers died in the ambush",
        ),
    ],
)
def test_a_toll_before_a_trailing_speaker_and_an_aside(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_a_toll_before_a_trailing_speaker_and_an_adding_clause() -> None:
    assert _attributed("The toll rose to 40 the army said adding that it would respond.") == [
        ("the army", "The toll rose to 40"),
        ("the army", "it would respond"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        # a speaker described by a toll it reported is still the speaker
        (
            "Rebels who killed 12 soldiers in Hama said they would fight on.",
            "Rebels who killed 12 soldiers in Hama",
            "they would fight on",
        ),
        (
            "The group which reported 20 dead said the strikes continued.",
            "The group which reported 20 dead",
            "the strikes continued",
        ),
        # the toll after the cue is the content
        (
            "The ministry said 12 people were killed as the strikes continued.",
            "The ministry",
            "12 people were killed as the strikes continued",
        ),
    ],
)
def test_no_toll_before_a_trailing_speaker(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Syrian state media gave a toll of 44 dead and 140 injured in the bombing.",
            "Syrian state media",
            "a toll of 44 dead and 140 injured in the bombing",
        ),
        (
            "The health ministry gives a higher death toll of 70 in the strikes.",
            "The health ministry",
            "a higher death toll of 70 in the strikes",
        ),
        (
            "Rescue workers in Mosul gave a preliminary toll of 12 killed in the raid.",
            "Rescue workers in Mosul",
            "a preliminary toll of 12 killed in the raid",
        ),
        (
            "The Ukrainian emergency service gave its latest toll of nine dead.",
            "The Ukrainian emergency service",
            "its latest toll of nine dead",
        ),
    ],
)
def test_a_toll_given_is_the_claim(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_two_tolls_given_are_two_claims() -> None:
    sentence = (
        "The governor gave a toll of eight while the Syrian Observatory for Human Rights gave a "
        "death toll of 12."
    )
    assert _attributed(sentence) == [
        ("The governor", "a toll of eight"),
        ("the Syrian Observatory for Human Rights", "a death toll of 12"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army gave the families of the 12 dead soldiers compensation.",
        "The ministry did not give a toll of the dead.",
        "The ministry would not give a toll for the raid.",
        "The monitor gave no toll for the strikes on Idlib.",
        "The strikes gave the toll a new meaning for the 40 families.",
    ],
)
def test_a_gift_or_a_toll_withheld_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []
