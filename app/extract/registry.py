"""The actor registry and the gazetteer: known names, their aliases, and how text is matched to them."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml


def default_data_dir() -> Path:
    """Where `actors.yaml` and `places.yaml` are when no data directory is configured.

    An installed wheel carries them in the package (`app/data`, see pyproject.toml); a source
    checkout reads the top-level `data/` folder they are built from.
    """
    packaged = Path(str(resources.files("app").joinpath("data")))
    if (packaged / "actors.yaml").is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "data"


DATA_DIR = default_data_dir()

_DROP = {"the", "a", "an", "'s", "’s"}

_T = TypeVar("_T")

_INNER_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-rt-z]|s\w)")

# A word short enough to be an acronym ('US', 'who'), not part of 'U.S.' or a hyphenated name.
_SHORT_WORD = re.compile(r"(?<![\w.-])[A-Za-z]{2,3}(?![\w-])")


@lru_cache(maxsize=65536)
def normalise_name(text: str) -> str:
    """A comparison key for actor names: case, possessives, demonyms and spelling folded."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    if not text.isascii():
        # 'Ahrar al-Shām', 'Türkiye': a name is compared without its diacritics.
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
    text = text.lower().strip(" .,;:\"'“”")
    # "Hay'at", "Da'esh": an apostrophe inside a word (no possessive 's) is no word break.
    text = _INNER_APOSTROPHE.sub("", text)
    tokens = re.findall(r"u\.s\.|u\.k\.|[\w-]+|'s", text)
    out: list[str] = []
    for tok in tokens:
        if tok in _DROP:
            continue
        tok = _DEMONYMS.get(tok, tok)
        tok = _SPELLING.get(tok, tok)
        out.append(tok)
    return " ".join(out)


def slugify(text: str) -> str:
    """A lowercase, hyphenated id for a new actor's name."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-zA-Z0-9]+", "-", text.lower()).strip("-")
    return text[:60] or "unknown"


@lru_cache(maxsize=65536)
def place_key(text: str) -> str:
    """A transliteration-tolerant key: 'Dayr al-Zawr', 'Deir ez-Zor' and 'Deir Ezzor' agree.

    Each word keeps its first letter and loses the vowels and weak consonants after it; short
    names (a key under four letters) must match letter for letter instead ('Hama' is not 'Hmeimim').
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    tokens = [t for t in re.split(r"[^a-z]+", text) if t and t not in ARTICLES]
    if len(tokens) == 1:
        # "Ezzor": an assimilated article written into the word.
        tokens = [re.sub(r"^(.{3,}?)e([zsdrtn])\2", r"\1\2", tokens[0])]
    parts = []
    for token in tokens:
        rest = re.sub(r"[aeiouyw'h]", "", token[1:])
        parts.append(token[0] + rest)
    skeleton = re.sub(r"(.)\1+", r"\1", "".join(parts)).replace("q", "k").replace("c", "k")
    if len(skeleton) < 4:
        return "=" + "".join(tokens)
    return skeleton


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration key of one word ('' for an article): the first word of a name."""
    word = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()
    word = re.sub(r"[^a-z]+", "", word)
    if not word or word in ARTICLES:
        return ""
    return word[0] + re.sub(r"[aeiouyw'h]", "", word[1:])[:2]


@dataclass
class KnownActor:
    """An actor as the registry describes it."""

    id: str
    name: str
    kind: str
    country: str | None = None
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)
    heads: list[str] = field(default_factory=list)
    # Words reporting describes it by without naming it ('monitoring', 'war', 'opposition' of
    # 'the Britain-based opposition monitoring group'): a description may use them.
    described_by: list[str] = field(default_factory=list)
    # Countries where a name this actor shares with another ('the coalition') means this one.
    theatres: list[str] = field(default_factory=list)


@dataclass
class Place:
    """A named place with coordinates."""

    id: str
    name: str
    kind: str  # site | city | region | admin1 | country
    country: str
    lat: float
    lon: float
    aliases: list[str] = field(default_factory=list)
    facility: str | None = None
    city: str | None = None
    admin1: str | None = None  # first-level division (governorate, province), when known
    admin2: str | None = None  # second-level division (district), when known


class Registry:
    """Known actors, indexed for matching names found in text, and the local places (indexed
    with the world gazetteer's in `app.extract.gazetteer`)."""

    def __init__(
        self, actors: list[KnownActor], places: list[Place], data_dir: Path = DATA_DIR
    ) -> None:
        self.data_dir = data_dir  # where the other data files are looked for first
        # What other modules derive from this registry's data (its gazetteer, the places of the
        # last texts read): kept here so that it dies with the registry, see `derived`.
        self._derived: dict[str, Any] = {}
        self.actors: dict[str, KnownActor] = {a.id: a for a in actors}
        self.places: dict[str, Place] = {p.id: p for p in places}
        self._by_name: dict[str, str] = {}
        self._keys: dict[str, str] = {}  # name_key's memo: phrases recur across a corpus
        # Short acronyms that spell English words ('WHO', 'IS', 'US'): inside a phrase they
        # match only where it writes them in capitals ('who' in a relative clause is no actor).
        self._short_acronyms: frozenset[str] = frozenset(
            normalise_name(n)
            for a in actors
            for n in a.aliases
            if n.isupper() and n.isalpha() and len(n) <= 3 and normalise_name(n) == n.lower()
        )
        # The same acronyms as written words ('us', 'who', 'Ana'): a name lookup reads a word
        # spelling one only where it is in capitals, whatever the key it folds to ('us' folds
        # to 'american').
        self._acronym_words: frozenset[str] = frozenset(
            n.lower()
            for a in actors
            for n in [a.name, *a.aliases]
            if n.isupper() and n.isalpha() and len(n) <= 3
        )
        # Names several actors share ('the coalition'): every claimant, in file order.
        self._shared: dict[str, list[str]] = {}
        for actor in actors:
            for name in [actor.name, *actor.aliases]:
                key = variant_key(normalise_name(name))
                first = self._by_name.setdefault(key, actor.id)
                if first != actor.id:
                    claimants = self._shared.setdefault(key, [first])
                    if actor.id not in claimants:
                        claimants.append(actor.id)
        # Actor id -> the other actors it shares a name with.
        self.namesakes: dict[str, list[str]] = {}
        for claimants in self._shared.values():
            for actor_id in claimants:
                others = self.namesakes.setdefault(actor_id, [])
                others += [c for c in claimants if c != actor_id and c not in others]
        self.max_alias_tokens = max(
            (len(normalise_name(n).split()) for a in actors for n in [a.name, *a.aliases]),
            default=1,
        )

    def actor_by_name(self, name: str, country: str | None = None) -> KnownActor | None:
        """The known actor whose name or alias equals `name` (normalised), if any.

        A name several actors share goes to the one whose theatres include `country` (the
        article's), else to the first listed.
        """
        return self.actor_by_key(self.name_key(name), country)

    def actor_by_key(self, key: str, country: str | None = None) -> KnownActor | None:
        """`actor_by_name` for a key already made by `name_key`."""
        actor_id = self._by_name.get(key)
        if actor_id is None:
            # A key made by `normalise_name` alone: its variant words folded as `name_key` does.
            folded = variant_key(key)
            actor_id = self._by_name.get(folded) if folded != key else None
            if actor_id is None:
                return None
            key = folded
        if self.out_of_theatre(key, country):
            return None
        return self.actors[self._claimant(key, actor_id, country)]

    def name_key(self, text: str) -> str:
        """`normalise_name` of `text` with each short acronym not written in capitals masked
        ('who', 'Ana', 'us' are words and names, not WHO, ANA, US), its variant words folded
        (`variant_key`)."""
        key = self._keys.get(text)
        if key is None:
            if len(self._keys) > 65536:
                self._keys.clear()
            key = self._keys[text] = variant_key(
                normalise_name(_SHORT_WORD.sub(self._mask_acronym, text))
            )
        return key

    def _mask_acronym(self, found: re.Match[str]) -> str:
        word = found.group(0)
        return "_" if word.lower() in self._acronym_words and not word.isupper() else word

    def in_theatre(self, actor_id: str, country: str | None, name: str | None = None) -> str:
        """`actor_id`, or the namesake of it whose theatres include `country`.

        With `name`, the text that named the actor, only the actors sharing that name are
        candidates: 'AA' is the Arakan Army in a Myanmar story, but 'Anadolu Agency' stays the
        agency there, though the two share 'AA'.
        """
        if name is not None:
            return self._claimant(self.name_key(name), actor_id, country)
        if country is None or actor_id not in self.namesakes:
            return actor_id
        if country in self.actors[actor_id].theatres:
            return actor_id
        for other in self.namesakes[actor_id]:
            if country in self.actors[other].theatres:
                return other
        return actor_id

    def out_of_theatre(self, key: str, country: str | None) -> bool:
        """Whether the shared name `key` names none of its claimants in a story of `country`:
        each claimant is bound to theatres and none is there ('the civil defence' of a story
        in Iraq is neither Syria's nor Gaza's)."""
        claimants = self._shared.get(key)
        return (
            country is not None
            and claimants is not None
            and all(self.actors[c].theatres for c in claimants)
            and not any(country in self.actors[c].theatres for c in claimants)
        )

    def _claimant(self, key: str, actor_id: str, country: str | None) -> str:
        """Of the actors sharing the name `key` (found as `actor_id`), the one whose theatres
        include `country`; `actor_id` when the name is no shared one or none claims it there."""
        claimants = self._shared.get(key)
        if country is None or not claimants or actor_id not in claimants:
            return actor_id
        if country in self.actors[actor_id].theatres:
            return actor_id
        for other in claimants:
            if country in self.actors[other].theatres:
                return other
        return actor_id

    def find_actor_in(self, phrase: str, country: str | None = None) -> KnownActor | None:
        """The known actor named by the longest alias inside `phrase`, if any."""
        tokens = self.name_key(phrase).split()
        for size in range(min(len(tokens), self.max_alias_tokens), 0, -1):
            for i in range(len(tokens) - size + 1):
                key = " ".join(tokens[i : i + size])
                actor_id = self._by_name.get(key)
                if actor_id and self._written_as_named(key, phrase):
                    if self.out_of_theatre(key, country):
                        continue
                    return self.actors[self._claimant(key, actor_id, country)]
        return None

    def _written_as_named(self, key: str, text: str) -> bool:
        """A short acronym's key is named only where `text` writes it in capitals."""
        if key not in self._short_acronyms:
            return True
        return re.search(rf"(?<![\w-]){re.escape(key.upper())}(?![\w-])", text) is not None

    def derived(self, key: str, build: Callable[[], _T]) -> _T:
        """What `build` makes of this registry's data, built once and kept with the registry
        (a cache owned by the data it is made of, not a module-level one keyed by identity)."""
        if key not in self._derived:
            self._derived[key] = build()
        value: _T = self._derived[key]
        return value

    def ancestors(self, actor_id: str) -> list[str]:
        """The chain of parents of an actor, nearest first."""
        chain: list[str] = []
        current = self.actors.get(actor_id)
        while current and current.parent and current.parent not in chain:
            chain.append(current.parent)
            current = self.actors.get(current.parent)
        return chain


def data_file(registry: Registry, name: str) -> Path:
    """A data file from the registry's directory, else the one shipped in the project's `data/`
    (a data directory may hold only `actors.yaml` and `places.yaml`)."""
    path = registry.data_dir / name
    return path if path.is_file() else DATA_DIR / name


def _read_yaml(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of entries")
    return data


def load_registry(data_dir: Path | None = None) -> Registry:
    """Read `actors.yaml` and `places.yaml` from the data directory."""
    base = data_dir or DATA_DIR
    actors = [
        KnownActor(
            id=str(e["id"]),
            name=str(e["name"]),
            kind=str(e["kind"]),
            country=e.get("country"),
            parent=e.get("parent"),
            aliases=[str(a) for a in e.get("aliases") or []],
            heads=[str(h) for h in e.get("heads") or []],
            described_by=[str(w) for w in e.get("described_by") or []],
            theatres=[str(t) for t in e.get("theatres") or []],
        )
        for e in _read_yaml(base / "actors.yaml")
    ]
    places = [
        Place(
            id=str(e["id"]),
            name=str(e["name"]),
            kind=str(e["kind"]),
            country=str(e["country"]),
            lat=float(e["lat"]),
            lon=float(e["lon"]),
            aliases=[str(a) for a in e.get("aliases") or []],
            facility=e.get("facility"),
            city=e.get("city"),
            admin1=e.get("admin1"),
            admin2=e.get("admin2"),
        )
        for e in _read_yaml(base / "places.yaml")
    ]
    return Registry(actors, places, base)


@lru_cache(maxsize=8)
def load_lexicon(name: str, data_dir: Path | None = None) -> dict[str, list[str]]:
    """A word list file (cues.yaml, speakers.yaml): each key a list of words.

    Read when the extractor is imported, before any registry: from `data_dir`, else from
    `INCIDENTS_DATA_DIR` when it holds the file (the image installs the package away from its
    `data/`), else from the project's `data/`. A key the chosen file lacks (a copy made before
    the key existed) is taken from the project's own file, so an older data folder keeps working.

    A list may take in another: an entry `+key` stands for the words of that list of the same
    file, `+file.yaml:key` for those of another file's (`army_of_nouns: [+army_heads, forces]`),
    so a word added to the one list reaches every rule that reads either.
    """
    folder = data_dir
    if data_dir is None:
        configured = os.environ.get("INCIDENTS_DATA_DIR")
        data_dir = (
            Path(configured) if configured and (Path(configured) / name).is_file() else DATA_DIR
        )
    words = _read_lexicon(data_dir / name)
    shipped = DATA_DIR / name
    if shipped.resolve() != (data_dir / name).resolve() and shipped.is_file():
        words = {**_read_lexicon(shipped), **words}
    return _composed(words, name, folder)


def _composed(
    words: dict[str, list[str]], name: str, data_dir: Path | None
) -> dict[str, list[str]]:
    """The lists of a word list file with each `+key` or `+file.yaml:key` entry replaced, in
    its place, by the words of the list it names."""

    def expand(key: str, through: tuple[str, ...]) -> list[str]:
        if key not in words:
            raise ValueError(f"{name}: {through[-1]} takes in +{key}, which is no list here")
        if key in through:
            raise ValueError(f"{name}: the lists {' → '.join((*through, key))} take in each other")
        out: list[str] = []
        for word in words[key]:
            if not word.startswith("+"):
                out.append(word)
            elif ":" in word:
                other, other_key = word[1:].split(":", 1)
                lexicon = load_lexicon(other, data_dir)
                if other_key not in lexicon:
                    raise ValueError(f"{name}: {key} takes in {word}, which is no list")
                out.extend(lexicon[other_key])
            else:
                out.extend(expand(word[1:], (*through, key)))
        return out

    return {key: expand(key, ()) for key in words}


def _read_lexicon(path: Path) -> dict[str, list[str]]:
    """One word list file, checked: a mapping of keys to lists of words."""
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    if not isinstance(data, dict) or not all(
        isinstance(v, list) and all(isinstance(w, str) for w in v) for v in data.values()
    ):
        raise ValueError(f"{path}: expected lists of words under each key")
    return {str(k): [w.strip() for w in v] for k, v in data.items()}


# Demonyms and country names are used interchangeably in reporting ("the Russia army"): each
# name a name key reads as its demonym (data/demonyms.yaml).
_DEMONYMS = {
    name: demonym for demonym, names in load_lexicon("demonyms.yaml").items() for name in names
}

# The articles of transliterated names ('al-Bab', 'Deir ez-Zor'), dropped from place keys
# (data/place_words.yaml).
ARTICLES = frozenset(load_lexicon("place_words.yaml")["name_articles"])


def word_alternation(words: list[str]) -> str:
    """A regex alternation of lowercase words, in the given order: a trailing '*' stands for
    any word ending, a space for any run of spaces.

    The words are grouped by their first character ('k(?:ill\\w*|nif\\w*)|d(?:ead|ied)'): the
    engine tests one character where it tried every word. Only words with the same first
    letter can match at one offset, and they keep their order, so the matches are the same."""
    branches = [
        r"\s+".join(re.escape(part) for part in word.removesuffix("*").split())
        + (r"\w*" if word.endswith("*") else "")
        for word in words
    ]
    if not all(word[:1] in _GROUPABLE for word in words):
        return "|".join(branches)
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0], []).append(branch[1:])
    return "|".join(
        first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for first, rests in groups.items()
    )


# First characters that `re.escape` leaves alone and that no other one matches with re.I.
_GROUPABLE = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """The registry shipped in `data/`, read once."""
    return load_registry()


# Spelling variants of name words (data/name_variants.yaml): 'defense' is read as 'defence' in
# every name comparison; plurals and transliterations only where the registry is looked up.
_VARIANTS = load_lexicon("name_variants.yaml")


def _variant_map(entries: list[str]) -> dict[str, str]:
    """'defence defense' -> {'defense': 'defence'}: each later word read as the first."""
    return {v: words[0] for words in map(str.split, entries) for v in words[1:] if v != words[0]}


_SPELLING = _variant_map(_VARIANTS["spellings"])
_WORD_VARIANTS = _variant_map(_VARIANTS["word_variants"])
_SEPARATE_ARTICLES = frozenset(_VARIANTS["separate_articles"])
# The articles joined to a name's word by a hyphen ('al-Nusra', 'ash-Sham', 'ez-Zor').
_JOINED_ARTICLES = ARTICLES - {"the"}


@lru_cache(maxsize=65536)
def variant_key(key: str) -> str:
    """A name key (`normalise_name`) with the variants of transliterated names folded: the
    Arabic article dropped, joined or not ('Jabhat al-Nusra', 'Jabhat al Nusra', 'Jabhat
    el-Nusra', 'Jabhat Nusra'), and variant words read as one ('Qassam Brigade', 'Hizballah')."""
    tokens = key.split()
    out: list[str] = []
    for i, tok in enumerate(tokens):
        if tok in _SEPARATE_ARTICLES and i + 1 < len(tokens):
            continue
        article, hyphen, rest = tok.partition("-")
        if hyphen and rest and article in _JOINED_ARTICLES:
            tok = rest
        out.append(_WORD_VARIANTS.get(tok, tok))
    return " ".join(out)
