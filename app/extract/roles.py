"""Who carried out an attack, read from an event sentence's grammar with the words of `data/roles.yaml`.

"Russian air strikes", "regime forces shelled", "shelling by regime forces", "an airstrike by
the coalition", "ISIS claimed responsibility": a side's word in the doer's position. The same
word after "against", "on" or a number ("killed 20 IS militants") is the target, not the doer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from app.extract.patterns import trie_pattern
from app.extract.registry import DATA_DIR

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|dozens|scores|hundreds|several|many|more|some|of"
)
# The side's word sits where a target does: 'against IS', 'killed 20 IS militants'.
_TARGET_BEFORE = re.compile(
    r"(?:\b(?:against|on|targeting|targeted|target|at|killing|kill|kills|killed|hitting|hits|hit|"
    r"struck|striking|pounding|pounded|shelled|shelling|bombed|bombing|bombarded|besieged|near|"
    r"with|between|and|fight|fighting|fought|clashes|clash|versus|vs|from|to|toward|towards|"
    r"into|held|controlled|captured|defeat|defeated|repel|repelled|killed\s+in|positions\s+of)"
    rf"|(?<![\w/.-])\d{{1,3}}(?:,\d{{3}})*|\b(?:{_NUMBER_WORDS}))\s+(?:the\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# '... killed by', 'an airstrike carried out by the', 'shelling from'.
_BY_BEFORE = re.compile(
    r"\b(?:killed|kill\w*|carried\s+out|launched|conducted|shelling|shelled|strikes?|raids?|"
    r"attacks?|attacked|bombing|bombed|bombardment|fired|struck|hit|targeted|perpetrated|"
    r"committed|executed|massacred|airstrikes?|air\s+strikes?|air\s+raids?|blamed\s+on|"
    r"responsibility\s+\w*\s*claimed|claimed|ambushed|downed|shot\s+down|dropped|caused)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_CLAIMED = re.compile(r"^(?:\s+[\w-]+){0,3}?\s+(?:has\s+|have\s+)?claimed\s+responsibility", re.I)
_CLAIMED_BY = re.compile(r"\bclaimed\s+by\s+(?:the\s+)?$", re.I)
# 'killed in Russian air strikes', 'died in a regime barrel bomb attack', 'wounded in IS group
# suicide blasts': the side before the weapon the victims fell to is its user.
_FELL_IN = re.compile(
    r"\b(?:killed|died|dead|wounded|injured|hurt|perished|killing|wounding)\s+(?:in|by|during)\s+"
    r"(?:an?\s+|the\s+|(?:\d+|two|three|four|five|several|twin|new|fresh|heavy|suspected)\s+)?$",
    re.I,
)
# 'killed in', 'killed when': the verb is passive, the side its victim.
_PASSIVE_AFTER = re.compile(r"\s*(?:in|by|when|as|during|after|while|on|at|near|,|\.)", re.I)


@dataclass(frozen=True)
class Side:
    """What a side's word stands for."""

    actor: str
    air: str | None
    is_claim: bool


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
            side = Side(str(entry["actor"]), entry.get("air"), bool(entry.get("claim")))
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
        self.acronym_pattern = re.compile(edge_before + _alternation(list(acronyms)) + edge_after)
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
        verbs = _alternation([str(v) for v in data.get("verbs") or ()])
        doers = _alternation(ground + air + units)
        self.verb_after = re.compile(
            rf"^(?:['’]s)?\s+(?:(?:{doers})\s+)?(?:has\s+|have\s+|had\s+)?"
            rf"(?:also\s+|reportedly\s+|allegedly\s+|again\s+)?(?P<verb>{verbs})\b",
            re.I,
        )

    def mentions(self, text: str, start: int, end: int) -> list[tuple[int, int, Side]]:
        """Every side's word in text[start:end], longest first where they overlap."""
        found = [
            (m.start(), m.end(), self.sides[m.group().lower()])
            for m in self.side_pattern.finditer(text, start, end)
        ]
        found += [
            (m.start(), m.end(), self.acronyms[m.group()])
            for m in self.acronym_pattern.finditer(text, start, end)
        ]
        found.sort(key=lambda f: (f[0], -f[1]))
        out: list[tuple[int, int, Side]] = []
        for mention in found:
            if out and mention[0] < out[-1][1]:
                continue
            out.append(mention)
        return out


@lru_cache(maxsize=4)
def role_words(path: Path = DATA_DIR / "roles.yaml") -> RoleWords:
    """The role words of a `roles.yaml`, read once."""
    with path.open(encoding="utf-8") as fh:
        return RoleWords(yaml.safe_load(fh) or {})


def _alternation(words: list[str]) -> str:
    """A prefix-factored alternation of `words`, or a pattern that never matches."""
    return trie_pattern(words) or "(?!)"


def find_perpetrator(
    text: str,
    sentences: Sequence[tuple[int, int]],
    claims: Sequence[tuple[int, int, str, bool]],
    skip: Sequence[tuple[int, int]] = (),
    headline: str | None = None,
    words: RoleWords | None = None,
) -> Perpetrator | None:
    """The side the event sentences make the doer (the headline and the lead weigh most).

    `claims` are (start, end, claim id, attributed?) of the sentences' claims; `skip` are spans
    where a side's word is part of another name ('Syrian Observatory'); `headline` is read
    first when the text does not hold it."""
    words = words or role_words()
    scores: dict[str, float] = {}
    evidence: dict[str, list[str | None]] = {}
    first_seen: dict[str, int] = {}
    passages: list[tuple[str, int, int, float]] = []
    if headline:
        passages.append((headline, 0, len(headline), 2.0))
    passages += [
        (text, start, end, 2.0 if i == 0 else 1.0) for i, (start, end) in enumerate(sentences)
    ]
    for source, start, end, weight in passages:
        in_text = source is text
        implied = words.implied.search(source, start, end)
        if implied:
            actor = words.implied_actor[implied.group().lower()]
            scores[actor] = scores.get(actor, 0.0) + 0.5 * weight
            first_seen.setdefault(actor, implied.start() if in_text else -1)
            evidence.setdefault(actor, []).append(None)
        mentions = words.mentions(source, start, end)
        labelled = [False] * len(mentions)
        for i, (s, e, side) in enumerate(mentions):
            if in_text and any(a <= s and e <= b and (a, b) != (s, e) for a, b in skip):
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
            before = source[max(start, s - 45) : s]
            after = source[e : min(end, e + 70)]
            score = 0.0
            actor = side.actor
            weapon = words.weapon_after.match(after)
            verb = words.verb_after.match(after)
            if _CLAIMED.match(after) or _CLAIMED_BY.search(before):
                score = 5.0
            elif _BY_BEFORE.search(before) or (
                weapon
                and weapon.group("weapon").lower() not in words.unit_words
                and _FELL_IN.search(before)
            ):
                score = 2.0
            elif _TARGET_BEFORE.search(before):
                continue
            elif verb and not (
                verb.group("verb").lower() in ("killed", "hit", "shot", "struck")
                and _PASSIVE_AFTER.match(after, verb.end())
            ):
                score = 2.0
            elif weapon:
                # A unit ('regime troops') names the side as often as victim as doer.
                score = 1.0 if weapon.group("weapon").lower() in words.unit_words else 2.0
            if not score:
                continue
            if weapon and side.air and weapon.group("weapon").lower() in words.air_words:
                actor = side.air
            scores[actor] = scores.get(actor, 0.0) + score * weight
            first_seen.setdefault(actor, s if in_text else -1)
            claim = next((c for c in claims if c[0] <= s < c[1]), None) if in_text else None
            asserted_by = claim[2] if claim and (claim[3] or side.is_claim) else None
            evidence.setdefault(actor, []).append(asserted_by)
    if not scores:
        return None
    top = max(scores.values())
    actor = min((a for a, v in scores.items() if v == top), key=lambda a: first_seen[a])
    claim_ids = evidence[actor]
    # Who did it is one side's claim only when every mention of it is inside such a claim.
    return Perpetrator(actor, None if None in claim_ids else claim_ids[0])
