"""Relayed claims: the originator is the source, the relayers a chain (sentence-level tests)."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, run


@pytest.mark.parametrize(
    ("sentence", "words", "source", "via"),
    [
        # S reported/said, citing X, (that) C
        (
            "SANA reported, citing a statement by the army General Command, that 12 soldiers "
            "were killed near Palmyra.",
            "12 soldiers were killed",
            "syrian-general-command",  # near Palmyra: the Syrian army's command
            ["sana"],
        ),
        (
            "SANA, citing a military source, said the army had retaken the village of Tal Hadid.",
            "the army had retaken the village",
            "security-sources",
            ["sana"],
        ),
        # C, S said, citing X
        (
            "Thirty militants were killed in the raid, the Iraqi army said, citing field commanders.",
            "Thirty militants were killed in the raid",
            "field-commanders",
            ["iraqi-army"],
        ),
        (
            "The death toll rose to 12, Reuters reported, citing rescue workers.",
            "The death toll rose to 12",
            "rescue-workers",
            ["reuters"],
        ),
        # S quoted/cited X as saying (that) C, and C, S quoted X as saying
        (
            "State media quoted a police official as saying that three civilians died.",
            "three civilians died",
            "police-official",
            ["state-media"],
        ),
        (
            "Three civilians were killed, the Syrian Arab News Agency quoted a medic as saying.",
            "Three civilians were killed",
            "medic",
            ["sana"],
        ),
        (
            "Interfax cited Igor Konashenkov as saying the strikes destroyed four depots.",
            "the strikes destroyed four depots",
            "russian-mod",
            ["interfax"],
        ),
        # a chain: Press TV, citing SANA, quoting a source → source, via [SANA, Press TV]
        (
            "Press TV, citing SANA, quoting a military source, said two missiles were downed.",
            "two missiles were downed",
            "security-sources",
            ["sana", "press-tv"],
        ),
    ],
)
def test_relayed_claims(sentence: str, words: str, source: str, via: list[str]) -> None:
    claim = claim_with(run(sentence, publisher="The Guardian"), words)
    assert (claim.source_id, claim.via) == (source, via)


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister was quoted in the newspaper.",  # no 'as saying': no relay
        "The UN cited a lack of access as the reason for the delay.",
        "Officials cited security concerns.",
    ],
)
def test_quoted_and_cited_without_as_saying_relay_nothing(sentence: str) -> None:
    assert all(not c.via for c in run(sentence).claims)


def test_a_direct_claim_has_no_relayers() -> None:
    claim = claim_with(run("The army said 12 soldiers were killed."), "12 soldiers")
    assert claim.via == []


def test_a_relay_closing_the_sentence_ends_the_claim() -> None:
    extraction = run(
        "Al-Masirah reported at least 51 people were killed in the airstrike, citing the Yemeni "
        "Health Ministry in the capital Sanaa, which is under rebel control.",
        publisher="AP",
    )
    claim = claim_with(extraction, "51 people")
    assert claim.text == "at least 51 people were killed in the airstrike"
    assert (claim.source_id, claim.via) == ("yemeni-health-ministry", ["al-masirah"])


@pytest.mark.parametrize(
    ("sentence", "publisher", "source", "via"),
    [
        # 'told <outlet>': the outlet passed the words on, unless it is the publisher
        (
            "Two shells fell near the school, a police source told SANA.",
            "Reuters",
            "police-source",
            ["sana"],
        ),
        ("The Observatory told AFP that three people died.", "Ahram Online", "sohr", ["afp"]),
        ("The Observatory told AFP that three people died.", "AFP", "sohr", []),
        ("A medic told reporters that three people died.", "AFP", "medic", []),
    ],
)
def test_told_an_outlet(sentence: str, publisher: str, source: str, via: list[str]) -> None:
    claim = next(c for c in run(sentence, publisher=publisher).claims if c.figures or c.via)
    assert (claim.source_id, claim.via) == (source, via)


@pytest.mark.parametrize(
    ("text", "words", "source", "via"),
    [
        (
            "Human Rights Watch said that according to witnesses, 20 people were killed.",
            "20 people were killed",
            "witnesses",
            ["human-rights-watch"],
        ),
        (
            "Reuters reported that according to medics, nine people were hurt.",
            "nine people were hurt",
            "medics",
            ["reuters"],
        ),
        (
            "The Syrian Observatory for Human Rights said according to local activists, "
            "the market was hit twice.",
            "the market was hit twice",
            "activists",
            ["sohr"],
        ),
        (
            "SANA said that according to Governor Talal Barazi the convoy was hit.",
            "the convoy was hit",
            "talal-barazi",
            ["sana"],
        ),
    ],
)
def test_said_that_according_to_x_is_xs_claim_relayed(
    text: str, words: str, source: str, via: list[str]
) -> None:
    """'S said (that) according to X, C': the claim is X's, S relays it."""
    claim = claim_with(run(text, publisher="The Guardian"), words)
    assert (claim.source_id, claim.via) == (source, via)


@pytest.mark.parametrize(
    ("text", "words", "source", "via"),
    [
        (
            "Reuters cited a police officer who said that 12 people died.",
            "12 people died",
            "police-officer",
            ["reuters"],
        ),
        (
            'SANA went on to cite an anonymous "official source" who said 2 citizens were killed.',
            "2 citizens were killed",
            "official-source",  # not being named is no part of the name
            ["sana"],
        ),
        (
            "AFP quoted a doctor in Douma who said 30 wounded people had arrived.",
            "30 wounded people had arrived",
            "doctor",
            ["afp"],
        ),
    ],
)
def test_cited_x_who_said_is_xs_claim_relayed(
    text: str, words: str, source: str, via: list[str]
) -> None:
    """'S (went on to) cite(d)/quoted X who said C': X speaks, S relays."""
    claim = claim_with(run(text, publisher="The Guardian"), words)
    assert (claim.source_id, claim.via) == (source, via)


@pytest.mark.parametrize(
    ("sentence", "words", "source", "via"),
    [
        (
            "Three people were killed in Homs according to SANA news agency citing the Syrian "
            "Interior Ministry.",
            "Three people were killed",
            "syrian-interior-ministry",
            ["sana"],
        ),
        (
            "Three people were killed in Homs according to Reuters quoting a police source.",
            "Three people were killed",
            "police-source",
            ["reuters"],
        ),
        (
            "SANA citing the Syrian Interior Ministry said three people were killed in Homs.",
            "three people were killed",
            "syrian-interior-ministry",
            ["sana"],
        ),
    ],
)
def test_a_relay_inside_the_speaker_phrase_without_its_comma(
    sentence: str, words: str, source: str, via: list[str]
) -> None:
    claim = claim_with(run(sentence, publisher="The Guardian"), words)
    assert (claim.source_id, claim.via) == (source, via)
