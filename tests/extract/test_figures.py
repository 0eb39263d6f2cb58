"""Figures: numbers tied to what they count, with hedges kept as approximation."""

from dataclasses import dataclass, field

import pytest

from app.extract.figures import extract_figures, parse_number
from app.extract.incidents import claim_total
from app.extract.types import ExtractedFigure


def figures(text: str) -> list[tuple[str, int, bool]]:
    return [(f.metric, f.value, f.approximate) for f in extract_figures(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sixty-two Syrian soldiers were killed and a hundred others were injured in these strikes",
            [("killed", 62, False), ("injured", 100, False)],
        ),
        (
            "The US-led coalition killed 62 Syrian government troops and injured some 100 others",
            [("killed", 62, False), ("injured", 100, True)],
        ),
        (
            "The operation left 62 Syrian servicemen dead and about 100 injured",
            [("killed", 62, False), ("injured", 100, True)],
        ),
        (
            "the raids hit a school, killing 22 children and six teachers",
            [("killed", 22, False), ("killed", 6, False)],
        ),
        ("More than 170 civilians have been killed by US-led strikes", [("killed", 170, True)]),
        ("At least 10 members of the Syrian army were killed", [("killed", 10, True)]),
        (
            "the death toll rose to 35, with 12 wounded",
            [("killed", 35, False), ("injured", 12, False)],
        ),
        (
            "a blast killed three and wounded 12, leaving four missing",
            [("killed", 3, False), ("injured", 12, False), ("missing", 4, False)],
        ),
        ("warplanes carried out four airstrikes today", [("strikes", 4, False)]),
        (
            "Two F-16 and two A-10 jets entered Syrian air space",
            [("aircraft", 2, False), ("aircraft", 2, False)],
        ),
        ("US forces had already destroyed about six vehicles", [("vehicles", 6, True)]),
        ("nearly 1,200 people have died since the offensive began", [("killed", 1200, True)]),
        ("At least eight died including two children", [("killed", 8, True)]),
        ("Death toll from Aleppo bomb attack at least 112", [("killed", 112, True)]),
        (
            "The death toll from a bomb attack on a bus convoy outside Aleppo has reached at least 126",
            [("killed", 126, True)],
        ),
        (
            "13 people had been killed and 25 injured in airstrikes",
            [("killed", 13, False), ("injured", 25, False)],
        ),
        (
            "At least 11 civilians - among them four women - were killed in air raids",
            [("killed", 11, True)],
        ),
        (
            "Two Russian airmen were killed when their helicopter was shot down",
            [("killed", 2, False)],
        ),
        # Commas lost (FA-KES): the aside does not take the verb from the whole, and its count
        # is a part (figures round four).
        (
            "Fifteen civilians among them 11 children were killed in a barrel bomb attack",
            [("killed", 15, False)],
        ),
    ],
)
def test_figures(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "dozens of people were killed",
        "hundreds were wounded in the shelling",
        "after some 13 hours of marathon talks in Geneva on September 9",
        "the strikes began at 1600 GMT",
        "In 2016 the war entered its sixth year",
        "the F-16 fleet was grounded",
        "more than a quarter of a million people have been killed",
    ],
)
def test_no_figure_without_a_counted_thing(text: str) -> None:
    assert figures(text) == []


def test_hedges_are_recorded() -> None:
    text = "at least 15 people were confirmed dead"
    (figure,) = extract_figures(text, 0, len(text))
    assert (figure.qualifier, figure.subject, figure.text) == (
        "at least",
        "people",
        "at least 15 people",
    )


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("Sixty-two", 62),
        ("a hundred", 100),
        ("one hundred and twenty", 120),
        ("1,200", 1200),
        ("six", 6),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert parse_number(words) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # conjoined counts share the verb after the last one
        (
            "30 regime soldiers and 39 rebel fighters had been killed",
            [("killed", 30, False), ("killed", 39, False)],
        ),
        (
            "12 policemen, and four civilians were wounded",
            [("injured", 12, False), ("injured", 4, False)],
        ),
        ("five children and two women died", [("killed", 5, False), ("killed", 2, False)]),
        # a running count named after its number, or as 'the number of ... killed'
        ("the blast brought to 49 the number killed", [("killed", 49, False)]),
        ("raising to 12 the death toll", [("killed", 12, False)]),
        ("The number of civilians killed has risen to 425", [("killed", 425, False)]),
        ("the number of dead reached 70", [("killed", 70, False)]),
        # bodies are the dead
        ("at least 100 bodies were recovered", [("killed", 100, True)]),
        ("61 bodies had been pulled from the rubble", [("killed", 61, False)]),
        # verbs of death with modals and idioms
        ("six soldiers lost their lives", [("killed", 6, False)]),
        ("as many as 200 civilians may have been killed", [("killed", 200, True)]),
        ("12 people would have been killed", [("killed", 12, False)]),
    ],
)
def test_counts_of_the_genre(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text", ["two suicide car bombs exploded", "a car bomb and three car-bombs went off"]
)
def test_car_bombs_are_not_vehicles(text: str) -> None:
    assert "vehicles" not in {metric for metric, _, _ in figures(text)}


# Constructions of the genre, each in several wordings (issue 7, second round).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One person named by an article: 'a child was killed' is one killed.
        ("A child was killed in the shelling", [("killed", 1, False)]),
        (
            "a civilian killed and three others wounded",
            [("killed", 1, False), ("injured", 3, False)],
        ),
        ("A Pakistani soldier was martyred", [("killed", 1, False)]),
        ("an Afghan policeman was wounded", [("injured", 1, False)]),
        ("the shelling killed a woman", [("killed", 1, False)]),
        ("a soldier said the town was calm", []),
        ("a child was playing in the street when the shell landed", []),
        # Hedges: 'well over', 'just over', 'a minimum of'.
        ("the strikes killing well over 1000 people", [("killed", 1000, True)]),
        ("just over 40 people were wounded", [("injured", 40, True)]),
        ("a minimum of 12 soldiers were killed", [("killed", 12, True)]),
        # A count inside a total is not a second toll.
        ("41 civilians, 10 of them children, were killed", [("killed", 41, False)]),
        ("23 people, six of whom were women, were killed", [("killed", 23, False)]),
        # The dead named after the fact.
        ("The dead included 12 soldiers", [("killed", 12, False)]),
        ("Among the dead were 7 children", [("killed", 7, False)]),
        ("Among the wounded were 4 women", [("injured", 4, False)]),
        ("Two policemen were among those killed", [("killed", 2, False)]),
        ("three medics were among the wounded", [("injured", 3, False)]),
        # Noun forms of the casualty: 'the martyrdom of', 'the injury of', 'the wounding of'.
        (
            "caused the martyrdom of three people and the injury of two others",
            [("killed", 3, False), ("injured", 2, False)],
        ),
        (
            "resulted in the death of five civilians and the wounding of 11",
            [("killed", 5, False), ("injured", 11, False)],
        ),
        # A quoted count, the verb outside the quotation.
        ('He said "12 Daesh terrorists" were killed in the raid', [("killed", 12, False)]),
        ("officials said “30 militants” were killed", [("killed", 30, False)]),
        # Lives lost: bereaved speakers, tolls stated as lives.
        ("My brother lost his five daughters", [("killed", 5, False)]),
        ("she lost her two sons in the strike", [("killed", 2, False)]),
        ("It has claimed at least 3,000 civilian lives", [("killed", 3000, True)]),
        ("the fighting cost 40 lives", [("killed", 40, False)]),
        ("an official source said 2 citizens were killed", [("killed", 2, False)]),
        # Running counts of the wounded, not only of the dead.
        (
            "the number of civilians killed has risen to 425, while the number of wounded - to 2,091",
            [("killed", 425, False), ("injured", 2091, False)],
        ),
        ("the number of wounded rose to 300", [("injured", 300, False)]),
        ("the number of injured reached 75", [("injured", 75, False)]),
        ("the number of dead rose to 50", [("killed", 50, False)]),
        (
            "The blast killed 14, putting the death toll at at least 70",
            [("killed", 14, False), ("killed", 70, True)],
        ),
        # Ranges: the lower end, approximate.
        ("between 20 and 30 people were killed", [("killed", 20, True)]),
        ("20 to 30 people were killed", [("killed", 20, True)]),
        ("two or three civilians were wounded", [("injured", 2, True)]),
        ("the toll rose from 20 to 30", [("killed", 30, False)]),
        ("killing 5 and injuring 9", [("killed", 5, False), ("injured", 9, False)]),
        # Vague quantities carry no number.
        ("scores of people were killed", []),
        ("dozens were wounded", []),
        # Noun forms and victims named by people.
        (
            "led to the killing of one person and the injury of 40 others",
            [("killed", 1, False), ("injured", 40, False)],
        ),
        ("the video shows the killing of two activists", [("killed", 2, False)]),
        ("the airstrike has claimed lives of eight civilians", [("killed", 8, False)]),
        (
            "the blasts claiming 4 martyrs and 13 injured",
            [("killed", 4, False), ("injured", 13, False)],
        ),
        ("6 Lebanese martyrs and 22 injured", [("killed", 6, False), ("injured", 22, False)]),
        ("Around 15 young Assyrians are martyred", [("killed", 15, True)]),
        ("12 Iraqis were wounded", [("injured", 12, False)]),
        ("three Kurds were killed", [("killed", 3, False)]),
        ("five members of one family were killed", [("killed", 5, False)]),
        ("A 10-year-old boy was among the dead", [("killed", 1, False)]),
        ("two 12-year-old girls were wounded", [("injured", 2, False)]),
        ("A U.S. service member was killed", [("killed", 1, False)]),
        ("three U.S. soldiers were wounded", [("injured", 3, False)]),
        ("12 relatives of two brothers were killed", [("killed", 12, False)]),
    ],
)
def test_genre_constructions(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert [f for f in figures(text) if f[0] != "other"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman and her two children were killed in the raid.", [("killed", 3, False)]),
        ("a man, a woman and their two children were killed", [("killed", 4, False)]),
        ("A father and his three sons were killed in the strike.", [("killed", 4, False)]),
        ("An elderly man and his five grandchildren were wounded.", [("injured", 6, False)]),
    ],
)
def test_people_named_before_their_kin_are_counted_with_them(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fatalities stood at 35 on Sunday.", 35),
        ("The death count rose to 40.", 40),
        ("Civilian fatalities reached 12.", 12),
    ],
)
def test_fatalities_and_death_counts_are_tolls(text: str, value: int) -> None:
    assert figures(text) == [("killed", value, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Pakistan army soldier was killed and another was seriously injured.",
            [("killed", 1, False), ("injured", 1, False)],
        ),
        (
            "Two soldiers were killed and another soldier wounded.",
            [("killed", 2, False), ("injured", 1, False)],
        ),
        (
            "One guard died and another was missing after the raid.",
            [("killed", 1, False), ("missing", 1, False)],
        ),
    ],
)
def test_and_another_after_a_count_is_one_more(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


def test_and_another_without_a_count_before_is_nothing() -> None:
    assert figures("The army sent another unit, which was wounded in pride.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four U.S.-led coalition warplanes struck the bridge.", [("aircraft", 4, False)]),
        ("Two U.N. vehicles were hit.", [("vehicles", 2, False)]),
    ],
)
def test_dotted_modifiers_before_a_counted_noun(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Last updated at Jul 282016 A massive bomb blast shook the city.", "Jun 12 Two rockets hit."],
)
def test_a_day_after_an_abbreviated_month_is_a_date(text: str) -> None:
    assert all(f.value not in (282016, 12) for f in extract_figures(text, 0, len(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blast killed 30 people injured 90 in the market.",
            [("killed", 30, False), ("injured", 90, False)],
        ),
        (
            "Airstrikes killed 14 civilians wounded more than 30 in Idlib.",
            [("killed", 14, False), ("injured", 30, True)],
        ),
        (
            "The shelling killed eight people wounding at least 20.",
            [("killed", 8, False), ("injured", 20, True)],
        ),
        ("Six children killed 3 weeks ago were buried.", [("killed", 6, False)]),
        ("Five people injured in the blast were taken to hospital.", [("injured", 5, False)]),
    ],
)
def test_a_casualty_verb_with_its_own_count_starts_the_next_clause(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine persons killed 12 injured in attack",
            [("killed", 9, False), ("injured", 12, False)],
        ),
        (
            "3 Civilians Killed 38 Injured in Rocket Attacks",
            [("killed", 3, False), ("injured", 38, False)],
        ),
    ],
)
def test_a_headline_list_keeps_each_count_with_its_participle(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("At least 53 civilians including 21 children died in the raids.", 53),
        ("Some 40 people among them 11 children died.", 40),
        ("Twelve people including three women killed in Idlib strike", 12),
        ("15 fighters among them two commanders dead after clashes", 15),
    ],
)
def test_an_aside_without_commas_is_a_part_of_the_total(text: str, total: int) -> None:
    found = extract_figures(text, 0, len(text))
    assert found[0].metric == "killed"
    assert found[0].value == total
    assert all(f.value <= total for f in found)


@dataclass
class _Claim:
    figures: list[ExtractedFigure] = field(default_factory=list)
    id: str = "clm"
    source_id: str = "src"


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("30 regime soldiers and 39 rebel fighters had been killed.", 69),
        ("30 regime and 39 rebel fighters have been killed.", 69),
        ("At least 12 Syrian and four Russian soldiers were killed.", 16),
        ("The strikes killed 20 government and 15 opposition fighters.", 35),
    ],
)
def test_coordinated_counts_of_one_verb_add_up(text: str, total: int) -> None:
    claim = _Claim(extract_figures(text, 0, len(text)))
    assert {f.metric for f in claim.figures} == {"killed"}
    assert claim_total(claim, "killed") == total


def test_a_count_without_a_noun_takes_the_noun_of_the_next() -> None:
    text = "30 regime and 39 rebel fighters have been killed."
    first = extract_figures(text, 0, len(text))[0]
    assert (first.value, first.text, first.subject) == (30, "30 regime", "regime fighters")
    assert figures("The army fired 30 shells and 12 rockets at the town.") == [
        ("missiles", 30, False),
        ("missiles", 12, False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 30 militants of the so-called Islamic State group in the province of Raqqa"
            " were killed in the raids.",
            [("killed", 30, True)],
        ),
        (
            "Some 25 fighters belonging to the al-Nusra Front in the countryside of Idlib have"
            " been killed.",
            [("killed", 25, True)],
        ),
        ("40 soldiers of the army's 4th division were killed.", [("killed", 40, False)]),
        ("30 of its staff were still missing.", [("missing", 30, False)]),
        (
            "At least 20 members of IS were killed and others were injured",
            [("killed", 20, True)],
        ),
    ],
)
def test_a_long_post_modifier_before_the_verb(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


def test_a_post_modifier_does_not_run_into_another_clause() -> None:
    assert figures("Five people in the town of Douma who fled were later wounded.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 ISIS Bombers Killed In Airstrike", [("killed", 6, "ISIS Bombers")]),
        ("12 Regime Soldiers Killed in Hama Clashes", [("killed", 12, "Regime Soldiers")]),
        ("Two Russian Pilots Wounded", [("injured", 2, "Russian Pilots")]),
        ("Airstrikes Kill 14 Civilians In Idlib", [("killed", 14, "Civilians")]),
    ],
)
def test_a_title_case_headline_names_what_it_counts(
    text: str, expected: list[tuple[str, int, str]]
) -> None:
    found = extract_figures(text, 0, len(text))
    assert [(f.metric, f.value, f.subject) for f in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("175 terrorists were killed and injured in Aleppo", [("casualties", 175, False)]),
        ("25 Terrorists Killed Injured in Qalamoun", [("casualties", 25, False)]),
        ("More than 50 people were killed or wounded.", [("casualties", 50, True)]),
        ("The shelling ended up killing or wounding 40 people.", [("casualties", 40, False)]),
        ("Twenty people killed and 30 injured", [("killed", 20, False), ("injured", 30, False)]),
    ],
)
def test_one_count_of_the_dead_and_the_wounded_is_casualties(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the war has killed more than 220000 people and wounded at least 1 million",
            [("killed", 220000, True), ("injured", 1_000_000, True)],
        ),
        ("At least 20 thousand people have been killed", [("killed", 20_000, True)]),
        ("some 1.5 million people were injured", [("injured", 1_500_000, True)]),
    ],
)
def test_digits_with_a_scale_word(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syria accused Belgium, a member of a US-led coalition fighting militants in Syria of"
            " killing six civilians",
            [("killed", 6, False)],
        ),
        (
            "an attack against one of its posts in Assal al-Ward in Qalamoun killing 10 terrorists",
            [("killed", 10, False)],
        ),
    ],
)
def test_a_post_modifier_needs_a_finite_verb_when_long(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 30 members of the YPG and asayesh were killed",
            [("killed", 30, True)],
        ),
        (
            "19 fighters from the group and four civilians were killed in the blast",
            [("killed", 19, False), ("killed", 4, False)],
        ),
        (
            "Airstrikes have killed three children from the same family and injured many others",
            [("killed", 3, False)],
        ),
        (
            "The death toll was put at 8 civilians in addition to 12 injured",
            [("killed", 8, False), ("injured", 12, False)],
        ),
    ],
)
def test_a_post_modifier_stops_before_another_count_or_verb(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ISIL terrorists beheaded eight Syrian militants who had surrendered",
            [("killed", 8, False)],
        ),
        ("ISIL Beheads 8 Syria Militants despite Surrendering", [("killed", 8, False)]),
        ("The group crucified 9 men in the town square", [("killed", 9, False)]),
        ("ISIS executes three people in Raqqa", [("killed", 3, False)]),
        (
            "The Syrian army units eliminated over 75 Nusra Front militants in Daraa",
            [("killed", 75, True)],
        ),
        ("Syrian Army Eliminates 40 Terrorists near Palmyra", [("killed", 40, False)]),
    ],
)
def test_verbs_of_killing_before_the_count(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    # Beheading, crucifying, executing and 'eliminating' a number of people kill them.
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text", ["the army eliminated 5 checkpoints", "Troops eliminated 3 hideouts of the group"]
)
def test_eliminating_things_kills_no_one(text: str) -> None:
    assert [f for f in figures(text) if f[0] == "killed"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An aside whose commas were lost: the total keeps the verb.
        ("at least 73 civilians mostly women and children were killed in air strikes", 73),
        ("35 civilians mostly schoolchildren and teachers were killed", 35),
        ("20 people mainly farmers were killed in the shelling", 20),
        ("Over 110 Al-Nusra terrorists most of them non-Syrians were killed in Lattakia", 110),
        ("At least 412 people more than half of them from ISIS have been killed", 412),
        ("Over 750 people mostly women and children have so far been killed", 750),
        # A noun of killing before the count.
        ("the gruesome beheadings of at least 18 men described as Syrian soldiers", 18),
        ("a video showing the execution of 17 young men from the town", 17),
        # 'destroyed' a count of people, as state media word it.
        ("The military and self-defense forces destroyed over 60 terrorists.", 60),
    ],
)
def test_killed_counts_in_the_wordings_of_the_genre(text: str, expected: int) -> None:
    assert [f[1] for f in figures(text) if f[0] == "killed"] == [expected]


def test_destroying_things_kills_no_one() -> None:
    assert figures("the army destroyed 3 tanks") == [("vehicles", 3, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 41 FSA rebels were rounded up and executed by the extremist group", 41),
        ("eight men were beheaded in the square", 8),
        ("12 prisoners had been executed", 12),
    ],
)
def test_passive_executions_kill(text: str, expected: int) -> None:
    assert [f[1] for f in figures(text) if f[0] == "killed"] == [expected]


def test_people_who_execute_a_plan_are_not_dead() -> None:
    assert [f for f in figures("Five soldiers executed the plan") if f[0] == "killed"] == []


def test_destroying_other_things_kills_no_one() -> None:
    text = "jets destroying two other key bridges over the Euphrates River"
    assert [f for f in figures(text) if f[0] == "killed"] == []
