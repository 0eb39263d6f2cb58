"""Dates: weekday names, 'September 9', 'yesterday' found in text and resolved against a base date."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

from app.extract.cues import MONTHS, WEEKDAYS
from app.extract.patterns import trie_pattern
from app.extract.registry import load_lexicon, word_alternation
from app.extract.types import Precision

# The events a date names ("Tuesday's attack"), from data/incident_words.yaml.
_DATED_EVENTS = load_lexicon("incident_words.yaml")["dated_events"]
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE = re.compile(
    rf"\b(?:(?P<md>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
    rf"|(?P<dm>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+\d{{4}})?)"
    rf"|(?P<my>{_MONTH}\s+\d{{4}})"
    r"|(?P<weekday>(?:last\s+|this\s+|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # 'Wednesdays strike': a possessive whose apostrophe the scrape dropped.
    r"(?:s(?=\s+(?:" + word_alternation(_DATED_EVENTS) + r")))?"
    r"(?:\s+(?:night|morning|evening|afternoon))?)"
    r"|(?P<relative>\b(?:yesterday|today|tonight|overnight|last\s+night))"
    # 'the previous day': the day before the date the text last named.
    r"|(?P<previous>\bthe\s+(?:previous|preceding)\s+day))\b",
    re.IGNORECASE,
)
# Words without which no date expression can match: a cheap test before the full pattern.
_TRIGGERS = (
    WEEKDAYS
    | frozenset(w + "s" for w in WEEKDAYS)
    | MONTHS
    | frozenset(["yesterday", "today", "tonight", "overnight", "night", "previous", "preceding"])
)
# A whole word of lowercase letters that is one of the triggers (the words of `[a-z]+` that
# `_TRIGGERS` holds), found by the engine instead of testing every word in Python.
_TRIGGER_WORD = re.compile(
    r"(?<![a-z])"
    + trie_pattern(sorted(w for w in _TRIGGERS if re.fullmatch("[a-z]+", w)))
    + r"(?![a-z])"
)
_YEAR = re.compile(r"\d{4}")
_WEEKDAY = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday", re.I)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class DateMention:
    """A date expression in the text and the calendar date it stands for."""

    text: str
    start: int
    end: int
    on: date
    precision: Precision


def resolve_weekday(name: str, base: date) -> date:
    """The most recent such weekday on or before `base` (same day: reporting on the day)."""
    target = _WEEKDAYS.index(name.lower())
    return base - timedelta(days=(base.weekday() - target) % 7)


@lru_cache(maxsize=4096)
def _parse(expression: str, base: date) -> date | None:
    """The date an expression names, counted from `base`: a plain day and month (with or
    without a year) read here, what dateparser would make of it; anything else by dateparser
    (~1 ms a call)."""
    plain = plain_date(expression, base)
    return plain if plain is not None else dateparser_date(expression, base)


def dateparser_date(expression: str, base: date) -> date | None:
    """The date dateparser reads in an expression, the most recent one on or before `base`
    when the expression leaves the year open."""
    settings = dict(_DATEPARSER_SETTINGS, RELATIVE_BASE=datetime(base.year, base.month, base.day))
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


# 'June 18', 'Sept. 9, 2016', '18 June 2016': a month's name (any case) and a day, perhaps a year.
_PLAIN_DATE = re.compile(
    r"\s*(?:(?P<month>[A-Za-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Za-z]+)\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*"
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}


def plain_date(expression: str, base: date) -> date | None:
    """The date a plain day and month name, as `dateparser_date` reads it (tested against it):
    with a year that day, without one the most recent on or before `base`. None when the
    expression is not of that form, or is one dateparser reads its own way (29 February
    without a year: the last leap year's; a day the month does not have)."""
    found = _PLAIN_DATE.fullmatch(expression)
    if found is None:
        return None
    month = _MONTH_NUMBERS.get((found.group("month") or found.group("month2")).lower())
    if month is None:
        return None
    day = int(found.group("day") or found.group("day2"))
    year = found.group("year")
    try:
        if year:
            return date(int(year), month, day)
        if (month, day) == (2, 29):
            return None
        on = date(base.year, month, day)
    except ValueError:
        return None
    return on if on <= base else on.replace(year=base.year - 1)


@lru_cache(maxsize=16)
def _trigger_positions(text: str) -> list[int]:
    """Offsets of the words a date expression needs (a month, a weekday, 'yesterday'), once per
    text: most sentences have none and skip the full pattern."""
    return [m.start() for m in _TRIGGER_WORD.finditer(text.lower())]


@lru_cache(maxsize=16)
def _date_matches(text: str) -> list[re.Match[str]]:
    """Every date expression of a text, in order: the full pattern is tried only around the
    words a date needs ('on Saturday', '9 September 2016' start at most a few words before)."""
    found: list[re.Match[str]] = []
    reached = 0
    for position in _trigger_positions(text):
        if position < reached:
            continue
        match = _DATE.search(text, max(reached, position - 16), position + 40)
        if match and match.start() <= position < match.end():
            found.append(match)
            reached = match.end()
    return found


_DATE_LINE = re.compile(
    rf"\s*(?:(?:Posted\s+on|Published|Updated|Last\s+updated)\s*:?\s*)?"
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    r"(?:(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    rf"|(?P<dm>\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
    rf"|(?P<md>{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}))\b",
    re.IGNORECASE,
)


def date_line(text: str) -> date | None:
    """The date an article opens with ('29-06-2016', 'Jun 18 2016', 'Posted on April 4 2017',
    'Wed 05 Apr 2017'): when it was written, the anchor of its relative dates. Numeric dates
    are read day first, as the outlets that print them do."""
    match = _DATE_LINE.match(text, 0, 80)
    if match is None:
        return None
    try:
        if match.group("y"):
            return date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        if match.group("iy"):
            return date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
    except ValueError:
        return None
    expression = match.group("dm") or match.group("md")
    year = _YEAR.search(expression)
    assert year is not None
    return _parse(expression, date(int(year.group()), 12, 31))


def find_dates(text: str, start: int, end: int, base: date | None) -> list[DateMention]:
    """Date expressions in text[start:end] resolved against `base` (None: only absolute dates)."""
    out: list[DateMention] = []
    matches = _date_matches(text)
    at = bisect_left(matches, start, key=lambda m: m.start())
    for i, match in enumerate(matches[at:], at):
        if match.end() > end:
            break
        expr = match.group()
        resolved: date | None = None
        precision = Precision.day
        if match.group("previous"):
            named = _last_named(text, matches, i, base)
            if named is None:
                continue
            resolved = named - timedelta(days=1)
        elif match.group("weekday"):
            if base is None:
                continue
            day = _WEEKDAY.search(expr)
            assert day is not None
            resolved = resolve_weekday(day.group(), base)
            if expr.lower().startswith("last ") and resolved == base:
                resolved = base - timedelta(days=7)
        elif match.group("relative"):
            if base is None:
                continue
            word = expr.lower()
            following = matches[i + 1] if i + 1 < len(matches) else None
            if (
                word == "overnight"
                and following is not None
                and following.group("weekday")
                and not text[match.end() : following.start()].strip(" ,")
            ):
                continue  # 'overnight Saturday': the weekday says which night
            resolved = base if word in ("today", "tonight") else base - timedelta(days=1)
            if word == "overnight":
                resolved = base
        else:
            cleaned = _ORDINAL.sub(r"\1", expr)
            year = _YEAR.search(expr)
            if base is not None:
                anchor = base
            elif year is not None:
                anchor = date(int(year.group()), 12, 31)
            else:
                continue  # 'September 9' with nothing to anchor it: unresolved, never this year
            resolved = _parse(cleaned, anchor)
            if match.group("my"):
                precision = Precision.month
            if resolved and base and not _YEAR.search(expr) and resolved > base:
                resolved = resolved.replace(year=resolved.year - 1)
        if resolved is None:
            continue
        out.append(DateMention(expr, match.start(), match.end(), resolved, precision))
    return out


def _last_named(text: str, matches: list[re.Match[str]], i: int, base: date | None) -> date | None:
    """The date the text names last before its i-th date expression (None: none named)."""
    for match in reversed(matches[:i]):
        found = find_dates(text, match.start(), match.end(), base)
        if found:
            return found[-1].on
    return None
