"""Places: gazetteer names in the text, transliteration-tolerant, with facilities ('air base')
and divisions ('Idlib province', 'the Damascus countryside')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.extract.gazetteer import Gazetteer, gazetteer_for
from app.extract.registry import Place, Registry

_CONNECTORS = r"(?:al|el|ez|ad|ar|as|az|ash|es|an|at|ibn|bin|abu|of|the|de)"
_CANDIDATE = re.compile(
    rf"(?<![\w-])(?:{_CONNECTORS}[\s-])?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    rf"(?:[\s-]+(?:{_CONNECTORS}[\s-]+)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*){{0,3}}"
)
# 'the Syrian capital', 'the Iraqi capital': the capital city of the country the word names.
_CAPITAL = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+capital(?:['’]?s)?\b(?!\s+(?:of|city\s+of)\b)")
# '... the jihadists' de facto Syrian capital', 'its Syrian capital': another capital than the
# country's.
_NOT_THE_CAPITAL = re.compile(
    r"(?:de\s+factor?|its|their|self-[\w-]+|one-time|former|proclaimed|caliphate['’]?s?)\s+$", re.I
)
# 'al-Hassakeh', 'el-Bab': a lowercase article joined to a capitalised name.
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|az|ash|ez|es|an|at)-[A-Z]")
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:has\s+|had\s+|have\s+|also\s+|repeatedly\s+)?(?:said|says|promised|promises|"
    r"promise|accused|accuses|denied|denies|announced|announces|claimed|claims|insisted|insists|"
    r"rejected|rejects|agreed|agrees|warned|warns|blamed|blames|government|regime|allies|ally)\b",
    re.I,
)
_SPLIT = re.compile(r"[\s-]+")
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")
_FACILITY = re.compile(
    r"^\s*(?:military\s+)?(?:air[\s-]?base|airport|air\s*field|airfield|air\s+strip|airstrip)\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE = re.compile(
    r"(?:air[\s-]?base|airport|airfield)\s+(?:of|in|near|at|outside)\s+(?:the\s+(?:city\s+of\s+)?)?$",
    re.IGNORECASE,
)

# 'Idlib province', 'the Aleppo countryside', 'rural Damascus', 'the suburbs of Homs'.
_DIVISION_AFTER = re.compile(
    r"\s*(?:(?P<province>province|governorate)|(?P<countryside>countryside|suburbs|outskirts|"
    r"rural\s+areas?|countryside\s+province))\b",
    re.IGNORECASE,
)
_DIVISION_BEFORE = re.compile(
    r"(?:(?P<province>province|governorate)\s+of|(?P<countryside>countryside|suburbs|outskirts)"
    r"\s+of|(?P<rural>rural|countryside))\s+(?:the\s+(?:city\s+of\s+)?)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text, with the other places the name may stand for (best first)."""

    place: Place
    start: int
    end: int
    text: str
    candidates: tuple[Place, ...] = ()

    def in_country(self, country: str | None) -> Place:
        """The place this mention stands for in a country, if the name has one there."""
        if country and self.place.country != country:
            return next((p for p in self.candidates if p.country == country), self.place)
        return self.place


def find_places(
    registry: Registry, text: str, start: int = 0, end: int | None = None
) -> list[PlaceMention]:
    """Gazetteer places named in text[start:end]; a city with 'air base' beside it becomes the site."""
    stop = len(text) if end is None else end
    return [m for m in _all_places(registry, text) if start <= m.start and m.end <= stop]


_CACHE: dict[tuple[int, str], list[PlaceMention]] = {}


def _all_places(registry: Registry, text: str) -> list[PlaceMention]:
    """Every place a text names, found once per text (the last few texts are kept)."""
    key = (id(registry), text)
    found = _CACHE.get(key)
    if found is None:
        if len(_CACHE) > 8:
            _CACHE.clear()
        found = _CACHE[key] = _scan(registry, text, 0, len(text))
    return found


def _scan(registry: Registry, text: str, start: int, stop: int) -> list[PlaceMention]:
    """The places named in text[start:stop]."""
    gazetteer = gazetteer_for(registry)
    out: list[PlaceMention] = []
    for match in _CANDIDATE.finditer(text, start, stop):
        phrase = match.group()
        # Most capitalised runs hold no word a place name starts with: pass them at once.
        if not any(gazetteer.may_start(w) for w in _SPLIT.split(phrase)):
            continue
        words = list(_WORD.finditer(phrase))
        found = _longest_place(gazetteer, match.group(), words)
        if found is None:
            continue
        candidates, w_start, w_end = found
        place = candidates[0]
        s, e = match.start() + w_start, match.start() + w_end
        # 'Damascus promised a truce', 'Baghdad said': the capital stands for the government.
        if gazetteer.is_capital(place) and _GOVERNMENT_AFTER.match(text, e, stop):
            continue
        if place.kind == "city":
            facility = _FACILITY.match(text[e:stop])
            before = _FACILITY_BEFORE.search(text[max(0, s - 40) : s])
            site = gazetteer.site_of(place.id, "airport") if facility or before else None
            if site:
                if facility:
                    e = e + facility.end()
                out.append(PlaceMention(site, s, e, text[s:e], (site,)))
                continue
            division = _division(gazetteer, place, text, s, e, stop)
            if division:
                out.append(PlaceMention(division, s, e, text[s:e], (division,)))
                continue
        out.append(PlaceMention(place, s, e, text[s:e], tuple(candidates)))
    for match in _CAPITAL.finditer(text, start, stop):
        capital = gazetteer.capital(match.group(1))
        # The adjective may itself be a country's name ('Jordanian'): the capital wins.
        inside = [m for m in out if m.start < match.end() and match.start() < m.end]
        if (
            capital is None
            or any(m.place.kind != "country" for m in inside)
            or _NOT_THE_CAPITAL.search(text, max(start, match.start() - 25), match.start())
        ):
            continue
        out = [m for m in out if m not in inside]
        out.append(PlaceMention(capital, match.start(), match.end(), match.group(), (capital,)))
    out.sort(key=lambda m: m.start)
    return out


def _division(
    gazetteer: Gazetteer, place: Place, text: str, start: int, end: int, stop: int
) -> Place | None:
    """'Idlib province', 'rural Damascus': the division a city's name stands for here."""
    after = _DIVISION_AFTER.match(text, end, stop)
    before = None if after else _DIVISION_BEFORE.search(text[max(0, start - 30) : start])
    found = after or before
    if found is None:
        return None
    countryside = found.group("countryside") is not None or (
        before is not None and before.group("rural") is not None
    )
    return gazetteer.division_of(place, countryside=countryside)


def _longest_place(
    gazetteer: Gazetteer, phrase: str, words: list[re.Match[str]]
) -> tuple[list[Place], int, int] | None:
    """The longest run of words in `phrase` that names places or a site, best first."""
    n = len(words)
    starts = [i for i, w in enumerate(words) if gazetteer.may_start(w.group())]
    if not starts:
        return None
    for size in range(n, 0, -1):
        for i in starts:
            if i + size > n:
                continue
            first, last = words[i], words[i + size - 1]
            name = phrase[first.start() : last.end()]
            if not name[:1].isupper() and size == 1 and not _JOINED_ARTICLE.match(name):
                continue
            site = gazetteer.site_by_name(name)
            if site:
                return [site], first.start(), last.end()
            places = gazetteer.candidates(name)
            if places:
                return places, first.start(), last.end()
    return None
