"""The fifth speed round's shortcuts (figures, incidents, places) find what the forms they stand
for find: a capitalised run's places and a lead's country read once per run and remembered,
a hedge looked for only where one ends, incident types read only at words a signal starts with."""

from __future__ import annotations

import random
import re
from collections import Counter

from app.extract import default_registry, figures, incidents, places, roles
from app.extract.gazetteer import gazetteer_for
from app.extract.registry import Registry
from app.extract.speakers import named_actor_spans
from tests.extract.conftest import ARTICLE_TEXTS

TEXTS = ARTICLE_TEXTS
# Leads and runs of several wars: datelines, countries as places, adjectives, local names,
# capitals that speak, words that only look like places.
LEADS = [
    "KABUL - Afghan President Ashraf Ghani said on Monday that 12 soldiers were killed in Herat.",
    "KIEV, Ukraine -- Shelling in the Donetsk region killed two civilians, officials in Ukraine said.",
    "Libya's UN-backed government said forces loyal to Khalifa Haftar shelled Tripoli airport.",
    "BEIRUT (Reuters) - Syrian government forces and their allies bombed Douma in Eastern Ghouta.",
    "Air strikes on Deir ez-Zor and al-Bab killed 30 people, the Syrian Observatory said.",
    "Ankara denies that Turkish jets struck Afrin; Damascus promised a truce in Idlib province.",
    "MOGADISHU - Somali soldiers and al-Shabaab fighters clashed near Afgoye in Lower Shabelle.",
    "The Iraqi capital Baghdad was hit by a car bomb in Sadr City, the Interior Ministry said.",
    "Center Of Damascus Shelled As Country Mourns; Quneitra Residents Flee To Jordan",
    "HERAT/GHAZNI: Taliban Attack Kills 9 In Afghanistan's West; Yemeni Houthis Fire On Marib",
    "Posted on August 3 2013 by Nazeer Rida. Rida and Rada were named in the Yemeni report.",
]


def _registry() -> Registry:
    return default_registry()


def _scan_without_memo(registry: Registry, text: str, country: str | None) -> list[object]:
    """`places._scan` as it read each capitalised run before the memo: every run anew."""
    gazetteer = gazetteer_for(registry)
    towns = places.country_towns(registry, country) if country else None
    writer_start, writer_end = places._byline_name(text)
    out = []
    for match in places._CANDIDATE.finditer(text):
        if match.start() < writer_end and writer_start < match.end():
            continue
        mention = places._named_place(gazetteer, text, match, len(text), towns)
        if mention is not None:
            out.append(mention)
    out = places._with_capitals(gazetteer, text, 0, len(text), out, towns)
    out.sort(key=lambda m: m.start)
    return list(out)


def test_remembered_place_runs_read_as_runs_read_anew() -> None:
    registry = _registry()
    texts = TEXTS + LEADS
    # Twice over, the second time with every run remembered (from other texts too), and in the
    # other order: what a run names does not depend on what was read before it.
    for text in [*texts, *reversed(texts)]:
        for country in (None, places.article_country(registry, text), "AF", "UA"):
            fast = places._scan(registry, text, 0, len(text), country)
            assert fast == _scan_without_memo(registry, text, country), (text[:60], country)


def test_place_run_memo_holds_runs_that_name_nothing_and_runs_that_name_places() -> None:
    registry = _registry()
    text = "The Syrian Observatory said air strikes hit Aleppo and al-Bab. Country Center Mourns"
    places._scan(registry, text, 0, len(text), None)
    names = places._phrase_names(registry)
    assert names["The Syrian Observatory"] is None
    aleppo = names["Aleppo"]
    assert aleppo is not None and aleppo[0][0].name == "Aleppo"


def _country_in_lead_as_before(registry: Registry, lead: str, match: re.Match[str]) -> str | None:
    """`places._country_in_lead` before its per-run memo, word for word."""
    gazetteer = gazetteer_for(registry)
    name, s, e = match.group(), match.start(), match.end()
    country = gazetteer.country_named(name)
    if country and (
        country in gazetteer.town_countries
        or places._IN_BEFORE.search(lead, max(0, s - 12), s)
        or places._TOWN_BEFORE.search(lead, max(0, s - 40), s)
        or places._POSSESSIVE_AFTER.match(lead, e)
    ):
        return country
    for word in places._WORD_IN_RUN.finditer(name):
        adjective = gazetteer.country_of_adjective(word.group())
        if adjective and (
            adjective in gazetteer.town_countries
            or places._DEMONYM_NOUN.match(lead, s + word.end())
        ):
            return adjective
    local = next(iter(gazetteer.candidates(name)), None)
    if (
        local
        and local.kind != "country"
        and (local.id in registry.places or local.id.startswith("admin1:"))
    ):
        return local.country
    return None


def test_lead_runs_point_at_the_country_they_pointed_at_before() -> None:
    registry = _registry()
    gazetteer = gazetteer_for(registry)
    for text in [*LEADS, *TEXTS, *reversed(LEADS)]:
        lead = text[: places._LEAD_CHARS]
        for match in places._CAPITALISED.finditer(lead):
            expected = _country_in_lead_as_before(registry, lead, match)
            assert places._country_in_lead(registry, gazetteer, lead, match) == expected, (
                match.group()
            )


def _one_hedge_before_as_before(text: str, at: int) -> tuple[str, int] | None:
    """`figures._one_hedge_before` without its `endswith` test: every hedge tried in turn."""
    before = text[max(0, at - 30) : at]
    stripped = before.rstrip(' "“”')
    if len(stripped) == len(before) or not stripped:
        return None
    lowered = stripped.lower()
    for hedge in figures._HEDGES:
        if lowered.endswith(hedge):
            start = len(lowered) - len(hedge)
            if start == 0 or not lowered[start - 1].isalnum():
                return hedge, at - len(before) + start
    return None


HEDGE_PIECES = [
    *("at least ", "At Least ", "more than ", "about ", "some ", "nearly ", "well over "),
    *("boat ", "handsome ", "xabout ", "least ", "than ", "over", "up to ", "as many as "),
    *("a minimum of ", "an estimated ", "İ", "ſome ", '"', "“", " ", "killed ", "\n"),
]


def test_hedges_are_found_where_every_hedge_tried_finds_them() -> None:
    rng = random.Random(5)
    texts = TEXTS + ["".join(rng.choice(HEDGE_PIECES) for _ in range(12)) for _ in range(600)]
    for text in texts:
        for at in range(len(text) + 1) if len(text) < 400 else range(0, len(text), 7):
            assert figures._one_hedge_before(text, at) == _one_hedge_before_as_before(text, at)


def _type_counts_as_before(event_text: str) -> dict[str, int]:
    """`incidents._type_counts` as it stepped through every word."""
    counts = dict.fromkeys((name for name, _ in incidents.INCIDENT_TYPES), 0)
    words = incidents._TYPE_WORDS.findall(event_text.lower())
    i = 0
    while i < len(words):
        if words[i][:3] in incidents._SIGNALS:
            found = incidents._type_of(words[i], words[i + 1] if i + 1 < len(words) else "")
            arsenal = incidents._arsenal_after(words, i + (found[1] if found else 1))
            if found and arsenal:
                i += found[1] + arsenal
                continue
            if found:
                counts[found[0]] += 1
                i += found[1]
                continue
        i += 1
    return counts


def test_incident_types_are_counted_as_reading_every_word_counts_them() -> None:
    signal_words = sorted(
        {
            w.rstrip("*")
            for _, signals in incidents.INCIDENT_TYPES
            for s in signals
            for w in s.split()
        }
    )
    filler = ["the", "weapons", "weapon", "arms", "program", "stockpile", "of", "in", "a", "x"]
    pieces = signal_words + filler + sorted(incidents._ARSENAL_NOUNS)
    rng = random.Random(11)
    texts = TEXTS + [" ".join(rng.choice(pieces) for _ in range(20)) for _ in range(800)]
    texts += ["chemical weapons program air strike", "air strike air strike", "car bomb"]
    for text in texts:
        assert incidents._type_counts(text) == _type_counts_as_before(text), text[:80]


def _inside_another_name_as_before(start: int, end: int, skip: list[tuple[int, int]]) -> bool:
    """`roles._inside_another_name` before the bisection: every span tried."""
    return any(a <= start and end <= b and (a, b) != (start, end) for a, b in skip)


def test_names_holding_a_word_are_found_as_trying_every_span_finds_them() -> None:
    rng = random.Random(3)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 80)
            spans.append((a, a + rng.randint(1, 25)))
        rng.shuffle(spans)  # any order: the index sorts them
        names = roles._Names(spans)
        for start in range(0, 100):
            for end in (start + 1, start + 3, start + 9):
                expected = _inside_another_name_as_before(start, end, spans)
                assert names.hold(start, end) == expected, (spans, start, end)


def _roles_as_before(
    registry: Registry, text: str, sentences: list[incidents._Sentence]
) -> tuple[str | None, str | None]:
    """`incidents._roles` before the bisection: every name of the text tried per sentence."""
    perpetrators: Counter[str] = Counter()
    targets: Counter[str] = Counter()
    for sentence in sentences:
        chunk = text[sentence.start : sentence.end]
        for start, end, actor_id in named_actor_spans(registry, text):
            if not (sentence.start <= start and end <= sentence.end):
                continue
            offset, name_end = start - sentence.start, end - sentence.start
            if registry.actors[actor_id].kind not in incidents._COMBATANT_KINDS:
                continue
            before = chunk[max(0, offset - 40) : offset]
            after = chunk[name_end : name_end + 60]
            if incidents._PERPETRATOR_BEFORE.search(before) or incidents._PERPETRATOR_AFTER.match(
                after
            ):
                perpetrators[actor_id] += 1
            if incidents._TARGET_BEFORE.search(before) or incidents._TARGET_AFTER.match(after):
                targets[actor_id] += 1
    perpetrator = perpetrators.most_common(1)[0][0] if perpetrators else None
    target = next((a for a, _ in targets.most_common() if a != perpetrator), None)
    return perpetrator, target


def test_roles_read_by_bisection_as_reading_every_name() -> None:
    registry = _registry()
    rng = random.Random(9)
    for text in [*TEXTS, *LEADS]:
        ends = sorted({m.end() for m in re.finditer(r"[.!?]\s|\n", text)} | {len(text)})
        sentences = [incidents._Sentence(a, b, []) for a, b in zip([0, *ends], ends, strict=False)]
        for chosen in (sentences, rng.sample(sentences, k=len(sentences) // 2)):
            chosen = sorted(chosen, key=lambda s: s.start)
            assert incidents._roles(registry, text, chosen) == _roles_as_before(
                registry, text, chosen
            )
