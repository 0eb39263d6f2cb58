"""Recall and figures, round eleven (issue 7): constructions of the genre read on FA-KES's even
rows, each in several wordings of our own, with near-misses that must not fire.

- A second speaker coordinated after a name by a possessive: 'said Foreign Minister Sergei
  Lavrov and his deputy', 'Ash Carter and his aides said': the claim is the first person's.
- An apposition after a body whose commas were lost: 'the Faylaq al-Sham faction part of the
  rebel alliance said', 'the Hamza Division member of the coalition said'; with its commas it is
  an aside ('the Sultan Murad brigade, part of the Free Syrian Army, said'); inside a clause of
  time ('The raids came as S part of X said C') it adds no length to the clause's speaker.
- A channel of publication after 'in a statement published on Twitter and': the participle of the
  statement is no clause's verb, so the channel is not the speaker ('IS in a statement published
  on Twitter and the messaging service Telegram said C').
- An unnamed plural of reports with a hyphenated modifier after a comma: 'C, pro-government media
  reports said' ('reports' heads a speaker phrase like 'report').
- Base forms of reporting verbs after a plural subject: 'Rebels underscore that C', 'Activists
  stress that C', 'Residents describe X as Y', 'Officials insist that C'.
- Figures: a named victim (bare role noun and name) or a victim named with 'the' and a relative
  after 'and his/her': 'killed civilian Ahmad Khaled and his son' (2); a quoted count followed by
  an aside: '"at least 128 people" nearly all civilians had been killed' (128).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import claims_with_sources as claims
from tests.extract.conftest import figure_values as figures

# -- a coordinated second speaker after a name -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The talks will resume next week, said Foreign Minister Sergei Lavrov and his deputy.",
            "Foreign Minister Sergei Lavrov",
            "The talks will resume next week",
        ),
        (
            "Foreign Minister Sergei Lavrov and his deputy said the talks will resume next week.",
            "Foreign Minister Sergei Lavrov",
            "the talks will resume next week",
        ),
        (
            "The strikes will go on, said US Defence Secretary Ash Carter and his top general.",
            "US Defence Secretary Ash Carter",
            "The strikes will go on",
        ),
        ("The strikes will go on, Ash Carter and his aides said.", "Ash Carter", "The strikes"),
        ("The strikes will go on, said the minister and his deputy.", "the minister", "strikes"),
        (
            "The town fell on Sunday, said the activist Omar Hassan and her brother.",
            "the activist Omar Hassan",
            "The town fell on Sunday",
        ),
    ],
)
def test_a_possessed_second_speaker_is_not_the_source(
    sentence: str, speaker: str, text: str
) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == speaker and text in found[0][1]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a name with 'and' inside, and two names without a possessive, stay whole
        (
            "The Ministry of Foreign Affairs and Expatriates said the strikes will go on.",
            "The Ministry of Foreign Affairs and Expatriates",
        ),
        ("The strikes will go on, said Carter and Dunford.", "Carter and Dunford"),
    ],
)
def test_a_second_speaker_near_misses(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in claims(sentence)] == [speaker]


# -- a body's apposition without its commas --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The rebels seized the hill, the Faylaq al-Sham faction part of the rebel alliance "
            "said.",
            "the Faylaq al-Sham faction",
            "The rebels seized the hill",
        ),
        (
            "The Jaish al-Islam group part of the Southern Front said its fighters took the hill.",
            "The Jaish al-Islam group",
            "its fighters took the hill",
        ),
        (
            "The Sultan Murad brigade part of the Free Syrian Army said 12 fighters were killed.",
            "The Sultan Murad brigade",
            "12 fighters were killed",
        ),
        (
            "The Hamza Division member of the Turkish-backed coalition said 12 fighters were "
            "killed.",
            "The Hamza Division",
            "12 fighters were killed",
        ),
        (
            "The raids came as the Faylaq Al Sham Islamist faction part of the rebel alliance "
            "said it had begun a new offensive to liberate the town.",
            "the Faylaq Al Sham Islamist faction",
            "it had begun a new offensive to liberate the town",
        ),
    ],
)
def test_a_bare_apposition_after_a_body(sentence: str, speaker: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == speaker and found[0][1] == text


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The rebels seized the hill, the Sultan Murad brigade, part of the Free Syrian Army, "
            "said.",
            "Sultan Murad brigade",
        ),
        (
            "The Sultan Murad brigade, a member of the Free Syrian Army, said 12 fighters were "
            "killed.",
            "Sultan Murad brigade",
        ),
    ],
)
def test_an_apposition_between_commas_after_a_body(sentence: str, source: str) -> None:
    found = claims(sentence)
    assert len(found) == 1 and found[0][2] == source


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # 'part of' in the content, and a speaker that is itself 'a part of'
        ("Most of the city is part of the rebel zone, the army said.", "the army"),
        ("A part of the rebel alliance said the talks failed.", "A part of the rebel alliance"),
    ],
)
def test_a_bare_apposition_near_misses(sentence: str, speaker: str) -> None:
    assert [s for s, _, _ in claims(sentence)] == [speaker]


# -- a channel of publication after 'in a statement published on' ------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "text"),
    [
        (
            "IS in a statement published on Twitter and the messaging service Telegram said a "
            "suicide bomber detonated an explosive belt among rebels.",
            "Islamic State",
            "a suicide bomber detonated an explosive belt among rebels",
        ),
        (
            "The Nusra Front in a statement posted online and the group's Telegram channel said "
            "its fighters shot down a jet.",
            "Jabhat al-Nusra",
            "its fighters shot down a jet",
        ),
    ],
)
def test_a_channel_of_publication_is_not_the_speaker(sentence: str, source: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][2] == source and found[0][1] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "The army shelled the town and the Observatory said 12 people were killed.",
        "The ministry issued a statement and the Observatory said 12 people were killed.",
    ],
)
def test_a_clause_before_and_still_yields_the_speaker_after(sentence: str) -> None:
    assert [s for s, _, _ in claims(sentence)] == ["the Observatory"]


# -- reports with a hyphenated modifier ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Twelve people were killed in Idlib, pro-government media reports said.",
            "pro-government media reports",
        ),
        ("Twelve people were killed in Idlib, pro-Kurdish reports say.", "pro-Kurdish reports"),
        ("Twelve people were killed in Idlib, media reports said.", "media reports"),
        (
            "Twelve people were killed and injured in mortar attacks in Eastern Aleppo, the "
            "Arabic-language media reports said.",
            "the Arabic-language media reports",
        ),
    ],
)
def test_reports_after_a_comma(sentence: str, speaker: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == speaker and found[0][1].startswith("Twelve people were killed")


# -- base forms of reporting verbs after a plural subject --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Rebels underscore that 20 civilians were killed in the raid.",
            "Rebels",
            "20 civilians were killed in the raid",
        ),
        (
            "Activists stress that 20 civilians were killed in the raid.",
            "Activists",
            "20 civilians were killed in the raid",
        ),
        (
            "Residents describe the raid as the worst in months.",
            "Residents",
            "the raid as the worst in months",
        ),
        ("Officials insist that no civilians were hit.", "Officials", "no civilians were hit"),
        (
            "Doctors emphasise that the dead included 12 children.",
            "Doctors",
            "the dead included 12 children",
        ),
        ("The monitors underline that the strike hit a school.", "The monitors", "the strike"),
        ("The ministry underscored that 20 civilians were killed.", "The ministry", "20 civilians"),
    ],
)
def test_base_forms_of_reporting_verbs(sentence: str, speaker: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == speaker and text in found[0][1]


@pytest.mark.parametrize(
    "sentence",
    [
        "The stress of the siege has worn on the residents.",
        "They live under the stress of constant shelling.",
        # a writer's comment after the speaker's cue is no further claim
        "Militants killed 12 soldiers, officials said, underscoring the insurgents' reach.",
    ],
)
def test_base_forms_near_misses(sentence: str) -> None:
    assert all(
        "underscoring" not in text and "stress" not in text for _, text, _ in claims(sentence)
    )
    assert len(claims(sentence)) <= 1


# -- figures ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed civilian Ahmad Khaled and his son.", [("killed", 2)]),
        ("The sniper killed journalist Anas Ali and his brother in Aleppo.", [("killed", 2)]),
        ("The strike killed the driver and his son.", [("killed", 2)]),
        ("Shelling wounded farmer Abu Omar al-Halabi and her daughter.", [("injured", 2)]),
    ],
)
def test_a_named_victim_and_a_relative(text: str, expected: list[tuple[str, int]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strike killed civilian Ahmad Khaled.", [("killed", 1)]),
        # the relative is the subject of a clause of its own
        ("The strike killed civilian Ahmad Khaled and his son was wounded.", None),
        ("An air strike killed a man and his son.", [("killed", 2)]),
    ],
)
def test_a_named_victim_near_misses(text: str, expected: list[tuple[str, int]] | None) -> None:
    found = figures(text)
    if expected is None:
        assert ("killed", 2) not in found
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('"at least 128 people" nearly all civilians had been killed in the raids.', 128),
        ('"at least 128 people", nearly all civilians, had been killed in the raids.', 128),
        ("at least 128 people, nearly all civilians, had been killed in the raids.", 128),
        ('He said "40 people" most of them women were killed.', 40),
        ("“35 people” almost all of them children died in the strike.", 35),
    ],
)
def test_a_quoted_count_and_its_aside(text: str, value: int) -> None:
    assert figures(text) == [("killed", value)]


def test_a_quoted_count_without_a_verb_is_no_figure() -> None:
    assert figures('The report spoke of "at least 128 people" nearly all of them in Aleppo.') == []


# -- 'according to' with its comma lost: a report's agent, hyphened modifiers -----------------


@pytest.mark.parametrize(
    ("sentence", "source", "text"),
    [
        (
            "According to figures released by the health ministry 40 people were killed in the "
            "strikes.",
            "health ministry",
            "40 people were killed in the strikes",
        ),
        (
            "According to a report published by Amnesty International the prison held 13,000 "
            "detainees.",
            "Amnesty International",
            "the prison held 13,000 detainees",
        ),
        (
            "According to figures compiled by the Syrian Coalition's media office Aleppo bore the "
            "brunt of the airstrikes.",
            "Syrian National Coalition",
            "Aleppo bore the brunt of the airstrikes",
        ),
        (
            "According to earlier information provided by a source at Aleppo Police Command 5 "
            "people were killed and 46 others were injured.",
            None,
            "5 people were killed and 46 others were injured",
        ),
        (
            "According to well-informed sources the competent authorities dismantled another "
            "explosive device.",
            None,
            "the competent authorities dismantled another explosive device",
        ),
        (
            "According to the Syrian Coalition media office 40 people were killed.",
            "Syrian National Coalition",
            "40 people were killed",
        ),
    ],
)
def test_according_to_a_reports_agent(sentence: str, source: str | None, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][1] == text
    assert source is None or found[0][2] == source


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("According to the Observatory heavy shelling hit the town.", "heavy shelling hit"),
        (
            "According to the Observatory government forces have taken the hill.",
            "government forces have taken the hill",
        ),
    ],
)
def test_according_to_near_misses(sentence: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == "the Observatory" and text in found[0][1]


# -- what a body releases 'purporting to show' -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "source", "text"),
    [
        (
            "The Islamic State group has released a new video purporting to show the killing of "
            "two Syrian activists in Raqqa.",
            "Islamic State",
            "the killing of two Syrian activists in Raqqa",
        ),
        (
            "The group posted a video purporting to show its fighters downing a helicopter near "
            "Aleppo.",
            "group",
            "its fighters downing a helicopter near Aleppo",
        ),
        (
            "Al-Nusra Front released footage purporting to show 12 captured soldiers.",
            "Jabhat al-Nusra",
            "12 captured soldiers",
        ),
        (
            "Activists posted photos purporting to show the bodies of 20 children.",
            "unnamed activists",
            "the bodies of 20 children",
        ),
    ],
)
def test_a_release_purporting_to_show(sentence: str, source: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][2] == source and found[0][1] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "A video purporting to show the attack circulated online.",
        "Footage purporting to show the strike was shared widely on social media.",
    ],
)
def test_a_release_purporting_to_show_near_misses(sentence: str) -> None:
    assert claims(sentence) == []


# -- who a victim or an attacker was: 'named/identified X as Y' ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The Observatory identified the dead commander as Abu Omar al-Shami.",
            "The Observatory",
            "the dead commander as Abu Omar al-Shami",
        ),
        (
            "The Observatory named the dead commander as Abu Omar al-Shami.",
            "The Observatory",
            "the dead commander as Abu Omar al-Shami",
        ),
        (
            "Activists named the victims as Ahmad Khaled and his son.",
            "Activists",
            "the victims as Ahmad Khaled and his son",
        ),
        (
            "The ministry names the dead pilot as Major Ali Hassan.",
            "The ministry",
            "the dead pilot as Major Ali Hassan",
        ),
        (
            "Police identified the two bombers as Tunisian nationals.",
            "Police",
            "the two bombers as Tunisian nationals",
        ),
    ],
)
def test_naming_a_victim_or_an_attacker(sentence: str, speaker: str, text: str) -> None:
    found = claims(sentence)
    assert len(found) == 1
    assert found[0][0] == speaker and found[0][1] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "A boy named Omar was killed in the strike.",
        "The army named a new commander for the region.",
        "Syria named Ali Hassan as its new envoy.",
        "The government named the general as its new envoy.",
        "The pilot was named as Major Ali Hassan.",
        "The ministry did not name the dead pilot as Major Ali Hassan.",
    ],
)
def test_naming_near_misses(sentence: str) -> None:
    assert claims(sentence) == []
