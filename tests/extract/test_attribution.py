"""Attribution patterns on sentences of the genre: who said what, by which cue, in which words."""

import pytest

from app.extract.types import ClaimKind
from tests.extract.conftest import claim_with, run


@pytest.mark.parametrize(
    ("sentence", "words", "source", "kind", "cue"),
    [
        # "Q," S V
        (
            '"We hit the wrong target," the Pentagon said in a statement.',
            "We hit the wrong target",
            "us-dod",
            ClaimKind.direct,
            "said in a statement",
        ),
        # "Q," V S
        (
            "“The school was struck twice,” said the Syrian Observatory for Human Rights.",
            "The school was struck twice",
            "sohr",
            ClaimKind.direct,
            "said",
        ),
        # C, S V
        (
            "Twelve civilians were killed in the raid on Douma, the White Helmets said on Sunday.",
            "Twelve civilians were killed",
            "white-helmets",
            ClaimKind.indirect,
            "said",
        ),
        # S V (date) that C
        (
            "Turkey's defence ministry said Tuesday that its jets had hit 18 targets.",
            "its jets had hit 18 targets",
            "turkish-mod",
            ClaimKind.indirect,
            "said",
        ),
        # according to S, C / C, according to S
        (
            "According to SANA, the blast tore through a bus station in Homs.",
            "the blast tore through a bus station",
            "sana",
            ClaimKind.indirect,
            "according to",
        ),
        (
            "Four fighters died in the ambush, according to the Observatory.",
            "Four fighters died in the ambush",
            "sohr",
            ClaimKind.indirect,
            "according to",
        ),
        # S told X
        (
            "A Kurdish commander told AFP that the town had fallen.",
            "the town had fallen",
            "kurdish-commander",
            ClaimKind.indirect,
            "told AFP",
        ),
        # was quoted as saying
        (
            "The Iraqi army was quoted as saying that Mosul's old city was surrounded.",
            "Mosul's old city was surrounded",
            "iraqi-army",
            ClaimKind.indirect,
            "was quoted as saying",
        ),
        # S V: "Q"
        (
            'Lavrov said: "This was a provocation."',
            "This was a provocation",
            "sergei-lavrov",
            ClaimKind.direct,
            "said",
        ),
        # mixed
        (
            "The UN described the siege as “a medieval tactic” against civilians.",
            "the siege as",
            "united-nations",
            ClaimKind.mixed,
            "described ... as",
        ),
    ],
)
def test_patterns(sentence: str, words: str, source: str, kind: ClaimKind, cue: str) -> None:
    claim = claim_with(run(sentence), words)
    assert (claim.source_id, claim.kind, claim.cue) == (source, kind, cue)


def test_adding_that_makes_two_claims_of_one_speaker() -> None:
    extraction = run(
        "The operation left 40 militants dead, the ministry's spokesman said, adding that "
        "the jets returned safely to base."
    )
    first = claim_with(extraction, "The operation left 40 militants dead")
    second = claim_with(extraction, "the jets returned safely to base")
    assert first.source_id == second.source_id
    assert (first.cue, second.cue) == ("said", "adding")


def test_a_sentence_without_a_cue_is_the_publishers_voice() -> None:
    claim = run("The truce went into effect at sunset on September 12.").claims[0]
    assert (claim.source_id, claim.kind, claim.cue) == ("press-tv", ClaimKind.publisher, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The coalition did not say whether any fighters were killed.",
        "Reuters could not immediately confirm the report.",
        "Dozens of people were reported killed in the shelling.",
        "The commander is said to have fled to Turkey.",
    ],
)
def test_negated_and_passive_verbs_are_not_attribution(sentence: str) -> None:
    claims = run(sentence).claims
    assert [c.kind for c in claims] == [ClaimKind.publisher]


def test_a_quote_paragraph_continues_the_previous_speaker() -> None:
    extraction = run(
        "“We will respond,” the army commander said on Monday.\n"
        "“Nobody attacks our soldiers without paying a price.”\n"
    )
    cont = claim_with(extraction, "Nobody attacks our soldiers")
    assert cont.cue == "(continuation)"
    assert cont.source_id == claim_with(extraction, "We will respond").source_id


def test_a_trailing_clause_with_its_own_speaker_is_its_own_claim() -> None:
    extraction = run(
        "The interior ministry said 15 people were killed, though the health ministry reported "
        "a higher toll."
    )
    assert (
        claim_with(extraction, "15 people were killed").end
        < claim_with(extraction, "a higher toll").start
    )
    assert claim_with(extraction, "a higher toll").source_id == "health-ministry"


def test_the_outer_speaker_is_the_source_unless_it_is_the_publisher() -> None:
    inner = run(
        "Some analysts have criticized the campaign, saying it helps arms makers, Press tv reported."
    )
    assert [c.source_id for c in inner.claims] == ["analysts"]
    outer = run("Residents said the bakery was hit twice, SANA reported.", publisher="Reuters")
    assert [c.source_id for c in outer.claims] == ["sana"]


def test_attribution_survives_stripped_commas() -> None:
    # FA-KES removed most commas: 'C the army said.'
    extraction = run(
        "More than 60 soldiers were killed in strikes on an air base the Russian army said."
    )
    assert extraction.claims[0].source_id == "russian-mod"
    assert extraction.claims[0].text.endswith("air base")


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        # Titles, ranks and names in apposition.
        (
            "Lt. Col. John Dorrian, a spokesman for the coalition, said the strike hit an IS headquarters.",
            "the strike hit an IS headquarters",
            "us-led-coalition",
        ),
        (
            "The Observatory's head, Rami Abdel Rahman, told AFP that most of the dead were civilians.",
            "most of the dead were civilians",
            "sohr",
        ),
        (
            "“There was no coordination,” said Colonel John Thomas, a CENTCOM spokesman.",
            "There was no coordination",
            "centcom",
        ),
        (
            "US Defense Secretary Ashton Carter said Washington would review the incident.",
            "Washington would review the incident",
            "ashton-carter",
        ),
        # A descriptor after a known name does not make it someone else.
        (
            "The strike killed 14 civilians, the White Helmets rescue group said in a statement.",
            "The strike killed 14 civilians",
            "white-helmets",
        ),
        # ...but a demonym before a descriptor is not the state.
        (
            "A Syrian rights group said the toll had risen to 40.",
            "the toll had risen to 40",
            "syrian-rights-group",
        ),
    ],
)
def test_speakers_of_the_genre(sentence: str, words: str, source: str) -> None:
    assert claim_with(run(sentence), words).source_id == source


def test_a_second_speaker_putting_the_toll_elsewhere() -> None:
    extraction = run(
        "Activists said at least 20 people were killed, while the government put the toll at eight."
    )
    first = claim_with(extraction, "at least 20 people were killed")
    second = claim_with(extraction, "the toll at eight")
    assert (first.source_id, [f.value for f in first.figures]) == ("activists", [20])
    assert (second.cue, [(f.metric, f.value) for f in second.figures]) == (
        "put the toll at",
        [("killed", 8)],
    )


def test_a_pronoun_with_nobody_to_refer_to_is_an_unidentified_speaker() -> None:
    extraction = run(
        '"We are investigating," he said. "The coalition takes all allegations seriously."'
    )
    assert [c.source_id for c in extraction.claims] == ["unidentified-speaker"] * 2
    assert extraction.claims[1].text == "The coalition takes all allegations seriously"
    assert extraction.claims[0].confidence < 0.6


def test_a_quote_that_runs_over_paragraphs_belongs_to_the_speaker_named_after_it() -> None:
    extraction = run(
        "The monitor said the toll was rising.\n"
        "“The strikes hit the market at its busiest hour. Many of the dead were children.\n"
        "“We have never seen anything like it,” said Ahmad Saeed, a rescue worker in Idlib.\n"
    )
    opening = claim_with(extraction, "The strikes hit the market")
    closing = claim_with(extraction, "We have never seen anything like it")
    assert opening.source_id == closing.source_id == "ahmad-saeed"


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        # trailing cue without a comma (FA-KES lost them), definite or indefinite speaker
        ("Twelve civilians were killed in Idlib the Observatory said.", "Twelve civilians", "sohr"),
        ("Twelve civilians were killed in Idlib a monitor said.", "Twelve civilians", "monitor"),
        (
            "Four soldiers died in the blast a security source told AFP.",
            "Four soldiers",
            "security-sources",
        ),
        # inverted speaker after the cue
        (
            "Twelve civilians were killed, said Observatory head Rami Abdel Rahman.",
            "Twelve civilians",
            "sohr",
        ),
        # present tense, plural base form
        ("Activists say 12 civilians were killed in the strikes.", "12 civilians", "activists"),
        ("Residents say the market was hit twice.", "the market was hit", "residents"),
        # verbs of denial, accusation and admission
        ("The army denied that its jets had hit the market.", "its jets had hit", "army"),
        ("The ministry rejected claims that 40 civilians died.", "40 civilians died", "ministry"),
        (
            "The Pentagon disputed the figure, saying three fighters died.",
            "three fighters",
            "us-dod",
        ),
        (
            "The Islamic State group claimed responsibility for the attack.",
            "responsibility",
            "isis",
        ),
        (
            "The coalition acknowledged that a strike hit a school.",
            "a strike hit a school",
            "us-led-coalition",
        ),
    ],
)
def test_cues_of_the_genre(sentence: str, words: str, source: str) -> None:
    assert claim_with(run(sentence), words).source_id == source


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States has launched 12 strikes on the city.",  # 'States' is a name
        "TRT World's Ahmed al-Burai reports from Idlib.",  # a byline
        "He declined to say how many died.",
        "Officials would say nothing about the raid.",
    ],
)
def test_false_cues_are_the_publishers_voice(sentence: str) -> None:
    assert [c.kind for c in run(sentence).claims] == [ClaimKind.publisher]


def test_based_on_reports_is_no_speaker() -> None:
    claim = claim_with(
        run("Based on reports from the ground, the group said 30 people died."), "30"
    )
    assert claim.speaker is not None and "Based" not in claim.speaker


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        # FA-KES copy lost its commas: trailing speakers named by acronym or proper name
        ("Rebels pulled back from the battlefield near the airport FNA reported.", "Rebels", "fna"),
        ("Three mortars hit the old city of Damascus SANA said.", "Three mortars", "sana"),
        (
            "Five people were killed in the town the Syrian Observatory for Human Rights said.",
            "Five people",
            "sohr",
        ),
        (
            "Five people were killed in the town the Red Cross said on Monday.",
            "Five people",
            "icrc",
        ),
        # ... and an aside after the cue
        (
            "At least 109 of the dead were evacuees the monitoring group said while others fled.",
            "109 of the dead",
            "monitoring-group",
        ),
        (
            "At least 68 children were among the dead the Observatory said updating its toll.",
            "68 children",
            "sohr",
        ),
        # inverted, comma lost, a named speaker closing the sentence
        (
            "Dozens of militants attacked government positions south of Tabaqa said the "
            "Syrian Observatory for Human Rights.",
            "Dozens of militants",
            "sohr",
        ),
        # an outlet's staff speak for the outlet
        ("SANA's correspondent said three shells hit the square.", "three shells", "sana"),
        ("The BBC's correspondent in Kyiv said 12 drones were downed.", "12 drones", "bbc"),
        ("An Al-Manar reporter said five rockets fell.", "five rockets", "al-manar"),
    ],
)
def test_constructions_of_stripped_copy_and_outlets(sentence: str, words: str, source: str) -> None:
    assert claim_with(run(sentence, publisher="Reuters"), words).source_id == source


def test_the_publishers_own_correspondent_is_the_publishers_voice() -> None:
    (claim,) = run("Our correspondent said four people died.", publisher="Reuters").claims
    assert (claim.source_id, claim.kind) == ("reuters", ClaimKind.publisher)


@pytest.mark.parametrize(
    ("sentence", "words", "source"),
    [
        (
            "A car bomb killed 20 people at a checkpoint on Thursday local sources said.",
            "20 people",
            "local-sources",
        ),
        (
            "They fled to safer shelters in Syria informed sources said.",
            "safer shelters",
            "informed-sources",
        ),
        (
            "Two shells fell in the city a source at the police command told SANA.",
            "Two shells",
            "police-command",  # a source at X speaks for X
        ),
    ],
)
def test_bare_plural_and_indefinite_speakers_without_commas(
    sentence: str, words: str, source: str
) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), words)
    assert claim.source_id == source
    assert claim.text.endswith(("Thursday", "Syria", "city"))


@pytest.mark.parametrize(
    ("sentence", "words", "source", "text"),
    [
        # a reporting clause inside a subordinate clause
        (
            "The strikes came a day after UNICEF said 22 children had been killed.",
            "22 children",
            "unicef",
            "22 children had been killed",
        ),
        (
            "Residents fled when the army said it would shell the town.",
            "shell the town",
            "army",
            "it would shell the town",
        ),
        # nouns of speech: the possessor is the speaker; the writer's 'could not be verified' is not
        (
            "Kyiv's claim that 30 soldiers died could not be verified.",
            "30 soldiers",
            "ukraine",
            "30 soldiers died",
        ),
        (
            "Allegations by Moscow that 40 civilians died could not be independently verified.",
            "40 civilians",
            "russia",
            "40 civilians died",
        ),
        (
            "Russia's claims that it only hits militants were rejected.",
            "only hits militants",
            "russia",
            "it only hits militants",
        ),
    ],
)
def test_clauses_and_nouns_of_speech(sentence: str, words: str, source: str, text: str) -> None:
    claim = claim_with(run(sentence, publisher="Reuters"), words)
    assert (claim.source_id, claim.text) == (source, text)


def test_a_claim_nobody_owns_is_the_publishers() -> None:
    (claim,) = run("The claim that 30 died was false.", publisher="Reuters").claims
    assert claim.kind == ClaimKind.publisher


def test_his_declaration_follows_his() -> None:
    extraction = run(
        "Rami Abdel Rahman said 5 died. His declaration that 100 fighters were killed was "
        "disputed.",
        publisher="Reuters",
    )
    assert claim_with(extraction, "100 fighters").source_id == "sohr"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        # a sentence of quotation, then a sentence that only says who spoke
        (
            "Clashes went on.\n\n“Seven of our troops were killed in the south.” Mustafa al-Mejii, "
            "spokesman of the UN-backed government’s forces, told Xinhua on Thursday.",
            "Seven of our troops",
            "gna",
        ),
        (
            '"We destroyed four vehicles." Sheikh Abdiasis Abu Musab, al-Shabaab spokesman, '
            "told Reuters.",
            "four vehicles",
            "al-shabaab",
        ),
        ('"The town is ours." The Taliban spokesman said.', "The town is ours", "taliban"),
    ],
)
def test_a_quotation_then_who_said_it(text: str, words: str, source: str) -> None:
    claim = claim_with(run(text, publisher="CGTN"), words)
    assert (claim.source_id, claim.kind, claim.rule) == (
        source,
        ClaimKind.direct,
        "quote-then-speaker",
    )


def test_a_quotation_then_a_sentence_of_the_writer_is_not_changed() -> None:
    extraction = run('The army said 3 died. "It was a massacre." The fighting went on all day.')
    assert claim_with(extraction, "massacre").source_id == "army"


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "The Houthis claimed to have hit a Saudi ship but the coalition said the attack "
            "was thwarted.",
            "houthis",
            "saudi-led-coalition",
        ),
        ("Activists said 20 died while the government said eight died.", "activists", "government"),
    ],
)
def test_a_second_speaker_after_but_or_while_without_a_comma(
    sentence: str, first: str, second: str
) -> None:
    assert [c.source_id for c in run(sentence).claims] == [first, second]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Lebanon's National News Agency reported the raid. It identified the dead as a man, "
            "a woman and their children, and said two other people were wounded.",
            "two other people were wounded",
            "nna",
        ),
        (
            "The Syrian Observatory for Human Rights counted the bodies on Saturday, and said "
            "30 fighters had died.",
            "30 fighters had died",
            "sohr",
        ),
        (
            "The Pentagon opened a review of the strike on Monday and said no civilians were hurt.",
            "no civilians were hurt",
            "us-dod",
        ),
    ],
)
def test_and_said_after_a_first_predicate_is_its_subjects(
    text: str, words: str, source: str
) -> None:
    """'S V1 ..., and said C': the speaker is S, not the words of the first predicate."""
    assert claim_with(run(text), words).source_id == source


@pytest.mark.parametrize(
    ("text", "words", "source", "via"),
    [
        (
            "“We took the base,” Abdiasis Abu Musab, al Shabaab’s military operation spokesman, "
            "told Reuters.",
            "We took the base",
            "al-shabaab",
            ["reuters"],
        ),
        (
            '"The convoy was hit twice," Ahmad Omar, the Observatory\'s field coordinator, told AFP.',
            "The convoy was hit twice",
            "sohr",
            ["afp"],
        ),
        (
            "“Nobody was hurt,” Mark Smith, the Pentagon's chief spokesman, told reporters.",
            "Nobody was hurt",
            "us-dod",
            [],
        ),
    ],
)
def test_a_name_with_its_owners_title_in_apposition_speaks_not_the_one_told(
    text: str, words: str, source: str, via: list[str]
) -> None:
    """'"Q," Name, X's title, told Y': X's words relayed by Y, never Y's own."""
    claim = claim_with(run(text, publisher="The Guardian"), words)
    assert claim.source_id == source
    assert claim.via == via


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "The Pentagon went on to cite 14 deaths in the province.",
            "14 deaths in the province",
            "us-dod",
        ),
        (
            "The Syrian army went on to blame rebels for the shelling of the market.",
            "rebels for the shelling of the market",
            "syrian-army",
        ),
        (
            "Hezbollah went on to deny any role in the attack.",
            "any role in the attack",
            "hezbollah",
        ),
    ],
)
def test_went_on_to_cue(text: str, words: str, source: str) -> None:
    """'S went on to cite/blame/deny C' is S's claim."""
    claim = claim_with(run(text), words)
    assert (claim.source_id, claim.rule) == (source, "speaker-then-content")


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Since 2014 the US-led coalition has acknowledged 1,100 civilian deaths, but rights "
            "groups put the number killed much higher.",
            "the number killed much higher",
            "rights-groups",
        ),
        (
            "The army admitted 12 deaths, but aid workers said 40 people had died.",
            "40 people had died",
            "aid-workers",
        ),
        (
            "Twelve people died in the blast, rescue teams said.",
            "Twelve people died",
            "rescue-teams",
        ),
    ],
)
def test_a_short_lowercase_phrase_headed_by_a_speaker_noun_speaks(
    text: str, words: str, source: str
) -> None:
    assert claim_with(run(text, publisher="The Guardian"), words).source_id == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Since 2014 the Pentagon has acknowledged 1,100 deaths.", "us-dod"),
        ("In early March the Syrian Observatory for Human Rights said 40 people died.", "sohr"),
        ("On Monday, the Pentagon said 12 soldiers died.", "us-dod"),
    ],
)
def test_a_time_phrase_before_the_speaker_is_not_part_of_it(text: str, source: str) -> None:
    claims = [c for c in run(text).claims if c.rule != "publisher-voice"]
    assert [c.source_id for c in claims] == [source]
    assert claims[0].speaker is not None and claims[0].speaker[0] in "tT"


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "An Israeli strike killed four people, with Hezbollah announcing retaliatory attacks.",
            "retaliatory attacks",
            "hezbollah",
        ),
        (
            "Shelling resumed on Sunday, with the Pentagon announcing new strikes.",
            "new strikes",
            "us-dod",
        ),
    ],
)
def test_with_s_announcing_is_a_trailing_claim(text: str, words: str, source: str) -> None:
    assert claim_with(run(text), words).source_id == source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Turkey launched the operation, disregarding U.S. warnings that such a move could "
            "destabilize the area.",
            "such a move could destabilize the area",
            "united-states",
        ),
        (
            "The offensive went ahead despite Turkish warnings that it would spill over the border.",
            "it would spill over the border",
            "turkey",
        ),
        (
            "The raid followed Russian accusations that rebels had shelled Aleppo.",
            "rebels had shelled Aleppo",
            "russia",
        ),
    ],
)
def test_a_name_before_a_noun_of_speech_is_its_speaker(text: str, words: str, source: str) -> None:
    """'U.S. warnings that C', 'Russian accusations that C': the name or demonym speaks."""
    claim = claim_with(run(text), words)
    assert (claim.source_id, claim.rule) == (source, "noun-of-speech")


@pytest.mark.parametrize(
    "text",
    [
        "More than 200 civilians were killed after regime forces responded with air raids.",
        "The army responded by shelling the town.",
        "Rebels countered with a wave of rocket fire on the city.",
    ],
)
def test_a_speech_verb_naming_an_act_is_no_cue(text: str) -> None:
    """'responded with air raids', 'countered with rocket fire': acts, the writer's words."""
    assert [c.rule for c in run(text).claims] == ["publisher-voice"]


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Earlier today the Pentagon said that two drones were shot down.",
            "two drones were shot down",
            "us-dod",
        ),
        (
            "Tuesday the Syrian Observatory for Human Rights said 40 people died.",
            "40 people died",
            "sohr",
        ),
    ],
)
def test_a_leading_date_word_is_not_part_of_the_speaker(text: str, words: str, source: str) -> None:
    claim = claim_with(run(text), words)
    assert claim.source_id == source
    assert claim.speaker is not None and claim.speaker[0] in "tT"


@pytest.mark.parametrize(
    "text",
    [
        "Many pointed their fingers at the Syrian regime which denied any responsibility for the "
        "attack and described the massacre as fabricated.",
        "Many pointed at the army, which shelled the town on Monday and said it hit militants.",
    ],
)
def test_and_said_after_a_relative_clause_is_not_the_first_subjects(text: str) -> None:
    """'S V1 X which V2 and said C': 'said' belongs to the relative clause, not to S."""
    sources = {c.source_id for c in run(text).claims}
    assert "many" not in sources


def test_short_lowercase_speakers_hold_no_date_or_determiner() -> None:
    claims = run("Earlier today the source said that two people were killed.").claims
    assert all(not c.source_id.startswith("today") for c in claims)


def test_a_quoted_short_name_stays_in_the_new_actors_name() -> None:
    extraction = run('The army killed 40 militants, according to the opposition "Cham" TV network.')
    names = [a.name for a in extraction.actors if not a.known]
    assert "opposition Cham TV network" in names


@pytest.mark.parametrize(
    "text",
    [
        "And in January another attack claimed by Daesh killed 70 people.",
        "In March a bombing claimed by the Taliban killed 12 soldiers.",
        "On Friday a raid reported by local media destroyed a bakery.",
    ],
)
def test_a_verb_ed_by_after_a_noun_is_a_participle_not_a_cue(text: str) -> None:
    """'an attack claimed by Daesh': a reduced relative clause, the writer's words."""
    assert [c.rule for c in run(text).claims] == ["publisher-voice"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "On Sunday terrorist group Al-Nusra Front claimed responsibility for the attacks.",
            "jabhat-al-nusra",
        ),
        ("On Monday militant group Hezbollah said it fired rockets at the border.", "hezbollah"),
    ],
)
def test_a_time_phrase_stays_when_the_rest_is_no_speaker_alone(text: str, source: str) -> None:
    claims = [c for c in run(text).claims if c.rule != "publisher-voice"]
    assert [c.source_id for c in claims] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier today the Syrian Army refuted terrorists claims about winning back a district.",
        "The rebels reports of heavy losses could not be confirmed.",
        "Activists denials of the attack were widely shared online.",
    ],
)
def test_a_cue_word_in_s_before_about_or_of_is_a_noun(text: str) -> None:
    """FA-KES lost the apostrophes: 'terrorists claims about' is a noun phrase, no cue."""
    assert all(c.rule == "publisher-voice" for c in run(text).claims)


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "During Tuesdays debate in parliament several lawmakers accused Russia of war crimes.",
            "Russia of war crimes",
            "lawmakers",
        ),
        (
            "After the attack in Douma some residents said 12 people died.",
            "12 people died",
            "residents",
        ),
        (
            "At the scene in Idlib local doctors said the wounded had burns.",
            "the wounded had burns",
            "medics",
        ),
    ],
)
def test_a_scene_whose_comma_was_lost_is_not_the_speaker(
    text: str, words: str, source: str
) -> None:
    """FA-KES dropped commas: 'During X several lawmakers accused' is the lawmakers' claim."""
    claim = claim_with(run(text, publisher="The Guardian"), words)
    assert claim.source_id.endswith(source)
    assert claim.speaker is not None and not claim.speaker.lower().startswith(
        ("during", "after", "at")
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Earlier in the day media reported that a car bomb went off.", "media"),
        ("In the morning residents said shelling resumed.", "residents"),
    ],
)
def test_a_time_word_ends_a_scene_before_the_speaker(text: str, source: str) -> None:
    claims = [c for c in run(text).claims if c.rule != "publisher-voice"]
    assert [c.source_id for c in claims] == [source]


@pytest.mark.parametrize(
    ("sentence", "main", "value"),
    [
        (
            "At least 200 civilians have been killed in Aleppo since the Observatory said the"
            " army had begun its assault.",
            "At least 200 civilians have been killed in Aleppo",
            200,
        ),
        (
            "Three soldiers died when the ministry said the convoy was hit.",
            "Three soldiers died",
            3,
        ),
        (
            "Airstrikes killed 14 people in Idlib after the Observatory said rebels had shelled"
            " the city.",
            "Airstrikes killed 14 people in Idlib",
            14,
        ),
    ],
)
def test_an_embedded_speaker_keeps_the_main_clauses_figures(
    sentence: str, main: str, value: int
) -> None:
    extraction = run(sentence)
    kept = claim_with(extraction, main)
    assert kept.kind == ClaimKind.publisher
    assert [(f.metric, f.value) for f in kept.figures] == [("killed", value)]
    assert any(c.rule == "embedded-speaker" for c in extraction.claims)


def test_an_embedded_speaker_after_a_clause_without_figures_is_one_claim() -> None:
    extraction = run("The strikes came a day after UNICEF said 22 children had been killed.")
    assert [c.rule for c in extraction.claims] == ["embedded-speaker"]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "source"),
    [
        (
            "The ministry disputed the claim and said the rebels launched the attack.",
            "the claim",
            "the rebels launched the attack",
            "ministry",
        ),
        (
            "Hamas claimed responsibility for the attack and said two of its fighters died.",
            "responsibility for the attack",
            "two of its fighters died",
            "hamas",
        ),
        (
            "The army confirmed the strike, and added in a statement that 12 militants died.",
            "the strike",
            "12 militants died",
            "army",
        ),
        (
            "But the state media of the UAE, a coalition member, rejected the report and said "
            "rebels fired first.",
            "the report",
            "rebels fired first",
            "wam",
        ),
    ],
)
def test_a_second_verb_of_saying_after_a_short_object_is_a_second_claim(
    sentence: str, first: str, second: str, source: str
) -> None:
    extraction = run(sentence)
    one, two = claim_with(extraction, first), claim_with(extraction, second)
    assert one.end < two.start
    assert one.source_id == two.source_id == source


@pytest.mark.parametrize(
    "sentence",
    [
        # 'and said' inside a relative clause of the content is not the speaker's
        "The ministry said the gunman who attacked the checkpoint and said he was with IS had "
        "been arrested.",
        # 'and' before a verb that is not one of saying
        "The army said rebels shelled the town and killed 12 people.",
    ],
)
def test_and_before_another_verb_does_not_split_the_claim(sentence: str) -> None:
    (claim,) = [c for c in run(sentence).claims if c.kind != "publisher"]
    assert claim.text.endswith(("arrested", "12 people"))


@pytest.mark.parametrize(
    ("sentence", "denied", "said", "source"),
    [
        (
            "Denying the claim that its jets struck a school, the ministry said the target was "
            "an arms depot.",
            "its jets struck a school",
            "the target was an arms depot",
            "ministry",
        ),
        (
            "Rejecting allegations that it shelled the town, the army said rebels had fired the "
            "mortars.",
            "it shelled the town",
            "rebels had fired the mortars",
            "army",
        ),
        (
            "Dismissing reports of civilian deaths, a Pentagon spokesman insisted that only "
            "militants were hit.",
            "reports of civilian deaths",
            "only militants were hit",
            "us-dod",
        ),
        (
            'Denying any role in the strike, "We did not fly over the area," the ministry said.',
            "any role in the strike",
            "We did not fly over the area",
            "ministry",
        ),
    ],
)
def test_a_participle_of_denial_opening_the_sentence_is_the_speakers_too(
    sentence: str, denied: str, said: str, source: str
) -> None:
    extraction = run(sentence)
    denial, claim = claim_with(extraction, denied), claim_with(extraction, said)
    assert denial.source_id == claim.source_id == source
    assert denial.end < claim.start
    assert denial.cue == sentence.split()[0].lower()


def test_a_participle_that_opens_an_act_is_no_claim() -> None:
    extraction = run("Warning of more attacks, officials closed the roads.")
    assert [c.kind for c in extraction.claims] == ["publisher"]


@pytest.mark.parametrize(
    ("sentence", "subject", "source"),
    [
        (
            "The claim that government forces used chemical weapons was denied by the Pentagon.",
            "The claim that government forces used chemical weapons",
            "us-dod",
        ),
        (
            "Reports that 30 civilians were killed were dismissed by the coalition as propaganda.",
            "Reports that 30 civilians were killed",
            "us-led-coalition",
        ),
        (
            "The toll of 40 dead was later confirmed by the UN on Sunday.",
            "The toll of 40 dead",
            "united-nations",
        ),
        (
            "Allegations of torture have been flatly rejected by Hezbollah.",
            "Allegations of torture",
            "hezbollah",
        ),
    ],
)
def test_a_passive_denial_is_its_agents_claim(sentence: str, subject: str, source: str) -> None:
    claim = run(sentence).claims[0]
    assert (claim.text, claim.source_id) == (subject, source)


@pytest.mark.parametrize(
    "sentence",
    [
        "The convoy was hit by a missile.",
        "The town was captured by the army after heavy fighting.",
        # a clause of its own before the passive: no noun phrase to deny
        "Reuters could not verify the accounts and they were denied by the army.",
    ],
)
def test_a_passive_without_a_verb_of_response_or_a_noun_phrase_is_no_claim(
    sentence: str,
) -> None:
    assert [c.kind for c in run(sentence).claims] == ["publisher"]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "The United Nations, while not confirming a toll, said several civilians were killed.",
            "united-nations",
        ),
        ("The Pentagon, in a statement on Sunday, said 20 people died.", "us-dod"),
        ("The Observatory, despite earlier reports, said 12 civilians died.", "sohr"),
        ("Hezbollah, though, said two of its fighters died.", "hezbollah"),
        # a stray comma before the auxiliary
        ("The Syrian Observatory for Human Rights, also said the blast hit a market.", "sohr"),
    ],
)
def test_an_aside_between_the_speaker_and_the_verb_is_no_part_of_either(
    sentence: str, source: str
) -> None:
    (claim,) = run(sentence).claims
    assert claim.source_id == source
    assert claim.text.startswith(("several", "20", "12", "two", "the blast"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Despite earlier reports of a ceasefire, the shelling went on.",
        "Amid repeated denials of any role, the strikes continued.",
        "Following conflicting claims about the toll, the town was sealed off.",
    ],
)
def test_a_noun_of_speech_after_amid_or_despite_and_a_modifier_is_no_verb(sentence: str) -> None:
    assert [c.kind for c in run(sentence).claims] == ["publisher"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "content_end"),
    [
        # commas lost (FA-KES copy): a title noun and its modifiers say where the speaker begins
        (
            "A warplane struck a marketplace in the province local civil defense official Leys "
            "al-Faris told Anadolu Agency.",
            "local civil defense official Leys al-Faris",
            "province",
        ),
        (
            "Twenty people died in the raid police spokesman Ahmed Saleh said.",
            "police spokesman Ahmed Saleh",
            "raid",
        ),
        (
            "Seven people were killed in Douma the Observatory's director Rami Abdel Rahman said.",
            "director Rami Abdel Rahman",
            "the Observatory's",
        ),
        (
            "Food production hit a record low WFP spokeswoman Bettina Luescher told reporters.",
            "spokeswoman Bettina Luescher",
            "WFP",
        ),
    ],
)
def test_a_titled_name_after_the_content_without_commas(
    sentence: str, speaker: str, content_end: str
) -> None:
    claim = run(sentence).claims[0]
    assert claim.speaker == speaker
    assert claim.text.endswith(content_end)


@pytest.mark.parametrize(
    "sentence",
    [
        # capitalised words without a title noun before them are no speaker
        "Twenty people died in the raid on the town near Abu Kamal said.",
        "Twenty people died in the raid on Deir ez-Zor Al Mayadeen reported.",
    ],
)
def test_capitalised_words_without_a_title_are_no_titled_speaker(sentence: str) -> None:
    assert all(
        c.speaker not in ("Abu Kamal", "Deir ez-Zor Al Mayadeen") for c in run(sentence).claims
    )


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Sixty-two rebels were killed in an army ambush near Adra said the Syrian Observatory "
            "for Human Rights a monitoring group opposed to the government.",
            "sohr",
        ),
        (
            "The bombs were placed in two tunnels under the old city said the Observatory a "
            "Britain-based monitor.",
            "sohr",
        ),
        (
            "Twelve civilians died in the shelling of the market said Rami Abdel Rahman an "
            "activist who heads the Observatory.",
            "sohr",
        ),
    ],
)
def test_an_inverted_speaker_without_commas_keeps_out_its_appositive(
    sentence: str, source: str
) -> None:
    (claim,) = run(sentence).claims
    assert claim.source_id == source
    assert claim.rule == "content-then-speaker-no-comma"


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The Pentagon characterized the report of 200 dead as an exaggeration.", "us-dod"),
        ("The Observatory characterised the strike as a massacre.", "sohr"),
        ("Hezbollah characterizes the raids as aggression.", "hezbollah"),
    ],
)
def test_characterize_as_is_a_verb_of_saying(sentence: str, source: str) -> None:
    (claim,) = run(sentence).claims
    assert (claim.source_id, claim.kind) == (source, ClaimKind.indirect)


def test_characterized_by_is_no_cue() -> None:
    extraction = run("The strike, characterized by witnesses as indiscriminate, killed 12.")
    assert [c.kind for c in extraction.claims] == ["publisher"]
