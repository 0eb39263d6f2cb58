"""Tokens with character offsets, and which of them sit inside quotations."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.segment import ABBREVIATIONS, Quote

_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}"  # U.S., U.N.
    r"|\d[\d,.]*\d|\d"  # numbers
    r"|\w(?:[\w’'\-.]*\w)?(?:[’']s)?"  # words, hyphenated words, possessives
    r"|[^\w\s]"  # punctuation, quote marks
)
QUOTE_CHARS = set('"“”„«»')


@dataclass(frozen=True)
class Token:
    """One token: its text, lowercased form, offsets and whether it is inside a quotation."""

    text: str
    lower: str
    start: int
    end: int
    quoted: bool

    @property
    def is_quote(self) -> bool:
        return self.text in QUOTE_CHARS

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, start: int, end: int, quotes: list[Quote]) -> list[Token]:
    """Tokens of text[start:end]; `quoted` marks tokens inside a quotation (marks excluded)."""
    out: list[Token] = []
    consumed = start
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if s < consumed:
            continue
        word = match.group()
        if e < end and text[e] == "." and word.lower() in ABBREVIATIONS:
            word += "."
            e += 1
        # A trailing period belongs to the sentence, not the word, unless it is an abbreviation.
        if (
            len(word) > 1
            and word.endswith(".")
            and not re.fullmatch(r"(?:[A-Za-z]\.)+", word)
            and word[:-1].lower() not in ABBREVIATIONS
        ):
            word = word[:-1]
            e -= 1
        quoted = any(q.start < s and e <= q.end - (1 if q.closed else 0) for q in quotes)
        out.append(Token(word, word.lower().replace("’", "'"), s, e, quoted))
        consumed = e
        if e < match.end() and not word.endswith("."):
            out.append(Token(".", ".", e, e + 1, quoted))
    return out
