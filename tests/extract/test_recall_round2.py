"""Cues of unseen copy, round two: constructions that were read as speech or missed, each in
several wordings. The sentences are written for the rule, not taken from an article."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, run


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        ("Rebels claimed the army lost 20 men.", "Rebels", "the army lost 20 men"),
        (
            "The group claimed that its fighters took the hill.",
            "The group",
            "its fighters took the hill",
        ),
    ],
)
def test_claim_with_a_clause_after_it_is_still_speech(
    sentence: str, speaker: str, text: str
) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The army lost 30 men, he told Reuters on condition of anonymity to protect his family.",
            "he",
        ),
        (
            "The army lost 30 men, a source said on condition of anonymity because he was not "
            "authorised to speak.",
            "a source",
        ),
        (
            "The army lost 30 men, an official said on condition of anonymity as he was not "
            "allowed to brief the media.",
            "an official",
        ),
        (
            "He told Reuters on condition of anonymity to protect his family that the army lost "
            "30 men.",
            "He",
        ),
    ],
)
def test_the_reason_for_anonymity_belongs_to_the_cue(sentence: str, speaker: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text.lower()) == (speaker, "the army lost 30 men")


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Russia is not targeting civilians US Secretary of Defense Ashton Carter said on Monday.",
            "US Secretary of Defense Ashton Carter",
            "Russia is not targeting civilians",
        ),
        (
            "The army took the town Minister of Information Omran al-Zoubi told reporters.",
            "Minister of Information Omran al-Zoubi",
            "The army took the town",
        ),
        (
            "The strikes killed 20 fighters Ministry of Defence spokesman Igor Konashenkov said.",
            "Ministry of Defence spokesman Igor Konashenkov",
            "The strikes killed 20 fighters",
        ),
        # An outlet named with what it is.
        (
            "The blast killed five people near the market the Arabic-language al-Hadas News reported.",
            "the Arabic-language al-Hadas News",
            "The blast killed five people near the market",
        ),
        (
            "A double attack in Homs killed 18 civilians including 10 children Lebanese TV channel "
            "Al-Mayadin reported.",
            "Lebanese TV channel Al-Mayadin",
            "A double attack in Homs killed 18 civilians including 10 children",
        ),
        (
            "Rebels shelled the old district of the city pro-government daily Al-Watan said.",
            "pro-government daily Al-Watan",
            "Rebels shelled the old district of the city",
        ),
        (
            "Rebels shelled the old district of the city Al-Mayadin TV reported.",
            "Al-Mayadin TV",
            "Rebels shelled the old district of the city",
        ),
        (
            "The army advanced on the town the state news agency SANA reported.",
            "the state news agency SANA",
            "The army advanced on the town",
        ),
    ],
)
def test_a_title_with_of_or_an_outlet_named_with_what_it_is_closing_the_sentence(
    sentence: str, speaker: str, text: str
) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The war, which the UN says has claimed more than 300,000 lives, entered its sixth year.",
            "the UN",
            "has claimed more than 300,000 lives",
        ),
        (
            "The fighting breaks agreements that the UN says have kept the peace.",
            "the UN",
            "have kept the peace",
        ),
        (
            "The army took the town, which the Observatory said was a key rebel base.",
            "the Observatory",
            "was a key rebel base",
        ),
        (
            "Rebels hold the hill that the army says it took on Monday.",
            "the army",
            "it took on Monday",
        ),
    ],
)
def test_a_speaker_inside_a_relative_clause(sentence: str, speaker: str, text: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)


def test_a_relative_clause_after_a_first_cue_is_that_cues_content() -> None:
    (claim,) = run("The army said that the UN says the war is over.", publisher="Reuters").claims
    assert (claim.speaker, claim.text) == ("The army", "the UN says the war is over")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Media reports said the explosion killed 12 people.", "Media reports"),
        ("Unconfirmed reports suggested the explosion killed 12 people.", "Unconfirmed reports"),
        ("Local news reports say the explosion killed 12 people.", "Local news reports"),
    ],
)
def test_a_plural_noun_of_speech_before_said_is_its_subject(sentence: str, speaker: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, "the explosion killed 12 people")


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The victims were mostly civilians it said and included at least 20 children.",
            "it",
            "The victims were mostly civilians",
        ),
        (
            "The army shelled the town, it said and included the names of the dead.",
            "it",
            "The army shelled the town",
        ),
        (
            "Twelve people died, the Observatory said and gave no further details.",
            "the Observatory",
            "Twelve people died",
        ),
    ],
)
def test_a_cue_followed_by_and_what_the_statement_did(
    sentence: str, speaker: str, text: str
) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)


def test_a_cue_followed_by_and_a_clause_with_its_own_subject() -> None:
    sentence = "At least 160 people were injured it said and many were dying in hospital."
    first, second = run(sentence, publisher="Reuters").claims
    assert (first.speaker, first.text) == ("it", "At least 160 people were injured")
    assert (second.speaker, second.text) == ("it", "many were dying in hospital")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Forty people died in the raid, a monitoring group and activists said.",
            "a monitoring group",
        ),
        (
            "The raid killed 12 civilians, the Observatory and local activists said.",
            "the Observatory",
        ),
        (
            "A monitoring group and activists said forty people died in the raid.",
            "A monitoring group",
        ),
    ],
)
def test_the_first_of_two_speakers_joined_by_and_is_the_source(sentence: str, speaker: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert claim.speaker == speaker


def test_a_name_with_and_inside_stays_whole() -> None:
    sentence = "The Ministry of Foreign Affairs and Expatriates said the raid killed 12 militants."
    (claim,) = run(sentence, publisher="Reuters").claims
    assert claim.speaker == "The Ministry of Foreign Affairs and Expatriates"


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The strikes angered local residents who say the army targeted their homes.",
            "local residents",
            "the army targeted their homes",
        ),
        (
            "The strikes hit the town's doctors, who told AFP that 20 people died, the group said.",
            "the town's doctors",
            "20 people died",
        ),
    ],
)
def test_who_says_takes_the_noun_it_belongs_to(sentence: str, speaker: str, text: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert (claim.speaker, claim.text) == (speaker, text)


def test_bare_sources_joined_by_and_stay_one_body() -> None:
    sentence = "A bomb killed 35 people on Monday, police and medical sources said."
    (claim,) = run(sentence, publisher="Reuters").claims
    assert claim.speaker == "police and medical sources"
