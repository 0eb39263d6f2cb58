"""Cues of unseen copy, round three: constructions read on FA-KES's even rows, each in several
wordings (with negatives). The sentences are written for the rule, not taken from an article."""

from __future__ import annotations

import pytest

from app.extract.types import ClaimKind
from tests.extract.conftest import attributed as _attributed
from tests.extract.conftest import run


@pytest.mark.parametrize(
    "sentence",
    [
        "The monitor says it determines whose planes carried out raids according to their type "
        "and flight patterns.",
        "The army advanced according to plan.",
        "Prisoners were exchanged according to the agreement reached in Astana.",
        "The strikes were unlawful according to international humanitarian law.",
    ],
)
def test_according_to_that_names_no_source_is_no_cue(sentence: str) -> None:
    for speaker, _ in _attributed(sentence):
        assert speaker is not None
        assert not any(w in speaker for w in ("type", "plan", "agreement", "law"))


def test_the_monitor_says_claim_survives_a_trailing_according_to_without_a_source() -> None:
    (claim,) = _attributed(
        "The Observatory relies on a network of sources and says it determines whose planes "
        "carry out raids according to type and flight patterns."
    )
    assert claim[0] == "The Observatory"
    assert claim[1].startswith("it determines whose planes")


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "At least four people were killed in the blast according to neighbors of the victims.",
            "neighbors of the victims",
            "At least four people were killed in the blast",
        ),
        (
            "Twelve people died according to the Observatory due to heavy shelling.",
            "the Observatory",
            "Twelve people died",
        ),
        (
            "Two soldiers died overnight according to a medical source who asked not to be named.",
            "a medical source",
            "Two soldiers died overnight",
        ),
    ],
)
def test_a_trailing_according_to_source_ends_where_its_clause_does(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Relentless bombardment According to the TV station cluster munitions were dropped on "
            "the town.",
            "the TV station",
            "cluster munitions were dropped on the town",
        ),
        (
            "Attack on Syria Attempt to Divert Attention - Moscow According to the governor the "
            "settlement was badly damaged.",
            "the governor",
            "the settlement was badly damaged",
        ),
        (
            "Another evacuation deal According to diplomats the inspectors are being assembled.",
            "diplomats",
            "the inspectors are being assembled",
        ),
    ],
)
def test_a_capital_according_restarts_a_glued_sentence(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Air strikes killed 14 civilians near the river the Syrian Observatory for Human "
            "Rights (SOHR) said on Friday.",
            "the Syrian Observatory for Human Rights (SOHR)",
            "Air strikes killed 14 civilians near the river",
        ),
        (
            "Rebels shelled the old city on Monday the Syrian Arab News Agency (SANA) reported.",
            "the Syrian Arab News Agency (SANA)",
            "Rebels shelled the old city on Monday",
        ),
        (
            "Bombs in tunnels killed 13 fighters in the northern city a group tracking the "
            "violence said.",
            "a group tracking the violence",
            "Bombs in tunnels killed 13 fighters in the northern city",
        ),
        (
            "Twelve people were killed in the town the group monitoring the war said.",
            "the group monitoring the war",
            "Twelve people were killed in the town",
        ),
        (
            "The advance was backed by fighters from Hezbollah an ally of Assad sources close to "
            "the group told Reuters.",
            "sources close to the group",
            "The advance was backed by fighters from Hezbollah an ally of Assad",
        ),
        (
            "Over 100 civilians have been killed near the city of Manbij a local source told "
            "Sputnik on Tuesday.",
            "a local source",
            "Over 100 civilians have been killed near the city of Manbij",
        ),
        (
            "The air raids killed around 20 people including a staff member the humanitarian "
            "organisation said Tuesday.",
            "the humanitarian organisation",
            "The air raids killed around 20 people including a staff member",
        ),
        (
            "The blast killed government soldiers near the station the Observatory added "
            "without giving details.",
            "the Observatory",
            "The blast killed government soldiers near the station",
        ),
        (
            "Two other sites to be visited are Ataybah and Homs where gas was used on December "
            "23 diplomats said.",
            "diplomats",
            "Two other sites to be visited are Ataybah and Homs where gas was used on December 23",
        ),
    ],
)
def test_speakers_closing_a_sentence_without_a_comma(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Regime planes fired rockets on several parts of Douma said Rami Abdel Rahman "
            "director of the Syrian Observatory for Human Rights a Britain-based monitor.",
            "Rami Abdel Rahman director of the Syrian Observatory for Human Rights",
            "Regime planes fired rockets on several parts of Douma",
        ),
        (
            "Extremists fighting for the Front were also killed said observatory head Rami Abdel "
            "Rahman who did not provide a precise number.",
            "observatory head Rami Abdel Rahman",
            "Extremists fighting for the Front were also killed",
        ),
        (
            "This attack is clearly aimed at hindering efforts to rebuild the country said the "
            "Coalition in a press release published on Wednesday.",
            "the Coalition",
            "This attack is clearly aimed at hindering efforts to rebuild the country",
        ),
        (
            "This operation was being planned since the fighting in the north said Security "
            "Officer Ammar Aref to ARA News.",
            "Security Officer Ammar Aref",
            "This operation was being planned since the fighting in the north",
        ),
    ],
)
def test_inverted_speakers_with_titles_and_tails(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Agreement on the plan was reached after the president asked Congress to approve air "
        "strikes over the attack.",
        "The minister reiterated the Islamic Republic's stance on the need for an inquiry.",
    ],
)
def test_a_verb_with_an_object_is_not_inverted(sentence: str) -> None:
    for speaker, _ in _attributed(sentence):
        assert speaker not in ("Congress", "the Islamic Republic's stance")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The Observatory relies on a network of sources and says the raid killed 12 people.",
            "The Observatory",
        ),
        (
            "The monitor keeps a tally of the dead and says the raid killed 12 people.",
            "The monitor",
        ),
    ],
)
def test_a_present_tense_first_verb_leaves_its_subject_to_the_second(
    sentence: str, speaker: str
) -> None:
    assert _attributed(sentence) == [(speaker, "the raid killed 12 people")]


def test_a_clause_in_the_first_person_is_no_speaker() -> None:
    assert _attributed("I am not optimistic about the prospects in Syria the president said.") == [
        ("the president", "I am not optimistic about the prospects in Syria")
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "A Defence Ministry spokesman did not say what agent was used but said the rebels "
            "had used the same weapons last year.",
            "A Defence Ministry spokesman",
            "the rebels had used the same weapons last year",
        ),
        (
            "The governor declined to give a toll but said the strike killed four people.",
            "The governor",
            "the strike killed four people",
        ),
        (
            "The coalition had no immediate comment but said it was looking into the reports.",
            "The coalition",
            "it was looking into the reports",
        ),
    ],
)
def test_but_said_after_a_first_predicate(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "There is every reason to believe we are on the right track Putin told an "
            "investment conference.",
            "Putin",
            "There is every reason to believe we are on the right track",
        ),
        (
            "The army is advancing on all fronts the minister told a news conference in Damascus.",
            "the minister",
            "The army is advancing on all fronts",
        ),
    ],
)
def test_told_a_gathering(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            '"Some cases show signs of exposure to nerve agents" WHO said in a statement '
            "putting the death toll at at least 70.",
            70,
        ),
        ('"The town was hit," the ministry said, putting the toll at 12.', 12),
    ],
)
def test_putting_the_toll_at_after_a_quotation_is_the_speakers_figure(
    sentence: str, value: int
) -> None:
    claims = [c for c in run(sentence, publisher="Reuters").claims if c.kind != "publisher"]
    assert len(claims) == 2
    assert [(f.metric, f.value) for f in claims[1].figures] == [("killed", value)]


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [
        (
            "The vote followed a gas attack the United States says killed more than 1400 people.",
            [("the United States", "killed more than 1400 people")],
        ),
        (
            "The convoy was hit by a strike the Observatory said was carried out by Russian jets.",
            [("the Observatory", "was carried out by Russian jets")],
        ),
        (
            "The raids come a day after the ministry said it would halt fire in an initiative "
            "the United Nations said is insufficient to meet the city's needs.",
            [
                ("the ministry", "it would halt fire in an initiative"),
                ("the United Nations", "is insufficient to meet the city's needs"),
            ],
        ),
    ],
)
def test_a_relative_clause_without_its_pronoun(
    sentence: str, claims: list[tuple[str, str]]
) -> None:
    assert _attributed(sentence) == claims


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The UN has called for urgent aid access and weekly pauses warning that civilians "
            "are at grave risk from water shortages.",
            "The UN",
            "civilians are at grave risk from water shortages",
        ),
        (
            "Rebels fired rockets at the base, saying it was used to shell their towns.",
            "Rebels",
            "it was used to shell their towns",
        ),
        (
            "Hezbollah identified one of those slain as Abu Obaida adding that the militant was "
            "killed in Serghaya.",
            "Hezbollah",
            "the militant was killed in Serghaya",
        ),
    ],
)
def test_a_participle_of_speech_after_a_clause_of_another_verb(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry issued a warning that more strikes would follow.",
        "It is worth noting that neither group blamed anyone for the blast.",
        "The attacks caused material damage to houses noting that the shells came from the east.",
        "The army shelled the town killing 12 people.",
    ],
)
def test_participles_that_report_no_speaker(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Commenting on what happened in the town UN special envoy Staffan de Mistura said the "
            "attack was a war crime.",
            "Staffan de Mistura",
            "the attack was a war crime",
        ),
        (
            "While the inquiry will focus on three sites Nesirky said the mission will seek "
            "clarification on the others.",
            "Nesirky",
            "the mission will seek clarification on the others",
        ),
        (
            "Reporting the bombing of the town on Sunday the Syrian Observatory for Human Rights "
            "further said the warplanes conducted a dozen airstrikes.",
            "the Syrian Observatory for Human Rights",
            "the warplanes conducted a dozen airstrikes",
        ),
    ],
)
def test_a_speaker_after_an_opener_whose_comma_was_lost(
    sentence: str, speaker: str, text: str
) -> None:
    (claim,) = _attributed(sentence)
    assert claim[0].endswith(speaker) and claim[1] == text


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "At least 68 children were among those killed in the attack the Observatory said "
            "updating a previous toll.",
            "At least 68 children were among those killed in the attack",
        ),
        (
            "On Monday 11 people were killed in shelling on the town the observatory said.",
            "On Monday 11 people were killed in shelling on the town",
        ),
    ],
)
def test_an_opener_does_not_take_the_content_of_a_trailing_speaker(
    sentence: str, text: str
) -> None:
    assert _attributed(sentence)[0][1] == text


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Over 1 000 civilians have been killed in the city, the monitor said.", 1000),
        ("More than 1 200 civilians were killed, the group said.", 1200),
        ("At least 2\u202f500 people were killed, the group said.", 2500),
    ],
)
def test_thousands_set_off_by_a_space(sentence: str, value: int) -> None:
    figures = [f for c in run(sentence, publisher="Reuters").claims for f in c.figures]
    assert [(f.metric, f.value) for f in figures] == [("killed", value)]


def test_numbers_in_a_row_are_not_thousands() -> None:
    sentence = "Rebels hold the 101 102 and 103 gas fields where 12 soldiers were killed."
    figures = [f for c in run(sentence, publisher="Reuters").claims for f in c.figures]
    assert [(f.metric, f.value) for f in figures] == [("killed", 12)]


def test_a_title_run_into_the_first_sentence_is_a_sentence_of_its_own() -> None:
    from datetime import date

    from app.extract import DocumentMeta, default_registry, extract_document

    title = "Russians and the Regime Use Banned Bombs to Attack Aleppo"
    text = (
        f"By Youssef Diab {title} The chairman of the Syrian Network for Human Rights told "
        "Asharq Al-Awsat that a helicopter dropped a barrel bomb on the neighbourhood."
    )
    meta = DocumentMeta(publisher="Asharq Al-Awsat", title=title, published_on=date(2016, 8, 1))
    claims = extract_document(text, meta, default_registry()).claims
    told = [c for c in claims if c.kind != ClaimKind.publisher]
    assert [c.text for c in told] == ["a helicopter dropped a barrel bomb on the neighbourhood"]
    assert told[0].speaker == "The chairman of the Syrian Network for Human Rights"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Rami Abdel Rahman the head of the London-based so-called Syrian Observatory for "
            "Human Rights (SOHR) said on Thursday that soldiers were executed overnight.",
            "soldiers were executed overnight",
        ),
        (
            "The Organisation for the Prohibition of Chemical Weapons (OPCW) said on Monday that "
            "its experts had reached the town.",
            "its experts had reached the town",
        ),
    ],
)
def test_a_names_acronym_in_brackets_adds_no_words_to_the_speaker(sentence: str, text: str) -> None:
    assert _attributed(sentence)[0][1] == text


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Initial tests point to possible exposure to sarin gas Turkeys health ministry said "
            "on Thursday.",
            "Turkeys health ministry",
            "Initial tests point to possible exposure to sarin gas",
        ),
        (
            "The convoy was hit near the border crossing Russias defence ministry said.",
            "Russias defence ministry",
            "The convoy was hit near the border crossing",
        ),
        (
            "The raids targeted a school and a residential area in the town rebels said.",
            "rebels",
            "The raids targeted a school and a residential area in the town",
        ),
        (
            "Asked about a report that a drone carried out the strike the spokesman for the "
            "coalition said the location was outside its area of operations.",
            "the spokesman for the coalition",
            "the location was outside its area of operations",
        ),
    ],
)
def test_lost_possessives_bare_plurals_and_asked_openers(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The bombardment struck the town of Jayrud where the army says Islamist rebels killed "
            "the pilot.",
            "the army",
            "Islamist rebels killed the pilot",
        ),
        (
            "Food shortages are worrying in east Aleppo where the UN says 250000 civilians still "
            "live.",
            "the UN",
            "250000 civilians still live",
        ),
    ],
)
def test_a_reporting_clause_after_where(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "IS has killed hundreds of people since it declared a caliphate in June.",
        "Last month it also declared an Islamic caliphate in territory it controls.",
        "The army declared a ceasefire on Monday.",
    ],
)
def test_declaring_a_thing_is_an_act_not_speech(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The deaths prompted outrage from the opposition Syrian National Coalition which "
            "described the incident as a heinous crime.",
            "Syrian National Coalition",
            "the incident as a heinous crime",
        ),
        (
            "The accounts were denied by Syrian state television which said they were spread "
            "deliberately.",
            "Syrian state television",
            "they were spread deliberately",
        ),
        (
            "The strike hit the hospital, which said it had lost power.",
            "the hospital",
            "it had lost power",
        ),
    ],
)
def test_which_with_a_verb_of_saying_after_a_body(sentence: str, speaker: str, text: str) -> None:
    found_speaker, found_text = _attributed(sentence)[-1]
    assert speaker.endswith(found_speaker or "") and found_text == text


@pytest.mark.parametrize(
    "sentence",
    [
        "The war has claimed the lives of more than 300,000 people.",
        "The attack claimed 12 lives in the town.",
        "The blast claimed dozens of lives.",
        "Shelling claims at least three lives a day in the old city.",
    ],
)
def test_claim_with_a_toll_as_its_object_is_no_speech(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "A double attack in Homs has claimed the lives of 18 civilians Lebanese TV channel "
            "Al-Mayadin reported.",
            "Lebanese TV channel Al-Mayadin",
            "A double attack in Homs has claimed the lives of 18 civilians",
        ),
        # 'Rebels claimed the army lost 20 men' stays speech: test_recall_round2.py
    ],
)
def test_a_toll_claimed_leaves_the_sentence_to_its_speaker(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]
