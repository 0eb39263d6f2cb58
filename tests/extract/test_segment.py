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
