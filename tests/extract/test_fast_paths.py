"""The extractor's fast paths find what the slower forms they stand for find: plain dates read
as dateparser reads them, patterns tried only where a match can start, lowercase twins of re.I
patterns, date triggers found by one pattern, searches skipped where they cannot change the
answer."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import (
    dates,
    default_registry,
    figures,
    incidents,
    patterns,
    places,
    registry,
    roles,
    segment,
    speakers,
)
from tests.extract.conftest import ARTICLE_TEXTS

TEXTS = ARTICLE_TEXTS
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
    return [m.span() for m in patterns.matches_at(pattern, starts, text, 0, len(text))]


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
                *("(after ", "died during heavy ", "killed in a ", "(claimed ", "by\n", "2 "),
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


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segment.segment(text)]


def _another_one_everywhere(
    text: str, start: int, end: int, found: list[figures.ExtractedFigure]
) -> list[tuple[int, int, str]]:
    """`figures._another_one` as it was: 'and another' searched in every sentence."""
    out = []
    for match in figures._ANOTHER.finditer(text, start, end):
        if any(f.metric in figures._CASUALTY and f.end <= match.start() for f in found):
            metric = next(m for m in figures._CASUALTY if match.group(m))
            out.append((*match.span("another"), metric))
    return out


ANOTHER_TEXTS = [
    "A soldier was killed and another was seriously injured. Two shells fell and another hit.",
    "One raid hit the town and another was reported missing, officials said.",
    "Three civilians were wounded and another killed; 2 trucks burned and another wounded.",
]


def test_another_one_is_skipped_only_without_a_casualty_count() -> None:
    compared = 0
    for text in TEXTS + ANOTHER_TEXTS:
        for start, end in _sentence_spans(text):
            found = figures.extract_figures(text, start, end)
            for given_figures in (found, [f for f in found if f.metric not in figures._CASUALTY]):
                fast = [
                    (f.start, f.end, f.metric)
                    for f in figures._another_one(text, start, end, given_figures)
                ]
                assert fast == _another_one_everywhere(text, start, end, given_figures)
                compared += bool(fast)
    assert compared >= 2


def _starts_another_everywhere(
    text: str, sentence: incidents._Sentence, tolls: bool, opening: object
) -> bool:
    """`incidents._starts_another` as it was, with no place opened and one sentence before:
    every pattern tried whatever the toll and the opening."""
    if incidents._SEPARATE.match(text, sentence.start, sentence.end):
        return True
    if incidents._ANAPHOR.search(text, sentence.start, sentence.end):
        return False
    if tolls and (
        incidents._ALSO.match(text, sentence.start, sentence.end)
        or incidents._ELSEWHERE.search(text, sentence.start, sentence.end)
    ):
        return True
    return opening is not None


def test_starts_another_skips_its_patterns_only_without_toll_or_opening() -> None:
    reg = default_registry()
    place = next(iter(reg.places.values()))
    texts = [*TEXTS, "In a separate attack, two were killed. Meanwhile the raids went on."]
    for text in texts:
        for start, end in _sentence_spans(text):
            sentence = incidents._Sentence(start, end, [])
            for tolls in (False, True):
                # An opening in the same place as the one opened: no other incident by place.
                fast = incidents._starts_another(
                    reg, text, sentence, tolls, None, None, [[sentence]], None
                )
                assert fast == _starts_another_everywhere(text, sentence, tolls, None)
                with_opening = incidents._starts_another(
                    reg, text, sentence, tolls, place, place, [[sentence]], None
                )
                assert with_opening == _starts_another_everywhere(text, sentence, tolls, None)


SPLIT_PIECES = ["Deir", " ", "-", "ez", "Zor", "\u00a0", "\u2009", "\n", "--", "al-Bab", "x"]


def test_split_words_are_the_nonempty_words_of_the_regex_split() -> None:
    rng = random.Random(3)
    phrases = [m.group() for text in TEXTS for m in places._CANDIDATE.finditer(text)]
    phrases += ["".join(rng.choice(SPLIT_PIECES) for _ in range(8)) for _ in range(500)]
    for phrase in phrases:
        expected = [w for w in re.split(r"[\s-]+", phrase) if w]
        assert places.split_words(phrase) == expected, phrase
    # The empty words the split leaves out name no place.
    gazetteer = places.gazetteer_for(default_registry())
    assert not gazetteer.may_start("")


VOICE_TITLES = sorted(
    speakers.SPOKES_NOUNS - frozenset(speakers.NOUNS["leader_titles"]), key=len, reverse=True
)
# Speaker patterns built with `word_alternation` from lists of plain lowercase words, and the
# words: each stands for the pattern with the plain alternation ('a|b|c') in its place.
GROUPED_SPEAKER_WORDS = [
    (speakers._MEMBER_OF, sorted(speakers.NOUNS["member_nouns"], key=len, reverse=True)),
    (
        speakers._PERSON_SUBJECT,
        sorted(
            w
            for w in speakers._TITLE_WORDS
            | speakers.SPOKES_NOUNS
            | frozenset(speakers.NOUNS["subject_office_words"])
            if w.isalpha()
        ),
    ),
    (
        speakers._PERSON_WITH_TITLE_SUBJECT,
        sorted(
            speakers.SPOKES_NOUNS
            | frozenset(speakers.NOUNS["leader_titles"])
            | frozenset(["commander", "official"]),
            key=len,
            reverse=True,
        ),
    ),
    (
        speakers._UNMARKED_APPOSITIVE,
        sorted(speakers.SPOKES_NOUNS | frozenset(speakers.NOUNS["leader_titles"])),
    ),
    (speakers._LEADER_OF, sorted(speakers.NOUNS["leader_titles"], key=len, reverse=True)),
    # As `SpeakerResolver` reads an owner before a voice title ("the group's spokesman").
    (re.compile(rf"^(.+?)['’]s\s+(?:\w+\s+)?(?:{speakers._VOICE_TITLES})\b"), VOICE_TITLES),
]


@pytest.mark.parametrize("index", range(len(GROUPED_SPEAKER_WORDS)))
def test_grouped_speaker_patterns_match_as_the_plain_alternations(index: int) -> None:
    pattern, words = GROUPED_SPEAKER_WORDS[index]
    grouped = registry.word_alternation(words)
    assert grouped in pattern.pattern and grouped != "|".join(words)
    plain = re.compile(pattern.pattern.replace(grouped, "|".join(words)), pattern.flags)
    rng = random.Random(index)
    pieces = [*words, "the ", "a ", "of ", "for ", "at ", "in ", " ", ", ", "Rami ", "Abdel "]
    pieces += ["Rahman ", "Observatory ", "said", "warned ", "has ", "Head ", "x", "\n", "'s "]
    phrases = [text[s:e] for text in TEXTS[:20] for s, e in _sentence_spans(text)]
    phrases += ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(400)]
    # Each word, a prefix of it and its capitalised form in the constructions read.
    for word in words:
        for form in (word, word[:-1], word.capitalize(), word + "s"):
            phrases += [
                f"Rami Abdel Rahman, {form} of the Observatory, warned",
                f"Rami Abdel Rahman {form} for the Observatory disagreed",
                f"Kremlin {form} Dmitry Peskov expressed",
                f"Abu Omar the {form} at the hospital",
                f"two senior {form} in the Free Syrian Army",
                f"the {form} of the provincial council",
                f"the group's deputy {form} said",
            ]
    matched = 0
    for phrase in phrases:
        matched += pattern.search(phrase) is not None
        for at in {0, *(m.start() for m in re.finditer(r"(?<=\s)\S", phrase))}:
            fast, slow = pattern.match(phrase, at), plain.match(phrase, at)
            assert (fast and fast.groups(), fast and fast.span()) == (
                slow and slow.groups(),
                slow and slow.span(),
            )
        fast_found, slow_found = pattern.search(phrase), plain.search(phrase)
        assert (fast_found and fast_found.span()) == (slow_found and slow_found.span())
    assert matched > len(words)


PLACE_PIECES = [
    *("Deir ", "ez-", "Zor ", "Ras ", "al ", "Ain ", "as-", "ash-", "Shaddadi ", "abu ", "Kamal "),
    *("Bab ", "el ", "of ", "the ", "de ", "an-", "Nabk ", "ibn ", "bin ", "at ", "x", "-", "\n"),
]


def test_place_candidates_with_grouped_connectors_are_the_plain_ones() -> None:
    plain = re.compile(
        places._CANDIDATE.pattern.replace(
            places._CONNECTORS, "(?:" + "|".join(places.CONNECTORS) + ")"
        )
    )
    assert plain.pattern != places._CANDIDATE.pattern
    rng = random.Random(13)
    texts = TEXTS + ["".join(rng.choice(PLACE_PIECES) for _ in range(30)) for _ in range(400)]
    for text in texts:
        assert _finditer_spans(places._CANDIDATE, text) == _finditer_spans(plain, text)


STOP_PIECES = [
    *("Stop. ", "now!", "?", "..", '." ', "’ ", ")", "]", " ", "\n", "A", "b", "9 ", "“T")
]


def test_sentence_ends_are_where_the_plain_form_finds_them() -> None:
    plain = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“„'‘(\[]?[A-Z0-9])|[.!?]+[\"”’')\]]*\s*$")
    rng = random.Random(17)
    texts = TEXTS + ["".join(rng.choice(STOP_PIECES) for _ in range(30)) for _ in range(600)]
    for text in texts:
        for start in (0, 1, 7):
            found = [m.span() for m in segment._SENTENCE_END.finditer(text, start)]
            assert found == [m.span() for m in plain.finditer(text, start)], text


def _paragraphs_by_regex(text: str) -> list[segment.Paragraph]:
    """`segment.paragraphs` as it was: the regex's runs of characters other than line breaks,
    blank ones left out."""
    out: list[segment.Paragraph] = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            out.append(segment.Paragraph(match.start() + lead, match.end() - trail, len(out)))
    return out


LINE_PIECES = [*("Line one.", " ", "\n", "\r\n", "\r", "\n\n", "\t", "\u2028", "\x0b", "x", "  ")]


def test_paragraphs_are_the_lines_the_regex_finds() -> None:
    rng = random.Random(19)
    texts = TEXTS + ["".join(rng.choice(LINE_PIECES) for _ in range(20)) for _ in range(600)]
    for text in [*texts, "", "\n", "\r", "x"]:
        assert segment.paragraphs(text) == _paragraphs_by_regex(text), repr(text)


ROLE_ACRONYM_PIECES = [
    *ACRONYM_PIECES,
    *("DAESH ", "FSA-", "ISIL'", "ISAF ", "RSF", "PYD,", "GNA ", "LNA.", "SAF ", "D", "Y", "N"),
]


def test_role_acronyms_are_found_where_finditer_finds_them() -> None:
    words = roles.role_words()
    rng = random.Random(23)
    texts = TEXTS + [
        "".join(rng.choice(ROLE_ACRONYM_PIECES) for _ in range(30)) for _ in range(600)
    ]
    found = 0
    for text in texts:
        for start in (0, 3):
            expected = [m.span() for m in words.acronym_pattern.finditer(text, start, len(text))]
            spans = [
                m.span()
                for m in patterns.matches_at(
                    words.acronym_pattern, words.acronym_starts, text, start, len(text)
                )
            ]
            assert spans == expected, text
            found += len(spans)
    assert found > 100


def test_start_patterns_of_words_of_one_character() -> None:
    starts = re.compile(patterns.start_pattern(["A", "AB", "C.D."]))
    # 'A' alone may start anywhere after a space; 'C' only before its '.'; none after a hyphen.
    assert [m.start() for m in starts.finditer("A AB xA -A C.D. C")] == [0, 2, 11]


IMPLIED_PIECES = [
    *("barrel bomb ", "Barrel Bombs ", "BARREL-BOMB", "barrel-bombs.", "xbarrel bomb ", "-barrel "),
    *("barrel ", "bomb ", "the ", "ſ", "İ", "ı", "K", "\n", "dropped ", "b", "(barrel bombs)"),
]


def test_implied_sides_are_found_where_the_re_i_pattern_finds_them() -> None:
    words = roles.role_words()
    assert words.implied_lower is not None
    rng = random.Random(29)
    texts = TEXTS + ["".join(rng.choice(IMPLIED_PIECES) for _ in range(12)) for _ in range(800)]
    found = 0
    for text in texts:
        for start in (0, 2):
            expected = words.implied.search(text, start, len(text))
            implied = words.implied_in(text, start, len(text))
            assert (implied and (implied.span(), implied.group().lower())) == (
                expected and (expected.span(), expected.group().lower())
            ), text
            found += implied is not None
    assert found > 100
