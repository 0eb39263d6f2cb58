"""Regular-expression helpers shared by the extraction steps."""

from __future__ import annotations

import re
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
