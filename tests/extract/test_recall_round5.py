"""Cues of unseen copy, round five: trailing speakers whose comma was lost, read on FA-KES's even
rows, each construction in several wordings (with negatives). The sentences are written for the
rule."""

from __future__ import annotations

import pytest

from tests.extract.conftest import attributed as _attributed


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Seven of the dead were children the report added.",
            "the report",
            "Seven of the dead were children",
        ),
        (
            "Schools in the district have been closed since March the UNICEF report noted.",
            "the UNICEF report",
            "Schools in the district have been closed since March",
        ),
        (
            "The wounded were taken to a field clinic a hospital staff told RIA Novosti.",
            "a hospital staff",
            "The wounded were taken to a field clinic",
        ),
        (
            "Three fighters were killed in the clashes near Qusayr the Hezbollah military media "
            "unit said.",
            "the Hezbollah military media unit",
            "Three fighters were killed in the clashes near Qusayr",
        ),
        (
            "The convoy was hit near Kandahar the Afghan army's media unit told reporters.",
            "the Afghan army's media unit",
            "The convoy was hit near Kandahar",
        ),
    ],
)
def test_reports_units_and_staff_speak_without_a_comma(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "At least 30 people were killed in the raid the Observatory subsequently said.",
            "the Observatory",
            "At least 30 people were killed in the raid",
        ),
        (
            "The airstrike hit a market in Douma killing 15 people the monitoring group "
            "separately reported.",
            "the monitoring group",
            "The airstrike hit a market in Douma killing 15 people",
        ),
        (
            "Two soldiers were wounded in the blast near the border the ministry also said.",
            "the ministry",
            "Two soldiers were wounded in the blast near the border",
        ),
        (
            "Government troops retook the village on Monday the army later said.",
            "the army",
            "Government troops retook the village on Monday",
        ),
    ],
)
def test_an_adverb_between_a_commaless_speaker_and_the_verb(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Residents said they had not seen the report.",
            "Residents",
            "they had not seen the report",
        ),
        (
            "Soldiers from the unit said they had been ordered to fire on the crowd.",
            "Soldiers from the unit",
            "they had been ordered to fire on the crowd",
        ),
    ],
)
def test_the_new_heads_leave_other_subjects_alone(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of civilians were killed in the strike on the village the UN report found.",
        "The army later shelled the village near the border again.",
    ],
)
def test_no_speaker_without_a_cue(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The spokesman went on by saying that a Russian jet hit the same area 40 minutes later.",
            "The spokesman",
            "a Russian jet hit the same area 40 minutes later",
        ),
        (
            "He went on saying that the army would not stop until the town was taken.",
            "He",
            "the army would not stop until the town was taken",
        ),
        (
            "The minister continued by saying that 300 families had fled the district.",
            "The minister",
            "300 families had fled the district",
        ),
        (
            "Kabul's police chief goes on by saying the attackers wore army uniforms.",
            "Kabul's police chief",
            "the attackers wore army uniforms",
        ),
    ],
)
def test_went_on_by_saying(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "People waiting in the Ramousah garage heard the blast and said they feared revenge "
            "attacks.",
            "People waiting in the Ramousah garage",
            "they feared revenge attacks",
        ),
        (
            "Families living near the base heard the explosions and said the jets came from the "
            "north.",
            "Families living near the base",
            "the jets came from the north",
        ),
        (
            "A witness saw the jets and said they struck the market twice.",
            "A witness",
            "they struck the market twice",
        ),
        (
            "Abu Ahmad heard the blast and said the whole building shook.",
            "Abu Ahmad",
            "the whole building shook",
        ),
    ],
)
def test_a_speech_verb_after_another_past_tense(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a long subject that is no speaker: the past tense is not a verb of saying's partner
        "The strike in the western province of Herat on Wednesday drew condemnation from a top "
        "US diplomat and underscores the worsening violence in the country.",
        "The convoy that left Aleppo on Monday came under fire and said nothing more was known.",
    ],
)
def test_no_speaker_before_another_past_tense(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Syrian Coalition decried the raids.",
        "The minister called on the UN to act.",
        "Several countries also condemned the attack.",
        "Kyiv urged restraint.",
        "The EU welcomed the truce.",
    ],
)
def test_a_bare_speech_act_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Amnesty condemned the attack on the hospital in Idlib.",
            "Amnesty",
            "the attack on the hospital in Idlib",
        ),
        (
            "The governor called on residents to leave the eastern districts.",
            "The governor",
            "residents to leave the eastern districts",
        ),
        ("The army said 12 died.", "The army", "12 died"),
    ],
)
def test_speech_acts_with_content_stay_claims(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Some of the dead, he added, were anti-coup fighters in uniform.",
            "he",
            "Some of the dead, he added, were anti-coup fighters in uniform",
        ),
        (
            "Most of the victims, the ministry said, were women and children.",
            "the ministry",
            "Most of the victims, the ministry said, were women and children",
        ),
        (
            "The convoy, a police official told AFP, was hit by two roadside bombs.",
            "a police official",
            "The convoy, a police official told AFP, was hit by two roadside bombs",
        ),
    ],
)
def test_a_speaker_interposed_in_the_clause(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "At least 30 people were killed in the raid residents and the Observatory said.",
            "residents and the Observatory",
            "At least 30 people were killed in the raid",
        ),
        (
            "Rebel shelling on Damascus killed four civilians on Sunday a Britain-based monitor "
            "and a medical source said.",
            "a Britain-based monitor",
            "Rebel shelling on Damascus killed four civilians on Sunday",
        ),
        (
            "Many farmers have had to abandon their land the Food and Agriculture Organization "
            "and the World Food Programme said.",
            "the Food and Agriculture Organization and the World Food Programme",
            "Many farmers have had to abandon their land",
        ),
    ],
)
def test_two_commaless_speakers_joined_by_and(sentence: str, speaker: str, text: str) -> None:
    """The content stops before the first speaker (the coordinated phrase's resolution is the
    same as with the comma)."""
    assert _attributed(sentence) == [(speaker, text)]
