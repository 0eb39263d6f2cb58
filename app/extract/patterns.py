"""Regular-expression helpers shared by the extraction steps."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of literal strings factored by common prefixes (fast to match)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alternatives = []
        optional = False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            alternatives.append(re.escape(ch) + build(node[ch]))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if optional:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def start_pattern(words: list[str]) -> str:
    """Where one of `words` (case-sensitive) can start after no word character or hyphen: its
    first character, then one of the second characters those words have. Each branch opens
    with a literal, so the engine skips to where one stands (cheap where capitals are rare)."""
    seconds: dict[str, set[str]] = {}
    for word in words:
        seconds.setdefault(word[0], set()).add(word[1:2])
    branches = []
    for first, after in sorted(seconds.items()):
        ahead = "" if "" in after else f"(?=[{''.join(re.escape(s) for s in sorted(after))}])"
        branches.append(f"{re.escape(first)}(?<![\\w-]{re.escape(first)}){ahead}")
    return "|".join(branches)


def matches_at(
    pattern: re.Pattern[str], starts: re.Pattern[str], text: str, start: int, end: int
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, start, end)` finds, trying `pattern` only where `starts`
    matches (at its end where a named group of it matched, else at its start). `starts` must match
    wherever `pattern` can, and no match of `pattern` may start inside a match of `starts`
    (then the first match from each position on is the same): a cheap pattern, often one whose
    every branch opens with a literal character, which the engine skips to."""
    reached = start
    for found in starts.finditer(text, start, end):
        at = found.start() if found.lastgroup is None else found.end()
        if at < reached:
            continue
        match = pattern.match(text, at, end)
        if match is not None:
            reached = match.end()
            yield match


# A word of a name: a capitalised word, or an Arabic article or kinship particle joined to one
# ('al-Ghadiri', 'bin-Salman', 'bint-Ali', 'abu-Mohammed'). Every rule that reads a person's or
# a body's name word by word builds on these (a particle added here reaches all of them).
NAME_PARTICLES = r"(?:al|el|ad|as|ash|ar|bin|bint|ibn|abu)"
NAME_WORD = rf"(?:[A-Z][\w'’-]*|{NAME_PARTICLES}-[A-Z][\w'’-]*)"
# The same with full stops inside the capitalised word ('U.S.', 'Lt.', 'J.'): for a name that is
# not itself followed by a sentence's full stop the pattern needs.
NAME_WORD_DOTTED = rf"(?:[A-Z][\w'’.-]*|{NAME_PARTICLES}-[A-Z][\w'’-]*)"
