"""Segmentation: sentences, abbreviations, quotes of both styles, datelines."""

import pytest

from app.extract.segment import dateline_end, find_quotes, segment


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text)]


def test_titles_and_initials_do_not_end_sentences() -> None:
    text = (
        "“It was a mistake,” said Maj. Gen. Khalid al Muhanna, a spokesman for the ministry. "
        "He said the U.S. military had not been told. Lt. Col. John Smith declined to comment."
    )
    assert texts(text) == [
        "“It was a mistake,” said Maj. Gen. Khalid al Muhanna, a spokesman for the ministry.",
        "He said the U.S. military had not been told.",
        "Lt. Col. John Smith declined to comment.",
    ]


def test_a_closed_quote_is_not_split_inside() -> None:
    text = "“It’s horrible, horrible. I hope we were not involved,” he said. Then he left."
    assert texts(text) == [
        "“It’s horrible, horrible. I hope we were not involved,” he said.",
        "Then he left.",
    ]


def test_mixed_quote_styles_pair_up() -> None:
    text = 'it was also “conclusive evidence" that the coalition is supporting Daesh.'
    quotes = find_quotes(text, 0, len(text))
    assert len(quotes) == 1 and quotes[0].closed
    assert text[quotes[0].inner_start : quotes[0].inner_end] == "conclusive evidence"


def test_an_unclosed_quote_runs_to_the_paragraph_end() -> None:
    text = "“We will respond to this attack. It will not go unanswered."
    quotes = find_quotes(text, 0, len(text))
    assert len(quotes) == 1 and not quotes[0].closed and quotes[0].end == len(text)


def test_datelines_are_not_content() -> None:
    for line, body in [
        ("BEIRUT (Reuters) - Air strikes killed 12 people.", "Air strikes killed 12 people."),
        (
            "Moscow, Sep 18 (IANS) The coalition killed 62 troops.",
            "The coalition killed 62 troops.",
        ),
        (
            "AMMAN/BEIRUT (REUTERS, AFP) – More than 170 civilians died.",
            "More than 170 civilians died.",
        ),
        ("BAGHDAD — Two suicide bombers struck a market.", "Two suicide bombers struck a market."),
        ("KABUL - Police said 3 died.", "Police said 3 died."),
    ]:
        assert line[dateline_end(line, 0, len(line)) :] == body


@pytest.mark.parametrize(
    "line",
    [
        "However, before the strike was called off, US forces had destroyed six vehicles.",
        # a hyphen inside a word is no dateline dash
        "The US-led coalition said it struck 12 targets.",
        "The Houthi-run Health Ministry said 51 people were killed.",
        "The Saudi-led coalition said the boat was destroyed.",
        "Pro-government forces said they had retaken the town.",
    ],
)
def test_a_sentence_opening_is_not_a_dateline(line: str) -> None:
    assert dateline_end(line, 0, len(line)) == 0


def test_blank_lines_and_editor_tags_do_not_make_claims() -> None:
    from tests.extract.conftest import run

    extraction = run("Air strikes killed 12 people in Idlib on Saturday.\n\n212\n")
    assert [c.text for c in extraction.claims] == [
        "Air strikes killed 12 people in Idlib on Saturday"
    ]


@pytest.mark.parametrize(
    ("text", "caption", "body"),
    [
        (
            "Syrians pass burnt-out cars in Aleppo on July 9 (Photo AFP) State media says 30 died.",
            "Syrians pass burnt-out cars in Aleppo on July 9 (Photo AFP)",
            "State media says 30 died.",
        ),
        (
            "People inspect the damage in the town of Ariha August 3 2015(Reuters Photo) Thirty-five"
            " people were killed on Monday.",
            "People inspect the damage in the town of Ariha August 3 2015(Reuters Photo)",
            "Thirty-five people were killed on Monday.",
        ),
        (
            "Two boys walk past 4 destroyed buildings (AFP Photo/Omar Haj Kadour) Rebels said 12"
            " fighters died.",
            "Two boys walk past 4 destroyed buildings (AFP Photo/Omar Haj Kadour)",
            "Rebels said 12 fighters died.",
        ),
        (
            "REUTERS/Mohamed Abdullah The United States said it had no confirmation.",
            "REUTERS/Mohamed Abdullah",
            "The United States said it had no confirmation.",
        ),
    ],
)
def test_a_photo_credit_ends_its_caption(text: str, caption: str, body: str) -> None:
    assert [text[s.start : s.end] for s in segment(text)] == [caption, body]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rockets struck the base just before 11 a.m. Some hit the runway.",
            ["Rockets struck the base just before 11 a.m.", "Some hit the runway."],
        ),
        (
            "The convoy was hit at 9 p.m. It was carrying aid.",
            ["The convoy was hit at 9 p.m.", "It was carrying aid."],
        ),
        (
            "The drones were made in the U.S. The army said so.",
            ["The drones were made in the U.S.", "The army said so."],
        ),
        (
            "He met U.S. President Obama at 9 a.m. Monday.",
            ["He met U.S. President Obama at 9 a.m. Monday."],
        ),
        (
            "The U.N. Security Council met at 10 a.m. GMT.",
            ["The U.N. Security Council met at 10 a.m. GMT."],
        ),
    ],
)
def test_a_clock_or_country_abbreviation_ends_a_sentence_before_an_opener(
    text: str, expected: list[str]
) -> None:
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a date line with its weekday, with or without a time
        (
            "Sunday 25 August 2013 Iran's foreign minister said the strike was a crime.",
            ["Iran's foreign minister said the strike was a crime."],
        ),
        (
            "Wednesday 21 September 2016 21:51 Medics said 15 people were killed.",
            ["Medics said 15 people were killed."],
        ),
        (
            "Talks stalled. Friday, Apr 7, 2017 at 0914 The governor said 5 died.",
            ["Talks stalled.", "The governor said 5 died."],
        ),
        (
            "Fri 07 Apr 2017 at 0914 Homs governor says 5 died.",
            ["Homs governor says 5 died."],
        ),
        ("Sat. 24 Aug 2013 Police said 3 died.", ["Police said 3 died."]),
        # a publication or update line
        (
            "Published April 2 2017 Syrian opposition forces said jets struck a town.",
            ["Syrian opposition forces said jets struck a town."],
        ),
        (
            "Updated: 3 June 2016 Rescuers said 31 people died.",
            ["Rescuers said 31 people died."],
        ),
        (
            "Last Update: Tuesday 22 November 2016 KSA 23:28 - GMT 20:28 Activists said 9 died.",
            ["Activists said 9 died."],
        ),
        # a 'posted on ... by' line
        (
            "Posted on July 12 2016 by Paula Astih At least 12 fighters were killed.",
            ["At least 12 fighters were killed."],
        ),
        (
            "Posted on Aug 3, 2013 The monitor said 4 died.",
            ["The monitor said 4 died."],
        ),
        # share buttons and counters
        (
            "Bomb kills 31 AFP Print Tweet Views 729 Related A bomb killed 31 people.",
            ["Bomb kills 31 AFP", "A bomb killed 31 people."],
        ),
        (
            "Share Tweet Email The army said it shelled the town.",
            ["The army said it shelled the town."],
        ),
        # a keyword run after 'Tags', up to the body's first sentence opener
        (
            "He said so. Tags Syria Idlib airstrikes SOHR At least 18 civilians were killed.",
            ["He said so.", "At least 18 civilians were killed."],
        ),
        (
            "Tags Syria Raqqa US-led coalition Kurds A coalition airstrike killed 18 civilians.",
            ["A coalition airstrike killed 18 civilians."],
        ),
        (
            "Tags Aleppo Russia The monitor said 45 people died.",
            ["The monitor said 45 people died."],
        ),
        # a short-URL widget with its counters, a numeric date line
        (
            "Strikes Kill 9 07.10.2017(updated 1500 07.10.2017) Get short URL 0 46 Nine died.",
            ["Strikes Kill 9", "Nine died."],
        ),
        ("24.08.2013 Syrian state media said 8 died.", ["Syrian state media said 8 died."]),
        (
            "01.10.2017Get short URL 4016 At least 12 civilians died.",
            ["At least 12 civilians died."],
        ),
    ],
)
def test_page_furniture_is_cut_off_and_dropped(text: str, body: list[str]) -> None:
    assert texts(text) == body


@pytest.mark.parametrize(
    "text",
    [
        # a date inside a sentence is the sentence's
        "The ministry said on Sunday 25 August 2013 Iranian jets struck the town.",
        "Strikes since Friday 29 July 2016 killed 10 civilians.",
        "The report was published April 2 2017 by the monitor.",
        "The video was posted on July 12 2016 by activists.",
        # 'tags' and sharing in running prose
        "The group tags its videos with Syria Idlib and The Caliphate.",
        "Tags were found on the bodies of the 12 fighters.",
        "Activists share photos of the 20 dead.",
        "He said 150 Syrians died.",
        "The Sun 12 May 2015 Reporters said 4 died.",
        "Jets struck on 01.10.2017 Russian sources said.",
    ],
)
def test_dates_and_words_in_running_prose_are_not_furniture(text: str) -> None:
    assert texts(text) == [text]


def test_a_full_stop_whose_space_was_lost_ends_a_sentence() -> None:
    from app.extract.segment import segment

    text = (
        "Trump said the attack was a consequence of weakness.For his part Hollande blamed the "
        "regime.Commenting on it the envoy said it was horrific. See Al-Jazeera.Net today."
    )
    assert [text[s.start : s.end] for s in segment(text)] == [
        "Trump said the attack was a consequence of weakness.",
        "For his part Hollande blamed the regime.",
        "Commenting on it the envoy said it was horrific.",
        "See Al-Jazeera.Net today.",
    ]
