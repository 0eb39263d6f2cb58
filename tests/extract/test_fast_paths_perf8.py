"""Speed round perf8's shortcuts give what the scans they replace gave: per-pronoun and
per-name lookbacks over the text before a speaker gated by an index or a substring test, a
misspelt head compared only with heads of a near length, and an acronym's overlap with the
names found by bisection."""

from __future__ import annotations

import random
import re
from itertools import pairwise

from app.extract import default_registry, speakers
from tests.extract.conftest import ARTICLE_TEXTS

_QUOTED = [
    'Fighting went on, prompting outrage from UNICEF director Anthony Lake. "This is a '
    'tragedy," he said. Later army spokesman Kobi Lavie spoke. "We hit them," he added.',
    'The envoy met aid chief Jan Egeland. "Nobody is safe," she said.\n'
    'Human rights director Sarah Leah Whitson.  “It must stop,” he said. "Again," she said.',
    "No quotation here. He said so. She said. It said.",
    'A stop. "Quoted." Minister Ali Haidar.\t"Two," he said.\nNew paragraph, he said "x".',
]


def _titled_name_scanning(
    resolver: speakers.SpeakerResolver, word: str, at: int
) -> speakers.Resolution | None:
    """`_titled_name_before_quote` as it was: the pattern over 800 characters each time."""
    if at <= 0:
        return None
    found = None
    for match in speakers._TITLED_NAME_BEFORE_QUOTE.finditer(resolver.text, max(0, at - 800), at):
        found = match
    if found is None or any(found.start() <= m.at < at for m in resolver.mentions):
        return None
    between = resolver.text[found.end() : at]
    if "\n" in between or len(speakers._QUOTE_MARKS.findall(between)) != 2:
        return None
    phrase = found.group("phrase")
    gender = speakers.given_name_gender(found.group("name").split()[0]) or resolver._known_gender(
        phrase, found.group("name")
    )
    if gender is not None and gender != ("f" if word in ("she", "her") else "m"):
        return None
    resolved = resolver.resolve(phrase, found.start("phrase"))
    return speakers.Resolution(resolved.actor_id, "pronoun", 0.85)


def test_titled_name_before_quote_gated_by_the_index() -> None:
    registry = default_registry()
    for text in [*_QUOTED, *ARTICLE_TEXTS[:40]]:
        indexed = speakers.SpeakerResolver(registry, text)
        scanning = speakers.SpeakerResolver(registry, text)
        offsets = [m.start() for m in re.finditer(r"\b(?:he|she)\b", text)]
        offsets += list(range(0, len(text) + 1, 97))
        for at in sorted(offsets):
            word = "she" if text.startswith("she", at) else "he"
            assert indexed._titled_name_before_quote(word, at) == _titled_name_scanning(
                scanning, word, at
            ), (text[:60], at)
        assert [m.actor_id for m in indexed.mentions] == [m.actor_id for m in scanning.mentions]


def test_titled_name_before_quote_still_found() -> None:
    text = _QUOTED[0]
    resolver = speakers.SpeakerResolver(default_registry(), text)
    found = resolver._titled_name_before_quote("he", text.index("he said"))
    assert found is not None and found.how == "pronoun"
    # A line break between the name and the pronoun: no match (the gate and the check agree).
    text = 'Army spokesman Kobi Lavie.\n"We hit them," he said.'
    resolver = speakers.SpeakerResolver(default_registry(), text)
    assert resolver._titled_name_before_quote("he", text.index("he said")) is None


def test_quote_after_stop_index_is_the_search() -> None:
    registry = default_registry()
    for text in [*_QUOTED, *ARTICLE_TEXTS[:40]]:
        resolver = speakers.SpeakerResolver(registry, text)
        ends = [m.end() for m in speakers._STOP_BEFORE_QUOTE.finditer(text)]
        for start in range(-1, len(text), 53):
            for end in (start + 1, start + 80, start + 800):
                assert resolver._quote_after_stop_between(start, end) == any(
                    start < e < end for e in ends
                )


def test_surname_gate_drops_no_match() -> None:
    texts = [
        "Homs Governor Talal Barazi said the convoy left. Later Barazi said it arrived.",
        "U.N. leader Ban Ki-moon spoke. Ban had demanded a truce.",
        "Commander Abdul Ilah al-Fahd was killed. Fahd said nothing.",
        *ARTICLE_TEXTS[:30],
    ]
    names = ["Barazi", "Ban", "Fahd", "Abu Omar", "Ali", "Hassan", "Lavrov", "Kirby"]
    for text in texts:
        names += re.findall(r"\b[A-Z][a-z]{2,}\b", text)[:15]
    for text in texts:
        for name in set(names):
            for at in range(0, len(text) + 1, 41):
                matched = any(
                    True for p in speakers._surname_patterns(name) for _ in p.finditer(text, 0, at)
                )
                assert not matched or text.find(name, 0, at) >= 0


def test_surname_still_found() -> None:
    text = "Homs Governor Talal Barazi said the convoy left. Later Barazi said it arrived."
    resolver = speakers.SpeakerResolver(default_registry(), text)
    found = resolver._surname("Barazi", text.rindex("Barazi"))
    assert found is not None
    assert resolver.new_actors[found.actor_id].name == "Talal Barazi"
    assert resolver._surname("Barazi", text.index("Barazi")) is None  # nothing before it


def _respelt_every_head(phrase: str) -> str:
    """`_respelt` as it was: each unknown word compared with every head."""
    registry = default_registry()
    if not speakers._LOWER_WORD.search(phrase):
        return phrase
    common = speakers._common_words(registry)
    heads = speakers._speaker_heads(registry)

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if word in common or word in heads:
            return word
        near = [h for h in heads if speakers._edit_distance(word, h, 1, swaps=True) == 1]
        return near[0] if len(near) == 1 else word

    return speakers._LOWER_WORD.sub(fix, phrase)


def test_respelt_by_length_is_every_head() -> None:
    registry = default_registry()
    heads = sorted(speakers._speaker_heads(registry))
    assert heads
    rng = random.Random(8)
    phrases = ["a colaition spokesman", "the ministy said", "an observatorry official"]
    for head in heads:
        for _ in range(3):
            letters = list(head)
            at = rng.randrange(len(letters))
            edit = rng.choice("dsit")
            if edit == "d":
                del letters[at]
            elif edit == "s":
                letters[at] = rng.choice("aeiouxz")
            elif edit == "i":
                letters.insert(at, rng.choice("aeiouxz"))
            elif at + 1 < len(letters):
                letters[at], letters[at + 1] = letters[at + 1], letters[at]
            phrases.append(f"the {''.join(letters)} spokesman")
    for phrase in phrases:
        assert speakers._respelt(registry, phrase) == _respelt_every_head(phrase), phrase
    assert speakers._respelt(registry, "a colaition spokesman") == "a coalition spokesman"


def test_overlaps_is_any() -> None:
    rng = random.Random(8)
    for _ in range(300):
        spans: list[tuple[int, int]] = []
        at = 0
        for _ in range(rng.randrange(0, 12)):
            at += rng.randrange(0, 6)
            end = at + rng.randrange(1, 8)
            spans.append((at, end))
            at = end
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        for start in range(-2, at + 3):
            for end in range(start + 1, start + 9):
                assert speakers._overlaps(starts, ends, start, end) == any(
                    s < end and start < e for s, e in spans
                )


def test_scan_keeps_acronyms_apart_from_names() -> None:
    registry = default_registry()
    text = "The UN said the Syrian Observatory for Human Rights (SOHR) and the US-led coalition."
    found = speakers.named_actor_spans(registry, text)
    spans = [(s, e) for s, e, _ in found]
    assert all(e1 <= s2 for (_, e1), (s2, _) in pairwise(spans))  # no acronym inside a name
    assert any(text[s:e] == "UN" for s, e, _ in found)


_PHRASE_WORDS = [
    "a",
    "group",
    "which",
    "calls",
    "itself",
    "that",
    "call",
    "called",
    "calling",
    "itself",
    "themselves",
    "known",
    "as",
    "also",
    "is",
    "goes",
    "by",
    "coalition",
    "of",
    "rebel",
    "groups",
    "named",
    "the",
    "Syrian",
    "Center",
    "however",
    "Beirut-based",
    "NGO",
    "though",
    "instead",
    "too",
    "meanwhile",
    "official",
    "from",
    "Idlib",
    "resident",
    "residents",
    "Ansar",
    "al-Sharia",
    "Jaish",
    "al",
    "Fateh",
    "spokesman",
    ",",
    "for",
    "civil",
    "defence",
    "member",
    "fighter",
    "Known",
    "Called",
    "From",
]


def _phrases(count: int) -> list[str]:
    rng = random.Random(8)
    phrases = [
        "a group which calls itself Ansar al-Sharia",
        "a coalition of rebel groups called Jaish al Fateh",
        "The Syrian Center for Policy Research however a Beirut-based NGO",
        "a civil defence official from Idlib",
        "an alliance known as the Southern Front",
        "a coalition of rebel groups named Jaish al Fateh",
        "a faction that goes by Liwa al-Quds",
        "the militia calling itself Quwat al-Ridha",
    ]
    for _ in range(count):
        phrases.append(" ".join(rng.choice(_PHRASE_WORDS) for _ in range(rng.randrange(1, 9))))
    return phrases


def test_resolve_gates_drop_no_match() -> None:
    assert all(re.escape(w) == w for w in speakers._INTERJECTED_ADVERB_WORDS)  # plain words
    assert not speakers._SELF_NAMED.flags & re.IGNORECASE
    assert not speakers._FROM_PLACE.flags & re.IGNORECASE
    matched = {"adverb": 0, "self": 0, "from": 0}
    for phrase in _phrases(4000):
        if speakers._INTERJECTED_ADVERB.search(phrase):
            matched["adverb"] += 1
            assert any(w in phrase for w in speakers._INTERJECTED_ADVERB_WORDS), phrase
        if speakers._SELF_NAMED.search(phrase):
            matched["self"] += 1
            assert any(w in phrase for w in speakers._SELF_NAMED_WORDS), phrase
        if speakers._FROM_PLACE.match(phrase.strip()):
            matched["from"] += 1
            assert "from" in phrase, phrase
    assert all(matched.values()), matched  # the phrases do exercise each pattern


def test_resolve_gated_patterns_still_apply() -> None:
    registry = default_registry()
    text = (
        "A group which calls itself Ansar al-Sharia said it attacked. The Syrian Center for "
        "Policy Research however a Beirut-based NGO said 10 died. A civil defence official "
        "from Idlib said more were hurt."
    )
    resolver = speakers.SpeakerResolver(registry, text)
    body = resolver.resolve("A group which calls itself Ansar al-Sharia", 0)
    assert resolver.actor(body.actor_id).name == "Ansar al-Sharia"  # type: ignore[union-attr]
    center = resolver.resolve(
        "The Syrian Center for Policy Research however a Beirut-based NGO", text.index("The Syr")
    )
    assert "Policy Research" in resolver.actor(center.actor_id).name  # type: ignore[union-attr]
    assert resolver._from_place("a civil defence official from Idlib") == (
        "a civil defence official in Idlib"
    )
