"""Incidents: what happened, when, where and to whom, read from the claims of one article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Protocol

from app.extract.dates import DateMention, find_dates
from app.extract.gazetteer import strict_key
from app.extract.places import find_places
from app.extract.registry import Place, Registry, data_file
from app.extract.roles import Perpetrator, find_perpetrator, role_words
from app.extract.speakers import named_actor_spans
from app.extract.types import (
    CasualtyEstimate,
    ClaimKind,
    ContextEvent,
    ExtractedClaim,
    ExtractedIncident,
    IncidentActor,
    Precision,
    short_hash,
)

# Incident types, most specific first, with the words that signal them: single words, word
# prefixes (ending in '*') and two-word phrases.
INCIDENT_TYPES: list[tuple[str, list[str]]] = [
    (
        "chemical attack",
        [
            "chemical",
            "sarin",
            "chlorine",
            "toxic*",
            "nerve agent",
            "nerve gas",
            "gas attack*",
            "suffocation",
            "poison gas",
            "poisonous",
        ],
    ),
    ("suicide bombing", ["suicide bomb*", "suicide attack*", "suicide car"]),
    (
        "bombing",
        [
            "car bomb*",
            "bomb blast*",
            "explosion*",
            "blast*",
            "explosive*",
            "ied",
            "ieds",
            "detonat*",
            "bomber*",
            "landmine*",
            "land mine*",
        ],
    ),
    (
        "airstrike",
        [
            "airstrike*",
            "air-strike*",
            "air strike*",
            "air raid*",
            "air-raid*",
            "warplane*",
            "jet",
            "jets",
            "aircraft",
            "helicopter*",
            "drone*",
            "sorties",
            "barrel bomb*",
            "f-16*",
            "a-10*",
            "strike",
            "strikes",
            "raids",
        ],
    ),
    ("missile strike", ["missile*", "rocket*"]),
    ("shelling", ["shell", "shells", "shelling", "shelled", "artillery", "mortar*"]),
    ("armed clash", ["clash*", "fighting", "battle", "battles", "offensive", "ambush*"]),
    ("shooting", ["shot", "shooting", "gunmen", "gunfire", "opened fire", "sniper*"]),
    ("execution", ["execut*", "behead*", "crucif*", "bodies found", "mass grave*"]),
]
_TYPE_WORDS = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _signal_index() -> dict[str, list[tuple[str, str, bool, str]]]:
    """Signals by the first three letters of their first word: (first, last, prefix?, type)."""
    index: dict[str, list[tuple[str, str, bool, str]]] = {}
    for name, signals in INCIDENT_TYPES:
        for signal in signals:
            words = signal.split()
            last = words[-1]
            entry = (
                words[0] if len(words) == 2 else "",
                last.rstrip("*"),
                last.endswith("*"),
                name,
            )
            index.setdefault(words[0].rstrip("*")[:3], []).append(entry)
    return index


_SIGNALS = _signal_index()


def _type_of(first: str, second: str) -> tuple[str, int] | None:
    """The type a word (with the next one) signals, and how many words it took."""
    for lead, last, prefix, name in _SIGNALS.get(first[:3], ()):
        if lead:
            if first == lead and (second.startswith(last) if prefix else second == last):
                return name, 2
        elif first.startswith(last) if prefix else first == last:
            return name, 1
    return None


# The war's toll so far, not the incident's: 'Since then more than 300,000 people have died',
# 'the six-year conflict has killed', 'so far this year', 'the overall death toll'. Matched
# against lowercased text; apostrophes may be missing ('Syrias conflict').
_MONTHS = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_WAR = r"(?:war|conflict|uprising|revolution|crisis|revolt|rebellion|civil\s+war)"
_BACKGROUND = re.compile(
    r"\bsince\s+(?:then\b|(?:the\s+|its\s+|an\s+|a\s+|syria['’]?s\s+|the\s+country['’]?s\s+|"
    r"countrys\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + _WAR[3:-1]
    + r"|protests?|start|beginning|outbreak|onset|"
    r"intervention)\b|(?:mid-|early\s+|late\s+)?(?:" + _MONTHS + r"\s+)?(?:19|20)\d\d\b|"
    r"it\s+(?:began|started|erupted|intervened|first)\b)"
    r"|\b" + _WAR + r"\b[^.]{0,80}?\b(?:has|have|had)\s+(?:since\s+|now\s+|so\s+far\s+)?"
    r"(?:killed|claimed|left|caused|cost)\b"
    r"|\b" + _WAR + r"\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out|has|have)\b"
    r"|\b(?:began|started|erupted|broke\s+out)\s+in\s+(?:" + _MONTHS + r"\s+)?20[01]\d\b"
    r"|\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?(?:began|started|erupted|broke\s+out)\b"
    r"|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+start\s+of\s+the\s+year\b"
    r"|\bthe\s+(?:total|overall|cumulative)\s+(?:death\s+)?toll\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?)\b"
    r"|\b(?:\w+|\d+)-year(?:-old)?\s+" + _WAR + r"\b|\byears?\s+of\s+(?:war|conflict|fighting)\b"
    r"|\bdeadliest\s+month\b"
    r"|\b(?:killed|died)\s+in\s+(?:syria['’]?s\s+|the\s+|iraq['’]?s\s+)?(?:[\w-]+\s+){0,2}?"
    + _WAR
    + r"\b"
)
# '... a day after more than 100 civilians were killed', 'two weeks before 30 people died': the
# toll that follows is another event's, earlier or later than the one reported.
_OTHER_DAY = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|six|several|few|\d+)\s+)?(?:days?|weeks?|months?|hours?)"
    r"\s+(?:after|before)\s+(?=(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|some\s+|nearly\s+|"
    r"almost\s+|about\s+|around\s+|over\s+|up\s+to\s+)?(?:\d|(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens|scores|hundreds)\b))"
)
_WAR_WORD = re.compile(r"\b" + _WAR + r"\b")
# 'in August 2013', 'in 2014': a year before the article's, where a toll is another event's.
_IN_YEAR = re.compile(
    r"\b(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+)?((?:19|20)\d\d)\b"
)
# 'the raids', 'the attack': another account of the event already reported.
_ANAPHOR = re.compile(
    r"\b(?:the|these|those|that|this)\s+(?:\w+\s+)?(?:raids?|strikes?|air\s*strikes?|attacks?|"
    r"bombings?|shelling|blasts?|explosions?|incident|assault|massacre|bombardment)\b",
    re.I,
)
# Weaker openings: another incident only when the sentence itself reports casualties (and
# does not point back at the event already reported).
_ALSO = re.compile(r"\s*(?:Meanwhile|In\s+addition|Also|Earlier|Later)\b", re.I)
# Openings that announce another incident than the one reported so far.
_SEPARATE = re.compile(
    r"\s*(?:In\s+(?:a\s+)?(?:separate|another|an\s+unrelated|a\s+second|a\s+further)\s+"
    r"(?:\w+\s+){0,2}?(?:attack|incident|strike|air\s*strike|raid|bombing|blast|explosion|clash|"
    r"shelling|development)s?\b|Separately\b|Elsewhere\b|In\s+other\s+(?:violence|attacks|"
    r"incidents)\b)",
    re.I,
)
_EVENT = re.compile(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|strikes?|struck|attack\w*|raids?|bomb\w*|"
    r"shell\w*|hit|targeted|destroyed|explosion|blast|incident|massacre|clash\w*|fired|execut\w*|"
    r"behead\w*|crucif\w*|assault\w*|ambush\w*|exploded|blew\s+up|went\s+off)\b"
)  # matched against lowercased text (see `_containing`), which is much faster than re.I
_CONTEXT = re.compile(
    r"\b(?:agreed|agreement|deal|truce|ceasefire|cease-fire|talks|negotiations|went into effect|"
    r"took effect|signed|brokered|summit|resolution)\b"
)
_PERPETRATOR_BEFORE = re.compile(
    r"(?:(?:strikes?|raids?|attacks?|shelling|bombing|killed|bombed|hit|targeted|launched|"
    r"carried out|conducted|fired)\s+by|(?:warplanes|jets|aircraft|planes|forces|fighters|"
    r"gunmen|militants)\s+(?:from|of|belonging to))\s+(?:the\s+)?$",
    re.I,
)
_PERPETRATOR_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:-led\s+)?(?:[\w-]+\s+){0,2}?(?:air[\s-]?strikes?|strikes?|raids?|warplanes|jets|"
    r"aircraft|shelling|bombardment)\b"
    r"|^\s*(?:and\s+[\w-]+\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|reportedly\s+|\w+ly\s+)?"
    r"(?:carried out|launched|bombed|shelled|killed|struck|targeted|attacked|hit|fired on|fired at|"
    r"destroyed|conducted|pounded|delivered|bombarded|raided|stormed|dropped|blew up|ambushed)\b",
    re.I,
)
_TARGET_BEFORE = re.compile(
    r"(?:against|on|targeting|targeted|hit|hitting|struck|attacked|killing|killed|kill|pounded|"
    r"pounding|shelled|shelling|bombed|bombing|bombarded|raided|stormed|ambushed)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:were|was|had been|have been)\s+(?:killed|hit|targeted|struck|injured|wounded)\b",
    re.I,
)
_COMBATANT_KINDS = {"armed force", "armed group", "coalition", "military command"}
_PRECISION_RANK = {"site": 0, "city": 1, "region": 2, "admin1": 3, "country": 4}
_CASUALTY_METRICS = ("killed", "injured", "missing")


@dataclass(eq=False)
class _Sentence:
    start: int
    end: int
    claims: list[ExtractedClaim]


def build_incidents(
    registry: Registry,
    text: str,
    claims: list[ExtractedClaim],
    doc_sha: str,
    published_on: date | None,
    country: str | None = None,
    headline: str | None = None,
) -> tuple[list[ExtractedIncident], list[ContextEvent]]:
    """The incidents the article reports and the dated background events.

    An article reports one incident unless it says otherwise: a sentence opening with 'In a
    separate attack', 'Separately,', 'Elsewhere,' or 'In another strike' starts a new one,
    which keeps the sentences up to the next such opening.
    """
    sentences = _group_sentences(claims)
    dated: list[tuple[_Sentence, list[DateMention]]] = []
    for sentence in sentences:
        base = next((c.stated_on for c in sentence.claims if c.stated_on), None) or published_on
        # Dates in the claims' words, not in 'X said on Saturday' (that dates the statement).
        mentions = [
            m
            for m in find_dates(text, sentence.start, sentence.end, base)
            if any(c.start <= m.start < c.end for c in sentence.claims)
        ]
        dated.append((sentence, mentions))
    lowered = text.lower()
    # A truce or a deal is context, unless the sentence reports casualties ('... killed five
    # civilians as the world awaits a ceasefire').
    context_spans = [
        s
        for s in _containing(sentences, _CONTEXT, lowered)
        if not any(f.metric in _CASUALTY_METRICS for c in s.claims for f in c.figures)
    ]
    background = _containing(sentences, _BACKGROUND, lowered) + [
        s for s in sentences if _another_time(s, lowered, published_on)
    ]
    events = {id(s) for s in _containing(sentences, _EVENT, lowered)}
    segments: list[list[_Sentence]] = [[]]
    # Where the current incident is: its segment's opening place, else the first place of the
    # headline (main incident) or of its sentences; found only when a sentence opens on a place.
    opened: Place | None = None

    def anchor() -> Place | None:
        if opened is not None:
            return opened
        if len(segments) == 1 and headline:
            found = _first_division(registry, headline, 0, None)
            if found:
                return found
        for member in segments[-1]:
            found = _first_division(registry, text, member.start, member.end)
            if found:
                return found
        return None

    for sentence in sentences:
        tolls = any(f.metric in _CASUALTY_METRICS for c in sentence.claims for f in c.figures)
        opening = _place_opening(registry, text, sentence, country) if tolls else None
        if segments[-1] and (
            _SEPARATE.match(text, sentence.start, sentence.end)
            or (
                _ALSO.match(text, sentence.start, sentence.end)
                and tolls
                and not _ANAPHOR.search(text, sentence.start, sentence.end)
            )
            or (
                opening is not None
                and not _ANAPHOR.search(text, sentence.start, sentence.end)
                and (where := anchor()) is not None
                and _elsewhere(opening, where)
            )
        ):
            segments.append([])
            opened = opening
        segments[-1].append(sentence)
    incidents: list[ExtractedIncident] = []
    main_date: date | None = None
    for segment in segments:
        members = set(map(id, segment))
        incident = _build_one(
            registry,
            text,
            segment,
            [(s, d) for s, d in dated if id(s) in members],
            [s for s in context_spans if id(s) in members],
            f"inc_{short_hash(doc_sha, len(incidents))}",
            main_date,
            events,
            country,
            None if incidents else headline,
        )
        if incident is None:
            if incidents:  # no event of its own: it goes on about the previous incident
                for claim in (c for s in segment for c in s.claims):
                    claim.incident_id = incidents[-1].id
            continue
        if main_date is None:
            main_date = incident.occurred_on
        incidents.append(incident)
    dates = {i.occurred_on for i in incidents}
    context = _context_events(text, dated, context_spans, dates)
    # Background: the war's overall toll, or dated events the incident came after.
    context_ranges = [(e.start, e.end) for e in context] + [(s.start, s.end) for s in background]
    for incident in incidents:
        linked = [c for c in claims if c.incident_id == incident.id]
        for claim in linked:
            if any(s <= claim.start and claim.end <= e for s, e in context_ranges):
                claim.incident_id = None
        linked = [c for c in linked if c.incident_id == incident.id]
        incident.claim_ids = [c.id for c in linked]
        incident.estimates = casualty_estimates(linked)
    return incidents, context


# 'In Idlib province, ...', 'Elsewhere in Iraq, ...', 'Meanwhile in the city of Homs, ...': a
# sentence that opens on a place.
_PLACE_BEFORE = re.compile(
    r"\s*(?:(?:meanwhile|elsewhere|also|further\s+\w+),?\s+)?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+|(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
    r"(?:(?:city|town|village|province|governorate|countryside)\s+of\s+)?$",
    re.I,
)


_OPENING_WORD = re.compile(r"\s*(?:meanwhile|elsewhere|also|further|in|at|near)\b", re.I)


def _place_opening(
    registry: Registry, text: str, sentence: _Sentence, country: str | None
) -> Place | None:
    """The place a sentence opens on ('In Idlib province, ...'), if it does."""
    if not _OPENING_WORD.match(text, sentence.start, sentence.end):
        return None
    for mention in find_places(
        registry, text, sentence.start, min(sentence.end, sentence.start + 60)
    ):
        if _PLACE_BEFORE.fullmatch(text, sentence.start, mention.start):
            place = mention.in_country(country)
            return place if place.admin1 or place.kind == "country" else None
        break
    return None


def _first_division(registry: Registry, text: str, start: int, end: int | None) -> Place | None:
    """The first place in text[start:end] whose division or country is known."""
    for mention in find_places(registry, text, start, end):
        if mention.place.admin1 or mention.place.kind == "country":
            return mention.place
    return None


def _elsewhere(place: Place, anchor: Place) -> bool:
    """Whether a place lies in another division or country than the incident's anchor."""
    if place.country != anchor.country:
        return True
    return bool(place.admin1 and anchor.admin1 and place.admin1 != anchor.admin1)


def _another_time(sentence: _Sentence, lowered: str, published_on: date | None) -> bool:
    """Whether a sentence's casualty tolls are all another event's: they follow 'a day after'
    ('... a day after more than 100 civilians were killed'), the sentence is set in an earlier
    year than the article's ('In August 2013 a sarin attack killed 1,429'), or it counts tens
    of thousands in the war."""
    figures = [f for c in sentence.claims for f in c.figures if f.metric in _CASUALTY_METRICS]
    if not figures:
        return False
    # 'More than 280,000 people have died in the conflict': a toll of tens of thousands with
    # the war named is the war's.
    if max(f.value for f in figures) >= 10_000 and _WAR_WORD.search(
        lowered, sentence.start, sentence.end
    ):
        return True
    first = min(f.start for f in figures)
    for match in _OTHER_DAY.finditer(lowered, sentence.start, sentence.end):
        if match.end() <= first:
            return True
    if published_on is None:
        return False
    return any(
        int(m.group(1)) < published_on.year
        for m in _IN_YEAR.finditer(lowered, sentence.start, sentence.end)
    )


def _containing(sentences: list[_Sentence], pattern: re.Pattern[str], text: str) -> list[_Sentence]:
    """The sentences in which `pattern` matches, with one pass over the whole (lowercased) text."""
    starts = [m.start() for m in pattern.finditer(text)]
    if not starts:
        return []
    found = []
    for sentence in sentences:
        at = bisect_left(starts, sentence.start)
        if at < len(starts) and starts[at] < sentence.end:
            found.append(sentence)
    return found


def _build_one(
    registry: Registry,
    text: str,
    sentences: list[_Sentence],
    dated: list[tuple[_Sentence, list[DateMention]]],
    context_spans: list[_Sentence],
    incident_id: str,
    fallback_date: date | None,
    events: set[int],
    main_country: str | None = None,
    headline: str | None = None,
) -> ExtractedIncident | None:
    """One incident from its sentences, or None when they report no event."""
    claims = [c for s in sentences for c in s.claims]
    event_sentences = [s for s in sentences if id(s) in events and s not in context_spans]
    has_casualties = any(f.metric in _CASUALTY_METRICS for c in claims for f in c.figures)
    if not event_sentences and not has_casualties:
        return None
    event_text = " ".join(text[s.start : s.end] for s in event_sentences)
    # The headline says what the main incident is: its words count three times.
    incident_type = _incident_type(" ".join([event_text, *([headline] * 3 if headline else [])]))
    # No date in the event's own words: the day it was first reported on, if the text says.
    stated = next((c.stated_on for c in claims if c.stated_on and c.figures), None)
    found = _incident_date(text, dated, context_spans, events)
    occurred_on, date_precision = found or (stated or fallback_date, Precision.day)
    place = _incident_place(registry, text, event_sentences or sentences, main_country, headline)
    named_perpetrator, target = _roles(registry, text, event_sentences)
    doer = find_perpetrator(
        text,
        [(s.start, s.end) for s in event_sentences],
        [(c.start, c.end, c.id, c.kind != ClaimKind.publisher) for c in claims],
        [
            (start, end)
            for start, end, actor_id in named_actor_spans(registry, text)
            if registry.actors[actor_id].kind not in _COMBATANT_KINDS
        ],
        headline,
        role_words(data_file(registry, "roles.yaml")),
    )
    perpetrator = (
        doer
        if doer and doer.actor_id in registry.actors
        else Perpetrator(named_perpetrator, None)
        if named_perpetrator
        else None
    )
    for claim in claims:
        claim.incident_id = incident_id
    actors = []
    if perpetrator:
        actors.append(IncidentActor(perpetrator.actor_id, "perpetrator", perpetrator.claim_id))
    if target and (perpetrator is None or target != perpetrator.actor_id):
        actors.append(IncidentActor(target, "target"))
    country = place.country if place else None
    place_name = place.name if place else None
    return ExtractedIncident(
        id=incident_id,
        title=_title(incident_type, place_name, registry, country, occurred_on),
        type=incident_type,
        occurred_on=occurred_on,
        occurred_on_precision=date_precision if occurred_on else Precision.unknown,
        place_name=place_name,
        latitude=place.lat if place else None,
        longitude=place.lon if place else None,
        location_precision=Precision(place.kind) if place else None,
        country=country,
        actors=actors,
        estimates=[],
        claim_ids=[],
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
    )


class FigureLike(Protocol):
    """What estimating needs of a figure (an extracted one or a stored one)."""

    @property
    def metric(self) -> str: ...
    @property
    def value(self) -> int: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class ClaimLike(Protocol):
    """What estimating needs of a claim (an extracted one or a stored one)."""

    @property
    def id(self) -> str: ...
    @property
    def source_id(self) -> str: ...
    @property
    def figures(self) -> Sequence[FigureLike]: ...


def casualty_estimates(
    claims: Sequence[ClaimLike], report_of: Callable[[ClaimLike], str] | None = None
) -> list[CasualtyEstimate]:
    """Low/best/high per casualty metric: low and high across every claim's figure; best the
    toll each report leads with (its first claim that states the metric, in reading order),
    the median of those (the lower of two) when several reports make up the incident.

    A report leads with its toll; later sentences break it down ('among them seven children'),
    quote other counts or go back to earlier events. `report_of` groups claims by document
    (stored claims, in document and reading order); extracted claims are one report.
    A claim listing "22 children and six teachers" states two parts of one toll: they add up.
    """
    estimates: list[CasualtyEstimate] = []
    for metric in _CASUALTY_METRICS:
        leads: dict[str, int] = {}
        values: list[int] = []
        claim_ids: list[str] = []
        for claim in claims:
            if not any(f.metric == metric for f in claim.figures):
                continue
            value = claim_total(claim, metric)
            values.append(value)
            claim_ids.append(claim.id)
            leads.setdefault(report_of(claim) if report_of else "", value)
        if not leads:
            continue
        by_report = sorted(leads.values())
        best = by_report[(len(by_report) - 1) // 2]
        estimates.append(CasualtyEstimate(metric, min(values), best, max(values), claim_ids))
    return estimates


def claim_total(claim: ClaimLike, metric: str) -> int:
    """One claim's figure for a metric: conjoined parts with different subjects add up."""
    figures = [f for f in claim.figures if f.metric == metric]
    if len(figures) == 1:
        return figures[0].value
    subjects = {(f.subject or "").lower() for f in figures}
    if len(subjects) == len(figures) and all(
        0 < b.start - a.end <= 6 for a, b in pairwise(figures)
    ):
        return sum(f.value for f in figures)
    return max(f.value for f in figures)


def _group_sentences(claims: list[ExtractedClaim]) -> list[_Sentence]:
    groups: dict[tuple[int, int], _Sentence] = {}
    for claim in claims:
        key = (claim.sentence_start, claim.sentence_end)
        if key not in groups:
            groups[key] = _Sentence(key[0], key[1], [])
        groups[key].claims.append(claim)
    return list(groups.values())


def _incident_type(event_text: str) -> str:
    """The type whose signal words the event sentences use most (ties: the more specific)."""
    counts = dict.fromkeys((name for name, _ in INCIDENT_TYPES), 0)
    words = _TYPE_WORDS.findall(event_text.lower())
    i = 0
    while i < len(words):
        if words[i][:3] in _SIGNALS:
            found = _type_of(words[i], words[i + 1] if i + 1 < len(words) else "")
            if found:
                counts[found[0]] += 1
                i += found[1]
                continue
        i += 1
    top = max(counts.values())
    if top == 0:
        return "attack"
    return next(name for name, _ in INCIDENT_TYPES if counts[name] == top)


def _incident_date(
    text: str,
    dated: list[tuple[_Sentence, list[DateMention]]],
    context: list[_Sentence],
    events: set[int],
) -> tuple[date, Precision] | None:
    """The date the event sentences give most weight, with its precision."""
    scores: dict[date, float] = {}
    first_seen: dict[date, int] = {}
    precision: dict[date, Precision] = {}
    for sentence, mentions in dated:
        if sentence in context or id(sentence) not in events:
            continue
        for mention in mentions:
            weight = 1.0
            after = text[mention.end : mention.end + 25]
            if re.match(
                r"\s*(?:'s\s+)?(?:incident|attack|strike|air ?strikes?|raid|bombing|massacre|blast)",
                after,
                re.I,
            ):
                weight = 3.0
            if mention.text.lower() in ("today", "tonight", "overnight"):
                weight = 0.5
            scores[mention.on] = scores.get(mention.on, 0.0) + weight
            first_seen.setdefault(mention.on, mention.start)
            precision.setdefault(mention.on, mention.precision)
    if not scores:
        return None
    top = max(scores.values())
    best = min((d for d, s in scores.items() if s == top), key=lambda d: first_seen[d])
    return best, precision[best]


def _incident_place(
    registry: Registry,
    text: str,
    sentences: list[_Sentence],
    country: str | None,
    headline: str | None = None,
) -> Place | None:
    """The most specific place of the event: the first place the headline or the event
    sentences name fixes the division; a finer place in the same division wins."""
    places: list[tuple[Place, int]] = []
    if headline:
        title_case = _capitalised(headline)
        for mention in find_places(registry, headline):
            place = mention.in_country(country)
            if not title_case or _spelled_out(mention.text, place):
                places.append((place, -1))
    for sentence in sentences:
        for mention in find_places(registry, text, sentence.start, sentence.end):
            places.append((mention.in_country(country), mention.start))
    if not places:
        return None
    finer = [(p, at) for p, at in places if p.kind != "country"]
    if not finer:
        return places[0][0]
    in_country = [(p, at) for p, at in finer if p.country == country] or finer
    anchor = in_country[0][0]
    same = [
        (p, at)
        for p, at in in_country
        if p.country == anchor.country and (p.admin1 == anchor.admin1 or not anchor.admin1)
    ]
    counts = Counter(p.id for p, _ in same)
    return min(same, key=lambda pa: (_PRECISION_RANK.get(pa[0].kind, 9), -counts[pa[0].id], pa[1]))[
        0
    ]


def _capitalised(headline: str) -> bool:
    """Whether a headline capitalises its words (Title Case): then a capital letter does not
    mark a name."""
    words = [w for w in re.findall(r"[A-Za-z]{4,}", headline)]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _spelled_out(name: str, place: Place) -> bool:
    """Whether a name is one of a place's spellings. In a Title Case headline ('Center of
    Damascus Shelled') every word looks like a name, so a transliteration-tolerant match of one
    word ('Center' ~ 'Quneitra') is not enough there."""
    if " " in name.strip() or "-" in name or place.kind in ("site", "admin1"):
        return True
    key = strict_key(name)
    return any(strict_key(n) == key for n in [place.name, *place.aliases])


def _roles(
    registry: Registry, text: str, sentences: list[_Sentence]
) -> tuple[str | None, str | None]:
    perpetrators: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    spans = named_actor_spans(registry, text)
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        for start, end, actor_id in spans:
            if not (sentence.start <= start and end <= sentence.end):
                continue
            offset, name_end = start - sentence.start, end - sentence.start
            actor = registry.actors[actor_id]
            if actor.kind not in _COMBATANT_KINDS:
                continue
            before = chunk[max(0, offset - 40) : offset]
            after = chunk[name_end : name_end + 60]
            if _PERPETRATOR_BEFORE.search(before) or _PERPETRATOR_AFTER.match(after):
                perpetrators[actor_id] += 1
            if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(after):
                targets[actor_id] += 1
    perpetrator = perpetrators.most_common(1)[0][0] if perpetrators else None
    target = next((a for a, _ in targets.most_common() if a != perpetrator), None)
    return perpetrator, target


def _context_events(
    text: str,
    dated: list[tuple[_Sentence, list[DateMention]]],
    context: list[_Sentence],
    incident_dates: set[date | None],
) -> list[ContextEvent]:
    events: list[ContextEvent] = []
    for sentence, mentions in dated:
        if sentence not in context:
            continue
        for mention in mentions:
            if mention.on in incident_dates:
                continue
            events.append(
                ContextEvent(
                    text[sentence.start : sentence.end], mention.on, sentence.start, sentence.end
                )
            )
            break
    return events


def _title(
    incident_type: str,
    place_name: str | None,
    registry: Registry,
    country: str | None,
    on: date | None,
) -> str:
    title = incident_type[:1].upper() + incident_type[1:]
    if place_name:
        title += f" at {place_name}"
        country_name = next(
            (
                p.name
                for p in registry.places.values()
                if p.kind == "country" and p.country == country
            ),
            None,
        )
        if country_name and country_name != place_name:
            title += f", {country_name}"
    if on:
        title += f", {on.isoformat()}"
    return title
