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
