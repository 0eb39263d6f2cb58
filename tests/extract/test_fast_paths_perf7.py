"""Speed round perf7's shortcuts give what the forms they stand for give: the article's two main
countries read in one pass over its places, misspelt long names looked up by their words with one
left out, and a text's places kept while the speaker phrases of its article come and go."""

from __future__ import annotations

import random
import re

import pytest

from app.extract import default_registry, figures, pipeline, places, segment, speakers
from app.extract.registry import Registry
from tests.extract.conftest import ARTICLE_TEXTS


def _main_country_two_passes(registry: Registry, text: str, local_only: bool) -> str | None:
    """`pipeline._main_country` as it was: one pass over the places for each reading."""
    counts: dict[str, int] = {}
    for mention in places.find_places(registry, text):
        if local_only and mention.place.id not in registry.places:
            continue
        known = None if local_only else registry.actor_by_name(mention.text)
        if known and known.kind == "state":
            continue
        counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def test_main_countries_are_the_two_readings() -> None:
    registry = default_registry()
    texts = [
        *ARTICLE_TEXTS,
        "Ankara denies the report. Turkish jets struck Afrin and Azaz near Aleppo.",
        "Israeli jets hit Gaza City and Khan Younis; Damascus said the Golan was calm.",
        "Moscow said its planes bombed Idlib, Homs and Hama as Kiev and Kharkiv were shelled.",
        "No place is named here at all.",
    ]
    for text in texts:
        assert pipeline._main_countries(registry, text) == (
            _main_country_two_passes(registry, text, local_only=False),
            _main_country_two_passes(registry, text, local_only=True),
        )


def _misspelt_brute_force(found: speakers._Misspellings, name: str) -> str | None:
    """`_Misspellings.find` for a long name as it was: every name of a near length tried."""
    lower = name.strip().lower()
    words = lower.split()
    ids = {
        actor_id
        for size in range(len(lower) - 2, len(lower) + 3)
        for written, actor_id, written_words in found.long.get(size, [])
        if speakers._one_word_differs(written_words, words)
        and speakers._edit_distance(written, lower, 2) <= 2
    }
    return ids.pop() if len(ids) == 1 else None


def test_misspelt_names_found_by_their_other_words() -> None:
    found = speakers._Misspellings(default_registry())
    names = [written for entries in found.long.values() for written, _, _ in entries]
    assert names
    rng = random.Random(7)
    phrases: list[str] = []
    for name in rng.sample(names, min(120, len(names))):
        phrases += [name, name.title()]
        for _ in range(3):
            letters = list(name)
            at = rng.randrange(len(letters))
            edit = rng.choice("dsi")
            if edit == "d":
                del letters[at]
            elif edit == "s":
                letters[at] = rng.choice("aeoxz ")
            else:
                letters.insert(at, rng.choice("aeoxz"))
            phrases.append("".join(letters))
        words = name.split()
        words[rng.randrange(len(words))] = "Observatorty"
        phrases.append(" ".join(words))
    phrases.append("Syrian Obervatorty for Human Rights")
    hits = 0
    for phrase in phrases:
        if phrase.strip().isupper() and phrase.strip().isalpha():
            continue
        expected = _misspelt_brute_force(found, phrase) if len(phrase.strip()) >= 20 else None
        assert found.find(phrase) == expected, phrase
        hits += expected is not None
    assert hits > 50  # the variants do reach names


def test_a_text_keeps_its_places_past_more_than_eight_phrases(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    registry = default_registry()
    # A text no other test reads: its first reading scans it.
    text = "Air strikes hit Douma and Harasta in Eastern Ghouta on Monday, killing 1,723,411."
    scanned: list[str] = []
    scan = places._scan

    def counting(
        registry: Registry, text: str, start: int, stop: int, country: str | None
    ) -> list[places.PlaceMention]:
        scanned.append(text)
        return scan(registry, text, start, stop, country)

    monkeypatch.setattr(places, "_scan", counting)
    first = places.find_places(registry, text)
    for k in range(12):
        places.find_places(registry, f"a speaker phrase number {k} in Homs", country="SY")
    assert places.find_places(registry, text) == first
    assert scanned.count(text) == 1


def test_run_on_according_cut_only_where_according_stands() -> None:
    texts = [
        *ARTICLE_TEXTS,
        "Clashes went on in Aleppo city According to a source two people were killed.",
        "Shelling hit the town 12 According to the Observatory, 5 died. according to him",
        "It was calm.  According to witnesses the army left. \u201cAccording to whom?\u201d",
    ]
    for text in texts:
        for paragraph in segment.paragraphs(text):
            quotes = segment.find_quotes(text, paragraph.start, paragraph.end)
            every = [
                m.end()
                for m in segment._RUN_ON_ACCORDING.finditer(text, paragraph.start, paragraph.end)
                if not any(q.start < m.end() < q.end for q in quotes)
            ]
            assert set(every) <= set(segment._stop_cuts(text, paragraph, quotes))
            if "According" not in text[paragraph.start : paragraph.end]:
                assert every == []


def test_number_word_search_is_the_set_test_of_the_words() -> None:
    words = sorted(figures._NUMBER_WORD_SET)
    pieces = [*words, "Two", "twentyone", "one's", "someone", "tone", "ones", "-", " ", "9", "é"]
    pieces += ["a", "of", "killed", "people", "dozens", "thousands", "eleventh", "fivefold", ","]
    rng = random.Random(11)
    chunks = [text.lower() for text in ARTICLE_TEXTS]
    chunks += ["".join(rng.choice(pieces + [" "] * 5) for _ in range(8)) for _ in range(3000)]
    for chunk in chunks:
        expected = not figures._NUMBER_WORD_SET.isdisjoint(re.findall("[a-z]+", chunk))
        assert (figures._NUMBER_WORD.search(chunk) is not None) == expected, chunk
