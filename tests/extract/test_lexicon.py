"""The word lists in data/ (cues.yaml, speakers.yaml) that the extractor reads at import."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.extract.cues import FINITE_VERBS, RELAY_VERBS
from app.extract.registry import DATA_DIR, load_lexicon
from app.extract.speakers import PERSON_NOUNS


@pytest.mark.parametrize("name", ["cues.yaml", "speakers.yaml"])
def test_the_shipped_lexicons_are_lists_of_lowercase_words(name: str) -> None:
    lexicon = load_lexicon(name)
    assert lexicon
    for key, words in lexicon.items():
        assert words, key
        assert all(w == w.lower() and w.strip() == w for w in words), key


def test_the_extractor_uses_the_files() -> None:
    cues = load_lexicon("cues.yaml")
    assert set(cues["finite_verbs"]) == FINITE_VERBS
    assert set(cues["relay_verbs"]) == RELAY_VERBS
    assert set(load_lexicon("speakers.yaml")["person_nouns"]) == PERSON_NOUNS
    assert (DATA_DIR / "cues.yaml").is_file()


def test_a_malformed_lexicon_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("finite_verbs: said\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected lists of words"):
        load_lexicon("bad.yaml", tmp_path)


def test_the_data_directory_setting_is_followed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "cues.yaml").write_text("finite_verbs: [said, quipped]\n", encoding="utf-8")
    monkeypatch.setenv("INCIDENTS_DATA_DIR", str(tmp_path))
    load_lexicon.cache_clear()
    try:
        assert load_lexicon("cues.yaml")["finite_verbs"] == ["said", "quipped"]
        # a directory without the file falls back to the project's
        assert "person_nouns" in load_lexicon("speakers.yaml")
    finally:
        load_lexicon.cache_clear()


@pytest.mark.parametrize(
    "name",
    [
        "incident_types.yaml",
        "incident_words.yaml",
        "place_words.yaml",
        "attribution_words.yaml",
        "demonyms.yaml",
        "figure_words.yaml",
        "segment_words.yaml",
    ],
)
def test_the_incident_word_lists_are_lowercase_words(name: str) -> None:
    lexicon = load_lexicon(name)
    assert lexicon
    for key, words in lexicon.items():
        assert words, key
        assert all(w == w.lower() and w.strip() == w for w in words), key


def test_the_incident_reader_uses_the_files() -> None:
    from app.extract.incidents import _EVENT, INCIDENT_TYPES, _incident_type

    assert list(load_lexicon("incident_types.yaml").items()) == INCIDENT_TYPES
    assert INCIDENT_TYPES[0][0] == "chemical attack"  # the most specific type first
    assert "blew up" in load_lexicon("incident_words.yaml")["event"]
    assert _EVENT.search("a car bomb blew  up near the market")
    assert _incident_type("warplanes carried out airstrikes") == "airstrike"
    assert _incident_type("nobody was hurt") == "attack"


def test_word_alternation_reads_prefixes_and_phrases() -> None:
    import re

    from app.extract.registry import word_alternation

    pattern = re.compile(r"\b(?:" + word_alternation(["kill*", "went off", "cease-fire"]) + r")\b")
    assert [m.group() for m in pattern.finditer("killing; went\n off; a cease-fire; skill")] == [
        "killing",
        "went\n off",
        "cease-fire",
    ]


def test_an_older_data_folder_takes_new_keys_from_the_shipped_file(tmp_path: Path) -> None:
    # A data folder copied before a key existed: its own words win, missing keys come from data/.
    (tmp_path / "cues.yaml").write_text("speech_nouns: [statement]\n", encoding="utf-8")
    shipped = load_lexicon("cues.yaml")
    older = load_lexicon("cues.yaml", tmp_path)
    assert older["speech_nouns"] == ["statement"]
    assert set(older) == set(shipped)
    assert all(older[key] == shipped[key] for key in shipped if key != "speech_nouns")


def test_incident_patterns_are_built_from_the_word_lists() -> None:
    from app.extract import incidents, roles

    words = load_lexicon("incident_words.yaml")
    for unit in words["other_day_units"]:
        assert incidents._OTHER_DAY.search(f"two {unit} after 30 people were killed"), unit
    for hedge in words["other_day_hedges"]:
        assert incidents._OTHER_DAY.search(f"a day after {hedge} 30 people died"), hedge
    for opening in words["separate_openings"]:
        assert incidents._SEPARATE.match(f"{opening.capitalize()}, five people died"), opening
    for adjective in words["separate_adjectives"]:
        assert incidents._SEPARATE.match(f"In {adjective} raid, five died"), adjective
    for verb in words["fell_verbs"]:
        assert roles._FELL_IN.search(f"three civilians were {verb} in heavy "), verb
    assert not incidents._SEPARATE.match("In the raid, five died")


def test_place_patterns_are_built_from_the_word_lists() -> None:
    from app.extract import gazetteer, places

    words = load_lexicon("place_words.yaml")
    for noun in words["demonym_nouns"]:
        assert places._DEMONYM_NOUN.match(f" {noun} "), noun
    for title in words["demonym_titles"]:
        assert places._DEMONYM_NOUN.match(f" {title.title()} "), title
        assert not places._DEMONYM_NOUN.match(f" {title} "), title
    for word in words["division_words"]:
        assert gazetteer._division_key(f"Kharkivska {word}") == "kharkivska", word
    assert places._NOT_THE_CAPITAL.search("the group's de facto ")
