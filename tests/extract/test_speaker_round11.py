"""Who said it, round eleven (issue 7): Arabic names of armed bodies are bodies, never persons;
a quotation followed by a bare description and a name ('"Q" resident Omar Hassan told AFP').
Each construction in several wordings with negatives; the sentences are written for the rule,
not copied from an article."""

from __future__ import annotations

import pytest

from app.extract.speakers import arabic_body_name, guess_kind
from app.extract.types import ActorKind
from tests.extract.conftest import run, source_of


def _kind_of(text: str, name: str) -> str:
    """The kind of the actor called `name` in a snippet's extraction."""
    return next(str(a.kind) for a in run(text, publisher="Reuters").actors if a.name == name)


# -- Arabic names of armed bodies (data/speakers.yaml arabic_body_heads) ------------------------
@pytest.mark.parametrize(
    "name",
    [
        "Ansar al-Sharia",
        "Ansar Allah",
        "Jaish al-Islam",
        "Jaysh al-Fatah",
        "Liwa al-Quds",
        "Harakat Nour al-Din al-Zenki",
        "Jabhat Fatah al-Sham",
        "Kataib Hezbollah",
        "Kata'ib Sayyid al-Shuhada",
        "Saraya al-Salam",
        "Hay'at Tahrir al-Sham",
        "Firqat al-Hamza",
        "Tajamu Fastaqim",
        "Faylaq al-Rahman",
        "Lashkar-e-Taiba",
    ],
)
def test_arabic_body_names_are_armed_groups(name: str) -> None:
    assert arabic_body_name(name)
    assert guess_kind(name) == ActorKind.armed_group


@pytest.mark.parametrize(
    "name",
    [
        "Ansar Abbasi",  # Ansar is also a given name
        "Hayat Khan",  # so is Hayat
        "Mohammed Ansari",
        "Omar Hassan",
        "Jaish",  # one word alone is no name
        "the army",
    ],
)
def test_not_arabic_body_names(name: str) -> None:
    assert not arabic_body_name(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liwa al-Quds said five of its fighters were killed in Aleppo.", "Liwa al-Quds"),
        (
            "Fighters from Ansar al-Sharia attacked the base. Ansar al-Sharia said 12 soldiers "
            "were killed.",
            "Ansar al-Sharia",
        ),
        ("Firqat al-Hamza said it repelled an attack near Afrin.", "Firqat al-Hamza"),
        ("Faylaq al-Rahman said three of its men died in the shelling.", "Faylaq al-Rahman"),
    ],
)
def test_arabic_body_speaker_is_a_body(text: str, name: str) -> None:
    assert _kind_of(text, name) == str(ActorKind.armed_group)


def test_person_with_arabic_head_given_name_stays_a_person() -> None:
    text = "Ansar Abbasi, a resident of the town, said 12 people were killed."
    assert _kind_of(text, "Ansar Abbasi") == str(ActorKind.person)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # 'it' refers to the body, 'he' does not
        (
            "Liwa al-Quds said five of its fighters were killed. Ahmad Saleh, a resident, said "
            "the road was closed. It said the attack came from the east.",
            "the attack came from the east",
            "Liwa al-Quds",
        ),
        (
            "Jaish al-Islam said it shelled the airport. Omar Hassan, a doctor, said 9 people "
            "were wounded. He said the clinic was full.",
            "the clinic was full",
            "Omar Hassan",
        ),
        (
            "Omar Hassan, a doctor, said 9 people were wounded. Firqat al-Hamza said its "
            "fighters held the village. He said the clinic was full.",
            "the clinic was full",
            "Omar Hassan",
        ),
    ],
)
def test_pronouns_after_arabic_body_names(text: str, words: str, source: str) -> None:
    assert source_of(text, words) == source


# -- '"Q" resident Omar Hassan told AFP': a bare description and a name after a quotation -------
_LEAD = "A Syrian army source said 10 militants were killed. "


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            '"The bombing did not stop all night" activist Ahmad Khaled told AFP.',
            "bombing",
            "Ahmad Khaled",
        ),
        ('"We buried 20 people today" resident Omar Hassan told Reuters.', "buried", "Omar Hassan"),
        (
            '"The hospital was hit twice" local activist Ahmad Khaled said.',
            "hospital",
            "Ahmad Khaled",
        ),
        (
            '"The hospital was hit twice" doctor Ahmad Khaled told AFP by phone.',
            "hospital",
            "Ahmad Khaled",
        ),
        (
            '"They came at night" witness Abu Ali al-Halabi told AFP.',
            "came at night",
            "Abu Ali al-Halabi",
        ),
        ('"The shells kept falling" nurse Amina Yusuf said.', "shells", "Amina Yusuf"),
    ],
)
def test_quote_then_bare_title_and_name(text: str, words: str, source: str) -> None:
    extraction = run(_LEAD + text, publisher="Reuters")
    claim = next(c for c in extraction.claims if words in c.text)
    assert claim.text.strip('"').endswith(claim.text.strip('"').split()[-1])
    assert '"' not in claim.text and not claim.text.rstrip().endswith(("activist", "resident"))
    assert next(a.name for a in extraction.actors if a.id == claim.source_id) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"We buried 20 people today" resident Omar Hassan told Reuters. He said more were missing.',
            "Omar Hassan",
        ),
        (
            '"The bombing did not stop" activist Ahmad Khaled told AFP. He said 14 people were killed.',
            "Ahmad Khaled",
        ),
        (
            '"They came at night" witness Abu Ali al-Halabi told AFP. He said 14 people were killed.',
            "Abu Ali al-Halabi",
        ),
    ],
)
def test_he_after_quote_then_bare_title_and_name(text: str, source: str) -> None:
    words = "more were missing" if "missing" in text else "14 people were killed"
    assert source_of(_LEAD + text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a bare description without a name: the description, no name made of it
        ('"The hospital was hit twice" local activists said.', "hospital", "unnamed activists"),
        # a lowercase word that describes no person is no part of the speaker
        ('"The hospital was hit twice" yesterday Ahmad Khaled said.', "hospital", "Ahmad Khaled"),
        # words of the claim run into a name are not a description of the speaker
        (
            "Government forces shelled the homes of civilians Omar Hassan said.",
            "shelled",
            "Omar Hassan",
        ),
    ],
)
def test_bare_title_needs_a_title_and_a_name(text: str, words: str, source: str) -> None:
    assert source_of(_LEAD + text, words) == source


# -- 'a spokesman for the group': the body of the events, not the monitor that spoke ----------
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Jaish al-Islam fighters attacked army positions in Douma on Monday. The Syrian "
            "Observatory for Human Rights said 14 soldiers were killed. A spokesman for the "
            "group said the attack would continue.",
            "the attack would continue",
            "Jaish al-Islam",
        ),
        (
            "Ahrar al-Sham shelled the village overnight, the Syrian Observatory for Human "
            "Rights said. A spokesman for the group said 20 soldiers died.",
            "20 soldiers died",
            "Ahrar al-Sham",
        ),
        (
            "The Syrian Observatory for Human Rights said Jaish al-Islam had taken the hill. "
            "A spokeswoman for the rebel group said 6 fighters were wounded.",
            "6 fighters were wounded",
            "Jaish al-Islam",
        ),
    ],
)
def test_spokesman_for_the_group_is_the_body_of_the_events(
    text: str, words: str, source: str
) -> None:
    assert source_of(text, words) == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # no other body in the paragraph: the monitor that spoke
        (
            "The Syrian Observatory for Human Rights said 14 soldiers were killed. A spokesman "
            "for the group said the toll would rise.",
            "the toll would rise",
            "Syrian Observatory for Human Rights",
        ),
        # the armed group was named in the paragraph before: too far
        (
            "Jaish al-Islam fighters attacked army positions in Douma on Monday.\n\n"
            "The Syrian Observatory for Human Rights said 14 soldiers were killed. A spokesman "
            "for the group said the toll would rise.",
            "the toll would rise",
            "Syrian Observatory for Human Rights",
        ),
        # a description that fits only the monitor ('the monitor') stays with it
        (
            "Jaish al-Islam fighters attacked army positions in Douma. The Syrian Observatory "
            "for Human Rights said 14 soldiers were killed. A spokesman for the monitor said "
            "the toll would rise.",
            "the toll would rise",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_spokesman_for_the_group_negatives(text: str, words: str, source: str) -> None:
    assert source_of(text, words) == source


# -- 'the army' of a story: a foreign army named far before is no antecedent -----------------
_SYRIA = (
    "Syrian government forces shelled rebel-held areas of Idlib on Monday, the Syrian "
    "Observatory for Human Rights said, killing 12 civilians in the town of Saraqeb.\n\n"
)
_BETWEEN = "Rebels said they had repelled an attack near Hama.\n\nResidents fled to the Turkish border.\n\n"


@pytest.mark.parametrize(
    ("foreign", "army"),
    [
        (
            "A Russian army spokesman said its jets had not flown over the area.\n\n",
            "The army said",
        ),
        (
            "A Russian army spokesman said its jets had not flown over the area.\n\n",
            "The army announced",
        ),
        ("The Turkish army said it had shelled Kurdish positions near Afrin.\n\n", "The army said"),
    ],
)
def test_the_army_far_from_a_foreign_army_is_the_storys(foreign: str, army: str) -> None:
    text = _SYRIA + foreign + _BETWEEN + f"{army} it had killed 30 terrorists near Hama."
    assert source_of(text, "30 terrorists") == "Syrian Arab Army"


@pytest.mark.parametrize(
    "text",
    [
        # the same paragraph: the army just named
        _SYRIA + "A Russian army spokesman said its jets had not flown over the area. The army "
        "said it had killed 30 terrorists.",
        # the paragraph before
        _SYRIA + "A Russian army spokesman said its jets had not flown over the area.\n\n"
        "The army said it had killed 30 terrorists.",
    ],
)
def test_the_army_next_to_a_foreign_army_is_that_army(text: str) -> None:
    assert source_of(text, "30 terrorists") == "Russian Ministry of Defence"


def test_a_marked_description_far_away_still_finds_its_army() -> None:
    # 'the Russian army' is marked itself: the Russian army, however far
    text = (
        _SYRIA
        + "A Russian army spokesman said its jets had not flown over the area.\n\n"
        + _BETWEEN
        + "The Russian army said it had killed 30 terrorists near Hama."
    )
    assert source_of(text, "30 terrorists") == "Russian Ministry of Defence"
