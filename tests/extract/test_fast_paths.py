"""The extractor's fast paths find what the slower forms they stand for find: plain dates read
as dateparser reads them, patterns tried only where a match can start, lowercase twins of re.I
patterns, date triggers found by one pattern."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import dates, default_registry, incidents, registry, roles, segment, speakers

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    p.read_text(encoding="utf-8")
    for folder in (ROOT / "tests" / "extract" / "articles", ROOT / "data" / "documents")
    for p in sorted(folder.glob("*.txt"))
]
MONTHS = [
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug"),
    *("Sep", "Sept", "Oct", "Nov", "Dec", "Juni", "Mays"),
]


def _expressions(seed: int, count: int) -> list[tuple[str, date]]:
    """Day-and-month expressions as the date patterns pass them on, with a base date."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        month = rng.choice(MONTHS)
        month = rng.choice([month, month.lower(), month.upper()]) + rng.choice(["", "."])
        day = rng.choice([str(rng.randint(1, 31)), f"{rng.randint(1, 9):02d}", "29", "0", "32"])
        space = rng.choice([" ", "  ", "\n"])
        year = rng.choice(["", f"{rng.choice([',', ''])}{space}{rng.randint(1995, 2030)}"])
        expression = rng.choice([f"{month}{space}{day}{year}", f"{day}{space}{month}{year}"])
        base = date(2012, 1, 1) + timedelta(days=rng.randint(0, 365 * 8))
        out.append((expression, base))
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_plain_dates_are_read_as_dateparser_reads_them(seed: int) -> None:
    read = 0
    for expression, base in _expressions(seed, 150):
        plain = dates.plain_date(expression, base)
        if plain is not None:
            read += 1
            assert plain == dates.dateparser_date(expression, base), (expression, base)
    assert read > 50


def test_plain_dates_on_the_base_day_and_around_it() -> None:
    for on in [date(2016, 1, 1) + timedelta(days=k) for k in range(0, 366, 17)]:
        for base in (on - timedelta(days=1), on, on + timedelta(days=1)):
            for expression in (f"{on:%B} {on.day}", f"{on.day} {on:%b}", f"{on:%b}. {on.day}"):
                assert dates.plain_date(expression, base) == dates.dateparser_date(expression, base)


def test_what_plain_dates_leave_to_dateparser() -> None:
    base = date(2016, 6, 18)
    assert dates.plain_date("February 29", base) is None  # dateparser: the last leap year's
    assert dates.plain_date("June 2016", base) is None
    assert dates.plain_date("31 April", base) is None
    assert dates._parse("February 29", date(2015, 6, 1)) == date(2012, 2, 29)


def _finditer_spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def _prefiltered_spans(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str
) -> list[tuple[int, int]]:
    return [m.span() for m in segment._matches(pattern, starts, text, 0, len(text))]


PREFILTERED = [
    (segment._DEBRIS, segment._DEBRIS_START),
    (segment._CREDIT, segment._CREDIT_START),
    (segment._SCRAPED_DATELINE, segment._SCRAPED_START),
]
# Pieces of page furniture and credits, run together at random.
PIECES = [
    *("Published ", "Updated: ", "Last updated ", "Posted on ", "Sunday ", "Tue. ", "Thurs "),
    *("25 August 2013 ", "Aug. 3, 2015 ", "18:32 ", "at 0914 ", "GMT ", "07.10.2017", "1.2.2016"),
    *("(updated 1500 07.10.2017) ", "Print Share Tweet ", "Views 729 ", "Related ", "Tags "),
    *("Get short URL ", "Topic ", "(180) ", "0 13 ", "(Photo AFP) ", "(Reuters Photo) "),
    *("REUTERS/", "AFP/", "Getty Images/", "Omar ", "MOSCOW ", "(Sputnik) ", "KIEV - "),
    *("2016(Reuters) ", "The ", "A ", "At least ", "people were killed. ", '"', "“", "x", "\n"),
    *("ISIS ", "US-led ", "12 ", "by Paula Astih ", "(", ")", "-", "/"),
]


@pytest.mark.parametrize(("pattern", "starts"), PREFILTERED)
def test_prefiltered_patterns_find_what_finditer_finds(
    pattern: re.Pattern[str], starts: re.Pattern[str]
) -> None:
    rng = random.Random(7)
    texts = TEXTS + ["".join(rng.choice(PIECES) for _ in range(40)) for _ in range(400)]
    for text in texts:
        assert _prefiltered_spans(pattern, starts, text) == _finditer_spans(pattern, text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.text(max_size=20))
def test_prefiltered_patterns_on_generated_text(pieces: list[str], noise: str) -> None:
    text = "".join(pieces) + noise + "".join(reversed(pieces))
    for pattern, starts in PREFILTERED:
        assert _prefiltered_spans(pattern, starts, text) == _finditer_spans(pattern, text)


def test_date_triggers_are_the_trigger_words() -> None:
    for text in [*TEXTS, "Mondays, TUESDAY night; sept. 9 overnightly todays today-"]:
        lowered = text.lower()
        words = [m.start() for m in re.finditer("[a-z]+", lowered) if m.group() in dates._TRIGGERS]
        assert dates._trigger_positions(text) == words


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("killed by ", "claimed by the ", "against ", "20 ", "1,200 ", "dozens of "),
                *("carried out by ", "in clashes with ", "after ", "when the ", "Killed In "),
                *("the ", "regime ", "İ", "ı", "ſ", "K", "fighting ", "x-", ". ", "\n"),
            ]
        ),
        max_size=12,
    )
)
def test_lowercase_twins_match_as_their_re_i_patterns(pieces: list[str]) -> None:
    before = "".join(pieces)
    lowered = roles._lower(before)
    for pattern in roles._TWINS:
        assert roles._search(pattern, before, lowered) == (pattern.search(before) is not None)


# Pieces that start each branch of `incidents._BACKGROUND`, and words around them.
BACKGROUND_PIECES = [
    *("since ", "since then ", "since the ", "since syria's ", "since mid-", "2011 ", "march "),
    *("it began ", "the war ", "the civil war ", "conflict ", "uprising ", "has killed ", "had "),
    *("that began ", "which ", "broke out in ", "erupted ", "started in ", "so far this year "),
    *("since the start of the year ", "the total death toll ", "over the past ", "in the last "),
    *("years ", "months ", "six-year ", "eight-year-old ", "__x-year ", "-year ", "year of war "),
    *("years of fighting ", "deadliest month ", "killed in ", "died in syria's ", "revolution "),
    *("the country's ", "x", ".", ". ", "\n", "2", "-", "é", "ß-year ", "Since "),
]


def test_background_starts_are_where_finditer_matches() -> None:
    rng = random.Random(11)
    texts = [t.lower() for t in TEXTS]
    texts += ["".join(rng.choice(BACKGROUND_PIECES) for _ in range(30)) for _ in range(600)]
    for text in texts:
        expected = [m.start() for m in incidents._BACKGROUND.finditer(text)]
        assert incidents._background_starts(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(BACKGROUND_PIECES), max_size=20), st.text(max_size=10))
def test_background_starts_on_generated_text(pieces: list[str], noise: str) -> None:
    text = ("".join(pieces) + noise + "".join(reversed(pieces))).lower()
    expected = [m.start() for m in incidents._BACKGROUND.finditer(text)]
    assert incidents._background_starts(text) == expected


ACRONYM_PIECES = [
    *("SANA ", "SOHR ", "the UN ", "U.N. ", "US-led ", "IS ", "ISIS ", "YPG", "SDF)", "(SAA) "),
    *("HTS, ", "NATO's ", "AFP/", "-IS ", "xIS ", "I", "S", "U.S. ", "Is ", "us ", "\n", "."),
]


def _scan_by_finditer(scanner: speakers._AliasScanner, text: str) -> list[tuple[int, int, str]]:
    """`_AliasScanner.scan` as it was: the acronym pattern tried everywhere."""
    folded = text.replace("’", "'")
    found = [
        (m.start(), m.end(), scanner._ids[m.group(1)])
        for m in scanner._pattern.finditer(folded.lower())
        if m.group(1) in scanner._ids
    ]
    taken = [(s, e) for s, e, _ in found]
    for m in scanner._acronym_pattern.finditer(folded):
        if m.group(1) in scanner._acronyms and not any(
            s < m.end() and m.start() < e for s, e in taken
        ):
            found.append((m.start(), m.end(), scanner._acronyms[m.group(1)]))
    return sorted(found)


def test_acronyms_are_found_where_finditer_finds_them() -> None:
    scanner = speakers._alias_pattern(default_registry())
    rng = random.Random(5)
    texts = TEXTS + ["".join(rng.choice(ACRONYM_PIECES) for _ in range(30)) for _ in range(400)]
    for text in texts:
        assert scanner.scan(text) == _scan_by_finditer(scanner, text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(ACRONYM_PIECES), max_size=20), st.text(max_size=10))
def test_acronyms_on_generated_text(pieces: list[str], noise: str) -> None:
    scanner = speakers._alias_pattern(default_registry())
    text = "".join(pieces) + noise + "".join(reversed(pieces))
    assert scanner.scan(text) == _scan_by_finditer(scanner, text)


LEXICONS = [
    *("attribution_words.yaml", "cues.yaml", "figure_words.yaml", "incident_types.yaml"),
    *("incident_words.yaml", "place_words.yaml", "segment_words.yaml", "speakers.yaml"),
]
WORD_LISTS = [words for name in LEXICONS for words in registry.load_lexicon(name).values()]


def _ungrouped_alternation(words: list[str]) -> str:
    """`word_alternation` as it was: one branch per word, in order."""
    return "|".join(
        r"\s+".join(re.escape(part) for part in word.removesuffix("*").split())
        + (r"\w*" if word.endswith("*") else "")
        for word in words
    )


def test_grouped_word_alternations_match_as_the_ungrouped_ones() -> None:
    rng = random.Random(7)
    grouped = 0
    for words in WORD_LISTS:
        pattern = registry.word_alternation(words)
        grouped += pattern != _ungrouped_alternation(words)
        # Text made of the list's own words, their prefixes and case variants, and of prose.
        pieces = [*words, *(w[: len(w) // 2] for w in words), *(w.upper() for w in words)]
        generated = [
            " ".join(
                rng.choice(pieces).replace("*", rng.choice(["", "ed", "s"])) for _ in range(40)
            )
            for _ in range(5)
        ]
        for flags in (0, re.IGNORECASE):
            for wrap in (r"\b(?:{})\b", r"(?:{})", r"(?:{})\s+by\b"):
                new = re.compile(wrap.format(pattern), flags)
                old = re.compile(wrap.format(_ungrouped_alternation(words)), flags)
                for text in [*generated, *TEXTS[:3]]:
                    assert _finditer_spans(new, text) == _finditer_spans(old, text), words[:3]
    assert grouped > 20


GLUED_PIECES = [
    *("irresolution.", "For ", "his ", "part.", "Net ", "pic.twitter.com ", "U.S.", "e.g.", "The "),
    *("said!", "War ", "Aleppo", "ok.", "Ab ", "now?", "Syrian ", "\n", " ", "x", "killed.", "Com"),
]


@pytest.mark.parametrize("offset", [0, 1, 5])
def test_glued_stops_are_cut_where_the_lookbehind_form_cuts(offset: int) -> None:
    # The form it stands for: a zero-width match at the cut, tried at every character.
    everywhere = re.compile(r"(?<=[a-z]{3}[.!?])(?!(?:Net|Com|Org)\b)(?=[A-Z][a-z]{2,}\b)")
    rng = random.Random(offset)
    texts = TEXTS + ["".join(rng.choice(GLUED_PIECES) for _ in range(40)) for _ in range(300)]
    for text in texts:
        # A cut at the search's start is no cut (`_spans` drops it): the forms may differ there.
        expected = [m.end() for m in everywhere.finditer(text, offset) if m.end() > offset]
        found = [m.end() for m in segment._GLUED_STOP.finditer(text, offset)]
        assert found == expected, text
