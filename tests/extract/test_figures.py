"""Figures: numbers tied to what they count, with hedges kept as approximation."""

import pytest

from app.extract.figures import extract_figures, parse_number


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
        # Commas lost (FA-KES): the aside does not take the verb from the whole.
        (
            "Fifteen civilians among them 11 children were killed in a barrel bomb attack",
            [("killed", 15, False), ("killed", 11, False)],
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
