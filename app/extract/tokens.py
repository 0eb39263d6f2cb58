"""Tokens with character offsets, and which of them sit inside quotations."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.extract.segment import ABBREVIATIONS, Quote

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|\d[\d,.]*\d|\d"  # numbers
    r"|\w(?:[\w’'\-.]*\w)?(?:[’']s)?"  # words, hyphenated words, possessives
    r"|[^\w\s]"  # punctuation, quote marks
)
QUOTE_CHARS = set('"“”„«»')


class Token(NamedTuple):
    """One token: its text, lowercased form, offsets and whether it is inside a quotation."""

    text: str
    lower: str
    start: int
    end: int
    quoted: bool
    is_quote: bool
    is_word: bool
    is_capitalised: bool


_new = tuple.__new__
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")


def _token(word: str, start: int, end: int, quoted: bool) -> Token:
    first = word[:1]
    return Token(
        word,
        word.lower().replace("’", "'"),
        start,
        end,
        quoted,
        word in QUOTE_CHARS,
        first.isalnum(),
        first.isupper(),
    )


# The token pattern with the whitespace before each token: `findall` hands over (space, token)
# pairs built in C, and the offsets follow from their lengths (only whitespace lies between
# tokens: every other character starts one), instead of a match object and two calls per token.
_SPACE_AND_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")


def tokenize(text: str, start: int, end: int, quotes: list[Quote]) -> list[Token]:
    """Tokens of text[start:end]; `quoted` marks tokens inside a quotation (marks excluded)."""
    out: list[Token] = []
    append = out.append
    pos = consumed = start
    spans = [(q.start, q.end - (1 if q.closed else 0)) for q in quotes]
    for space, word in _SPACE_AND_TOKEN.findall(text, start, end):
        s = pos + len(space)
        e = pos = s + len(word)
        if s < consumed:
            continue
        matched_end = e
        if word[-1] == "." or (e < end and text[e] == "."):
            if e < end and text[e] == "." and word.lower() in ABBREVIATIONS:
                word += "."
                e += 1
            # A trailing period belongs to the sentence, not the word, unless it is an
            # abbreviation.
            if (
                word[-1] == "."
                and len(word) > 1
                and word[:-1].lower() not in ABBREVIATIONS
                and not _INITIALS.fullmatch(word)
            ):
                word = word[:-1]
                e -= 1
        quoted = False
        if spans:
            for q_start, q_end in spans:
                if q_start < s and e <= q_end:
                    quoted = True
                    break
        first = word[0]
        lower = word.lower()
        if "’" in lower:
            lower = lower.replace("’", "'")
        # tuple.__new__ skips NamedTuple's keyword handling: this loop is the hot path.
        append(
            _new(
                Token,
                (word, lower, s, e, quoted, word in QUOTE_CHARS, first.isalnum(), first.isupper()),
            )
        )
        consumed = e
        if e < matched_end and word[-1] != ".":
            append(_token(".", e, e + 1, quoted))
    return out
