"""Speaker round 19: leftovers found reading the even FA-KES rows.

Constructions, each written here in several invented wordings (none from the development set
or the held-out gold):

- 'state-run television', 'state-controlled TV', 'government-owned media': a state's outlet
  named with a hyphenated modifier is the story's state media, as bare 'state media' is (the
  modifiers are data: data/speakers.yaml state_media_owners, state_media_participles).
- 'Talal Barazi', 'Talal al-Barazi', 'Talal Barrazi' in one article are one new person, under the
  first spelling: the same given name, surnames apart by a particle, a hyphen or a space, or by
  one letter in a long surname. Different given names (a father and his son), and short
  surnames one letter apart, stay two.
- 'the Arabic-language desk of X', 'the Kurdish service of X', 'the English-language website of
  X': X speaks (the sections and languages are data: data/speakers.yaml outlet_sections,
  outlet_languages); another body's 'health service of X' stays as written.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import run, source_of


# -- hyphenated state media ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-controlled TV said.",
            "four",
        ),
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-run television said.",
            "four",
        ),
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-affiliated media said.",
            "four",
        ),
        ("Two car bombs exploded in Homs, government-controlled television reported.", "car bombs"),
        ("Two car bombs exploded in Homs, Syrian state-owned TV said.", "car bombs"),
        ("Army units retook the hills near Idlib, the state-run broadcaster said.", "hills"),
    ],
)
def test_hyphenated_state_media_is_the_story_states(text: str, words: str) -> None:
    assert source_of(text, words) == "Syrian state media"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, opposition-run media said.",
            "four",
        ),
        ("Two car bombs exploded in Homs, Kurdish-run television reported.", "car bombs"),
    ],
)
def test_media_run_by_others_is_not_state_media(text: str, words: str) -> None:
    assert source_of(text, words) != "Syrian state media"


# -- one person, several spellings --------------------------------------------------------------
def _sources(text: str) -> list[str]:
    extraction = run(text, publisher="Reuters")
    names = {a.id: a.name for a in extraction.actors}
    return [names[c.source_id] for c in extraction.claims if c.kind != "publisher"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Talal Barazi", "Talal al-Barazi"),
        ("Talal Barazi", "Talal Barrazi"),
        ("Mahmoud al-Sheikh", "Mahmoud el-Sheikh"),
        ("Samir Abdelkarim", "Samir Abdel Karim"),
        ("Samir Abdel-Karim", "Samir Abdulkarim"),
        ("Yasser Haj Hussein", "Yasser Hajj Hussein"),
    ],
)
def test_one_persons_spellings_are_one_actor(first: str, second: str) -> None:
    text = (
        f"{first} said 12 people were killed in the blast. "
        f"{second} said the army had secured the area."
    )
    assert _sources(text) == [first, first]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Khaled al-Masri", "Omar al-Masri"),  # father and son
        ("Ali Omar", "Ali Amar"),  # short surnames one letter apart
        ("Ahmed Hassan", "Ahmed Hassan Ali"),
        ("Talal Barazi", "Talal Bazzani"),
    ],
)
def test_near_spellings_of_two_persons_stay_two(first: str, second: str) -> None:
    text = (
        f"{first} said 12 people were killed in the blast. "
        f"{second} said the army had secured the area."
    )
    assert _sources(text) == [first, second]


# -- an outlet's section in one language ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Air strikes killed 12 people in Douma, according to the Arabic-language desk of "
            "Zaman Press news agency.",
            "Zaman Press news agency",
        ),
        (
            "Air strikes killed 12 people in Douma, the Kurdish service of Hawar Media reported.",
            "Hawar Media",
        ),
        (
            "Air strikes killed 12 people in Douma, according to the English-language website of "
            "Qasioun News.",
            "Qasioun News",
        ),
        (
            "Air strikes killed 12 people in Douma, said the Turkish edition of Halab Today TV.",
            "Halab Today TV",
        ),
    ],
)
def test_an_outlets_language_section_is_the_outlet(text: str, source: str) -> None:
    assert source_of(text, "Air strikes") == source


def test_a_service_not_in_a_language_stays_as_written() -> None:
    text = "Air strikes killed 12 people in Douma, the health service of the Kurdish administration said."
    assert source_of(text, "Air strikes") == "health service of the Kurdish administration"
