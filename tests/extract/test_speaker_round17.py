"""Who said it, round seventeen (issue 7): new actors that are registry actors under another
wording, new actors cut badly, and the kinds of new actors. Each construction in several wordings
with near-miss negatives; the sentences are written for the rule, not copied from an article."""

from __future__ import annotations

import pytest

from app.extract.types import ClaimKind, Extraction
from tests.extract.conftest import claim_with, run, source_of


def _source(extraction: Extraction, words: str) -> tuple[str, str, bool]:
    """(name, kind, known) of the source of the claim whose text contains `words`."""
    claim = claim_with(extraction, words)
    assert claim.kind != ClaimKind.publisher, claim
    actor = next(a for a in extraction.actors if a.id == claim.source_id)
    return actor.name, actor.kind, actor.known


def _of(text: str, words: str) -> tuple[str, str, bool]:
    return _source(run(text, publisher="Reuters"), words)


# -- 'according to the X news agency C' (comma lost): the outlet's head is in its name --------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to the Kurdish Hawar news agency the clashes left 12 fighters dead.",
            "Hawar News Agency",
        ),
        (
            "According to the Firat news agency the clashes left 12 fighters dead near Tabqah.",
            "Firat news agency",
        ),
        (
            "According to the Halab Today TV station cluster bombs killed 12 people in Aleppo.",
            "Halab Today TV station",
        ),
        (
            "According to the Orient television channel the raids killed 12 people in Idlib.",
            "Orient television channel",
        ),
    ],
)
def test_outlet_head_after_its_name_without_a_comma(text: str, source: str) -> None:
    extraction = run(text, publisher="Reuters")
    claim = next(c for c in extraction.claims if c.kind != ClaimKind.publisher)
    assert _source(extraction, claim.text[:20])[0] == source
    assert not claim.text.startswith(("news", "TV", "television"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # A lowercase word after the name that no head noun follows opens the claim.
        (
            "According to the Observatory news of the raid spread across the town within hours.",
            "news of the raid",
        ),
        (
            "According to the Observatory heavy shelling killed 12 people in the town of Douma.",
            "heavy shelling killed",
        ),
    ],
)
def test_lowercase_words_without_a_head_stay_in_the_claim(text: str, content: str) -> None:
    extraction = run(text, publisher="Reuters")
    claim = claim_with(extraction, content)
    assert claim.text.startswith(content)
    assert _source(extraction, content)[0] == "Syrian Observatory for Human Rights"


# -- kinds of new actors --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A governorate is the administration, never a person's two names.
        (
            "A source at Aleppo Governorate said 9 people were killed in Aleppo.",
            "Aleppo Governorate",
            "organisation",
        ),
        (
            "A source at Deir Ezzor Governorate said two people were killed in the city.",
            "Deir Ezzor Governorate",
            "organisation",
        ),
        (
            "An official at Homs Municipality said 9 people were killed in Homs.",
            "Homs Municipality",
            "organisation",
        ),
        # Medical staff are people.
        ('"Nine people were killed," one medic told AFP.', "one medic", "anonymous person"),
        (
            "A nurse at the Douma hospital said 213 people were killed.",
            "nurse",
            "anonymous person",
        ),
        ("A surgeon said 213 people were killed in Douma.", "surgeon", "anonymous person"),
        # An outlet, by a word of its kind before its name or as its head.
        (
            "The news website El-Dorar Al-Shamia said 9 people were killed in Aleppo.",
            "El-Dorar Al-Shamia",
            "media outlet",
        ),
        (
            "The daily Baladna Al-Yawm said 9 people were killed in Aleppo.",
            "Baladna Al-Yawm",
            "media outlet",
        ),
        (
            "An IS-linked Facebook page said 9 people were killed in Raqqa.",
            "IS-linked Facebook page",
            "media outlet",
        ),
        (
            "Opposition websites said 9 people were killed in Aleppo.",
            "Opposition websites",
            "media outlet",
        ),
        (
            "A Syrian TV broadcaster said 9 people were killed in Damascus.",
            "Syrian TV broadcaster",
            "media outlet",
        ),
    ],
)
def test_kind_of_a_new_actor(text: str, name: str, kind: str) -> None:
    found = _of(text, "were killed")
    assert found[:2] == (name, kind)
    assert not found[2]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a person's two names, a person after a title, a place after 'in'.
        ("Ahmed Haddad said 9 people were killed in Aleppo.", "Ahmed Haddad", "person"),
        (
            "Local journalist Ahmed Haddad said 9 people were killed in Aleppo.",
            "Ahmed Haddad",
            "person",
        ),
        ("Rescuers at the scene said 9 people were killed.", "Rescuers", "group of people"),
    ],
)
def test_kind_near_misses(text: str, name: str, kind: str) -> None:
    assert _of(text, "were killed")[:2] == (name, kind)


def test_people_at_the_scene_are_no_body_called_scene() -> None:
    assert _of("Officials at the scene said 9 people were killed.", "were killed")[:2] == (
        "Officials",
        "group of people",
    )


# -- a body's own outlet: "Hezbollah's official television station" ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "According to Hezbollah's official television station, two fighters were killed.",
        "According to Hezbollahs official television station two fighters were killed in Quneitra.",
        "Hezbollah's TV channel said two fighters were killed in Quneitra.",
        "Hezbollah's television said two fighters were killed in Quneitra.",
    ],
)
def test_a_bodys_own_outlet(text: str) -> None:
    assert source_of(text, "two fighters were killed") == "Al-Manar"


@pytest.mark.parametrize(
    "text",
    [
        # No registry owner, or no outlet of the owner's: no guess.
        "The group's television station said two fighters were killed in Quneitra.",
        "Jaish al-Islam's television station said two fighters were killed in Douma.",
    ],
)
def test_an_owner_without_a_known_outlet(text: str) -> None:
    assert _of(text, "two fighters were killed")[0] != "Al-Manar"


# -- another wording of a registry actor ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Russian Coordination Center in Hmeimim said 150 militants crossed from Turkey.",
        "The Russian Coordination Centre said 150 militants crossed from Turkey.",
    ],
)
def test_russian_coordination_center_is_the_reconciliation_centre(text: str) -> None:
    assert (
        source_of(text, "150 militants")
        == "Russian Centre for Reconciliation of the Opposing Sides in Syria"
    )


# -- an aside run into the speaker phrase -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aleppo Governor for his part said 9 families were housed.", "Aleppo Governor"),
        ("Homs Governor for his part said 9 families were housed.", "Homs Governor"),
        (
            "The Aleppo Health Directorate for its part said 9 families were housed.",
            "Aleppo Health Directorate",
        ),
    ],
)
def test_an_aside_after_the_name_is_no_part_of_it(text: str, name: str) -> None:
    assert _of(text, "9 families")[0] == name


def test_for_inside_a_name_stays() -> None:
    text = "The Syrian Center for Policy Research said 470000 people were killed in the war."
    assert _of(text, "470000")[0] == "Syrian Center for Policy Research"


# -- a place run in before a bare surname the text gave in full before -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "French Foreign Minister Laurent Fabius spoke on Monday. In Paris Fabius said that 9 "
        "people were killed in Ghouta.",
        "French Foreign Minister Laurent Fabius spoke on Monday. But Fabius stressed the need "
        "for action. In Paris Fabius said that 9 people were killed in Ghouta.",
        "French Foreign Minister Laurent Fabius spoke on Monday. Wherever the regime struck in "
        "Ghouta and Douma Fabius said 9 people were killed.",
    ],
)
def test_place_before_a_known_surname(text: str) -> None:
    assert source_of(text, "9 people were killed") == "Laurent Fabius"


def test_place_before_a_surname_in_a_sentence_about_syria() -> None:
    text = (
        "US Defense Secretary Ashton Carter spoke on Monday. Wherever local forces moved in Iraq "
        "and Syria Carter added the coalition has killed 12 Daesh field commanders."
    )
    assert source_of(text, "12 Daesh") == "Ashton Carter"


@pytest.mark.parametrize(
    "text",
    [
        # No fuller name before: nobody to point back to.
        "In Paris Fabius said that 9 people were killed in Ghouta.",
        # A sentence's opening word is no given name: 'But Fabius' is no person.
        "But Fabius stressed the need for action. In Paris Fabius said that 9 people were "
        "killed in Ghouta.",
    ],
)
def test_no_fuller_name_before(text: str) -> None:
    assert source_of(text, "9 people were killed") not in ("Laurent Fabius", "But Fabius")


# -- 'the Red Crescent' in a story placed nowhere: no national society in particular ---------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Red Crescent said 12 people were killed.", "Red Crescent"),
        ("The Red Crescent said 12 people were killed in Mosul.", "Red Crescent"),
        ("The Red Crescent said 12 people were killed in Aleppo.", "Syrian Arab Red Crescent"),
        (
            "The Red Crescent said 12 people were killed in Gaza City.",
            "Palestine Red Crescent Society",
        ),
        ("The Red Crescent said 12 people were killed in Benghazi, Libya.", "Libyan Red Crescent"),
        (
            "A Red Crescent official said 12 people were killed in Aleppo.",
            "Syrian Arab Red Crescent",
        ),
        ("The Iraqi Red Crescent said 12 people were killed.", "Iraqi Red Crescent"),
    ],
)
def test_red_crescent_needs_the_story_country(text: str, source: str) -> None:
    assert source_of(text, "12 people were killed") == source


# -- rescuers and volunteers speak for the body named with them --------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Israeli strikes hit Gaza City on Monday. Civil defence rescuers in Gaza said 12 "
            "people were killed.",
            "Gaza Civil Defence",
        ),
        (
            "Israeli strikes hit Gaza City on Monday. Civil defence volunteers in Gaza City said "
            "12 people were killed.",
            "Gaza Civil Defence",
        ),
        (
            "Syrian jets hit Idlib on Monday. Civil defence volunteers in Idlib said 12 people "
            "were killed.",
            "Syria Civil Defence",
        ),
        (
            "Syrian jets hit Idlib on Monday. Volunteers with the Red Crescent said 12 people "
            "were killed.",
            "Syrian Arab Red Crescent",
        ),
    ],
)
def test_rescuers_of_a_body_in_a_place(text: str, source: str) -> None:
    assert source_of(text, "12 people were killed") == source


def test_rescuers_of_no_body_are_people() -> None:
    text = "Syrian jets hit Idlib on Monday. Rescuers in Idlib said 12 people were killed."
    assert _of(text, "12 people were killed")[:3] == ("Rescuers", "group of people", False)
