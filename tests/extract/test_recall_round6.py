"""Cues of unseen copy, round six: trailing speakers whose commas were lost (pairs and lists of
speakers, a perfect 'has said', a place after the speaker, an outlet's photographer or
correspondent), 'told a forum', appeals with 'called upon' and 'pointing out that', read on
FA-KES's even rows, each construction in several wordings (with negatives). The sentences are
written for the rule."""

from __future__ import annotations

import pytest

from app.extract.types import ClaimKind
from tests.extract.conftest import attributed as _attributed
from tests.extract.conftest import run


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Twelve people were killed in the raid on the market the Observatory and medics said.",
            "the Observatory",
            "Twelve people were killed in the raid on the market",
        ),
        (
            "Many of the wounded were struggling to breathe the monitor and doctors at the scene "
            "said.",
            # the whole coordinated phrase is the speaker, its first member the source (speaker
            # round seven: 'sources in the city and the Observatory')
            "the monitor and doctors at the scene",
            "Many of the wounded were struggling to breathe",
        ),
        (
            "A child was killed by sniper fire in the divided city local activists and monitoring "
            "groups said.",
            "local activists",
            "A child was killed by sniper fire in the divided city",
        ),
        (
            "Barrel bombs hit two hospitals in the east of the city killing at least 20 people a "
            "war monitor medics and rescue workers said.",
            "a war monitor",
            "Barrel bombs hit two hospitals in the east of the city killing at least 20 people",
        ),
        (
            "The convoy was struck twice near the border crossing residents and rescuers at the "
            "scene said.",
            "residents",
            "The convoy was struck twice near the border crossing",
        ),
    ],
)
def test_the_first_of_two_commaless_speakers_leads(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Airstrikes killed 25 children on Saturday in a town in eastern Syria the United "
            "Nations childrens agency (UNICEF) has said.",
            "the United Nations childrens agency (UNICEF)",
            "Airstrikes killed 25 children on Saturday in a town in eastern Syria",
        ),
        (
            "Shelling on the besieged city has killed three children from the same family local "
            "sources have said.",
            "local sources",
            "Shelling on the besieged city has killed three children from the same family",
        ),
        (
            "Government troops had pushed into the northern districts by nightfall the army had "
            "said.",
            "the army",
            "Government troops had pushed into the northern districts by nightfall",
        ),
        (
            "Hundreds of families fled the villages during the offensive local residents have "
            "reported.",
            "local residents",
            "Hundreds of families fled the villages during the offensive",
        ),
    ],
)
def test_a_perfect_auxiliary_belongs_to_the_commaless_cue(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The raid killed two fighters and three civilians the monitor said.",
            "the monitor",
            "The raid killed two fighters and three civilians",
        ),
        (
            "Rebels say the group cooperates with Damascus an accusation the YPG has denied.",
            "Rebels",
            "the group cooperates with Damascus an accusation the YPG has denied",
        ),
    ],
)
def test_pairs_and_speech_nouns_leave_the_content_alone(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The town was shelled for hours by the army and rebels said.",
        "The camp was hit twice by the coalition and medics said.",
    ],
)
def test_the_agent_of_a_passive_is_no_speaker(sentence: str) -> None:
    assert all(speaker not in ("the army", "the coalition") for speaker, _ in _attributed(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Women and children were among the dead and wounded.",
        "The convoy called upon the village at night.",
    ],
)
def test_no_claim_without_a_speaker(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The Syrian Coalition called upon the UN Security Council to shoulder its "
            "responsibilities towards the civilians of Aleppo.",
            "The Syrian Coalition",
            "the UN Security Council to shoulder its responsibilities towards the civilians of "
            "Aleppo",
        ),
        (
            "The ministry calls upon the international community to stop the bombing of hospitals.",
            "The ministry",
            "the international community to stop the bombing of hospitals",
        ),
    ],
)
def test_called_upon_to_act_is_an_appeal(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Jundi appealed to the United Nations to press Russia pointing out that its claims "
            "about a halt to the bombing are sheer deception.",
            "Jundi",
            "its claims about a halt to the bombing are sheer deception",
        ),
        (
            "The ministry condemned the attack, pointing out that most of the victims were "
            "children.",
            "The ministry",
            "most of the victims were children",
        ),
    ],
)
def test_pointing_out_that_opens_a_claim(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "He stood in the street, pointing out the craters left by the shells.",
        "Rescue workers were pointing out the ruins of the school to visitors.",
        "The guide walked through the ruins, pointing out where the shells had landed.",
    ],
)
def test_pointing_out_a_thing_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


def _sources(sentence: str, publisher: str = "Al-Araby Al-Jadeed") -> list[tuple[str | None, str]]:
    """(speaker, source id) of each attributed claim."""
    return [
        (c.speaker, c.source_id)
        for c in run(sentence, publisher=publisher).claims
        if c.kind != ClaimKind.publisher
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Wounded children sat on the floor of a makeshift clinic an AFP photographer in Douma "
            "reported.",
            "an AFP photographer in Douma",
        ),
        (
            "Two women scrambled for safety past the shutters of the shops the AFP photographer "
            "said.",
            "the AFP photographer",
        ),
        (
            "The raids hit three residential buildings shortly after midnight AFPs correspondent "
            "in the town said.",
            "AFPs correspondent in the town",
        ),
    ],
)
def test_an_outlets_staff_after_the_content_speak_for_the_outlet(
    sentence: str, speaker: str
) -> None:
    assert _sources(sentence) == [(speaker, "afp")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Those raids hit the market shortly after dawn a monitor in the town said.",
            "a monitor in the town",
            "Those raids hit the market shortly after dawn",
        ),
        (
            "The strike killed a local photographer the army said.",
            "the army",
            "The strike killed a local photographer",
        ),
    ],
)
def test_a_place_after_a_commaless_speaker(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "No party should decline this opportunity the U.N. chief told a diplomatic forum in "
            "Seoul.",
            "the U.N. chief",
            "No party should decline this opportunity",
        ),
        (
            "Nobody will stop us now the president told a rally in Istanbul on Sunday.",
            "the president",
            "Nobody will stop us now",
        ),
        (
            "The talks had failed the minister told a gathering in Doha.",
            "the minister",
            "The talks had failed",
        ),
    ],
)
def test_told_a_forum_or_rally_is_a_cues_tail(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Shelling on the old city killed four civilians the Britain-based Syrian Observatory "
            "for Human Rights monitor said.",
            "the Britain-based Syrian Observatory for Human Rights monitor",
            "Shelling on the old city killed four civilians",
        ),
        (
            "Ten soldiers were killed in overnight raids the Syrian Observatory for Human Rights "
            "monitoring group said on Monday.",
            "the Syrian Observatory for Human Rights monitoring group",
            "Ten soldiers were killed in overnight raids",
        ),
        (
            "The abductees were taken from 15 villages the London Based Syrian Observatory for "
            "Human Rights said on Friday.",
            "the London Based Syrian Observatory for Human Rights",
            "The abductees were taken from 15 villages",
        ),
    ],
)
def test_a_long_name_with_what_it_is_after_the_content(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_a_long_name_after_a_preposition_is_no_speaker() -> None:
    sentence = (
        "The figures were published in the Syrian Observatory for Human Rights monthly report."
    )
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Air strikes on a market killed 24 people a monitor said a day after the truce was "
            "agreed.",
            "a monitor",
            "Air strikes on a market killed 24 people",
        ),
        (
            "Three children were killed in the shelling of the camp on Friday a monitoring group "
            "said part of a major escalation of the fighting.",
            "a monitoring group",
            "Three children were killed in the shelling of the camp on Friday",
        ),
        (
            "Regime jets struck the town again the Observatory said with barrel bombs causing "
            "heavy damage.",
            "the Observatory",
            "Regime jets struck the town again",
        ),
        (
            "Government forces took three villages state media said amid a wider offensive in "
            "the south.",
            "state media",
            "Government forces took three villages",
        ),
    ],
)
def test_an_aside_after_a_commaless_trailing_cue(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_an_aside_with_a_speaker_of_its_own_is_no_aside() -> None:
    sentence = (
        "A double bomb attack hit the police station state media said with a monitor saying at "
        "least 17 people were killed."
    )
    assert ("a monitor", "at least 17 people were killed") in _attributed(sentence)


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The rough terrain has let the rebels resist heavy shelling defense analysts say.",
            "defense analysts",
            "The rough terrain has let the rebels resist heavy shelling",
        ),
        (
            "The agent used in the attack was most likely sarin experts said.",
            "experts",
            "The agent used in the attack was most likely sarin",
        ),
    ],
)
def test_analysts_and_experts_speak_without_a_determiner(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_analysts_as_objects_are_no_speakers() -> None:
    assert _attributed("The report was written by experts and analysts.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The bomb fell at a time when the United Nations envoy for Syria Staffan de Mistura "
            "stressed that chlorine was being used.",
            "the United Nations envoy for Syria Staffan de Mistura",
            "chlorine was being used",
        ),
        (
            "The strikes came as US-backed Syrian Democratic Forces (mainly Arab and Kurdish "
            "fighters) said they had encircled the town.",
            "US-backed Syrian Democratic Forces (mainly Arab and Kurdish fighters)",
            "they had encircled the town",
        ),
    ],
)
def test_a_long_titled_speaker_in_a_subordinate_clause(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_a_long_clause_without_a_name_before_its_verb_is_no_speaker() -> None:
    sentence = (
        "The governor whose visit took him to the hospitals where the wounded from the twin "
        "bombings lay said the roads had been cleared."
    )
    assert all(
        speaker != "the wounded from the twin bombings lay" for speaker, _ in _attributed(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The source did not specify whether civilians were among the dead however noted "
            "that a commander had been killed.",
            "The source",
            "a commander had been killed",
        ),
        (
            "The ministry provided few details however said that dozens of militants had died.",
            "The ministry",
            "dozens of militants had died",
        ),
        (
            "The commander however said the town would be taken within days.",
            "The commander",
            "the town would be taken within days",
        ),
    ],
)
def test_however_joins_two_predicates_of_one_subject(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The Ministry clarified that the strikes targeted only terrorist positions.",
            "The Ministry",
            "the strikes targeted only terrorist positions",
        ),
        (
            "The Coalition considered that the regime bears full responsibility for the massacre.",
            "The Coalition",
            "the regime bears full responsibility for the massacre",
        ),
        (
            "Lavrov voiced hope that the talks in Geneva would resume next week.",
            "Lavrov",
            "the talks in Geneva would resume next week",
        ),
        (
            "Residents of western Aleppo expressed fears that the assault could cut them off.",
            "Residents of western Aleppo",
            "the assault could cut them off",
        ),
    ],
)
def test_press_release_verbs(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council considered the proposal on Monday.",
        "The proposal was considered that week by the council.",
        "The ministry expressed its condolences to the families.",
    ],
)
def test_considering_and_expressing_without_that_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(source id, rule, text) of every claim of a snippet, the publisher's voice included."""
    return [(c.source_id, c.rule, c.text) for c in run(text, publisher="Reuters").claims]


@pytest.mark.parametrize(
    ("text", "source", "quoted"),
    [
        (
            '"We were sleeping when the bombs fell," said Umm Ahmed, a mother of four.\n\n'
            'She lost two sons in the strike.\n\n"I have nothing left now."',
            "umm-ahmed",
            "I have nothing left now",
        ),
        (
            '"The hospital was hit twice," the director told AFP.\n\nThe hospital had 40 beds.'
            '\n\nIt was the only one in the district.\n\n"We cannot treat anyone any more."',
            "director",
            "We cannot treat anyone any more",
        ),
        (
            "Abu Ali said: “We lost everything in the raid.”\n\nHe now lives in a tent with his "
            "children.\n\n“The planes came at night and hit the market.”",
            "abu-ali",
            "The planes came at night and hit the market",
        ),
    ],
)
def test_a_quote_paragraph_after_the_writers_aside_goes_on_quoting(
    text: str, source: str, quoted: str
) -> None:
    assert (source, "quote-continuation", quoted) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # three sentences of the writer's own: too far from the speaker
        '"We were sleeping," said Umm Ahmed.\n\nShe lost two sons. Her house was destroyed. '
        'The family fled to Idlib.\n\n"Victory is near."',
        # the speaker before the aside was not quoted
        "The army said 20 militants were killed.\n\nThe town lies 30 km north of Hama.\n\n"
        '"Victory is near."',
    ],
)
def test_a_quote_paragraph_far_from_a_quoted_speaker_stays_unattributed(text: str) -> None:
    assert _claims(text)[-1][1] == "publisher-voice"


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (
            '"We will not stop," the commander said, "until the town is taken."',
            "commander",
            "until the town is taken",
        ),
        (
            '"The planes came at night," said Abu Ali, "and they hit the market where 20 people '
            'died."',
            "abu-ali",
            "they hit the market where 20 people died",
        ),
        (
            "“Our pilots take every care,” the spokesman told reporters, “and civilians are never "
            "targeted.”",
            "spokesman",
            "civilians are never targeted",
        ),
    ],
)
def test_an_interrupted_quotation_is_one_claim(text: str, source: str, words: str) -> None:
    claims = [c for c in _claims(text) if c[1] != "publisher-voice"]
    assert len(claims) == 1
    assert claims[0][0] == source and words in claims[0][2]


def test_a_quotation_not_resumed_after_the_comma_ends_at_its_mark() -> None:
    text = '"We will not stop," the commander said, before "Operation Dawn" began.'
    assert [c[2] for c in _claims(text) if c[1] != "publisher-voice"] == ["We will not stop"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The head of the provincial council, who is a member of the ruling party that "
            "controls the province, said the dead included six children.",
            "The head of the provincial council, who is a member of the ruling party that "
            "controls the province,",
            "the dead included six children",
        ),
        (
            "Abu Mohammed, a 45-year-old father of three who fled the town last week with his "
            "family, said the bombing had not stopped.",
            "Abu Mohammed, a 45-year-old father of three who fled the town last week with his "
            "family,",
            "the bombing had not stopped",
        ),
        (
            "The governor, who visited the site on Monday, said the strike killed the four guards.",
            "The governor, who visited the site on Monday,",
            "the strike killed the four guards",
        ),
    ],
)
def test_a_subject_with_a_long_aside_is_not_inverted_content(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Five people were killed in the strike, said the ministry.",
            "the ministry",
            "Five people were killed in the strike",
        ),
        (
            "The strike on the school, the worst in months, killed 12 children, said the "
            "Observatory.",
            "the Observatory",
            "The strike on the school, the worst in months, killed 12 children",
        ),
    ],
)
def test_content_with_an_aside_before_an_inverted_cue(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Analysts estimate that around 400000 people have been killed since 2011.",
            "Analysts",
            "around 400000 people have been killed since 2011",
        ),
        (
            "Rights groups estimate that 13 million people have fled their homes.",
            "Rights groups",
            "13 million people have fled their homes",
        ),
    ],
)
def test_estimate_after_a_plural_subject(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "It is hard to estimate the number of dead.",
        "The army did not estimate the losses.",
        "An estimate of the dead was not available.",
    ],
)
def test_estimate_as_noun_infinitive_or_negated_is_no_cue(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            'Protesters marched through the town chanting "The people want the fall of the '
            'regime".',
            "Protesters",
            "The people want the fall of the regime",
        ),
        (
            'Young men recovered the body and carried it away shouting "God is greater."',
            "Young men",
            "God is greater.",
        ),
        (
            'Residents gathered outside the hospital shouting angrily "There are no rebels here".',
            "Residents",
            "There are no rebels here",
        ),
    ],
)
def test_shouting_or_chanting_a_quotation(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The crowd was shouting and screaming as the bodies were carried out.",
        "Soldiers fired on protesters chanting slogans against the government.",
        "The crowd chanted slogans against the government.",
    ],
)
def test_shouting_without_a_quotation_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The government has been accused of using siege tactics and the UN says nearly "
            "600000 Syrians live in besieged areas.",
            "the UN",
            "nearly 600000 Syrians live in besieged areas",
        ),
        (
            "The army shelled the town overnight and the Observatory said 12 civilians were "
            "killed.",
            "the Observatory",
            "12 civilians were killed",
        ),
        (
            "The convoy was stopped at the border and Turkish officials said it carried weapons "
            "for the rebels.",
            "Turkish officials",
            "it carried weapons for the rebels",
        ),
    ],
)
def test_and_opens_a_reporting_clause_of_its_own(sentence: str, speaker: str, text: str) -> None:
    assert (speaker, text) in _attributed(sentence)


def test_two_speakers_joined_by_and_each_keep_their_claim() -> None:
    sentence = "The UN said 20 people died and the Observatory said the toll was 30."
    assert _attributed(sentence) == [
        ("The UN", "20 people died"),
        ("the Observatory", "the toll was 30"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # 'and' inside a list of places or numbers whose commas were lost
        (
            "The Kurds control an area 14 km to the south and 10 to 12 km to the west said "
            "Abdel Rahman.",
            "Abdel Rahman",
        ),
        (
            "Civilians had fled via the corridors but residents and rebels on the ground said "
            "the reports were lies.",
            "residents and rebels on the ground",
        ),
    ],
)
def test_and_inside_a_list_opens_no_clause(sentence: str, speaker: str) -> None:
    assert speaker in [s for s, _ in _attributed(sentence)]


@pytest.mark.parametrize(
    ("sentence", "publisher", "source"),
    [
        (
            "The Coalition called upon the UN Security Council to hold an emergency session.",
            "Etilaf (Syrian National Coalition)",
            "syrian-national-coalition",
        ),
        (
            "The Coalition said the regime bears full responsibility for the massacre.",
            "Etilaf (Syrian National Coalition)",
            "syrian-national-coalition",
        ),
        (
            "The Coalition said its jets struck an oil refinery near Raqqa.",
            "Reuters",
            "us-led-coalition",
        ),
    ],
)
def test_the_coalition_in_its_own_release_is_the_publishing_body(
    sentence: str, publisher: str, source: str
) -> None:
    assert _sources(sentence, publisher=publisher) == [("The Coalition", source)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "In a press release issued on Tuesday the Coalition called upon the UN Security "
            "Council to act.",
            "the Coalition",
            "the UN Security Council to act",
        ),
        (
            "In a statement released on Monday the Observatory said 20 people were killed.",
            "the Observatory",
            "20 people were killed",
        ),
    ],
)
def test_a_capitalised_head_after_a_short_scene(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence, publisher="Etilaf (Syrian National Coalition)") == [
        (speaker, text)
    ]


def test_a_long_clause_before_a_capitalised_head_is_no_scene() -> None:
    sentence = (
        "In al-Shaafa a town on the banks of the Euphrates river Islamic State beheaded two men "
        "on Sunday the Observatory said and gave residents a 12-hour deadline."
    )
    assert all(not text.startswith("and gave") for _, text in _attributed(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker", "source"),
    [
        (
            "At least 14 civilians were killed in the outskirts of Raqqa in northern Syria Al "
            "Mayadeen TV channel reported on Sunday.",
            "Al Mayadeen TV channel",
            "al-mayadeen",
        ),
        (
            "Dozens were wounded in the shelling of Aleppo Al Jazeera TV reported.",
            "Al Jazeera TV",
            "al-jazeera",
        ),
    ],
)
def test_the_arabic_article_opens_an_outlets_name_after_a_place(
    sentence: str, speaker: str, source: str
) -> None:
    assert _sources(sentence, publisher="TASS") == [(speaker, source)]
