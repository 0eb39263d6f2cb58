"""Incidents: the toll a report leads with, background tolls, the scraped headline."""

from __future__ import annotations

from datetime import date

import pytest

from app.extract import DocumentMeta, extract_document

META = DocumentMeta(publisher="AFP", published_on=date(2016, 7, 5))


def killed(text: str, meta: DocumentMeta = META) -> tuple[int, int, int] | None:
    incident = extract_document(text, meta).incidents[0]
    return next(((e.low, e.best, e.high) for e in incident.estimates if e.metric == "killed"), None)


def test_best_is_the_toll_the_report_leads_with() -> None:
    text = (
        "A car bomb killed 16 civilians outside a bakery in Qamishli on Tuesday, the monitor said. "
        "Local activists put the death toll at 20."
    )
    assert killed(text) == (16, 16, 20)


@pytest.mark.parametrize(
    "background",
    [
        "More than 280,000 people have been killed since Syria's conflict broke out in March 2011.",
        "The six-year war has killed more than 320,000 people.",
        "The conflict, which began in 2011, has left more than 300,000 people dead.",
        "So far this year 1,200 civilians were killed in the province, the monitor said.",
        "The overall death toll in the province stands at 4,000.",
        "At least 230,000 people have been killed in Syria's multi-front conflict.",
        "Some 865 people have been killed since coalition strikes began in September.",
        "Since the campaign started, 1,300 people have died, the monitor says.",
        "More than 250,000 people have died during the crisis, according to the UN.",
        "The war in Yemen: 10,000 killed, the UN says.",
    ],
)
def test_background_tolls_are_context_not_the_incident(background: str) -> None:
    text = f"An air strike killed 12 people in Idlib on Monday, the monitor said. {background}"
    assert killed(text) == (12, 12, 12)


def test_a_scraped_headline_states_the_toll() -> None:
    text = (
        "Russian strikes kill 53 civilians in Deir ez-Zor AFP Sunday 15 Oct 2017 "
        "Russian air strikes on Saturday killed 21 people near Mayadin, the monitor said."
    )
    (incident,) = extract_document(text, DocumentMeta(publisher="AFP")).incidents
    assert [(e.low, e.best, e.high) for e in incident.estimates if e.metric == "killed"] == [
        (21, 53, 53)
    ]
    assert incident.admin1 == "Deir ez-Zor"
    assert [(a.actor_id, a.role) for a in incident.actors][:1] == [("russia", "perpetrator")]


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Suicide bomber kills 4 in town",
            "A bomber killed four people in Qardaha on Monday, the monitor said, as air strikes "
            "and warplanes pounded the province and jets flew overhead.",
            "suicide bombing",
        ),
        # The text names no type: the headline's decides.
        (
            "Jihadists execute three rebel officers",
            "Three officers were killed in Deir ez-Zor on Monday, the monitor said.",
            "execution",
        ),
        # The text's event is of another kind than the headline's: the text's (issue 8, item 4).
        (
            "Syria uses chemical weapons, says minister",
            "Seventy people were killed in Idlib in air strikes by warplanes and jets, the "
            "minister said.",
            "airstrike",
        ),
    ],
)
def test_the_headline_says_what_the_main_incident_is(title: str, body: str, expected: str) -> None:
    incident = extract_document(body, DocumentMeta(title=title, published_on=date(2016, 7, 5)))
    assert incident.incidents[0].type == expected


@pytest.mark.parametrize(
    "other",
    [
        "The strike came just a day after more than 100 civilians were killed in Idlib.",
        "It happened two days before at least 40 people died in shelling on Douma.",
        "The raid came hours after 30 fighters were killed near Hama.",
        "In August 2013 a sarin attack on Eastern Ghouta killed 1,429 people, the US said.",
        "In 2014, 200 people were killed in a similar attack on the town.",
        "It was the second time this month that jets hit the town, after at least 17 people "
        "were killed in an October 2 attack.",
        "The raid was the latest in a series of strikes after 40 people died in the market.",
    ],
)
def test_another_days_toll_is_not_the_incidents(other: str) -> None:
    text = f"An air strike killed 12 people in Saraqeb on Monday, the monitor said. {other}"
    assert killed(text) == (12, 12, 12)


def test_a_toll_after_its_event_still_counts() -> None:
    # The marker must come before the toll: here the 12 come first and the day after is context.
    text = (
        "An air strike killed 12 people in Saraqeb a day after the truce ended, the monitor said."
    )
    assert killed(text) == (12, 12, 12)
    # A repeated event with its own toll first: the toll is the incident's.
    text = "For the second time this month jets hit Saraqeb, killing 12 people after 3 warnings."
    assert killed(text) == (12, 12, 12)
    # The year of the article itself is no other time.
    text = "In 2016, an air strike killed 12 people in Saraqeb on Monday, the monitor said."
    assert killed(text) == (12, 12, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Air strikes killed at least five civilians on Sunday as the world awaits a ceasefire.",
        "Five civilians were killed in shelling hours before the truce took effect.",
        "Despite the agreement, air raids killed five people in Aleppo.",
    ],
)
def test_a_toll_beside_a_truce_is_the_incidents(sentence: str) -> None:
    assert killed(f"{sentence} The monitor gave the toll.") == (5, 5, 5)


def test_a_large_toll_of_one_event_in_the_war_stays() -> None:
    text = (
        "A chemical attack killed 1,400 people in Ghouta during the war's worst week, the US said."
    )
    assert killed(text) == (1400, 1400, 1400)


@pytest.mark.parametrize(
    "other",
    [
        "In Idlib province, shelling killed seven people, the monitor said.",
        "Elsewhere in Homs, three fighters died in clashes.",
        "Meanwhile in the city of Hama, a car bomb killed seven people.",
        "In neighbouring Iraq, a suicide bomber killed 30 people in Baghdad.",
    ],
)
def test_an_event_in_another_division_is_its_own_incident(other: str) -> None:
    text = f"An air strike killed 12 people in Aleppo on Monday, the monitor said. {other}"
    incidents = extract_document(text, META).incidents
    assert len(incidents) == 2
    assert incidents[0].admin1 == "Aleppo"
    assert [(e.low, e.best, e.high) for e in incidents[0].estimates if e.metric == "killed"] == [
        (12, 12, 12)
    ]


@pytest.mark.parametrize(
    ("sentence", "admin1"),
    [
        (
            "A car bomb killed 12 people in Baghdad on Sunday, a week after another bomb in "
            "the Syrian city of Aleppo.",
            "Baghdad",
        ),
        (
            "A car bomb killed 12 people in Baghdad on Sunday, days after a similar attack in "
            "Aleppo.",
            "Baghdad",
        ),
        (
            "Shelling killed 5 civilians in Idlib on Monday, similar to an attack in Mosul last "
            "month.",
            "Idlib",
        ),
        (
            "A suicide bomber killed 9 people in Kirkuk, just two weeks after a blast in Raqqa.",
            "Kirkuk",
        ),
        ("Rebels shot dead four soldiers in Homs, hours after a raid on Basra.", "Homs"),
    ],
)
def test_a_place_in_a_clause_about_another_event_does_not_place_this_one(
    sentence: str, admin1: str
) -> None:
    (incident, *_) = extract_document(sentence, META).incidents
    assert incident.admin1 == admin1


@pytest.mark.parametrize(
    "same",
    [
        "In Aleppo city, rescuers said seven of the dead were children.",  # the same division
        "In Idlib province, the raids also killed seven people.",  # points back at the raids
        "Seven people were killed in Idlib province, rescuers said.",  # does not open on it
    ],
)
def test_the_same_event_stays_one_incident(same: str) -> None:
    text = f"An air strike killed 12 people in Aleppo on Monday, the monitor said. {same}"
    assert len(extract_document(text, META).incidents) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Islamic State beheaded eight fighters in Deir ez-Zor, the monitor said.",
        "IS militants crucified five men in the town of Mayadin, activists said.",
        "The jihadists executed 18 people in Raqqa on Friday, the monitor said.",
        "ISIS beheads eight fighters in Deir ez-Zor.",
    ],
)
def test_executions_are_events(sentence: str) -> None:
    (incident, *_) = extract_document(sentence, META).incidents
    assert incident.type == "execution"


@pytest.mark.parametrize(
    "sentence",
    [
        "The car blew up on the western edge of the town of Qamishli.",
        "The monitor spoke after Tuesday's assault at Shaer in Homs province.",
        "The assault on the border town of Ras al-Ain was part of a wider offensive.",
        "A bomb went off near a checkpoint in Qamishli.",
    ],
)
def test_an_event_sentence_places_the_incident(sentence: str) -> None:
    text = f"Twenty people were killed in northern Syria, state TV said. {sentence}"
    (incident, *_) = extract_document(text, META).incidents
    assert incident.admin1 in ("Hasakah", "Homs")


def test_reading_incidents_changes_no_claim() -> None:
    """`read_incidents` returns each claim's incident instead of writing it into the claims;
    the pipeline's claims carry those same links."""
    from copy import deepcopy
    from dataclasses import replace

    from app.extract.incidents import read_incidents
    from app.extract.registry import default_registry

    text = (
        "A car bomb killed 16 civilians outside a bakery in Qamishli on Tuesday, the monitor said. "
        "More than 280,000 people have been killed since Syria's conflict broke out in March 2011. "
        "In a separate attack, shelling killed four people in Idlib province, activists said. "
        "The monitor said the toll could rise."
    )
    extraction = extract_document(text, META)
    claims = [replace(c, incident_id=None) for c in extraction.claims]
    untouched = deepcopy(claims)
    registry, sha = default_registry(), extraction.document.sha256
    found = read_incidents(registry, text, claims, sha, META.published_on, "SY", None)
    assert claims == untouched
    assert len(found.incidents) == 2
    assert None in found.incident_of  # the war's toll is background
    assert (found.incidents, found.context) == (extraction.incidents, extraction.context)
    assert [c.incident_id for c in extraction.claims] == found.incident_of


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        # The body gives no toll: the headline's is the incident's.
        (
            "Syria: 20 civilians killed in Idlib air raids",
            "Warplanes struck the town of Saraqeb on Tuesday and civilians were killed, the monitor said.",
            (20, 20, 20),
        ),
        (
            "Suicide Bomber Kills 30 at Funeral in Iraq",
            "A suicide bomber attacked a funeral procession north of Baghdad on Wednesday.",
            (30, 30, 30),
        ),
        # The body leads with its own toll: the headline's widens the range, best stays.
        (
            "Car bomb kills 20 in Qamishli",
            "A car bomb killed 16 civilians outside a bakery in Qamishli on Tuesday, the monitor said.",
            (16, 16, 20),
        ),
    ],
)
def test_the_headline_toll_counts_for_the_main_incident(
    title: str, body: str, expected: tuple[int, int, int]
) -> None:
    assert (
        killed(body, DocumentMeta(title=title, publisher="AFP", published_on=date(2016, 7, 5)))
        == expected
    )


def test_a_headline_repeated_in_the_text_counts_once() -> None:
    title = "Car bomb kills 20 in Qamishli"
    body = f"{title}. A car bomb killed 16 civilians outside a bakery in Qamishli on Tuesday."
    meta = DocumentMeta(title=title, publisher="AFP", published_on=date(2016, 7, 5))
    extraction = extract_document(body, meta)
    assert killed(body, meta) == (16, 20, 20)  # the text's first sentence leads
    assert sum(f.value == 20 for c in extraction.claims for f in c.figures) == 1


def test_the_sentence_that_reports_the_toll_places_the_incident() -> None:
    # Gaza is named more often, but the toll is Nabatieh's.
    text = (
        "Israeli jets struck a Hezbollah position near Nabatieh in southern Lebanon on Monday, "
        "killing two fighters, the army said. The strike came as Israel's war in Gaza went on. "
        "Israeli raids on Gaza have continued for months."
    )
    (incident,) = extract_document(text, DocumentMeta()).incidents
    assert (incident.country, incident.admin1) == ("LB", "Nabatieh")
    other = (
        "A drone strike on a car killed two men in Nabatieh, Lebanese media said. The war in "
        "Gaza, where Israel has struck Rafah and Khan Younis, went on."
    )
    (incident,) = extract_document(other, DocumentMeta()).incidents
    assert incident.country == "LB"


def test_a_place_of_the_war_s_toll_does_not_place_the_incident() -> None:
    text = (
        "Shelling killed four civilians in a village on Monday, the monitor said. Since the war "
        "began in 2011 more than 300,000 people have been killed across Syria, many in Aleppo."
    )
    (incident,) = extract_document(text, DocumentMeta()).incidents
    assert incident.admin1 != "Aleppo"


@pytest.mark.parametrize(
    "other",
    [
        "Two soldiers were killed in clashes elsewhere in Hama province, it said.",
        "In other clashes, five rebels died near Hama.",
        "In a separate ambush, gunmen killed four soldiers in Hama.",
        "On the same day, a car bomb killed three people in Hama.",
        "In other fighting, six fighters were killed near Hama.",
    ],
)
def test_each_event_an_article_reports_is_its_own_incident(other: str) -> None:
    lead = "An air strike killed 12 people in Idlib on Monday, the monitor said. "
    main, second = extract_document(lead + other, DocumentMeta()).incidents
    assert [e.best for e in main.estimates if e.metric == "killed"] == [12]
    assert second.admin1 == "Hama"
    assert [e.metric for e in second.estimates] == ["killed"]
    assert 12 not in [e.best for e in second.estimates]


def test_a_breakdown_of_the_toll_is_not_another_incident() -> None:
    text = (
        "An air strike killed 12 people in Idlib on Monday, the monitor said. The strike hit a "
        "market elsewhere described as busy. Rescuers said three children were among the dead."
    )
    assert len(extract_document(text, DocumentMeta()).incidents) == 1


@pytest.mark.parametrize("credit", ["(AFP photo)", "(Reuters Photo)", "(Photo: SANA)"])
def test_a_photo_caption_does_not_place_the_incident(credit: str) -> None:
    text = (
        f"A fighter runs near destroyed buildings in the city of Hasakeh on Monday {credit} "
        "Thirteen civilians were killed in air strikes on Wednesday on the province of Aleppo, "
        "a monitor said."
    )
    (incident,) = extract_document(text, DocumentMeta()).incidents
    assert incident.admin1 == "Aleppo"


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "6 citizens killed in terrorist attacks with shells in Damascus Aleppo and Idleb",
            "6 citizens killed in terrorist attacks with shells in Damascus Aleppo and Idleb. "
            "Terrorists fired mortar shells on Damascus city, killing a woman. "
            "In Aleppo, rocket shells fired by terrorists killed 5 citizens.",
        ),
        (
            "Six civilians killed by rocket attacks in Damascus, Aleppo",
            "Terrorists fired mortar shells on Damascus city on Friday, killing a woman. "
            "Elsewhere, rocket shells fired by terrorists on Aleppo killed five citizens.",
        ),
        (
            "Six Killed in Terrorist Rocket Attacks on Damascus and Homs",
            "Six Killed in Terrorist Rocket Attacks on Damascus and Homs. A rocket shell killed "
            "one woman in Damascus on Friday. Meanwhile in Homs, rockets killed five people.",
        ),
    ],
)
def test_a_round_ups_total_is_no_one_incidents(title: str, text: str) -> None:
    """A headline summing up events in several divisions: each incident keeps its own toll;
    the total only bounds the first one's from above."""
    first, second, *_ = extract_document(
        text, DocumentMeta(title=title, published_on=META.published_on)
    ).incidents
    assert [(e.low, e.best, e.high) for e in first.estimates if e.metric == "killed"] == [(1, 1, 6)]
    assert [e.best for e in second.estimates if e.metric == "killed"] == [5]


def test_a_headline_of_one_place_still_gives_the_toll() -> None:
    title = "Six civilians killed in rocket attack on Damascus"
    text = "Six civilians killed in rocket attack on Damascus. A rocket hit a market in the city."
    assert killed(text, DocumentMeta(title=title, published_on=META.published_on)) == (6, 6, 6)


@pytest.mark.parametrize(
    "later",
    [
        "Rights groups accuse the government of chlorine and sarin attacks. "
        "A nerve agent attack in March killed dozens. Chemical weapons were also used in Hama. "
        "The toxic gas attacks were denied. Sarin was found in samples.",
        "Clashes raged near the front. Fighting went on for days. The battle for the city "
        "continued. Clashes spread to the east. Fighting displaced thousands.",
    ],
)
def test_the_type_is_told_by_the_first_event_sentences(later: str) -> None:
    text = (
        "Air strikes killed 12 civilians in Idlib on Monday, the monitor said. "
        "Warplanes hit a market in the town. The air raids also wounded 30 people. "
        "Rescuers searched the rubble after the strikes. The jets returned at night. " + later
    )
    assert extract_document(text, META).incidents[0].type == "airstrike"


@pytest.mark.parametrize(
    "text",
    [
        "At least 30 militants were killed in clashes with Kurdish troops in northeastern Syria on "
        "Thursday. The fighting took place near a village in Hasakeh province, the monitor said.",
        "Thirty IS fighters died in northeast Syria on Thursday, activists said. "
        "The Observatory said the battle was south of Ras al-Ain, a town in Hasakeh province.",
        "Air strikes killed 30 militants in Syria on Thursday. "
        "The raids hit positions in Hasakeh province, according to the monitor.",
    ],
)
def test_a_finer_place_of_the_report_wins_over_the_bare_country(text: str) -> None:
    (incident, *_) = extract_document(text, META).incidents
    assert (incident.country, incident.admin1) == ("SY", "Hasakah")


def test_a_background_sentences_place_does_not_place_the_event() -> None:
    text = (
        "At least 30 militants were killed in clashes in Syria on Thursday, the monitor said. "
        "More than 300,000 people have been killed in Aleppo and elsewhere since the war began "
        "in 2011."
    )
    (incident, *_) = extract_document(text, META).incidents
    assert (incident.location_precision, incident.admin1) == ("country", None)


@pytest.mark.parametrize(
    ("text", "incident_type"),
    [
        # A doer without aircraft fired the rockets or shells; the air strikes are another side's.
        (
            "Rebel rocket fire killed five civilians in Aleppo, a day after regime warplanes "
            "struck rebel areas.",
            "missile strike",
        ),
        (
            "Five civilians were killed in Aleppo when rebels shelled the city. Government air "
            "strikes on the eastern districts continued.",
            "shelling",
        ),
        (
            "IS militants fired mortars at Deir ez-Zor, killing four, as warplanes flew overhead.",
            "shelling",
        ),
        # A doer with aircraft keeps the air strikes.
        ("Regime air strikes killed five in Aleppo as rebels fired mortars.", "airstrike"),
    ],
)
def test_a_doer_without_aircraft_fired_from_the_ground(text: str, incident_type: str) -> None:
    (incident, *_) = extract_document(text, META).incidents
    assert incident.type == incident_type


@pytest.mark.parametrize(
    ("text", "incident_type"),
    [
        # A weapon's word before a programme or a stock names no attack.
        (
            "Coalition air strikes killed 20 IS operatives in Raqqa, including a leader of the "
            "group's chemical weapons program.",
            "airstrike",
        ),
        (
            "Coalition air strikes killed 20 IS fighters in Raqqa. The strikes hit a chemical "
            "weapons facility.",
            "airstrike",
        ),
        ("Shelling killed 9 in Homs as inspectors checked chemical stockpiles.", "shelling"),
        # The weapon used is the attack's type.
        ("A chemical weapons attack killed 20 people in Douma.", "chemical attack"),
    ],
)
def test_a_weapons_programme_is_no_attack(text: str, incident_type: str) -> None:
    (incident, *_) = extract_document(text, META).incidents
    assert incident.type == incident_type


@pytest.mark.parametrize(
    ("title", "text", "incident_type"),
    [
        # The headline sums up the article's other news; the lead tells what the event was.
        (
            "Regime chlorine attacks condemned as shelling kills 8 in Idlib",
            "Regime artillery shelled the town of Saraqeb on Monday, killing eight civilians, "
            "activists said.",
            "shelling",
        ),
        (
            "Chemical weapons fears grow as rebels shell Aleppo",
            "Rebel mortar shells killed four people in a western district of Aleppo on Sunday, "
            "state media said.",
            "shelling",
        ),
        (
            "Toxic gas suspected; air strikes kill 12 in Douma",
            "Air strikes killed 12 people in Douma on Tuesday, the Observatory said.",
            "airstrike",
        ),
        # A headline alone decides when the text agrees or says nothing of the kind.
        (
            "Chlorine attack kills family of six in Aleppo",
            "Six members of one family died in an eastern district of Aleppo on Sunday, "
            "rescuers said.",
            "chemical attack",
        ),
        (
            "Chlorine attack kills family of six in Aleppo",
            "Six members of one family died in a chlorine gas attack on an eastern district "
            "of Aleppo on Sunday, rescuers said.",
            "chemical attack",
        ),
    ],
)
def test_the_headline_types_the_event_only_when_the_text_agrees_or_is_silent(
    title: str, text: str, incident_type: str
) -> None:
    meta = DocumentMeta(title=title, published_on=META.published_on)
    assert extract_document(text, meta).incidents[0].type == incident_type


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "At least 23 DAESH members were killed Sunday in northern Syria in an operation, "
            "security sources said. Kilis has been hit by rockets from across the border since "
            "January. Twenty people in Kilis have been killed by rockets that fell in the city.",
            None,
        ),
        (
            "Fourteen militants were killed in northern Syria on Tuesday, the military said. "
            "The Turkish town of Kilis lies 6 kilometers from the border and 20 people were "
            "killed there by rockets this year.",
            None,
        ),
        (
            "Air strikes killed 12 militants in northern Syria on Tuesday. Rockets fired from "
            "across the border have killed 21 people in the Turkish town of Kilis this year. The "
            "strikes hit positions in the countryside of Aleppo, the monitor said.",
            "Aleppo",
        ),
    ],
)
def test_the_country_of_the_main_toll_wins_over_another_countrys_town_named_later(
    text: str, admin1: str | None
) -> None:
    (incident, *_) = extract_document(text, META).incidents
    assert (incident.country, incident.admin1) == ("SY", admin1)


@pytest.mark.parametrize(
    "text",
    [
        "Air strikes killed 12 people in Idlib on Tuesday, the monitor said. A week earlier, on "
        "Thursday, strikes on Ariha killed three. On Thursday rescuers also found two bodies. "
        "Thursday's raids hit a school.",
        "Twelve people were killed in a car bomb in Azaz on June 28, activists said. A similar "
        "blast on June 30 wounded two. Markets reopened on June 30, and the June 30 blast was "
        "claimed by IS.",
        "A suicide bomber killed 12 people at a wedding in Hasakeh on Tuesday night. Two days "
        "later, on Thursday, a second bomber was arrested. Thursday's arrest followed a raid.",
    ],
)
def test_the_main_event_sentences_day_wins_over_days_named_more_often(text: str) -> None:
    meta = DocumentMeta(published_on=date(2016, 7, 1))  # a Friday
    (incident, *_) = extract_document(text, meta).incidents
    assert incident.occurred_on == date(2016, 6, 28)


@pytest.mark.parametrize(
    "text",
    [
        "Syria air strikes kill dozens AFP Friday 1 Jul 2016 Air strikes killed 25 people in "
        "Talbisseh on Tuesday, the monitor said.",
        "Bombs kill 12 in Azaz Reuters Friday July 1 2016 A car bomb killed 12 people in Azaz on "
        "Tuesday, activists said.",
        "Rebels shell Aleppo 1 July 2016 Rebel shells killed 12 people in Aleppo on Tuesday, "
        "state media said.",
    ],
)
def test_a_scraped_dateline_in_the_first_sentence_is_not_the_events_day(text: str) -> None:
    meta = DocumentMeta(published_on=date(2016, 7, 1))
    (incident, *_) = extract_document(text, meta).incidents
    assert incident.occurred_on == date(2016, 6, 28)


@pytest.mark.parametrize(
    "sentence",
    [
        "A terrorist motorcycle bomb attack near a mosque in Latakia city left five dead.",
        "A truck bomb killed 12 people at a checkpoint in Azaz on Monday.",
        "A roadside bomb killed four soldiers near Daraa on Sunday.",
        "A booby-trapped car killed six people in Homs on Friday.",
    ],
)
def test_bombs_of_every_vehicle_are_bombings(sentence: str) -> None:
    assert extract_document(sentence, META).incidents[0].type == "bombing"


@pytest.mark.parametrize(
    "text",
    [
        "BEIRUT A Daesh counterattack on regime forces near Tabqa left 28 militants dead on "
        "Monday, a monitor said.",
        "BEIRUT (AFP) - Air strikes killed 12 civilians in the town of Tabqa on Monday, the "
        "Observatory said.",
        "BEIRUT — Twelve people were killed when rockets hit Tabqa on Monday, activists said.",
    ],
)
def test_a_datelines_town_places_the_event_only_after_every_other_place(text: str) -> None:
    (incident, *_) = extract_document(text, META).incidents
    assert (incident.place_name, incident.admin1) == ("Tabqa", "Raqqa")


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers detonated explosive vests in a crowded market in central Baghdad on "
        "Thursday, killing at least 15 people.",
        "A suicide bomber blew himself up at a checkpoint, and the explosion killed nine soldiers.",
        "A suicide car bomber detonated his explosives at the gate of the base, killing 12.",
    ],
)
def test_a_suicide_bombing_s_blast_words_count_for_it(text: str) -> None:
    assert extract_document(text, META).incidents[0].type == "suicide bombing"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        (
            "Islamist militants killed 12 Somali soldiers at a base near Afgoye in Lower Shabelle "
            "region, officials said.",
            "Lower Shabelle",
        ),
        (
            "Gunmen killed four Somali police officers in Afgoye on Monday, officials said.",
            "Lower Shabelle",
        ),
    ],
)
def test_a_demonym_before_soldiers_or_police_names_the_article_s_country(
    text: str, admin1: str
) -> None:
    incident = extract_document(text, META).incidents[0]
    assert incident.country == "SO" and incident.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DAMASCUS - A car bomb exploded near a checkpoint on Monday, killing five.", "Damascus"),
        ("DAMASCUS, Aug 22 (Reuters) - A car bomb killed eight people on Thursday.", "Damascus"),
        ("KABUL (Reuters) - A suicide bomber killed 12 people at a wedding on Friday.", "Kabul"),
    ],
)
def test_a_report_that_names_no_place_happened_at_its_dateline(text: str, place: str) -> None:
    assert extract_document(text, META).incidents[0].place_name == place


def test_a_place_the_text_names_wins_over_the_dateline() -> None:
    text = "DAMASCUS - A car bomb exploded in Homs on Monday, killing five people."
    assert extract_document(text, META).incidents[0].place_name == "Homs"


@pytest.mark.parametrize(
    "text",
    [
        "The bombing killed 12 people at a market in Homs on Monday, activists said.",
        "At least 20 people were killed in a bombing in Aleppo on Tuesday.",
        "A bombing at a mosque in Kabul, Afghanistan killed 30 worshippers on Friday.",
    ],
)
def test_a_bare_bombing_is_a_bombing(text: str) -> None:
    assert extract_document(text, META).incidents[0].type == "bombing"


@pytest.mark.parametrize(
    "text",
    [
        "Barrel bombs killed 15 people in Aleppo on Sunday. Rebels fired rockets on "
        "regime-held districts in response.",
        "Regime barrel bombs hit Daraa on Sunday, killing 9, as rebels fired rockets at "
        "Sheikh Miskeen.",
        "A barrel bomb killed seven in Douma on Friday, while rebel rockets hit Damascus.",
    ],
)
def test_a_barrel_bomb_beside_rebel_rockets_is_an_airstrike(text: str) -> None:
    assert extract_document(text, META).incidents[0].type == "airstrike"
