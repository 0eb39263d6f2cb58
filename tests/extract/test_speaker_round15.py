"""Speaker round 15: a country's name is spelt right, not a slip for another country's.

The misspelling matcher (`speakers._Misspellings`) takes a long name that differs from a registry
name in one word by at most two letters for that name ('Syrian Obsevatory for Human Rights').
"Iran's" and "Iraq's" differ by one letter, so "Iran's Interior Ministry" became Iraq's ministry.
A word that names a country or its people (data/demonyms.yaml) is never the slip. Sentences are
written for the construction, in several wordings; none is from the development set.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import source_of

WORDS = "12 people were killed"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Iran's Interior Ministry said 12 people were killed in Zahedan.", "Iraqi"),
        ("Iran's Defence Ministry said 12 people were killed near the border.", "Iraqi"),
        ("Iran’s Interior Ministry said on Monday 12 people were killed in Sistan.", "Iraqi"),
    ],
)
def test_a_country_is_not_a_misspelt_other_country(text: str, wrong: str) -> None:
    assert not source_of(text, WORDS).startswith(wrong)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the country's own ministry is still found by its possessive
        (
            "Iraq's Interior Ministry said 12 people were killed in Basra.",
            "Iraqi Ministry of Interior",
        ),
        # a slip in another word of the name is still a slip
        (
            "The Iraqi Ministy of Interior said 12 people were killed in Basra.",
            "Iraqi Ministry of Interior",
        ),
        (
            "The Syrian Obsevatory for Human Rights said 12 people were killed in Idlib.",
            "Syrian Observatory for Human Rights",
        ),
        # a misspelt country word is no country's name, so it may be the slip
        (
            "The Syrain Observatory for Human Rights said 12 people were killed in Idlib.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_slips_in_other_words_still_match(text: str, source: str) -> None:
    assert source_of(text, WORDS) == source
