"""The claim path's fast paths (speed round perf5a) give what the forms they stand for give:
tokens read from (space, token) pairs, cues looked for only at cue words, relays looked for only
where 'citing' or 'quoting' stands, a known actor's words kept with the registry, claims
numbered in place."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.extract import attribution, cues, default_registry, extract_document, speakers, tokens
from app.extract.segment import ABBREVIATIONS, Quote, segment
from app.extract.types import DocumentMeta
from tests.extract.conftest import ARTICLE_TEXTS

TEXTS = ARTICLE_TEXTS

# Sentences of the genre that exercise the tokenizer's and the cue finder's corners:
# abbreviations, initials, numbers, possessives, quotations open and closed, odd spaces.
SENTENCES = [
    'U.S. Maj. Gen. John Smith said on Jan. 5 that 1,200.5 tonnes had "gone missing."',
    "The Syrian Observatory for Human Rights, citing sources on the ground, said 12 died.",
    "Kyiv’s claim that the U.N. envoy was quoted by AFP as saying it was over was denied.",
    "“We were sleeping,” said Umm Ahmed.  She lost two sons\u00a0in the raid.",
    "According to SANA, quoting a military source, the army took al-Bab. No. 2 was hit.",
    'He told reporters: "they came at night … and left"',
    "Rebels expressed deep concern that the truce would fail, a spokesman said.",
    "The ministry did not say how many were killed, but officials went on to say 30 died.",
    "A.B.C. reported\tthat St. Petersburg's mayor, Mr. Ivanov, resigned.",
    "Residents were reported killed; it is said to be the worst attack since 2014...",
    "Russia's Defence Ministry said it had not carried out air strikes in the area",
    "The army, Reuters reported citing a source, retook the town on Sunday.",
    "Quoting officials, the agency said the death toll rose to 49 in Idlib province.",
]

PIECES = [
    *("U.S.", "Gen.", "Jan.", "No.", "St.", "e.g.", "a.m.", "Mr", "Dr.", "1,200", "3.5", "12"),
    *("said", "says", "told", "citing", "quoting", "according", "to", "as", "saying", "was"),
    *("quoted", "by", "expressed", "concern", "that", "not", "the", "army", "SANA", "’s"),
    *("'s", '"', "“", "”", ",", ".", "...", ":", "-", "—", " ", "  ", "\n", "\t", "\u00a0"),
    *("al-Bab", "x", "É", "ǅ", "_", "Ⅻ", "٣"),
]


def _tokenize_by_matches(
    text: str, start: int, end: int, quotes: list[Quote]
) -> list[tokens.Token]:
    """The tokenizer as it read each match of the token pattern (before perf5a)."""
    out: list[tokens.Token] = []
    consumed = start
    spans = [(q.start, q.end - (1 if q.closed else 0)) for q in quotes]
    for match in tokens._TOKEN.finditer(text, start, end):
        s, e = match.span()
        if s < consumed:
            continue
        matched_end = e
        word = match.group()
        if e < end and text[e] == "." and word.lower() in ABBREVIATIONS:
            word += "."
            e += 1
        if (
            word[-1] == "."
            and len(word) > 1
            and word[:-1].lower() not in ABBREVIATIONS
            and not tokens._INITIALS.fullmatch(word)
        ):
            word = word[:-1]
            e -= 1
        quoted = any(q_start < s and e <= q_end for q_start, q_end in spans)
        out.append(tokens._token(word, s, e, quoted))
        consumed = e
        if e < matched_end and word[-1] != ".":
            out.append(tokens._token(".", e, e + 1, quoted))
    return out


def _find_cues_everywhere(toks: list[tokens.Token]) -> list[cues.Cue]:
    """The cue finder as it tried every token (before perf5a)."""
    found: list[cues.Cue] = []
    i = 0
    while i < len(toks):
        cue, width = cues._cue_at(toks, i)
        if cue is not None:
            found.append(cue)
        i += width
    return [c for c in found if not cues._reported_inside(c, toks, found)]


def _sentences(text: str) -> list[tuple[int, int, list[Quote]]]:
    return [(s.start, s.end, s.quotes) for s in segment(text)]


def _generated(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(PIECES) + rng.choice(["", " ", " "]) for _ in range(rng.randint(1, 30)))
        for _ in range(count)
    ]


def test_tokens_are_the_ones_read_match_by_match() -> None:
    for text in [*SENTENCES, *TEXTS, *_generated(5, 400)]:
        for start, end, quotes in [*_sentences(text), (0, len(text), [])]:
            expected = _tokenize_by_matches(text, start, end, quotes)
            assert tokens.tokenize(text, start, end, quotes) == expected, text[start:end]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.integers(0, 5), st.integers(0, 5))
def test_tokens_of_generated_text_and_spans(pieces: list[str], cut: int, trim: int) -> None:
    text = "".join(pieces)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - trim)
    quotes = [Quote(start, end, closed=bool(cut % 2))] if end - start > 2 else []
    expected = _tokenize_by_matches(text, start, end, quotes)
    assert tokens.tokenize(text, start, end, quotes) == expected


def test_cues_are_the_ones_found_trying_every_token() -> None:
    for text in [*SENTENCES, *TEXTS, *_generated(6, 400)]:
        for start, end, quotes in _sentences(text):
            toks = tokens.tokenize(text, start, end, quotes)
            assert cues.find_cues(toks) == _find_cues_everywhere(toks), text[start:end]


def test_cues_of_multiword_phrases_skip_the_words_they_take() -> None:
    # 'went on to say' starts at 'went' and takes 'say': the finder must not read 'say' again.
    text = "The officials went on to say the convoy was hit, and the UN said so too."
    toks = tokens.tokenize(text, 0, len(text), [])
    found = cues.find_cues(toks)
    assert found == _find_cues_everywhere(toks)
    assert [c.words for c in found] == ["went on to say", "said"]


def _attributed_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for sentence in segment(text):
        fast = attribution.attribute_sentence(text, sentence)
        with monkeypatch.context() as patched:
            patched.setattr(attribution._Attempt, "_may_relay", lambda self: True)
            slow = attribution.attribute_sentence(text, sentence)
        assert fast == slow, text[sentence.start : sentence.end]


@pytest.mark.parametrize(
    "text",
    [
        # Relays: the shortcut must let them through.
        "SANA reported, citing a military source, that 20 terrorists were killed in Hama.",
        "Ten people died, the state news agency said, quoting the health ministry.",
        "The Observatory, Citing medics, said the toll rose to 40.",
        "Al Jazeera reported citing opposition rescue workers that the clinic was destroyed.",
        "According to Xinhua quoting local officials the blast killed nine.",
        # No relay word: the shortcut skips the search.
        "The army said it had retaken the village after heavy fighting on Tuesday.",
        '"We will respond," the minister told reporters in Ankara.',
        "Iraqi officials say 12 civilians died when the bridge was shelled.",
        # The words inside other words or quotations.
        "Exciting news, the coach said, as reciting the names took an hour.",
        'The agency said "citing sources" was its practice.',
    ],
)
def test_relays_are_found_as_when_every_sentence_is_searched(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _attributed_both_ways(text, monkeypatch)


def test_relays_in_the_articles_are_found_as_when_every_sentence_is_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for text in TEXTS:
        _attributed_both_ways(text, monkeypatch)


def test_known_actor_words_kept_with_the_registry_are_the_words_of_their_names() -> None:
    registry = default_registry()
    resolver = speakers.SpeakerResolver(registry, "The army said.")
    for actor_id in list(registry.actors)[:400]:
        assert resolver._words_of(actor_id) == resolver._words_of_names(actor_id)
        assert resolver._words_of(actor_id) is resolver._words_of(actor_id)  # kept


def test_new_actor_words_follow_the_names_it_gains() -> None:
    # A new actor gains aliases as the article goes on ('Barazi' after 'Talal Barazi'): its
    # words are read afresh, never kept.
    resolver = speakers.SpeakerResolver(default_registry(), "Talal Barazi said.")
    actor_id = resolver.resolve("Homs Governor Talal Barazi", 0).actor_id
    assert actor_id not in resolver.registry.actors
    before = resolver._words_of(actor_id)
    resolver.new_actors[actor_id].aliases.append("Abu Talal")
    assert resolver._words_of(actor_id) == before | {"abu"}


def test_claims_are_numbered_in_order_each_its_own() -> None:
    for text in TEXTS[:10]:
        extraction = extract_document(text, DocumentMeta(publisher="Reuters"))
        assert [c.sequence for c in extraction.claims] == list(range(len(extraction.claims)))
        assert len({id(c) for c in extraction.claims}) == len(extraction.claims)
        again = extract_document(text, DocumentMeta(publisher="Reuters"))
        assert again == extraction


def test_named_actors_by_head_noun_are_the_ones_whose_heads_hold_it() -> None:
    registry = default_registry()
    nouns = sorted(
        {noun for actor_id in registry.actors for noun in speakers._known_heads(registry, actor_id)}
    )
    for text in TEXTS:
        resolver = speakers.SpeakerResolver(registry, text)
        for head in [*nouns, "monitor", "army", "nosuchnoun"]:
            expected = [(o, a) for o, a in resolver._named if head in resolver._heads_of(a)]
            assert resolver._named_with_head_noun(head) == expected, head
