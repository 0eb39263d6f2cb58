"""Who carried out an attack, read from an event sentence's grammar with the words of `data/roles.yaml`.

"Russian air strikes", "regime forces shelled", "shelling by regime forces", "an airstrike by
the coalition", "ISIS claimed responsibility": a side's word in the doer's position. The same
word after "against", "on" or a number ("killed 20 IS militants") is the target, not the doer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from app.extract.patterns import matches_at, start_pattern, trie_pattern
from app.extract.registry import DATA_DIR, Registry, data_file, load_lexicon, word_alternation

# The words around a side's word that make it the target (data/incident_words.yaml).
_WORDS = load_lexicon("incident_words.yaml")
# The side's word sits where a target does: 'against IS', 'killed 20 IS militants'.
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:" + word_alternation(_WORDS["side_target_before"]) + r")"
    r"|(?<![\w/.-])\d{1,3}(?:,\d{3})*|\b(?:"
    + word_alternation(_WORDS["count_words"])
    + r"))\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# '... killed by', 'an airstrike carried out by the', 'shelling from'.
_BY_BEFORE = re.compile(
    r"\b(?:" + word_alternation(_WORDS["by_before"]) + r"|responsibility\s+\w*\s*claimed)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_CLAIMED = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+)?claimed\s+responsibility", re.I)
_CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.I)
# 'killed in Russian air strikes', 'died in a regime barrel bomb attack', 'wounded in IS group
# suicide blasts': the side before the weapon the victims fell to is its user.
_FELL_IN = re.compile(
    r"\b(?:"
    + word_alternation(_WORDS["fell_verbs"])
    + r")\s+(?:in|by|during)\s+(?:an?\s+|the\s+|(?:\d+|"
    + word_alternation(_WORDS["fell_modifiers"])
    + r")\s+)?$",
    re.I,
)
# 'Ten soldiers were killed on Tuesday in clashes with IS', '18 jihadists killed fighting Syria
# Kurds': the side the victims fell fighting is the doer. Only time words may stand between the
# passive verb and 'in' ('killed 20 militants in clashes with IS' has its doer before it).
_FELL_FIGHTING = re.compile(
    r"\b(?:"
    + word_alternation(_WORDS["fell_verbs"])
    + r")\s+(?:(?:"
    + word_alternation(_WORDS["fell_times"])
    + r")\s+){0,3}(?:(?:in|during)\s+(?:[\w-]+\s+){0,2}?(?:"
    + word_alternation(_WORDS["fight_nouns"])
    + r")\s+(?:with|against)|(?:while\s+)?(?:fighting|battling))\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# 'killed after Nusra terrorists shelled', 'died when regime forces bombed': a clause that opens
# after the toll has its own subject; a side there followed by an act verb is the doer, even when
# 'killed' stands just before the conjunction.
_CLAUSE_OPENS = re.compile(r"\b(?:after|when|as|while|because|since|once)\s+(?:the\s+)?$", re.I)
# 'killed in', 'killed when': the verb is passive, the side its victim.
_PASSIVE_AFTER = re.compile(r"\s*(?:in|by|when|as|during|after|while|on|at|near|,|\.)", re.I)


@dataclass(frozen=True)
class Side:
    """What a side's word stands for."""

    actor: str
    air: str | None
    is_claim: bool
    # The actor the word names in another country's war ('the army' in Somalia, 'the
    # coalition' in Yemen), by ISO code.
    theatres: tuple[tuple[str, str], ...] = ()

    def in_country(self, country: str | None) -> Side:
        """The side as the word names it in a war in `country`."""
        actor = dict(self.theatres).get(country or "") if self.theatres else None
        return Side(actor, None, self.is_claim) if actor else self


@dataclass(frozen=True)
class Perpetrator:
    """The doer of an event, and the claim that asserts it when only one side's words do."""

    actor_id: str
    claim_id: str | None


class RoleWords:
    """The words of `roles.yaml`, compiled once."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.sides: dict[str, Side] = {}
        acronyms: dict[str, Side] = {}
        for entry in data.get("sides") or ():
            theatres = tuple((str(k), str(v)) for k, v in (entry.get("theatres") or {}).items())
            side = Side(str(entry["actor"]), entry.get("air"), bool(entry.get("claim")), theatres)
            for word in entry["words"]:
                word = str(word)
                if word.upper() == word and len(word) <= 5:
                    acronyms[word] = side
                else:
                    self.sides.setdefault(word.lower(), side)
        self.acronyms = acronyms
        edge_before, edge_after = r"(?<![\w-])(", r")(?![\w-])"
        self.side_pattern = re.compile(
            edge_before + _alternation(list(self.sides)) + edge_after, re.I
        )
        # The same words over lowercased text (`_lowered`), which the engine matches much faster
        # than with re.I and where they are found at the same offsets.
        self.side_pattern_lower = (
            re.compile(edge_before + _alternation(list(self.sides)) + edge_after)
            if all(word.isascii() for word in self.sides)
            else None
        )
        self.acronym_pattern = re.compile(edge_before + _alternation(list(acronyms)) + edge_after)
        # Where an acronym can start: `acronym_pattern` is tried there only (`mentions`).
        self.acronym_starts = re.compile(start_pattern(list(acronyms)) or "(?!)")
        air = [str(w) for w in data.get("air") or ()]
        ground = [str(w) for w in data.get("ground") or ()]
        units = [str(w) for w in data.get("units") or ()]
        self.air_words = {w.lower() for w in air}
        self.unit_words = {w.lower() for w in units}
        filler = (
            r"(?:(?!(?:in|on|at|of|by|against|near|targeting|the|killed|were|was|who|that)\b)"
            r"[\w-]+\s+){0,2}?"
        )
        self.weapon_after = re.compile(
            rf"^(?:['’]s)?\s+{filler}(?P<weapon>{_alternation([*air, *ground, *units])})\b", re.I
        )
        self.implied_actor = {
            str(word).lower(): str(actor) for word, actor in (data.get("implied") or {}).items()
        }
        self.implied = re.compile(
            r"(?<![\w-])(?:" + _alternation(list(self.implied_actor)) + r")(?![\w-])",
            re.I,
        )
        # The same over lowercased text, tried only where one of the words can start.
        implied = list(self.implied_actor)
        twin = bool(implied) and all(word.isascii() for word in implied)
        self.implied_lower: re.Pattern[str] | None = (
            re.compile(r"(?<![\w-])(?:" + _alternation(implied) + r")(?![\w-])") if twin else None
        )
        self.implied_starts: re.Pattern[str] | None = (
            re.compile(start_pattern(implied)) if twin else None
        )
        verbs = _alternation([str(v) for v in data.get("verbs") or ()])
        doers = _alternation(ground + air + units)
        self.verb_after = re.compile(
            rf"^(?:['’]s)?\s+(?:(?:{doers})\s+)?(?:has\s+|have\s+|had\s+)?"
            rf"(?:also\s+|reportedly\s+|allegedly\s+|again\s+)?(?P<verb>{verbs})\b",
            re.I,
        )

    def implied_in(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first word in text[start:end] that implies a side (what `implied.search` finds)."""
        lowered = _lowered(text) if self.implied_lower is not None else None
        if lowered is None or self.implied_lower is None or self.implied_starts is None:
            return self.implied.search(text, start, end)
        found = matches_at(self.implied_lower, self.implied_starts, lowered, start, end)
        return next(found, None)

    def mentions(self, text: str, start: int, end: int) -> list[tuple[int, int, Side]]:
        """Every side's word in text[start:end], longest first where they overlap."""
        lowered = _lowered(text) if self.side_pattern_lower is not None else None
        if lowered is not None and self.side_pattern_lower is not None:
            found = [
                (m.start(), m.end(), self.sides[m.group()])
                for m in self.side_pattern_lower.finditer(lowered, start, end)
            ]
        else:
            found = [
                (m.start(), m.end(), self.sides[m.group().lower()])
                for m in self.side_pattern.finditer(text, start, end)
            ]
        found += [
            (m.start(), m.end(), self.acronyms[m.group()])
            for m in matches_at(self.acronym_pattern, self.acronym_starts, text, start, end)
        ]
        found.sort(key=lambda f: (f[0], -f[1]))
        out: list[tuple[int, int, Side]] = []
        for mention in found:
            if out and mention[0] < out[-1][1]:
                continue
            out.append(mention)
        return out


def _lower(text: str) -> str | None:
    """The text lowercased, when an ASCII pattern finds in it what it finds with re.I in the text,
    at the same offsets (None otherwise): no letter lowercases to two ('İ'), and none that re.I
    matches to an ASCII letter but `lower` leaves alone (dotless 'ı', long 'ſ')."""
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return None
    return lowered


# A whole text is lowercased once for the passages read in it.
_lowered = lru_cache(maxsize=8)(_lower)


def _lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """An re.I pattern of lowercase ASCII words without re.I, for lowercased text (`_lower`):
    the engine tests a literal branch at once instead of folding case at every character."""
    literals = re.sub(r"\\[A-Za-z]", "", pattern.pattern)
    # Inline flags ('(?-i:IS)') would read lowercased text otherwise than the text.
    inline_flags = re.search(r"\(\?[aiLmsux-]+[:)]", literals)
    if not literals.isascii() or re.search("[A-Z]", literals) or inline_flags:
        raise ValueError(f"not lowercase ASCII without inline flags: {pattern.pattern[:60]}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


# The patterns read before a side's word, and their twins (`_search`).
_TWINS = {
    p: _lowercase_twin(p)
    for p in (_CLAIMED_BY, _BY_BEFORE, _FELL_FIGHTING, _FELL_IN, _CLAUSE_OPENS, _TARGET_BEFORE)
}


def _most_words(*keys: str) -> int:
    """The most words a phrase of these lists of incident_words.yaml has."""
    return max(len(w.split()) for key in keys for w in _WORDS[key])


# How many of the text's last words (runs of non-space characters) a match of these patterns
# spans at most (they end the text): a match starts within them, and the search starts there.
_LAST_WORDS = {
    _CLAIMED_BY: 3,  # 'claimed by the'
    _CLAUSE_OPENS: 2,  # 'after the'
    # 'killed in a', 'died during heavy'
    _FELL_IN: _most_words("fell_verbs") + 1 + max(1, _most_words("fell_modifiers")),
    # A target word of up to two, 'the' and one more.
    _TARGET_BEFORE: 2 + _most_words("side_target_before", "count_words"),
}


def _search(pattern: re.Pattern[str], text: str, lowered: str | None) -> bool:
    """Whether `pattern` (re.I) matches in `text`: by its twin in `lowered` when there is one."""
    if lowered is None:
        return pattern.search(text) is not None
    words = _LAST_WORDS.get(pattern)
    start = _last_words_start(lowered, words) if words else 0
    return _TWINS[pattern].search(lowered, start) is not None


def _last_words_start(text: str, count: int) -> int:
    """Where the last `count` runs of non-space characters of `text` start (0: fewer)."""
    parts = text.rsplit(None, count)
    if len(parts) <= count:
        return 0
    at = len(parts[0])
    while text[at].isspace():
        at += 1
    return at


@lru_cache(maxsize=1)
def role_words(path: Path = DATA_DIR / "roles.yaml") -> RoleWords:
    """The role words of a `roles.yaml` (the project's, read once when no registry is given)."""
    return _read_role_words(path)


def role_words_for(registry: Registry) -> RoleWords:
    """The role words of a registry's data directory, read once and kept with the registry."""
    return registry.derived(
        "role-words", lambda: _read_role_words(data_file(registry, "roles.yaml"))
    )


def _read_role_words(path: Path) -> RoleWords:
    with path.open(encoding="utf-8") as fh:
        return RoleWords(yaml.safe_load(fh) or {})


def _alternation(words: list[str]) -> str:
    """A prefix-factored alternation of `words`, or a pattern that never matches."""
    return trie_pattern(words) or "(?!)"


@dataclass(frozen=True)
class _Vote:
    """One reading of a side as the doer: its weight, where it is (-1: in the headline) and the
    claim that asserts it when only one side's words do."""

    actor: str
    score: float
    at: int
    asserted_by: str | None


def find_perpetrator(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[tuple[int, int, str, bool]],
    skip: Sequence[tuple[int, int]] = (),
    headline: str | None = None,
    words: RoleWords | None = None,
    headline_skip: Sequence[tuple[int, int]] = (),
    country: str | None = None,
) -> Perpetrator | None:
    """The side the event sentences make the doer (the headline and the lead weigh most).

    `claims` are (start, end, claim id, attributed?) of the sentences' claims; `skip` are spans
    where a side's word is part of another name ('Syrian Observatory'); `headline` is read
    first when the text does not hold it, `headline_skip` its spans of other names ('Syrian
    Coalition Condemns Attack': the opposition's body, not the US-led coalition); `country` the
    war's, for the words that name another side there ('government forces' in Somalia)."""
    words = words or role_words()
    passages: list[tuple[str, int, int, float]] = []
    if headline:
        passages.append((headline, 0, len(headline), 2.0))
    passages += [
        (text, start, end, 2.0 if i == 0 else 1.0) for i, (start, end) in enumerate(sentences)
    ]
    names, headline_names = _Names(skip), _Names(headline_skip)
    votes = [
        vote
        for source, start, end, weight in passages
        for vote in _passage_votes(
            words,
            source,
            start,
            end,
            weight,
            source is text,
            claims,
            names if source is text else headline_names,
            country,
        )
    ]
    return _winner(votes)


def _passage_votes(
    words: RoleWords,
    source: str,
    start: int,
    end: int,
    weight: float,
    in_text: bool,
    claims: Sequence[tuple[int, int, str, bool]],
    skip: _Names,
    country: str | None = None,
) -> list[_Vote]:
    """The doers one passage (the headline or an event sentence) names, in reading order."""
    votes: list[_Vote] = []
    implied = words.implied_in(source, start, end)
    if implied:
        actor = words.implied_actor[implied.group().lower()]
        votes.append(_Vote(actor, 0.5 * weight, implied.start() if in_text else -1, None))
    mentions = words.mentions(source, start, end)
    labelled = [False] * len(mentions)
    for i, (s, e, side) in enumerate(mentions):
        if skip.hold(s, e):
            continue
        # 'Syrian rebel fighters', 'Syrian Kurdish forces': a side's word before another's
        # qualifies it and the second names the side; but one side's label after a name
        # ('Nusra terrorists') is the name's: the two read as one.
        if i and labelled[i - 1]:
            continue
        if i + 1 < len(mentions) and not source[e : mentions[i + 1][0]].strip():
            if not mentions[i + 1][2].is_claim:
                continue
            labelled[i] = True
            e = mentions[i + 1][1]
        found = _as_doer(
            words,
            side.in_country(country),
            source[max(start, s - 70) : s],
            source[e : min(end, e + 70)],
        )
        if found is None:
            continue
        actor, score = found
        claim = next((c for c in claims if c[0] <= s < c[1]), None) if in_text else None
        asserted_by = claim[2] if claim and (claim[3] or side.is_claim) else None
        # 'terrorists' is one side's label for any armed group: a group named as the doer
        # ('ISIL terrorists fired rockets') outweighs it.
        label = 0.5 if side.is_claim and not labelled[i] else 1.0
        votes.append(_Vote(actor, score * weight * label, s if in_text else -1, asserted_by))
    return votes


class _Names:
    """Spans of other names, sorted by start so that those that can hold a word are found by
    bisection: a span that holds [start, end) starts at most its longest length before it."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.longest = max((b - a for a, b in self.spans), default=0)

    def hold(self, start: int, end: int) -> bool:
        """Whether a longer name holds text[start:end] ('Syrian' in 'Syrian Observatory')."""
        first = bisect_left(self.starts, start - self.longest)
        last = bisect_right(self.starts, start, first)
        return any(end <= b and (a, b) != (start, end) for a, b in self.spans[first:last])


def _as_doer(words: RoleWords, side: Side, before: str, after: str) -> tuple[str, float] | None:
    """The actor a side's word names as the doer, given the words around it, and how surely:
    None when it names no doer there (a target, or no grammar of doing)."""
    weapon = words.weapon_after.match(after)
    weapon_word = weapon.group("weapon").lower() if weapon else None
    score = _doer_score(words, before, after, weapon_word)
    if not score:
        return None
    if weapon_word and side.air and weapon_word in words.air_words:
        return side.air, score
    return side.actor, score


def _doer_score(words: RoleWords, before: str, after: str, weapon: str | None) -> float:
    """How surely the grammar around a side's word makes it the doer: 5 it claimed the attack,
    2 'by <side>' / 'killed in clashes with <side>' / '<side> shelled' / '<side> air strikes', 1 '<side> troops' (as often the
    victim), 0 not the doer."""
    lowered = _lower(before)
    if _CLAIMED.match(after) or _search(_CLAIMED_BY, before, lowered):
        return 5.0
    if (
        _search(_BY_BEFORE, before, lowered)
        or _search(_FELL_FIGHTING, before, lowered)
        or (weapon and weapon not in words.unit_words and _search(_FELL_IN, before, lowered))
    ):
        return 2.0
    verb = words.verb_after.match(after)
    if (
        verb
        and _search(_CLAUSE_OPENS, before, lowered)
        and not _PASSIVE_AFTER.match(after, verb.end())
    ):
        return 2.0
    if _search(_TARGET_BEFORE, before, lowered):
        return 0.0
    if verb and not (
        verb.group("verb").lower() in ("killed", "hit", "shot", "struck")
        and _PASSIVE_AFTER.match(after, verb.end())
    ):
        return 2.0
    if weapon:
        # A unit ('regime troops') names the side as often as victim as doer.
        return 1.0 if weapon in words.unit_words else 2.0
    return 0.0


def _winner(votes: list[_Vote]) -> Perpetrator | None:
    """The side with the highest total (ties: the first named), and the claim asserting it."""
    scores: dict[str, float] = {}
    evidence: dict[str, list[str | None]] = {}
    first_seen: dict[str, int] = {}
    for vote in votes:
        scores[vote.actor] = scores.get(vote.actor, 0.0) + vote.score
        first_seen.setdefault(vote.actor, vote.at)
        evidence.setdefault(vote.actor, []).append(vote.asserted_by)
    if not scores:
        return None
    top = max(scores.values())
    actor = min((a for a, v in scores.items() if v == top), key=lambda a: first_seen[a])
    claim_ids = evidence[actor]
    # Who did it is one side's claim only when every mention of it is inside such a claim.
    return Perpetrator(actor, None if None in claim_ids else claim_ids[0])
