"""Places: gazetteer names in the text, transliteration-tolerant, with facilities ('air base')
and divisions ('Idlib province', 'the Damascus countryside')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.extract.gazetteer import (
    CountryTowns,
    Gazetteer,
    country_towns,
    gazetteer_for,
    strict_key,
)
from app.extract.registry import Place, Registry, load_lexicon, word_alternation

# Lowercase words inside a place's name: 'Deir ez-Zor', 'Ras al Ain', 'Bab al-Hawa'.
CONNECTORS = [
    *("al", "el", "ez", "ad", "ar", "as", "az", "ash", "es", "an", "at", "ibn", "bin", "abu"),
    *("of", "the", "de"),
]
_CONNECTORS = "(?:" + word_alternation(CONNECTORS) + ")"
_CANDIDATE = re.compile(
    rf"(?<![\w-])(?:{_CONNECTORS}[\s-])?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    rf"(?:[\s-]+(?:{_CONNECTORS}[\s-]+)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*){{0,3}}"
)
# 'the Syrian capital', 'the Iraqi capital': the capital city of the country the word names.
_CAPITAL = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+capital(?:['’]?s)?\b(?!\s+(?:of|city\s+of)\b)")
# 'al-Hassakeh', 'el-Bab': a lowercase article joined to a capitalised name.
_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|az|ash|ez|es|an|at)-[A-Z]")
# Words read around place names (data/place_words.yaml).
_WORDS = load_lexicon("place_words.yaml")
# '... the jihadists' de facto Syrian capital', 'its Syrian capital': another capital than the
# country's.
_NOT_THE_CAPITAL = re.compile(
    r"(?:" + word_alternation(_WORDS["not_the_capital"]) + r"|self-[\w-]+|caliphate['’]?s?)\s+$",
    re.I,
)
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:has\s+|had\s+|have\s+|also\s+|repeatedly\s+)?(?:"
    + word_alternation(_WORDS["government_after"])
    + r")\b",
    re.I,
)
_WORD = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


def split_words(phrase: str) -> list[str]:
    """The words between runs of spaces and hyphens (what `re.split(r"[\\s-]+", phrase)` gives,
    without its empty strings): str.split takes the characters `\\s` takes for spaces."""
    return phrase.replace("-", " ").split()


_FACILITY = re.compile(
    r"^\s*(?:military\s+)?(?:air[\s-]?base|airport|air\s*field|airfield|air\s+strip|airstrip)\b",
    re.IGNORECASE,
)
_FACILITY_BEFORE = re.compile(
    r"(?:air[\s-]?base|airport|airfield)\s+(?:of|in|near|at|outside)\s+(?:the\s+(?:city\s+of\s+)?)?$",
    re.IGNORECASE,
)

# 'Idlib province', 'the Aleppo countryside', 'rural Damascus', 'a Damascus suburb', 'the suburbs
# of Homs'.
_DIVISION_AFTER = re.compile(
    r"\s*(?:(?P<province>province|governorate)|(?P<countryside>countryside|suburbs?|outskirts|"
    r"rural\s+areas?|countryside\s+province))\b",
    re.IGNORECASE,
)
_DIVISION_BEFORE = re.compile(
    r"(?:(?P<province>province|governorate)\s+of|(?P<countryside>countryside|suburbs|outskirts)"
    r"\s+of|(?P<rural>rural|countryside)|(?P<near>\bnear|\bnearby|\boutside|\baround))"
    r"\s+(?:the\s+(?:city\s+of\s+)?)?$",
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


# The lead: where an article says which country it is about.
_LEAD_CHARS = 600
# 'KABUL -', 'HERAT/GHAZNI:', 'KIEV, Ukraine --': a dateline.
_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][A-Za-z'’.]+(?:[ /-][A-Z][A-Za-z'’.]+)*)"
    r"(?:\s*,\s*(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?\s*(?:\([^)]{0,30}\)\s*)?(?:-+|—|–|:)\s"
)
_CAPITALISED = re.compile(r"(?<![\w-])[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")
# 'in Ukraine', 'of Afghanistan'; "Libya's", 'Afghanistan´s'.
_WORD_IN_RUN = re.compile(r"[A-Z][a-z]+")
_IN_BEFORE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"['’´]s\b")
# 'in Herat, Afghanistan', 'Donetsk, Ukraine': a town then its country.
_TOWN_BEFORE = re.compile(r"\b[A-Z][\w'’-]+,\s*$")
# 'Afghan President', 'the northern Afghan city of', 'the Libyan capital'.
_DEMONYM_NOUN = re.compile(
    r"\s+(?:"
    + word_alternation([t.title() for t in _WORDS["demonym_titles"]] + _WORDS["demonym_nouns"])
    + r")\b"
)


def article_country(registry: Registry, text: str) -> str | None:
    """The country an article is about, as its lead says: its dateline ('KABUL -', 'KIEV,
    Ukraine --'), a country named as a place ('in Ukraine', "Libya's") or its adjective before
    a state's or a place's noun ('Afghan President', 'the Afghan capital'), or a place of our
    own list or a typed division. A country whose towns are always read (Syria, Iraq ...) wins
    over one whose are not, and counts wherever its name or adjective stands in the lead: a
    story of Syria's war names Russia and Iran as often."""
    gazetteer = gazetteer_for(registry)
    lead = text[:_LEAD_CHARS]
    found = _dateline_countries(gazetteer, lead)
    for match in _CAPITALISED.finditer(lead):
        country = _country_in_lead(registry, gazetteer, lead, match)
        if country:
            found.append(country)
    for country in found:
        if country in gazetteer.town_countries:
            return country
    return found[0] if found else None


def _dateline_countries(gazetteer: Gazetteer, lead: str) -> list[str]:
    """The countries a dateline names: 'KIEV, Ukraine --' (its country), 'KABUL -' (a capital)."""
    dateline = _DATELINE.match(lead)
    if not dateline:
        return []
    named = gazetteer.country_named(dateline.group("country") or "")
    city = dateline.group("city")
    capital = next((c for c in _capital_countries(gazetteer, city) if city.isupper()), None)
    # 'HERAT -': a dateline names a town; the country of the largest town of that name.
    town = gazetteer.country_of_town(city) if city.isupper() and not capital else None
    return [c for c in (named, capital, town) if c]


def _country_in_lead(
    registry: Registry, gazetteer: Gazetteer, lead: str, match: re.Match[str]
) -> str | None:
    """The country a capitalised run of the lead points at: a country named as a place, its
    adjective before a state's or a place's noun, or a place of our own list or a division."""
    name, s, e = match.group(), match.start(), match.end()
    names: dict[str, _LeadName] = registry.derived("lead-names", dict)
    read = names.get(name)
    if read is None:
        if len(names) > _MAX_PHRASES:
            names.clear()
        read = names[name] = _lead_name(registry, gazetteer, name)
    country, adjectives, local = read
    if country and (
        country in gazetteer.town_countries
        or _IN_BEFORE.search(lead, max(0, s - 12), s)
        or _TOWN_BEFORE.search(lead, max(0, s - 40), s)
        or _POSSESSIVE_AFTER.match(lead, e)
    ):
        return country
    for word_end, adjective in adjectives:
        if adjective in gazetteer.town_countries or _DEMONYM_NOUN.match(lead, s + word_end):
            return adjective
    return local


# What a capitalised run of a lead may point at by its words alone (`_lead_name`).
_LeadName = tuple[str | None, tuple[tuple[int, str], ...], str | None]


def _lead_name(registry: Registry, gazetteer: Gazetteer, name: str) -> _LeadName:
    """The country a run names, the countries its words are adjectives of (with where each
    word ends in the run) and the country of the local place or division it names; remembered
    per run by `_country_in_lead` (the same runs recur from lead to lead)."""
    adjectives = tuple(
        (word.end(), adjective)
        for word in _WORD_IN_RUN.finditer(name)
        if (adjective := gazetteer.country_of_adjective(word.group()))
    )
    local = next(iter(gazetteer.candidates(name)), None)
    own = (
        local is not None
        and local.kind != "country"
        and (local.id in registry.places or local.id.startswith("admin1:"))
    )
    return gazetteer.country_named(name), adjectives, local.country if own and local else None


def _capital_countries(gazetteer: Gazetteer, city: str) -> list[str]:
    return [c for c in (gazetteer.country_of_capital(w) for w in re.split(r"[ /-]", city)) if c]


def _country_near(gazetteer: Gazetteer, text: str, start: int, end: int) -> set[str]:
    """The countries named (or their adjectives) around text[start:end], within its sentence
    or so: a place of another country than the article's counts only beside it."""
    lo, hi = max(0, start - 150), min(len(text), end + 150)
    out: set[str] = set()
    for match in _CAPITALISED.finditer(text, lo, hi):
        for word in (match.group(), *match.group().split()):
            country = gazetteer.country_named(word) or gazetteer.country_of_adjective(word)
            if country:
                out.add(country)
    return out


def find_places(
    registry: Registry,
    text: str,
    start: int = 0,
    end: int | None = None,
    country: str | None = None,
) -> list[PlaceMention]:
    """Gazetteer places named in text[start:end]; a city with 'air base' beside it becomes the site.
    `country`: the article's country, for a text too short to tell (its headline); else
    `article_country` reads it from the text's lead."""
    stop = len(text) if end is None else end
    return [m for m in _all_places(registry, text, country) if start <= m.start and m.end <= stop]


_RECENT_TEXTS = 32  # texts whose places are kept (an article and its speaker phrases)


def _all_places(registry: Registry, text: str, country: str | None) -> list[PlaceMention]:
    """Every place a text names, found once per text: the registry keeps the last few texts'
    places (several steps of one article's extraction ask for them). The oldest goes first: the
    article's whole text, asked for at the start and again by incidents, outlives the speaker
    phrases asked for between (emptying the memo when full scanned it a second time)."""
    recent: dict[tuple[str, str | None], list[PlaceMention]] = registry.derived(
        "places-in-text", dict
    )
    found = recent.get((text, country))
    if found is None:
        if len(recent) >= _RECENT_TEXTS:
            del recent[next(iter(recent))]
        found = recent[(text, country)] = _scan(
            registry, text, 0, len(text), country or article_country(registry, text)
        )
    return found


# 'Posted on August 3 2013 by Nazeer Rida', 'By John Davison' at the top: a writer's name, whose
# words are no place ('Rida' is not the Yemeni town Rada).
_BYLINE = re.compile(
    r"(?:^\s*|\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Uu]pdated|[Rr]eported)\b[^.\n]{0,40}?\s)"
    r"[Bb]y\s+(?P<name>[A-Z][\w'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|van)[\s-]+)?[A-Z][\w'’.-]*){1,2})"
)
_BYLINE_CHARS = 300


def _byline_name(text: str) -> tuple[int, int]:
    """Where a byline's name lies in the top of a text ((0, 0): no byline)."""
    found = _BYLINE.search(text, 0, min(len(text), _BYLINE_CHARS))
    return found.span("name") if found else (0, 0)


def _scan(
    registry: Registry, text: str, start: int, stop: int, country: str | None
) -> list[PlaceMention]:
    """The places named in text[start:stop]; in an article about a country whose towns are
    not always read (`cities:` of gazetteer.yaml) like `country`, that country's towns and divisions, and the
    places of other countries only where their country is named."""
    gazetteer = gazetteer_for(registry)
    towns = country_towns(registry, country) if country else None
    names = _phrase_names(registry)
    out: list[PlaceMention] = []
    writer_start, writer_end = _byline_name(text)
    for match in _CANDIDATE.finditer(text, start, stop):
        if match.start() < writer_end and writer_start < match.end():
            continue
        if towns is None and names.get(match.group(), True) is None:
            continue  # a run already known to name no place (most are): spare the call
        mention = _named_place(gazetteer, text, match, stop, towns, names)
        if mention is not None:
            out.append(mention)
    out = _with_capitals(gazetteer, text, start, stop, out, towns)
    out.sort(key=lambda m: m.start)
    return out


# What a capitalised run names by its words alone (`_phrase_place`), remembered per run: the
# same runs ('The', 'Syrian Observatory', 'Aleppo') recur from article to article.
_PhraseNames = dict[str, "tuple[tuple[Place, ...], int, int] | None"]
_MAX_PHRASES = 200_000


def _phrase_names(registry: Registry) -> _PhraseNames:
    """The registry's memo of `_phrase_place` (its gazetteer's names decide it)."""
    names: _PhraseNames = registry.derived("place-phrases", dict)
    if len(names) > _MAX_PHRASES:
        names.clear()
    return names


def _phrase_place(gazetteer: Gazetteer, phrase: str) -> tuple[tuple[Place, ...], int, int] | None:
    """The longest run of words in a capitalised run that names places or a site (best first,
    with where the run starts and ends in `phrase`): what `_named_place` reads without the
    towns of an article's country. Depends on the phrase only."""
    # Most capitalised runs hold no word a place name starts with: pass them at once.
    if not any(gazetteer.may_start(w) for w in split_words(phrase)):
        return None
    found = _longest_place(gazetteer, phrase, list(_WORD.finditer(phrase)))
    return None if found is None else (tuple(found[0]), found[1], found[2])


def _named_place(
    gazetteer: Gazetteer,
    text: str,
    match: re.Match[str],
    stop: int,
    towns: CountryTowns | None = None,
    names: _PhraseNames | None = None,
) -> PlaceMention | None:
    """The place a capitalised run names, if any: a city with 'air base' beside it is the
    site, with 'province' the division; a capital that speaks is its government, no place.
    With the `towns` of the article's country, those first. `names`: a memo of what runs
    name by their words alone (`_phrase_place`)."""
    phrase = match.group()
    found: tuple[Sequence[Place], int, int] | None
    if towns is None:
        if names is None:
            found = _phrase_place(gazetteer, phrase)
        elif phrase in names:
            found = names[phrase]
        else:
            found = names[phrase] = _phrase_place(gazetteer, phrase)
    elif not any(gazetteer.may_start(w) or towns.may_start(w) for w in split_words(phrase)):
        return None
    else:
        words = list(_WORD.finditer(phrase))
        found = _longest_place_in(gazetteer, towns, text, match.start(), phrase, words)
    if found is None:
        return None
    candidates, w_start, w_end = found
    place = candidates[0]
    s, e = match.start() + w_start, match.start() + w_end
    # 'Damascus promised a truce', 'Baghdad said': the capital stands for the government.
    if gazetteer.is_capital(place) and _GOVERNMENT_AFTER.match(text, e, stop):
        return None
    if place.kind == "city":
        facility = _FACILITY.match(text[e:stop])
        before = _FACILITY_BEFORE.search(text[max(0, s - 40) : s])
        site = gazetteer.site_of(place.id, "airport") if facility or before else None
        if site:
            if facility:
                e = e + facility.end()
            return PlaceMention(site, s, e, text[s:e], (site,))
        if towns is not None and place.country == towns.country:
            # 'the province of Herat' (a division word after the name is read with it).
            before = _DIVISION_BEFORE.search(text[max(0, s - 30) : s])
            province = before is not None and before.group("province") is not None
            division = towns.by_admin1.get(place.admin1 or "") if province else None
        else:
            division = _division(gazetteer, place, text, s, e, stop)
        if division:
            return PlaceMention(division, s, e, text[s:e], (division,))
    return PlaceMention(place, s, e, text[s:e], tuple(candidates))


def _with_capitals(
    gazetteer: Gazetteer,
    text: str,
    start: int,
    stop: int,
    found: list[PlaceMention],
    towns: CountryTowns | None = None,
) -> list[PlaceMention]:
    """`found` with 'the Syrian capital' read as Damascus (replacing the country it overlaps),
    unless another capital is meant ('its de facto capital')."""
    out = list(found)
    if text.find("capital", start, stop) < 0:
        return out  # no 'X capital' to read (the pattern's cost at every character, spared)
    for match in _CAPITAL.finditer(text, start, stop):
        capital = gazetteer.capital(match.group(1), towns)
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
    if before is not None and before.group("near") is not None:
        # 'near Damascus', 'outside Damascus': the city's surroundings, a division of their own
        # where a city is its own division (Rif Dimashq); elsewhere the city itself is kept.
        own = gazetteer.division_of(place)
        around = gazetteer.division_of(place, countryside=True)
        return around if around is not None and around != own else None
    return gazetteer.division_of(place, countryside=countryside)


def _longest_place_in(
    gazetteer: Gazetteer,
    towns: CountryTowns,
    text: str,
    offset: int,
    phrase: str,
    words: list[re.Match[str]],
) -> tuple[list[Place], int, int] | None:
    """The longest run of words in `phrase` that names a place of the article's country
    (`towns`), or of another one named beside it, or a country; best first."""
    n = len(words)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            first, last = words[i], words[i + size - 1]
            name = phrase[first.start() : last.end()]
            if not name[:1].isupper() and size == 1 and not _JOINED_ARTICLE.match(name):
                continue
            s, e = offset + first.start(), offset + last.end()
            division_word = _DIVISION_WORD.match(text, e) is not None
            ours = towns.candidates(name, division_word)
            others = [p for p in gazetteer.candidates(name) if p not in ours]
            if others and any(p.kind != "country" for p in others):
                near = _country_near(gazetteer, text, s, e)
                others = [p for p in others if p.kind == "country" or p.country in near]
            if ours or others:
                return ours + others, first.start(), last.end()
    return None


def _spells(name: str, place: Place) -> bool:
    """Whether a name is one of a place's own spellings (not a transliteration of one)."""
    key = strict_key(name)
    return any(strict_key(n) == key for n in [place.name, *place.aliases])


_DIVISION_WORD = re.compile(r"\s*(?:province|governorate|region|oblast)\b", re.I)


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
            if size == 1 and places and strict_key(name) in gazetteer.stop:
                # 'Country', 'Center': a common word, not 'Quneitra' by transliteration.
                places = [p for p in places if _spells(name, p)]
            if places:
                return places, first.start(), last.end()
    return None
