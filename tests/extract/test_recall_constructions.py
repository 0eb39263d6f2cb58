"""Cues of copy whose commas were lost (FA-KES and scraped pages), sentence by sentence: each
construction in several wordings. These sentences are written for the rule, not taken from an
article; the rule is general, the tests show its reach."""

from __future__ import annotations

import pytest

from app.extract.segment import segment
from app.extract.types import ClaimKind
from tests.extract.conftest import claim_with, run


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "According to the Syrian Observatory heavy bombardment has battered the province.",
            "the Syrian Observatory",
            "heavy bombardment has battered the province",
        ),
        (
            "According to the group they were among 7000 people killed this year.",
            "the group",
            "they were among 7000 people killed this year",
        ),
        (
            "According to Anadolu Agency the blast targeted a refugee camp.",
            "Anadolu Agency",
            "the blast targeted a refugee camp",
        ),
        (
            "According to a military source in the Aleppo Governorate the army killed 50 militants.",
            "a military source in the Aleppo Governorate",
            "the army killed 50 militants",
        ),
        (
            "According to the Syrian Observatory for Human Rights [SOHR] the deaths occurred overnight.",
            "the Syrian Observatory for Human Rights [SOHR]",
            "the deaths occurred overnight",
        ),
        (
            "According to independent monitors hundreds of civilians have been killed.",
            "independent monitors",
            "hundreds of civilians have been killed",
        ),
        (
            "According to a General Staff statement artillery fire destroyed one tank.",
            "a General Staff statement",
            "artillery fire destroyed one tank",
        ),
        (
            "According to UN figures more than 300 people died in May.",
            "UN figures",
            "more than 300 people died in May",
        ),
        ("According to him the army lost 20 men there.", "him", "the army lost 20 men there"),
    ],
)
def test_according_to_without_its_comma(sentence: str, speaker: str, text: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text, claim.cue) == (speaker, text, "according to")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Observatory.",
        "According to plan the convoy left on Monday.",
    ],
)
def test_according_to_without_a_source_phrase_is_no_claim(sentence: str) -> None:
    assert all(c.kind == ClaimKind.publisher for c in run(sentence, publisher="Reuters").claims)


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        ("A bomber killed five policemen in Qamishli on Saturday police said.", "police", "five"),
        (
            "An airstrike killed 10 people and wounded several others activists said.",
            "activists",
            "10",
        ),
        (
            "Fighting could be heard from the border town of Kilis witnesses said.",
            "witnesses",
            "Kilis",
        ),
        ("Two shells hit the market on Monday residents told AFP.", "residents", "Two shells"),
        ("The convoy was hit twice near the crossing officials said.", "officials", "convoy"),
    ],
)
def test_a_bare_plural_speaker_closing_the_sentence(
    sentence: str, speaker: str, words: str
) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), words)
    assert claim.kind != ClaimKind.publisher and claim.speaker == speaker
    assert not claim.text.endswith(speaker)


@pytest.mark.parametrize(
    "sentence",
    [
        "The shelling killed 12 civilians and rebels said nothing.",
        "The army handed over the bodies of residents.",
        "The strike hit a building used by police.",
    ],
)
def test_a_plural_noun_inside_the_claim_is_no_speaker(sentence: str) -> None:
    claims = run(sentence, publisher="Reuters").claims
    assert all(c.speaker not in ("rebels", "residents", "police") for c in claims)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The attack killed a nurse and two soldiers said Observatory director Abdel Rahman.",
            "Observatory director Abdel Rahman",
            "The attack killed a nurse and two soldiers",
        ),
        (
            "Rebel fire killed 12 people in the old city said SOHR head Rami Abdel Rahman.",
            "SOHR head Rami Abdel Rahman",
            "Rebel fire killed 12 people in the old city",
        ),
        (
            "Shelling killed four people in the old city said Governor Talal Barazi.",
            "Governor Talal Barazi",
            "Shelling killed four people in the old city",
        ),
    ],
)
def test_inverted_speaker_with_a_title_after_a_lost_comma(
    sentence: str, speaker: str, text: str
) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "Rebel fire on the city killed 1102 people said the Observatory adding that 234 were children.",
            "Rebel fire on the city killed 1102 people",
            "234 were children",
        ),
        (
            "The raids on the town killed nine people said the Syrian Observatory noting that four were women.",
            "The raids on the town killed nine people",
            "four were women",
        ),
    ],
)
def test_inverted_speaker_then_adding_that(sentence: str, first: str, second: str) -> None:
    extraction = run(sentence, publisher="Reuters")
    one, two = claim_with(extraction, first), claim_with(extraction, second)
    assert (one.text, two.text) == (first, second)
    assert one.source_id == two.source_id == "sohr"


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        (
            "The attack came as the Syrian Observatory reported that troops had executed 48 people.",
            "troops had executed 48 people",
            "sohr",
        ),
        (
            "The strikes came as the army said it had killed 20 fighters.",
            "it had killed 20 fighters",
            "army",
        ),
    ],
)
def test_a_reporting_clause_after_as(sentence: str, words: str, source: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), words)
    assert (claim.text, claim.source_id) == (words, source)


@pytest.mark.parametrize(
    "sentence",
    ["He was known as the man who said no to the plan.", "Groups such as the Red Cross said so."],
)
def test_as_after_known_or_such_opens_no_clause(sentence: str) -> None:
    assert all(c.rule != "embedded-speaker" for c in run(sentence, publisher="Reuters").claims)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The missiles also wounded 25 others Ibrahim Abu Leys told Anadolu Agency.",
            "Ibrahim Abu Leys",
            "The missiles also wounded 25 others",
        ),
        (
            "Nine civilians were killed in the raid Human Rights Watch said.",
            "Human Rights Watch",
            "Nine civilians were killed in the raid",
        ),
        (
            "The raids forced hospitals in the province to close the charity Doctors Without "
            "Borders (MSF) said on Friday.",
            "Doctors Without Borders (MSF)",
            "The raids forced hospitals in the province to close the charity",
        ),
        (
            "The operations destroyed two vehicles in the area Sana reported.",
            "Sana",
            "The operations destroyed two vehicles in the area",
        ),
    ],
)
def test_a_bare_name_closing_the_sentence(sentence: str, speaker: str, text: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting went on in the town of Binnish Abdel Rahman said.",
        "Five shells fell on Aleppo Rami Abdel Rahman said.",
    ],
)
def test_a_name_after_a_preposition_is_not_read_as_a_bare_speaker(sentence: str) -> None:
    # Since recall round 10 'the town of Binnish Abdel Rahman' is read as a place run into a
    # speaker (the phrase keeps 'of Binnish', as 'in Al-Atareb Fahd' keeps its place, and
    # resolving it cuts the place): no source may be named after the place.
    extraction = run(sentence, publisher="Reuters")
    names = {a.id: a.name for a in extraction.actors}
    sources = [names[c.source_id] for c in extraction.claims if c.speaker is not None]
    assert all("Binnish" not in s and "Aleppo" not in s for s in sources)
    assert all(c.speaker is None or "Aleppo" not in c.speaker for c in extraction.claims)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Fifteen people died in an explosion near central Damascus as Sputnik's correspondent said.",
            "Sputnik's correspondent",
            "Fifteen people died in an explosion near central Damascus",
        ),
        (
            "Five rockets hit the town on Monday as the army said.",
            "the army",
            "Five rockets hit the town on Monday",
        ),
        (
            "The toll is far higher than first reported, as the monitor said.",
            "the monitor",
            "The toll is far higher than first reported",
        ),
    ],
)
def test_a_claim_then_as_s_said(sentence: str, speaker: str, text: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Earlier at the crossing where the buses waited one resident said he had nowhere to go.",
            "one resident",
        ),
        ("On Monday at the hospital four doctors said the wards were full.", "four doctors"),
    ],
)
def test_a_counted_speaker_after_a_scene_without_a_comma(sentence: str, speaker: str) -> None:
    (claim,) = [c for c in run(sentence, publisher="Reuters").claims if c.kind != "publisher"]
    assert claim.speaker == speaker


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kurdish SDF Kills 23 Militants Get short URL Topic Battle Against Daesh in Syria "
            "(180) 0 54 The SDF killed 23 militants the Observatory said.",
            "The SDF killed 23 militants the Observatory said.",
        ),
        (
            "Syria attack Get short URL 0 13 Coalition strikes killed 10 civilians.",
            "Coalition strikes killed 10 civilians.",
        ),
        (
            "Journalists Injured in Tabqa Operation MOSCOW (Sputnik) The outlet reported five deaths.",
            "The outlet reported five deaths.",
        ),
        (
            "Raqqa Offensive Goes On BEIRUT (AFP) - Jets struck the city on Monday.",
            "Jets struck the city on Monday.",
        ),
    ],
)
def test_scraped_page_debris_before_the_body_is_its_own_sentence(text: str, body: str) -> None:
    assert text[segment(text)[-1].start : segment(text)[-1].end] == body


@pytest.mark.parametrize(
    "text",
    [
        "The BBC (British Broadcasting Corporation) said five people died.",
        "Officials at the UN (United Nations) said the convoy left.",
    ],
)
def test_a_bracketed_name_inside_a_sentence_cuts_nothing(text: str) -> None:
    assert len(segment(text)) == 1


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The news website El-Dorar that is close to the opposition said that the attack was "
            "not an isolated case.",
            "The news website El-Dorar",
            "the attack was not an isolated case",
        ),
        (
            "Activist Omar Abu Laila who lives in Europe but is from the province said 10 people "
            "were killed.",
            "Activist Omar Abu Laila",
            "10 people were killed",
        ),
        (
            "The civil defence also known as the White Helmets - a rescue service that works in "
            "rebel areas - said jets struck one of its centres.",
            "The civil defence also known as the White Helmets",
            "jets struck one of its centres",
        ),
    ],
)
def test_a_speaker_with_a_relative_clause_or_dashed_aside(
    sentence: str, speaker: str, text: str
) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert claim.text == text and claim.speaker is not None
    assert claim.speaker.startswith(speaker)  # a short relative clause may stay in the phrase


def test_a_verb_coordinated_inside_the_relative_clause_is_not_the_cue() -> None:
    claims = run(
        "Activist Omar who lives in Europe and maintains contacts there said 10 people died.",
        publisher="Reuters",
    ).claims
    assert all(c.cue != "maintains" for c in claims)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Jets bombed a clinic in the town killing 15 of its staff activists in the town reported.",
            "activists in the town",
        ),
        (
            "Two shells hit the market on Monday sources on the ground said.",
            "sources on the ground",
        ),
        ("Shelling hit the hospital in Douma residents in Douma said.", "residents in Douma"),
    ],
)
def test_a_bare_plural_speaker_with_its_place(sentence: str, speaker: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert claim.speaker == speaker and claim.kind != ClaimKind.publisher


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The monitoring group was unable to confirm the nature of the gas and said it was "
            "unclear who flew the planes.",
            "The monitoring group",
            "it was unclear who flew the planes",
        ),
        (
            "The ministry had no figures for the dead and said the search went on.",
            "The ministry",
            "the search went on",
        ),
    ],
)
def test_and_said_after_a_first_verb_that_is_no_cue(sentence: str, speaker: str, text: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), text)
    assert (claim.speaker, claim.text) == (speaker, text)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "According to the UN Syria is one of the most dangerous wars for aid workers.",
            "the UN",
            "Syria is one of the most dangerous wars for aid workers",
        ),
        (
            "According to a report by the Syrian Center for Policy Research the war has claimed "
            "over 470000 lives.",
            "a report by the Syrian Center for Policy Research",
            "the war has claimed over 470000 lives",
        ),
    ],
)
def test_where_the_source_of_according_to_ends(sentence: str, speaker: str, text: str) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)


def test_according_to_a_source_with_a_participle_is_left_alone() -> None:
    # 'information provided by a source at X': where the source ends is not known
    (claim,) = run(
        "According to information provided by a source at the police command five people died.",
        publisher="Reuters",
    ).claims
    assert claim.speaker != "information"


def test_a_subordinate_clause_inside_the_long_subject_owns_the_cue() -> None:
    claims = run(
        "A checkpoint that belonged to the army is seen after a coalition of rebel groups said "
        "they took it.",
        publisher="Reuters",
    ).claims
    assert all(c.speaker != "A checkpoint" for c in claims)


def test_a_captions_date_and_credit_end_the_caption() -> None:
    text = "Smoke rises over the town on June 6 2015 (Reuters) Two people were killed on Monday."
    assert text[segment(text)[-1].start : segment(text)[-1].end] == (
        "Two people were killed on Monday."
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "According to Al-Manar Syrian forces have been carrying out an offensive.",
            "Al-Manar",
            "Syrian forces have been carrying out an offensive",
        ),
        (
            "According to the Observatory government forces have killed 20 people.",
            "the Observatory",
            "government forces have killed 20 people",
        ),
    ],
)
def test_the_subject_after_the_source_of_according_to(
    sentence: str, speaker: str, text: str
) -> None:
    (claim,) = run(sentence, publisher="Reuters").claims
    assert (claim.speaker, claim.text) == (speaker, text)
