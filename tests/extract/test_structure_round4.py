"""Structure round 4: one definition of each rule the speaker step had written twice.

The name word (a capitalised word, or a particle joined to one) is defined once in
`app.extract.patterns`; 'the army' of another country far back is decided by `_reach` alone;
the story's state media, bare or the rulers', is one pattern; one edit-distance helper serves
the respelt heads and the misspelt long names; and a word list in data/ may take in another
(`+key`, `+file.yaml:key`), so the lists that meant the same are written once. These tests pin
the behaviour of each merged helper on several inputs, and that each merged list is read from
one place.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app.extract import patterns, speakers
from app.extract.cues import MULTIWORD, SHOWING_PARTICIPLES, SPLIT_CUES
from app.extract.registry import DATA_DIR, load_lexicon
from tests.extract.conftest import source_of

# -- the name word ---------------------------------------------------------------------------
_WORD = re.compile(rf"^{patterns.NAME_WORD}$")
_DOTTED = re.compile(rf"^{patterns.NAME_WORD_DOTTED}$")


@pytest.mark.parametrize(
    "word",
    [
        "Assad",
        "al-Assad",
        "el-Sisi",
        "bin-Salman",
        "ibn-Saud",
        "abu-Mohammed",
        "O'Brien",
        "Ki-moon",
    ],
)
def test_a_name_word(word: str) -> None:
    assert _WORD.match(word) and _DOTTED.match(word)


@pytest.mark.parametrize("word", ["assad", "al-assad", "the", "-Assad", "xy-Assad", "1st"])
def test_not_a_name_word(word: str) -> None:
    assert not _WORD.match(word) and not _DOTTED.match(word)


@pytest.mark.parametrize("word", ["U.S.", "Lt.", "J.R."])
def test_a_dotted_name_word_only_where_dots_may_stand(word: str) -> None:
    assert _DOTTED.match(word) and not _WORD.match(word)


def test_the_speaker_rules_build_on_the_one_name_word() -> None:
    assert speakers._NAME_WORD.pattern == rf"^{patterns.NAME_WORD_DOTTED}$"
    for rule in (
        speakers._TITLED_NAME_BEFORE_QUOTE,
        speakers._ENVOY_BY_NAME,
        speakers._SPOKESMAN_FOR_GROUP,
        speakers._NAME_WITH_ACRONYM,
    ):
        assert patterns.NAME_WORD in rule.pattern
    for rule in (speakers._LEADING_NAME, speakers._NAME_OF_BODY, speakers._PERSON_SUBJECT):
        assert patterns.NAME_WORD_DOTTED in rule.pattern
    source = Path(speakers.__file__).read_text(encoding="utf-8")
    assert "(?:al|el|bin|abu)-[A-Z][\\w'’-]*" not in source  # no hand-written copy left


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # every particle of NAME_PARTICLES, in every rule: once only al-, el-, bin- and abu-
        # were read in these, and 'ibn-Rashid of the ...' ran on into the body's name
        ("Obeida al-Hamawi of the Fastaqim group said 12 people were killed.", "Obeida al-Hamawi"),
        (
            "Obeida ash-Hamawi of the Fastaqim group said 12 people were killed.",
            "Obeida ash-Hamawi",
        ),
        (
            "Mohammed ibn-Rashid of the Hama Media Center said 12 people were killed.",
            "Mohammed ibn-Rashid",
        ),
        (
            "Khaled ar-Rifai, the head of the local council, said 12 people were killed.",
            "Khaled ar-Rifai",
        ),
        (
            "Khaled ar-Rifai the head of the local council said 12 people were killed.",
            "Khaled ar-Rifai",
        ),
        (
            "Khaled al-Rifai the head of the local council said 12 people were killed.",
            "Khaled al-Rifai",
        ),
    ],
)
def test_names_with_particles_are_read_as_names(text: str, source: str) -> None:
    assert source_of(text, "12 people") == source


# -- 'the army': another country's, far back, is no antecedent --------------------------------
_SYRIA = (
    "Syrian government forces shelled rebel-held areas of Idlib on Monday, the Syrian "
    "Observatory for Human Rights said, killing 12 civilians in the town of Saraqeb.\n\n"
)
_RUSSIAN = "A Russian army spokesman said its jets had not flown over the area."
_OTHER = " Rebels said they had repelled an attack near Hama."


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the next sentence: the army just spoken of
        (
            _SYRIA + _RUSSIAN + " The army said it had killed 30 terrorists.",
            "Russian Ministry of Defence",
        ),
        # two sentences on, the same paragraph: the story's own army
        (
            _SYRIA + _RUSSIAN + _OTHER + " The army said it had killed 30 terrorists.",
            "Syrian Arab Army",
        ),
        (
            _SYRIA
            + _RUSSIAN
            + _OTHER
            + " Residents fled. The army said it had killed 30 terrorists.",
            "Syrian Arab Army",
        ),
        # the paragraph after, first sentence: still that army
        (
            _SYRIA + _RUSSIAN + "\n\nThe army said it had killed 30 terrorists.",
            "Russian Ministry of Defence",
        ),
    ],
)
def test_the_army_and_a_foreign_army_before(text: str, source: str) -> None:
    assert source_of(text, "30 terrorists") == source


# -- the story's state media -----------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "state media",
        "the official news agency",
        "government-run media",
        "the Assad regime's official television channel",
        "the government's state TV",
        "the regimes media",
        "the government broadcaster",
    ],
)
def test_the_storys_state_media(phrase: str) -> None:
    assert speakers._STORY_STATE_MEDIA.match(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "state television",  # a bare outlet of the state is media or an agency only
        "government-run television channel",
        "the state media channel",
        "the opposition's television",
        "independent media",
    ],
)
def test_not_the_storys_state_media(phrase: str) -> None:
    assert not speakers._STORY_STATE_MEDIA.match(phrase)


# -- one edit-distance helper ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "most", "swaps", "distance"),
    [
        ("coalition", "coalition", 1, True, 0),
        ("colaition", "coalition", 1, True, 1),  # a swap is one edit with swaps
        ("colaition", "coalition", 2, False, 2),  # and two without
        ("coalitin", "coalition", 1, True, 1),
        ("coalitions", "coalition", 1, True, 1),
        ("coalxtion", "coalition", 1, True, 1),
        ("baabbcb", "bacabcb", 1, True, 2),  # two changed letters side by side are no swap
        ("observatory", "obsevatry", 2, False, 2),
        ("observatory", "obsvtry", 2, False, 3),  # beyond: most + 1
        ("militia", "military", 2, False, 3),
        ("militia", "militias", 2, False, 1),
        ("army", "police", 2, False, 3),
        ("", "ab", 2, False, 2),
    ],
)
def test_edit_distance(a: str, b: str, most: int, swaps: bool, distance: int) -> None:
    assert speakers._edit_distance(a, b, most, swaps) == distance
    assert speakers._edit_distance(b, a, most, swaps) == distance


def test_no_second_edit_distance_helper() -> None:
    assert not hasattr(speakers, "_one_edit") and not hasattr(speakers, "_within_two_edits")


# -- word lists that take in others ----------------------------------------------------------
def _raw(name: str) -> dict[str, list[str]]:
    with (DATA_DIR / name).open(encoding="utf-8") as fh:
        data: dict[str, list[str]] = yaml.safe_load(fh)
    return data


@pytest.mark.parametrize(
    ("name", "key", "takes_in"),
    [
        ("speakers.yaml", "army_of_nouns", "+army_heads"),
        ("speakers.yaml", "armed_body_heads", "+armed_group_name_heads"),
        ("cues.yaml", "multiword", "+showing_participles"),
        ("cues.yaml", "multiword", "+split_phrases"),
        ("attribution_words.yaml", "appositive_openers", "+bare_apposition_openers"),
        ("attribution_words.yaml", "interjections", "+speakers.yaml:interjected_adverbs"),
    ],
)
def test_a_merged_list_is_written_once(name: str, key: str, takes_in: str) -> None:
    raw = _raw(name)
    assert takes_in in raw[key]
    other_file, _, other_key = takes_in[1:].rpartition(":")
    words = _raw(other_file)[other_key] if other_file else raw[other_key]
    assert not set(words) & set(raw[key])  # none written twice
    assert set(words) <= set(load_lexicon(name)[key])


def test_the_extractor_reads_the_merged_lists() -> None:
    assert "purporting to show" in SHOWING_PARTICIPLES
    assert ("purporting", "to", "show") in MULTIWORD
    assert ("pointing", "out") in MULTIWORD and "pointing out" in SPLIT_CUES
    assert {"army", "military"} <= speakers._ARMY_HEADS
    assert "battalions" in speakers._ARMED_BODY_HEADS


def test_a_word_added_once_reaches_both_lists(tmp_path: Path) -> None:
    (tmp_path / "one.yaml").write_text(
        "heads: [army, military, gendarmerie]\nof_nouns: [+heads, forces]\n"
        "other: [+two.yaml:adverbs, also]\n",
        encoding="utf-8",
    )
    (tmp_path / "two.yaml").write_text("adverbs: [however, though]\n", encoding="utf-8")
    lexicon = load_lexicon("one.yaml", tmp_path)
    assert lexicon["of_nouns"] == ["army", "military", "gendarmerie", "forces"]
    assert lexicon["other"] == ["however", "though", "also"]


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("a: [+b]\n", "no list"),
        ("a: [+b]\nb: [+a]\n", "take in each other"),
        ("a: [+two.yaml:missing]\n", "no list"),
    ],
)
def test_a_list_taking_in_what_is_not_there_is_a_clear_error(
    tmp_path: Path, text: str, error: str
) -> None:
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "two.yaml").write_text("adverbs: [however]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=error):
        load_lexicon("bad.yaml", tmp_path)
