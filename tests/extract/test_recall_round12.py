"""Recall, round twelve (issue 7): a hyphenated modifier of a trailing speaker without its comma
('C pro-government media reports said'), the source of 'according to information handed over to
X by Y' without its comma, and a relay closing the sentence after a bare plural ('C, local
reports said, citing medics'). Each construction in several wordings with negatives; the
sentences are written for the rule, not copied from an article."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, run


# -- 'C pro-government media reports said': the hyphenated modifier is the speaker's ------------
@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Twelve people were killed in the strike pro-government media reports said.",
            "pro-government media reports",
            "Twelve people were killed in the strike",
        ),
        (
            "Twelve people were killed in the strike pro-regime media said on Sunday.",
            "pro-regime media",
            "Twelve people were killed in the strike",
        ),
        (
            "Twelve people were killed in the strike state-run media said.",
            "state-run media",
            "Twelve people were killed in the strike",
        ),
        (
            "Twelve people were killed in the strike anti-government activists said.",
            "anti-government activists",
            "Twelve people were killed in the strike",
        ),
        (
            "Twelve people were killed in the strike Iran-backed militias said.",
            "Iran-backed militias",
            "Twelve people were killed in the strike",
        ),
    ],
)
def test_a_hyphenated_modifier_opens_a_trailing_speaker(
    sentence: str, speaker: str, text: str
) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), "Twelve people")
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # a hyphenated word that modifies no speaker stays in the claim
        (
            "Twelve people were killed in the strike on a pro-government media office, the army "
            "said.",
            "pro-government media office",
            "the army",
        ),
        (
            "Twelve people were killed in the well-planned attack local sources said.",
            "well-planned attack",
            "local sources",
        ),
    ],
)
def test_other_hyphenated_words_stay_in_the_claim(sentence: str, words: str, speaker: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), words)
    assert claim.speaker == speaker


# -- 'C, local reports said, citing medics': the medics speak, the reports relay -----------------
@pytest.mark.parametrize(
    ("sentence", "source", "via"),
    [
        (
            "Twelve people were killed in the strike, local reports said, citing medics.",
            "medics",
            ["local-reports"],
        ),
        (
            "Twelve people were killed in the strike, local media reported, citing rescue workers.",
            "rescue-workers",
            ["local-media"],
        ),
    ],
)
def test_a_relay_after_a_bare_plural_speaker(sentence: str, source: str, via: list[str]) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), "Twelve people were killed")
    assert (claim.source_id, claim.via, claim.text) == (
        source,
        via,
        "Twelve people were killed in the strike",
    )


# -- 'According to information handed over to X by Y C' (comma lost): Y is the source ----------
@pytest.mark.parametrize(
    ("sentence", "speaker", "source"),
    [
        (
            "According to information handed over to SANA by the governor of Homs Talal Barazi "
            "12 people were killed.",
            "the governor of Homs Talal Barazi",
            "talal-barazi",
        ),
        (
            "According to figures passed on to AFP by the health ministry 12 people were killed.",
            "the health ministry",
            "health-ministry",
        ),
        (
            "According to data provided to Reuters by the Observatory 12 people were killed.",
            "the Observatory",
            "sohr",
        ),
    ],
)
def test_according_to_information_given_to_x_by_y(sentence: str, speaker: str, source: str) -> None:
    claim = claim_with(run(sentence, publisher="The Guardian"), "12 people were killed")
    assert (claim.speaker, claim.source_id, claim.text) == (
        speaker,
        source,
        "12 people were killed",
    )


def test_information_given_to_someone_names_no_source() -> None:
    """'information handed over to the families' has no agent: no source is read."""
    extraction = run(
        "According to information handed over to the families 12 people were killed.",
        publisher="The Guardian",
    )
    assert all(c.kind.value == "publisher" for c in extraction.claims)


# -- 'C the Premier said which ...' (commas lost): the relative clause is the writer's aside ------
@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The groups were shaken by the army's advances the Premier said which accounts for "
            "their resort to car bombs.",
            "the Premier",
            "The groups were shaken by the army's advances",
        ),
        (
            "Twelve people were killed in the raid the army said which came after a week of "
            "shelling.",
            "the army",
            "Twelve people were killed in the raid",
        ),
    ],
)
def test_a_relative_clause_after_a_trailing_speaker_is_an_aside(
    sentence: str, speaker: str, text: str
) -> None:
    claims = [c for c in run(sentence, publisher="Reuters").claims if c.speaker]
    assert [(c.speaker, c.text) for c in claims] == [(speaker, text)]


# -- participles of emphasis after the cue are the writer's: no claim of their own ----------------
@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve people were killed in the raid, officials said, underscoring the danger facing "
        "aid workers.",
        "Twelve people were killed in the raid officials said underscoring the danger facing aid "
        "workers.",
    ],
)
def test_a_participle_of_emphasis_is_no_claim(sentence: str) -> None:
    claims = run(sentence, publisher="Reuters").claims
    assert [c.text for c in claims] == ["Twelve people were killed in the raid"]
