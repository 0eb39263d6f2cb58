"""Cues of unseen copy, round seven: feelings expressed 'that C' ('expressed deep concern that',
'voiced alarm that'), 'concluded that C', run-on headlines whose verb follows a body's name,
names given in full after 'called'/'named', 'no' that negates an earlier predicate, and agency
forms of 'quoted' ('S was quoted by X as saying', 'C S was quoted as saying by local media'),
read on FA-KES's even rows, each construction in several wordings (with negatives). The
sentences are written for the rule."""

from __future__ import annotations

import pytest

from tests.extract.conftest import attributed as _attributed


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The opposition expressed deep concern that the regime is planning an attack.",
            "The opposition",
            "the regime is planning an attack",
        ),
        (
            "Rebels and opposition officials have expressed concerns that the regime is massing "
            "troops near the province.",
            "Rebels and opposition officials",
            "the regime is massing troops near the province",
        ),
        (
            "The UN envoy voiced alarm that civilians were trapped in the besieged city.",
            "The UN envoy",
            "civilians were trapped in the besieged city",
        ),
        (
            "The ministry expressed its grave concern that the strikes had hit two hospitals.",
            "The ministry",
            "the strikes had hit two hospitals",
        ),
    ],
)
def test_a_feeling_expressed_that_opens_a_claim(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The envoy expressed concern over the fighting that killed 12 people.",
        "The envoy expressed concern about the raids on the city.",
        "The ministry expressed its support for the ceasefire.",
        "The ministry has not expressed concern that the talks would fail.",
        "The ministry never voiced alarm that the talks would fail.",
    ],
)
def test_a_feeling_without_its_that_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The investigators concluded that sarin was used in the attack.",
            "The investigators",
            "sarin was used in the attack",
        ),
        (
            "The inquiry concluded that the strike killed 38 people.",
            "The inquiry",
            "the strike killed 38 people",
        ),
        (
            '"The shelling must stop now" the envoy concluded.',
            "the envoy",
            "The shelling must stop now",
        ),
    ],
)
def test_concluded_reports_before_that_or_at_the_end(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks concluded on Monday in Geneva without agreement.",
        "The minister concluded his visit to Damascus.",
        "The operation was concluded that evening.",
    ],
)
def test_concluded_as_an_end_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "15 Medics Killed in Russian Airstrikes on Hospital in Southern Aleppo Syrian "
            "Coalition Describes the Attack as a War Crime.",
            "Syrian Coalition",
            "the Attack as a War Crime",
        ),
        (
            "Twelve Civilians Killed in Idlib Syrian Coalition Urges UN to Stop the Bombing.",
            "Syrian Coalition",
            "UN to Stop the Bombing",
        ),
        (
            "Regime Shells Refugee Camp in Daraa Turkish Foreign Ministry Condemns the Attack on "
            "Civilians.",
            "Turkish Foreign Ministry",
            "the Attack on Civilians",
        ),
    ],
)
def test_a_headline_verb_after_a_body_opens_its_claim(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russian Warplanes Pound Idlib Syrian Army Advances on Khan Sheikhoun.",
        "Airstrikes Kill 15 in Southern Aleppo Syrian Coalition Headquarters Hit.",
        "Former Syrian Prime Minister Says the regime is collapsing.",
    ],
)
def test_a_headline_without_a_cue_or_a_run_in_keeps_its_reading(sentence: str) -> None:
    # no cue at all, or (the last) one name before the verb: not the run-on reading
    assert all(
        speaker not in ("Syrian Army", "Syrian Coalition", "Syrian Prime Minister")
        for speaker, _ in _attributed(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The network called Raqqa is Being Silently Slaughtered said the strikes killed 15 "
            "civilians.",
            "The network called Raqqa is Being Silently Slaughtered",
            "the strikes killed 15 civilians",
        ),
        (
            "A campaign group named Raqqa is Being Silently Slaughtered reported that 15 "
            "civilians were killed.",
            "A campaign group named Raqqa is Being Silently Slaughtered",
            "15 civilians were killed",
        ),
        (
            "An activist group called Sound and Picture said 12 people died.",
            "An activist group called Sound and Picture",
            "12 people died",
        ),
    ],
)
def test_a_name_given_in_full_is_one_speaker(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        ("The man called the police and said he was attacked.", "The man", "he was attacked"),
        (
            "The army shelled the town called Tal Rifaat and the Observatory said 12 died.",
            "the Observatory",
            "12 died",
        ),
    ],
)
def test_called_as_a_verb_is_no_given_name(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The monitor gave no toll however said 12 soldiers were killed.",
            "The monitor",
            "12 soldiers were killed",
        ),
        (
            "The ministry gave no figures but said dozens were wounded.",
            "The ministry",
            "dozens were wounded",
        ),
        (
            "The ministry had no toll and said dozens were wounded.",
            "The ministry",
            "dozens were wounded",
        ),
    ],
)
def test_no_before_a_join_negates_the_other_predicate(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "No official body said dozens were wounded.",
        "No one has said who carried out the attack.",
    ],
)
def test_no_before_the_speaker_still_negates(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Two pilots were killed near Palmyra the Russian military was quoted as saying by "
            "local media.",
            "the Russian military",
            "Two pilots were killed near Palmyra",
        ),
        (
            "Two pilots were killed near Palmyra, the Russian military was quoted as saying by "
            "Interfax news agency.",
            "the Russian military",
            "Two pilots were killed near Palmyra",
        ),
        (
            "Aerial bombardment had intensified over the past 48 hours an army source was quoted "
            "as saying on state media.",
            "an army source",
            "Aerial bombardment had intensified over the past 48 hours",
        ),
        (
            '"Twenty-five fighters died in an explosion inside a mosque" Rami Abdel Rahman was '
            "quoted by AFP as saying.",
            "Rami Abdel Rahman",
            "Twenty-five fighters died in an explosion inside a mosque",
        ),
        (
            "The minister was quoted by state media as saying that 12 soldiers were killed.",
            "The minister",
            "12 soldiers were killed",
        ),
    ],
)
def test_agency_forms_of_quoted(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The man was quoted by name in the report.",
        "The town was quoted in the report as a model of reconciliation.",
    ],
)
def test_quoted_without_saying_is_no_claim(sentence: str) -> None:
    assert _attributed(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The group, which describes itself as neutral, said 20 people died.",
            "The group, which describes itself as neutral,",
            "20 people died",
        ),
        (
            "Rescuers who describe themselves as volunteers said 30 people were pulled from the "
            "rubble.",
            "Rescuers who describe themselves as volunteers",
            "30 people were pulled from the rubble",
        ),
    ],
)
def test_a_self_description_is_no_cue(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Five civilians were killed in the town the opposition said.",
            "the opposition",
            "Five civilians were killed in the town",
        ),
        (
            "Five civilians were killed in an area that has witnessed fighting between the "
            "opposition and the regime the opposition said.",
            "the opposition",
            "Five civilians were killed in an area that has witnessed fighting between the "
            "opposition and the regime",
        ),
        (
            "Five civilians were killed in the town, the Syrian opposition said.",
            "the Syrian opposition",
            "Five civilians were killed in the town",
        ),
    ],
)
def test_the_opposition_speaks_after_its_content(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Five civilians were killed in fighting between the opposition and the Assad regime "
        "opposition said.",
        "Regime forces attacked the opposition in Idlib killing 12 civilians.",
    ],
)
def test_a_pair_after_between_is_no_trailing_speaker(sentence: str) -> None:
    assert all(
        not (speaker or "").startswith("the opposition and") for speaker, _ in _attributed(sentence)
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "We lost everything in the bombing Umm Khaled 40 told AFP.",
            "Umm Khaled",
            "We lost everything in the bombing",
        ),
        (
            "The shelling did not stop for two days Abu Ali 35 said.",
            "Abu Ali",
            "The shelling did not stop for two days",
        ),
    ],
)
def test_an_age_after_a_trailing_name_is_no_part_of_it(
    sentence: str, speaker: str, text: str
) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "The strikes killed 12 people on Route 60 the army said.",
            "the army",
            "The strikes killed 12 people on Route 60",
        ),
        (
            "The brigade fired 20 rockets at the town on March 12 the army said.",
            "the army",
            "The brigade fired 20 rockets at the town on March 12",
        ),
    ],
)
def test_a_number_in_the_content_is_no_age(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_a_road_number_before_the_cue_is_no_speaker() -> None:
    assert _attributed("Rebels shelled the neighbourhood of Route 60 said.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Rebels expressed concern that the regime is massing troops, a spokesman said.",
            "a spokesman",
            "Rebels expressed concern that the regime is massing troops",
        ),
        (
            "The inquiry concluded that sarin was used in the attack, the minister said.",
            "the minister",
            "The inquiry concluded that sarin was used in the attack",
        ),
    ],
)
def test_a_later_speaker_reports_the_conclusion(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


def test_a_second_predicate_keeps_the_feeling_a_cue() -> None:
    sentence = (
        "The ministry expressed its grave concern that the strikes had hit two hospitals and "
        "said 12 died."
    )
    assert _attributed(sentence) == [
        ("The ministry", "the strikes had hit two hospitals"),
        ("The ministry", "12 died"),
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "text"),
    [
        (
            "Hundreds of people have been killed near Damascus British Foreign Secretary William "
            "Hague said in a statement.",
            "British Foreign Secretary William Hague",
            "Hundreds of people have been killed near Damascus",
        ),
        (
            "The strikes hit a market in Eastern Ghouta Russian Defence Ministry spokesman Igor "
            "Konashenkov said.",
            "Russian Defence Ministry spokesman Igor Konashenkov",
            "The strikes hit a market in Eastern Ghouta",
        ),
        (
            "Fighting continued in the Syrian city of Aleppo Turkish officials said.",
            "Turkish officials",
            "Fighting continued in the Syrian city of Aleppo",
        ),
        (
            "Food production has dropped in Syria UN agencies said on Tuesday.",
            "UN agencies",
            "Food production has dropped in Syria",
        ),
        (
            "Aid convoys reached the town of Madaya UN officials said.",
            "UN officials",
            "Aid convoys reached the town of Madaya",
        ),
        (
            "Rebels fought in the streets of Homs Syrian Army units said.",
            "Syrian Army units",
            "Rebels fought in the streets of Homs",
        ),
    ],
)
def test_a_demonym_after_a_place_opens_the_speaker(sentence: str, speaker: str, text: str) -> None:
    assert _attributed(sentence) == [(speaker, text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ten people were killed in the attack on Syrian troops said.",
        "The convoy was hit near Aleppo Syrian Army Headquarters.",
        "The strikes hit a depot in Homs ISIS Headquarters.",
    ],
)
def test_a_demonym_after_a_preposition_alone_is_no_speaker(sentence: str) -> None:
    assert _attributed(sentence) == []
