"""Who said it, round fourteen (issue 7): a statement's channels of publication ('in a statement
carried by state TV and SANA') are no speakers; the body that issued the statement is. Each
construction in several wordings with negatives; the sentences are written for the rule, not
copied from an article."""

from __future__ import annotations

import pytest

from tests.extract.conftest import claim_with, run, source_of


# -- 'S in a statement carried by X said C': S speaks, X only carried the statement -----------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The army in a statement carried by state TV and the news agency SANA said 12 "
            "civilians were killed in Homs.",
            "Syrian Arab Army",
        ),
        (
            "The army in a statement carried by SANA said 12 civilians were killed in Homs.",
            "Syrian Arab Army",
        ),
        (
            "The Syrian army in a statement broadcast on state television said 12 civilians were "
            "killed in Hama.",
            "Syrian Arab Army",
        ),
        (
            "Hezbollah in a statement carried by its Al-Manar TV said 12 civilians were killed.",
            "Hezbollah",
        ),
        (
            "The ministry in a statement published by state media said 12 civilians were killed "
            "in Homs.",
            "ministry",
        ),
        (
            "The Interior Ministry in a statement carried by the official IRNA news agency said "
            "12 civilians were killed in Zahedan.",
            "Interior Ministry",
        ),
    ],
)
def test_statement_carried_by_a_channel_before_the_cue(text: str, source: str) -> None:
    assert source_of(text, "12 civilians were killed") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The army said in a statement carried by state TV and the news agency SANA that 12 "
            "civilians were killed.",
            "army",
        ),
        (
            "The Syrian army shelled Homs. It said in a statement carried by SANA that 12 "
            "civilians were killed.",
            "Syrian Arab Army",
        ),
        (
            "The Syrian army said in a statement aired on state TV that 12 civilians were killed.",
            "Syrian Arab Army",
        ),
        (
            "The ministry said in a statement published on its Telegram channel that 12 "
            "civilians were killed.",
            "ministry",
        ),
    ],
)
def test_statement_carried_by_a_channel_after_the_cue(text: str, source: str) -> None:
    assert source_of(text, "12 civilians were killed") == source


def test_channel_is_cut_from_the_content() -> None:
    text = (
        "The army said in a statement carried by state TV and the news agency SANA that 12 "
        "civilians were killed."
    )
    extraction = run(text, publisher="Reuters")
    claim = claim_with(extraction, "12 civilians were killed")
    assert "SANA" not in claim.text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a statement by the channel itself: the channel speaks
        ("A statement by SANA said 12 civilians were killed in Homs.", "SANA"),
        # the channel is the subject: it speaks
        ("SANA said in a statement that 12 civilians were killed in Homs.", "SANA"),
        # 'carried out' is the army's own verb, in a clause before the speaker
        (
            "The army carried out raids and the ministry said 12 civilians were killed in Homs.",
            "ministry",
        ),
    ],
)
def test_statement_channel_near_misses(text: str, source: str) -> None:
    assert source_of(text, "12 civilians were killed") == source


def test_carried_outside_a_statement_is_still_a_verb() -> None:
    # 'carried' after a noun that is no statement is a verb: no speaker phrase spans it
    text = "Rebels carried weapons into Homs said 12 civilians were killed."
    assert not any(
        c.speaker and "carried" in c.speaker for c in run(text, publisher="Reuters").claims
    )


# -- '<body words> official/worker from <place>': a registry body's member speaks for it -----
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A Red Crescent official from Idlib said 12 civilians were killed in the raid on "
            "Saraqeb.",
            "Syrian Arab Red Crescent",
        ),
        (
            "A Red Crescent worker told AFP that 12 civilians were killed in the shelling of "
            "Douma.",
            "Syrian Arab Red Crescent",
        ),
        (
            "According to a Red Crescent official, 12 civilians were killed in the Israeli "
            "strike on Gaza City.",
            "Palestine Red Crescent Society",
        ),
        (
            "The Red Crescent said 12 civilians were killed in the clashes in Benghazi, Libya.",
            "Libyan Red Crescent",
        ),
        (
            "A civil defence worker from Douma said 12 civilians were killed in the raid on Douma.",
            "Syria Civil Defence",
        ),
        (
            "White Helmets volunteers said 12 civilians were killed in the raid on Aleppo.",
            "Syria Civil Defence",
        ),
        (
            "Civil defence rescuers said 12 civilians were killed in the Israeli strike on Gaza "
            "City.",
            "Gaza Civil Defence",
        ),
    ],
)
def test_member_of_a_registry_body_speaks_for_it(text: str, source: str) -> None:
    assert source_of(text, "12 civilians were killed") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # another national society, named in full: not the Syrian one
        (
            "The Kurdish Red Crescent said 12 civilians were killed in the raid on Afrin.",
            "Kurdish Red Crescent",
        ),
        (
            "A Turkish Red Crescent official said 12 civilians were killed in Idlib.",
            "Turkish Red Crescent",
        ),
        # a worker of no registry body: no body
        ("A hospital worker said 12 civilians were killed in Aleppo.", "Syria Civil Defence"),
    ],
)
def test_member_of_a_registry_body_near_misses(text: str, source: str) -> None:
    found = source_of(text, "12 civilians were killed")
    if source == "Syria Civil Defence":
        assert found != source
        assert found != "Syrian Arab Red Crescent"
    else:
        assert found == source


def test_red_crescent_outside_its_theatres_is_no_registry_society() -> None:
    text = "A Red Crescent official said 12 civilians were killed in Sanaa, Yemen."
    assert source_of(text, "12 civilians were killed") not in (
        "Syrian Arab Red Crescent",
        "Palestine Red Crescent Society",
        "Libyan Red Crescent",
    )


# -- 'C a civil defence official said' (commas lost): every modifier belongs to the speaker ----
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Regime air strikes hit several neighbourhoods in the divided town a civil defence "
            "official said.",
            "Syria Civil Defence",
        ),
        ("Barrel bombs hit the town a civil defence worker told AFP.", "Syria Civil Defence"),
        (
            "Rockets hit the Gaza neighbourhood local civil defence sources said.",
            "Gaza Civil Defence",
        ),
    ],
)
def test_every_lowercase_modifier_of_a_trailing_speaker(text: str, source: str) -> None:
    extraction = run(text, publisher="Reuters")
    claim = next(c for c in extraction.claims if c.kind != "publisher")
    assert next(a.name for a in extraction.actors if a.id == claim.source_id) == source
    assert claim.speaker is not None and claim.speaker.split()[0].lower() in ("a", "local")


@pytest.mark.parametrize(
    "text",
    [
        # a modifier after the head's object is the content's: 'the town' stays out
        "Barrel bombs hit the town a senior military source told AFP.",
        "Jets hit the market local medical sources said.",
    ],
)
def test_trailing_speaker_modifiers_near_misses(text: str) -> None:
    claim = next(c for c in run(text, publisher="Reuters").claims if c.kind != "publisher")
    assert (
        claim.speaker is not None
        and "town" not in claim.speaker
        and "market" not in (claim.speaker)
    )


# -- 'an army source' is one of the unnamed security sources, as 'a military source' is -------
@pytest.mark.parametrize(
    "text",
    [
        "An army source said 12 militants were killed in Hama.",
        "Army sources told Reuters that 12 militants were killed in Hama.",
        "A senior army source said 12 militants were killed in Hama.",
        "12 militants were killed in Hama a Syrian army source said.",
    ],
)
def test_army_source_is_an_unnamed_security_source(text: str) -> None:
    assert source_of(text, "12 militants were killed") == "unnamed security sources"


def test_army_source_near_miss() -> None:
    # the army itself speaks as the army
    text = "The army said 12 militants were killed in Hama."
    assert source_of(text, "12 militants were killed") == "Syrian Arab Army"


# -- 'the Assad regime's official television channel': the rulers' media, the state's ---------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A bomb killed six people in Homs the Assad regime's official television channel said.",
            "Syrian state media",
        ),
        (
            "The Assad regimes official television channel said a bomb killed six people in Homs.",
            "Syrian state media",
        ),
        (
            "The government's news agency said a bomb killed six people in Baghdad.",
            "Iraqi News Agency",
        ),
    ],
)
def test_rulers_media_is_the_state_media(text: str, source: str) -> None:
    assert source_of(text, "bomb killed six people") == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the rulers themselves, no medium
        ("The regime said a bomb killed six people in Homs.", "Syria"),
        # an opposition channel is no state medium
        (
            "The opposition's Orient TV channel said a bomb killed six people in Homs.",
            "Syrian state media",
        ),
    ],
)
def test_rulers_media_near_misses(text: str, source: str) -> None:
    found = source_of(text, "bomb killed six people")
    if source == "Syria":
        assert found == source
    else:
        assert found != source
