"""Speaker round 16: descriptions and the antecedents they take, on unseen copy.

Constructions found reading the even FA-KES rows, each written here in several wordings (none
is from the development set or the held-out gold):

- an indefinite description read as the one actor of its head noun the article names ('a war
  monitor' is the Observatory) must not contradict it: a field word ('monitoring', 'rights',
  'medical') must be one of the actor's own words, and a side word ('militant') needs an armed
  body;
- "the regime's official television": 'regime' names no state, so the rulers' media are the
  story's state's;
- 'Syria has denied ..., with the foreign minister stressing': the minister of the state the
  sentence names, though another state's minister spoke before;
- 'according to earlier information provided by a source at X': whoever provided it;
- 'according to an Observatory toll. - Air raids kill thousands -': a subheading between dashes
  after the full stop is no part of the speaker;
- 'a civil defence source on the ground', 'a civil defence worker at the scene': where the
  speaker stands does not change whom they speak for.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import source_of

WORDS = "12 people"


# -- an indefinite description's words must fit the one actor named -------------------------
@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Barrel bombs killed 12 people in Aleppo a monitoring group said. Civil defence "
            "members rushed to the scene.",
            "Syria Civil Defence",
        ),
        (
            "Air strikes killed 12 people in Raqqa a rights group said. The Islamic State group "
            "later attacked the town.",
            "Islamic State",
        ),
        (
            "Air strikes killed 12 people in Raqqa, a medical group said. The Islamic State group "
            "later attacked the town.",
            "Islamic State",
        ),
        (
            "Shelling killed 12 people in Raqqa a militant group said. The Syrian Observatory for "
            "Human Rights reported clashes.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_indefinite_description_must_fit_the_one_named_actor(text: str, wrong: str) -> None:
    assert source_of(text, WORDS) != wrong


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the words fit: the one actor of that head the article names
        (
            "Air strikes killed 12 people in Raqqa a monitoring group said. The Syrian "
            "Observatory for Human Rights reported clashes.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Air strikes killed 12 people in Raqqa a rights group said. The Syrian Observatory "
            "for Human Rights reported clashes.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "Air strikes killed 12 people in Raqqa a jihadist group said. The Islamic State group "
            "later attacked the town.",
            "Islamic State",
        ),
        # a word that is no field nor side word leaves the loose reading as it was
        (
            "Air strikes killed 12 people in Raqqa a war monitor said. The Syrian Observatory for "
            "Human Rights reported clashes.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "A leading international rights group says mines killed 12 people in Manbij. Human "
            "Rights Watch says in a report that it collected the names of the dead.",
            "Human Rights Watch",
        ),
    ],
)
def test_indefinite_description_that_fits_near_misses(text: str, source: str) -> None:
    assert source_of(text, WORDS) == source


# -- "the regime's official television": the story's state's media ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Rebels shelled Aleppo on Monday. The regime's official television said 12 people died.",
        "Rebels shelled Aleppo on Monday. The regimes official TV said 12 people died.",
        "Rebels shelled Aleppo on Monday. The regime's state television said 12 people died.",
        "Rebels shelled Aleppo on Monday, killing 12 people, the regime's official television said.",
    ],
)
def test_regimes_official_television_is_the_state_media(text: str) -> None:
    assert source_of(text, WORDS) == "Syrian state media"


@pytest.mark.parametrize(
    "text",
    [
        # a body's own television is no state's
        "Rebels shelled Aleppo on Monday. The group's official television said 12 people died.",
        # a state named keeps its own outlet
        "Rebels shelled Aleppo on Monday. Lebanon's official media said 12 people died.",
    ],
)
def test_regimes_official_television_near_misses(text: str) -> None:
    assert source_of(text, WORDS) != "Syrian state media"


# -- 'the foreign minister' in a sentence that names a state ----------------------------------
ZARIF = "Iranian Foreign Minister Mohammad Javad Zarif said an inquiry was needed. "


@pytest.mark.parametrize(
    "text",
    [
        ZARIF + "Syria has denied the attack with the foreign minister stressing that 12 people "
        "died in an air strike on a depot.",
        ZARIF + "Syria denied the attack, and the foreign minister said that 12 people died in "
        "an air strike on a depot.",
        ZARIF + "Damascus rejected the charge and the Foreign Minister said 12 people died in an "
        "air strike on a depot.",
    ],
)
def test_the_minister_of_the_state_the_sentence_names(text: str) -> None:
    assert source_of(text, WORDS) == "Syrian Ministry of Foreign Affairs"


@pytest.mark.parametrize(
    "text",
    [
        # no state in the sentence: the minister who spoke
        ZARIF + "He met envoys in Tehran. The foreign minister said 12 people died in the raid.",
        # two states in the sentence: no telling which, the minister who spoke
        ZARIF + "Syria and Russia rejected it and the foreign minister said 12 people died in "
        "the raid.",
    ],
)
def test_the_minister_of_the_state_the_sentence_names_near_misses(text: str) -> None:
    assert source_of(text, WORDS) == "Mohammad Javad Zarif"


# -- 'according to earlier information provided by X' -----------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to earlier information provided by a source at Aleppo Police Command 12 "
            "people were killed in the attacks.",
            "Aleppo Police Command",
        ),
        (
            "At least 12 people were killed according to figures compiled by the Syrian "
            "Observatory for Human Rights.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "At least 12 people were killed according to information supplied by the Syrian "
            "Observatory for Human Rights.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_information_provided_by_is_its_provider(text: str, source: str) -> None:
    assert source_of(text, WORDS) == source


def test_information_provided_by_then_the_source() -> None:
    text = (
        "According to earlier information provided by a source at Aleppo Police Command 5 "
        "people were killed. SANA reporter quoted the source as saying that 12 people were hurt."
    )
    assert source_of(text, WORDS) == "Aleppo Police Command"


# -- a subheading between dashes after the full stop -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The fighting killed 12 people according to an Observatory toll. - Air raids kill "
        "thousands - Warplanes kept pounding rebel areas.",
        "The fighting killed 12 people according to the Syrian Observatory for Human Rights. "
        "- Truce collapses - The ceasefire ended on Monday.",
    ],
)
def test_subheading_after_the_stop_is_no_part_of_the_speaker(text: str) -> None:
    assert source_of(text, WORDS) == "Syrian Observatory for Human Rights"


def test_subheading_after_the_stop_near_miss() -> None:
    # a dash before a lowercase word is a broken hyphen, not a subheading
    text = "Air strikes killed 12 people in Raqqa according to the U.S. - led coalition."
    assert source_of(text, WORDS) != "United States"


# -- where the speaker stands: 'on the ground', 'at the scene' ---------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Air strikes killed 12 people in Idlib, a pro-opposition civil defense source on "
            "the ground said.",
            "Syria Civil Defence",
        ),
        (
            "Air strikes killed 12 people in Idlib, a civil defence worker at the scene said.",
            "Syria Civil Defence",
        ),
        (
            "Air strikes killed 12 people in Idlib, a UN official on the ground said.",
            "United Nations",
        ),
        (
            "Air strikes killed 12 people in Idlib, a Red Crescent official at the site told AFP.",
            "Syrian Arab Red Crescent",
        ),
    ],
)
def test_where_the_speaker_stands_is_not_whom_they_speak_for(text: str, source: str) -> None:
    assert source_of(text, WORDS) == source


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no body in the phrase: an unnamed source, not the rescuers named elsewhere
        (
            "Air strikes killed 12 people in Idlib, a source on the ground said. Civil defence "
            "teams dug through the rubble.",
            "Syria Civil Defence",
        ),
        # a body after 'at' is the body, not the scene
        ("Air strikes killed 12 people in Idlib, a source at the scene said.", "scene"),
    ],
)
def test_where_the_speaker_stands_near_misses(text: str, wrong: str) -> None:
    assert source_of(text, WORDS) != wrong


# -- 'it' in a sentence whose subject is a body: that body ------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "A military source said the army advanced. The United Nations on Tuesday called for "
            "a ceasefire in Aleppo where it said 12 people had died.",
            "United Nations",
        ),
        (
            "A military source said the army advanced. The Islamic State group launched an "
            "offensive on the town, where it said 12 people died.",
            "Islamic State",
        ),
        (
            "A military source said the army advanced. Hezbollah fighters attacked the town as "
            "it announced that 12 people had died.",
            "Hezbollah",
        ),
    ],
)
def test_it_is_the_body_its_own_sentence_is_about(text: str, source: str) -> None:
    assert source_of(text, WORDS) == source


@pytest.mark.parametrize(
    "text",
    [
        # no body as the sentence's subject: the speaker before
        "The Observatory said the army advanced. Rebels shelled the town and it said 12 people "
        "died.",
        # a person as the subject is no 'it'
        "The Observatory said the army advanced. Bashar al-Assad visited the town and it said "
        "12 people died.",
    ],
)
def test_it_is_the_body_its_own_sentence_is_about_near_misses(text: str) -> None:
    assert source_of(text, WORDS) == "Syrian Observatory for Human Rights"
