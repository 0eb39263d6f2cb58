"""Speaker round 19: leftovers found reading the even FA-KES rows.

Constructions, each written here in several invented wordings (none from the development set
or the held-out gold):

- 'state-run television', 'state-controlled TV', 'government-owned media': a state's outlet
  named with a hyphenated modifier is the story's state media, as bare 'state media' is (the
  modifiers are data: data/speakers.yaml state_media_owners, state_media_participles).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import source_of


# -- hyphenated state media ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-controlled TV said.",
            "four",
        ),
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-run television said.",
            "four",
        ),
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, state-affiliated media said.",
            "four",
        ),
        ("Two car bombs exploded in Homs, government-controlled television reported.", "car bombs"),
        ("Two car bombs exploded in Homs, Syrian state-owned TV said.", "car bombs"),
        ("Army units retook the hills near Idlib, the state-run broadcaster said.", "hills"),
    ],
)
def test_hyphenated_state_media_is_the_story_states(text: str, words: str) -> None:
    assert source_of(text, words) == "Syrian state media"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Rebels shelled Aleppo on Monday, killing four civilians, opposition-run media said.",
            "four",
        ),
        ("Two car bombs exploded in Homs, Kurdish-run television reported.", "car bombs"),
    ],
)
def test_media_run_by_others_is_not_state_media(text: str, words: str) -> None:
    assert source_of(text, words) != "Syrian state media"
