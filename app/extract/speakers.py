"""Speaker resolution: a speaker phrase as written to an actor, known or new, through sieves.

Sieves, most precise first: pronouns; statements ("the statement" → its issuer);
spokespeople and envoys (→ the body they speak for); registry names and aliases; definite and
indefinite descriptions ("the official", "the ministry", "a monitor group") → the latest fitting
speaker or a known actor the article names; otherwise a new actor (open world).
"""

from __future__ import annotations

import copy
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from app.extract.cues import PUBLISHING_VERBS
from app.extract.patterns import NAME_PARTICLES, NAME_WORD, NAME_WORD_DOTTED, trie_pattern
from app.extract.places import find_places
from app.extract.registry import (
    KnownActor,
    Registry,
    data_file,
    load_lexicon,
    normalise_name,
    slugify,
    word_alternation,
)
from app.extract.types import ActorKind, ExtractedActor

# The nouns of speakers are data: data/speakers.yaml.
NOUNS = load_lexicon("speakers.yaml")
PERSON_NOUNS = frozenset(NOUNS["person_nouns"])
GROUP_NOUNS = frozenset(NOUNS["group_nouns"])
SPOKES_NOUNS = frozenset(NOUNS["spokes_nouns"])
ORG_NOUNS = frozenset(NOUNS["org_nouns"])
MEDIA_NOUNS = frozenset(NOUNS["media_nouns"])
PRONOUNS_PERSON = frozenset(NOUNS["person_pronouns"])
PRONOUNS_THING = frozenset(NOUNS["thing_pronouns"])
PRONOUNS_PLURAL = frozenset(NOUNS["plural_pronouns"])
_DETERMINERS = frozenset(NOUNS["determiners"])
_PREPOSITIONS = frozenset(NOUNS["prepositions"])
_COMMON_NOUN_OPENERS = frozenset(NOUNS.get("common_noun_openers", []))
_GENERIC_TAIL = frozenset(NOUNS["generic_tail"])
_TAIL_MODIFIERS = frozenset(NOUNS["tail_modifiers"])

# Given names by gender are data: data/given_names.yaml. A name in both lists, or ambiguous,
# has no gender; every listed name is a person's.
_GIVEN_NAMES = load_lexicon("given_names.yaml")
_GIVEN_AMBIGUOUS = frozenset(n.lower() for n in _GIVEN_NAMES["ambiguous"])
_GIVEN_FEMALE = frozenset(n.lower() for n in _GIVEN_NAMES["female"])
_GIVEN_MALE = frozenset(n.lower() for n in _GIVEN_NAMES["male"])
_GIVEN_GENDER = {
    **{n: "f" for n in _GIVEN_FEMALE - _GIVEN_MALE - _GIVEN_AMBIGUOUS},
    **{n: "m" for n in _GIVEN_MALE - _GIVEN_FEMALE - _GIVEN_AMBIGUOUS},
}
GIVEN_NAMES = _GIVEN_FEMALE | _GIVEN_MALE | _GIVEN_AMBIGUOUS


def given_name_gender(name: str) -> str | None:
    """'f' or 'm' for a person's name whose first given name has one gender ('Amina Yusuf',
    'Abu Omar'), None when it is unknown or either ('Nour Ali', 'Aung San Suu Kyi')."""
    words = [w.strip(",.") for w in name.split()]
    for word in words:
        low = word.lower()
        if low in _TITLE_WORDS or f"{low}." in _TITLE_WORDS or low in _DETERMINERS:
            continue  # 'Dr Amina Yusuf', 'Lt. Col. John Dorrian'
        return _GIVEN_GENDER.get(word.lower().replace("’", "'"))
    return None


UNIDENTIFIED = ExtractedActor(
    id="unidentified-speaker",
    name="unidentified speaker",
    kind=str(ActorKind.anonymous_person),
    known=False,
)
# Titles and ranks before a person's name: 'US Defense Secretary Ashton Carter' is Ashton Carter.
_TITLE_WORDS = frozenset(NOUNS["titles"])


# Patterns of the sieves and helpers below, compiled once (a `re.split(str, ...)` in a function
# looks its pattern up in re's cache at every call: tens of thousands of calls an article set).
_AND = re.compile(r"\s+and\s+")
_STAFF_PLACE = re.compile(r"\s+(?:(?:working|based|stationed)\s+)?(?:in|at|on)\s+")
_CAPITALISED_WORD = re.compile(r"\b[A-Z][\w'’-]*")
_PART_OF = re.compile(r"^(?:one|some|two|three|several|many|most)\s+of\s+", re.I)
_COUNTRYS = re.compile(r"^(?:the\s+)?(?:country|nation)['’]s\s+", re.I)
# A title and a person's name that end a sentence, a quotation opening the next: 'prompting
# outrage from UNICEF director Anthony Lake. "This is ...'.
_TITLED_NAME_BEFORE_QUOTE = re.compile(
    r"(?P<phrase>(?:[A-Z][\w.'’-]*\s+)?(?i:"
    + word_alternation(sorted(w for w in _TITLE_WORDS | SPOKES_NOUNS if w.isalpha()))
    + rf")\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}))\.[ \t]+(?=[\"“])"
)
_QUOTE_MARKS = re.compile(r"[\"“”]")
# Where `_TITLED_NAME_BEFORE_QUOTE` can end: a stop, spaces, then an opening quotation mark.
_STOP_BEFORE_QUOTE = re.compile(r"\.[ \t]+(?=[\"“])")
_INTERJECTED_ADVERB_WORDS = tuple(NOUNS["interjected_adverbs"])
_INTERJECTED_ADVERB = re.compile(
    r"(?<=\w),?\s+(?:" + "|".join(_INTERJECTED_ADVERB_WORDS) + r"),?(?:\s+(?=(?:a|an|the)\s)|$)"
)
_REDUCED_RELATIVE_TAIL = re.compile(
    r"\s+(?:(?:"
    + "|".join(NOUNS["reduced_relative_words"])
    + r")\s+(?:with|on|of|in|to)|"
    + "|".join(NOUNS["predicate_adverbs"])
    + r")\s+.*$"
)
_RELATIVE_CLAUSE = re.compile(
    r"^((?:the|a|an)\s+(?:[\w-]+\s+){0,3}?[\w-]+),?\s+(?:"
    + "|".join(NOUNS["relative_pronouns"])
    + r")\s+\S.*$",
    re.IGNORECASE,
)
_RELATIVE_HEADS = frozenset(NOUNS["relative_clause_heads"])
_NEW_NAME_END = re.compile(
    r"\s+(?:in|with|from|at|on|who|which|close\s+to|near|including|"
    + "|".join(NOUNS["reduced_relative_words"])
    + r")\s+"
)
# 'Aleppo Governor for his part': an aside after the name, commas lost, is no part of it.
_SPEAKER_ASIDE = re.compile(
    r"\s+(?:" + "|".join(re.escape(a) for a in NOUNS["speaker_asides"]) + r")$", re.IGNORECASE
)
_OUTLET_KIND_WORDS = frozenset(NOUNS["outlet_kind_words"])
_QUOTED_NAME = re.compile(r"[\"“”]([\w'’ -]{1,30})[\"“”]")
_QUOTE_MARK = re.compile(r"\s*[\"“”]")
_RUN_ON_NAME = re.compile(r"^((?:[A-Z][\w'’.-]*\s+){2,}?)(?:a|an|the)\s+[a-z]")
_SPACES = re.compile(r"\s+")
_ANONYMOUS = re.compile(r"^(?:anonymous|unnamed|unidentified)\s+(?=\S)", re.I)
_ARTICLE_JOINED = re.compile(r"(?:al|el)-\w")
_PARTICLE_NAME = re.compile(rf"{NAME_PARTICLES}-[A-Z]")
_RELATIVE = re.compile(r"\s+(?=(?:who|whose|whom|which)\b)")
_ED_OR_LY = re.compile(r"[a-z]+(?:ed|ly)")
_BY_WHOM = re.compile(r"\b(?:by|from|of)\s+(.+)$")
# 'The army in a statement carried by state TV and SANA': the participle names the channels
# that published the statement, not its issuer; the words from the participle on are cut.
_PUBLISHED_BY = re.compile(
    r"\b(?:statements?|communiqu[eé]s?|releases?)\s+(?:which\s+was\s+|that\s+was\s+)?"
    r"(?P<verb>" + "|".join(sorted(PUBLISHING_VERBS)) + r")\b.*$",
    re.IGNORECASE,
)
_OWNED_STATEMENT = re.compile(r"^(.+?)['’]s?\s+(?:\w+\s+)?statement")
_SOURCES = re.compile(r"\bsources\b", re.IGNORECASE)


@dataclass
class Mention:
    """A resolved speaker mention, remembered for coreference."""

    phrase: str
    actor_id: str
    words: set[str]
    heads: set[str]
    person: bool
    plural: bool
    gender: str | None = None  # "f" | "m" where the words say ('spokeswoman', 'Mr', 'she')
    at: int = -1  # where the text names it


@dataclass
class Resolution:
    """An actor for a speaker phrase, and how it was found."""

    actor_id: str
    how: str  # alias | spokesperson | pronoun | description | statement | new | publisher
    factor: float  # multiplies the rule's confidence


@dataclass
class SpeakerResolver:
    """Resolves speaker phrases of one document in reading order, remembering what it saw."""

    registry: Registry
    text: str
    publisher_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    statement_issuer: str | None = None
    statement_at: int = -1  # where the text named the statement's issuer
    new_actors: dict[str, ExtractedActor] = field(default_factory=dict)
    country: str | None = None  # where the article's events are: 'the interior ministry' is theirs
    # The country of the world gazetteer's places the article names most: the story's country
    # when neither the local places nor the national actors named tell it ('GAZA CITY - The
    # ministry said', 'Troops killed 20 in Rakhine, the AA said').
    place_country: str | None = None
    _named: list[tuple[int, str]] = field(default_factory=list)
    _named_words: dict[int, str] = field(default_factory=dict)  # the text of each name, by start
    # Bodies that were the subject of a sentence without a speaker, as (how many mentions
    # there were then, offset, actor id), for 'they' and kind descriptions.
    _subjects: list[tuple[int, int, str]] = field(default_factory=list)
    _span_at: dict[int, tuple[int, str]] | None = None  # named actors by start, read when needed
    # `_named` by each head noun of its actors, built when a description first asks.
    _named_by_head: dict[str, list[tuple[int, str]]] | None = None
    # Where each `_STOP_BEFORE_QUOTE` ends (a quotation mark), built when a pronoun first asks.
    _quotes_after_stop: list[int] | None = None

    def __post_init__(self) -> None:
        spans = named_actor_spans(self.registry, self.text)
        if self.country is None:
            self.country = _country_of_actors(self.registry, [a for _, _, a in spans])
        if self.country is None:
            self.country = self.place_country
        self._named_words = {s: self.text[s:e] for s, e, _ in spans}
        self._named = [
            (s, self.registry.in_theatre(a, self.country, self.text[s:e]))
            for s, e, a in spans
            if not self.registry.out_of_theatre(
                self.registry.name_key(self.text[s:e]), self.country
            )
        ]

    # -- public ----------------------------------------------------------------------------
    def resolve(self, phrase: str, at: int, statement: bool = False) -> Resolution:
        """The actor a speaker phrase at offset `at` refers to; remembers it for later phrases."""
        clipped = _shared_head(_clip_speaker(phrase))
        # 'a colaition spokesman', 'the ministy': a misspelt head noun of a known body.
        clipped = _respelt(self.registry, clipped)
        # 'The Syrian Center for Policy Research however a Beirut-based NGO': the adverb parts
        # the name from its apposition, as its commas would.
        # (Each pattern here is tried only where a word it cannot match without occurs: most
        # phrases hold none, and the patterns are tried at every character.)
        if any(word in clipped for word in _INTERJECTED_ADVERB_WORDS):
            clipped = _INTERJECTED_ADVERB.sub(", ", clipped, count=1).strip(" ,") or clipped
        # 'a group which calls itself Ansar al-Sharia': the body by its own name.
        if any(word in clipped for word in _SELF_NAMED_WORDS):
            clipped = _SELF_NAMED.sub("", clipped, count=1) or clipped
        core, appositive = _split_appositive(self._possessives(clipped))
        # 'information from the governor', 'a report by the UN': whoever gave it.
        core = _INFORMATION_FROM.sub("", core, count=1) or core
        # 'Pentagon officials familiar with the raid': the head and its words, not the relative.
        # A lone plural ('sources familiar with ...') keeps its words to be a voice of its own.
        head_only = _REDUCED_RELATIVE_TAIL.split(core, maxsplit=1)[0]
        core = head_only if len(head_only.split()) >= 2 else core
        # 'the aid group that supports it', 'the charity which runs the clinic': the head noun
        # speaks, not the clause's object.
        relative = _RELATIVE_CLAUSE.match(core)
        if relative is not None and relative.group(1).split()[-1].lower() in _RELATIVE_HEADS:
            core = relative.group(1)
        core = self._after_participle(core)
        core = self._place_owner(core)
        core = self._unglued(core)
        core = self._after_place(core)
        core = self._from_place(core)
        # 'Another civil defence official': one more of the kind 'a civil defence official' is.
        core = _ANOTHER.sub(r"\1 ", core, count=1)
        result = (
            self._pronoun(core, at)
            or self._outlet_staff(core)
            or self._outlet_source(core)
            or self._statement(core, at)
            or self._the_report(core, at)
            or self._state_media(core)
            or self._patron(core, at)
            or self._government_of(core)
            or self._group_then_person(core, at)
            or self._envoy_of_subject(core, appositive, at)
            or self._titled_person(core, appositive, at)
            or self._spokesperson(core, appositive, at)
            or self._member_of(core, appositive, at)
            or self._recent_body(core, at)
            or self._first_of_known(core, at)
            or self._alias(core)
            or self._the_same(core)
            or self._description(core, at)
            or self._body_by_head(core, at)
            or self._surname(core, at)
            or self._surname_after_place(core, at)
            or self._described_known(phrase)
            or self._new(core, appositive)
        )
        self._short_form(core, result.actor_id)
        self._remember(core, appositive, result.actor_id, at)
        if statement or "statement" in normalise_name(core).split():
            self.statement_issuer = result.actor_id
            self.statement_at = at
        return result

    def _short_form(self, core: str, actor_id: str) -> None:
        """'Xelil said' of the new person 'Redur Xelil': the text calls the person so too."""
        new = self.new_actors.get(actor_id)
        bare = core.strip()
        words = bare.split()
        if (
            new is not None
            and new.kind == "person"
            and 1 <= len(words) <= 2
            and all(_NAME_WORD.match(w) for w in words)
            and bare != new.name
            and f" {bare} " in f" {new.name} "
            and bare not in new.aliases
        ):
            new.aliases.append(bare)

    def _after_place(self, core: str) -> str:
        """'In Al-Atareb Fahd', 'in the town of Kafr Nubl Abu Omar': a place opens the phrase
        where the comma after it was lost; the name after it speaks."""
        found = _PLACE_OPENING.match(core.strip())
        if found is None:
            return core
        rest = found.group(1)
        places = find_places(self.registry, rest, country=self.country)
        if not places:
            return core
        at = rest.find(places[0].text)
        if at < 0 or any(w.lower() not in _PLACE_FILLERS for w in rest[:at].split()):
            return core
        after = rest[at + len(places[0].text) :].strip(" ,")
        words = after.split()
        if (
            not words
            or not (_NAME_WORD.match(words[0]) or words[0].lower() in PERSON_NOUNS)
            or find_places(self.registry, after, country=self.country)
            or self.registry.actor_by_name(places[0].text + " " + after, self.country)
            # 'In Idlib Health Directorate officials': the place is part of a body's name
            or any(
                w.lower() in ORG_NOUNS | _BODY_NAME_WORDS | _BODY_TAIL_WORDS | GROUP_NOUNS
                for w in words
            )
        ):
            return core
        return after

    def _from_place(self, core: str) -> str:
        """'a civil defence official from Idlib' is 'a civil defence official in Idlib': a
        person's noun, then 'from' and a place the registry knows as no actor; where the person
        is, not whom the person speaks for."""
        found = _FROM_PLACE.match(core.strip()) if "from" in core else None
        if found is None:
            return core
        place = found.group("place")
        places = find_places(self.registry, place, country=self.country)
        if not places or places[0].text != place:
            return core
        if self.registry.actor_by_name(place, self.country) is not None:
            return core  # 'an official from Hezbollah': a body, not a place
        return f"{found.group('who')} in {place}"

    def _place_owner(self, core: str) -> str:
        """'Hamas governor' where the apostrophe was lost and the article names Hama: the
        governor of Hama ("Hama's governor"), not a registry name spelt the same."""
        stripped = core.strip()
        first = stripped.split(" ", 1)[0]
        named = self.registry.actor_by_name(first) if first else None
        if named is not None and named.country is not None and named.country == self.country:
            return core  # 'Hamas official' in a story of Gaza
        if first and _place_possessive(self.registry, first, stripped, len(first), self.text):
            return f"{first[:-1]}'s{stripped[len(first) :]}"
        return core

    def _unglued(self, core: str) -> str:
        """'Daesh Cavusoglu', 'the PKK Khalil': where a comma was lost a known body's name that
        ends the claim ('... combatting Daesh') runs into the speaker's name; the person speaks."""
        words = core.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        if len(words) < 2 or self.registry.actor_by_name(" ".join(words), self.country):
            return core
        for size in range(min(len(words) - 1, self.registry.max_alias_tokens), 0, -1):
            glued = self.registry.actor_by_name(" ".join(words[:size]), self.country)
            rest = words[size:]
            if (
                glued is not None
                and glued.kind not in ("state", "person")
                and len(rest) <= 3
                and all(w[:1].isupper() and w.lower().strip(".") not in _TITLE_WORDS for w in rest)
                and self.registry.find_actor_in(" ".join(rest), self.country) is None
                and not any(w.lower() in _MEDIA_OR_ORG_NOUNS for w in rest)
            ):
                return " ".join(rest)
        return core

    def _surname_after_place(self, core: str, at: int) -> Resolution | None:
        """'In Paris Fabius said', 'in Iraq and Syria Carter added' (commas lost): a place run
        in before the bare surname of a person the text named in full before is that person."""
        words = core.split()
        opened = words[:1] in (["In"], ["in"])
        if opened:
            words = words[1:]
        if not 2 <= len(words) <= 4 or not _NAME_WORD.fullmatch(words[-1]):
            return None
        place = " ".join(words[:-1])
        if opened and len(words) == 2 and _NAME_WORD.fullmatch(place):
            # 'In Paris Fabius': after 'In', one capitalised word is where, gazetteer or not.
            return self._surname(words[-1], at)
        mentions = find_places(self.registry, place, country=self.country)
        if not mentions or any(
            w not in _PLACE_FILLERS
            for w in normalise_name(place.replace(mentions[0].text, " ")).split()
        ):
            return None
        return self._surname(words[-1], at)

    def _surname(self, core: str, at: int) -> Resolution | None:
        """'Barazi said' after 'Homs Governor Talal Barazi said' (a claim that may have been
        missed), 'Ban had demanded' after 'U.N. leader Ban Ki-moon': a bare name that is part
        of a fuller one the text gave before is that person."""
        name = core.strip()
        words = name.split()
        if (
            not 1 <= len(words) <= 2
            or not all(_NAME_WORD.match(w) for w in words)
            or name.isupper()
            or words[0].lower() in _TITLES_NOUNS_DETERMINERS
        ):
            return None
        if self.text.find(name, 0, max(at, 0)) < 0:
            return None  # both `_surname_patterns` hold the name as written, before `at`
        found: list[tuple[int, str]] = []
        for pattern in _surname_patterns(name):
            for match in pattern.finditer(self.text, 0, max(at, 0)):
                full = _given_and_family(match.group(0), name)
                if full and not any(self.registry.actor_by_name(w) for w in full.split()):
                    extra = full[: full.rfind(name)].strip()
                    if (
                        extra
                        and (
                            _AFTER_PLACE_WORD.search(self.text, 0, match.start())
                            or _PLACE_OPENING.match(match.group(0))
                        )
                        and find_places(self.registry, extra, country=self.country)
                    ):
                        continue  # 'In Kafr Nubl Abu Omar': a place before the name
                    found.append((match.end(), full))
        if not found:
            return None
        person = max(found)[1]
        known = self.registry.actor_by_name(person, self.country)
        if known is not None:
            return Resolution(known.id, "alias", 0.9)
        for mention in reversed(self.mentions):
            if normalise_name(person) in normalise_name(mention.phrase):
                earlier = self.new_actors.get(mention.actor_id)
                if earlier is not None and earlier.kind == "person" and name not in earlier.aliases:
                    earlier.aliases.append(name)  # the text calls the person so
                return Resolution(mention.actor_id, "alias", 0.9)
        resolution = self._new(person)
        new = self.new_actors.get(resolution.actor_id)
        if new is not None and name not in new.aliases:
            new.aliases.append(name)  # the text calls the person so
        return resolution

    def _recent_body(self, core: str, at: int) -> Resolution | None:
        """'The Coalition' after 'The Syrian Coalition said': a definite bare head noun refers
        back to the latest body the article quoted with that head, before any registry body
        that answers to the same word."""
        words = core.split()
        if len(words) != 2 or words[0].lower() not in ("the", "this"):
            return None
        head = normalise_name(words[1])
        if head in ("government", "regime"):
            return None  # the state of the war (`_description`)
        if head in _ARMY_HEADS:
            return None  # the army of the context (`_description`)
        if head not in ORG_NOUNS and head not in _DESCRIPTION_KINDS:
            return None
        reach = self._reach(head, at)
        fitting = [
            m
            for m in self.mentions
            if not m.person
            and m.actor_id in self.registry.actors
            and head in self._heads_of(m.actor_id)
            # 'the army' paragraphs after 'the Turkish army said': the story's own army
            and reach(m.actor_id, m.at)
        ]
        called = [m for m in fitting if head in normalise_name(m.phrase).split()]
        if called:
            # 'The army denied ... Russia's military denied ... The army again denied': the body
            # last called by the head noun itself, before one the noun only fits.
            return Resolution(called[-1].actor_id, "description", 0.9)
        if fitting:
            return Resolution(fitting[-1].actor_id, "description", 0.9)
        publisher = self._publishing_body()
        if publisher is not None and head in self._heads_of(publisher):
            # 'The Coalition called on ...' in the Syrian Coalition's own release: the body
            # that publishes the article, before any other body the word fits
            return Resolution(publisher, "description", 0.9)
        return None

    def _publishing_body(self) -> str | None:
        """The registry body the publisher is or names ('Etilaf (Syrian National Coalition)'
        is the Syrian National Coalition), or None."""
        if self.publisher_id is None:
            return None
        if self.publisher_id in self.registry.actors:
            return self.publisher_id
        actor = self.actor(self.publisher_id)
        known = self.registry.find_actor_in(actor.name, self.country) if actor else None
        return known.id if known is not None else None

    def _first_of_known(self, core: str, at: int) -> Resolution | None:
        """'Washington and Paris say', 'The government and Russia have accused': coordinated
        speakers whose first one the article can name speak first through it."""
        parts = _AND.split(core.strip(), maxsplit=1)
        if len(parts) != 2 or not parts[1][:1].isupper():
            return None
        first, second = parts
        if len(second.split()) > 4 or self.registry.find_actor_in(second, self.country) is None:
            return None
        known = self.registry.actor_by_name(first, self.country)
        if known is not None:
            return Resolution(known.id, "alias", 0.85)
        if normalise_name(first) in ("government", "regime") and self.country:
            state = _state_of(self.registry, self.country)
            return Resolution(state, "description", 0.8) if state else None
        return None

    def _after_participle(self, core: str) -> str:
        """'Speaking to Syrian state TV Barazi', 'Talking to AFP a rebel commander', 'Speaking
        at dawn he', 'In a statement to SANA a source': a participle or prepositional phrase
        before the subject, its comma lost; the subject speaks.
        Cut after the longest known body it addresses, or before a closing pronoun."""
        match = _LEADING_PARTICIPLE.match(core)
        if not match:
            return core
        words = core[match.end() :].split()
        if len(words) > 1 and words[-1].lower() in _ALL_PRONOUNS:
            return words[-1]
        for size in range(min(len(words) - 1, self.registry.max_alias_tokens), 0, -1):
            if self.registry.actor_by_name(" ".join(words[:size]), self.country):
                return " ".join(words[size:])
        return " ".join(words) or core

    def _possessives(self, phrase: str) -> str:
        """Apostrophes FA-KES lost: 'SANAs reporter', 'Russias Defense Ministry', 'WHOs
        Representative', 'the UNs (or UNS) Office' are SANA's, Russia's, WHO's, the UN's (a word
        that is a known name plus 's',
        before another word, and not a known name itself)."""
        if (
            " " not in phrase
            and _LOST_POSSESSIVE.match(phrase)
            and not self.registry.actor_by_name(phrase)
            and self._names_known(phrase[:-1])
        ):
            return phrase[:-1]  # 'According to Hezbollahs': the rest of the name was cut
        if "s " not in phrase and "S " not in phrase:
            return phrase
        words = phrase.split(" ")
        for i, word in enumerate(words[:-1]):
            if not _LOST_POSSESSIVE.match(word) or self.registry.actor_by_name(word):
                continue
            # The name may be longer: 'The New Arabs correspondent' is The New Arab's.
            stems = (" ".join([*words[j:i], word[:-1]]) for j in range(i, max(i - 3, 0) - 1, -1))
            if any(self._names_known(stem) for stem in stems):
                words[i] = word[:-1] + "'s"
        return " ".join(words)

    def _ends_with_body(self, words: list[str]) -> bool:
        """The words end with a body's or a place's name ('... of the Syrian Coalition', '...
        for Aleppo', '... Health Directorate')."""
        if words[-1].lower() in ORG_NOUNS:
            return True
        for size in (1, 2, 3):
            tail = " ".join(words[-size:])
            if self.registry.actor_by_name(tail, self.country) or any(
                m.text == tail for m in find_places(self.registry, tail, country=self.country)
            ):
                return True
        return False

    def _names_known(self, stem: str) -> bool:
        """`stem` is a known actor's name as written: an acronym only in capitals ('Anas' is no
        'ANA' plus 's')."""
        known = self.registry.actor_by_name(stem)
        if known is None:
            return False
        key = normalise_name(stem)
        return any(
            normalise_name(n) == key and (stem.isupper() or not n.isupper())
            for n in [known.name, *known.aliases]
        )

    def note_subject(self, start: int, end: int) -> None:
        """A sentence without a speaker whose subject is a known actor ('The Nusra Front is a
        militant group', 'Taliban fighters attacked ...'): a later 'they' or 'the group' may
        refer to it, and so may an 'it' in the next sentence (not 'he', which keeps to speakers)."""
        opening = _OPENING_CONNECTIVE.match(self.text, start, end)
        person = _PERSON_SUBJECT.match(self.text, opening.end() if opening else start, end)
        name = _person_name(person.group("name")) if person is not None else None
        if (
            name
            and person
            and (
                not any(self.registry.actor_by_name(w) for w in name.split())
                # 'spokeswoman Maria Zakharova': a whole name the registry knows is the person
                or self.registry.actor_by_name(name) is not None
            )
        ):
            # 'Kremlin spokesman Dmitry Peskov expressed condolences': a later 'he' is Peskov.
            self.resolve(person.group("name"), start)
            return
        given = _GIVEN_NAME_SUBJECT.match(self.text, start, end)
        if given is not None and given.group("name").lower() in GIVEN_NAMES:
            # 'Ziad, 13, suffered a head injury ... "I hid," he told AFP': the boy, by his name.
            self.resolve(given.group("name"), start)
            return
        titled = _PERSON_WITH_TITLE_SUBJECT.match(self.text, start, end)
        if titled is not None and _looks_like_name(titled.group("name")):
            # 'Rami Abdel Rahman, head of the Observatory, disagreed ... "..." he said': the
            # person and the body the apposition names, though their own claim was missed.
            self.resolve(f"{titled.group('name')}, {titled.group('appositive')}", start)
            return
        issued = _ISSUED_STATEMENT.search(self.text, start, end)
        if issued is not None:
            # 'The army issued a statement on Monday. ... The statement said': its issuer.
            issuer = self._issuer(self.text[start : issued.start()], start)
            if issuer is not None:
                self.statement_issuer = issuer
                self.statement_at = start
        found = _SUBJECT_ACTOR.match(self.text, start, end)
        if found is None:
            return
        if self._span_at is None:
            self._span_at = {s: (e, a) for s, e, a in named_actor_spans(self.registry, self.text)}
        named = self._span_at.get(found.start("name"))
        if named is None or named[0] != found.end("name"):
            return
        name = self.text[found.start("name") : named[0]]
        actor_id = self.registry.in_theatre(named[1], self.country, name)
        if self._kind(actor_id) not in ("person", "anonymous person"):
            self._subjects.append((len(self.mentions), found.start("name"), actor_id))

    def _issuer(self, subject: str, at: int) -> str | None:
        """The body a sentence's subject names ('Hezbollah', 'The army', 'The group's media
        office'), not a person, if the words before the verb are a short noun phrase."""
        subject = _CONNECTIVES.sub("", subject).strip(" ,")
        words = subject.split()
        if not 1 <= len(words) <= 6 or any(w.lower() in _SUBJECT_STOPS for w in words[1:]):
            return None
        # Resolved as a speaker would be, but not remembered as one.
        found, made = self.trial(subject, at)
        head = normalise_name(subject).split()[-1:]
        kind = made[found.actor_id].kind if found.actor_id in made else self._kind(found.actor_id)
        if (
            found.how == "pronoun"
            or (found.how == "new" and not set(head) & _MEDIA_OR_ORG_NOUNS)
            or kind in _PERSON_KINDS
        ):
            # Not a body, or a new one whose head noun is no body's ('Residents', 'Video').
            return None
        self.new_actors.update(made)  # the issuer may be a body new to the text
        return found.actor_id

    def trial(self, phrase: str, at: int) -> tuple[Resolution, dict[str, ExtractedActor]]:
        """What `resolve` would answer for a phrase at `at`, and the actors new to the text it
        would make (by id), leaving this resolver as it was: a copy resolves it, with its own
        memory (mentions and their genders, the statement's issuer, new actors and their
        aliases, subjects). The caller adopts the new actors it keeps."""
        probe = copy.copy(self)
        probe.mentions = [replace(m, words=set(m.words), heads=set(m.heads)) for m in self.mentions]
        probe.new_actors = {
            i: replace(a, aliases=list(a.aliases)) for i, a in self.new_actors.items()
        }
        probe._subjects = list(self._subjects)
        found = probe.resolve(phrase, at)
        made = {i: a for i, a in probe.new_actors.items() if i not in self.new_actors}
        return found, made

    def subject_of(self, start: int, end: int) -> tuple[str, str] | None:
        """(phrase, actor id) of a known actor that is the subject of the sentence, named in
        its first words before a verb ('Key regime ally Iran welcomed', 'The UK-based Syrian
        Observatory for Human Rights placed'); it is remembered as a speaker."""
        if self._span_at is None:
            self._span_at = {s: (e, a) for s, e, a in named_actor_spans(self.registry, self.text)}
        if self.text[start : start + 1] in "\"“'‘":
            return None  # the sentence opens with a quotation: its words are someone's
        limit = min(end, start + 60)
        for offset in range(start, limit):
            named = self._span_at.get(offset)
            if named is None or not _VERB_AFTER.match(self.text, named[0], end):
                continue
            before = self.text[start:offset].split()
            if len(before) > 3 or any(
                w.lower() in _PREPOSITIONS
                or w.lower() in _SUBJECT_STOPS
                or (w.endswith("ed") and "-" not in w)
                for w in before
            ):
                return None
            phrase = self.text[offset : named[0]]
            if self._kind(self.registry.in_theatre(named[1], self.country, phrase)) in (
                "person",
                None,
            ):
                return None
            return phrase, self.resolve(phrase, offset).actor_id
        return None

    def may_speak(self, phrase: str) -> bool:
        """Whether a phrase cited as a source names one: a known actor, a name, or a head noun
        of speakers ('opposition rescue workers', 'a statement by the army'), not data."""
        head_part = re.split(r"\s+(?:in|of|from|at|with|by|close\s+to)\s+", phrase, maxsplit=1)[0]
        words = normalise_name(head_part).split()
        if not words:
            return False
        if words[-1] in _CITED_HEADS or self.registry.find_actor_in(phrase, self.country):
            return True
        return _looks_like_name(head_part)

    def actor(self, actor_id: str) -> KnownActor | ExtractedActor | None:
        """A known or new actor by id."""
        return self.registry.actors.get(actor_id) or self.new_actors.get(actor_id)

    # -- sieves ----------------------------------------------------------------------------
    def _pronoun(self, core: str, at: int = -1) -> Resolution | None:
        """'he', 'she', 'it', 'they': the nearest compatible earlier speaker (or, for 'they', the
        body a later sentence was about); an unidentified speaker when there is none."""
        word = core.strip().lower()
        if word in PRONOUNS_PERSON:
            before_quote = self._titled_name_before_quote(word, at)
            if before_quote is not None:
                return before_quote
            found = self._person_antecedent(word)
        elif word in PRONOUNS_THING:
            subject = self._own_sentence_subject(at) or self._subject_just_before(at)
            if subject is not None:
                # 'The Syrian government called for an inquiry. It said ...': the body the
                # sentence before was about, though it had no cue, not the speaker before it.
                return Resolution(subject, "pronoun", 0.85)
            found = next(
                (m for m in reversed(self.mentions) if not m.person and not m.plural), None
            )
        elif word in PRONOUNS_PLURAL:
            last = next(
                (i for i in range(len(self.mentions) - 1, -1, -1) if self._plural_or_body(i)), -1
            )
            if self._subjects and self._subjects[-1][0] > last:
                # 'The Nusra Front is a militant group ... They have claimed': the later subject.
                return Resolution(self._subjects[-1][2], "pronoun", 0.9)
            found = self.mentions[last] if last >= 0 else None
        else:
            return None
        if found is None and not self.mentions and word in PRONOUNS_PERSON and at > 0:
            # 'Afghan President Hamid Karzai condemned the raid that according to a statement
            # from his office ...': no speaker yet, the known person the text named last.
            named = [a for o, a in self._named if o < at and self._kind(a) == "person"]
            if named:
                return Resolution(named[-1], "pronoun", 0.8)
        if found is None and not self.mentions and word in PRONOUNS_THING and at > 0:
            # 'IS has killed hundreds since it declared a caliphate', 'Last month it declared':
            # no speaker yet, the body (not a person) its sentence names first, its subject
            # ('Hezbollah has fought in Syria since 2013 when it announced'), else the last.
            opened = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
            bodies = [
                (o, a) for o, a in self._named if o < at and self._kind(a) not in _PERSON_KINDS
            ]
            if bodies:
                here = [a for o, a in bodies if o >= opened]
                return Resolution(here[0] if here else bodies[-1][1], "pronoun", 0.8)
        if found is None and self.mentions:
            nearest = self.mentions[-1]
            # 'he' or 'she' with no person it can be: the body that spoke last (its spokesman
            # is meant), but not a person of the other gender, a state or an outlet, which no
            # one calls 'he' ('the Kremlin said ... he said' is someone the text did not cue).
            if word not in PRONOUNS_PERSON or not (
                nearest.person or self._kind(nearest.actor_id) in _NO_PERSON_KINDS
            ):
                found = nearest
        if found is None:
            # Nobody to refer to: an unidentified speaker, not an actor named "he".
            if UNIDENTIFIED.id not in self.new_actors:
                self.new_actors[UNIDENTIFIED.id] = UNIDENTIFIED
            return Resolution(UNIDENTIFIED.id, "pronoun", 0.5)
        return Resolution(found.actor_id, "pronoun", 0.9)

    def _titled_name_before_quote(self, word: str, at: int) -> Resolution | None:
        """'... prompting outrage from UNICEF director Anthony Lake. "This is a tragedy," he
        said': a titled person who ends the sentence just before a quotation is its 'he', when
        no speaker came between."""
        if at <= 0:
            return None
        if not self._quote_after_stop_between(max(0, at - 800, self.text.rfind("\n", 0, at)), at):
            # Every match ends at a stop before a quotation mark, which must be in the pronoun's
            # paragraph (below): none there, no match to take. The stops are indexed once per
            # article, where the pattern ran over 800 characters before every pronoun.
            return None
        found = None
        for match in _TITLED_NAME_BEFORE_QUOTE.finditer(self.text, max(0, at - 800), at):
            found = match
        if found is None or any(found.start() <= m.at < at for m in self.mentions):
            return None
        between = self.text[found.end() : at]
        if "\n" in between or len(_QUOTE_MARKS.findall(between)) != 2:
            return None  # the quotation must run from the name's sentence to the pronoun
        phrase = found.group("phrase")
        gender = given_name_gender(found.group("name").split()[0]) or self._known_gender(
            phrase, found.group("name")
        )
        if gender is not None and gender != ("f" if word in ("she", "her") else "m"):
            return None
        resolved = self.resolve(phrase, found.start("phrase"))
        return Resolution(resolved.actor_id, "pronoun", 0.85)

    def _quote_after_stop_between(self, start: int, end: int) -> bool:
        """Whether a quotation mark that follows a stop and spaces lies strictly between `start`
        and `end`."""
        if self._quotes_after_stop is None:
            self._quotes_after_stop = [m.end() for m in _STOP_BEFORE_QUOTE.finditer(self.text)]
        after = bisect_right(self._quotes_after_stop, start)
        return after < len(self._quotes_after_stop) and self._quotes_after_stop[after] < end

    def _known_gender(self, phrase: str, name: str) -> str | None:
        """The gender the text already gave the person of 'army spokesman Kobi Lavie': a word of
        the phrase ('spokesman'), else an earlier mention of the same surname that said it ('Mr
        Lavie', 'Colonel Kobi Lavie ... he said'); None when it gave none or both."""
        words = set(normalise_name(phrase).split())
        female, male = bool(words & _FEMALE), bool(words & _MALE)
        if female != male:
            return "f" if female else "m"
        surname = normalise_name(name).split()[-1:]
        if not surname:
            return None
        ids = {m.actor_id for m in self.mentions if m.person and surname[0] in m.words}
        said = {
            m.gender
            or ("m" if m.phrase.lower() in ("he", "him") else None)
            or ("f" if m.phrase.lower() in ("she", "her") else None)
            for m in self.mentions
            if m.actor_id in ids
        } - {None}
        return next(iter(said)) if len(said) == 1 else None

    def _one_name_after_body(self, phrase: str) -> str | None:
        """'Pathologist at the Aleppo University Hashim': a lone name right after the word that
        ends a body's name, if it names no body or place itself."""
        words = phrase.split()
        if len(words) < 4 or words[-2].lower() not in _BODY_TAIL_WORDS:
            return None
        last = words[-1]
        if (
            not re.fullmatch(r"[A-Z][a-z'’-]{2,}", last)
            or last.lower() in _BODY_TAIL_ADVERBIAL_TITLE_WORDS
            or self.registry.actor_by_name(last, self.country) is not None
            or find_places(self.registry, last, country=self.country)
        ):
            return None
        return last

    def _patron(self, core: str, at: int) -> Resolution | None:
        """'The staunch Assad ally', "Damascus's key backer": the ally is not the one it backs
        but the body (a state, an armed group) the story named last before it, of another
        country; nothing when there is none."""
        found = _PATRON.match(core.strip())
        if found is None or at < 0:
            return None
        backed = found.group("backed").strip()
        backed = re.sub(r"[’']s\b", "", backed)
        known = self.registry.find_actor_in(backed, self.country)
        country = known.country if known is not None else self._place_country(backed)
        if not country and known is None:
            return None
        for _, actor_id in reversed([(o, a) for o, a in self._named if o < at]):
            actor = self.actor(actor_id)
            if (
                actor is not None
                and actor.kind in _PATRON_KINDS
                and actor_id != getattr(known, "id", None)
                and actor.country != country
            ):
                return Resolution(actor_id, "description", 0.8)
        return None

    def _own_sentence_subject(self, at: int) -> str | None:
        """'The United Nations on Tuesday called for a ceasefire in Aleppo, where it said ...':
        the body (not a person, not a group of people) that is the subject of the pronoun's own
        sentence, named and followed by its verb before the pronoun."""
        if at <= 0:
            return None
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(self.text, max(0, at - 600), at)]
        start = breaks[-1] if breaks else max(0, at - 600)
        if not breaks and start > 0:
            return None
        opening = _OPENING_CONNECTIVE.match(self.text, start, at)
        begin = opening.end() if opening else start
        if self._span_at is None:
            self._span_at = {s: (e, a) for s, e, a in named_actor_spans(self.registry, self.text)}
        the = _THE.match(self.text, begin, at)
        named = self._span_at.get(the.end() if the else begin) or self._span_at.get(begin)
        if named is None or _VERB_AFTER_SUBJECT.match(self.text, named[0], at) is None:
            return None
        actor_id = self.registry.in_theatre(named[1], self.country, self.text[begin : named[0]])
        if self._kind(actor_id) in _PERSON_KINDS | _PLURAL_KINDS:
            return None
        return actor_id

    def _subject_just_before(self, at: int) -> str | None:
        """The body noted as the subject of the sentence before `at`'s (or of its own) with no
        speaker named since, if any."""
        if at < 0 or not self._subjects:
            return None
        mentions, offset, actor_id = self._subjects[-1]
        if mentions != len(self.mentions) or offset >= at:
            return None
        if self._kind(actor_id) in _PLURAL_KINDS:
            return None
        if len(_SENTENCE_BREAK.findall(self.text, offset, at + 1)) > 1:
            return None
        return actor_id

    def _person_antecedent(self, word: str) -> Mention | None:
        """'she' is not the spokesman named last: the nearest person of a compatible gender (who
        is then known to have the pronoun's)."""
        other = "m" if word in ("she", "her") else "f"
        found = next((m for m in reversed(self.mentions) if m.person and m.gender != other), None)
        if found is not None and found.gender is None:
            found.gender = "f" if other == "m" else "m"
        return found

    def _plural_or_body(self, index: int) -> bool:
        """Mention `index` can be 'they': a group of people or a body."""
        return self.mentions[index].plural or not self.mentions[index].person

    def _outlet_staff(self, core: str) -> Resolution | None:
        """'SANA's correspondent', 'the BBC's correspondent in Kyiv' → the outlet; 'our
        correspondent', 'the reporter' → the publisher."""
        raw = _STAFF_PLACE.split(core, maxsplit=1)[0].split()
        norm = normalise_name(" ".join(raw)).split()
        if not norm or norm[-1] not in _STAFF_NOUNS:
            return None
        # The words before the staff noun, as written: an acronym is read in its capitals.
        known = self.registry.find_actor_in(" ".join(raw[:-1]), self.country) if raw[:-1] else None
        if known and known.kind == "media outlet":
            return Resolution(known.id, "spokesperson", 0.95)
        if (
            self.publisher_id
            and len(norm) <= 2
            and core.strip().split()[0].lower()
            in (
                "the",
                "our",
                "a",
            )
        ):
            return Resolution(self.publisher_id, "spokesperson", 0.9)
        return None

    def _outlet_source(self, core: str) -> Resolution | None:
        """'a Sputnik source', 'Al-Manar sources': someone who spoke to that outlet, an
        anonymous source as in 'a source told Sputnik' (the outlet relays, `outlet_of_source`)."""
        if outlet_of_source(self.registry, core, self.country) is None:
            return None
        plural = _SOURCES.search(core) is not None
        return self._unidentified_member("sources" if plural else "source", None)

    def _the_report(self, core: str, at: int) -> Resolution | None:
        """'the report said', 'the same report added': the body that reported last (a person's
        words are not a report)."""
        if not _THE_REPORT.match(core.strip()):
            return None
        for mention in reversed(self.mentions):
            if not mention.person and mention.at < at and mention.actor_id in self._reporters():
                return Resolution(mention.actor_id, "description", 0.8)
        return None

    def _reporters(self) -> set[str]:
        """Actors that are bodies (known or new), not people nor unnamed groups of them."""
        return {
            m.actor_id
            for m in self.mentions
            if self._kind(m.actor_id) not in ("person", "anonymous person", "group of people", None)
        }

    def _statement(self, core: str, at: int) -> Resolution | None:
        words = normalise_name(core).split()
        if not any(w in ("statement", "statements", "communique", "release") for w in words):
            return None
        published = _PUBLISHED_BY.search(core)
        if published:
            core = core[: published.start("verb")].rstrip(" ,")
        by = _BY_WHOM.search(core)
        if by:
            inner = self._alias(by.group(1)) or self._description(by.group(1), at)
            if inner:
                return Resolution(inner.actor_id, "statement", 0.95)
            owner = by.group(1).split()[0].lower()
            if owner in ("his", "her", "its", "their"):
                # 'a statement from his office': the office of whoever 'his' is.
                pronoun = {"his": "he", "her": "she", "its": "it", "their": "they"}[owner]
                found = self._pronoun(pronoun, at)
                if found and found.factor > 0.5:
                    return Resolution(found.actor_id, "statement", 0.9)
            else:
                # 'a statement by the army General Command': its issuer, even unknown.
                return self._new(by.group(1))
        possessive = _OWNED_STATEMENT.match(core)
        if possessive and possessive.group(1).lower() not in ("its", "their", "his", "her"):
            inner = self._alias(possessive.group(1)) or self._description(possessive.group(1), at)
            if inner:
                return Resolution(inner.actor_id, "statement", 0.95)
            return self._new(possessive.group(1))  # "the ministry's statement": the ministry
        issuer = _STATEMENT_WORDS.sub(" ", core).strip(" ,")
        if issuer and normalise_name(issuer) not in ("", "it", "they", "this", "that"):
            # 'Hezbollah in a statement', 'the Iraqi military statement': the body named.
            inner = self._alias(issuer) or self._description(issuer, at)
            if inner:
                return Resolution(inner.actor_id, "statement", 0.95)
            if published:
                return self._new(issuer)  # the issuer named, unknown: never the channel
        if self.statement_issuer and self._issuer_in_reach(at):
            return Resolution(self.statement_issuer, "statement", 0.9)
        # A statement is a body's: the latest body that spoke before a person who did.
        body = next((m for m in reversed(self.mentions) if not m.person and not m.plural), None)
        if body is not None:
            return Resolution(body.actor_id, "statement", 0.75)
        if self.mentions:
            return Resolution(self.mentions[-1].actor_id, "statement", 0.7)
        return None

    def _issuer_in_reach(self, at: int) -> bool:
        """Whether 'the statement added' at `at` is still the remembered issuer's: no more than
        a few sentences back, and no other body spoke since (a body's words are a statement or
        a report of their own: 'SANA said ... the statement added' is SANA's, not that of a
        minister's statement paragraphs before). People quoted in between do not break it."""
        if self.statement_at < 0 or at < 0:
            return True
        if len(_SENTENCE_BREAK.findall(self.text, self.statement_at, at)) > _STATEMENT_REACH:
            return False
        return not any(
            self.statement_at < m.at < at
            and not m.person
            and m.actor_id != self.statement_issuer
            and self._kind(m.actor_id) not in _PERSON_KINDS
            for m in self.mentions
        )

    def _spokesperson(self, core: str, appositive: str, at: int) -> Resolution | None:
        """'a spokesman for the ministry', 'the ministry's spokesman X' → the ministry."""
        if _RELATIVE_OPENING.match(appositive):
            # 'a spokesman for the militia, which is backed by Iran': the clause says what
            # the body is, not whom the spokesman speaks for.
            appositive = ""
        whole = f"{core}, {appositive}" if appositive else core
        words = set(normalise_name(whole).split())
        if not words & SPOKES_NOUNS:
            return None
        titled = _BODY_SPOKESMAN.match(whole)
        if titled:
            # 'Pentagon spokesman John Kirby': the body the title names, whoever else the
            # person has spoken for.
            body = self.registry.find_actor_in(titled.group(1), self.country)
            if body and body.kind not in ("state", "person"):
                return Resolution(body.id, "spokesperson", 1.0)
        known = self.registry.find_actor_in(whole, self.country)
        if known and known.kind not in ("state", "person"):
            return Resolution(known.id, "spokesperson", 1.0)
        sent_to = re.search(r"^(.*?)\b(?:ambassador|envoy|representative)\s+to\s+", whole)
        if sent_to:
            # 'the US special envoy to Afghanistan' speaks for the US, not for Afghanistan.
            sender = self.registry.find_actor_in(sent_to.group(1), self.country)
            return Resolution(sender.id, "spokesperson", 0.9) if sender else None
        unknown = known is None
        found = (
            self._spokesperson_for(whole, at, unknown)
            or self._spokesperson_of_pronoun(whole)
            or self._spokesperson_of_owner(whole, at, unknown)
            or (self._titled_spokesperson(whole) if unknown else None)
        )
        if found is not None:
            return found
        if known and known.kind == "state" and words & _AGAINST_STATE_MODIFIERS:
            # 'a Syrian opposition spokesman': the state's opponents, a body of their own.
            opponents = _SPOKES_TAIL.split(core, maxsplit=1)[0].strip(" ,")
            if opponents and opponents != core.strip(" ,"):
                return Resolution(self._new(opponents).actor_id, "spokesperson", 0.85)
            return None
        if known and known.kind == "state" and _STATE_IN_A_NAME.search(whole):
            # 'Regional Humanitarian Coordinator for the Syria Crisis': the state's name is a
            # word of another name, not the one the person speaks for.
            return None
        if known:
            return Resolution(known.id, "spokesperson", 0.9)
        return None

    def _envoy_of_subject(self, core: str, appositive: str, at: int) -> Resolution | None:
        """'Russia blocked the draft. Deputy Ambassador Vladimir Safronkov said ...': a diplomat
        by title and name, no state in the phrase, right after a sentence whose subject is a
        state, speaks for that state (as 'Russia's ambassador X' does)."""
        if appositive or _ENVOY_BY_NAME.match(core.strip()) is None:
            return None
        if self.registry.find_actor_in(core, self.country) is not None:
            return None  # 'Ambassador Vasily Nebenzia': the registry knows whom he speaks for
        state = self._subject_just_before(at)
        if state is None or self._kind(state) != "state":
            return None
        return Resolution(state, "spokesperson", 0.85)

    def _group_then_person(self, whole: str, at: int) -> Resolution | None:
        """'A spokesman for the Syrian fighting group Nour El Din El Zinki Yasser Al Youssef':
        the group's name, then (the comma lost) a person's name opening on a known given name.
        A group the registry knows speaks (as for 'the group's spokesman X'); a group new to
        the text is a new body, and the person speaks with it as parent."""
        found = _SPOKESMAN_FOR_GROUP.match(whole.strip())
        if found is None:
            return None
        words = found.group("names").split()
        split = next(
            (
                k
                for k in range(len(words) - 2, 0, -1)
                if words[k].lower() in GIVEN_NAMES and 2 <= len(words) - k <= 4
            ),
            None,
        )
        if split is None:
            return None
        body_name, person = " ".join(words[:split]), " ".join(words[split:])
        if not _looks_like_name(person) or not _NAME_WORD.match(words[split]):
            return None
        body = self._alias(body_name)
        if body is not None:
            return Resolution(body.actor_id, "spokesperson", 0.95)
        if self.registry.actor_by_name(person, self.country) is not None:
            return None
        parent = self._new(f"{body_name} {found.group('head')}".strip())
        actor_id = slugify(person)
        if actor_id not in self.new_actors:
            self.new_actors[actor_id] = ExtractedActor(
                id=actor_id,
                name=person,
                kind=str(ActorKind.person),
                aliases=[],
                parent_id=parent.actor_id,
                known=False,
            )
        return Resolution(actor_id, "new", 0.85)

    def _government_of(self, core: str) -> Resolution | None:
        """'the government of President Bashar al-Assad', 'the regime of X': the leader's state
        (the registry's country of the person, else the story's), not the leader; 'the army of
        the Assad regime': that state's army."""
        found = _GOVERNMENT_OF.match(core.strip())
        if found is None:
            return None
        owner = found.group("owner")
        known = self.registry.find_actor_in(owner, self.country)
        if known is not None and known.kind in ("state", "person"):
            country = known.country
        elif known is None and _person_name(owner):
            country = self.country
        else:
            return None
        if not country:
            return None
        if found.group("army"):
            army = self._national_body("army", set(), country)
            return Resolution(army, "description", 0.85) if army else None
        state = _state_of(self.registry, country)
        return Resolution(state, "description", 0.85) if state else None

    def _spokesperson_for(self, whole: str, at: int, unknown: bool) -> Resolution | None:
        """'a spokesman for/of/at B': B, known or described, or new when its name is long."""
        org = re.search(
            r"\b(?:spokes(?:man|woman|person)|ambassador|envoy|representative|head|chief|director)"
            r"\s+(?:for|of|at)\s+(.+)$",
            whole,
        )
        if not org:
            return None
        if org.group(0).split()[0] in ("head", "chief", "director") and (
            _LEADING_NAME.match(whole) or self._name_after_title(whole) or _person_name(whole)
        ):
            return None  # 'Hamza al-Khatib the director of a hospital': the person speaks
        agent = self._agent_described(org.group(1), at)
        if agent is not None:
            return Resolution(agent, "spokesperson", 0.9)
        # 'a spokesman for the militia, which is backed by Iran': the militia, not Iran.
        body = _RELATIVE_TAIL.split(org.group(1), maxsplit=1)[0].strip(" ,")
        inner = (
            self._alias(body)
            or self._description(body, at)
            or (self._body_by_head(body, at) if unknown else None)
        )
        if inner:
            return Resolution(inner.actor_id, "spokesperson", 0.95)
        if unknown and (
            len(normalise_name(body).split()) >= 2 or self._armed_body_description(body)
        ):
            # 'Ahmed Saleh, a spokesman for the provincial council': the council, new; 'a
            # spokesman for the militia' the text never named: the militia, not 'spokesman'.
            return Resolution(self._new(body).actor_id, "spokesperson", 0.85)
        return None

    @staticmethod
    def _armed_body_description(phrase: str) -> bool:
        """'the militia', 'the Shiite militia', 'this rebel faction': a definite description
        of an armed body by its noun (data/speakers.yaml armed_body_heads), no name in it."""
        words = phrase.strip(" ,").split()
        return (
            len(words) >= 2
            and words[0].lower() in ("the", "this", "that")
            and words[-1] in _ARMED_BODY_HEADS
            and all(w.lower() in _KIND_MODIFIERS for w in words[1:-1])
        )

    def _body_by_head(self, phrase: str, at: int) -> Resolution | None:
        """'the militia said', 'a spokesman for the brigade' where no known actor fits: the body
        the text named before with that noun ('the Liwa Fatemiyoun militia', 'The Abu Fadl
        al-Abbas Brigade'), the latest such naming."""
        if not self._armed_body_description(phrase):
            return None
        head = phrase.strip(" ,").split()[-1]
        pattern = re.compile(
            rf"(?<![\w'’.-])((?:{NAME_WORD}[ \t]+){{1,5}})"
            rf"(?:(?:{_KIND_MODIFIER_ALTERNATION})[ \t]+){{0,2}}"
            rf"({re.escape(head)}|{re.escape(head.capitalize())})(?![\w'’-])"
        )
        found = None
        for match in pattern.finditer(self.text, 0, max(at, 0)):
            found = match
        if found is None:
            return None
        run = found.group(1).split()
        while run and run[0] in ("The", "A", "An", "This", "That"):
            run = run[1:]
        if not run:
            return None
        name = " ".join(run)
        known = self.registry.actor_by_name(name, self.country)
        if known is not None and known.kind not in ("state", "person"):
            return Resolution(known.id, "description", 0.8)
        if known is not None or find_places(self.registry, name, country=self.country):
            return None  # 'the Aleppo militia', 'the Syrian militia': no name of the body
        if found.group(2)[0].isupper() or (len(run) == 1 and not _PARTICLE_NAME.match(name)):
            # 'the Abu Fadl al-Abbas Brigade' is named with its noun; so is 'the Fatemiyoun
            # militia', one word being too little of a name.
            name = f"{name} {found.group(2)}"
        return Resolution(self._new(name).actor_id, "description", 0.8)

    def _agent_described(self, body: str, at: int) -> str | None:
        """'a spokesman for the group' after 'Jaish al-Islam fighters attacked ..., the Syrian
        Observatory said': the body the paragraph names in its events, not a speaker before it,
        when the description ('the group', 'the militia') fits both. A body with spokesmen is
        one the story is about; a monitor that only reported is no antecedent of a member's
        title. The nearest such body of a fitting kind, named before in the paragraph."""
        words = body.lower().split()
        if len(words) < 2 or words[0] not in ("the", "this", "that"):
            return None
        head, mods = words[-1].strip(" ,.;:"), set(words[1:-1]) - _KIND_MODIFIERS
        kinds = _DESCRIPTION_KINDS.get(head)
        if not kinds or mods:
            return None
        opened = self.text.rfind("\n", 0, at) + 1
        spoken = {m.actor_id for m in self.mentions if opened <= m.at < at}
        if not spoken:
            return None  # no speaker before that the description would otherwise be read as
        # the nearest body named in the events that did not itself speak
        agents = [
            actor_id
            for offset, actor_id in self._named
            if opened <= offset < at and actor_id not in spoken and self._kind(actor_id) in kinds
        ]
        return agents[-1] if agents else None

    def _spokesperson_of_pronoun(self, whole: str) -> Resolution | None:
        """'its spokesman', 'their envoy': the body the pronoun refers to."""
        pronoun = re.match(
            r"^(its|their)\s+(?:\w+\s+)?(?:spokes(?:man|woman|person)|ambassador|envoy|head|chief)\b",
            whole,
            re.I,
        )
        if not pronoun:
            return None
        found = self._pronoun("it" if pronoun.group(1).lower() == "its" else "they")
        if found and found.how == "pronoun" and found.factor > 0.5:
            return Resolution(found.actor_id, "spokesperson", 0.9)
        return None

    def _spokesperson_of_owner(self, whole: str, at: int, unknown: bool) -> Resolution | None:
        """ "the army's spokesman" (and "The coalitions spokesman", its apostrophe lost)."""
        owner = re.match(rf"^(.+?)['’]s\s+(?:\w+\s+)?(?:{_VOICE_TITLES})\b", whole)
        if owner:
            inner = self._alias(owner.group(1)) or self._description(owner.group(1), at)
            if inner:
                return Resolution(inner.actor_id, "spokesperson", 0.95)
            if unknown:
                return self._new(owner.group(1))  # "the army's spokesman": the army
        stripped = re.match(r"^(.+?)s\s+(?:\w+\s+)?spokes(?:man|woman|person)\b", whole)
        if stripped and unknown:
            # "The coalitions spokesman" (FA-KES lost the apostrophe): a known owner only.
            inner = self._alias(stripped.group(1))
            if inner:
                return Resolution(inner.actor_id, "spokesperson", 0.9)
        return None

    def _titled_spokesperson(self, whole: str) -> Resolution | None:
        """'Jaish al-Islam spokesman Islam Alloush', 'PYD spokesman Nawaf Khalil': the body."""
        titled = re.match(
            r"^((?:The\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z]|al-|el-)[\w'’-]*\s+){0,3}?)"
            r"(?:military\s+|media\s+|official\s+)?"
            r"spokes(?:man|woman|person)\s+[A-Z]",
            whole,
        )
        return self._new(titled.group(1).strip()) if titled else None

    def _state_media(self, core: str) -> Resolution | None:
        """'official media in Lebanon', 'Lebanese state media': the state's own outlet."""
        owned = _OWNERS_MEDIA.match(core.strip())
        if owned is not None:
            # "Hezbollah's official television station": the one outlet the registry gives the
            # owner (apostrophe lost or not); states are read below, by their media's kind.
            owner = self.registry.actor_by_name(owned.group("owner"), self.country)
            if owner is None and owned.group("owner").endswith("s"):
                owner = self.registry.actor_by_name(owned.group("owner")[:-1], self.country)
            if owner is not None and owner.kind != "state":
                outlets = [
                    a
                    for a in self.registry.actors.values()
                    if a.kind == "media outlet" and a.parent == owner.id
                ]
                if len(outlets) == 1:
                    return Resolution(outlets[0].id, "description", 0.85)
        found = _STATE_MEDIA.match(core.strip()) or _STATE_MEDIA_OF.match(core.strip())
        state = self.registry.actor_by_name(found.group("state")) if found else None
        if state is None:
            # 'state media', 'official media' with no state named: the story's state's; so is
            # "the regime's official television", whose 'regime' names no state.
            bare = _STORY_STATE_MEDIA.match(core.strip())
            if not bare or not self.country:
                return None
            state_id = _state_of(self.registry, self.country)
            state = self.registry.actors.get(state_id) if state_id else None
        if state is None or state.kind != "state":
            return None
        outlets = [
            a
            for a in self.registry.actors.values()
            if a.kind == "media outlet" and a.parent == state.id
        ]
        if "agency" in core.lower():
            # 'the official news agency of Syria' is its agency (SANA), not its broadcaster.
            outlets = [a for a in outlets if "agency" in a.heads] or outlets
        named = [a for a in outlets if "state media" in normalise_name(a.name)]
        if len(named) == 1 or len(outlets) == 1:
            return Resolution((named or outlets)[0].id, "description", 0.85)
        return None

    def _titled_person(self, core: str, appositive: str, at: int) -> Resolution | None:
        """'the head of the provincial council, Ali Hassan' (or the other way round): the person
        named, a new actor with the body as parent; a registry person stays that person."""
        pairs = [(core, appositive), (appositive, core)]
        if not appositive and _LEADER_OF.match(core.strip()):
            # Without the commas: 'Head of the UN Office in Damascus Ali al-Zaatari'.
            run_in = self._name_after_title(core.strip())
            if run_in and core.strip().endswith(run_in):
                pairs.append((core.strip()[: -len(run_in)].strip(" ,"), run_in))
        for title, name in pairs:
            person = _person_name(name) if name else None
            if not person or person != name.strip(" ,"):
                continue
            found = _LEADER_OF.match(title.strip())
            described = found is None and _PERSON_DESCRIPTION.match(title.strip()) is not None
            if found is None and not described:
                continue
            known = self.registry.actor_by_name(person, self.country)
            if known:
                return Resolution(known.id, "alias", 1.0)
            body = _RELATIVE_TAIL.split(found.group(1), maxsplit=1)[0].strip(" ,") if found else ""
            parent = (self._alias(body) or self._description(body, at)) if body else None
            if (
                parent is not None
                and parent.actor_id in self.registry.actors
                and self._kind(parent.actor_id) not in _NOT_BODIES
            ):
                # 'Khaled Khoja, the chairman of the Syrian National Coalition,': the body the
                # registry knows speaks, as it does with the commas lost ('The chairman of the
                # Syrian National Coalition Khaled Khoja'), the dev README's rule for people
                # speaking for a body. A body new to the text keeps its leader as a person.
                return Resolution(parent.actor_id, "spokesperson", 0.9)
            if parent is None and len(normalise_name(body).split()) >= 2:
                parent = self._new(body)
            actor_id = slugify(person)
            if actor_id not in self.new_actors:
                owner = self.actor(parent.actor_id) if parent else None
                self.new_actors[actor_id] = ExtractedActor(
                    id=actor_id,
                    name=person,
                    kind=str(ActorKind.person),
                    country=getattr(owner, "country", None),
                    aliases=[],
                    parent_id=parent.actor_id if parent else None,
                    known=False,
                )
            return Resolution(actor_id, "new", 0.85)
        return None

    def _member_of(self, core: str, appositive: str, at: int) -> Resolution | None:
        """'a commander in the militia alliance backing the government' → the alliance (the head
        noun's body, not the government the clause mentions); 'an official at the ministry' →
        the ministry. A named person in apposition is that person instead."""
        if appositive and _person_name(appositive):
            return None
        first = _first_conjunct(core, known=True)
        if first != core.strip():
            # 'sources in the city and the Observatory': the first speaker's body, not the place
            # and the second speaker read as one body.
            return self._member_of(first, "", at)
        found = _MEMBER_OF.match(core.strip())
        if found is None:
            return None
        body = _RELATIVE_TAIL.split(found.group(2), maxsplit=1)[0].strip(" ,")
        if not body or normalise_name(body) in ("", "it", "them"):
            return None
        if all(w in _SCENE_NOUNS | _DETERMINERS for w in normalise_name(body).split()):
            return None  # 'a civil defence worker at the scene': where, not whom for
        preposition = core.strip()[found.end(1) : found.start(2)].strip().lower()
        place_country = self._place_country(body) if preposition in ("in", "at") else None
        if preposition == "at" and _SEAT_OF_GOVERNMENT.search(body):
            place_country = None  # 'a source at Aleppo Governorate': its office, as a body
        if place_country is not None:
            # 'a security source in Anbar province': where the source is, not whom they speak for;
            # 'a Hezbollah source in Aleppo' speaks for Hezbollah wherever it is.
            member = core.strip()[: found.end(1)]
            body = self._alias(member)
            if body is not None and self._kind(body.actor_id) not in _NOT_BODIES:
                return body
            return self._unidentified_member(member, place_country or None)
        words = normalise_name(body).split()
        if (
            found.group(1).lower().startswith("activist")
            and not (words and words[-1].rstrip("s") in _ACTIVIST_BODIES)
            and self.registry.actor_by_name(body, self.country) is None
        ):
            return None  # 'activists in the district of Alwaer': where they are, not a body
        if not re.search(r"\b[A-Z]", body) and (
            len(words) > 5 or any(w.endswith("ing") for w in words)
        ):
            return None  # 'monitors, with diplomatic talks failing to ...': no body named
        inner = self._alias(body) or self._description(body, at)
        if inner:
            return Resolution(inner.actor_id, "spokesperson", 0.9)
        new = self._new(body)
        return Resolution(new.actor_id, "spokesperson", 0.8)

    def _place_country(self, phrase: str) -> str | None:
        """The country of the place a phrase names ('Anbar province', 'the city of Aleppo'), or
        None when the phrase is more than a place (a body, a hospital, a ministry)."""
        known = self.registry.actor_by_name(phrase, self.country)
        if known is not None and known.kind != "state":
            return None  # 'a source in Hezbollah': a body, whatever places share its name
        words = normalise_name(phrase).split()
        if words and all(w in _PLACE_FILLERS for w in words) and words[-1] != "the":
            return self.country or ""  # 'officials in the province': the article's own place
        mentions = find_places(self.registry, phrase, country=self.country)
        if not mentions:
            return None
        rest = phrase
        for mention in mentions:
            rest = rest.replace(mention.text, " ")
        if any(w not in _PLACE_FILLERS for w in normalise_name(rest).split()):
            return None
        return mentions[0].place.country

    def _unidentified_member(self, phrase: str, country: str | None) -> Resolution:
        """'a security source', 'a medical source' of no named body: a new anonymous speaker."""
        name = _strip_determiners(phrase) or phrase.strip()
        actor_id = slugify(normalise_name(name))
        plural = bool(set(normalise_name(name).split()[-1:]) & GROUP_NOUNS)
        if actor_id not in self.new_actors and actor_id not in self.registry.actors:
            self.new_actors[actor_id] = ExtractedActor(
                id=actor_id,
                name=name,
                # 'Rescuers in Idlib', 'officials at the scene': several people of no named body.
                kind=str(ActorKind.group_of_people if plural else ActorKind.anonymous_person),
                country=country,
                aliases=[],
                parent_id=None,
                known=False,
            )
        return Resolution(actor_id, "new", 0.8)

    def _alias(self, core: str) -> Resolution | None:
        """A registry name or alias: the whole phrase, its part before a preposition, or its end."""
        phrase = _first_conjunct(core, known=True)
        if "-based " in phrase:
            # 'the British-based Observatory for Human Rights': where a body sits is no part
            # of its name ('UK-based', 'London-based' are written as often).
            found = self._alias(_BASED_PLACE.sub("", phrase))
            if found is not None:
                return found
        known = self.registry.actor_by_name(phrase, self.country)
        if known:
            return Resolution(known.id, "alias", 1.0)
        tokens = phrase.split()
        for i, tok in enumerate(tokens):
            if tok.lower() in _PREPOSITIONS and i > 0:
                before = " ".join(tokens[:i])
                known = self.registry.actor_by_name(before, self.country)
                if known:
                    return Resolution(known.id, "alias", 1.0)
                if (
                    "'s " in before
                    or "’s " in before
                    or (tokens[i].lower() in _SCENE_PREPOSITIONS and len(tokens) - i <= 4)
                ):
                    # "The UN's latest report on Afghanistan": the owner, whatever it is on;
                    # 'a civil defence source on the ground', 'a UN official at the scene':
                    # where the speaker is does not change whom they speak for.
                    inside = self._alias_inside(self.registry.name_key(before).split())
                    if inside is not None:
                        return inside
                break
        named = {w.lower() for w in _CAPITALISED_WORD.findall(phrase)}
        return self._alias_inside(self.registry.name_key(phrase).split(), named)

    def _alias_inside(self, norm: list[str], named: set[str] | None = None) -> Resolution | None:
        """A registry name inside the words, longest and last first, when what follows it only
        describes it ('the Observatory monitoring group') or names its people ('a UN official')."""
        head = norm[-1] if norm else ""
        for size in range(min(len(norm), self.registry.max_alias_tokens), 0, -1):
            for i in range(len(norm) - size, -1, -1):
                found = self.registry.actor_by_key(" ".join(norm[i : i + size]), self.country)
                if not found:
                    continue
                rest = norm[i + size :]
                if (
                    found.kind == "person"
                    and size == 1
                    and i > 0
                    and norm[i - 1] in (named or set())
                    and norm[i - 1] not in _TITLE_WORDS | self._words_of(found.id)
                    and norm[i - 1] not in _DETERMINERS_AND_PREPOSITIONS
                ):
                    continue  # 'Fadel Abdul Ghani' is not Ashraf Ghani: another given name
                if not rest and i > 0 and norm[i] in _MEMBER_NOUNS and self._body_before(norm[:i]):
                    continue  # 'OSCE observers': members of the body named before them
                if (
                    len(rest) == 1
                    and rest[0] in _MEMBER_NOUNS
                    and rest[0].endswith("s")
                    and found.kind not in ("state", "person")
                ):
                    return Resolution(found.id, "spokesperson", 0.9)
                if rest and found.kind == "state":
                    continue  # 'Syrian rights group': a demonym describing something else
                if (
                    not rest
                    and i >= 2
                    and found.kind == "state"
                    and norm[i - 1] in ("in", "into", "inside", "on")
                ):
                    continue  # 'a U.N. Commission of Inquiry into human rights in Syria
                if not all(
                    w in _GENERIC_TAIL
                    or w in found.heads
                    or w in _VOICE_NOUNS
                    # "Human Rights Watch's 16-page report", "the UN's latest annual report"
                    or (
                        rest[-1] in _GENERIC_TAIL
                        and (w in _TAIL_MODIFIERS or any(c.isdigit() for c in w))
                    )
                    for w in rest
                ):
                    continue
                if (
                    (head in PERSON_NOUNS or head in GROUP_NOUNS)
                    and rest
                    and head not in found.heads
                ):
                    if head in _VOICE_NOUNS and found.kind not in ("state", "person"):
                        # 'a UN official', 'Pentagon sources': they speak for the body.
                        return Resolution(found.id, "spokesperson", 0.9)
                    continue  # 'a ministry commander' is not the ministry
                return Resolution(found.id, "alias", 0.95)
        return None

    def _body_before(self, norm: list[str]) -> bool:
        """Whether the words end with the name of a known body (not a state or a person)."""
        for j in range(len(norm)):
            found = self.registry.actor_by_key(" ".join(norm[j:]), self.country)
            if found is not None and found.kind not in ("state", "person"):
                return True
        return False

    def _body_named_before(self, at: int) -> Resolution | None:
        """The last body the paragraph names before `at` by a name with a body's word in it
        ('the Union of Syrian Medical Relief Organisations', 'the Aleppo Medical Council')."""
        if at <= 0:
            return None
        opened = self.text.rfind("\n", 0, at) + 1
        last: str | None = None
        for run in _CAPITAL_RUN.finditer(self.text, max(opened, at - _BODY_WINDOW), at):
            words = run.group(0).split()
            while words and words[0].lower() in ("the", "of", "for", "and"):
                words = words[1:]
            while words and words[-1].lower() in ("the", "of", "for", "and"):
                words = words[:-1]
            if len(words) >= 2 and any(w.lower() in _BODY_NAME_WORDS for w in words):
                last = " ".join(words)
        if last is None:
            return None
        known = self.registry.actor_by_name(last, self.country)
        if known is not None:
            if known.kind in _PERSON_KINDS or known.kind == "state":
                return None
            return Resolution(known.id, "description", 0.8)
        new = self._new(last)
        return Resolution(new.actor_id, "description", 0.75)

    def _body_named_next(self, at: int) -> Resolution | None:
        """The first body the sentence after `at`'s names by a name with a body's word in it,
        when the registry knows it and it is no armed body nor a state (those are no aid group
        nor charity); a name new to the text after the description is too loose a reading."""
        if at < 0:
            return None
        breaks = list(_SENTENCE_BREAK.finditer(self.text, at, min(len(self.text), at + 2000)))
        if not breaks:
            return None
        end = breaks[1].start() if len(breaks) > 1 else min(len(self.text), at + 2000)
        for run in _CAPITAL_RUN.finditer(self.text, breaks[0].end(), end):
            words = run.group(0).split()
            while words and words[0].lower() in ("the", "of", "for", "and"):
                words = words[1:]
            while words and words[-1].lower() in ("the", "of", "for", "and"):
                words = words[:-1]
            if len(words) < 2 or not any(w.lower() in _BODY_NAME_WORDS for w in words):
                continue
            name = " ".join(words)
            known = self.registry.actor_by_name(name, self.country)
            if known is None:
                return None  # a body new to the text named after: too loose a reading
            if known.kind in _PERSON_KINDS or known.kind in ("state", "armed group", "armed force"):
                return None
            return Resolution(known.id, "description", 0.75)
        return None

    def _the_same(self, core: str) -> Resolution | None:
        """'the same source', 'the same official': the latest speaker with that head, else (a
        source) the one cited last."""
        found = _THE_SAME.match(core.strip())
        if found is None or not self.mentions:
            return None
        head = found.group(1).lower()
        for mention in reversed(self.mentions):
            if head in mention.heads:
                return Resolution(mention.actor_id, "description", 0.9)
        if head in ("source", "sources"):
            return Resolution(self.mentions[-1].actor_id, "description", 0.85)
        if head in PERSON_NOUNS:
            # 'the same official' after 'Kyiv's mayor': the person cited last.
            person = next((m for m in reversed(self.mentions) if m.person), None)
            if person is not None:
                return Resolution(person.actor_id, "description", 0.85)
        return None

    def _description(self, core: str, at: int) -> Resolution | None:
        """'the official', 'The US official', 'the ministry', 'a monitor group'."""
        phrase = _first_conjunct(core, known=True)
        # 'one of the officials' is one of them.
        phrase = _PART_OF.sub("", phrase)
        # "the country's health ministry": the ministry of the country the story is in.
        phrase = _COUNTRYS.sub("the ", phrase)
        based = self._based_abroad(phrase)
        if based is not None:
            return Resolution(based, "description", 0.8)
        # 'the Paris-based group', 'a New York-based watchdog': where a body sits (a place the
        # gazetteer may lack) does not describe it; the head and its other words do.
        phrase = _BASED_PLACE.sub("", phrase)
        norm = normalise_name(phrase).split()
        if not norm:
            return None
        if len(norm) > 3 and norm[-2] in ("in", "into", "inside"):
            # 'The defence ministry in Moscow': that state's ministry; '... of Inquiry into
            # human rights in Syria': a body named with a place, not the place's state.
            state = self.registry.actor_by_key(norm[-1])
            if state is not None and state.kind == "state" and state.country and len(norm) <= 5:
                national = self._national_body(norm[-3], set(norm[:-3]), state.country)
                if national is not None:
                    return Resolution(national, "description", 0.75)
            return None
        raw_first = phrase.strip().split()[0].lower() if phrase.strip() else ""
        head = norm[-1]
        mods = set(norm[:-1])
        if head in _PLURAL_STATE_HEADS:
            # 'Western as well as Arab states', 'Gulf nations': several states, not the United
            # States nor the United Nations (their names end in the word; _alias reads them).
            return None
        definite = raw_first in ("the", "this", "that", "its", "their")
        governed = definite and not mods and head in ("government", "regime")
        if definite and not mods and head in _ARMY_HEADS:
            army = self._army_in_context(head, at)
            if army is not None:
                return Resolution(army, "description", 0.8)
        if definite and head in ("minister", "ministry") and mods - _DETERMINERS:
            # 'Syria has denied the attack, with the foreign minister stressing C': the minister
            # of the state its own sentence names before it, though another state's spoke
            # earlier.
            ministry = self._ministry_of_sentence_state(mods - _DETERMINERS, at)
            if ministry is not None:
                return Resolution(ministry, "description", 0.8)
        # 'the army' paragraphs after 'a Russian army spokesman': the story's own army
        reach = self._reach(head, at) if definite and not mods else None
        for mention in reversed(self.mentions):
            if governed and head not in normalise_name(mention.phrase).split():
                continue  # 'the government' refers back only to a speaker called so
            if head in mention.heads and mods <= mention.words:
                if reach is not None and not reach(mention.actor_id, mention.at):
                    continue
                return Resolution(mention.actor_id, "description", 0.9)
        if definite and not mods and head == "official":
            # 'Omar Zwak, the governor's spokesman, said ... the official said': the latest
            # speaker who holds an office, when none was called an official.
            for mention in reversed(self.mentions):
                if mention.person and mention.words & _OFFICE_NOUNS:
                    return Resolution(mention.actor_id, "description", 0.8)
        if governed and self.country:
            # 'the government' of a war story is the state it happens in, whatever other
            # governments the article names on the way.
            state_id = _state_of(self.registry, self.country)
            if state_id is not None:
                return Resolution(state_id, "description", 0.8)
        if (
            (definite or raw_first in ("a", "an"))
            and head in ("minister", "ministry")
            and mods - _DETERMINERS
        ):
            # 'Syria has denied ... the foreign minister said', 'In Iraq a Defense Ministry
            # statement said': the ministry of the state the text last spoke of, the story's
            # own state when it named none.
            ministry = self._ministry_of_recent_state(mods - _DETERMINERS, at)
            if ministry is not None:
                return Resolution(ministry, "description", 0.75)
        candidates = self._named_with_head(head, mods, at, definite)
        if reach is not None:
            candidates = [c for c in candidates if reach(c[1], c[0])]
        before = self._before_own_sentence([c for c in candidates if c[0] < at], at)
        if before:
            return Resolution(before[-1][1], "description", 0.8)
        if definite and not mods and head in _BODY_DESCRIPTIONS:
            # 'The four staff of the Union of Syrian Medical Relief Organisations were hit, the
            # group said': a body the paragraph named before, though it had not spoken; a
            # national body ('the group' of Syria) is too loose a reading.
            body = self._body_named_before(at)
            if body is not None:
                return body
        if definite and head in _BODY_DESCRIPTIONS and not mods - _GENERIC_TAIL - _DETERMINERS:
            # 'Five medics were killed ..., the aid group that supports it said. The four staff
            # of the Union of Syrian Medical Relief Organisations ...': a lead's description no
            # body named before answers is the body the next sentence names.
            body = self._body_named_next(at)
            if body is not None:
                return body
        if (
            self.country
            and (definite or raw_first in ("a", "an"))
            and head in ORG_NOUNS
            and head not in _BODY_DESCRIPTIONS
        ):
            # 'The army denied' before any army is named: the army of the story's country, not
            # one the text names later ('Russia's military' further down).
            national = self._national_body(head, mods)
            if national is not None:
                return Resolution(national, "description", 0.75)
        if candidates:
            return Resolution(candidates[0][1], "description", 0.8)
        if definite and head in _DESCRIPTION_KINDS:
            nearest = self._nearest_of_kind(head, phrase, at)
            if nearest is not None:
                return Resolution(nearest, "description", 0.75)
        if self.country and head in ("source", "sources") and len(norm) >= 3:
            # 'civil defence sources' in a Syrian story: they speak for the one such body of
            # the country (Syria Civil Defence), as 'Syrian Civil Defence sources' would.
            # Two words at least ('civil defence'): one ('opposition sources', 'army sources')
            # is too loose a description to pick one body by.
            mods = set(norm[:-2]) - _DETERMINERS
            national = self._national_body(norm[-2], mods) if mods else None
            if national is not None:
                return Resolution(national, "spokesperson", 0.75)
        return None

    def _before_own_sentence(self, named: list[tuple[int, str]], at: int) -> list[tuple[int, str]]:
        """Of the actors named before a speaker at `at` (offset, actor id), those named before
        its sentence when there are any: 'The raids hit Islamic State positions, the group said'
        after a sentence naming the Observatory is the Observatory's; a body in the claim's own
        words is what the claim is about, its speaker only when the text named no other."""
        opened = _sentence_start(self.text, at)
        earlier = [c for c in named if c[0] < opened]
        return earlier or named

    def _based_abroad(self, phrase: str) -> str | None:
        """'the Britain-based opposition monitoring group', 'a UK-based monitor', 'the London-based
        war monitor' in a Syrian story: the one known body of the country where it sits that has
        that head noun and is about the story's country (its name says so, or its theatres), when
        the other words only describe it. Where it sits tells which body, not its name."""
        found = _BASED_AT.search(phrase)
        if found is None or not self.country:
            return None
        place = found.group(2)
        based_in = self._country_named(f"{found.group(1)} {place}" if found.group(1) else place)
        if based_in is None and found.group(1):
            based_in = self._country_named(place)
        if based_in is None or based_in == self.country:
            return None
        norm = normalise_name(phrase[found.end() :]).split()
        if not norm:
            return None
        head, mods = norm[-1], set(norm[:-1]) - _KIND_MODIFIERS - _BASED_BODY_MODIFIERS
        story = {normalise_name(n) for n in self._country_names(self.country)}
        fits = [
            a.id
            for a in self.registry.actors.values()
            if a.country == based_in
            and a.kind not in ("state", "person", "anonymous person", "group of people")
            and head in self._heads_of(a.id)
            and mods <= self._words_of(a.id)
            and (self.country in a.theatres or bool(story & self._words_of(a.id)))
        ]
        return fits[0] if len(fits) == 1 else None

    def _country_named(self, place: str) -> str | None:
        """The country a place name or a state's name stands for ('Britain', 'London', 'UK')."""
        known = self.registry.actor_by_name(place)
        if known is not None:
            return known.country if known.kind == "state" else None
        places = find_places(self.registry, place, country=self.country)
        return places[0].place.country if len(places) == 1 else None

    def _country_names(self, country: str) -> list[str]:
        """The names of a country's state in the registry ('Syria')."""
        state = _state_of(self.registry, country)
        actor = self.registry.actors.get(state) if state else None
        return [actor.name] if actor is not None else []

    def _army_in_context(self, head: str, at: int) -> str | None:
        """'the army': the army the text spoke of last before `at` (a speaker, a subject or a
        name); when that is another country's than the story's and more than a sentence back
        (or a paragraph), the story's own army."""
        if at < 0:
            return None
        seen = [(m.at, m.actor_id) for m in self.mentions if 0 <= m.at < at]
        seen += [(o, a) for _, o, a in self._subjects if o < at]
        seen += [(o, a) for o, a in self._named if o < at]
        fits = [
            (o, a)
            for o, a in seen
            if head in self._heads_of(a) and self._kind(a) not in _NOT_ARMIES
        ]
        # 'The army denied ... Russia's military said ... The army again denied': the army
        # last called by the word itself, before one the word only fits.
        phrases = {m.at: m.phrase for m in self.mentions}
        called = [
            (o, a)
            for o, a in fits
            if head in normalise_name(phrases.get(o) or self._named_words.get(o, "")).split()
        ]
        national = self._national_body(head, set()) if self.country else None
        if not fits:
            return national
        offset, latest = max(called or fits)
        if not self._reach(head, at, sentences=1)(latest, offset):
            return national  # another country's army, and far: the story's own
        return latest

    def _reach(
        self, head: str, at: int, sentences: int | None = None
    ) -> Callable[[str, int], bool]:
        """Whether an antecedent (actor id, offset) is in reach of a bare description with this
        head at `at` ('the army said'): a speaker of another country than the story's ('a
        Russian army spokesman') is only in the same paragraph or the one before, when the
        story's own country has a body of that head (its army). A nationality-marked mention
        is the antecedent of an unmarked description only nearby. With `sentences`, nearby is
        also no more than that many sentence breaks back (the army last spoken of, which the
        word 'the army' names again only in the next sentence). The one place the rule is
        decided: every route to a description's antecedents asks here."""
        if not self.country:
            return _anywhere
        floor = _paragraph_before(self.text, at)
        own: list[bool] = []  # whether the story's country has such a body, once asked

        def reaches(actor_id: str, offset: int) -> bool:
            if offset < 0:
                return True
            if offset >= floor and (
                sentences is None
                or len(_SENTENCE_BREAK.findall(self.text, offset, at + 1)) <= sentences
            ):
                return True
            actor = self.actor(actor_id)
            if actor is None or not actor.country or actor.country == self.country:
                return True
            if not own:
                own.append(self._national_body(head, set()) is not None)
            return not own[0]

        return reaches

    def _ministry_of_sentence_state(self, mods: set[str], at: int) -> str | None:
        """The ministry with these words of the one state named in `at`'s sentence before it."""
        if at <= 0:
            return None
        opened = max(self.text.rfind(". ", 0, at), self.text.rfind("\n", 0, at)) + 1
        states = {
            actor.country
            for o, a in self._named
            if opened <= o < at
            and (actor := self.registry.actors.get(a)) is not None
            and actor.kind == "state"
            and actor.country
        }
        if len(states) != 1:
            return None
        return self._national_body("ministry", mods, states.pop())

    def _ministry_of_recent_state(self, mods: set[str], at: int) -> str | None:
        """The ministry with these words ('foreign', 'defence') of the latest state before `at`
        that spoke, was a subject or was named; else of the story's country."""
        seen = [(m.at, m.actor_id) for m in self.mentions if 0 <= m.at < at]
        seen += [(o, a) for _, o, a in self._subjects if o < at]
        seen += [(o, a) for o, a in self._named if o < at]
        countries: list[str] = []
        for _, actor_id in sorted(seen, reverse=True):
            actor = self.registry.actors.get(actor_id)
            if actor is not None and actor.kind == "state" and actor.country:
                countries.append(actor.country)
                break
        if self.country:
            countries.append(self.country)
        for country in countries:
            ministry = self._national_body("ministry", mods, country)
            if ministry is not None:
                return ministry
        return None

    def _nearest_of_kind(self, head: str, phrase: str, at: int) -> str | None:
        """'the hard-line militant group', 'the militants': the nearest actor before `at` whose
        kind the head fits, a known actor that spoke (or was a sentence's subject) before one the
        text only names; each modifier is a describing word or one of the actor's own ('the health
        ministry' is no other ministry, 'the Kurdish militia' no other militia)."""
        kinds = _DESCRIPTION_KINDS[head]
        mods = set(self.registry.name_key(" ".join(phrase.split()[1:-1])).split()) - _KIND_MODIFIERS
        spoke = [(m.at, m.actor_id) for m in self.mentions if 0 <= m.at < at]
        spoke += [(o, a) for _, o, a in self._subjects if o < at]
        named = sorted(((o, a) for o, a in self._named if o < at), reverse=True)
        for _, actor_id in [*sorted(spoke, reverse=True), *named]:
            if (
                actor_id in self.registry.actors
                and self._kind(actor_id) in kinds
                and mods <= self._words_of(actor_id)
            ):
                return actor_id
        return None

    def _named_with_head(
        self, head: str, mods: set[str], at: int, definite: bool
    ) -> list[tuple[int, str]]:
        """The actors the article names (before `at`, or for an indefinite description
        anywhere) with that head and those modifiers, as (offset, actor id); else, for an
        indefinite one, the one actor it names with that head ('a war monitor')."""
        candidates = [
            (offset, actor_id)
            for offset, actor_id in self._named_with_head_noun(head)
            if (offset < at or not definite) and mods <= self._words_of(actor_id)
        ]
        if not candidates and not definite:
            # 'a war monitor' when the article names exactly one monitor.
            loose = {
                a
                for o, a in self._named_with_head_noun(head)
                if not self._other_nation(mods, a)
                and self._fits_modifiers(mods, a)
                # 'local sources' are not the article's medical sources: a generic voice is
                # that actor only when its words say so.
                and (head not in _VOICE_NOUNS or mods <= self._words_of(a))
            }
            if len(loose) == 1:
                only = loose.pop()
                candidates = [next((o, a) for o, a in self._named if a == only)]
        return candidates

    def _named_with_head_noun(self, head: str) -> list[tuple[int, str]]:
        """The (offset, actor id) of `_named` whose actor has `head` among its head nouns, in
        text order. Indexed once per article: descriptions would otherwise read every named
        actor's heads at each one. Known actors' heads never change; were a new actor named
        (it is not: the names come from the registry), its heads could, so it is read afresh."""
        if self._named_by_head is None:
            if any(a not in self.registry.actors for _, a in self._named):
                return [(o, a) for o, a in self._named if head in self._heads_of(a)]
            index: dict[str, list[tuple[int, str]]] = {}
            for offset, actor_id in self._named:
                for noun in self._heads_of(actor_id):
                    index.setdefault(noun, []).append((offset, actor_id))
            self._named_by_head = index
        return self._named_by_head.get(head, [])

    def _national_body(self, head: str, mods: set[str], country: str | None = None) -> str | None:
        """'The Interior Ministry' in a Baghdad story: the one such body of that country."""
        national = [
            a.id
            for a in self.registry.actors.values()
            if a.country == (country or self.country)
            and a.kind not in ("person", "anonymous person", "group of people")
            and head in self._heads_of(a.id)
            and mods <= self._words_of(a.id)
        ]
        if len(national) > 1:
            # 'the army' of a Syrian story is the Syrian Army, not the Free Syrian Army (an
            # armed group called so) nor the General Command: the state's body named by the head.
            # An Ethiopian story's is the one state body left (the ENDF), not the Oromo
            # Liberation Army.
            # Of several bodies, the one the state owns: 'the agency' of a Syrian story is SANA,
            # not an opposition outlet called a news agency.
            state_bodies = [i for i in national if self.registry.actors[i].kind != "armed group"]
            state = _state_of(self.registry, country or self.country or "")
            owned = [i for i in state_bodies if state in self.registry.ancestors(i)]
            if len(state_bodies) == 1:
                national = state_bodies
            elif len(owned) == 1:
                national = owned
            else:
                national = [
                    i
                    for i in state_bodies
                    if normalise_name(self.registry.actors[i].name).split()[-1:] == [head]
                ]
        return national[0] if len(national) == 1 else None

    def _fits_modifiers(self, mods: set[str], actor_id: str) -> bool:
        """'a monitoring group' is no rescue service and 'a militant group' no monitor: a field
        word must be among the actor's words or heads, a side word needs an armed body."""
        if mods & _ARMED_MODIFIERS and self._kind(actor_id) not in _ARMED_KINDS:
            return False
        own = self._words_of(actor_id) | self._heads_of(actor_id)
        return all(
            w in own or (w.endswith("ing") and w[:-3] in own) for w in mods & _FIELD_MODIFIERS
        )

    def _other_nation(self, mods: set[str], actor_id: str) -> bool:
        """'Iraqi security officials' are not the article's US officials: a modifier naming a
        state other than the actor's own country rules the actor out."""
        actor = self.actor(actor_id)
        country = getattr(actor, "country", None)
        for word in mods:
            state = self.registry.actor_by_key(word)
            if state is not None and state.kind == "state" and state.country != country:
                return True
        return False

    def _new(self, core: str, appositive: str = "") -> Resolution:
        """A speaker the registry does not know becomes a new actor (open world)."""
        section = _OUTLET_SECTION.match(core.strip())
        if section:
            core = section.group("body")  # 'the Arabic-language desk of X': X speaks
        given = _GIVEN_NAME.search(appositive) or _GIVEN_NAME.search(core)
        if given:
            core = given.group(1)  # 'who gave his name as Abu Ali': the person is Abu Ali
        name = _strip_determiners(_first_conjunct(core)) or core.strip()
        of_body = _NAME_OF_BODY.match(name) or _LEADING_NAME.match(name)
        if of_body and _looks_like_name(of_body.group(1)):
            # 'Zakaria Malhifji of the Aleppo based Fastaqim opposition group': the person.
            name = of_body.group(1)
        # 'An activist at the scene Muaz Al Shami': the person after the title and the scene;
        # 'Kevin Kennedy Regional Humanitarian Coordinator for ...': the person before a title.
        name = self._name_after_scene(name.split()) or _given_name_before_title(name) or name
        # 'Omar Hassan Director of the ... Directorate': the office after the name is not in it.
        name = _name_before_trailing_title(name) or name
        workplace = _AT_WORKPLACE.match(name)
        run_in = (
            (self._name_after_title(name) or self._one_name_after_body(name)) if workplace else None
        )
        if run_in:
            # 'Pathologist at the Aleppo University Hashim Ali': the person, not the profession.
            name = run_in
        name = _NEW_NAME_END.split(name, maxsplit=1)[0]
        name = _SPEAKER_ASIDE.sub("", name)
        # A reduced relative: 'a rescue service operating in ...', 'officials speaking on ...'.
        name = _REDUCED_RELATIVE.split(name, maxsplit=1)[0]
        words = name.split()
        for i in range(1, len(words)):
            if (
                words[i].endswith("ing")
                and words[i].islower()
                and words[i - 1].lower() in _HEADS_BEFORE_PARTICIPLE
            ):
                # 'a doctor receiving the casualties', 'residents fleeing the town'.
                name = " ".join(words[:i])
                break
        # Content run into the phrase where a comma was lost: 'Governor X Y a vehicle "was ...'.
        # A short quoted name is kept: 'the "Cham" TV network', 'an anonymous "official source"'.
        name = _QUOTED_NAME.sub(r"\1", name)
        name = _QUOTE_MARK.split(name, maxsplit=1)[0]
        run_on = _RUN_ON_NAME.match(name)
        if run_on:
            name = run_on.group(1)
        name = _SPACES.sub(" ", name).strip(" ,.")
        named = _NAME_WITH_ACRONYM.search(name)
        if named:
            # 'the main Syrian opposition body the High Negotiations Committee (HNC)': the name
            # its acronym spells out, after the description before it.
            name = named.group(1)
        name = _plain_person(name)
        # 'an anonymous "official source"', 'an unnamed official': not being named is no name.
        name = _ANONYMOUS.sub("", name)
        titled_appositive = (
            appositive.strip(" ,")
            if appositive
            and core.split()[:1]
            and core.split()[0].lower() in _TITLE_WORDS
            and all(_NAME_WORD.match(w) for w in appositive.strip(" ,").split())
            and _looks_like_name(appositive.strip(" ,"))
            else None
        )
        # 'Minister of Health in the interim government, Mohammad Jundi,': the name after the
        # title's commas is the person.
        person = (
            titled_appositive
            or _person_name(name)
            or self._name_after_title(name)
            or (self._name_after_title(appositive) if appositive else None)
        )
        if not person:
            aged = _AGED_NAME.match(name)
            plain = normalise_name(name) not in _SPEAKER_HEAD_NOUNS
            if plain and (
                aged or (_AGE.search(f"{core} {appositive}") and _NAME_WORD.fullmatch(name))
            ):
                # 'Manal, a 28-year-old teacher', 'Ahmed 24': a first name with an age is a
                # person (a later 'she' or 'he' is them), the age no part of the name.
                person = aged.group(1) if aged else name
        if not person and _NAME_WORD.fullmatch(name) and name.lower() in GIVEN_NAMES:
            # 'Fahd said', 'Amina told AFP': a lone given name is a person, not a body.
            person = name
        if person:
            person = _without_person_noun(person)
            name = person
        else:
            described = self._known_body_described(f"{core} {appositive}".strip())
            if described is not None:
                return Resolution(described, "alias", 0.85)
        actor_id = slugify(normalise_name(name)) if not person else slugify(name)
        known = self.registry.actors.get(actor_id)
        if known and "_" in self.registry.name_key(name):
            # 'Ena said she saw ...': a short acronym's letters not in capitals are a name of
            # its own ('Ena'), not the Ethiopian News Agency, whose id the slug spells.
            known, actor_id = None, f"{actor_id}-{'person' if person else 'speaker'}"
        if known:
            return Resolution(known.id, "alias", 0.9)
        misspelt = None if person else _misspelt_name(self.registry, name)
        if misspelt is None and not person and "-based " in name:
            # 'the British-based Syrian Obervatory for Human Rights': where it sits, then a
            # known body's name mistyped.
            misspelt = _misspelt_name(self.registry, _BASED.sub("", name).strip())
        if misspelt is not None:
            # 'the Syrian Obervatorty for Human Rights', 'SORH': a known body, mistyped.
            return Resolution(misspelt, "alias", 0.8)
        if person and _OFFICE_OF.search(core):
            body = self.registry.find_actor_in(core.replace(person, " "), self.country)
            if body is not None and body.kind not in _NOT_BODIES:
                # 'Vice-president of the Syrian Coalition Muwaffaq Nyrabia': an officer of a body
                # the registry knows speaks for it, as with the commas kept (the dev README).
                return Resolution(body.id, "spokesperson", 0.85)
        spelt = (
            next(
                (
                    a.id
                    for a in self.new_actors.values()
                    if a.kind == str(ActorKind.person) and _same_person_spelt(a.name, name)
                ),
                None,
            )
            if person and actor_id not in self.new_actors
            else None
        )
        if spelt is not None:
            # 'Talal Barazi', then 'Talal al-Barazi', 'Talal Barrazi': one person, first spelling.
            return Resolution(spelt, "new", 0.8)
        if actor_id not in self.new_actors:
            parent = self.registry.find_actor_in(core if person else name, self.country)
            self.new_actors[actor_id] = ExtractedActor(
                id=actor_id,
                name=name,
                kind=str(ActorKind.media_outlet)
                if _outlet_before(core, name)
                else str(ActorKind.person)
                if person
                else str(guess_kind(name)),
                country=parent.country if parent else None,
                aliases=[],
                parent_id=parent.id if parent else None,
                known=False,
            )
        return Resolution(actor_id, "new", 0.8)

    def _described_known(self, phrase: str) -> Resolution | None:
        """A known body's name after the words of its kind, the comma between them lost ('the
        Britain-based monitoring group the Syrian Observatory ...')."""
        if _person_name(phrase) or _LEADING_NAME.match(phrase.strip()):
            return None  # 'Ibrahim Alhaj of the Civil Defense search and rescue outfit'
        found = self._known_body_described(phrase)
        return Resolution(found, "alias", 0.85) if found else None

    def _known_body_described(self, core: str) -> str | None:
        """'the key Ahrar al-Sham rebel group', 'The Britain-based opposition monitoring group
        the Syrian Observatory for Human Rights': words of a body's kind with a known body's
        name among them are that body (not a state, a person, an outlet or unnamed people)."""
        phrase = _RELATIVE_TAIL.split(core, maxsplit=1)[0]
        words = normalise_name(phrase).split()
        if "and" in words:
            return None  # 'residents and the Observatory': two speakers
        # 'a group of U.N. experts' is a number of people, not a kind of body.
        kinds = {w for i, w in enumerate(words) if words[i + 1 : i + 2] != ["of"]}
        if not kinds & _GENERIC_BODY_HEADS:
            return None
        known = self.registry.find_actor_in(phrase, self.country)
        if known is None or known.kind in _NOT_BODIES or known.kind == "media outlet":
            return None
        return known.id

    def _name_after_title(self, phrase: str) -> str | None:
        """The person in a title run into a name, its commas lost: 'Syrian Kurd activist
        Havidar', 'Vice president of the Syrian Coalition Nagham al-Ghadiri', 'Health director
        for Aleppo Mohammad Hazouri' (the name follows a title word, or a body or place the title
        names)."""
        words = phrase.split()
        titles = _PERSON_AND_TITLE_WORDS
        scene = self._name_after_scene(words)
        if scene is not None:
            return scene
        for size in (1, 2, 3, 4):
            if (
                len(words) <= size
                or not all(_NAME_WORD.match(w) for w in words[-size:])
                or words[-size].lower() in titles
            ):
                continue
            name, before = " ".join(words[-size:]), words[:-size]
            if any(w.lower() in _BODY_TAIL_WORDS for w in words[-size:]):
                continue  # 'Staff Valery Gerasimov': an office's last word starts no name
            if (
                size > 1
                and before[-1].lower() in _BODY_TAIL_WORDS
                and _looks_like_name(name)
                and {w.lower() for w in before} & (titles | {"of", "at", "for"})
            ):
                # After the office a title names: 'Chief of General Staff Valery Gerasimov',
                # 'Pathologist at the Aleppo University Hashim Ali'.
                return name
            if before[-1].lower() in titles:
                # Right after a title: 'activist Havidar', 'Doctor Ibrahim al-Assad'.
                # 'Activist Maryam' opening a sentence: a lone given name after a capital too.
                if (size == 1 and (before[-1].islower() or name.lower() in GIVEN_NAMES)) or (
                    size > 1 and _looks_like_name(name)
                ):
                    return name
                continue
            if size < 2 or not _NAME_WORD.match(before[-1]) or not _looks_like_name(name):
                continue
            # After a capitalised body or place that a title before it names.
            if {w.lower() for w in before} & titles and self._ends_with_body(before):
                return name
        return None

    @staticmethod
    def _name_after_scene(words: list[str]) -> str | None:
        """'An activist at the scene Muaz Al Shami', 'a doctor on the ground Ahmed Haj': a title,
        a short lowercase phrase of where the person is, then a name of two words or more."""
        for size in (4, 3, 2):
            if len(words) <= size + 2:
                continue
            name, before = words[-size:], words[:-size]
            if (
                not all(_NAME_WORD.match(w) for w in name)
                or not _looks_like_name(" ".join(name))
                # a person's name opens with a given name: 'the Aleppo University Hospital
                # Idlib' is a body and a place
                or name[0].lower() not in GIVEN_NAMES
                or any(w.lower() in _BODY_NAME_WORDS_AND_TAILS for w in name)
            ):
                continue
            titled = [k for k, w in enumerate(before) if w.lower() in _PERSON_AND_TITLE_WORDS]
            if not titled:
                continue
            scene = before[titled[-1] + 1 :]
            if (
                2 <= len(scene) <= 4
                and scene[0] in _SCENE_PHRASE_OPENERS
                and all(w.islower() for w in scene)
            ):
                return " ".join(name)
        return None

    # -- memory ----------------------------------------------------------------------------
    def _remember(self, core: str, appositive: str, actor_id: str, at: int) -> None:
        words = set(normalise_name(f"{core} {appositive}").split())
        if core.strip().lower() in _ALL_PRONOUNS:
            # A pronoun adds nothing new but keeps its referent recent.
            for mention in reversed(self.mentions):
                if mention.actor_id == actor_id:
                    self.mentions.append(mention)
                    return
        norm = normalise_name(core).split()
        heads = {norm[-1]} if norm else set()
        heads |= words & _SPEAKER_HEAD_NOUNS
        heads |= self._heads_of(actor_id)
        # 'Abu Omar al-Golani' is 'Golani' later: a surname's article is often dropped.
        # ('al-'/'el-' puts the hyphen third: a string test passes the other heads at once.)
        heads |= {h.split("-", 1)[1] for h in heads if h[2:3] == "-" and _ARTICLE_JOINED.match(h)}
        kind = self._kind(actor_id)
        person = (
            bool(words & PERSON_NOUNS)
            or (_looks_like_name(core) and not self._body_and_tail(norm, actor_id))
            # "The Observatory's Rami Abdel Rahman": a person of the body named before
            or self._owners_person(core, actor_id)
            or kind in ("person", "anonymous person")
        )
        new = self.new_actors.get(actor_id)
        if (
            person
            and new is not None
            and new.kind not in _PERSON_KINDS
            and not words & PERSON_NOUNS
        ):
            person = False  # 'The Syrian Center for Policy Research': a new body, capitalised
        plural = bool(norm and norm[-1] in GROUP_NOUNS) or kind == "group of people"
        gender = "f" if words & _FEMALE else ("m" if words & _MALE else None)
        owned = self._own_possessive(at) if not plural else None
        if owned and not person and self._one_given_name(core, actor_id):
            # 'Abdel-Moneim said his son was killed': a new one-word name is a person.
            person = True
        if gender is None and person:
            gender = owned
        if gender is None and person:
            # 'Omar Hassan, a doctor': no word of the text says, his given name does.
            gender = self._name_gender(core, actor_id)
        self.mentions.append(
            Mention(
                core,
                actor_id,
                words | self._words_of(actor_id),
                heads,
                person and not plural,
                plural,
                gender if person and not plural else None,
                at,
            )
        )

    def _name_gender(self, core: str, actor_id: str) -> str | None:
        """The gender of a person's given name (data/given_names.yaml): the actor's own name
        when it is a person, else the name the phrase gives ('activist Amina')."""
        actor = self.actor(actor_id)
        if actor is not None and actor.kind == "person":
            return given_name_gender(actor.name)
        named = _person_name(core) or self._name_after_title(core)
        return given_name_gender(named) if named else None

    def _own_possessive(self, at: int) -> str | None:
        """'m' or 'f' when the rest of the speaker's own sentence says 'his' or 'her' (only one
        of them): 'Ali said his son was killed', 'Manal told AFP her house was hit'."""
        if at < 0:
            return None
        found = _SENTENCE_BREAK.search(self.text, at)
        rest = self.text[at : found.start() if found else len(self.text)].lower()
        male = re.search(r"\b(?:his|himself)\b", rest) is not None
        female = re.search(r"\b(?:her|herself)\b", rest) is not None
        return "m" if male and not female else ("f" if female and not male else None)

    def _one_given_name(self, core: str, actor_id: str) -> bool:
        """A new actor named by one capitalised word that is no known body or acronym."""
        actor = self.new_actors.get(actor_id)
        return (
            actor is not None
            and re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", core.strip()) is not None
            and core.strip().lower() not in PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS | MEDIA_NOUNS
        )

    def _owners_person(self, core: str, actor_id: str) -> bool:
        """ "The Observatory's Rami Abdel Rahman": a name after a possessive that is not the
        actor's own ("the Pentagon's Central Command" is the command)."""
        found = _OWNERS_PERSON.search(core)
        if found is None:
            return False
        named = set(normalise_name(found.group(0)).split())
        return not named <= self._words_of(actor_id)

    def _body_and_tail(self, norm: list[str], actor_id: str) -> bool:
        """ "Human Rights Watch's 16-page report": a known body's name, then only words that
        describe what it gave; capitalised, but no person ('it' may refer to it later)."""
        actor = self.registry.actors.get(actor_id)
        if actor is None or actor.kind in _PERSON_KINDS:
            return False
        words = norm[1:] if norm[:1] == ["the"] else norm
        for name in (actor.name, *actor.aliases):
            key = normalise_name(name).split()
            if key and words[: len(key)] == key:
                rest = words[len(key) :]
                return all(
                    w in _GENERIC_TAIL or w in _TAIL_MODIFIERS or any(c.isdigit() for c in w)
                    for w in rest
                )
        return False

    def _kind(self, actor_id: str) -> str | None:
        actor = self.actor(actor_id)
        return actor.kind if actor else None

    def _heads_of(self, actor_id: str) -> set[str]:
        if actor_id in self.registry.actors:
            return _known_heads(self.registry, actor_id)
        actor = self.actor(actor_id)
        if actor is None:
            return set()
        heads = set(getattr(actor, "heads", []) or [])
        for name in [actor.name, *actor.aliases]:
            norm = normalise_name(name).split()
            if norm:
                heads.add(norm[-1])
            # 'the Syrian Institute of Justice' is 'the Institute' later: the head comes
            # before 'of' or 'for' in such a name.
            for i, word in enumerate(norm[1:], 1):
                if word in ("of", "for"):
                    heads.add(norm[i - 1])
                    break
        return heads

    def _words_of(self, actor_id: str) -> set[str]:
        """The words of an actor's names and its parent's name (callers must not change it)."""
        if actor_id in self.registry.actors:
            # A known actor's words are the registry's: kept with it once read.
            cache: dict[str, set[str]] = self.registry.derived("actor-words", dict)
            known = cache.get(actor_id)
            if known is None:
                known = cache[actor_id] = self._words_of_names(actor_id)
            return known
        return self._words_of_names(actor_id)

    def _words_of_names(self, actor_id: str) -> set[str]:
        actor = self.actor(actor_id)
        if actor is None:
            return set()
        words: set[str] = set()
        for name in [actor.name, *actor.aliases, *getattr(actor, "described_by", [])]:
            words |= set(normalise_name(name).split())
        parent = getattr(actor, "parent", None) or getattr(actor, "parent_id", None)
        if parent and parent in self.registry.actors:
            words |= set(normalise_name(self.registry.actors[parent].name).split())
        return words


_LEADING_NAME = re.compile(
    rf"^({NAME_WORD_DOTTED}(?:\s+{NAME_WORD_DOTTED}){{1,3}})"
    r"(?:,?\s+(?:the|a|an|deputy|assistant)\s|,\s+(?:acting|former|senior|"
    r"interim|executive)?\s*(?:director|head|chief)\s)"
)
# 'Zakaria Malhifji of the Fastaqim group', 'Obeida al-Hamawi of the Hama Media Center': a word
# of the name may be a particle joined to one ('al-Hamawi').
_NAME_OF_BODY = re.compile(
    rf"^((?:{NAME_WORD_DOTTED}\s+){{1,3}}{NAME_WORD_DOTTED})\s+(?:of|from)\s+the\s+\S"
)
_VERB_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+(?:been\s+)?|also\s+)?[a-z]+ed\b")
# A profession at a body, then (commas lost) a name: 'Pathologist at the Aleppo University X Y'.
_AT_WORKPLACE = re.compile(r"^(?:(?:the|a|an)\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:at|in|of|from)\s+\S")
# 'the staunch Assad ally', "Damascus's key regional backer": who is backed, then the noun.
_PATRON = re.compile(
    r"^(?:(?:[Tt]he|[Aa]n?)\s+)?(?:(?:[a-z][\w-]*)\s+){0,2}(?P<backed>(?:[A-Z][\w.’'-]*\s+){1,3})"
    r"(?:(?:[a-z][\w-]*)\s+){0,2}(?:" + "|".join(NOUNS["patron_nouns"]) + r")$"
)
_PATRON_KINDS = frozenset(["state", "armed group", "armed force", "coalition"])
# An office in a body: 'Vice-president of', 'chairman of', 'a spokesman for'.
_OFFICE_OF = re.compile(
    r"\b(?:[\w]+-)?(?:"
    + "|".join(sorted(SPOKES_NOUNS | frozenset(NOUNS["leader_titles"]) | {"president"}))
    + r")\s+(?:of|for)\s+",
    re.IGNORECASE,
)
# Where one sentence ends and the next starts ('... killed. It said', a paragraph's break).
# 'X issued a statement', 'X released its own statement', 'X put out a statement': X issued it.
_ISSUED_STATEMENT = re.compile(
    r"\s(?:has\s+|had\s+)?(?:issued|released|published|put\s+out|posted|sent\s+out|circulated)"
    r"\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|communique)\b"
)
# How many sentence breaks back 'the statement' still means the statement last issued.
_STATEMENT_REACH = 5
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘]?[A-Z])|\n")
# Bodies a singular 'it' does not stand for ('they' does).
_PLURAL_KINDS = frozenset(["group of people"])
# Kinds that are never 'he' or 'she' themselves (a ministry or a coalition has spokesmen).
_NO_PERSON_KINDS = frozenset(["state", "media outlet"])
_SUBJECT_STOPS = frozenset(["it", "was", "is", "if", "that", "when", "while", "as", "and", "but"])
_HEADS_BEFORE_PARTICIPLE = (
    PERSON_NOUNS
    | GROUP_NOUNS
    | frozenset(NOUNS["member_nouns"])
    | frozenset(NOUNS["ordinary_people"])
)
_CITED_HEADS = (
    PERSON_NOUNS
    | GROUP_NOUNS
    | ORG_NOUNS
    | MEDIA_NOUNS
    | frozenset(NOUNS["voice_nouns"])
    | frozenset(NOUNS["member_nouns"])
    | frozenset(["statement", "statements", "medics", "rescuers", "workers", "sources"])
)
_BASED = re.compile(r"\b[\w.]+-based\s+")
# Where a body sits, of one or two words ('the New York-based group', 'a Paris-based watchdog').
_BASED_PLACE = re.compile(
    r"(?:(?<![\w'’.-])(?!(?:The|A|An|This|That|Its)\s)[A-Z][\w.]*\s+)?\b[\w.]+-based\s+"
)
_BODY_SPOKESMAN = re.compile(r"^((?:[\w.'’-]+\s+){1,5}?)spokes(?:man|woman|person)\s+[A-Z]")
# 'a commander in X', 'an official at X', 'a fighter with X', 'observers from X' (data/speakers.yaml).
_REDUCED_RELATIVE = re.compile(r"(?<=\w)\s+[a-z]{3,}ing$")
_LEADING_PARTICIPLE = re.compile(
    r"^(?:(?:speaking|talking|writing|citing)\s+(?:[a-z]+ly\s+)?(?:to|from|at|on|in|with)?\s*"
    # 'In a statement to SANA a source ...', 'In an exclusive interview with the BBC the mayor'
    r"|in\s+(?:a|an|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?(?:statement|interview|comments?|"
    r"remarks|message|briefing|call)\s+(?:to|with)\s+(?:the\s+)?)",
    re.IGNORECASE,
)
# Heads of the bodies activists speak for ('an activist with the Idlib Media Centre').
_ACTIVIST_BODIES = ORG_NOUNS | MEDIA_NOUNS | frozenset(NOUNS["activist_bodies"])
_MEMBER_OF = re.compile(
    r"^(?:(?:a|an|the|one|two|three|several|some)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"({word_alternation(sorted(NOUNS['member_nouns'], key=len, reverse=True))})"
    r"\s+(?:in|of|from|with|at|within)\s+(.+)$",
    re.IGNORECASE,
)


def _description_kinds() -> dict[str, frozenset[str]]:
    """Head noun -> the actor kinds it can describe (the `kind_heads_*` lists of speakers.yaml)."""
    kinds: dict[str, set[str]] = {}
    for kind in ActorKind:
        for head in NOUNS.get("kind_heads_" + kind.name, []):
            kinds.setdefault(head, set()).add(str(kind))
    return {head: frozenset(fits) for head, fits in kinds.items()}


_DESCRIPTION_KINDS = _description_kinds()
# A paragraph's end: a line break and any blank lines after it.


def _anywhere(actor_id: str, offset: int) -> bool:
    """Every antecedent is in reach (a story of no known country)."""
    return True


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence that holds `at` starts (after the last sentence break before it)."""
    opened = 0
    for found in _SENTENCE_BREAK.finditer(text, max(0, at - _SENTENCE_LOOKBACK), max(0, at)):
        opened = found.end()
    return opened


# How far back a sentence's start is looked for (longer sentences start at the window's start).
_SENTENCE_LOOKBACK = 1000


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before `at`'s starts: the first offset with at most one paragraph
    break (a newline and the blanks after it) between it and `at`."""
    end = at
    for _ in range(2):
        newline = text.rfind("\n", 0, end)
        if newline < 0:
            return 0
        # the break's first newline ('\n  \n' is one break)
        blank = newline
        while blank > 0 and text[blank - 1].isspace():
            blank -= 1
        end = text.index("\n", blank)
    return end + 1


_KIND_MODIFIERS = frozenset(NOUNS["kind_modifiers"])
_FIELD_MODIFIERS = frozenset(NOUNS["field_modifiers"])
_ARMED_MODIFIERS = frozenset(NOUNS["armed_modifiers"])
_ARMED_KINDS = frozenset(NOUNS["armed_kinds"])
# The subject of a sentence that is a known actor's name, then its verb: 'The Nusra Front is',
# 'Taliban fighters attacked' (a noun of its members between them).
_SUBJECT_ACTOR = re.compile(
    r"(?:The\s+|the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)"
    r"(?:\s+(?:fighters|militants|forces|troops|jihadists|insurgents|rebels|militiamen))?"
    r"\s+(?:(?:has|have|had)\s+)?(?:is|are|was|were|has|have|had|\w+ed)\b"
)
# A person named as a sentence's subject, titles first, then a verb: 'Kremlin spokesman Dmitry
# Peskov expressed', 'Turkish President Recep Tayyip Erdogan visited'.
_SUBJECT_PASTS = frozenset(load_lexicon("attribution_words.yaml")["irregular_pasts"]) | frozenset(
    NOUNS["subject_irregular_pasts"]
)
_PERSON_SUBJECT = re.compile(
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:{NAME_WORD_DOTTED}|"
    + word_alternation(
        sorted(
            w
            for w in _TITLE_WORDS | SPOKES_NOUNS | frozenset(NOUNS["subject_office_words"])
            if w.isalpha()
        )
    )
    + r")){1,6})\s+(?:has\s+|had\s+|also\s+)?(?:[a-z]+ed|"
    + word_alternation(sorted(_SUBJECT_PASTS - {"had", "did"}))
    + r")\b"
)
# A connective that opens a sentence before its subject: 'However', 'Meanwhile', 'In turn'.
_THE = re.compile(r"[Tt]he\s+")
# After a subject's name, its verb: members' noun, a time or an adverb between them ('The
# United Nations on Tuesday called', 'Hezbollah fighters attacked', 'The army has also denied').
_VERB_AFTER_SUBJECT = re.compile(
    r"(?:\s+(?:fighters|militants|forces|troops|jihadists|insurgents|rebels|militiamen))?"
    r"(?:\s+(?:on|late|early)\s+[A-Z][a-z]+|\s+(?:also|earlier|later|again|has|have|had))*"
    r"\s+[a-z]+ed\b"
)
_OPENING_CONNECTIVE = re.compile(
    r"(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|In\s+turn|Moreover),?\s+(?=[A-Z])"
)
# A lone given name opening a sentence, an age after it or not, then a verb: 'Ziad, 13, was
# hit', 'Amina lost her son' (data/given_names.yaml says it is a name).
_GIVEN_NAME_SUBJECT = re.compile(
    r"(?P<name>[A-Z][a-z'’]+)(?:,?\s+(?:aged\s+)?\d{1,2},?)?\s+(?:has\s+|had\s+|was\s+|also\s+)?"
    r"[a-z]+(?:ed|ost|aw|ent|ook|ad|as)\b"
)
# A person's name, then a title of a body in apposition (commas kept or lost), then a verb:
# 'Rami Abdel Rahman head of the Observatory disagreed', 'X, a commander in Y, warned'.
_PERSON_WITH_TITLE_SUBJECT = re.compile(
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+{NAME_WORD_DOTTED}){{1,3}}),?\s+"
    r"(?P<appositive>(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + word_alternation(
        sorted(
            SPOKES_NOUNS | frozenset(NOUNS["leader_titles"]) | frozenset(["commander", "official"]),
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?:of|for|at|in|with)\s+[^,;:\"“”]{3,90}?),?\s+(?:has\s+|had\s+|also\s+)?[a-z]+ed\b"
)
_UNMARKED_APPOSITIVE = re.compile(
    r"^(?P<name>(?:[Tt]he\s+)?(?!(?:The|A|An|This|That)\b)[A-Z][\w'’.-]*(?:\s+(?:(?:for|of|al|el|bin|and)\s+)?"
    rf"{NAME_WORD_DOTTED}){{0,6}})"
    rf"\s+(?P<appositive>(?:a|an|another)\s+\S.*|(?:{word_alternation(sorted(SPOKES_NOUNS | frozenset(NOUNS['leader_titles'])))})\s+(?:of|for|at)\s+\S.*)$"
)
# Not a name before an unmarked appositive: 'In a statement ...', 'Citing a source ...', 'Vice
# president of ...' (a preposition, a participle or a title opens the phrase).
_NOT_A_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][a-z]*ing|"
    + "|".join(sorted(w.capitalize() for w in _PREPOSITIONS | _TITLE_WORDS if w.isalpha()))
    + r")\b(?!\s+[A-Z])"
)
# What may surround a place's name in 'a source in <place>': 'the city of', 'province'.
_PLACE_FILLERS = frozenset(NOUNS["place_fillers"])
_LEADER_TITLES = word_alternation(sorted(NOUNS["leader_titles"], key=len, reverse=True))
# 'the head of the provincial council', 'a senior commander of the brigade'.
_ANOTHER = re.compile(r"^\s*([Aa])nother\s+(?=\S)")
# 'a civil defence official from Idlib': a person's noun, 'from', a capitalised place.
_FROM_PLACE = re.compile(
    r"^(?P<who>.*\b(?:"
    + "|".join(
        sorted(set(NOUNS["member_nouns"]) | {"resident", "residents"}, key=len, reverse=True)
    )
    + r"))\s+from\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$"
)
_ENVOY_BY_NAME = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:(?:deputy|senior|chief|permanent|special)\s+)?(?:UN\s+)?(?:"
    + "|".join(NOUNS["envoy_titles"])
    + rf")\s+{NAME_WORD}(?:\s+{NAME_WORD}){{1,2}}$",
    re.IGNORECASE,
)
# 'a spokesman for the Syrian fighting group X Y Z': a title for a group described by its head
# noun, then capitalised names (the group's, then perhaps a person's).
_SPOKESMAN_FOR_GROUP = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|commander|official|"
    r"leader|member)\s+(?:for|of|in|with)\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>" + "|".join(sorted(NOUNS["armed_body_heads"], key=len, reverse=True)) + r")\s+"
    rf"(?P<names>(?:{NAME_WORD}\s*){{3,9}})$"
)
_LEADER_OF = re.compile(
    rf"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){{0,2}}?(?:(?:vice|co|deputy)-)?(?:{_LEADER_TITLES})"
    r"\s+(?:of|at)\s+(.+)$",
    re.IGNORECASE,
)
# A person described without a body, then named: 'the regional governor, Oleh Syniehubov',
# 'a local official, Ahmed Saleh' (a spokesman's title is the spokesperson sieve's).
_PERSON_DESCRIPTION = re.compile(
    r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?("
    + word_alternation(sorted(PERSON_NOUNS - SPOKES_NOUNS, key=len, reverse=True))
    + r")$",
    re.IGNORECASE,
)
# Titles of people who speak for their body ('the group's operations director' → the group).
_VOICE_TITLES = word_alternation(
    sorted(SPOKES_NOUNS - frozenset(NOUNS["leader_titles"]), key=len, reverse=True)
)
# Who runs a state's outlet: 'state', 'state-run', 'government-controlled' (data/speakers.yaml
# state_media_owners, state_media_participles).
_STATE_HYPHENATED = (
    r"(?:(?:"
    + "|".join(NOUNS["state_media_owners"])
    + r")-(?:"
    + "|".join(NOUNS["state_media_participles"])
    + r"))"
)
_STATE_RUN = rf"(?:official|state|government|{_STATE_HYPHENATED})"
_STATE_MEDIA = re.compile(
    rf"^(?:the\s+)?{_STATE_RUN}\s+"
    r"(?:media|news\s+agency|television|tv|broadcaster)\s+(?:in|of)\s+(?P<state>[A-Z][\w'’ -]+)$",
    re.IGNORECASE,
)
_STATE_MEDIA_OF = re.compile(
    rf"^(?:the\s+)?(?P<state>[A-Z][\w-]+?)(?:['’]s)?\s+{_STATE_RUN}\s+"
    r"(?:media|news\s+agency|television|tv|broadcaster)$",
    re.IGNORECASE,
)
# "Hezbollah's official television station", 'Hezbollahs TV channel': a body's own outlet.
_OWNERS_MEDIA = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w-]+?)(?:['’]s|(?<=s))\s+(?:(?:official|own)\s+)?"
    r"(?:news\s+agency|television|tv|radio|broadcaster)(?:\s+(?:channel|station|network))?$",
    re.IGNORECASE,
)
_NAME_WITH_ACRONYM = re.compile(
    rf"(?:^|\s)((?:{NAME_WORD}\s+(?:(?:of|for|and|the)\s+)*)+{NAME_WORD})\s*\(([A-Z]{{2,6}})\)$"
)
_THE_REPORT = re.compile(
    r"^(?:the|this|that)\s+(?:same\s+|latest\s+|new\s+)?reports?$", re.IGNORECASE
)
_NOT_BODIES = frozenset(["state", "person", "anonymous person", "group of people", None])
# Media of the story's state, no state named: 'state media', 'the official news agency', 'the
# Assad regime's official television channel', "the government's state TV" (the possessive's
# apostrophe may be lost: 'the regimes'). Only the rulers' outlet may be a channel or a station.
_STORY_STATE_MEDIA = re.compile(
    rf"^(?:the\s+)?(?:(?:official|state|{_STATE_HYPHENATED})\s+(?:media|news\s+agency)"
    rf"|{_STATE_HYPHENATED}\s+(?:television|tv|broadcaster)"
    r"|(?:[A-Z][\w-]+\s+)?(?:regime|government)(?:['’]s|s)?\s+"
    rf"(?:(?:official|state|{_STATE_HYPHENATED})\s+)?"
    r"(?:media|news\s+agency|television|tv|broadcaster)(?:\s+(?:channel|station))?)$",
    re.IGNORECASE,
)
# Where the body's name ends: 'the alliance backing the government', 'the group that ...'.
# Where a body sits: 'Britain-based', 'the New York-based' (an opening capitalised word kept).
_BASED_AT = re.compile(
    r"(?:(?<![\w'’.-])(?!(?:The|A|An|This|That|Its)\s)([A-Z][\w.]*)\s+)?\b([\w.]+)-based\s+"
)
_RELATIVE_OPENING = re.compile(r"^(?:who|which|whose|that)\b", re.IGNORECASE)
_RELATIVE_TAIL = re.compile(
    r"\s+(?:backing|supporting|fighting|loyal|allied|based|who|which|that|linked|close|"
    r"affiliated|in\s+charge|responsible)\b",
    re.IGNORECASE,
)
_INFORMATION_FROM = re.compile(
    r"^(?:(?:the|a|an|new|latest|earlier|initial|preliminary|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|annual|monthly|weekly|joint|recent|"
    r"\d[\w-]*)\s+)*(?:information|reports?|data|figures|estimates?|footage|findings|count|tally)"
    r"\s+(?:from|by|of|(?:issued|released|provided|given|supplied|compiled)\s+by)\s+",
    re.IGNORECASE,
)
# 'in a statement', 'in its latest statement', 'statement': what is left names the issuer.
# 'a group which calls itself X', 'an outfit calling itself X', 'the militia known as X': what
# precedes the name only describes it; the name must follow, capitalised.
_SELF_NAMED = re.compile(
    r"^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:which|that|who)\s+(?:calls?|called)\s+"
    r"(?:itself|themselves)|calling\s+(?:itself|themselves)|(?:which\s+is\s+|also\s+)?known\s+as"
    r"|(?:that|which)\s+goes\s+by)\s+(?:the\s+)?(?=[A-Z])"
    # 'a coalition of rebel groups called Jaish al Fateh': a body's noun, then 'called' and a name.
    r"|^(?:(?:[Aa]n?|[Tt]he)\s+)?(?:[\w-]+\s+){0,4}?(?:groups?|coalition|alliance|factions?|movement"
    r"|militias?|brigades?|front|umbrella)\s+(?:called|named)\s+(?:the\s+)?(?=[A-Z])"
)
# Every branch of `_SELF_NAMED` holds one of these (as written: it has no flags).
_SELF_NAMED_WORDS = ("call", "known", "goes", "named")
# 'The Russian and Syrian officials', 'Government and opposition sources': two sides share one
# head; the claim is the first one's (the dev README's one source per reporting clause). 'police
# and medical sources' are one body of sources (not sides).
_SIDE_MODIFIERS = frozenset(NOUNS["side_modifiers"])
_SHARED_HEAD = re.compile(r"^(?:the\s+)?(\S+)\s+and\s+(\S+)\s+([a-z].*)$", re.IGNORECASE)
_DEMONYM_FORM = re.compile(r"^(?:[A-Z][a-z]+(?:an|ish|i|ese)|U\.?S\.?|UK|U\.K\.)$")


def _shared_head(phrase: str) -> str:
    """'The Russian and Syrian officials' -> 'Russian officials'; other phrases unchanged."""
    found = _SHARED_HEAD.match(phrase.strip())
    if found is None:
        return phrase

    def modifies(word: str) -> bool:
        return bool(_DEMONYM_FORM.match(word)) or word.lower() in _SIDE_MODIFIERS

    first, second, head = found.groups()
    if not (modifies(first) and modifies(second)) or head.split()[0].lower() in _DETERMINERS:
        return phrase
    return f"{first} {head}"


_STATEMENT_WORDS = re.compile(
    r"(?:\b(?:in|with|via|through)\s+)?(?:\b(?:a|an|the|its|their|his|her|this|that)\s+)?"
    r"(?:\b(?:new|latest|written|brief|joint|separate|later|earlier)\s+)?"
    r"\b(?:statements?|communiqu[eé]s?|(?:press\s+)?releases?)\b",
    re.IGNORECASE,
)
_FEMALE = frozenset(NOUNS["female_words"])
# A capitalised word ending in 's' before another word: maybe a possessive that lost its apostrophe.
_LOST_POSSESSIVE = re.compile(r"^(?:[A-Z][\w-]{2,}s|[A-Z]{2,}[sS])$")
# A time after the speaker, its comma lost: 'UN investigators last week', 'the army on Friday'.
_TRAILING_TIME = re.compile(
    r"\s+(?:last|this|earlier\s+this|late\s+last)\s+(?:week|month|year|night)$|"
    r"\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$|"
    r"\s+(?:yesterday|today|earlier|later|overnight)$",
    re.IGNORECASE,
)
# 'the UN has said': the cue's auxiliary left in the speaker phrase.
_TRAILING_CUE = re.compile(r"\s+(?:has|have|had)\s+(?:said|reported|stated|announced)$")
_RUN_IN_OPENERS = frozenset(["I", "We", "Our", "My"])
# 'His figures', 'its latest report': a possessive pronoun and a noun of what a speaker gives.
_OWNED_REPORT = re.compile(
    r"^(his|her|its|their)\s+(?:own\s+|latest\s+|new\s+|initial\s+)?(?:figures|report|reports|"
    r"data|count|tally|estimates?|sources|toll|account|records|documentation)$",
    re.IGNORECASE,
)
# Heads after which a speaker phrase ends unless a preposition, a relative or a conjunction follows.
_CLIP_HEADS = frozenset(NOUNS["clip_heads"])
_CLAUSE_WORDS = frozenset(NOUNS["clause_words"])
_HEAD_VERBS = frozenset(NOUNS["head_verbs"])
_KEEP_AFTER_HEAD = frozenset(NOUNS["keep_after_head"]) | _PREPOSITIONS
_ADVERBIAL_WORDS = frozenset(NOUNS["adverbial_words"])
_ALL_PRONOUNS = PRONOUNS_PERSON | PRONOUNS_THING | PRONOUNS_PLURAL
_MALE = frozenset(NOUNS["male_words"])
_VOICE_NOUNS = frozenset(NOUNS["voice_nouns"])
_MEMBER_NOUNS = frozenset(NOUNS["member_nouns"])
_ORDINARY_PEOPLE = frozenset(NOUNS["ordinary_people"])
_SPEAKER_MODIFIERS = frozenset(NOUNS["speaker_modifiers"])
# Lowercase words that say whose a person is ('syrian', 'kurdish'): the demonym list's keys.
_DEMONYM_WORDS = frozenset(load_lexicon("demonyms.yaml"))
_COUNTRY_WORDS = frozenset(n for names in load_lexicon("demonyms.yaml").values() for n in names)
# Each country's name and demonym to its demonym ('iraq' and 'iraqi' to 'iraqi').
_COUNTRY_OF_WORD = {
    word: demonym
    for demonym, names in load_lexicon("demonyms.yaml").items()
    for word in (demonym, *names)
}
# Words that open a list of tags or links run into the text ('Tags Syria Russia ...').
_DEBRIS_MARKS = re.compile(
    r"^(?:Tags|TAGS|Related(?:\s+[Aa]rticles)?|Read\s+[Aa]lso|READ\s+MORE)\b:?"
)


def _after_page_debris(phrase: str) -> str:
    """'Tags Syria Russia Chemical weapons British scientists' → 'British scientists': the
    speaker is the run at the end, back to a demonym (kept), a country's name or a lowercase
    word that is no speaker's modifier (both left with the tags)."""
    if not _DEBRIS_MARKS.match(phrase):
        return phrase
    words = phrase.split()[1:]
    kept: list[str] = []
    for word in reversed(words):
        low = word.lower().strip(",.:")
        if kept and (low in _COUNTRY_WORDS or (word.islower() and low not in _SPEAKER_MODIFIERS)):
            break
        kept.insert(0, word)
        if len(kept) > 1 and low in _DEMONYM_WORDS:
            break
    return " ".join(kept) or phrase


_STAFF_NOUNS = frozenset(NOUNS["staff_nouns"])
_BODY_TAIL_WORDS = frozenset(NOUNS["body_tail_words"])
_NATIONAL_KINDS = frozenset(["state", "ministry", "armed force", "military command", "armed group"])


_OUTLET_SOURCE = re.compile(
    r"^(?:(?:a|an|the|one|two|several)\s+)?(.+?)\s+sources?(?:\s+(?:in|at|on)\s+\S.*)?$",
    re.IGNORECASE,
)


def outlet_of_source(registry: Registry, phrase: str, country: str | None = None) -> str | None:
    """The outlet in 'a Sputnik source', 'Al-Manar sources' (a source who spoke to it)."""
    found = _OUTLET_SOURCE.match(phrase.strip())
    if found is None or not found.group(1)[:1].isupper():
        return None
    known = registry.actor_by_name(found.group(1), country)
    return known.id if known is not None and known.kind == "media outlet" else None


def _country_of_actors(registry: Registry, actor_ids: list[str]) -> str | None:
    """The country the article's national actors (states, armies, ministries) belong to most."""
    counts: dict[str, int] = {}
    for actor_id in actor_ids:
        actor = registry.actors[actor_id]
        if actor.country and actor.kind in _NATIONAL_KINDS:
            counts[actor.country] = counts.get(actor.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


def _state_of(registry: Registry, country: str) -> str | None:
    """The state actor of a country (kept with the registry once read)."""
    states: dict[str, str] = registry.derived(
        "state-of-country",
        lambda: {
            a.country: a.id
            for a in reversed(list(registry.actors.values()))
            if a.kind == "state" and a.country
        },
    )
    return states.get(country)


def _known_heads(registry: Registry, actor_id: str) -> set[str]:
    """Head nouns of a known actor: its listed heads and the last word of each name (kept with
    the registry once read)."""
    cache: dict[str, set[str]] = registry.derived("actor-heads", dict)
    heads = cache.get(actor_id)
    if heads is None:
        actor = registry.actors[actor_id]
        heads = set(actor.heads)
        for name in [actor.name, *actor.aliases]:
            norm = normalise_name(name).split()
            if norm:
                heads.add(norm[-1])
        cache[actor_id] = heads
    return heads


def named_actors(registry: Registry, text: str) -> list[tuple[int, str]]:
    """Every place the text names a known actor, as (offset, actor id), in order."""
    return [(start, actor_id) for start, _, actor_id in _alias_pattern(registry).scan(text)]


def named_actor_spans(registry: Registry, text: str) -> list[tuple[int, int, str]]:
    """Every place the text names a known actor, as (start, end, actor id), in order."""
    return _alias_pattern(registry).scan(text)


def _surname_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The fuller names a bare name may be part of: given names before it ('Talal Barazi' for
    'Barazi'), or after it, hyphenated ('Ban Ki-moon' for 'Ban'). Both hold `name` as written."""
    escaped = re.escape(name)
    before = re.compile(
        rf"(?<![\w'’-])(?:{NAME_WORD_DOTTED}\s+){{1,3}}"
        # 'Fahd' for 'Abdul Ilah al-Fahd': the family name's article is often dropped.
        rf"(?:al-|el-|Al-|El-)?{escaped}(?![\w'’-])"
    )
    # 'Ban Ki-moon': a given name after the family name, hyphenated.
    after = re.compile(rf"(?<![\w'’-]){escaped}\s[A-Z][\w'’]*-[\w'’-]+(?![\w'’-])")
    return before, after


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether the span start–end overlaps one of the spans (`starts[i]`, `ends[i]`), which
    are in order and do not overlap each other."""
    after = bisect_right(ends, start)  # the first span ending after `start`
    return after < len(starts) and starts[after] < end


class _AliasScanner:
    """Finds registry names in text with prefix-factored patterns, longest match first.

    Acronyms (all capitals: IS, US, UN, SANA) match only in capitals, so 'is' and 'us' in
    running text are not actors; other names match in any case.
    """

    def __init__(self, registry: Registry) -> None:
        self._registry = registry
        self._ids: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        # A person's one-word name ('Ghani'): after another capitalised name it is someone
        # else's family name ('Fadel Abdul Ghani').
        self._surnames: set[str] = set()
        for actor in registry.actors.values():
            for name in [actor.name, *actor.aliases]:
                if len(name) < 2:
                    continue
                name = name.replace("’", "'")
                if actor.kind == "person" and " " not in name:
                    self._surnames.add(name.lower())
                if name.upper() == name:
                    self._acronyms.setdefault(name, actor.id)
                else:
                    for written in _article_variants(name.lower()):
                        self._ids.setdefault(written, actor.id)
        # Names that are common English words ('dawn', 'amnesty'), each with the actor's other
        # names: they name it only where used as a name (`_used_as_name`). Not a word that is
        # one of the actor's heads ('the coalition', 'the Pentagon': the description names it),
        # a state's name ('Turkey') or a group of people's ('activists': the word is the speaker).
        words = _common_words(registry)
        self._common: dict[str, tuple[str, ...]] = {}
        for actor in registry.actors.values():
            if actor.kind in ("state", "group of people"):
                continue
            for name in [actor.name, *actor.aliases]:
                word = name.lower().removeprefix("the ")
                if name.isupper() or word not in words or word in actor.heads:
                    continue
                self._common[word] = tuple(
                    n.lower() for n in [actor.name, *actor.aliases] if n.lower() not in words
                )
        # A trie makes every prefix optional, so greedy matching takes the longest name and a
        # failed word boundary backtracks to a shorter one.
        edge_before, edge_after = r"(?<![\w-])(", r")(?![\w-])"
        self._pattern = re.compile(edge_before + trie_pattern(list(self._ids)) + edge_after)
        self._acronym_pattern = re.compile(
            edge_before + trie_pattern(list(self._acronyms)) + edge_after
        )
        # Where an acronym can start: its first letter after no word character, its second
        # next. Branches that open with a literal, which the engine skips to (the pattern is
        # tried at these only: a third of a whole-text scan's cost).
        seconds: dict[str, set[str]] = {}
        for name in self._acronyms:
            seconds.setdefault(name[0], set()).add(name[1])
        self._acronym_starts = re.compile(
            "|".join(
                f"{re.escape(c)}(?<![\\w-]{re.escape(c)})"
                f"(?=[{''.join(re.escape(s) for s in sorted(after))}])"
                for c, after in sorted(seconds.items())
            )
        )

    @lru_cache(maxsize=256)  # noqa: B019 - one scanner per registry; a text is scanned once
    def scan(self, text: str) -> list[tuple[int, int, str]]:
        folded = text.replace("’", "'")
        found = [
            (m.start(), m.end(), self._ids[m.group(1)])
            for m in self._pattern.finditer(folded.lower())
            if m.group(1) in self._ids
            and not (m.group(1) in self._surnames and _after_a_given_name(folded, m.start()))
            and (m.group(1) not in self._common or self._used_as_name(folded, m.start(), m.end()))
            and not _place_possessive(
                self._registry, folded[m.start() : m.end()], folded, m.end(), folded
            )
        ]
        # The names found do not overlap and come in order, so their ends are in order too:
        # whether an acronym overlaps one is a bisection, not a walk over all of them.
        taken_starts = [s for s, _, _ in found]
        taken_ends = [e for _, e, _ in found]
        reached = 0
        for start in self._acronym_starts.finditer(folded):
            # What `_acronym_pattern.finditer(folded)` finds, tried only where it can match.
            if start.start() < reached:
                continue
            m = self._acronym_pattern.match(folded, start.start())
            if m is None:
                continue
            reached = m.end()
            if m.group(1) in self._acronyms and not _overlaps(
                taken_starts, taken_ends, m.start(), m.end()
            ):
                found.append((m.start(), m.end(), self._acronyms[m.group(1)]))
        found.sort()
        return found

    def _used_as_name(self, text: str, start: int, end: int) -> bool:
        """Whether a registry name that is a common word ('Dawn', 'Amnesty') is used as a name
        here: capitalised, not after a word that makes it the common noun ('at dawn', 'an
        amnesty'), and mid-sentence, where a capital tells a name, unless the text writes one
        of the actor's other names ('Amnesty International')."""
        if not text[start].isupper():
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1).lower() in _COMMON_NOUN_OPENERS:
            return False
        if before is not None and not _SENTENCE_END.search(before.group(0)):
            return True
        lowered = text.lower()
        return any(
            re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", lowered)
            for n in self._common[text[start:end].lower()]
        )


_NAME_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][\w'-]*)\s+$")
# The Arabic article inside a name, joined by a hyphen or a space ('Jaish al-Islam').
_INNER_ARTICLE = re.compile(r"(?<=\s)(?:al|el)[- ](?=\w)")


def _place_possessive(registry: Registry, word: str, after: str, at: int, article: str) -> bool:
    """Whether a name ('Hamas') that ends at `at` in `after` is a place's possessive whose
    apostrophe was lost ('Hamas governor', 'Hamas countryside' in FA-KES copy: Hama's): a
    capitalised word in -s before a lowercase word, its stem a place the gazetteer knows that
    the article also names by itself ('in Hama', 'Hama province')."""
    if not (word[:1].isupper() and word.endswith("s") and " " not in word and len(word) > 3):
        return False
    following = _LOWER_WORD_AFTER.match(after, at)
    if following is None or _SUBJECT_VERB.match(following.group(1)):
        return False  # 'Hamas said', 'Hamas has warned': the name is the subject
    stem = word[:-1]
    if re.search(rf"(?<![\w'’-]){re.escape(stem)}(?![\w'’-])", article) is None:
        return False
    places = find_places(registry, stem)
    if not places:
        return False
    # 'Hamas official' in a story that names Gaza as well as Hama is the body's official.
    return following.group(1) in _PLACE_POSSESSIVE_NOUNS or not _home_named(
        registry, word, article, places[0].place.country
    )


def _home_named(registry: Registry, name: str, text: str, place_country: str) -> bool:
    """Whether `name` is a known body of another country than the place spelt like its stem,
    and the text names a place of that body's country ('Hamas' with 'Gaza')."""
    actor = registry.actor_by_name(name)
    if actor is None or not actor.country or actor.country == place_country:
        return False
    return any(m.place.country == actor.country for m in find_places(registry, text))


_PLACE_POSSESSIVE_NOUNS = frozenset(NOUNS["place_possessive_nouns"])
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)")
_SUBJECT_VERB = re.compile(
    r"\w+ed$|said$|says$|told$|is$|was$|has$|have$|had$|will$|would$|and$|or$"
)
_WORD_BEFORE = re.compile(r"([\w'-]*)([^\w]*)$")
_SENTENCE_END = re.compile(r"^$|[.!?:\n]\W*$|^\W")


def _article_variants(name: str) -> list[str]:
    """A lowercase registry name and its spellings with the article inside it written the other
    common ways: 'jaish al-islam', 'jaish al islam', 'jaish el-islam', 'jaish el islam'."""
    if _INNER_ARTICLE.search(name) is None:
        return [name]
    return [name] + [
        _INNER_ARTICLE.sub(article, name)
        for article in ("al-", "al ", "el-", "el ")
        if _INNER_ARTICLE.sub(article, name) != name
    ]


def _after_a_given_name(text: str, at: int) -> bool:
    """Whether a capitalised word that is no title ('President') stands right before `at`."""
    before = _NAME_BEFORE.search(text, max(0, at - 40), at)
    if before is None:
        return False
    word = before.group(1).lower().rstrip(".")
    return not word.endswith("'s") and word not in _TITLE_DETERMINER_DEMONYM_WORDS


def _misspelt_name(registry: Registry, name: str) -> str | None:
    """A registry body whose name a long phrase misspells by at most two letters ('Syrian
    Obervatorty for Human Rights'), or whose acronym it writes with two letters swapped ('SORH')."""
    return registry.derived("misspellings", lambda: _Misspellings(registry)).find(name)


class _Misspellings:
    """Registry names of bodies, long ones by length and acronyms by their sorted letters."""

    def __init__(self, registry: Registry) -> None:
        # Long names by length, each with its words (split once, not at every lookup).
        self.long: dict[int, list[tuple[str, str, list[str]]]] = {}
        # The long names again by their words with one left out (`_masked`): a name that
        # differs from a phrase in one word only shares one of these keys with it.
        self.masked: dict[tuple[str | None, ...], list[tuple[int, str, str, list[str]]]] = {}
        self.acronyms: dict[str, list[tuple[str, str]]] = {}
        for actor in registry.actors.values():
            if actor.kind in ("person", "state", "group of people", "anonymous person"):
                continue
            for written in [actor.name, *actor.aliases]:
                if len(written) >= 4 and written.isupper() and written.isalpha():
                    self.acronyms.setdefault("".join(sorted(written)), []).append(
                        (written, actor.id)
                    )
                elif len(written) >= _MIN_MISSPELT and len(written.split()) >= 3:
                    lower = written.lower()
                    words = lower.split()
                    self.long.setdefault(len(written), []).append((lower, actor.id, words))
                    for i in range(len(words)):
                        self.masked.setdefault(_masked(words, i), []).append(
                            (len(written), lower, actor.id, words)
                        )

    def find(self, name: str) -> str | None:
        name = name.strip()
        if name.isupper() and name.isalpha():
            ids = {
                actor_id
                for written, actor_id in self.acronyms.get("".join(sorted(name)), [])
                if written[0] == name[0] and _one_swap(written, name)
            }
            return ids.pop() if len(ids) == 1 else None
        if len(name) < _MIN_MISSPELT:
            return None
        lower = name.lower()
        words = lower.split()
        # The long names of length within two of the phrase's that differ from it in one word
        # (`self.long` by size, read only where a name shares all words but one) and in at most
        # two letters. A country's name or demonym is spelt right, not a slip for another's
        # ("Iran's Interior Ministry" is no misspelt "Iraq's interior ministry").
        ids = {
            actor_id
            for i in range(len(words))
            for size, written, actor_id, written_words in self.masked.get(_masked(words, i), ())
            if abs(size - len(lower)) <= 2
            and not _other_countries(words[i], written_words[i])
            and _one_word_differs(written_words, words)
            and _edit_distance(written, lower, 2) <= 2
        }
        return ids.pop() if len(ids) == 1 else None


def _other_countries(word: str, other: str) -> bool:
    """Whether two lowercase words, their possessives dropped, name two different countries or
    their peoples (data/demonyms.yaml): 'iran's' and 'iraq's' do, 'iraq's' and 'iraqi' do not."""
    country = _COUNTRY_OF_WORD.get(re.sub(r"['’]s?$", "", word))
    return country is not None and country != _COUNTRY_OF_WORD.get(
        re.sub(r"['’]s?$", "", other), country
    )


def _masked(words: list[str], at: int) -> tuple[str | None, ...]:
    """A name's words with the one at `at` left out (None in its place)."""
    return (*words[:at], None, *words[at + 1 :])


_MIN_MISSPELT = 20  # characters: shorter names are too close to other words ('forces')


def _one_word_differs(words_a: list[str], words_b: list[str]) -> bool:
    """Whether two names of three words or more (as their words) differ in one word only."""
    return (
        len(words_a) == len(words_b) >= 3
        and sum(x != y for x, y in zip(words_a, words_b, strict=True)) == 1
    )


def _one_swap(a: str, b: str) -> bool:
    """Whether b is a with two adjacent letters swapped."""
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
    )


_MIN_RESPELT = 7  # letters: shorter words are too near other words ('army', 'police')
_LOWER_WORD = re.compile(rf"\b[a-z]{{{_MIN_RESPELT},}}\b")


def _speaker_heads(registry: Registry) -> frozenset[str]:
    """The head nouns a speaker phrase may name a known body by: the registry's heads and
    description words and the speaker heads of data/speakers.yaml, of seven letters or more."""

    def read() -> frozenset[str]:
        words = set(NOUNS["speaker_heads"]) | ORG_NOUNS
        for actor in registry.actors.values():
            words.update(h.lower() for h in actor.heads)
            words.update(d.lower() for d in actor.described_by)
        return frozenset(w for w in words if len(w) >= _MIN_RESPELT and w.isalpha())

    return registry.derived("speaker-heads-respelt", read)


def _speaker_heads_by_length(registry: Registry) -> dict[int, tuple[str, ...]]:
    """`_speaker_heads` by their length: a word is one edit from a head only if their lengths
    differ by one at most, so a misspelt word is compared with those heads alone."""

    def read() -> dict[int, tuple[str, ...]]:
        by_length: dict[int, list[str]] = {}
        for head in _speaker_heads(registry):
            by_length.setdefault(len(head), []).append(head)
        return {n: tuple(heads) for n, heads in by_length.items()}

    return registry.derived("speaker-heads-respelt-by-length", read)


def _respelt(registry: Registry, phrase: str) -> str:
    """'a colaition spokesman' is 'a coalition spokesman': a lowercase word of seven letters or
    more that is no English word and is one edit from exactly one head noun of a known body's
    description takes that noun's spelling."""
    if not _LOWER_WORD.search(phrase):
        return phrase
    common = _common_words(registry)
    heads = _speaker_heads(registry)
    by_length = _speaker_heads_by_length(registry)

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in common or word in heads:
            return word
        n = len(word)
        near = [
            h
            for size in (n - 1, n, n + 1)
            for h in by_length.get(size, ())
            if _edit_distance(word, h, 1, swaps=True) == 1
        ]
        return near[0] if len(near) == 1 else word

    return _LOWER_WORD.sub(fix, phrase)


# 'the Arabic-language desk of X', 'the Kurdish service of X' (data/speakers.yaml outlet_sections).
_OUTLET_SECTION = re.compile(
    r"^(?:the\s+)?(?:(?:"
    + "|".join(NOUNS["outlet_languages"])
    + r")(?:-language)?|[A-Z][a-z]+-language)\s+(?:"
    + "|".join(NOUNS["outlet_sections"])
    + r")\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)$",
    re.IGNORECASE,
)
_NAME_PARTICLE_PREFIX = re.compile(rf"^{NAME_PARTICLES}[-\s]", re.IGNORECASE)
# A surname this long may be spelt one letter apart and still be the same ('Barazi', 'Barrazi').
_LONG_SURNAME = 6


def _same_person_spelt(a: str, b: str) -> bool:
    """Whether two persons' names are one name spelt two ways: the same given name and surnames
    that differ only by a particle ('al-', 'el-'), a hyphen or a space, or in one letter of a
    long surname ('Talal Barazi', 'Talal al-Barazi', 'Talal Barrazi'; not 'Bashar al-Assad' and
    'Hafez al-Assad', not 'Ali Omar' and 'Ali Amar')."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) < 2 or len(words_b) < 2 or words_a[0].lower() != words_b[0].lower():
        return False

    def surname(words: list[str]) -> str:
        return "".join(_NAME_PARTICLE_PREFIX.sub("", w).replace("-", "") for w in words).lower()

    key_a, key_b = surname(words_a[1:]), surname(words_b[1:])
    if key_a == key_b:
        return True
    return min(len(key_a), len(key_b)) >= _LONG_SURNAME and _edit_distance(key_a, key_b, 1) <= 1


def _edit_distance(a: str, b: str, most: int, swaps: bool = False) -> int:
    """How many letters must be changed, added or dropped to make a into b (with `swaps`, two
    adjacent letters swapped count as one edit: the optimal string alignment distance), or
    `most` + 1 when that is more than `most`. A dynamic programme over the cells within `most`
    of the diagonal, stopped where a whole row is beyond `most`. The one edit-distance test:
    'colaition' is one edit (a swap) from 'coalition', a long name two from its slip."""
    far = most + 1
    if abs(len(a) - len(b)) > most:
        return far
    if a == b:
        return 0
    before: list[int] = []
    previous = [j if j <= most else far for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [i if i <= most else far] + [far] * len(b)
        for j in range(max(1, i - most), min(len(b), i + most) + 1):
            cost = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] != b[j - 1])
            )
            if swaps and i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cost = min(cost, before[j - 2] + 1)
            current[j] = min(cost, far)
        if min(current) > most:
            return far
        before, previous = previous, current
    return previous[-1]


def _common_words(registry: Registry) -> frozenset[str]:
    """Common English words (data/common_english_words.txt), read once for the registry."""

    def read() -> frozenset[str]:
        path = data_file(registry, "common_english_words.txt")
        return frozenset(path.read_text(encoding="utf-8").split())

    return registry.derived("common-english-words", read)


def _alias_pattern(registry: Registry) -> _AliasScanner:
    return registry.derived("alias-scanner", lambda: _AliasScanner(registry))


_ARABIC_BODY_HEADS = frozenset(NOUNS["arabic_body_heads"])
_ARABIC_BODY_HEADS_GIVEN = frozenset(NOUNS["arabic_body_heads_given"])
_ARABIC_BODY_COMPLEMENTS = frozenset(NOUNS["arabic_body_complements"])
_ARTICLE_WORD = re.compile(r"(?:al|el|ul|wal|ad|ar|as|ash|at|az|an)-")


def arabic_body_name(name: str) -> bool:
    """Whether a name opens with the head word of an Arabic (or Urdu) body's name ('Ansar
    al-Sharia', "Hay'at Tahrir al-Sham", 'Lashkar-e-Taiba'): a body's name, never a person's."""
    words = [w for w in _SPACES.split(name.strip()) if w]
    if words and words[0].lower() in ("the", "a"):
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    parts = re.split(r"-", words[0].replace("'", "").replace("’", "").lower())
    # 'Ansar al-Sharia' (two words at least), or one word joined by hyphens ('Lashkar-e-Taiba')
    if parts[0] not in _ARABIC_BODY_HEADS or (len(words) < 2 and len(parts) < 2):
        return False
    if parts[0] not in _ARABIC_BODY_HEADS_GIVEN:
        return True
    # 'Ansar Abbasi' is a man: a head that is also a given name needs an article or a
    # complement after it.
    rest = [w.lower() for w in words[1:]] + parts[1:]
    return any(_ARTICLE_WORD.match(w) or w in _ARABIC_BODY_COMPLEMENTS for w in rest)


def guess_kind(name: str) -> ActorKind:
    """A new actor's kind from its head noun and capitalisation."""
    if arabic_body_name(name):
        return ActorKind.armed_group
    norm = normalise_name(name).split()
    head = norm[-1] if norm else ""
    if head in GROUP_NOUNS or "and" in norm:
        return ActorKind.group_of_people
    if head in PERSON_NOUNS:
        return ActorKind.anonymous_person
    if head in MEDIA_NOUNS or head in _OUTLET_KIND_WORDS:
        return ActorKind.media_outlet
    if head in _ARMED_GROUP_NAME_HEADS:
        return ActorKind.armed_group
    if head in ("ministry", "department"):
        return ActorKind.ministry
    if head in ("army", "military", "forces"):
        return ActorKind.armed_force
    if head in ORG_NOUNS:
        return ActorKind.organisation
    if set(norm) & _BODY_NAME_WORDS_AND_TAILS:
        # 'Syrian Center for Policy Research', 'Syria Turks Association': capitalised like a
        # person's name, but a word in it names a body.
        return ActorKind.organisation
    if _looks_like_name(name):
        return ActorKind.person
    return ActorKind.organisation


def _outlet_before(core: str, name: str) -> bool:
    """'The news website El-Dorar Al-Shamia', 'the daily Al-Watan': a word naming an outlet
    stands right before the name, so the name is an outlet's (not a person's)."""
    at = core.rfind(name)
    if at <= 0 or name == core.strip():
        return False
    before = core[:at].split()
    return bool(before) and (
        before[-1].lower() in MEDIA_NOUNS or before[-1].lower() in _OUTLET_KIND_WORDS
    )


def _looks_like_name(phrase: str) -> bool:
    """Two to four capitalised words, as in a person's name ('Khalid al Muhanna')."""
    words = [w for w in _SPACES.split(phrase.strip()) if w]
    caps = [w for w in words if w[:1].isupper() or _PARTICLE_NAME.match(w)]
    lowered = {w.lower().strip(",.") for w in words}
    # 'Mint Press News', 'Orient TV': an outlet's head noun is no part of a person's name.
    if lowered & _NOT_IN_A_PERSONS_NAME or arabic_body_name(phrase):
        return False
    return 2 <= len(words) <= 5 and len(caps) >= 2


# A place named as the seat of its administration ('at Aleppo Governorate', 'at Homs City
# Council'): written in capitals after 'at', it is the body ('in Aleppo governorate' is a place).
_SEAT_OF_GOVERNMENT = re.compile(r"\b(?:Governorate|Municipality|City\s+Council)$")

_GIVEN_NAME = re.compile(
    r"(?:gave\s+(?:his|her|their)\s+(?:first\s+|full\s+)?name\s+(?:only\s+)?as|identified\s+"
    r"(?:(?:himself|herself|themselves)\s+)?(?:only\s+)?as|(?:who\s+is\s+)?named)\s+"
    r"([A-Z][\w'’-]*(?:\s+(?:al-|bin\s+|abu\s+)?[A-Z][\w'’-]*){0,3})"
)


def _given_name_before_title(phrase: str) -> str | None:
    """'Kevin Kennedy Regional Humanitarian Coordinator for the Syria Crisis': a known given
    name and one more name word open the phrase, a title follows later; the two are the
    person (the commas around the title lost)."""
    words = phrase.split()
    if (
        len(words) < 4
        or words[0].lower() not in GIVEN_NAMES
        or not _NAME_WORD.match(words[0])
        or not _NAME_WORD.match(words[1])
        or words[1].lower() in _TITLE_WORDS
    ):
        return None
    size = 3 if _PARTICLE_NAME.match(words[2]) else 2
    rest = [w.lower().strip(",") for w in words[size:]]
    cut = next((k for k, w in enumerate(rest) if w in ("for", "of", "at", "in")), len(rest))
    if not any(w in _TITLE_WORDS or w in SPOKES_NOUNS for w in rest[:cut]):
        return None
    return " ".join(words[:size])


_TRAILING_TITLES = frozenset(NOUNS["trailing_titles"])


def _name_before_trailing_title(phrase: str) -> str | None:
    """'Omar Hassan Director': a person's name of two or three words, then (the comma lost) one
    capitalised office noun; the name is the person. Not when a word of the name is itself a
    title or names a body ('Deputy Regional Director', 'Health Ministry Director')."""
    words = phrase.split()
    if not 3 <= len(words) <= 4:
        return None
    last = words[-1].strip(",.")
    if not last[:1].isupper() or last.lower() not in _TRAILING_TITLES:
        return None
    name = words[:-1]
    folded = {w.strip(",.").lower() for w in name}
    if folded & (_TITLE_WORDS | _BODY_NAME_WORDS_AND_TAILS | _TRAILING_TITLES | ORG_NOUNS):
        return None
    if not all(w[:1].isupper() or _PARTICLE_NAME.match(w) for w in name):
        return None
    candidate = " ".join(name)
    return candidate if _looks_like_name(candidate) else None


def _person_name(phrase: str) -> str | None:
    """The name in 'US Defense Secretary Ashton Carter' or 'Lt. Col. John Dorrian', if any."""
    words = phrase.split()
    if len(words) < 2:
        return None
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(",.")
        if (
            word.lower() in _TITLE_WORDS
            or bare.lower() in _TITLE_WORDS
            or not (bare[:1].isupper() or re.match(r"(?:al|el|bin|ibn|abu|de|van)(?:-|$)", bare))
        ):
            break
        name.insert(0, word)
    tails = [k for k, w in enumerate(name) if w.strip(",.").lower() in _BODY_TAIL_WORDS]
    if tails:
        # 'Chief of General Staff Valery Gerasimov': the office's name ends before the person's.
        name = name[tails[-1] + 1 :]
    if not 2 <= len(name) <= 4 or (len(name) == len(words) and not _looks_like_name(phrase)):
        return None
    if len(name) < len(words) and words[-len(name) - 1].lower() in ("for", "of", "and"):
        return None  # 'the Syrian Center for Policy Research': a body's name, not a person's
    if name[0].lower() in ("al", "el", "bin", "ibn", "abu", "de", "van"):
        return None
    candidate = " ".join(name)
    if {w.strip(",.").lower() for w in name} & _BODY_NAME_WORDS_AND_TAILS:
        return None  # 'the Euphrates Shield Brigade', 'Nineveh Health Directorate': a body
    return candidate if _looks_like_name(candidate) else None


_PARTICLES = frozenset(["abu", "abd", "abdel", "abdul", "al", "el", "bin", "ibn", "de", "van"])
_GIVEN_PARTICLES = frozenset(["abu", "abd", "abdel", "abdul", "abdel", "umm"])


def _given_and_family(written: str, family: str) -> str | None:
    """The given name and `family` from a run of capitalised words that ends or starts with
    it ('The New Arab Mona Kurdi' → 'Mona Kurdi', 'Ban Ki-moon'), or None."""
    words = written.split()
    if words[0] == family.split()[0] and len(words) > len(family.split()):
        full = " ".join(words[: len(family.split()) + 1])
    else:
        size = len(family.split()) + 1
        if size < len(words) and words[-size].lower() in _PARTICLES:
            size += 1  # 'Ibrahim Abu Leith' for 'Leith'
        if size < len(words) and words[-size - 1].lower() in _GIVEN_PARTICLES:
            size += 1  # 'Abdul Ilah al-Fahd' for 'Fahd': a given name of two words
        if size > len(words):
            return None
        full = " ".join(words[-size:])
    opener = full.split()[0].lower()
    if opener in _CLAUSE_WORDS or opener in _DETERMINERS or opener in _PREPOSITIONS:
        return None  # 'But Fabius stressed', 'In Paris Fabius': a sentence's opening word
    person = _person_name(full)
    return person if person == full and full != family else None


def _split_appositive(phrase: str) -> tuple[str, str]:
    """'A US military official, who spoke on ...' → ('A US military official', 'who spoke on ...')."""
    relative = _RELATIVE.search(phrase)
    if relative and "," not in phrase[: relative.start()]:
        # 'a vendor who gave his name as Abu Ali': the relative clause is the appositive.
        return phrase[: relative.start()].strip(), phrase[relative.end() :].strip()
    parts = [p.strip() for p in phrase.split(",")]
    core = parts[0]
    rest = ", ".join(p for p in parts[1:] if p and p.lower() not in ("however", "meanwhile", "too"))
    if not rest:
        # The commas lost (FA-KES): 'the Observatory a Britain-based monitor', 'Mounzer Khalil
        # head of the health authority'. A name, then an indefinite or a title with 'of'.
        unmarked = _UNMARKED_APPOSITIVE.match(core)
        if unmarked and not _NOT_A_NAME.search(unmarked.group("name")):
            return unmarked.group("name"), unmarked.group("appositive")
    return core, rest


# A word of a person's name: capitalised, or a particle joined to one ('al-Ghadiri').
_NAME_WORD = re.compile(rf"^{NAME_WORD_DOTTED}$")
_CONNECTIVES = re.compile(
    r"^.*?\b(?:Meanwhile|However|Separately|Elsewhere|Earlier|Later|Also|(?:In\s+)?the\s+meantime"
    r"|In\s+(?:the\s+same|this|a\s+related|a\s+similar|another|a\s+separate)\s+(?:context|development)|For\s+(?:his|her|its|their)\s+part"
    r"|On\s+the\s+other\s+hand|In\s+turn|Moreover|Furthermore|Likewise|At\s+the\s+same\s+time)"
    r"\s+(?=\S)|^\([A-Z][\w .-]*\)\s+"
)


# An aside between spaced hyphens or dashes that ends a speaker phrase ('X - which ... -').
_DASH_ASIDE = re.compile(r"(?:\s+--?\s+|\s*[–—]\s*)\S.*?(?:\s+--?|\s*[–—])$")


_SUBHEADING_AFTER_STOP = re.compile(r"\.\s+[-–—]\s+(?=[A-Z])")


def _clip_speaker(phrase: str) -> str:
    """The speaker phrase without what ran into it where punctuation was lost: a headline or a
    connective before it ('... in Idleb Meanwhile civil sources', '(Reuters) Local medics'), a
    time before a pronoun ('Last month it'), or the claim after a description ('the source
    claimed the lives of two')."""
    clipped = _CONNECTIVES.sub("", phrase.strip(), count=1) or phrase
    clipped = _after_page_debris(clipped)
    # 'according to an Observatory toll. - Air raids kill thousands -': the sentence ended and
    # a subheading between dashes ran on; the speaker is before the full stop.
    clipped = _SUBHEADING_AFTER_STOP.split(clipped, maxsplit=1)[0] or clipped
    if clipped[-1:] in "-–—" and (aside := _DASH_ASIDE.search(clipped)):
        # 'The Observatory - which relies on a network of sources - said': the aside between
        # dashes describes the speaker and ends the phrase.
        clipped = clipped[: aside.start()] or clipped
    clipped = _TRAILING_TIME.sub("", clipped) or clipped
    clipped = _TRAILING_CUE.sub("", clipped) or clipped
    words = clipped.split()
    for i, word in enumerate(words[1:5], 1):
        if word in ("The", "A", "An") and i + 1 < len(words):
            before = words[i - 1]
            if before.lower() not in _PREPOSITIONS and before.lower() not in ("and", "or", "but"):
                # A subheading run into the sentence where its line break was lost:
                # 'Girl evacuated The ministry', 'FORCED DISPLACEMENT A pro-opposition activist'.
                words = words[i:]
                clipped = " ".join(words)
            break
    if len(words) >= 5 and words[0] in _RUN_IN_OPENERS:
        # 'I am not optimistic about the prospects Obama': the quotation's marks were lost and
        # its words ran into the name after them.
        tail: list[str] = []
        for word in reversed(words[1:]):
            if not _NAME_WORD.match(word):
                break
            tail.insert(0, word)
        while tail and words[len(words) - len(tail) - 1].lower() in _PREPOSITIONS:
            tail.pop(0)  # '... prospects in Syria Obama': the place belongs to the quotation
        if 1 <= len(tail) <= 3 and len(tail) < len(words) - 2:
            return " ".join(tail)
    pronoun = len(words) > 1 and words[-1].lower() in _ALL_PRONOUNS
    if pronoun and (
        words[0].lower() in _PREPOSITIONS
        or all(w.lower() in _ADVERBIAL_WORDS or w[:1].isdigit() for w in words[:-1])
    ):
        # 'Last month it', 'In posting the clip he': an adverbial before the pronoun.
        return words[-1]
    owned = _OWNED_REPORT.match(clipped)
    if owned:
        # 'His figures', 'its report', 'their data': whoever the possessive refers to.
        return {"his": "he", "her": "she", "its": "it", "their": "they"}[owned.group(1).lower()]
    for i, word in enumerate(words[1:-1], 1):
        if (word.lower() in _CLIP_HEADS and words[i + 1].lower() in _CLAUSE_WORDS) or (
            (word.lower() in _CLIP_HEADS or word[:1].isupper()) and words[i + 1] in _HEAD_VERBS
        ):
            # 'a witness because the explosion ...', 'the news agency didnt ...': a clause.
            return " ".join(words[: i + 1])
    if words and words[0].lower() in ("the", "a", "an"):
        for i, word in enumerate(words[1:], 1):
            if word.lower() in _CLIP_HEADS and i + 1 < len(words):
                nxt = words[i + 1]
                if nxt not in _KEEP_AFTER_HEAD and (
                    nxt in ("the", "a", "an") or _ED_OR_LY.fullmatch(nxt)
                ):
                    return " ".join(words[: i + 1])
                break
    return clipped


def _first_conjunct(phrase: str, known: bool = False) -> str:
    """'a war monitor and sources' → 'a war monitor' (the first of coordinated speakers)."""
    parts = _AND.split(phrase.strip(), maxsplit=1)
    if (
        len(parts) == 2
        and parts[1].split()
        and parts[1].split()[0].lower()
        in (
            "rebels",
            "fighters",
            "militants",
            "sources",
            "officials",
            "activists",
            "residents",
            "witnesses",
            "medics",
            "doctors",
            "paramedics",
            "rescuers",
            "monitors",
            "diplomats",
            "a",
            "an",
            "other",
            "others",
            "allies",
            "its",
            "their",
            "the",
        )
    ):
        return parts[0]
    if (
        len(parts) == 2
        and parts[1].split()[-1:]
        and known
        and parts[1].split()[-1].lower() in _PLURAL_SPEAKERS
        and _names_a_speaker(parts[0])
    ):
        # 'the Britain-based observatory and opposition fighters': the first is the source when
        # it is looked up among known actors (`known`), not when it would be a new one.
        return parts[0]
    return phrase.strip()


def _names_a_speaker(phrase: str) -> bool:
    """'the Britain-based observatory' is a speaker of its own; 'Government' and 'The Russian'
    in 'Government and opposition sources', 'The Russian and Syrian officials' modify the noun
    after 'and'."""
    words = _strip_determiners(phrase).split()
    return len(words) >= 2 and words[-1].lower() not in _DEMONYM_WORDS


_AGE = re.compile(r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b")
_AGED_NAME = re.compile(r"^([A-Z][a-z'’-]+)\s+\d{1,2}$")
# 'the same source', 'the same official': one cited before.
_THE_SAME = re.compile(r"^the\s+same\s+([a-z]+)$", re.IGNORECASE)
# Descriptions of a body by its kind alone ('the group', 'the organisation'): the body named
# before, not the country's one such body.
_BODY_DESCRIPTIONS = frozenset(NOUNS["body_descriptions"])
_GENERIC_BODY_HEADS = frozenset(NOUNS["generic_body_heads"])
_ARMED_BODY_HEADS = frozenset(NOUNS["armed_body_heads"])
_SCENE_PHRASE_OPENERS = frozenset(NOUNS["scene_phrase_openers"])
# 'on the ground', 'at the scene': where a speaker stands ('in' and 'from' a place are read by
# _member_of and _from_place).
_SCENE_PREPOSITIONS = _SCENE_PHRASE_OPENERS - {"in", "from"}
_SCENE_NOUNS = frozenset(NOUNS["scene_nouns"])
# 'for the Syria Crisis', 'of the Iraq Inquiry': a country's name before a capitalised noun.
_STATE_IN_A_NAME = re.compile(r"\b(?:for|of|on)\s+the\s+[A-Z][\w'’-]*\s+[A-Z][a-z]+\b")
_AGAINST_STATE_MODIFIERS = frozenset(NOUNS["against_state_modifiers"])
_GOVERNMENT_OF = re.compile(
    r"^(?:the\s+)?(?:(?P<army>"
    + "|".join(sorted(NOUNS["army_of_nouns"], key=len, reverse=True))
    + r")|"
    + "|".join(NOUNS["government_nouns"])
    + r")\s+of\s+(?P<owner>.+)$",
    re.IGNORECASE,
)
_SPOKES_TAIL = re.compile(r"\s+(?:chief\s+|senior\s+|military\s+)?spokes(?:man|woman|person)\b")
_ARMY_HEADS = frozenset(NOUNS["army_heads"])
_NOT_ARMIES = frozenset(["person", "anonymous person", "group of people", "state", None])
_PLURAL_STATE_HEADS = frozenset(NOUNS["plural_state_heads"])
_BASED_BODY_MODIFIERS = frozenset(NOUNS["based_body_modifiers"])
_ARMED_GROUP_NAME_HEADS = frozenset(NOUNS["armed_group_name_heads"])
_KIND_MODIFIER_ALTERNATION = "|".join(
    re.escape(m) for m in sorted(NOUNS["kind_modifiers"], key=len, reverse=True)
)
_OFFICE_NOUNS = frozenset(NOUNS["office_nouns"]) | SPOKES_NOUNS | frozenset(NOUNS["leader_titles"])
# Words that make a run of capitalised words a body's name ('Union', 'Council').
_BODY_NAME_WORDS = frozenset(NOUNS["body_name_words"])
# A run of capitalised words, with the small words of a name between them.
_CAPITAL_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’-]*)*")
_BODY_WINDOW = 600  # characters before a description searched for a body's name
# A preposition of place right before a run of capitalised words ('in Kafr Nubl Abu Omar').
_AFTER_PLACE_WORD = re.compile(
    r"\b(?:in|at|near|inside|outside|of)\s+(?:(?:"
    + "|".join(sorted(re.escape(w) for w in NOUNS["place_fillers"]))
    + r")\s+)*$",
    re.IGNORECASE,
)
# A place opening a speaker phrase whose comma was lost ('In Al-Atareb Fahd', 'the town of Douma
# Abdel Rahman' from 'of').
_PLACE_OPENING = re.compile(r"^(?:in|at|near|inside|outside|of)\s+(\S.*)$", re.IGNORECASE)
# A person's name after a body's possessive ("the Observatory's Rami Abdel Rahman").
_OWNERS_PERSON = re.compile(
    r"['’]s\s+(?:[A-Z][a-z'’-]+|(?:al|el)-[A-Z][\w'’-]*)(?:\s+(?:[A-Z][a-z'’-]+|(?:al|el)-[A-Z][\w'’-]*)){1,3}$"
)
_PERSON_KINDS = frozenset(["person", "anonymous person", None])
_BODY_NAME_WORDS_AND_TAILS = _BODY_NAME_WORDS | _BODY_TAIL_WORDS | ORG_NOUNS | MEDIA_NOUNS
# 'the observatory and opposition fighters': a plural speaker after 'and' is a second speaker.
_PLURAL_SPEAKERS = frozenset(NOUNS["coordinated_plurals"])


def _plain_person(name: str) -> str:
    """'devastated man' is the man: lowercase adjectives before an ordinary person's noun are
    dropped, unless one says whose or what the person is ('local', 'Syrian', 'medical')."""
    words = name.split()
    if len(words) < 2 or words[-1] not in _ORDINARY_PEOPLE:
        return name
    before = words[:-1]
    if all(
        w.isalpha() and w.islower() and w not in _SPEAKER_MODIFIERS and w not in _DEMONYM_WORDS
        for w in before
    ):
        return words[-1]
    return name


def _without_person_noun(name: str) -> str:
    """'Resident Fahd', 'Activist Amina Yusuf' (the noun capitalised at a sentence's start, or
    its comma lost): the name after a person noun that is no title, when it is a name."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in PERSON_NOUNS or words[0].lower() in _TITLE_WORDS:
        return name
    rest = words[1:]
    if rest[0].lower() in GIVEN_NAMES or (len(rest) > 1 and _looks_like_name(" ".join(rest))):
        return " ".join(rest)
    return name


def _strip_determiners(phrase: str) -> str:
    words = phrase.strip().split()
    while words and words[0].lower() in ("the", "a", "an", "several", "some", "many"):
        words = words[1:]
    return " ".join(words)


# Unions of the word lists that the functions above test against, built once at import (a
# union written in a function is built anew at every call: tens of thousands of sets a pass).
_MEDIA_OR_ORG_NOUNS = MEDIA_NOUNS | ORG_NOUNS
_TITLES_NOUNS_DETERMINERS = _TITLE_WORDS | PERSON_NOUNS | _DETERMINERS
_BODY_TAIL_ADVERBIAL_TITLE_WORDS = _BODY_TAIL_WORDS | _ADVERBIAL_WORDS | _TITLE_WORDS
_DETERMINERS_AND_PREPOSITIONS = _DETERMINERS | _PREPOSITIONS
_SPEAKER_HEAD_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_NOUNS
_PERSON_AND_TITLE_WORDS = PERSON_NOUNS | _TITLE_WORDS
_TITLE_DETERMINER_DEMONYM_WORDS = _TITLE_WORDS | _DETERMINERS | _DEMONYM_WORDS
_NOT_IN_A_PERSONS_NAME = ORG_NOUNS | GROUP_NOUNS | MEDIA_NOUNS | _DETERMINERS
