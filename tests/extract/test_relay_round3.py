"""Relays, round three: a statement, report or remarks by an originator, carried, published,
broadcast, aired, run or quoted by channels ('A statement by the army carried by SANA said C',
'S, quoted by Interfax, said C'): the originator is the source and the channels are `via`, in the
order written, nearest the source first. Each construction in several wordings with negatives;
the sentences are written for the rule, not copied from an article."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, run


def _source_via(text: str, words: str, publisher: str = "The Guardian") -> tuple[str, list[str]]:
    claim = claim_with(run(text, publisher=publisher), words)
    return claim.source_id, claim.via


# -- 'A statement by/of X carried by Y said C': X speaks, Y relays --------------------------------
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "A statement by the army carried by SANA said 12 terrorists were killed in Hama.",
            "syrian-army",
            ["sana"],
        ),
        (
            "A statement by the army General Command carried by state news agency SANA said 12 "
            "terrorists were killed in Hama.",
            "syrian-general-command",
            ["sana"],
        ),
        (
            "A communique of the army command aired by state TV said 12 terrorists were killed "
            "in Homs.",
            "syrian-general-command",
            ["syrian-state-media"],
        ),
        (
            "A statement by the army carried by SANA and state TV said 12 terrorists were killed "
            "in Homs.",
            "syrian-army",
            ["sana", "syrian-state-media"],
        ),
        (
            "A statement by the ministry, carried by SANA, said 12 terrorists were killed in Homs.",
            "ministry",
            ["sana"],
        ),
    ],
)
def test_a_statement_by_x_carried_by_y(text: str, source: str, via: list[str]) -> None:
    assert _source_via(text, "12 terrorists were killed", "Reuters") == (source, via)


# -- 'S in a statement carried by X (and Y) said C', 'S said in a statement carried by X that C' ---
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "The army in a statement carried by SANA said 12 soldiers were killed near Palmyra.",
            "syrian-army",
            ["sana"],
        ),
        (
            "The Interior Ministry in a statement carried by the official IRNA news agency said "
            "12 soldiers were killed in Zahedan.",
            "interior-ministry",
            ["irna"],
        ),
        (
            "The army said in a statement carried by state TV and SANA that 12 soldiers were "
            "killed in Homs.",
            "syrian-army",
            ["syrian-state-media", "sana"],
        ),
        (
            "The army said in a statement, carried by SANA, that 12 soldiers were killed in Homs.",
            "syrian-army",
            ["sana"],
        ),
        (
            "The Islamic State group said in a statement published on Telegram and carried by "
            "Amaq that 12 soldiers were killed.",
            "isis",
            ["amaq"],
        ),
        (
            "The army command said in a communique run by state media that 12 soldiers were "
            "killed in Homs.",
            "syrian-general-command",
            ["syrian-state-media"],
        ),
    ],
)
def test_in_a_statement_carried_by_channels(text: str, source: str, via: list[str]) -> None:
    assert _source_via(text, "12 soldiers were killed", "Reuters") == (source, via)


def test_a_statement_carried_by_channels_is_no_part_of_the_speaker() -> None:
    claim = claim_with(
        run("The army in a statement carried by SANA said 12 soldiers were killed in Homs."),
        "12 soldiers",
    )
    assert claim.speaker == "The army in a statement"


# -- the channel opens the sentence: 'In remarks carried by IRNA, S said C' ------------------------
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "In remarks carried by the official IRNA news agency, Foreign Minister Javad Zarif "
            "said 12 people were killed.",
            "javad-zarif",
            ["irna"],
        ),
        (
            "In a statement broadcast on state television, the army said 12 people were killed "
            "in Homs.",
            "syrian-army",
            ["syrian-state-media"],
        ),
        (
            "In an interview aired by Al-Manar, Hassan Nasrallah said 12 people were killed.",
            "hassan-nasrallah",
            ["al-manar"],
        ),
    ],
)
def test_channel_before_the_speaker(text: str, source: str, via: list[str]) -> None:
    assert _source_via(text, "12 people were killed") == (source, via)


# -- 'quoted by X': S speaks, X relays --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        (
            "Defence Minister Sergei Shoigu, quoted by Interfax, said 12 militants were killed.",
            "sergei-shoigu",
            ["interfax"],
        ),
        (
            "Twelve militants were killed, Sergei Shoigu said, quoted by Interfax.",
            "sergei-shoigu",
            ["interfax"],
        ),
        (
            '"Twelve militants were killed," Sergei Shoigu said in remarks quoted by Interfax.',
            "sergei-shoigu",
            ["interfax"],
        ),
        (
            "Sergei Shoigu was quoted by Interfax as saying that 12 militants were killed.",
            "sergei-shoigu",
            ["interfax"],
        ),
    ],
)
def test_quoted_by_a_channel(text: str, source: str, via: list[str]) -> None:
    assert _source_via(text, "militants were killed") == (source, via)


# -- the originator's own channel, or a platform, relays nothing ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State group said in a statement published on its Telegram channel that 12 "
        "soldiers were killed.",
        "The Islamic State group in a statement posted on Twitter said 12 soldiers were killed.",
        "In a statement circulated on social media it said 12 soldiers were killed.",
    ],
)
def test_own_channel_or_platform_relays_nothing(text: str) -> None:
    claim = claim_with(run(text, publisher="Reuters"), "12 soldiers were killed")
    assert claim.via == []
    assert "Telegram" not in (claim.speaker or "") and "Twitter" not in (claim.speaker or "")


# -- a channel chained after a citing relay: nearest the source first -----------------------------
def test_channels_come_before_a_citing_relayer() -> None:
    assert _source_via(
        "Press TV, citing a statement by the army carried by SANA, said 12 terrorists were "
        "killed in Homs.",
        "12 terrorists were killed",
    ) == ("syrian-army", ["sana", "press-tv"])


def test_the_source_stays_the_latest_speaker_after_its_channel() -> None:
    """'It said' after 'The army in a statement carried by SANA said' is the army's."""
    extraction = run(
        "The army in a statement carried by SANA said 12 soldiers were killed in Homs. "
        "It said the attackers fled toward Hama.",
        publisher="Reuters",
    )
    assert claim_with(extraction, "the attackers fled").source_id == "syrian-army"


# -- near misses: a participle of carrying that names no channel ----------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("A truck carried by the convoy exploded, the army said.", "A truck carried"),
        (
            "The wounded were carried by relatives to a field hospital, the army said.",
            "The wounded were carried",
        ),
        ("The hospital run by MSF said 12 people were killed.", "12 people"),
        ("A report published by Amnesty said 12 people were killed.", "12 people"),
        (
            "The statement said the bodies were carried by relatives to the morgue.",
            "the bodies were carried",
        ),
        ("A statement carried by SANA said 12 people were killed.", "12 people"),
    ],
)
def test_no_channel_relays(text: str, words: str) -> None:
    claim = claim_with(run(text, publisher="Reuters"), words)
    assert claim.via == []


def test_a_report_published_by_its_author_is_the_authors() -> None:
    assert _source_via(
        "A report published by Amnesty said 12 people were killed.", "12 people"
    ) == (
        "amnesty-international",
        [],
    )
