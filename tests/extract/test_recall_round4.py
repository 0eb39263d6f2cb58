"""Cues of unseen copy, round four: the press-release language of bodies that publish their own
statements (the Syrian Coalition, ministries), read on FA-KES's even rows, each construction in
several wordings (with negatives). The sentences are written for the rule."""

from __future__ import annotations

import pytest

from tests.extract.conftest import attributed as _attributed


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The Syrian Coalition decries the Russian airstrikes on markets in Idlib, which "
            "killed at least 20 people.",
            "The Syrian Coalition",
            "the Russian airstrikes on markets in Idlib, which killed at least 20 people",
        ),
        (
            "Amnesty International decried the use of cluster munitions in residential "
            "neighbourhoods of Sanaa.",
            "Amnesty International",
            "the use of cluster munitions in residential neighbourhoods of Sanaa",
        ),
        (
            "Khoja underscored the need to protect civilians from the barrel bombs of the regime.",
            "Khoja",
            "the need to protect civilians from the barrel bombs of the regime",
        ),
        (
            "The minister underscores that the ceasefire must include all of eastern Ukraine.",
            "The minister",
            "the ceasefire must include all of eastern Ukraine",
        ),
    ],
)
def test_decries_and_underscores_are_cues(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Alhassan called on the United Nations and the Security Council to take urgent "
            "measures to prevent the use of prohibited weapons against civilians.",
            "Alhassan",
        ),
        (
            "The president calls on human rights organizations around the world to take action "
            "to support the Syrian people.",
            "The president",
        ),
        (
            "Kenya's foreign ministry called on the warring parties in South Sudan to stop "
            "targeting civilians in Juba.",
            "Kenya's foreign ministry",
        ),
    ],
)
def test_called_on_someone_to_act_is_an_appeal(sentence: str, speaker: str) -> None:
    (found,) = _attributed(sentence)
    assert found[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The troops called on the villagers during the night.",
        "Inspectors called on three factories in the north last week.",
    ],
)
def test_called_on_without_an_appeal_is_a_visit(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Syrian Coalition Decries Russian Airstrikes on Markets in Idlib Countryside. The "
            "raids killed 12 people on Monday.",
            "Syrian Coalition",
        ),
        (
            "Pentagon Says US Airstrike Killed Senior Qaeda Leader in Idlib Province. The strike "
            "hit a car.",
            "Pentagon",
        ),
        (
            "Turkish Foreign Minister Warns Assad Regime Over Chemical Attacks in Khan Sheikhoun. "
            "He spoke in Ankara.",
            "Turkish Foreign Minister",
        ),
    ],
)
def test_a_title_case_headline_verb_is_a_cue(sentence: str, speaker: str) -> None:
    assert [s for s, _ in _attributed(sentence)] == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States Army and the Daily Reports Office met in Washington on Monday.",
        "Ahram Online Reports From Damascus. The city was quiet.",
        # a list of related links run into the text: page debris
        "Related Four Ceasefire Violations Recorded in Damascus Province Lavrov Urges Fighters "
        "to Leave Aleppo. The talks resumed.",
    ],
)
def test_a_name_in_title_case_is_not_a_headline_verb(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Three people were killed in the town on Monday Amnesty International said.",
            "Amnesty International",
            "Three people were killed in the town on Monday",
        ),
        (
            "A car bomb went off near the market on Friday Human Rights Watch said.",
            "Human Rights Watch",
            "A car bomb went off near the market on Friday",
        ),
        (
            "Shells hit two clinics in the east of the city on Sunday Doctors Without Borders "
            "said.",
            "Doctors Without Borders",
            "Shells hit two clinics in the east of the city on Sunday",
        ),
    ],
)
def test_a_date_ends_the_content_before_a_comma_less_named_speaker(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        (
            "The Coalition stressed that the regime bears full responsibility for the massacre "
            "in Douma.",
            "Etilaf",
        ),
        (
            "The Syrian Coalition condemned the bombing that targeted the headquarters of the "
            "interim government in Azaz.",
            "Etilaf",
        ),
    ],
)
def test_a_body_publishing_its_own_statements_is_their_source(
    sentence: str, publisher: str
) -> None:
    (found,) = _attributed(sentence, publisher=publisher)
    assert "Coalition" in (found[0] or "")


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        ("SANA reported that terrorists shelled residential neighborhoods in Aleppo.", "SANA"),
        ("Sputnik has learned that the convoy reached Deir ez-Zor on Monday morning.", "Sputnik"),
    ],
)
def test_an_outlet_naming_itself_is_still_its_own_voice(sentence: str, publisher: str) -> None:
    assert _attributed(sentence, publisher=publisher) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Coalition pressed the international community to take action to stop the "
            "bombardment of civilians.",
            "The Coalition",
        ),
        (
            "The minister pressed Western powers to end their support for the armed groups in "
            "the north.",
            "The minister",
        ),
        ("Erdogan presses NATO allies to back a safe zone along the Syrian border.", "Erdogan"),
    ],
)
def test_pressed_someone_to_act_is_an_appeal(sentence: str, speaker: str) -> None:
    (found,) = _attributed(sentence)
    assert found[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "Government forces pressed ahead with their offensive on the eastern districts of Aleppo.",
        "Rebels pressed the attack on the airbase to cut the road to Hama.",
        "He was pressed to resign by his party after the defeat.",
    ],
)
def test_pressed_as_an_act_is_no_cue(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Twenty-five fighters were killed when a bomb exploded in a mosque on Friday said a "
            "monitoring group.",
            "a monitoring group",
            "Twenty-five fighters were killed when a bomb exploded in a mosque on Friday",
        ),
        (
            "Two soldiers were killed in the shelling of the checkpoint near Donetsk said a "
            "military source.",
            "a military source",
            "Two soldiers were killed in the shelling of the checkpoint near Donetsk",
        ),
        (
            "The convoy came under fire twice on the road to Deir ez-Zor said a local official.",
            "a local official",
            "The convoy came under fire twice on the road to Deir ez-Zor",
        ),
    ],
)
def test_an_indefinite_speaker_after_said_closes_a_comma_less_sentence(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]
