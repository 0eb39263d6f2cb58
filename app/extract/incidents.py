"""Incidents: what happened, when, where and to whom, read from the claims of one article."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import pairwise
from typing import Protocol

from app.extract.dates import DateMention, date_line, find_dates
from app.extract.figures import ONE_VICTIM, TOLL, TOLL_AFTER, TOLL_UPDATE_VERBS, extract_figures
from app.extract.gazetteer import strict_key
from app.extract.places import find_places
from app.extract.registry import Place, Registry, load_lexicon, word_alternation
from app.extract.roles import Perpetrator, find_perpetrator, role_words_for
from app.extract.segment import dateline_end
from app.extract.speakers import named_actor_spans
from app.extract.types import (
    CasualtyEstimate,
    ClaimKind,
    ContextEvent,
    ExtractedClaim,
    ExtractedFigure,
    ExtractedIncident,
    IncidentActor,
    Precision,
    short_hash,
)

# Incident types, most specific first, with the words that signal them: single words, word
# prefixes (ending in '*') and two-word phrases (data/incident_types.yaml).
INCIDENT_TYPES: list[tuple[str, list[str]]] = list(load_lexicon("incident_types.yaml").items())
# What sentences are about: events, truces and talks, the war itself (data/incident_words.yaml).
WORDS = load_lexicon("incident_words.yaml")


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
_WAR = r"(?:" + word_alternation(WORDS["war"]) + ")"
# 'since it began this week', '... since it started on Monday', '... three days ago': what began
# days ago is a truce or an offensive, not the war; a toll since then is the event's.
_RECENTLY = (
    r"(?!,?\s+(?:(?:earlier\s+)?this\s+(?:week|month|morning)|on\s+(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|yesterday|today|overnight|last\s+night|(?:[\w-]+\s+){1,2}(?:days?|hours?)"
    r"\s+ago)\b)"
)
_BACKGROUND = re.compile(
    r"\bsince\s+(?:then\b|(?:the\s+|its\s+|an\s+|a\s+|syria['’]?s\s+|the\s+country['’]?s\s+|"
    r"countrys\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + _WAR[3:-1]
    + "|"
    + word_alternation(WORDS["war_start"])
    + r")\b|(?:mid-|early\s+|late\s+)?(?:"
    + _MONTHS
    + r"\s+)?(?:19|20)\d\d\b|"
    r"it\s+(?:began|started|erupted|intervened|first)\b" + _RECENTLY + ")"
    r"|\b" + _WAR + r"\b[^.]{0,80}?\b(?:has|have|had)\s+(?:since\s+|now\s+|so\s+far\s+)?"
    r"(?:killed|claimed|left|caused|cost)\b"
    r"|\b" + _WAR + r"\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out|has|have)\b"
    r"|\b(?:began|started|erupted|broke\s+out)\s+in\s+(?:" + _MONTHS + r"\s+)?20[01]\d\b"
    r"|\bsince\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){1,3}?(?:began|started|erupted|broke\s+out)\b"
    + _RECENTLY
    + r"|\bso\s+far\s+this\s+year\b|\bsince\s+the\s+start\s+of\s+the\s+year\b"
    r"|\bthe\s+(?:total|overall|cumulative)\s+(?:death\s+)?toll\b"
    r"|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:years?|months?)\b"
    # '\w++': the word before '-year' is never given back (no backtracking through it).
    r"|\b\w++-year(?:-old)?\s+" + _WAR + r"\b|\byears?\s+of\s+(?:war|conflict|fighting)\b"
    r"|\bdeadliest\s+month\b"
    r"|\b(?:killed|died)\s+in\s+(?:syria['’]?s\s+|the\s+|iraq['’]?s\s+)?(?:[\w-]+\s+){0,2}?"
    + _WAR
    + r"\b"
)
# Where `_BACKGROUND` can match: at a first word of one of its branches, or at the word before
# '-year'. A new branch's first word goes here too (test_fast_paths checks each branch).
_BACKGROUND_FIRST = re.compile(
    r"\b(?:"
    + word_alternation(
        [
            *("since", "so", "the", "over", "in", "during", "began", "started", "erupted"),
            *("broke", "years", "year", "deadliest", "killed", "died"),
            *(w.split()[0] for w in WORDS["war"]),
        ]
    )
    + r")\b"
)
_YEAR_SUFFIX = re.compile(r"-year")
# '... a day after more than 100 civilians were killed', 'two weeks before 30 people died': the
# toll that follows is another event's, earlier or later than the one reported.
# A toll comes next: 'more than 100', '30', 'dozens'.
_TOLL_AHEAD = (
    r"(?=(?:(?:"
    + word_alternation(WORDS["other_day_hedges"])
    + r")\s+)?(?:\d|(?:"
    + word_alternation(WORDS["other_day_numbers"])
    + r")\b))"
)
_OTHER_DAY = re.compile(
    r"\b(?:(?:"
    + word_alternation(WORDS["other_day_counts"])
    + r"|\d+)\s+)?(?:"
    + word_alternation(WORDS["other_day_units"])
    + r")\s+(?:after|before)\s+"
    + _TOLL_AHEAD
)
_WAR_WORD = re.compile(r"\b" + _WAR + r"\b")
_REPEATED = re.compile(r"\b(?:" + word_alternation(WORDS["repeated_event"]) + r")\b")
_AFTER_TOLL = re.compile(r"\bafter\s+" + _TOLL_AHEAD)
# 'in August 2013', 'in 2014': a year before the article's, where a toll is another event's.
_IN_YEAR = re.compile(
    r"\b(?:in|during|of)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTHS + r"\s+)?((?:19|20)\d\d)\b"
)
# 'the raids', 'the attack': another account of the event already reported.
_ANAPHOR = re.compile(
    r"\b(?:the|these|those|that|this)\s+(?:\w+\s+)?(?:"
    + word_alternation(WORDS["anaphor_events"])
    + r")\b",
    re.I,
)
# Weaker openings: another incident only when the sentence itself reports casualties (and
# does not point back at the event already reported).
_ALSO = re.compile(r"\s*(?:" + word_alternation(WORDS["also_openings"]) + r")\b", re.I)
# Openings that announce another incident than the one reported so far.
_SEPARATE = re.compile(
    r"\s*(?:In\s+(?:a\s+)?(?:"
    + word_alternation(WORDS["separate_adjectives"])
    + r")\s+(?:\w+\s+){0,2}?(?:"
    + word_alternation(WORDS["separate_events"])
    + r")\b|(?:"
    + word_alternation(WORDS["separate_openings"])
    + r")\b|In\s+other\s+(?:"
    + word_alternation(WORDS["other_violence"])
    + r")\b)",
    re.I,
)
# 'Two soldiers died in clashes elsewhere in the province': a toll of another incident.
_ELSEWHERE = re.compile(r"\b(?:" + word_alternation(WORDS["elsewhere_words"]) + r")\b", re.I)
# Matched against lowercased text (see `_containing`), which is much faster than re.I.
_EVENT = re.compile(r"\b(?:" + word_alternation(WORDS["event"]) + r")\b")
_CONTEXT = re.compile(r"\b(?:" + word_alternation(WORDS["context"]) + r")\b")
_PERPETRATOR_BEFORE = re.compile(
    r"(?:(?:"
    + word_alternation(WORDS["doer_before"])
    + r")\s+by|(?:"
    + word_alternation(WORDS["doer_units"])
    + r")\s+(?:from|of|belonging to))\s+(?:the\s+)?$",
    re.I,
)
_PERPETRATOR_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:-led\s+)?(?:[\w-]+\s+){0,2}?(?:"
    + word_alternation(WORDS["strike_nouns"])
    + r")\b"
    r"|^\s*(?:and\s+[\w-]+\s+)?(?:has\s+|have\s+|had\s+)?(?:also\s+|reportedly\s+|\w+ly\s+)?"
    r"(?:" + word_alternation(WORDS["doer_verbs"]) + r")\b",
    re.I,
)
_TARGET_BEFORE = re.compile(
    r"(?:" + word_alternation(WORDS["target_before"]) + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
_TARGET_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:were|was|had been|have been)\s+(?:"
    + word_alternation(WORDS["target_after"])
    + r")\b",
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


@dataclass(frozen=True)
class _EventSentences:
    """Which sentences (by id) tell of an event, and which are background: the war's toll so
    far or another day's event."""

    events: set[int]
    background: set[int]


@dataclass(frozen=True)
class IncidentReading:
    """What `read_incidents` finds: the incidents, the dated background events, and the
    incident of each claim (`incident_of[i]` is that of `claims[i]`; None: background, or no
    incident reported before it)."""

    incidents: list[ExtractedIncident]
    context: list[ContextEvent]
    incident_of: list[str | None]


def read_incidents(
    registry: Registry,
    text: str,
    claims: Sequence[ExtractedClaim],
    doc_sha: str,
    published_on: date | None,
    country: str | None = None,
    headline: str | None = None,
) -> IncidentReading:
    """The incidents the article reports, the dated background events and each claim's incident.

    An article reports one incident unless it says otherwise: a sentence opening with 'In a
    separate attack', 'Separately,', 'Elsewhere,' or 'In another strike' starts a new one,
    which keeps the sentences up to the next such opening. Nothing passed in is changed.
    """
    sentences = _group_sentences(claims)
    lowered = text.lower()
    # A round-up ('6 killed in terrorist attacks in Damascus, Aleppo and Idleb'): the headline's
    # total is no one incident's, nor is the lead that repeats it.
    round_up = _is_round_up(registry, headline, country)
    summary = [s for s in sentences[:2] if round_up and _repeats(headline, text, s)]
    sentences = [s for s in sentences if s not in summary]
    dated = _dated_sentences(text, sentences, published_on)
    context_spans = _context_sentences(sentences, lowered)
    background = _background_sentences(sentences, lowered, published_on) + summary
    events = {id(s) for s in _containing(sentences, _EVENT, lowered)}
    segments = _segments(registry, text, sentences, country, headline)
    drafts, segment_incident = _draft_incidents(
        registry,
        text,
        segments,
        dated,
        context_spans,
        _EventSentences(events, {id(s) for s in background}),
        doc_sha,
        country,
        headline,
        published_on,
    )
    context = _context_events(text, dated, context_spans, {i.occurred_on for i in drafts})
    # Background: the war's overall toll, or dated events the incident came after.
    ranges = [(e.start, e.end) for e in context] + [(s.start, s.end) for s in background]
    incident_of = _claim_incidents(claims, segments, segment_incident, ranges)
    incidents = [
        _with_updates(text, _with_claims(draft, claims, incident_of), claims, incident_of)
        for draft in drafts
    ]
    if incidents:
        # A round-up's total bounds its first incident's toll from above, as a headline does
        # whose toll the text leaves out; the incident's best is its own.
        tolls = headline_tolls(headline, "" if round_up else text)
        first = [c for c, i in zip(claims, incident_of, strict=True) if i == incidents[0].id]
        incidents[0] = _with_headline(incidents[0], tolls, _stated_tolls(first))
    return IncidentReading(incidents, context, incident_of)


def _is_round_up(registry: Registry, headline: str | None, country: str | None) -> bool:
    """Whether a headline sums up events in several divisions ('... in Damascus, Aleppo and
    Idleb', 'Terrorist Rocket Attacks in Aleppo Daraa')."""
    places = [p for p, _ in _headline_places(registry, headline, country) if p.kind != "country"]
    return len({(p.country, p.admin1) for p in places if p.admin1}) >= 2


def _repeats(headline: str | None, text: str, sentence: _Sentence) -> bool:
    """Whether a sentence of the text is the headline itself (scraped with the body)."""
    return bool(headline) and _squeezed(headline or "").rstrip(".") in _squeezed(
        text[sentence.start : sentence.end]
    )


def _dated_sentences(
    text: str, sentences: list[_Sentence], published_on: date | None
) -> list[tuple[_Sentence, list[DateMention]]]:
    """Each sentence with the dates in its claims' words, not in 'X said on Saturday' (that
    dates the statement); relative dates count from the claim's day, else the article's."""
    dated: list[tuple[_Sentence, list[DateMention]]] = []
    for sentence in sentences:
        base = next((c.stated_on for c in sentence.claims if c.stated_on), None) or published_on
        mentions = [
            m
            for m in find_dates(text, sentence.start, sentence.end, base)
            if any(c.start <= m.start < c.end for c in sentence.claims)
        ]
        dated.append((sentence, mentions))
    return dated


def _context_sentences(sentences: list[_Sentence], lowered: str) -> list[_Sentence]:
    """Sentences about a truce or a deal, unless they report casualties ('... killed five
    civilians as the world awaits a ceasefire')."""
    return [
        s
        for s in _containing(sentences, _CONTEXT, lowered)
        if not any(f.metric in _CASUALTY_METRICS for c in s.claims for f in c.figures)
    ]


def _background_sentences(
    sentences: list[_Sentence], lowered: str, published_on: date | None
) -> list[_Sentence]:
    """Sentences about the war's toll so far or about another, earlier event."""
    starts = _background_starts(lowered)
    return _containing(sentences, _BACKGROUND, lowered, starts) + [
        s for s in sentences if _another_time(s, lowered, published_on)
    ]


def _reports_casualties(sentence: _Sentence) -> bool:
    return any(f.metric in _CASUALTY_METRICS for c in sentence.claims for f in c.figures)


def _segments(
    registry: Registry,
    text: str,
    sentences: list[_Sentence],
    country: str | None,
    headline: str | None,
) -> list[list[_Sentence]]:
    """The sentences grouped by the incident they tell of, in reading order."""
    segments: list[list[_Sentence]] = [[]]
    # Where the current incident is: its segment's opening place, else the first place of the
    # headline (main incident) or of its sentences; found only when a sentence opens on a place.
    opened: Place | None = None
    # The segment being read: the last, or the main one when the text went back to its place.
    current = 0
    for sentence in sentences:
        tolls = _reports_casualties(sentence)
        opening = _place_opening(registry, text, sentence, country) if tolls else None
        ongoing = segments[: current + 1]
        if segments[current] and _starts_another(
            registry, text, sentence, tolls, opening, opened, ongoing, headline
        ):
            segments.append([])
            current = len(segments) - 1
            opened = opening
        elif current > 0 and _back_to_main(registry, text, sentence, opened, segments, headline):
            current, opened = 0, None
        segments[current].append(sentence)
    return segments


def _back_to_main(
    registry: Registry,
    text: str,
    sentence: _Sentence,
    opened: Place | None,
    segments: list[list[_Sentence]],
    headline: str | None,
) -> bool:
    """Whether a sentence after a side event ('Also on Monday, a shell killed two in Damascus')
    goes back to the main incident: its first place lies in the main incident's division and
    not in the side event's ('In Saraqeb, rescuers were still pulling bodies ...')."""
    side = opened or _segment_anchor(registry, text, segments, headline)
    main = _segment_anchor(registry, text, segments[:1], headline)
    place = _first_division(registry, text, sentence.start, sentence.end)
    if side is None or main is None or place is None or not main.admin1:
        return False
    return not _elsewhere(place, main) and _elsewhere(place, side)


def _starts_another(
    registry: Registry,
    text: str,
    sentence: _Sentence,
    tolls: bool,
    opening: Place | None,
    opened: Place | None,
    segments: list[list[_Sentence]],
    headline: str | None,
) -> bool:
    """Whether a sentence starts another incident: 'In a separate attack', 'Meanwhile' with a
    toll of its own, or a toll in another division than the current incident's."""
    if _SEPARATE.match(text, sentence.start, sentence.end):
        # 'Elsewhere a deal has been reached to evacuate rebels': another matter, no event; the
        # incident goes on ('Airstrikes were carried out overnight in east Aleppo').
        return tolls or _EVENT.search(text[sentence.start : sentence.end].lower()) is not None
    if not tolls and opening is None:
        return False  # what follows returns True only with a toll or an opening place
    if _ANAPHOR.search(text, sentence.start, sentence.end):
        return False
    if tolls and (
        _ALSO.match(text, sentence.start, sentence.end)
        or _ELSEWHERE.search(text, sentence.start, sentence.end)
    ):
        return True
    if opening is None:
        return False
    where = opened or _segment_anchor(registry, text, segments, headline)
    return where is not None and _elsewhere(opening, where)


def _segment_anchor(
    registry: Registry, text: str, segments: list[list[_Sentence]], headline: str | None
) -> Place | None:
    """Where the current (last) incident is when no sentence opened it on a place: the first
    place of the headline (main incident only), else of its sentences."""
    if len(segments) == 1 and headline:
        found = _first_division(registry, headline, 0, None)
        if found:
            return found
    for member in segments[-1]:
        found = _first_division(registry, text, member.start, member.end)
        if found:
            return found
    return None


def _draft_incidents(
    registry: Registry,
    text: str,
    segments: list[list[_Sentence]],
    dated: list[tuple[_Sentence, list[DateMention]]],
    context_spans: list[_Sentence],
    events: _EventSentences,
    doc_sha: str,
    country: str | None,
    headline: str | None,
    published_on: date | None = None,
) -> tuple[list[ExtractedIncident], list[str | None]]:
    """One incident per segment that reports an event (its claims not yet counted), and the
    incident each segment belongs to: a segment with no event of its own goes on about the
    previous incident. An incident whose words give no date is dated as the main one; the main
    one, as the article (its date line, else its publication date): news of the day."""
    incidents: list[ExtractedIncident] = []
    segment_incident: list[str | None] = []
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
            main_date if incidents else published_on,
            events,
            country,
            None if incidents else headline,
        )
        if incident is None:
            segment_incident.append(incidents[-1].id if incidents else None)
            continue
        if main_date is None:
            main_date = incident.occurred_on
        incidents.append(incident)
        segment_incident.append(incident.id)
    return incidents, segment_incident


def _claim_incidents(
    claims: Sequence[ExtractedClaim],
    segments: list[list[_Sentence]],
    segment_incident: list[str | None],
    background: list[tuple[int, int]],
) -> list[str | None]:
    """The incident of each claim: its segment's, unless the claim lies in background."""
    of_claim = {
        id(claim): incident_id
        for segment, incident_id in zip(segments, segment_incident, strict=True)
        if incident_id is not None
        for sentence in segment
        for claim in sentence.claims
    }
    incident_of: list[str | None] = []
    for claim in claims:
        incident_id = of_claim.get(id(claim), claim.incident_id)
        if id(claim) in of_claim and any(
            s <= claim.start and claim.end <= e for s, e in background
        ):
            incident_id = None
        incident_of.append(incident_id)
    return incident_of


def _with_claims(
    incident: ExtractedIncident,
    claims: Sequence[ExtractedClaim],
    incident_of: list[str | None],
) -> ExtractedIncident:
    """The incident with its claims and the casualty estimates they make."""
    linked = [c for c, i in zip(claims, incident_of, strict=True) if i == incident.id]
    return replace(incident, claim_ids=[c.id for c in linked], estimates=casualty_estimates(linked))


# 'the toll was later updated to 82', 'raising the death toll to 17': a toll's update (its
# verbs and toll nouns those figures reads a running toll by).
_UPDATE_BEFORE = re.compile(
    rf"\b(?:{TOLL_UPDATE_VERBS})\s+(?:(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+)?"
    rf"(?:{TOLL.pattern})\s+)?(?:up\s+)?"
    r"to\s+(?:at\s+least\s+|about\s+|around\s+|nearly\s+|some\s+)?$",
    re.I,
)
_UPDATE_WINDOW = 80
# A count over a span of days, in its clause after the value: no update of this incident's toll
# but a total of several ('brought to 49 the number killed in Eastern Ghouta in two days of
# attacks', 'rose to 60 since Sunday').
_OVER_DAYS = re.compile(
    r"[^.;]{0,60}?\b(?:since|so\s+far|(?:in|over|during|within)\s+(?:the\s+)?(?:past\s+|last\s+)?"
    r"(?:[\w-]+\s+)?(?:days|weeks|months|years)\b)",
    re.I,
)


def _is_update(text: str, sentence_start: int, figure: ExtractedFigure) -> bool:
    """Whether a figure is a toll's update: 'to' after an update verb ('later updated to 82',
    'rose to 40', 'raising the death toll to 17'), with a toll named before it in the sentence
    or right after it ('raising to 45 the number of dead')."""
    start = max(sentence_start, figure.start - _UPDATE_WINDOW)
    before = text[start : figure.start]
    after = text[figure.end : figure.end + _UPDATE_WINDOW]
    if _UPDATE_BEFORE.search(before) is None or _OVER_DAYS.match(after):
        return False  # no update, or a count over days: '... to 49 the number killed in two days'
    # the toll named before its value, or after it: 'bringing to 45 the number killed'
    return TOLL.search(before) is not None or TOLL_AFTER.match(after) is not None


def _with_updates(
    text: str,
    incident: ExtractedIncident,
    claims: Sequence[ExtractedClaim],
    incident_of: list[str | None],
) -> ExtractedIncident:
    """The incident with its lead's named victim added to a count of 'more' ('killing a field
    commander and eight more militants': 9), and whose later sentences update its toll ('An air
    strike killed 70 people ... The toll was later updated to 82'): the last update larger than
    the lead is the best."""
    linked = [c for c, i in zip(claims, incident_of, strict=True) if i == incident.id]
    estimates: list[CasualtyEstimate] = []
    for estimate in incident.estimates:
        lead = next(
            (c for c in linked if any(f.metric == estimate.metric for f in c.figures)), None
        )
        if (
            lead is not None
            and claim_total(lead, estimate.metric) == estimate.best
            and _named_victim(text, lead.sentence_start, lead.figures, estimate.metric)
        ):
            best = estimate.best + 1
            estimate = replace(estimate, best=best, high=max(estimate.high, best))
        updates = [
            f.value
            for c in linked
            for f in c.figures
            if f.metric == estimate.metric and _is_update(text, c.sentence_start, f)
        ]
        larger = [v for v in updates if v > estimate.best]
        estimates.append(replace(estimate, best=larger[-1]) if larger else estimate)
    return replace(incident, estimates=estimates)


@dataclass(frozen=True)
class _Headline:
    """A headline read as one statement, for `claim_total`."""

    figures: list[ExtractedFigure]
    id: str = ""
    source_id: str = ""


def headline_tolls(headline: str | None, text: str) -> dict[str, int]:
    """The casualty tolls a headline states when the text does not carry the headline itself.

    A headline often gives the toll the body leaves out or rounds off ('Syria: 20 civilians
    killed in Idlib air raids' over a body that says 'civilians were killed'). A headline that is
    in the text (a scraped headline run, a first line) is read there as a claim already.
    """
    if not headline or not headline.strip():
        return {}
    if _squeezed(headline) in _squeezed(text):
        return {}
    read = _Headline(extract_figures(headline, 0, len(headline)))
    return {
        metric: claim_total(read, metric) + _named_victim(headline, 0, read.figures, metric)
        for metric in _CASUALTY_METRICS
        if any(f.metric == metric for f in read.figures)
    }


def _named_victim(text: str, start: int, figures: Sequence[ExtractedFigure], metric: str) -> int:
    """1 when a count of 'more' or 'others' opens a sentence's figures (from `start`) after one
    person named as a victim, and one only ('Senior Nusra Leader Killed in Idlib, 8 More
    Killed': the leader and 8 more; 'killing a field commander and eight more militants'), else
    0."""
    of_metric = [f for f in figures if f.metric == metric]
    if not of_metric or not _OTHERS.match(of_metric[0].subject or ""):
        return 0
    if any(f.end <= of_metric[0].start for f in figures):
        return 0
    if ONE_VICTIM.search(text, of_metric[0].start, of_metric[0].end):
        return 0  # the count took a person in already ('his son and 20 other fighters': 21)
    # several people named ('the spokesman, his son and 20 other fighters'): whether the count
    # takes them in is not said; only one named victim is added
    # ('Rebel commander': one person, nouns run together)
    named = [m.span() for m in ONE_VICTIM.finditer(text, start, of_metric[0].start)]
    people = named[:1] + [b for a, b in pairwise(named) if text[a[1] : b[0]].strip()]
    return 1 if len(people) == 1 else 0


def _squeezed(words: str) -> str:
    return " ".join(words.lower().split())


def _stated_tolls(claims: Sequence[ExtractedClaim]) -> dict[str, set[int]]:
    """The tolls the claims state, by metric: each figure, and each claim's sum of parts."""
    stated: dict[str, set[int]] = {}
    for claim in claims:
        for figure in claim.figures:
            stated.setdefault(figure.metric, set()).add(figure.value)
        for metric in {f.metric for f in claim.figures} & set(_CASUALTY_METRICS):
            stated[metric].add(claim_total(claim, metric))
    return stated


def _with_headline(
    incident: ExtractedIncident,
    tolls: dict[str, int],
    stated: dict[str, set[int]] | None = None,
) -> ExtractedIncident:
    """The main incident with its headline's tolls counted in low–high; a metric the text gives
    no figure for takes the headline's as its best too, and so does one whose larger count the
    text states too ('kill 17' over a lead 'Victims include 8 children' and a later 'killed at
    least 17 people'): the lead gave a part or an earlier count, the headline the story's toll.
    The text's best stands otherwise: the body's lead toll is as recent as the headline's and
    more precise, and a smaller headline count is a part of it ('kill 58 civilians' over 'the
    toll has risen to 82 people including 58 civilians')."""
    if not tolls:
        return incident
    by_metric = {e.metric: e for e in incident.estimates}
    estimates: list[CasualtyEstimate] = []
    for metric in _CASUALTY_METRICS:
        found, toll = by_metric.get(metric), tolls.get(metric)
        if found is not None and toll is not None:
            raised = toll > found.best and toll in (stated or {}).get(metric, ())
            best = toll if raised else found.best
            estimates.append(
                replace(found, low=min(found.low, toll), best=best, high=max(found.high, toll))
            )
        elif found is not None:
            estimates.append(found)
        elif toll is not None:
            estimates.append(CasualtyEstimate(metric, toll, toll, toll, []))
    return replace(incident, estimates=estimates)


# 'In Idlib province, ...', 'Elsewhere in Iraq, ...', 'Meanwhile in the city of Homs, ...': a
# sentence that opens on a place.
_PLACE_BEFORE = re.compile(
    r"\s*(?:(?:meanwhile|elsewhere|also|further\s+\w+),?\s+)?(?:in|at|near)\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+|(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
    r"(?:(?:city|town|village|province|governorate|countryside)\s+of\s+)?$",
    re.I,
)


_OPENING_WORD = re.compile(
    r"\s*(?:" + word_alternation(WORDS["place_opening_words"]) + r")\b", re.I
)


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
    # 'It was the second time this month that ... after at least 17 people were killed in an
    # October 2 attack': the toll after 'after' is the earlier event's.
    repeated = _REPEATED.search(lowered, sentence.start, sentence.end)
    if repeated and any(
        m.end() <= first for m in _AFTER_TOLL.finditer(lowered, repeated.end(), sentence.end)
    ):
        return True
    if published_on is None:
        return False
    return any(
        int(m.group(1)) < published_on.year
        for m in _IN_YEAR.finditer(lowered, sentence.start, sentence.end)
    )


def _background_starts(text: str) -> list[int]:
    """Where `_BACKGROUND.finditer(text)` matches start, trying the pattern only where it can
    (`_BACKGROUND_FIRST`, a word before '-year'), in the order and without the overlaps of
    `finditer`: about half the cost of the whole-text scan."""
    candidates = [m.start() for m in _BACKGROUND_FIRST.finditer(text)]
    before_year = []
    for m in _YEAR_SUFFIX.finditer(text):
        at = m.start()
        while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):  # what `\w` matches
            at -= 1
        if at < m.start():
            before_year.append(at)
    if before_year:
        candidates = sorted(set(candidates).union(before_year))
    starts = []
    end = 0
    for at in candidates:
        if at >= end and (match := _BACKGROUND.match(text, at)):
            starts.append(at)
            end = match.end()
    return starts


def _containing(
    sentences: list[_Sentence], pattern: re.Pattern[str], text: str, starts: list[int] | None = None
) -> list[_Sentence]:
    """The sentences in which `pattern` matches (at `starts` when given), with one pass over the
    whole (lowercased) text."""
    if starts is None:
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
    sorts: _EventSentences,
    main_country: str | None = None,
    headline: str | None = None,
) -> ExtractedIncident | None:
    """One incident from its sentences (its claims not yet counted), or None when they report
    no event."""
    events = sorts.events
    claims = [c for s in sentences for c in s.claims]
    event_sentences = [s for s in sentences if id(s) in events and s not in context_spans]
    has_casualties = any(f.metric in _CASUALTY_METRICS for c in claims for f in c.figures)
    if not event_sentences and not has_casualties:
        return None
    # What: the event's own sentences, not those about the war's toll or another day's event
    # ('Last month regime forces attacked the town with chlorine'); the headline says what the
    # main incident is: its words count three times.
    own = [s for s in event_sentences if id(s) not in sorts.background] or event_sentences
    # The first sentences tell the event, later ones go on to other things: the first five only.
    event_text = " ".join(text[s.start : s.end] for s in own[:5])
    occurred_on, date_precision = _incident_when(
        text,
        claims,
        dated,
        context_spans,
        _EventSentences(events, sorts.background),
        fallback_date,
        event_text,
    )
    # Where: the event's own sentences, not those about the war's toll or another day's event.
    told = [s for s in event_sentences if id(s) not in sorts.background]
    place = _incident_place(
        registry, text, told or event_sentences or sentences, main_country, headline
    )
    if place is None or place.kind == "country":
        # 'Thirty were killed in clashes in northeastern Syria ... The fighting was in a village
        # in Hasakeh province': a finer place the report's other sentences name, in that country.
        rest = [s for s in sentences if id(s) not in sorts.background]
        finer = _incident_place(registry, text, rest, main_country, headline) if rest else None
        if finer and finer.kind != "country" and (place is None or finer.country == place.country):
            place = finer
    if place is None:
        # 'DAMASCUS - A car bomb exploded near a checkpoint': a report that names no place
        # happened where it was filed.
        place = _dateline_place(registry, text)
    # Who: the words for a side name another actor in another country's war ('the army').
    war = place.country if place else main_country
    actors = _incident_actors(registry, text, event_sentences, claims, headline, war)
    doer = next((a.actor_id for a in actors if a.role == "perpetrator"), None)
    incident_type = _incident_type(event_text, doer, headline)
    incident = ExtractedIncident(
        id=incident_id,
        title=_title(incident_type, place, registry, occurred_on),
        type=incident_type,
        occurred_on=occurred_on,
        occurred_on_precision=date_precision if occurred_on else Precision.unknown,
        place_name=None,
        latitude=None,
        longitude=None,
        location_precision=None,
        country=None,
        actors=actors,
        estimates=[],
        claim_ids=[],
    )
    return incident if place is None else _located(incident, place)


def _incident_when(
    text: str,
    claims: list[ExtractedClaim],
    dated: list[tuple[_Sentence, list[DateMention]]],
    context_spans: list[_Sentence],
    sorts: _EventSentences,
    fallback_date: date | None,
    event_text: str = "",
) -> tuple[date | None, Precision]:
    """The incident's date: the day the main event sentence names, else the one its event
    sentences weigh most; with no date in the event's own words, the day it was first reported
    on, if the text says, else `fallback_date`."""
    found = _main_sentence_date(text, dated, context_spans, sorts) or _incident_date(
        text, dated, context_spans, sorts.events
    )
    if found:
        return found
    if _EARLIER_TIME.search(event_text):
        # 'killed last week': no day of its own, and not the report's day either.
        return None, Precision.unknown
    stated = next((c.stated_on for c in claims if c.stated_on and c.figures), None)
    return stated or fallback_date, Precision.day


_EARLIER_TIME = re.compile(r"\b(?:" + word_alternation(WORDS["earlier_times"]) + r")\b", re.I)


def _located(incident: ExtractedIncident, place: Place) -> ExtractedIncident:
    """The incident at a place: its name, coordinates, precision and divisions."""
    return replace(
        incident,
        place_name=place.name,
        latitude=place.lat,
        longitude=place.lon,
        location_precision=Precision(place.kind),
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
    )


def _incident_actors(
    registry: Registry,
    text: str,
    event_sentences: list[_Sentence],
    claims: list[ExtractedClaim],
    headline: str | None,
    country: str | None = None,
) -> list[IncidentActor]:
    """The perpetrator and the target of an incident, when its event sentences tell them."""
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
        role_words_for(registry),
        [
            (start, end)
            for start, end, actor_id in named_actor_spans(registry, headline)
            if registry.actors[actor_id].kind not in _COMBATANT_KINDS
        ]
        if headline
        else [],
        country,
    )
    perpetrator = (
        doer
        if doer and doer.actor_id in registry.actors
        else Perpetrator(named_perpetrator, None)
        if named_perpetrator
        else None
    )
    actors = []
    if perpetrator:
        actors.append(IncidentActor(perpetrator.actor_id, "perpetrator", perpetrator.claim_id))
    if target and (perpetrator is None or target != perpetrator.actor_id):
        actors.append(IncidentActor(target, "target"))
    return actors


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
    """One claim's figure for a metric: conjoined parts with different subjects add up, and so
    do 'others' after a count ('crucifying two people and executing 23 others': 25; 'nine were
    killed in Qaterji and two others died in Mayssar': 11)."""
    figures = [f for f in claim.figures if f.metric == metric]
    if len(figures) == 1:
        return figures[0].value
    others = [f for f in figures if _OTHERS.match(f.subject or "")]
    counted = [f for f in figures if f not in others]
    if others and counted and counted[0].start < others[0].start:
        # each 'others' once: a figure may be read twice over one span
        return _parts_total(counted) + sum({(f.start, f.end): f.value for f in others}.values())
    return _parts_total(figures)


def _parts_total(figures: Sequence[FigureLike]) -> int:
    """Figures of one metric: conjoined parts with different subjects add up, else the largest."""
    if len(figures) == 1:
        return figures[0].value
    subjects = {(f.subject or "").lower() for f in figures}
    if len(subjects) == len(figures) and all(
        0 < b.start - a.end <= 6 for a, b in pairwise(figures)
    ):
        return sum(f.value for f in figures)
    return max(f.value for f in figures)


# A count of more of the same: 'others', 'other people', 'more civilians'.
_OTHERS = re.compile(r"(?:others?|more)\b", re.I)


def _group_sentences(claims: Sequence[ExtractedClaim]) -> list[_Sentence]:
    groups: dict[tuple[int, int], _Sentence] = {}
    for claim in claims:
        key = (claim.sentence_start, claim.sentence_end)
        if key not in groups:
            groups[key] = _Sentence(key[0], key[1], [])
        groups[key].claims.append(claim)
    return list(groups.values())


def _incident_type(
    event_text: str, perpetrator: str | None = None, headline: str | None = None
) -> str:
    """The type whose signal words the event sentences use most (ties: the more specific).

    The headline's words count three times, but only for types of a family the event sentences
    also name (`type_families`), or when they name none: a headline sums up, often with the
    article's other news ('Chlorine attacks' over a report of shelling); the text tells what the
    lead's event was.
    A doer that flies no aircraft ('rebels', 'IS') fired the rockets or shells the text names,
    not the air strikes it also mentions (the other side's, or the response)."""
    counts = _type_counts(event_text)
    if headline:
        said = {_TYPE_FAMILY.get(name, name) for name, n in counts.items() if n}
        for name, n in _type_counts(headline).items():
            if n and (not said or _TYPE_FAMILY.get(name, name) in said):
                counts[name] += 3 * n
    if counts["suicide bombing"]:
        # 'Two suicide bombers detonated explosive vests': the blast's words tell the same
        # bombing, a suicide one.
        counts["suicide bombing"] += counts["bombing"]
    if perpetrator in _GROUND_SIDES and not _BARREL_BOMB.search(event_text):
        fired = max(_GROUND_TYPES, key=lambda name: counts[name])
        if counts[fired]:
            # The air strikes' weight moves to the fire from the ground, not to a third type.
            counts[fired] = max(counts[fired], counts["airstrike"])
            counts["airstrike"] = 0
    top = max(counts.values())
    if top == 0:
        # 'The bombing killed 12 at a market': a bare 'bombing' is no air raid or shelling the
        # text names, so a bombing.
        bare = _BARE_BOMBING.search(event_text) or (headline and _BARE_BOMBING.search(headline))
        return "bombing" if bare else "attack"
    return next(name for name, _ in INCIDENT_TYPES if counts[name] == top)


_BARE_BOMBING = re.compile(r"\bbombings?\b", re.I)
# A barrel bomb is the government's air weapon: the rockets the rebels fire in the same report
# are the response, not the event ('barrel bombs killed 15 ... rebels fired rockets').
_BARREL_BOMB = re.compile(r"\bbarrel[ -]bomb", re.I)


_GROUND_SIDES = frozenset(WORDS["ground_sides"])
# Each type's family, by the family's first type (data/incident_words.yaml).
_TYPE_FAMILY = {
    name.strip(): family.split("/")[0].strip()
    for family in WORDS["type_families"]
    for name in family.split("/")
}
# The types of fire from the ground that a doer without aircraft is read with.
_GROUND_TYPES = ("missile strike", "shelling")


_ARSENAL_NOUNS = frozenset(WORDS["arsenal_nouns"])


def _arsenal_after(words: list[str], at: int) -> int:
    """How many words after a weapon's make it a programme or a stock ('weapons program': 2),
    0 when they do not."""
    skip = 1 if at < len(words) and words[at] in ("weapons", "weapon", "arms") else 0
    return skip + 1 if at + skip < len(words) and words[at + skip] in _ARSENAL_NOUNS else 0


def _type_counts(event_text: str) -> dict[str, int]:
    """How many signal words of each type the text holds."""
    counts = dict.fromkeys((name for name, _ in INCIDENT_TYPES), 0)
    words = _TYPE_WORDS.findall(event_text.lower())
    # Only words a signal can start with are read (few): from one to the next, skipping the
    # words a signal read took ('air strike': two; 'chemical weapons program': three).
    following = 0
    for i in [i for i, word in enumerate(words) if word[:3] in _SIGNALS]:
        if i < following:
            continue
        found = _type_of(words[i], words[i + 1] if i + 1 < len(words) else "")
        arsenal = _arsenal_after(words, i + (found[1] if found else 1))
        if found and arsenal:
            # 'the chemical weapons program': a stock or programme, no attack.
            following = i + found[1] + arsenal
        elif found:
            counts[found[0]] += 1
            following = i + found[1]
    return counts


# "Tuesday's attack": a date that names the event it dates.
_DATED_EVENT = re.compile(
    r"\s*(?:'s\s+)?(?:" + word_alternation(WORDS["dated_events"]) + r")", re.I
)


def _main_sentence_date(
    text: str,
    dated: list[tuple[_Sentence, list[DateMention]]],
    context: list[_Sentence],
    sorts: _EventSentences,
) -> tuple[date, Precision] | None:
    """The day the main event sentence (the incident's first, not background) names outright
    ('on Tuesday', 'on June 18', 'yesterday'): it dates the event, whatever other days later
    sentences name more often (other events, background, the statements' days)."""
    for sentence, mentions in dated:
        if sentence in context or id(sentence) not in sorts.events:
            continue
        if id(sentence) in sorts.background:
            continue
        headline_run = False
        for mention in mentions:
            if mention.start < _DATE_LINE_CHARS and mention.on == date_line(text):
                continue  # the date line at the top dates the article, not the event
            if _PHOTO_BEFORE.search(text, max(sentence.start, mention.start - 40), mention.start):
                continue
            if _DATELINE_DAY.match(text, mention.start) and not _ON_BEFORE.search(
                text, max(0, mention.start - 4), mention.start
            ):
                # 'Syria air strikes kill dozens AFP Wednesday 17 Sep 2014': a scraped headline
                # and dateline; the lead comes after it.
                headline_run = True
                continue
            if mention.precision == Precision.day and mention.text.lower() not in _VAGUE_DAYS:
                return mention.on, mention.precision
        if not headline_run:
            return None
    return None


# Words that date a report as much as an event: they do not fix the main event's day alone.
_VAGUE_DAYS = frozenset(["today", "tonight", "overnight"])
_DATE_LINE_CHARS = 80
# 'Wednesday 17 Sep 2014', 'July 1 2016': a day with its year, as a dateline writes it.
_DATELINE_DAY = re.compile(
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[a-z]{3,9}\.?|"
    r"[a-z]{3,9}\.?\s+\d{1,2}),?\s+\d{4}\b",
    re.I,
)
_ON_BEFORE = re.compile(r"\bon\s+$", re.I)
# 'In this photo taken on June 8': the picture's day.
_PHOTO_BEFORE = re.compile(r"(?:photo|picture|image|footage)s?[^.]{0,40}$", re.I)


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
            if _DATED_EVENT.match(after):
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
    places = _headline_places(registry, headline, country)
    tolls: set[int] = set()  # where the places of sentences that report casualties start
    main: list[tuple[Place, int]] | None = None  # the places of the first toll's sentence
    for sentence in sentences:
        found = _sentence_places(registry, text, sentence, country)
        places += found
        if _reports_casualties(sentence):
            tolls.update(at for _, at in found)
            if main is None:
                main = found
    if not places:
        return None
    # 'BEIRUT A Daesh counterattack near Tabqa ...': a dateline tells where the report was filed;
    # it places the event only after every other place.
    places = [pa for pa in places if not _is_dateline(text, pa[1])] + [
        pa for pa in places if _is_dateline(text, pa[1])
    ]
    finer = [(p, at) for p, at in places if p.kind != "country"]
    if not finer:
        return places[0][0]
    # '... were killed Sunday in northern Syria' and, in later sentences, rockets on the Turkish
    # border town of Kilis (named more often): the country the main toll is told in is the
    # incident's, unless the headline names a town.
    home = next(
        (
            p
            for p, at in main or ()
            if p.kind == "country" and _IN_COUNTRY.search(text, max(0, at - 40), at)
        ),
        None,
    )
    if (
        home is not None
        and all(p.country == home.country for p, _ in main or ())
        and not any(at == -1 for _, at in finer)
    ):
        country = home.country
        finer = [(p, at) for p, at in finer if p.country == country]
        if not finer:
            return home
    in_country = [(p, at) for p, at in finer if p.country == country] or finer
    # The article's country is the one it names most; a place of the sentence that reports the
    # toll wins over it ('Israeli jets killed two in Nabatieh' beside talk of the war in Gaza).
    told = [(p, at) for p, at in finer if at in tolls]
    if told and not any(at == -1 or at in tolls for _, at in in_country):
        in_country = told
    return _finest_in_division(in_country)


def _dateline_place(registry: Registry, text: str) -> Place | None:
    """The town of the text's dateline ('DAMASCUS -', 'KABUL (Reuters) -'), if it has one."""
    body = dateline_end(text, 0, min(len(text), _DATELINE_CHARS))
    if not body:
        return None
    return next(
        (
            m.place
            for m in find_places(registry, text, 0, body)
            if m.place.kind != "country" and _is_dateline(text, m.start)
        ),
        None,
    )


_DATELINE_NAME = re.compile(r"[A-Z]{4,}(?:[ -][A-Z]{3,})*(?![\w'’])")
_DATELINE_CHARS = 200


def _is_dateline(text: str, at: int) -> bool:
    """Whether a place named at `at` is a dateline's town: in capitals near the top."""
    return 0 <= at < _DATELINE_CHARS and _DATELINE_NAME.match(text, at) is not None


# 'killed in northern Syria', 'in N. Syria': the country where the event took place.
_IN_COUNTRY = re.compile(
    r"\b(?:in|inside|across)\s+(?:the\s+)?(?:(?:north|south|east|west|north-?east|north-?west|"
    r"south-?east|south-?west)(?:ern)?\s+|central\s+|[NSEW]\.\s*)?\Z",
    re.I,
)


def _headline_places(
    registry: Registry, headline: str | None, country: str | None
) -> list[tuple[Place, int]]:
    """The places a headline names (at offset -1: before the text), in a Title Case headline
    only those spelled out."""
    if not headline:
        return []
    title_case = _capitalised(headline)
    out: list[tuple[Place, int]] = []
    for mention in find_places(registry, headline, country=country):
        place = mention.in_country(country)
        if not title_case or _spelled_out(mention.text, place):
            out.append((place, -1))
    return out


def _sentence_places(
    registry: Registry, text: str, sentence: _Sentence, country: str | None
) -> list[tuple[Place, int]]:
    """The places a sentence names, with where they start; 'the Damascus suburb of Jaramana'
    names Jaramana only (the suburb, in its own division)."""
    found = find_places(registry, text, sentence.start, sentence.end)
    if found:
        other = _OTHER_EVENT.search(text, found[0].end, sentence.end)
        if other:
            found = [m for m in found if m.start < other.start()]
    starts = {m.start for m in found}
    out: list[tuple[Place, int]] = []
    for mention in found:
        qualifier = _QUALIFIER_AFTER.match(text, mention.end)
        if qualifier and qualifier.end() in starts:
            continue
        out.append((mention.in_country(country), mention.start))
    return out


def _finest_in_division(places: list[tuple[Place, int]]) -> Place:
    """Of the places in the first one's division, the most specific (then the most named, then
    the first)."""
    anchor = places[0][0]
    same = [
        (p, at)
        for p, at in places
        if p.country == anchor.country and (p.admin1 == anchor.admin1 or not anchor.admin1)
    ]
    counts = Counter(p.id for p, _ in same)
    return min(same, key=lambda pa: (_PRECISION_RANK.get(pa[0].kind, 9), -counts[pa[0].id], pa[1]))[
        0
    ]


# ', a week after another bomb in Aleppo', ', similar to an attack in Mosul': after a place, a
# clause that tells of another event (its places are that event's).
_OTHER_EVENT = re.compile(
    r",\s*(?:(?:(?:just|only|barely|some|about|the)\s+)?(?:"
    + word_alternation(WORDS["other_event_spans"])
    + r")\s+(?:after|before|since)|"
    + word_alternation(WORDS["other_event_clause"])
    + r")\b",
    re.I,
)
# '<place> suburb of <place>', 'the Aleppo neighbourhood of ...': the first names the second.
_QUALIFIER_AFTER = re.compile(
    r"\s+(?:" + word_alternation(WORDS["place_qualifiers"]) + r")\s+of\s+(?:the\s+)?", re.I
)


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
    """The combatant the event sentences name most often as the doer, and the one they name
    most often as the target (another than the doer)."""
    perpetrators: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    spans = named_actor_spans(registry, text)
    # The names in order of their starts: a sentence's are found by bisection, in that order.
    starts = [start for start, _, _ in spans]
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        first = bisect_left(starts, sentence.start)
        last = bisect_left(starts, sentence.end, first)
        for start, end, actor_id in spans[first:last]:
            if end > sentence.end:
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


def _title(incident_type: str, place: Place | None, registry: Registry, on: date | None) -> str:
    title = incident_type[:1].upper() + incident_type[1:]
    if place:
        title += f" at {place.name}"
        country_name = next(
            (
                p.name
                for p in registry.places.values()
                if p.kind == "country" and p.country == place.country
            ),
            None,
        )
        if country_name and country_name != place.name:
            title += f", {country_name}"
    if on:
        title += f", {on.isoformat()}"
    return title
