"""Attribution: which parts of a sentence are claims, who is said to make them, and by which cue.

Patterns are tried most precise first (see `attribute_sentence`); each yields `RawClaim`s whose
speaker is still a phrase as written. Speaker resolution is a later step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.extract.cues import (
    ANY_CUE_WORD,
    AUX,
    DATE_WORDS,
    FINITE_VERBS,
    MONTHS,
    PREPOSITIONS,
    PUBLISHING_VERBS,
    REASON_OPENERS,
    SHOWING_PARTICIPLES,
    SPLIT_CUES,
    SPLIT_PARTICIPLES,
    STATEMENT_WORDS,
    TAIL_NOUNS,
    TOLL_UPDATE,
    Cue,
    find_cues,
)
from app.extract.figures import WORDS as FIGURE_WORDS
from app.extract.figures import extract_figures
from app.extract.patterns import trie_pattern
from app.extract.registry import load_lexicon
from app.extract.segment import Sentence
from app.extract.speakers import NOUNS as SPEAKER_WORDS
from app.extract.tokens import QUOTE_CHARS, Token, tokenize

# The word lists of this module (data/attribution_words.yaml).
_WORDS = load_lexicon("attribution_words.yaml")
_LY_NOUNS = frozenset(_WORDS["ly_nouns"])


def _adverb(token: Token) -> bool:
    """An -ly word that is an adverb ('strongly'), not a noun ('ally', 'family')."""
    return token.lower.endswith("ly") and token.lower not in _LY_NOUNS


# Confidence of each rule: how often, on the development articles, a claim found by that rule
# has the right extent and speaker. Documented in README ("Extraction").
RULE_CONFIDENCE = {
    "relayed-quote": 0.9,
    "embedded-speaker": 0.7,
    "noun-of-speech": 0.7,
    "quote-then-speaker": 0.95,
    "according-to": 0.9,
    "speaker-then-content": 0.9,
    "content-then-speaker": 0.85,
    "adding-clause": 0.85,
    "quote-continuation": 0.75,
    "content-then-speaker-no-comma": 0.6,
    "quote-fragment-continuation": 0.55,
    "publisher-voice": 0.5,
}

# Words that cannot be inside a speaker noun phrase (outside an appositive).
_NOT_IN_SPEAKER = frozenset(_WORDS["not_in_speaker"])
_VERB_SHAPED_ACRONYMS = frozenset(w.upper() for w in _WORDS["verb_shaped_acronyms"])
_NAMED_PLACE_NOUNS = frozenset(_WORDS["named_place_nouns"])
_SUBORDINATOR_MEASURES = frozenset(_WORDS["subordinator_measures"])
_REPORT_OBJECTS = frozenset(_WORDS["report_objects"])
# Past tenses without -ed: 'it said and gave no details' tells what the statement did.
_IRREGULAR_PASTS = frozenset(_WORDS["irregular_pasts"])
_LEAD_OPENERS = frozenset(_WORDS["lead_openers"])
_COUNT_OPENERS = frozenset(_WORDS["count_openers"])
# Connectives that open a sentence without a comma of their own ('But the ministry, ...').
_CONJUNCTIONS = frozenset(["but", "and", "yet", "also", "still", "moreover"])
# 'Denying the claim that C, S said D': participles of speech that open a sentence (cues.yaml).
_OPENING_PARTICIPLES = frozenset(load_lexicon("cues.yaml")["opening_participles"])
_MAX_OPENER = 30  # tokens before the comma that ends such an opener
# 'The claim that C was denied by S': verbs of response whose passive names the speaker.
# Passives of reporting rather than of a response: what they report is a toll.
_PASSIVE_REPORTS = frozenset(load_lexicon("cues.yaml")["passive_reports"])
_PASSIVE_RESPONSES = frozenset(load_lexicon("cues.yaml")["passive_responses"]) | _PASSIVE_REPORTS
# Where the agent of a passive ends: 'denied by the army as false', '... by the army on Sunday'.
_BARE_PRONOUNS = frozenset(["it", "they", "this", "these", "those", "that", "he", "she"])
# Finite verbs that make words before a passive a clause of their own.
_CLAUSE_VERBS = frozenset(
    ["was", "were", "is", "are", "had", "has", "have", "could", "would", "did"]
)
_AGENT_ENDS = frozenset(["as", "on", "in", "at", "after", "before", "who", "which", "that", "and"])
_INTERJECTIONS = frozenset(_WORDS["interjections"])
_APPOSITIVE_OPENERS = frozenset(_WORDS["appositive_openers"])
MAX_SPEAKER_TOKENS = 14
# 'S disputed the claim and said C': at most this many words between the verbs.
_SHORT_OBJECT = 8
# Words that open a clause of their own: 'S said the man who attacked ... and said' is not S's.
_CLAUSE_WORDS = frozenset(
    [
        "that",
        "who",
        "which",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "as",
        "after",
        "before",
        "because",
        "if",
    ]
)


@dataclass
class RawClaim:
    """A claim before speaker resolution: spans are character offsets into the document."""

    start: int
    end: int
    rule: str
    cue: str | None = None
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    statement: bool = False  # the cue speaks of a statement: the speaker issued one
    cue_tail: str = ""  # words after the cue ("Saturday", "in a statement issued on Saturday")
    # Who passed the speaker's words on ('SANA reported, citing the army'): (phrase, offset),
    # the relayer nearest the speaker first.
    relayers: list[tuple[str, int]] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return RULE_CONFIDENCE[self.rule]


def attribute_sentence(text: str, sentence: Sentence) -> list[RawClaim]:
    """The claims of one sentence; a sentence with no attribution gives one publisher-voice claim."""
    if not _HAS_LETTER.search(text, sentence.start, sentence.end):
        return []
    if not _may_have_cue(text, sentence.start, sentence.end):
        return [_publisher_voice(text, sentence)]
    tokens = tokenize(text, sentence.start, sentence.end, sentence.quotes)
    cues = find_cues(tokens)
    attempt = _Attempt(text, sentence, tokens, cues)
    for pattern in (
        attempt.relative_toll,
        attempt.opening_participle,
        attempt.relayed_quote,
        attempt.according_to,
        attempt.quote_then_speaker,
        attempt.content_then_speaker,
        attempt.ranked_speaker_no_comma,
        attempt.inverted_titled_no_comma,
        attempt.relative_speaker,
        attempt.speaker_then_content,
        attempt.content_then_speaker_no_comma,
        attempt.embedded_speaker,
        attempt.long_subject,
        attempt.passive_response,
        attempt.noun_of_speech,
        attempt.published_news,
        attempt.participle_after_clause,
    ):
        claims = pattern()
        if claims:
            claims = [c for c in claims if not _bare_speech_act(text, c)]
            if not claims:
                break
            return [attempt.relayed(c) for c in attempt.secondary_clauses(claims)]
    return attempt.secondary_clauses([attempt.unattributed()])


_PERIODS = frozenset(_WORDS["periods"])
_MAX_CHANNEL_WORDS = 10  # 'in a statement carried by <channels> that C'
# 'told AFP by telephone', 'said by video link': how the speaker spoke, in the cue's tail.
_MEANS_NOUNS = frozenset(load_lexicon("cues.yaml")["means_nouns"])
# Nouns of speech whose possessor is the speaker: "Kyiv's claim that", 'allegations by X that'.
# Nouns of speech: "Kyiv's claim that C", 'U.S. warnings that C' (data/cues.yaml).
_SPEECH_NOUNS = frozenset(load_lexicon("cues.yaml")["speech_nouns"])
# 'S posted on its Facebook page news of C' (data/cues.yaml).
_PUBLISHING_VERBS = PUBLISHING_VERBS
# A statement's verb of issue ('a statement issued on Saturday'); a channel may follow these and
# the publishing verbs ('a statement released and carried by SANA').
_ISSUING_VERBS = frozenset({"issued", "released", "published", "posted", "sent"})
_CHANNEL_VERBS = _PUBLISHING_VERBS | {"issued", "released"}
_NEWS_NOUNS = frozenset(load_lexicon("cues.yaml")["news_nouns"])
# Channels that relay a speaker's words: 'A statement by the army carried by SANA said C' (data/
# cues.yaml: carried_nouns, carrying_verbs, quoting_channel_verbs, channel_prepositions).
_CARRIED_NOUNS = frozenset(load_lexicon("cues.yaml")["carried_nouns"])
_CARRYING_VERBS = frozenset(load_lexicon("cues.yaml")["carrying_verbs"])
_QUOTING_CHANNEL_VERBS = frozenset(load_lexicon("cues.yaml")["quoting_channel_verbs"])
_CHANNEL_PREPOSITIONS = frozenset(load_lexicon("cues.yaml")["channel_prepositions"])
_OWN_CHANNEL_WORDS = frozenset(load_lexicon("cues.yaml")["own_channel_words"])
_CHANNEL_HEADS = frozenset(load_lexicon("cues.yaml")["channel_heads"])
_PLATFORMS = frozenset(load_lexicon("cues.yaml")["platforms"])
_PRONOUN_SUBJECTS = frozenset(load_lexicon("cues.yaml")["pronoun_subjects"])
_ANY_CHANNEL_VERB = _CARRYING_VERBS | _PUBLISHING_VERBS | _QUOTING_CHANNEL_VERBS
_MAY_CARRY = re.compile(
    r"\b(?:"
    + "|".join(sorted(_ANY_CHANNEL_VERB))
    + r")\s+(?:"
    + "|".join(sorted(_CHANNEL_PREPOSITIONS))
    + r")\b",
    re.IGNORECASE,
)
# Words of a carried noun's phrase that name nobody: 'in a new statement' names no originator.
_NO_ORIGINATOR = frozenset(
    {
        "a",
        "an",
        "the",
        "in",
        "with",
        "new",
        "latest",
        "written",
        "brief",
        "joint",
        "separate",
        "later",
        "earlier",
        "this",
        "that",
        "which",
        "was",
    }
)
_BY_ORIGINATOR = frozenset({"by", "of", "from"})
_MAX_BEFORE_NEWS = 7  # words between the verb and 'news of' ('on its Facebook page')
_HAS_LETTER = re.compile(r"[^\W\d_]")
# Any word that can start a cue: sentences without one are the publisher's voice at once.
_CUE_STARTS = ANY_CUE_WORD | _SPEECH_NOUNS | _PUBLISHING_VERBS
# A whole word of lowercase letters that can start a cue: one search, not a set test per word.
_CUE_START = re.compile(
    r"(?<![a-z])"
    + trie_pattern(sorted(w for w in _CUE_STARTS if re.fullmatch("[a-z]+", w)))
    + r"(?![a-z])"
)


# The verb that opens the predicate after an interposed speaker ('Most, he said, were women').
_INTERPOSED_VERBS = frozenset(
    ["was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "may", "might"]
)
# Speech acts ('decried the raids'): a claim needs more content than this after one.
_SPEECH_ACTS = frozenset(load_lexicon("cues.yaml")["speech_acts"])
_MIN_ACT_CONTENT = 15


def _bare_speech_act(text: str, claim: RawClaim) -> bool:
    """'The Coalition decried the raids', 'He called on the UN to act': an act, not a claim."""
    if claim.cue is None or claim.end - claim.start >= _MIN_ACT_CONTENT:
        return False
    if text[claim.start] in QUOTE_CHARS:
        return False
    cue = claim.cue.lower()
    return cue in _SPEECH_ACTS or any(cue.endswith(" " + act) for act in _SPEECH_ACTS)


def _may_have_cue(text: str, start: int, end: int) -> bool:
    return _CUE_START.search(text[start:end].lower()) is not None


def _publisher_voice(text: str, sentence: Sentence) -> RawClaim:
    """The whole sentence, less closing punctuation, as a claim in the publisher's voice."""
    end = sentence.end
    while end > sentence.start and text[end - 1] in ",:;-—–. ":
        end -= 1
    return RawClaim(start=sentence.start, end=end, rule="publisher-voice")


class _Attempt:
    """Pattern matching over one sentence's tokens."""

    def __init__(
        self,
        text: str,
        sentence: Sentence,
        tokens: list[Token],
        cues: list[Cue],
        lead: int | None = None,
    ) -> None:
        self.text = text
        self.sentence = sentence
        self.tokens = tokens
        # ', updating an earlier toll of 12' is read only after the speaker's own cue
        # (`_following_clauses`): no other pattern sees it
        self.cues = [c for c in cues if c.form != TOLL_UPDATE]
        self.toll_updates = [c for c in cues if c.form == TOLL_UPDATE]
        self.lead = _lead_end(tokens) if lead is None else lead
        # `_inverted_name_end` by the cue's last token: two patterns ask it of the same cue.
        self._name_ends: dict[int, int] = {}

    # -- helpers ---------------------------------------------------------------------------
    def _claim(
        self,
        first: int,
        last: int,
        rule: str,
        cue: Cue | None,
        speaker: tuple[int, int] | None,
        tail: tuple[int, int] | None = None,
    ) -> RawClaim | None:
        """A claim over tokens [first, last], trimmed of punctuation and a leading 'that'."""
        first, last = _trim(self.tokens, first, last)
        if first > last:
            return None
        first, last = _unwrap_quote(self.tokens, first, last)
        start, end = self.tokens[first].start, self.tokens[last].end
        claim = RawClaim(
            start=start,
            end=end,
            rule=rule,
            cue=cue.words if cue else None,
        )
        if speaker:
            s_first, s_last = _first_of_two_speakers(
                self.tokens, *_without_bare_apposition(self.tokens, *speaker)
            )
            claim.speaker_start = self.tokens[s_first].start
            claim.speaker_end = self.tokens[s_last].end
            claim.speaker = self.text[claim.speaker_start : claim.speaker_end]
        if tail and tail[0] <= tail[1]:
            claim.cue_tail = self.text[self.tokens[tail[0]].start : self.tokens[tail[1]].end]
        words = {t.lower for t in self.tokens[tail[0] : tail[1] + 1]} if tail else set()
        if speaker:
            words |= {t.lower for t in self.tokens[speaker[0] : speaker[1] + 1]}
        claim.statement = bool(words & STATEMENT_WORDS)
        if cue is not None:
            claim.cue = _cue_words(self.tokens, cue, tail, first, last)
        return claim

    def _with_splits(
        self,
        first: int,
        last: int,
        rule: str,
        cue: Cue,
        speaker: tuple[int, int],
        tail: tuple[int, int] | None,
    ) -> list[RawClaim]:
        """Split content at ', adding that ...' (or 'S disputed the claim and said C') into one
        claim per reporting clause."""
        claims: list[RawClaim] = []
        splits = [
            c
            for c in self.cues
            if c.form == "participle"
            and c.first > first
            and c.last < last
            and c.words in SPLIT_CUES
            and _comma_before(self.tokens, c.first)
        ]
        second = self._second_verb(first, last)
        if second is not None and not any(c.first < second.first for c in splits):
            splits.insert(0, second)
        current_first, current_cue, current_rule = first, cue, rule
        for split in splits:
            made = self._claim(
                current_first, split.first - 2, current_rule, current_cue, speaker, tail
            )
            if made:
                claims.append(made)
            current_first, current_cue, current_rule = split.last + 1, split, "adding-clause"
            tail = None
            if split is second:
                tail_last = self._cue_tail_end(split, split.last + 1, last)
                current_first, tail = tail_last + 1, (split.last + 1, tail_last)
        made = self._claim(current_first, last, current_rule, current_cue, speaker, tail)
        if made:
            claims.append(made)
        return claims

    def _second_verb(self, first: int, last: int) -> Cue | None:
        """'S disputed the claim and said C', 'S confirmed the attack and added that C': a
        second verb of saying after a short object (no clause of its own) has the same subject."""
        for c in self.cues:
            if c.first <= first or c.last >= last:
                continue
            if (
                c.form in ("finite", "told")
                and self.tokens[c.first - 1].lower == "and"
                and c.first - 1 - first <= _SHORT_OBJECT
                and not any(
                    t.lower in _CLAUSE_WORDS or t.quoted or t.is_quote
                    for t in self.tokens[first : c.first - 1]
                )
            ):
                return c
            return None
        return None

    def _speaker_before(self, cue_first: int, start: int) -> tuple[int, int] | None:
        """The speaker noun phrase in tokens [start, cue_first), auxiliaries stripped."""
        start = self._skip_adverbs_and_dates(start, cue_first)
        unskipped = start
        start = self._skip_time_phrase(start, cue_first)
        end = self._speaker_phrase_end(start, cue_first)
        if end < start:
            return None
        if self.tokens[end].lower in ("and", "but"):
            # 'It identified the dead as ..., and said C', 'S did not say X but said C': the
            # subject of the first predicate.
            return self._coordinated_subject(start, end)
        if cue_first - 1 > end and self.tokens[cue_first - 1].lower == "however":
            # 'S did not specify X however noted C' (commas lost): 'however' joins two
            # predicates of one subject like 'but'
            coordinated = self._coordinated_subject(start, cue_first - 1)
            if coordinated is not None:
                return coordinated
        after_scene = self._speaker_after_scene(start, end)
        if after_scene is not None:
            return after_scene
        if not _valid_speaker(self.tokens, start, end):
            if start > unskipped and _valid_speaker(self.tokens, unskipped, end):
                # 'On Sunday terrorist group Al-Nusra Front claimed': the phrase as it stands
                return (unskipped, end)
            return None
        return self._speaker_after_a_clause(start, end) or (start, end)

    def _speaker_after_a_clause(self, start: int, end: int) -> tuple[int, int] | None:
        """'The army shelled the town and the Observatory said C': a clause of its own (a past
        tense after its subject) and 'and' before the speaker; the speaker is the words after
        'and'."""
        for k in range(end - 1, start, -1):
            if self.tokens[k].lower != "and":
                continue
            verb = any(
                t.is_word
                and not t.is_capitalised
                and t.lower.endswith("ed")
                and len(t.lower) > 4
                and self.tokens[j - 1].lower not in _DETERMINERS
                # 'IS in a statement published on Twitter and the messaging service Telegram
                # said': a participle of the statement, not a clause's verb; the channels of
                # publication are no speakers
                and self.tokens[j - 1].lower not in STATEMENT_WORDS
                # 'A statement by the army carried by SANA and state TV said': the same
                and not _carried_after_noun(self.tokens, j, start)
                # 'a group called Sound and Picture said': the 'and' is inside a given name
                and not (t.lower in _NAMING_WORDS and _given_name_end(self.tokens, j, end))
                for j, t in enumerate(self.tokens[start + 1 : k], start + 1)
            )
            if verb and _valid_speaker(self.tokens, k + 1, end):
                return (k + 1, end)
            return None
        return None

    def _skip_adverbs_and_dates(self, start: int, cue_first: int) -> int:
        """Past a sentence adverb or a date word that opens the subject without a comma."""
        # 'Earlier the governor had told AFP': a sentence adverb whose comma was left out.
        while start < cue_first - 1 and self.tokens[start].lower in _LEADING_ADVERBS:
            start += 1
        # 'Earlier today the source said': a date word, then the speaker.
        while (
            start < cue_first - 2
            and self.tokens[start].lower in DATE_WORDS
            and not self.tokens[start + 1].is_capitalised
            and self.tokens[start + 1].lower in _DEFINITE_OR_INDEFINITE
        ):
            start += 1
        return start

    def _skip_time_phrase(self, start: int, cue_first: int) -> int:
        """Past 'Since 2014' in 'Since 2014 the coalition has acknowledged': the speaker follows."""
        if not (
            start < cue_first - 2
            and self.tokens[start].lower in _TIME_PREPOSITIONS
            and _is_time_token(self.tokens, start + 1)
        ):
            return start
        k = start + 1
        while k < cue_first - 1 and (_is_time_token(self.tokens, k) or self.tokens[k].text == ","):
            k += 1
        return k

    def _speaker_phrase_end(self, start: int, cue_first: int) -> int:
        """The last token of the subject before the cue: auxiliaries, dates and adverbs dropped."""
        end = cue_first - 1
        while end >= start and (
            (self.tokens[end].lower in AUX and not _acronym_subject(self.tokens, end, cue_first))
            or _is_date_token(self.tokens, end)
            # 'the UN rights chief strongly condemned': an adverb is not part of the name
            or (_adverb(self.tokens[end]) and not self.tokens[end].is_capitalised)
        ):
            end -= 1
        while end >= start and self.tokens[end].lower == "on":
            end -= 1
        if end > start and self.tokens[end].text == "," and self.tokens[end + 1].lower in AUX:
            end -= 1  # 'The Observatory, also said': a stray comma before the auxiliary
        return end

    def _speaker_after_scene(self, start: int, end: int) -> tuple[int, int] | None:
        """'During Tuesday's debate in parliament several lawmakers accused': the speaker after
        a scene whose comma was lost (the last determined phrase); None when there is no scene."""
        if not (
            self.tokens[start].lower in _SCENE_PREPOSITIONS
            and self.tokens[end].lower in _SCENE_SPEAKER_HEADS
            # 'In a press release issued on Tuesday the Coalition called': a body's head noun
            # written with a capital after 'the', after a short scene
            and (
                not self.tokens[end].is_capitalised
                or (self.tokens[end - 1].lower == "the" and end - start <= _SHORT_SCENE)
            )
        ):
            return None
        for k in range(end, start, -1):
            # 'Earlier in the day media reported': a time word ends the scene too.
            after_time = self.tokens[k - 1].lower in _TIME_WORDS
            if (k < end and self.tokens[k].lower in _SPEAKER_DETERMINERS) or after_time:
                scene = self.tokens[start:k]
                # 'At least 109 of the dead were ... the group said': a count, not a scene
                if not any(
                    t.text[:1].isdigit() or t.lower in ("least", "most") for t in scene
                ) and _valid_speaker(self.tokens, k, end):
                    return (k, end)
                return None
        return None

    def _coordinated_subject(self, start: int, end: int) -> tuple[int, int] | None:
        """The subject of 'S V1 ... and said C': the words before the first finite verb."""
        if any(t.lower in ("which", "who", "that", "whom") for t in self.tokens[start:end]):
            return None  # 'Many blamed the regime, which denied it and said ...': not S's words
        for k in range(start + 1, end):
            tok = self.tokens[k]
            if not tok.is_word or tok.is_capitalised:
                continue
            if (
                tok.lower in FINITE_VERBS
                or (tok.lower in _IRREGULAR_PASTS and self._short_speaker(start, k - 1))
                or tok.lower in _NOT_IN_SPEAKER  # 'S was unable to confirm X and said C'
                or (tok.lower.endswith("ed") and len(tok.lower) > 4)
                or _present_verb_after_name(
                    self.tokens, k
                )  # 'The Observatory relies on X and says C'
            ):
                last = k - 1
                while last >= start and (
                    self.tokens[last].lower in AUX
                    or _is_date_token(self.tokens, last)
                    or _adverb(self.tokens[last])
                ):
                    last -= 1
                if last >= start and _valid_speaker(self.tokens, start, last):
                    return (start, last)
                return None
        return None

    def _short_speaker(self, start: int, last: int) -> bool:
        """'A resident heard the blast and said C', 'Abu Ahmad saw the jets and said C': before a
        past tense that is no verb of saying, only a short name, an indefinite speaker noun or a
        speaker noun with a participle is a subject ('The strike in Herat on Wednesday drew
        condemnation and underscores' has none). Definite ones ('the official') were left out:
        with them dev's speaker accuracy fell."""
        words = self.tokens[start : last + 1]
        if (
            1 < len(words) <= 8
            and words[0].lower in _SCENE_SPEAKER_HEADS
            and words[1].lower.endswith("ing")
        ):
            return True  # 'People waiting in the Ramousah garage heard the blast and said C'
        return (
            0 < len(words) <= 4
            and all(t.is_word for t in words)
            and (
                (words[0].lower in ("a", "an", "one") and words[-1].lower in _SCENE_SPEAKER_HEADS)
                or (all(t.is_capitalised for t in words) and words[0].lower not in _DEFINITE_STARTS)
            )
        )

    def _cue_tail_end(self, cue: Cue, after: int, limit: int) -> int:
        """The cue's tail, with the object of 'told' ('told Reuters on Saturday')."""
        last = self._tail_end(after, limit)
        if cue.form == "told" and last < after:
            last = _told_object_end(self.tokens, after, limit)
            last = self._tail_end(last + 1, limit)
        if cue.form == "quoted":
            last = _quoted_by_end(self.tokens, last + 1, limit, last)
        return last

    def _tail_end(self, after: int, limit: int) -> int:
        """Index of the last token of the cue's tail (dates, 'in a statement', 'told Reuters')."""
        i = after
        last = after - 1
        while i <= limit:
            tok = self.tokens[i]
            if _is_date_token(self.tokens, i) or tok.lower in AUX:
                last = i
                i += 1
                continue
            if (
                tok.lower in ("last", "this", "next", "earlier", "late", "early")
                and i + 1 <= limit
                and self.tokens[i + 1].lower in _PERIODS
            ):
                last = i + 1  # 'said last month that ...'
                i += 2
                continue
            if tok.lower in ("from", "in") and self._place_closes(i + 1, limit):
                # '... told Reuters from Aleppo.', '... said in Damascus.': where the speaker
                # spoke from, closing the sentence
                last = limit
                while last > i and not self.tokens[last].is_word:
                    last -= 1
                break
            if tok.lower == "by" and (means := self._by_means(i + 1, limit)) is not None:
                last = means  # 'told AFP by telephone', 'said by phone'
                i = means + 1
                continue
            if tok.lower in PREPOSITIONS:
                j = i + 1
                found = None
                while j <= min(limit, i + 7):
                    word = self.tokens[j]
                    if word.lower in TAIL_NOUNS or _is_date_token(self.tokens, j):
                        found = j
                    elif (
                        not word.is_word
                        or word.quoted
                        or word.lower == "that"
                        or (found is not None and word.lower in _PUBLISHING_VERBS)
                    ):
                        break
                    j += 1
                if found is None:
                    break
                # A statement may be qualified: "issued on Saturday night".
                last = found
                i = found + 1
                if self.tokens[found].lower == "anonymity":
                    last = _reason_end(self.tokens, i, limit, last)
                    i = last + 1
                carried = self._carried_run_end(found, i, limit)
                if carried is not None:
                    # 'said in a statement carried by state TV and SANA that C', 'in remarks,
                    # broadcast on state television, that C': the channels end the tail
                    last = carried
                    i = carried + 1
                    continue
                if (i <= limit and self.tokens[i].lower in _ISSUING_VERBS) or (
                    i <= limit
                    and self.tokens[i].lower in _PUBLISHING_VERBS
                    and self.tokens[found].lower in STATEMENT_WORDS
                ):
                    last = i
                    i += 1
                if self.tokens[last].lower in _CHANNEL_VERBS:
                    # 'said in a statement carried by state TV and SANA that C': the channels
                    # that published the statement, up to the 'that' that opens the content
                    channel = self._channel_end(i, limit)
                    if channel is not None:
                        last = channel
                        i = channel + 1
                continue
            break
        return last

    def _carried_run_end(self, noun: int, first: int, limit: int) -> int | None:
        """After the carried noun at `noun`, the last token of its channels ('carried by SANA
        and state TV', ', published on Telegram and carried by Amaq,') when 'that', a comma or
        a quotation follows them; None when no channel follows the noun."""
        if self.tokens[noun].lower not in _CARRIED_NOUNS:
            return None
        j = first
        aside = j <= limit and self.tokens[j].text == ","
        j += aside
        end = None
        while (
            j + 1 <= limit
            and self.tokens[j].lower in _ANY_CHANNEL_VERB
            and self.tokens[j + 1].lower in _CHANNEL_PREPOSITIONS
        ):
            phrases = self._channel_words(j + 2, limit)
            if not phrases:
                return None
            end = phrases[-1][1]
            j = end + 1
            if j + 1 <= limit and self.tokens[j].lower == "and":
                j += 1
        if end is None or end + 1 > limit:
            return None
        after = self.tokens[end + 1]
        if aside:
            return end + 1 if after.text == "," else None
        return end if after.lower == "that" or after.text == "," or after.is_quote else None

    def _channel_end(self, first: int, limit: int) -> int | None:
        """The last word of 'by/on/via <channels>' before a 'that' that opens the content."""
        if first > limit or self.tokens[first].lower not in ("by", "on", "via", "through"):
            return None
        for j in range(first + 1, min(limit, first + _MAX_CHANNEL_WORDS) + 1):
            word = self.tokens[j]
            if word.lower == "that" and j > first + 1:
                return j - 1
            if not word.is_word or word.quoted or word.lower in _NOT_IN_SPEAKER:
                return None
        return None

    def _by_means(self, first: int, limit: int) -> int | None:
        """The last word of 'by telephone', 'by a phone call', 'by text message' after 'by'."""
        j = (
            first + 1
            if first <= limit and self.tokens[first].lower in ("a", "an", "the")
            else first
        )
        end = None
        while j <= limit and self.tokens[j].lower in _MEANS_NOUNS:
            end = j
            j += 1
        return end

    def _place_closes(self, first: int, limit: int) -> bool:
        """Tokens [first, limit] are one to four capitalised words and closing punctuation: a
        place's name that ends the sentence ('from Aleppo.', 'in Deir ez-Zor')."""
        words = [t for t in self.tokens[first : limit + 1] if t.is_word]
        rest = [t for t in self.tokens[first : limit + 1] if not t.is_word]
        return (
            0 < len(words) <= 4
            and words[0].is_capitalised
            and all(t.is_capitalised or "-" in t.text for t in words)
            and all(t.text in ".!?" for t in rest)
            and not any(t.quoted for t in words)
        )

    def opening_participle(self) -> list[RawClaim]:
        """'Denying the claim that C, S said D', 'Rejecting allegations of X, S insisted D': the
        participle's object is S's (a denial is its denier's claim), and so is D."""
        if not self.tokens or self.tokens[0].lower not in _OPENING_PARTICIPLES:
            return []
        comma = next(
            (
                i
                for i, t in enumerate(self.tokens[: _MAX_OPENER + 1])
                if t.text == "," and not t.quoted
            ),
            None,
        )
        if comma is None or comma < 2 or any(t.is_quote for t in self.tokens[:comma]):
            return []
        rest = _Attempt(
            self.text,
            self.sentence,
            self.tokens,
            [c for c in self.cues if c.first > comma],
            lead=comma + 1,
        )
        main = rest.speaker_then_content() or rest.quote_then_speaker()
        if not main or main[0].speaker_start is None or main[0].speaker_end is None:
            return []
        speaker = self._token_span(main[0].speaker_start, main[0].speaker_end)
        opened = self._claim(1, comma - 1, "adding-clause", None, speaker)
        if opened is None:
            return main
        opened.cue = self.tokens[0].lower
        return [opened, *main]

    def passive_response(self) -> list[RawClaim]:
        """'The claim that C was denied by S', 'Reports of X were dismissed by S as propaganda':
        the subject is what S denied (or confirmed), S's claim as an active denial would be."""
        for i, tok in enumerate(self.tokens):
            if (
                tok.quoted
                or tok.lower not in _PASSIVE_RESPONSES
                or i < self.lead + 2
                or i + 2 >= len(self.tokens)
                or self.tokens[i + 1].lower != "by"
            ):
                continue
            aux = i - 1
            if self.tokens[aux].lower.endswith("ly") or self.tokens[aux].lower in _LEADING_ADVERBS:
                aux -= 1  # 'was later confirmed by', 'were flatly rejected by'
            if aux <= self.lead or self.tokens[aux].lower not in ("was", "were", "been"):
                continue
            speaker = self._agent_after(i + 2)
            if speaker is None:
                continue
            subject_last = aux - 1
            while subject_last > self.lead and self.tokens[subject_last].lower in AUX:
                subject_last -= 1
            if not self._a_subject(self.lead, subject_last):
                continue
            if tok.lower in _PASSIVE_REPORTS and not self._reported_toll(self.lead, subject_last):
                continue  # 'The incident was reported by a man': only a toll is S's claim
            made = self._claim(self.lead, subject_last, "speaker-then-content", None, speaker)
            if made is None:
                continue
            made.cue = f"{self.tokens[aux].lower} {tok.lower} by"
            return [made]
        return []

    def _reported_toll(self, first: int, last: int) -> bool:
        """Tokens [first, last] count casualties ('At least 50 fatalities and dozens of
        injuries', 'Twenty civilian deaths'): a figure of killed or injured."""
        start, end = self.tokens[first].start, self.tokens[last].end
        return any(
            f.metric in ("killed", "injured") for f in extract_figures(self.text, start, end)
        )

    def _a_subject(self, first: int, last: int) -> bool:
        """Tokens [first, last] are one noun phrase ('The claim that C', 'Reports of deaths'),
        not a clause of their own before it ('Reuters could not verify them and they') nor a
        bare pronoun."""
        if last < first or (last == first and self.tokens[first].lower in _BARE_PRONOUNS):
            return False
        head_end = next(
            (k for k in range(first, last + 1) if self.tokens[k].lower in ("that", "of")), last + 1
        )
        return not any(
            t.lower in _CLAUSE_VERBS or t.text in ";:" for t in self.tokens[first:head_end]
        )

    def _agent_after(self, first: int) -> tuple[int, int] | None:
        """The agent of a passive verb, 'by S': up to punctuation, 'as', a preposition or a date."""
        last = first - 1
        while (
            last + 1 < len(self.tokens)
            and last + 1 - first < MAX_SPEAKER_TOKENS
            and self.tokens[last + 1].is_word
            and not self.tokens[last + 1].quoted
            and self.tokens[last + 1].lower not in _AGENT_ENDS
            and not _is_date_token(self.tokens, last + 1)
        ):
            last += 1
        if last < first or not _valid_speaker(self.tokens, first, last):
            return None
        return (first, last)

    def _token_span(self, start: int, end: int) -> tuple[int, int]:
        """The first and last token of the characters [start, end)."""
        first = next(i for i, t in enumerate(self.tokens) if t.start >= start)
        last = max(i for i, t in enumerate(self.tokens) if t.end <= end)
        return first, last

    # -- relays ----------------------------------------------------------------------------
    def relayed_quote(self) -> list[RawClaim]:
        """'S quoted X as saying (that) C', 'S cited X as saying C', 'C, S quoted X as saying'.

        X made the claim; S passed it on.
        """
        for cue in self.cues:
            if cue.form == "relay" or cue.words.endswith(("cite", "cites", "cited")):
                cited = self._cited_who_said(cue)
                if cited:
                    return cited
            if cue.form != "relay":
                continue
            as_at = _as_saying(self.tokens, cue.last + 1)
            if as_at is None or as_at <= cue.last + 1:
                continue
            origin = (cue.last + 1, as_at - 1)
            last = len(self.tokens) - 1
            tail_last = self._tail_end(as_at + 2, last)
            relay_first = self.lead
            content: tuple[int, int] | None = None
            if tail_last + 1 <= last and any(t.is_word for t in self.tokens[tail_last + 1 :]):
                content = (tail_last + 1, last)
            else:
                comma = _previous_comma(self.tokens, cue.first, self.lead)
                if comma is None:
                    continue
                relay_first = comma + 1
                content = (self.lead, comma - 1)
            relayer = self._speaker_before(cue.first, relay_first)
            if relayer is None or not _valid_speaker(self.tokens, *origin):
                continue
            made = self._claim(
                content[0], content[1], "relayed-quote", cue, origin, (as_at, tail_last)
            )
            if made is None:
                continue
            made.cue = f"{cue.words} ... as {self.tokens[as_at + 1].lower}"
            made.relayers = [(self._phrase(relayer), self.tokens[relayer[0]].start)]
            return [made]
        return []

    def _cited_who_said(self, cue: Cue) -> list[RawClaim]:
        """'S (went on to) cite(d) X who said (that) C': X's claim, S relays it."""
        said = next(
            (
                c
                for c in self.cues
                if c.form in ("finite", "told")
                and cue.last + 1 < c.first <= cue.last + 14
                and self.tokens[c.first - 1].lower == "who"
            ),
            None,
        )
        if said is None:
            return []
        origin = (cue.last + 1, said.first - 2)
        relayer = self._speaker_before(cue.first, self.lead)
        if relayer is None or origin[1] < origin[0]:
            return []
        last = len(self.tokens) - 1
        tail_last = self._cue_tail_end(said, said.last + 1, last)
        made = self._claim(
            tail_last + 1, last, "relayed-quote", said, origin, (said.last + 1, tail_last)
        )
        if made is None:
            return []
        made.relayers = [(self._phrase(relayer), self.tokens[relayer[0]].start)]
        return [made]

    def relayed(self, claim: RawClaim) -> RawClaim:
        """'S reported, citing X, (that) C' and 'C, S said, citing X': X is the source, S a relayer.

        A chain ('S, citing X, quoting Y') puts Y as the source and X, S as relayers, in that order.
        """
        if claim.speaker is None or claim.speaker_start is None or claim.speaker_end is None:
            return claim
        if self._may_relay():
            self._cited_chain(claim)
        if _MAY_CARRY.search(self.text, self.sentence.start, self.sentence.end):
            self._channels(claim)
        return claim

    def _cited_chain(self, claim: RawClaim) -> None:
        """The relays of 'S reported, citing X, (that) C': X the source, S its relayer."""
        assert claim.speaker_start is not None and claim.speaker_end is not None
        chain: list[tuple[int, int]] = []
        speaker_last = next(
            i
            for i in range(len(self.tokens) - 1, -1, -1)
            if self.tokens[i].end <= claim.speaker_end
        )
        speaker_first = next(i for i, t in enumerate(self.tokens) if t.start >= claim.speaker_start)
        for i, tok in enumerate(self.tokens):
            if speaker_first < i < speaker_last and self._relays_inside(i) and not chain:
                # 'according to SANA citing the Interior Ministry': the comma was lost.
                chain.append((i + 1, min(self._relay_phrase_end(i), speaker_last)))
                speaker_last = i - 1
                continue
            if i < speaker_first or not self._opens_relay(i):
                continue
            if claim.start <= tok.start < claim.end:
                # 'S reported C, citing Y[, which ...]': the relay closes the sentence.
                if chain or not self._closes_sentence(i) or claim.speaker_end > tok.start:
                    continue
                claim.end = self.tokens[i - 2].end
            end = self._relay_phrase_end(i)
            if end > i:
                chain.append((i + 1, end))
                if i - 1 <= speaker_last:
                    speaker_last = i - 2  # the relay was read as an appositive of the speaker
        if not chain or speaker_last < speaker_first:
            return
        phrases = [(speaker_first, speaker_last), *chain]
        origin = phrases[-1]
        claim.relayers = [
            (self._phrase(p), self.tokens[p[0]].start) for p in reversed(phrases[:-1])
        ] + claim.relayers
        claim.speaker_start = self.tokens[origin[0]].start
        claim.speaker_end = self.tokens[origin[1]].end
        claim.speaker = self.text[claim.speaker_start : claim.speaker_end]

    def _channels(self, claim: RawClaim) -> None:
        """'A statement by the army carried by SANA said C', 'S said in a statement broadcast on
        state TV that C', 'S, quoted by Interfax, said C', 'In remarks carried by IRNA, S said C':
        the channels relay the originator's words. They come first in `relayers` (nearest the
        source), in the order written, and are cut from the speaker phrase; the originator's own
        channel ('published on its Telegram channel') relays nothing."""
        assert claim.speaker_start is not None and claim.speaker_end is not None
        found: list[tuple[str, int]] = []
        cut: int | None = None
        channel_end = -1  # the last word of the channels read so far
        for i in range(1, len(self.tokens) - 1):
            tok = self.tokens[i]
            if (
                tok.lower not in _ANY_CHANNEL_VERB
                or tok.quoted
                or self.tokens[i + 1].lower not in _CHANNEL_PREPOSITIONS
                or claim.start <= tok.start < claim.end
            ):
                continue
            # 'published on Telegram and carried by Amaq': a second channel of the same words
            opener = i if channel_end == i - 2 else self._carried_opener(i)
            if opener is None:
                continue
            phrases = self._channel_words(i + 2, len(self.tokens) - 1)
            for first, last in phrases:
                channel_end = last
                if self._a_relaying_channel(first, last):
                    found.append((self._phrase((first, last)), self.tokens[first].start))
            if claim.speaker_start <= tok.start < claim.speaker_end and cut is None:
                cut = opener
        if cut is not None:
            self._cut_speaker(claim, cut)
        claim.relayers = found + claim.relayers

    def _carried_opener(self, i: int) -> int | None:
        """For a channel's participle at i, the first token of what it qualifies, cut from a
        speaker phrase: the participle itself, or ', which was' / ', quoted' before it; None when
        no carried noun (or, for 'quoted by', comma) licenses a channel."""
        verb, prep = self.tokens[i].lower, self.tokens[i + 1].lower
        k = i - 1
        while k > 0 and self.tokens[k].lower in ("which", "that", "was", "were", "been"):
            k -= 1
        if verb in _QUOTING_CHANNEL_VERBS:
            if prep != "by":
                return None
            if self.tokens[k].text == "," or (
                # 'S was quoted by Interfax as saying C'
                k < i - 1 and self.tokens[i - 1].lower in ("was", "were", "been")
            ):
                return k
            return i if self.tokens[k].lower in _CARRIED_NOUNS else None
        # the carried noun, directly or with its originator ('a statement by the army carried')
        noun = next(
            (
                j
                for j in range(k, max(0, k - 8) - 1, -1)
                if self.tokens[j].lower in _CARRIED_NOUNS and not self.tokens[j].quoted
            ),
            None,
        )
        if noun is None:
            return None
        between = [t for t in self.tokens[noun + 1 : k + 1] if t.text != ","]
        if any(not t.is_word for t in between):
            return None
        if between and between[0].lower not in _BY_ORIGINATOR:
            return None  # 'the statement said the bodies carried by ...': not the statement's
        if verb not in _CARRYING_VERBS and prep == "by" and not between:
            return None  # 'a report published by Amnesty': Amnesty wrote it
        return k + 1 if self.tokens[k].text != "," else k

    def _a_relaying_channel(self, first: int, last: int) -> bool:
        """Whether channel words [first, last] name a relayer: a capitalised name or a head
        such as 'state television', not the originator's own ('its Telegram channel') nor a
        platform ('Telegram', 'social media')."""
        words = self.tokens[first : last + 1]
        return (
            words[0].lower not in _OWN_CHANNEL_WORDS
            and not all(t.lower in _PLATFORMS for t in words)
            and any(t.is_capitalised or t.lower in _CHANNEL_HEADS for t in words)
        )

    def _channel_words(self, first: int, limit: int) -> list[tuple[int, int]]:
        """The channels named from token `first`: up to a comma, 'that', a quote, a cue, a
        date or a preposition, split at 'and' ('by state TV and SANA'); not another channel's
        participle ('published on Telegram and carried by Amaq')."""
        cue_starts = {c.first for c in self.cues}
        phrases: list[tuple[int, int]] = []
        start = j = first
        while j <= limit and j - first < _MAX_CHANNEL_WORDS:
            if (
                self.tokens[j].lower == "and"
                and j + 1 <= limit
                and self.tokens[j + 1].lower in _ANY_CHANNEL_VERB
            ):
                break
            tok = self.tokens[j]
            if (
                not tok.is_word
                or tok.quoted
                or tok.lower in ("that", "as", "which", "who")
                or tok.lower in _PRONOUN_SUBJECTS  # 'circulated on social media it said'
                or j in cue_starts
                or _is_date_token(self.tokens, j)
                or (tok.lower in PREPOSITIONS and tok.lower != "of")
            ):
                break
            if tok.lower == "and":
                if j > start:
                    phrases.append((start, j - 1))
                start = j + 1
            j += 1
        if j > start:
            phrases.append((start, j - 1))
        return phrases

    def _cut_speaker(self, claim: RawClaim, cut: int) -> None:
        """The speaker phrase ends before token `cut` (a channel's participle), when what is
        left names an originator ('The army in a statement', not 'A statement')."""
        assert claim.speaker_start is not None
        first = next(i for i, t in enumerate(self.tokens) if t.start >= claim.speaker_start)
        last = cut - 1
        while last >= first and not self.tokens[last].is_word:
            last -= 1
        words = self.tokens[first : last + 1]
        if not any(
            t.is_word and t.lower not in _NO_ORIGINATOR and t.lower not in _CARRIED_NOUNS
            for t in words
        ):
            return
        claim.speaker_end = self.tokens[last].end
        claim.speaker = self.text[claim.speaker_start : claim.speaker_end]

    def _may_relay(self) -> bool:
        """Whether the sentence holds 'citing' or 'quoting' at all (a token that is one of them
        is in its lowercased text): one substring test instead of a test of every token."""
        within = self.text[self.sentence.start : self.sentence.end].lower()
        return "citing" in within or "quoting" in within

    def _opens_relay(self, i: int) -> bool:
        """Token i is ', citing' or ', quoting' outside a quotation."""
        tok = self.tokens[i]
        return (
            tok.lower in ("citing", "quoting")
            and not tok.quoted
            and i > 0
            and self.tokens[i - 1].text == ","
        )

    def _relays_inside(self, i: int) -> bool:
        """Token i is 'citing' or 'quoting' inside a speaker phrase, after a word (no comma)."""
        tok = self.tokens[i]
        return tok.lower in ("citing", "quoting") and not tok.quoted and self.tokens[i - 1].is_word

    def _relay_phrase_end(self, i: int) -> int:
        """The last word of the phrase after 'citing' at i: up to a comma, a quote or 'that'."""
        end = i
        while (
            end + 1 < len(self.tokens)
            and self.tokens[end + 1].text not in ",;:"
            and not self.tokens[end + 1].quoted
            and not self.tokens[end + 1].is_quote
            and self.tokens[end + 1].lower != "that"
        ):
            end += 1
        while end > i and not self.tokens[end].is_word:
            end -= 1
        return end

    def _closes_sentence(self, i: int) -> bool:
        """Whether tokens from `i` to the end hold no cue and no quotation (a trailing aside)."""
        return not any(c.first > i for c in self.cues) and not any(
            t.quoted or t.is_quote for t in self.tokens[i:]
        )

    def _phrase(self, span: tuple[int, int]) -> str:
        return self.text[self.tokens[span[0]].start : self.tokens[span[1]].end]

    # -- patterns --------------------------------------------------------------------------
    def according_to(self) -> list[RawClaim]:
        """'According to S, C' and 'C, according to S'; 'according to their type' or 'according
        to the agreement' names no source."""
        for cue in self.cues:
            if cue.form != "according" or not _names_a_source(self.tokens, cue.last + 1):
                continue
            if cue.first <= self.lead or self._restarts_sentence(cue):
                comma = _next_comma(self.tokens, cue.last + 1)
                if comma is None:
                    lost = self._according_without_comma(cue)
                    if lost:
                        return lost
                    continue
                speaker = (cue.last + 1, comma - 1)
                made = self._claim(comma + 1, len(self.tokens) - 1, "according-to", cue, speaker)
                return [made] if made else []
            nested = self._said_according_to(cue)
            if nested is not None:
                return nested
            interposed = self._interposed_according(cue)
            if interposed is not None:
                return interposed
            end = len(self.tokens) - 1
            comma = _next_comma(self.tokens, cue.last + 1)
            s_last = (comma - 1) if comma is not None else end
            s_last = _according_clause_end(self.tokens, cue.last + 1, s_last)
            while s_last > cue.last and not self.tokens[s_last].is_word:
                s_last -= 1
            speaker = (cue.last + 1, s_last)
            content_last = cue.first - 1
            made = self._claim(self.lead, content_last, "according-to", cue, speaker)
            return [made] if made else []
        return []

    def _interposed_according(self, cue: Cue) -> list[RawClaim] | None:
        """'The attacks according to the source claimed two lives' (commas lost): 'according
        to' and a short source between a subject and its verb; the claim is the whole sentence."""
        before = self.tokens[self.lead : cue.first]
        if not 1 <= len(before) <= 8 or any(
            not t.is_word or t.lower in FINITE_VERBS or t.lower.endswith("ed") for t in before
        ):
            return None
        k = cue.last + 1
        if k >= len(self.tokens) or self.tokens[k].lower not in ("the", "a", "an"):
            return None
        for h in range(k + 1, min(k + 5, len(self.tokens) - 3)):
            tok = self.tokens[h]
            if not tok.is_word or tok.quoted:
                return None
            if not _according_head(tok) or _according_head(self.tokens[h + 1]):
                continue  # 'the police source': the head is the last such noun
            verb = self.tokens[h + 1]
            if not verb.is_word or verb.is_capitalised:
                return None
            if not (
                verb.lower in FINITE_VERBS
                or verb.lower in _IRREGULAR_PASTS
                or verb.lower in ("was", "were", "is", "are", "had", "has", "have")
                or verb.lower.endswith("ed")
            ):
                return None
            made = self._claim(self.lead, len(self.tokens) - 1, "according-to", cue, (k, h))
            return [made] if made else None
        return None

    def _restarts_sentence(self, cue: Cue) -> bool:
        """'Relentless bombardment According to the TV station C', '... From Mosul - Moscow
        According to the governor C': a capital 'According' inside a sentence opens the real one
        after a subheading, caption or headline run into it."""
        return self.tokens[cue.first].text == "According" and not any(
            t.is_quote or t.quoted for t in self.tokens[self.lead : cue.first]
        )

    def _according_without_comma(self, cue: Cue) -> list[RawClaim]:
        """'According to the Observatory heavy shelling hit the town' (the comma was lost): the
        source is a short phrase, a name or a noun of speaking, and the claim follows it."""
        last = len(self.tokens) - 1
        s_last = _according_source_end(self.tokens, cue.last + 1, last)
        if s_last is None:
            return []
        s_first = cue.last + 1
        head = s_first + (self.tokens[s_first].lower in ("the", "a", "an"))
        if (
            head + 1 < s_last
            and self.tokens[head].lower in _ACCORDING_HEADS
            and self.tokens[head + 1].lower.endswith("ed")
            and (by := _agent_by(self.tokens, head + 2, s_last)) is not None
            and self.tokens[head + 2].lower != "by"
        ):
            # 'According to information handed over to SANA by the governor C': the agent speaks
            s_first = by + 1
        made = self._claim(s_last + 1, last, "according-to", cue, (s_first, s_last))
        return [made] if made else []

    def _said_according_to(self, cue: Cue) -> list[RawClaim] | None:
        """'S said (that) according to X, C': X is the source and S relays X's words."""
        j = cue.first - 1
        if j > self.lead and self.tokens[j].lower == "that":
            j -= 1
        verb = next((c for c in self.cues if c.last == j and c.form in ("finite", "told")), None)
        if verb is None:
            return None
        relayer = self._speaker_before(verb.first, self.lead)
        if relayer is None:
            return None
        end = len(self.tokens) - 1
        comma = _next_comma(self.tokens, cue.last + 1)
        if comma is not None and comma - cue.last <= MAX_SPEAKER_TOKENS + 2:
            s_last, content_first = comma - 1, comma + 1
        else:
            # The comma was left out: the source is a run of names ending before 'a'/'the'.
            k = cue.last + 1
            while k < end and not (
                self.tokens[k].lower in ("a", "an", "the")
                and k > cue.last + 2
                and self.tokens[k - 1].is_capitalised
            ):
                k += 1
            if k >= end:
                return None
            s_last, content_first = k - 1, k
        made = self._claim(content_first, end, "according-to", cue, (cue.last + 1, s_last))
        if made is None:
            return None
        made.relayers = [(self._phrase(relayer), self.tokens[relayer[0]].start)]
        return [made]

    def _place_apposition_then_name(self, after: int, cue: Cue) -> bool:
        """'... in Zahraa" a district inhabited by Alawites said Talal al-Barazi': an article and
        a place noun within its first three words open the words between the quotation and a
        finite cue, and a capitalised name follows the cue."""
        words = self.tokens[after : cue.first]
        if cue.form != "finite" or len(words) < 2 or words[0].lower not in ("a", "an", "the"):
            return False
        if not any(t.lower in _NAMED_PLACE_NOUNS for t in words[1:4]):
            return False
        name = self.tokens[cue.last + 1 : cue.last + 3]
        return (
            len(name) == 2
            and name[0].is_capitalised
            and all(t.is_word and (t.is_capitalised or _PARTICLE_NAME.match(t.text)) for t in name)
        )

    def quote_then_speaker(self) -> list[RawClaim]:
        """'"Q," S said [tail][, adding that C]' and '"Q," said S'."""
        start = self.lead
        close = self._closed_quote_at(start)
        if close is None:
            return []
        after = close + 1
        if after < len(self.tokens) and self.tokens[after].text == ",":
            after += 1
        cue = next(
            (
                c
                for c in self.cues
                if c.first >= after
                and c.form in ("finite", "told", "quoted")
                and c.first - after <= MAX_SPEAKER_TOKENS
            ),
            None,
        )
        if cue is None:
            return []
        # '"Q in Zahraa" a district inhabited by Alawites said Talal al-Barazi': the words
        # before the cue describe the quotation's last place; the speaker follows the cue.
        inverted = cue.first == after or self._place_apposition_then_name(after, cue)
        if inverted:  # inverted: said the statement
            speaker = self._inverted_speaker(cue, take_first=True, dates_end_it=False)
        else:
            speaker = self._speaker_before(cue.first, after)
        if speaker is None:
            return []
        tail_from = speaker[1] + 1 if inverted else cue.last + 1
        claims: list[RawClaim] = []
        tail_last = self._tail_after(cue, tail_from)
        made = self._claim(
            start + 1, close - 1, "quote-then-speaker", cue, speaker, (tail_from, tail_last)
        )
        resumed = self._resumed_quote_end(tail_last + 1)
        if made and resumed is not None:
            # '"Q1," S said, "Q2."': one quotation that the speaker interrupts, one claim
            made.end = self.tokens[resumed].end
            return [made]
        if made:
            claims.append(made)
        claims.extend(self._following_clauses(tail_last + 1, speaker))
        return claims

    def _resumed_quote_end(self, i: int) -> int | None:
        """The last word of a quotation resumed at token `i` (', "until the town is taken."'),
        open or closed, or None when none is."""
        if i + 1 >= len(self.tokens) or self.tokens[i].text != ",":
            return None
        mark = self.tokens[i + 1]
        quote = next((q for q in self.sentence.quotes if q.start == mark.start), None)
        if not mark.is_quote or quote is None:
            return None
        inner_end = quote.end - 1 if quote.closed else quote.end
        words = [
            k
            for k in range(i + 2, len(self.tokens))
            if self.tokens[k].end <= inner_end and self.tokens[k].is_word
        ]
        return words[-1] if words else None

    def _closed_quote_at(self, start: int) -> int | None:
        """The index of the closing mark of a closed quotation opening at token `start`."""
        if start >= len(self.tokens) or not self.tokens[start].is_quote:
            return None
        quote = next((q for q in self.sentence.quotes if q.start == self.tokens[start].start), None)
        if quote is None or not quote.closed:
            return None
        return next(i for i, t in enumerate(self.tokens) if t.start == quote.end - 1)

    def _inverted_speaker(
        self, cue: Cue, *, take_first: bool, dates_end_it: bool
    ) -> tuple[int, int] | None:
        """'..., said S': the words after the cue up to a participle or a preposition (or a
        date), with their appositive; `take_first` keeps the first token whatever it is."""
        s_first = cue.last + 1
        if take_first and s_first >= len(self.tokens):
            return None
        s_last = s_first if take_first else s_first - 1
        while s_last + 1 < len(self.tokens) and self._continues_inverted_speaker(
            s_last + 1, dates_end_it
        ):
            s_last += 1
        if s_last < s_first or not _valid_speaker(self.tokens, s_first, s_last):
            return None
        return (s_first, _extend_appositive(self.tokens, s_last))

    def _continues_inverted_speaker(self, i: int, dates_end_it: bool) -> bool:
        """Token i can belong to a speaker named after its verb."""
        tok = self.tokens[i]
        return (
            tok.is_word
            and tok.lower not in SPLIT_PARTICIPLES
            and not (dates_end_it and _is_date_token(self.tokens, i))
            and tok.lower not in PREPOSITIONS
        )

    def _tail_after(self, cue: Cue, tail_from: int) -> int:
        """The end of the cue's tail from `tail_from` (with the object of 'told' right after it)."""
        last = len(self.tokens) - 1
        if tail_from == cue.last + 1:
            return self._cue_tail_end(cue, tail_from, last)
        return self._tail_end(tail_from, last)

    def _trailing_adverbial(self, after: int, cue: Cue) -> bool:
        """', hours after a rocket landed': words after 'C, S said' that attribute nothing."""
        if after >= len(self.tokens) or self.tokens[after].text != ",":
            return False
        rest = self.tokens[after + 1 :]
        return (
            bool(rest)
            and not any(t.is_quote or t.quoted for t in rest)
            and not any(
                c.first > cue.last for c in self.cues if c.form in ("finite", "told", "according")
            )
        )

    def _subordinate_speech(self, after: int) -> list[RawClaim]:
        """'C, a NATO spokesman said, after the aid group blamed an air strike for X': a clause
        of time or reason after the speaker, with a speaker and a cue of its own, is that
        speaker's claim; the claim before the comma stays the first speaker's."""
        if after + 2 >= len(self.tokens) or self.tokens[after].text != ",":
            return []
        opener = after + 1
        while opener < after + 3 and self.tokens[opener].lower in _SUBORDINATOR_MEASURES:
            opener += 1  # ', hours after the rebels warned C'
        if (
            opener + 1 >= len(self.tokens)
            or self.tokens[opener].lower not in _SUBORDINATORS
            or self.tokens[opener].lower == "as"  # ', as S said': the same claim's cue
        ):
            return []
        clause = _Attempt(self.text, self.sentence, self.tokens, self.cues, lead=opener + 1)
        made = clause.speaker_then_content()
        return made if made and made[0].speaker_start is not None else []

    def _and_clause(self, after: int, cue: Cue) -> tuple[int, int] | None:
        """'C, it said and included at least 20 children': a clause joined to the cue by 'and'
        with no cue of its own; the speaker's too (tokens [first, last])."""
        last = len(self.tokens) - 1
        if after > last or self.tokens[after].lower != "and":
            return None
        rest = self.tokens[after + 1 :]
        if sum(t.is_word for t in rest) < 3 or any(t.is_quote or t.quoted for t in rest):
            return None
        if any(c.first > cue.last for c in self.cues):
            return None
        return (after + 1, last)

    def _claims_of(
        self, span: tuple[int, int], cue: Cue, speaker: tuple[int, int]
    ) -> list[RawClaim]:
        """The claim over `span` when it has a subject of its own ('and many were dying');
        'and gave no details', 'and included the names' tell what the statement did."""
        opener = self.tokens[span[0]].lower
        if opener.endswith("ed") or opener in _IRREGULAR_PASTS or opener in FINITE_VERBS:
            return []
        made = self._claim(span[0], span[1], "adding-clause", cue, speaker)
        return [made] if made else []

    def _following_clauses(self, after: int, speaker: tuple[int, int]) -> list[RawClaim]:
        """Claims after a cue's tail: '..., adding that C' or 'adding that C'."""
        split = next(
            (
                c
                for c in sorted([*self.cues, *self.toll_updates], key=lambda c: c.first)
                if c.first >= after
                and (
                    # 'S said in a statement putting the death toll at 70': the toll is S's too
                    (
                        c.form == "participle"
                        and (c.words in SPLIT_CUES or c.words.endswith("toll at"))
                    )
                    # 'S said, updating an earlier toll of 12' ('bringing the toll to 45')
                    or (c.form == TOLL_UPDATE and self._opens_the_rest(after, c))
                )
            ),
            None,
        )
        if split is None:
            return []
        return self._with_splits(
            split.last + 1, len(self.tokens) - 1, "adding-clause", split, speaker, None
        )

    def _opens_the_rest(self, after: int, cue: Cue) -> bool:
        """The cue opens what follows `after` (a comma at most between them)."""
        return all(not t.is_word for t in self.tokens[after : cue.first])

    def content_then_speaker(self) -> list[RawClaim]:
        """'C, S said [tail][, adding that C2]' and 'C, said S'."""
        for cue in reversed(self.cues):
            if cue.form not in ("finite", "told", "quoted") or cue.first <= self.lead + 1:
                continue
            comma = _previous_comma(self.tokens, cue.first, self.lead)
            if comma is None:
                continue
            if comma == cue.first - 1 and cue.form == "told":
                continue  # ', told Reuters': Reuters was told, the speaker is before the comma
            made = self._content_then_speaker_at(cue, comma)
            if made:
                return made
        return []

    def _content_then_speaker_at(self, cue: Cue, comma: int) -> list[RawClaim]:
        """'C, S said' with the comma before S (or before the cue: ', said the ministry')."""
        inverted = comma == cue.first - 1
        if inverted and self._subject_with_aside(comma):
            return []  # 'S, who heads the council, said the dead included children': S speaks
        if inverted:
            speaker = self._inverted_speaker(cue, take_first=False, dates_end_it=True)
            if speaker is not None and self._subject_with_name_before(comma, speaker):
                return []  # 'The head of X, Fadel Ghani, said the network verified C'
        else:
            speaker = self._speaker_before(cue.first, comma + 1)
        if speaker is None:
            return []
        tail_from = speaker[1] + 1 if inverted else cue.last + 1
        tail_last = _citing_end(self.tokens, self._tail_after(cue, tail_from))
        rest = [t for t in self.tokens[tail_last + 1 :] if t.is_word or t.is_quote]
        if rest and self._interposed(comma, tail_last):
            # 'Some of the dead, he added, were fighters': the speaker inside one clause
            made = self._claim(
                self.lead,
                len(self.tokens) - 1,
                "content-then-speaker",
                cue,
                speaker,
                (tail_from, tail_last),
            )
            return [made] if made is not None else []
        follow = self._following_clauses(tail_last + 1, speaker) if rest else []
        and_clause = self._and_clause(tail_last + 1, cue) if rest and not follow else None
        if and_clause is not None:
            follow = self._claims_of(and_clause, cue, speaker)
        elif rest and not follow and not self._trailing_adverbial(tail_last + 1, cue):
            follow = self._subordinate_speech(tail_last + 1)
            if not follow:
                return []
        made = self._claim(
            self.lead, comma - 1, "content-then-speaker", cue, speaker, (tail_from, tail_last)
        )
        if made is None:
            return []
        return [made, *follow]

    def _subject_with_aside(self, comma: int) -> bool:
        """The words before `comma` are a speaker and an aside the comma closes ('The head of
        the council, who is a member of the party,'): a subject, not the content of a claim."""
        return any(t.text == "," for t in self.tokens[self.lead + 1 : comma]) and _valid_speaker(
            self.tokens, self.lead, comma
        )

    def _subject_with_name_before(self, comma: int, speaker: tuple[int, int]) -> bool:
        """'S, Name, said the network verified C': a name between commas closes the subject
        before the cue, and what follows the cue has a verb of its own: it is the content, not a
        speaker named after the cue ('in Aleppo, Syria, said the Observatory' has none)."""
        opening = _previous_comma(self.tokens, comma, self.lead)
        if opening is None or not _name_between_commas(self.tokens, opening, comma):
            return False
        return any(
            t.is_word
            and not t.is_capitalised
            and (t.lower in FINITE_VERBS or t.lower in _IRREGULAR_PASTS or t.lower.endswith("ed"))
            for t in self.tokens[speaker[0] + 1 : speaker[1] + 1]
        )

    def _interposed(self, comma: int, tail_last: int) -> bool:
        """'C1, S said, C2' where C1 is a subject and C2 its predicate: 'Most of the victims, the
        ministry said, were women', 'The convoy, an official told AFP, was hit by two bombs'."""
        after = tail_last + 1
        if after + 1 >= len(self.tokens) or self.tokens[after].text != ",":
            return False
        verb = self.tokens[after + 1].lower
        before = self.tokens[self.lead : comma]
        return (
            verb in _INTERPOSED_VERBS
            and 0 < len(before) <= 8
            and all(t.is_word and t.lower not in _INTERPOSED_VERBS for t in before)
        )

    def relative_toll(self) -> list[RawClaim]:
        """'S, which put the death toll at 40, said C', 'the network which gave a lower toll of
        17 people killed said C': a toll in the speaker's relative clause is the speaker's claim,
        and so is what the main verb says. Two claims with one speaker."""
        tolls = [c for c in self.cues if c.words.endswith(("toll at", "toll of"))]
        for toll in tolls:
            rel = toll.first - 1
            while rel > self.lead and self.tokens[rel].lower in AUX:
                rel -= 1  # 'which had put the toll at'
            if self.tokens[rel].lower not in ("which", "who") or rel - self.lead < 1:
                continue
            s_last = rel - 1 if self.tokens[rel - 1].text == "," else rel
            s_last -= 1
            main = next(
                (
                    c
                    for c in self.cues
                    if c.first > toll.last and c.form in ("finite", "told") and c is not toll
                ),
                None,
            )
            if main is None or s_last < self.lead or main.first - toll.last > _MAX_RELATIVE + 2:
                continue
            if any(toll.last < c.first < main.first for c in self.cues):
                continue
            speaker = (self.lead, s_last)
            if (
                not _valid_speaker(self.tokens, *speaker)
                or s_last - self.lead >= MAX_SPEAKER_TOKENS
            ):
                continue
            toll_last = main.first - 1
            while toll_last > toll.last and self.tokens[toll_last].lower in AUX:
                toll_last -= 1  # 'S, which gave a toll of 17, also said C'
            toll_end = self.tokens[toll_last].end
            if not extract_figures(self.text, self.tokens[toll.last + 1].start, toll_end):
                continue
            stated = self._claim(toll.last + 1, toll_last, "speaker-then-content", toll, speaker)
            last = len(self.tokens) - 1
            tail_last = _citing_end(self.tokens, self._cue_tail_end(main, main.last + 1, last))
            if stated is None or tail_last + 1 > last:
                continue
            said = self._with_splits(
                tail_last + 1,
                last,
                "speaker-then-content",
                main,
                speaker,
                (main.last + 1, tail_last),
            )
            return [stated, *said] if said else []
        return []

    def speaker_then_content(self) -> list[RawClaim]:
        """'S said [tail] (that) C[, adding that C2]' and 'S said: "Q"'."""
        for cue in self.cues:
            if cue.form not in ("finite", "told", "quoted"):
                continue
            found = (
                self._speaker_after_headline(cue)
                or self._speaker_before(cue.first, self.lead)
                or self._speaker_after_opener(cue)
            )
            if found is None:
                continue
            last = len(self.tokens) - 1
            if self._toll_before_trailing_speaker(found, cue):
                return []
            tail_last = _citing_end(self.tokens, self._cue_tail_end(cue, cue.last + 1, last))
            first = tail_last + 1
            if first > last:
                continue
            if _dateline_byline(self.tokens, cue, first, last):
                continue
            return self._with_splits(
                first, last, "speaker-then-content", cue, found, (cue.last + 1, tail_last)
            )
        return []

    def _toll_before_trailing_speaker(self, found: tuple[int, int], cue: Cue) -> bool:
        """'The death toll reached 330 civil defence sources told X as C2', 'Mortar fire wounded
        three people SANA said blaming C2' (commas lost): a toll, then a speaker run into it
        before the cue, then an aside or an 'adding' clause; the toll is the claim of the speaker at the end
        (content_then_speaker_no_comma), not part of a long speaker."""
        first, end = found
        s_first = self._no_comma_speaker_start(end)
        if s_first is None or s_first - first < 3 or s_first > end:
            return False
        tail_last = self._cue_tail_end(cue, cue.last + 1, len(self.tokens) - 1)
        if self._what_follows_no_comma(tail_last) is None:
            return False  # other words follow: the no-comma reading would not take the sentence
        return bool(
            extract_figures(self.text, self.tokens[first].start, self.tokens[s_first - 1].end)
        )

    def _speaker_after_opener(self, cue: Cue) -> tuple[int, int] | None:
        """'Commenting on the attack UN envoy Staffan de Mistura said C', 'While the inquiry
        will focus on three sites Nesirky said C': an opening phrase or clause whose comma was
        lost, then a speaker named as in 'C the army said' right before the cue."""
        opener = self.tokens[self.lead].lower if self.lead < len(self.tokens) else ""
        if opener not in _OPENERS_BEFORE_A_SPEAKER or cue.first - self.lead < 5:
            return None
        if any(self.lead < c.first < cue.first for c in self.cues) or (
            self.lead + 1 < len(self.tokens) and self.tokens[self.lead + 1].lower == "least"
        ):
            return None
        # The cue must open its content: 'C the Observatory said, updating a toll' is read by
        # content_then_speaker_no_comma.
        tail_last = self._cue_tail_end(cue, cue.last + 1, len(self.tokens) - 1)
        rest = [t for t in self.tokens[tail_last + 1 :] if t.is_word]
        if (
            len(rest) < 4
            or rest[0].lower in _ASIDE_OPENERS
            or rest[0].lower.endswith("ing")
            or rest[0].lower in ("and", "but", "or", "adding", "as")
        ):
            return None
        last = cue.first - 1
        while last > self.lead and (
            self.tokens[last].lower in AUX or _is_date_token(self.tokens, last)
        ):
            last -= 1
        first = self._no_comma_speaker_start(last)
        if first is None or first - self.lead < 3:
            return None
        return (first, last)

    def _speaker_after_headline(self, cue: Cue) -> tuple[int, int] | None:
        """'15 Medics Killed in Airstrikes on Hospital in Southern Aleppo Syrian Coalition
        Describes the Attack as a War Crime': a headline run into the one after it. A Title Case
        present-tense verb ('Describes', 'Urges', 'Condemns') after a body's name that opens with
        a demonym ('Syrian Coalition', 'Russian General Staff') opens a claim of that body."""
        verb = self.tokens[cue.first]
        if (
            cue.form != "finite"
            or not verb.text[:1].isupper()
            or not verb.lower.endswith("s")
            or cue.first - self.lead < 4
            or any(self.lead <= c.first < cue.first for c in self.cues)
        ):
            return None
        last = cue.first - 1
        k = last
        while k > self.lead and last - k < _MAX_HEADLINE_SPEAKER:
            tok = self.tokens[k]
            if not tok.is_word or tok.quoted or not tok.is_capitalised:
                return None
            if (
                tok.lower in _DEMONYMS
                and k < last
                and self.tokens[k - 1].is_capitalised
                and any(t.is_word and t.lower == t.text for t in self.tokens[self.lead : k])
            ):
                # the words before the demonym are the headline's own ('in Southern Aleppo'); a
                # headline has its lowercase prepositions ('Former Syrian Minister Says' has
                # none: one name)
                return (k, last)
            k -= 1
        return None

    def content_then_speaker_no_comma(self) -> list[RawClaim]:
        """'C the army said.' where commas were lost: the speaker must be a short definite phrase."""
        for cue in reversed(self.cues):
            if cue.form not in ("finite", "told", "quoted") or cue.first <= self.lead + 3:
                continue
            tail_last = self._cue_tail_end(cue, cue.last + 1, len(self.tokens) - 1)
            inverted = self._inverted_no_comma(cue)
            if inverted is not None:
                return inverted
            follows = self._what_follows_no_comma(tail_last)
            and_clause = self._and_clause(tail_last + 1, cue)
            if follows is None and and_clause is None:
                continue
            # 'C the Observatory subsequently said': an adverb between the speaker and the cue
            s_last = cue.first - 1
            while s_last > cue.first - 3 and self.tokens[s_last].lower in _NO_COMMA_ADVERBS:
                s_last -= 1
            if s_last == cue.first - 1 and self.tokens[s_last].lower in _PERFECT_AUX:
                s_last -= 1  # 'C local sources have said': the perfect's auxiliary is the cue's
            s_first = self._no_comma_speaker_start(s_last)
            if s_first is None:
                # 'C the monitor and doctors at the scene said': the first of two speakers leads
                pair = self._coordinated_speaker(s_last)
                if pair is not None:
                    s_first, s_last = pair
            if s_first is None:
                continue
            if _an_age(self.tokens[s_last]) and s_first < s_last:
                s_last -= 1  # 'C Abu Ali 35 said': the speaker is the name, not the age
            if self.tokens[s_first - 1].lower in _NOT_BEFORE_A_TRAILING_SPEAKER:
                # 'C an accusation the YPG has denied': a clause of the noun; 'C shelled by the
                # army and rebels said': the agent of a passive. Neither is a trailing speaker.
                continue
            if self.tokens[s_first - 1].lower == "and" and s_first - 2 > self.lead + 3:
                # 'C sources in the city and the Observatory said': two speakers, the first leads
                first_of_two = self._no_comma_speaker_start(s_first - 2)
                if first_of_two is not None and self.tokens[first_of_two - 1].lower == "between":
                    # 'C fighting between the opposition and the regime opposition said': the pair
                    # is the object of 'between', and where the speaker starts is unclear
                    continue
                if first_of_two is not None:
                    s_first = first_of_two
            speaker = (s_first, s_last)
            # 'C as the army said': 'as' belongs to the cue, not the claim
            content_last = s_first - 2 if self.tokens[s_first - 1].lower == "as" else s_first - 1
            made = self._claim(
                self.lead,
                content_last,
                "content-then-speaker-no-comma",
                cue,
                speaker,
                (cue.last + 1, tail_last),
            )
            if made is None:
                continue
            follow = self._following_clauses(tail_last + 1, speaker) if follows else []
            if and_clause is not None:
                follow = self._claims_of(and_clause, cue, speaker)
            for claim in follow:
                claim.rule = "adding-clause"
            return [made, *follow]
        return []

    def ranked_speaker_no_comma(self) -> list[RawClaim]:
        """'C East Ghouta Col. Gen. Sergei Rudskoi said at a briefing' (commas lost): a ranked
        name run into the words before it, then the sentence's last cue and only its tail; this
        reading wins over a headline's cue run in before it ('Moscow warns against ...')."""
        cue = next((c for c in reversed(self.cues) if c.form in ("finite", "told")), None)
        if cue is None or cue.first - self.lead < 6:
            return []
        s_last = cue.first - 1
        s_first = _rank_in_name_run(self.tokens, s_last, self.lead + 3)
        if s_first is None and any(c.first < cue.first for c in self.cues):
            # 'S announced C government spokeswoman Najat Vallaud-Belkacem told reporters': a
            # spokesperson named in full before the last cue reports the whole sentence, the
            # earlier cue inside it.
            s_first = _spokes_titled_name(self.tokens, s_last, self.lead + 3)
        if s_first is None:
            return []
        tail_last = self._cue_tail_end(cue, cue.last + 1, len(self.tokens) - 1)
        follows = self._what_follows_no_comma(tail_last)
        if follows is None:
            return []
        speaker = (s_first, s_last)
        made = self._claim(
            self.lead,
            s_first - 1,
            "content-then-speaker-no-comma",
            cue,
            speaker,
            (cue.last + 1, tail_last),
        )
        if made is None:
            return []
        follow = self._following_clauses(tail_last + 1, speaker) if follows else []
        for claim in follow:
            claim.rule = "adding-clause"
        return [made, *follow]

    def inverted_titled_no_comma(self) -> list[RawClaim]:
        """'C said the oppositions chief negotiator Mohamad Sabra.' (commas lost): a titled name
        after the sentence's last cue ends it; read before a subject with a verb of its own
        ('Tuesdays attack cast new doubt ... said X') is taken for the speaker."""
        cue = next((c for c in reversed(self.cues) if c.form == "finite"), None)
        if cue is None or cue.first - self.lead < 6:
            return []
        first, last = cue.last + 1, self._inverted_name_end(cue)
        if first > last or not (
            _titled_person(self.tokens[first : last + 1]) or self._described_name(first, last)
        ):
            return []
        return self._inverted_no_comma(cue) or []

    def _described_name(self, first: int, last: int) -> bool:
        """'said Omar Hassan the head of the council', 'said Abu Ali a father of three': two to
        four capitalised words, then a description headed by a person's noun (comma lost)."""
        words = self.tokens[first : last + 1]
        after = last + 2
        return (
            2 <= len(words) <= 4
            and all(t.is_word and t.is_capitalised and not t.quoted for t in words)
            and after < len(self.tokens)
            and self.tokens[last + 1].lower in ("the", "a", "an")
            and self.tokens[after].lower in _APPOSITION_HEADS
        )

    def _no_comma_speaker_start(self, last: int) -> int | None:
        """Start of the speaker ending at `last` in 'C the army said': a bare plural after a
        date or a lowercase word ('C on Monday residents said'), a short definite phrase, a
        titled name, or a bare plural after a name ('C near Kilis witnesses said')."""
        if (
            _an_age(self.tokens[last])
            and last - 1 > self.lead + 3
            and self.tokens[last - 1].is_capitalised
            and self.tokens[last - 1].is_word
        ):
            # 'C Ahmed 24 said', 'C Umm Khaled 40 told AFP': a person's age after the name
            named = self._no_comma_speaker_start(last - 1)
            return named if named is not None and named >= last - 4 else None
        bare = _bare_plural_speaker(self.tokens, last, self.lead + 3)
        if bare is not None and (
            not self.tokens[bare - 1].is_capitalised or _is_date_token(self.tokens, bare - 1)
        ):
            return bare
        if bare is not None and self._owner_word_before(bare):
            return bare - 1  # 'C in a war zone UN agencies said', 'C on Monday US officials said'
        dated = _speaker_after_date(self.tokens, last, self.lead + 3)
        if dated is not None:
            return dated  # 'C on Friday Turkish military said'
        named = _named_apposition(self.tokens, last, self.lead + 3)
        if named is not None:
            return named
        placed = _demonym_after_place(self.tokens, last, self.lead + 3)
        if placed is not None:
            return placed  # 'C near Damascus British Foreign Secretary William Hague said'
        placed = (
            _name_after_place(self.tokens, last, self.lead + 3)
            if last + 1 < len(self.tokens) and self.tokens[last + 1].lower in _PLAIN_CUES
            else None
        )
        if placed is not None:
            return placed  # 'C in Al-Atareb Fahd said': the place is cut when resolved
        staff = _outlet_staff(self.tokens, last, self.lead + 3)
        if staff is not None:
            return staff  # 'C 15 injured Al-Manar correspondent reported'
        possessive = _lost_possessive(self.tokens, last, self.lead + 3)
        if possessive is not None:
            return possessive  # 'C Turkeys health ministry said'
        s_first = _media_name(self.tokens, last, self.lead + 3)
        if s_first is None:
            s_first = _short_definite_phrase(self.tokens, last, self.lead)
        if s_first is None:
            s_first = _named_body(self.tokens, last, self.lead + 3)
        if s_first is None:
            s_first = _titled_name(self.tokens, last, self.lead + 3)
        if s_first is None:
            s_first = _bare_name(self.tokens, last, self.lead + 3)
        if bare is not None and (s_first is None or bare < s_first):
            return bare  # 'C sources close to the group told Reuters': the longer phrase
        if (
            s_first is None
            and (head := _head_before_place(self.tokens, last, self.lead + 3, _SPEAKER_HEADS))
            < last
        ):
            # 'C an AFP photographer in Douma reported', 'C a reporter in the town said'; a pair
            # ('the monitor and doctors at the scene') is read as a pair
            placed = self._no_comma_speaker_start(head)
            if (
                placed is not None
                and all(t.lower != "and" for t in self.tokens[placed:head])
                # 'C which relies on a network of sources in the country said': an object
                and self.tokens[placed - 1].lower not in PREPOSITIONS
            ):
                return placed
            return None
        if s_first is None and self.tokens[last].text == ")":
            # 'C the Syrian Observatory for Human Rights (SOHR) said': the name before brackets
            opening = next(
                (
                    j
                    for j in range(last - 1, max(self.lead, last - 6), -1)
                    if self.tokens[j].text == "("
                ),
                None,
            )
            if opening is not None and opening - 1 > self.lead + 3:
                return self._no_comma_speaker_start(opening - 1)
        return s_first

    def _owner_word_before(self, bare: int) -> bool:
        """An acronym or demonym that owns a bare plural speaker at `bare` ('UN agencies', 'US
        officials', 'Turkish sources'), after a lowercase word or a date that ends the content."""
        owner = bare - 1
        if owner - 1 <= self.lead + 2:
            return False
        word = self.tokens[owner]
        before = self.tokens[owner - 1]
        return (
            (bool(_ACRONYM.fullmatch(word.text)) or word.lower in _DEMONYMS)
            and not word.quoted
            and before.is_word
            and (not before.is_capitalised or _is_date_token(self.tokens, owner - 1))
            and before.lower not in _BARE_BLOCKERS
            and before.lower not in _NOT_IN_SPEAKER
        )

    def _coordinated_speaker(self, last: int) -> tuple[int, int] | None:
        """The first speaker of 'the Observatory and medics', 'activists and monitoring
        groups', 'a war monitor medics and emergency workers' ending at `last` when commas are
        missing: a plural speaker or a determined one after 'and' (a place may follow it:
        'doctors at the scene'), after a speaker that the other no-comma rules read; one
        comma-less item may stand before that ('a war monitor medics'). The first leads."""
        tokens, floor = self.tokens, self.lead + 3
        join = next(
            (k for k in range(last - 1, max(floor, last - 7), -1) if tokens[k].lower == "and"),
            None,
        )
        if join is None or not self._second_conjunct(join + 1, last):
            return None
        first = self._no_comma_speaker_start(join - 1)
        if first is None or first <= floor:
            return None
        before = tokens[first - 1]
        if before.lower in PREPOSITIONS or before.lower in ("by", "of", "and", "or"):
            return None  # 'C shelled by the army and rebels said': an agent, not a speaker
        if (
            first == join - 1
            and tokens[first].lower in _BARE_SPEAKERS
            and (earlier := _short_definite_phrase(tokens, first - 1, self.lead)) is not None
            and earlier > floor
            and tokens[earlier].lower in ("a", "an", "the")
        ):
            # 'a war monitor medics and emergency workers': a list that lost its commas
            return earlier, first - 1
        return first, join - 1

    def _second_conjunct(self, first: int, last: int) -> bool:
        """'medics', 'monitoring groups', 'doctors at the scene', 'the monitor': a speaker
        after 'and' in a pair of speakers."""
        tokens = self.tokens
        words = tokens[first : last + 1]
        if not words or any(not t.is_word or t.quoted for t in words):
            return False
        if tokens[first].lower in ("a", "an", "the"):
            return _determined_speaker(tokens, first, last)
        head = next(
            (
                k
                for k in range(first, min(last, first + 3) + 1)
                if tokens[k].lower in _BARE_SPEAKERS
                or (tokens[k].lower in _SPEAKER_HEADS and tokens[k].lower.endswith("s"))
            ),
            None,
        )
        if head is None or any(
            t.is_capitalised or t.lower in _NOT_IN_SPEAKER or t.lower in _BARE_BLOCKERS
            for t in tokens[first:head]
        ):
            return False
        place = tokens[head + 1 : last + 1]
        # 'doctors at the scene', 'residents in the town': a short phrase of place
        return not place or (
            place[0].lower in ("at", "in", "on", "inside", "near")
            and len(place) <= 4
            and all(t.lower not in _NOT_IN_SPEAKER for t in place[1:])
        )

    def _what_follows_no_comma(self, tail_last: int) -> bool | None:
        """After 'C the army said [tail]': True when an 'adding that' clause follows, False when
        nothing (or an aside: 'while ...', 'updating a previous toll') does, None when other
        words do and the cue is not the sentence's."""
        rest = [t for t in self.tokens[tail_last + 1 :] if t.is_word or t.is_quote]
        if not rest:
            return False
        if any(self._opens_the_rest(tail_last + 1, c) for c in self.toll_updates):
            return True  # 'C the Observatory said updating an earlier toll of 12'
        if rest[0].lower in _ASIDE_OPENERS or (
            rest[0].lower.endswith("ing") and rest[0].lower not in SPLIT_PARTICIPLES
        ):
            return False
        words = tuple(t.lower for t in rest[:4])
        if any(words[: len(aside)] == aside for aside in _TRAILING_ASIDES) and not any(
            c.first > tail_last for c in self.cues
        ):
            # 'C a monitor said a day after the truce': an aside, not content ('... with a
            # monitor saying C' and '... after S announced C' are clauses of other speakers)
            return False
        if any(
            c.first > tail_last and c.form == "participle" and c.words in SPLIT_CUES
            for c in self.cues
        ):
            return True
        return None

    def _inverted_no_comma(self, cue: Cue) -> list[RawClaim] | None:
        """'C said the Syrian Observatory for Human Rights.' (FA-KES lost the comma): a named
        speaker after the cue closes the sentence, after a clause of six words or more."""
        if (
            cue.form != "finite"
            or cue.first - self.lead < 6
            or self.tokens[cue.first].lower not in _INVERTING_VERBS
        ):
            return None
        first, last = cue.last + 1, self._inverted_name_end(cue)
        if first > last or last - first > MAX_SPEAKER_TOKENS - 1:
            return None
        words = self.tokens[first : last + 1]
        named = words[0].lower == "the" and len(words) > 1 and words[1].is_capitalised
        # 'said Observatory director Rami Abdel Rahman': a title inside the name is lowercase
        titled = words[0].is_capitalised and all(
            t.is_capitalised
            or t.lower in _TITLE_NOUNS
            # 'said Syrian Observatory for Human Rights director Rami Abdel Rahman'
            or (
                t.lower in ("for", "of", "and")
                and 0 < k < len(words) - 1
                and words[k + 1].is_capitalised
            )
            for k, t in enumerate(words)
            if t.is_word
        )
        # a body's name, a title and the person's name may run longer than a name alone
        titled_name = (
            titled
            and len(words) >= 4
            and any(t.lower in _TITLE_NOUNS and not t.is_capitalised for t in words[1:-2])
        )
        # 'said the head of the council', 'said a monitoring group': a short determined phrase
        # headed by a speaker noun
        determined = (
            words[0].lower in ("the", "a", "an")
            and last - first <= 5
            and _determined_speaker(self.tokens, first, last)
        )
        if (named or titled) and last - first > (10 if titled_name else 7):
            return None
        person = _titled_person(words)
        if not (named or titled or determined or person):
            return None
        if any(t.quoted or t.is_quote or t.text == "," for t in words):
            return None
        if not (person or _valid_speaker(self.tokens, first, last)):
            return None
        made = self._claim(
            self.lead, cue.first - 1, "content-then-speaker-no-comma", cue, (first, last)
        )
        if made is None:
            return None
        follow = self._following_clauses(last + 1, (first, last))
        for claim in follow:
            claim.rule = "adding-clause"
        return [made, *follow]

    def _inverted_name_end(self, cue: Cue) -> int:
        """The last word of the name after the cue: before the closing punctuation, a relative
        clause ('... said the Observatory which has documented ...') or an unmarked appositive
        ('... said the Observatory a monitoring group opposed to ...')."""
        found = self._name_ends.get(cue.last)
        if found is None:
            found = self._name_ends[cue.last] = self._name_end_after(cue.last)
        return found

    def _name_end_after(self, cue_last: int) -> int:
        """`_inverted_name_end` of a cue that ends at token `cue_last`."""
        last = len(self.tokens) - 1
        while last > cue_last and not self.tokens[last].is_word:
            last -= 1
        for k in range(cue_last + 2, last + 1):
            word = self.tokens[k].lower
            if word in SPLIT_PARTICIPLES:
                return k - 1  # '... said the Observatory adding that C'
            if (
                word in PREPOSITIONS
                and not self.tokens[k].is_capitalised
                and self._only_a_tail_from(k, last)
            ):
                return k - 1  # '... said the Coalition in a press release', '... to ARA News'
            if word in ("which", "who") or (
                word in ("a", "an", "another") and self.tokens[k - 1].is_capitalised
            ):
                return k - 1
            if (
                word == "the"
                and self.tokens[k - 1].is_capitalised
                and self.tokens[cue_last + 1].is_capitalised
                and self.tokens[cue_last + 1].lower != "the"
                and k + 1 <= last
                and self.tokens[k + 1].lower in _APPOSITION_HEADS
            ):
                # '... said Abu Abdel-Moneim the father of a fighter': a person's name, then a
                # description of the person headed by a speaker noun (its comma lost)
                return k - 1
        return last

    def _only_a_tail_from(self, k: int, last: int) -> bool:
        """Tokens [k, last] are a cue's tail ('in a press release published on Wednesday') or
        'to' and an outlet's name ('to ARA News'), not a clause ('to approve air strikes')."""
        if self._tail_end(k, last) >= last:
            return True
        return self.tokens[k].lower == "to" and all(
            _in_name(t) for t in self.tokens[k + 1 : last + 1]
        )

    def long_subject(self) -> list[RawClaim]:
        """'S who lives in Europe said C', 'S that is affiliated to X said C', 'S - a rescue
        service - said C': a speaker whose relative clause or dashed aside stands between it
        and the sentence's first cue; the speaker is the words before it. (Participles and
        phrases of place are left out: '-ing' words of the genre are mostly nouns, 'shelling')."""
        cue = next((c for c in self.cues if c.form in ("finite", "told")), None)
        if cue is None or cue.first - self.lead > _MAX_LONG_SUBJECT or cue.first <= self.lead:
            return []
        before = self.tokens[self.lead : cue.first]
        if any(t.is_quote or t.quoted or t.text in ",;:" for t in before):
            return []
        if any(c.first < cue.first for c in self.cues) or self.tokens[cue.first - 1].lower in (
            "and",
            "but",
            "or",
        ):
            return []  # 'S who lives in X and maintains contacts': the clause's own verb
        opener = next(
            (k for k in range(self.lead + 1, cue.first - 1) if self._opens_modifier(k, cue)), None
        )
        if opener is None or not _valid_speaker(self.tokens, self.lead, opener - 1):
            return []
        if any(t.lower in _SUBORDINATORS for t in self.tokens[opener + 1 : cue.first]):
            return []  # 'A checkpoint that X held is seen after a group said C': not its cue
        last = len(self.tokens) - 1
        tail_last = _citing_end(self.tokens, self._cue_tail_end(cue, cue.last + 1, last))
        if tail_last + 1 > last:
            return []
        return self._with_splits(
            tail_last + 1,
            last,
            "speaker-then-content",
            cue,
            (self.lead, opener - 1),
            (cue.last + 1, tail_last),
        )

    def _opens_modifier(self, k: int, cue: Cue) -> bool:
        """Token k opens a modifier of the subject that ends before the cue at `cue`."""
        tok = self.tokens[k]
        word = tok.lower
        if tok.text in "-—–":
            return any(t.text in "-—–" for t in self.tokens[k + 1 : cue.first])
        return word in ("who", "that", "which") and k + 1 < cue.first  # its own verb follows

    def relative_speaker(self) -> list[RawClaim]:
        """'The war, which the UN says has claimed 300,000 lives, ...', 'agreements that the UN
        says have held', 'what a UN report said was a massacre': a speaker inside a relative
        clause; the claim runs to the clause's end."""
        for cue in self.cues:
            if cue.form not in ("finite", "told") or cue.first <= self.lead + 1:
                continue
            pronoun = next(
                (
                    k
                    for k in range(cue.first - 2, max(self.lead, cue.first - 8) - 1, -1)
                    if self.tokens[k].lower in _RELATIVE_PRONOUNS
                ),
                None,
            )
            if pronoun is None:
                made = self._who_says(cue) or self._zero_relative(cue)
                if made:
                    return [made]
                continue
            if any(c.first < pronoun for c in self.cues):
                continue  # 'S said that the UN says C': the first cue's clause
            if any(not t.is_word or t.quoted for t in self.tokens[pronoun + 1 : cue.first]):
                continue
            speaker = self._speaker_before(cue.first, pronoun + 1)
            if speaker is None or speaker[0] != pronoun + 1:
                continue
            last = len(self.tokens) - 1
            first = cue.last + 1
            if first <= last and self.tokens[first].lower == "that":
                first += 1
            end = next(
                (k - 1 for k in range(first, last + 1) if self.tokens[k].text in ",;:"),
                last,
            )
            made = self._claim(first, end, "embedded-speaker", cue, speaker, None)
            if made:
                return [made]
        return []

    def _zero_relative(self, cue: Cue, *, alone: bool = True) -> RawClaim | None:
        """'a gas attack the United States says killed 1,400 people', 'an initiative the UN said
        is insufficient': a relative clause without its pronoun; the cue's content has no subject
        of its own (a verb follows the cue), the speaker is a short phrase after the noun the
        clause belongs to."""
        after = cue.last + 1
        if (
            self.tokens[cue.first].lower not in _ZERO_RELATIVE_CUES
            or after >= len(self.tokens)
            or self.tokens[after].lower not in _CLAUSE_VERBS_AFTER
            or (alone and any(c.first < cue.first for c in self.cues))
        ):
            return None
        s_last = cue.first - 1
        s_first = _short_definite_phrase(self.tokens, s_last, self.lead)
        if s_first is None:
            s_first = _bare_name(self.tokens, s_last, self.lead)
        if s_first is None or s_first - 1 <= self.lead:
            return None
        head = self.tokens[s_first - 1]
        if (
            not head.is_word
            or head.is_capitalised
            or head.lower in _NOT_IN_SPEAKER
            or head.lower in PREPOSITIONS
            or head.lower in _BARE_BLOCKERS
            or head.lower in _RELATIVE_PRONOUNS  # 'what it said was': a relative of its own
            or head.lower.endswith("ly")
        ):
            return None  # the noun the clause belongs to stands right before its speaker
        last = len(self.tokens) - 1
        end = next((k - 1 for k in range(after, last + 1) if self.tokens[k].text in ",;:"), last)
        return self._claim(after, end, "embedded-speaker", cue, (s_first, s_last), None)

    def _who_says(self, cue: Cue) -> RawClaim | None:
        """'The strikes hit civilians, who say the army targeted their homes': the speaker is the
        noun the relative clause belongs to; the claim runs to the clause's end."""
        who = cue.first - 1
        if self.tokens[who].lower not in ("who", "which") or any(
            c.first < cue.first for c in self.cues
        ):
            return None
        head = who - 1 if self.tokens[who - 1].text == "," else who
        if head - 1 <= self.lead:
            return None
        s_last = head - 1
        s_first = _short_definite_phrase(self.tokens, s_last, self.lead)
        if s_first is None:
            s_first = _bare_plural_speaker(self.tokens, s_last, self.lead)
        if s_first is None and self.tokens[who].lower == "which":
            # 'the opposition Syrian National Coalition which described the incident as a crime'
            s_first = _bare_name(self.tokens, s_last, self.lead)
        if s_first is None:
            return None
        if self.tokens[who].lower == "which" and not (
            self.tokens[s_last].is_capitalised or self.tokens[s_last].lower in _SPEAKER_HEADS
        ):
            return None  # 'the attack, which ...': a body or a name speaks, not a thing
        last = len(self.tokens) - 1
        first = self._cue_tail_end(cue, cue.last + 1, last) + 1
        end = next((k - 1 for k in range(first, last + 1) if self.tokens[k].text in ",;:"), last)
        return self._claim(first, end, "embedded-speaker", cue, (s_first, s_last), None)

    def embedded_speaker(self) -> list[RawClaim]:
        """'The strikes came a day after UNICEF said 22 children had been killed': a reporting
        clause inside a subordinate clause; the content runs to the sentence's end."""
        for cue in self.cues:
            if cue.form not in ("finite", "told") or cue.first <= self.lead:
                continue
            opener = next(
                (
                    k
                    # a titled name may be long: 'when the UN envoy for Syria Staffan de Mistura'
                    for k in range(
                        cue.first - 1, max(self.lead, cue.first - _MAX_EMBEDDED_SPEAKER) - 1, -1
                    )
                    if self.tokens[k].lower in _SUBORDINATORS
                ),
                None,
            )
            if opener is None or opener + 1 >= cue.first:
                continue
            if (
                self.tokens[opener].lower == "as"
                and self.tokens[opener - 1].lower in _AS_NOT_CLAUSE
            ):
                continue  # 'known as the man who said', 'such as': not a clause of its own
            if any(t.text in ",;:" for t in self.tokens[opener + 1 : cue.first]):
                continue
            speaker = self._speaker_before(cue.first, opener + 1)
            if speaker is None:
                continue
            # 'as the Faylaq al-Sham faction part of the rebel alliance said': the apposition
            # adds no length to the clause's speaker
            body = _without_bare_apposition(self.tokens, *speaker)
            reach = cue.first - (speaker[1] - body[1])
            if reach - opener > _SHORT_EMBEDDED_SPEAKER and not (
                self.tokens[body[1]].is_capitalised or self.tokens[body[1]].text == ")"
            ):
                continue  # a long clause's speaker ends in a name ('... Staffan de Mistura')
            if self.tokens[speaker[1]].lower in _IRREGULAR_PASTS:
                continue  # 'S whose visit took him where the wounded lay said C': S speaks
            last = len(self.tokens) - 1
            tail_last = self._cue_tail_end(cue, cue.last + 1, last)
            if tail_last + 1 > last or not any(t.is_word for t in self.tokens[tail_last + 1 :]):
                if self.tokens[opener].lower == "as" and opener - self.lead >= 3:
                    # 'C as Sputnik's correspondent said': the clause before 'as' is S's
                    made = self._claim(
                        self.lead,
                        opener - 1,
                        "embedded-speaker",
                        cue,
                        speaker,
                        (cue.last + 1, tail_last),
                    )
                    return [made] if made else []
                continue
            made = self._claim(
                tail_last + 1, last, "embedded-speaker", cue, speaker, (cue.last + 1, tail_last)
            )
            if made:
                main = self._main_clause_with_figures(opener)
                return [main, made] if main else [made]
        return []

    def _main_clause_with_figures(self, opener: int) -> RawClaim | None:
        """'200 civilians have been killed since the Observatory said C': the clause before the
        subordinator is the publisher's own claim when it states figures; they are kept."""
        words = [t for t in self.tokens[:opener] if t.is_word]
        if not words:
            return None
        start, end = self.tokens[0].start, words[-1].end
        if not extract_figures(self.text, start, end):
            return None
        return RawClaim(start=start, end=end, rule="publisher-voice")

    def noun_of_speech(self) -> list[RawClaim]:
        """ "Kyiv's claim that C", 'allegations by Moscow that C', 'his declaration that C': the
        noun names what the possessor said; a trailing 'could not be verified' is the writer's."""
        for i, tok in enumerate(self.tokens):
            if tok.quoted or tok.lower not in _SPEECH_NOUNS:
                continue
            found = self._speech_noun_speaker(i)
            if found is None:
                continue
            speaker, that = found
            if that >= len(self.tokens) or self.tokens[that].lower != "that":
                continue
            made = self._claim(
                that + 1, self._noun_content_end(that), "noun-of-speech", None, speaker
            )
            if made is None:
                continue
            made.cue = tok.lower
            made.speaker = self._possessor_name(speaker, made.speaker)
            return [made]
        return []

    def published_news(self) -> list[RawClaim]:
        """'The observatory posted on its Facebook page news of an air strike that killed 20',
        'the group published reports of C': a verb of publishing, then 'news of' and what the
        news tells; the verb's subject speaks."""
        tokens = self.tokens
        for i, tok in enumerate(tokens):
            if tok.quoted or tok.lower not in _PUBLISHING_VERBS or i <= self.lead:
                continue
            news = next(
                (
                    k
                    for k in range(i + 1, min(i + 2 + _MAX_BEFORE_NEWS, len(tokens) - 2))
                    if tokens[k].lower in _NEWS_NOUNS and tokens[k + 1].lower == "of"
                ),
                None,
            )
            if news is None or any(not t.is_word or t.quoted for t in tokens[i + 1 : news]):
                continue
            speaker = self._speaker_before(i, self.lead)
            if speaker is None:
                continue
            made = self._claim(news + 2, len(tokens) - 1, "noun-of-speech", None, speaker)
            if made is None:
                continue
            made.cue = tok.lower
            return [made]
        return []

    def _speech_noun_speaker(self, i: int) -> tuple[tuple[int, int], int] | None:
        """The speaker of the noun of speech at i and the index of the 'that' expected after it:
        'claims by S that', 'his claim that', "Kyiv's claim that", 'Russian claims that'."""
        that = i + 1
        if that < len(self.tokens) and self.tokens[that].lower in ("by", "from"):
            k = that + 1
            while k < len(self.tokens) and self.tokens[k].lower != "that" and k - that <= 6:
                k += 1
            if k >= len(self.tokens) or self.tokens[k].lower != "that":
                return None
            return (that + 1, k - 1), k
        if i > self.lead and self.tokens[i - 1].lower in _POSSESSIVES:
            return (i - 1, i - 1), that
        if i > self.lead and self.tokens[i - 1].lower.endswith(("'s", "’s")):
            first = i - 1
            while first - 1 >= self.lead and self.tokens[first - 1].is_capitalised:
                first -= 1
            return (first, i - 1), that
        if i - 1 > self.lead and self.tokens[i - 1].is_capitalised:
            # 'U.S. warnings that C', 'Russian claims that C': a name or demonym before it.
            first = i - 1
            while first - 1 > self.lead and self.tokens[first - 1].is_capitalised:
                first -= 1
            return (first, i - 1), that
        return None

    def _noun_content_end(self, that: int) -> int:
        """The last word of what a noun of speech reports, before a writer's 'could not be
        verified'."""
        last = len(self.tokens) - 1
        while last > that and not self.tokens[last].is_word:
            last -= 1
        end_at = _VERIFIED.search(self.text, self.tokens[that].end, self.tokens[last].end)
        if end_at:
            last = max(k for k, t in enumerate(self.tokens) if t.end <= end_at.start())
        return last

    def _possessor_name(self, speaker: tuple[int, int], phrase: str | None) -> str:
        """'his' reads 'he' (a pronoun to resolve); "Kyiv's" reads 'Kyiv'."""
        if speaker[0] == speaker[1] and self.tokens[speaker[0]].lower in _POSSESSIVES:
            return {"his": "he", "her": "she", "its": "it", "their": "they"}[
                self.tokens[speaker[0]].lower
            ]
        return re.sub(r"['’]s$", "", phrase or "")

    def participle_after_clause(self) -> list[RawClaim]:
        """'The UN has called for aid access warning that civilians are at risk', 'It blocked
        the inspectors insisting that they be limited to one site': a participle of speech after
        a clause of another verb; the clause's subject speaks."""
        for cue in self.cues:
            if cue.form != "participle" or cue.words not in _SPEECH_PARTICIPLES:
                continue
            if self.tokens[cue.first - 1].lower in _NOT_BEFORE_A_SPEECH_PARTICIPLE:
                continue  # 'issued a warning that': a noun; 'it is worth noting that': the writer's
            following = cue.last + 1
            if (
                following + 1 < len(self.tokens)
                and self.tokens[following].lower.endswith("ly")
                and self.tokens[following + 1].is_quote
            ):
                following += 1  # 'shouting angrily "There are only civilians here"'
            if following >= len(self.tokens):
                continue
            # 'chanting "The people want the fall of the regime"': the quotation it utters
            utters = self.tokens[following].is_quote and not self.tokens[following].quoted
            if not (
                self.tokens[following].lower == "that"
                or _comma_before(self.tokens, cue.first)
                or utters
                # 'S provided lower figures saying C': a report given, then its content
                or self.tokens[cue.first - 1].lower in _REPORT_OBJECTS
            ):
                continue
            verb = next(
                (
                    k
                    for k in range(self.lead + 1, cue.first)
                    if not self.tokens[k].is_capitalised
                    and (
                        self.tokens[k].lower in _NOT_IN_SPEAKER
                        or (self.tokens[k].lower.endswith("ed") and len(self.tokens[k].lower) > 4)
                        # 'a man stood in the road shouting "Q"' (the quotation it utters)
                        or (self.tokens[k].lower in _IRREGULAR_PASTS and utters)
                        or _present_verb_after_name(self.tokens, k)
                    )
                ),
                None,
            )
            if verb is None:
                return []
            last = verb - 1
            while last > self.lead and (
                self.tokens[last].lower in AUX or _adverb(self.tokens[last])
            ):
                last -= 1
            first = self._past_a_named_scene(last)
            head = self.tokens[last]
            if not (
                head.is_capitalised
                or head.lower in _SPEAKER_HEADS
                or head.lower[:-1] in _SPEAKER_HEADS
                or head.lower in _PEOPLE_NOUNS
                or head.lower in ("he", "she", "it", "they", "we")
            ) or not _valid_speaker(self.tokens, first, last):
                return []  # 'The attacks caused damage noting that C': no speaker of its own
            made = self._claim(
                following, len(self.tokens) - 1, "speaker-then-content", cue, (first, last)
            )
            return [made] if made else []
        return []

    def _past_a_named_scene(self, last: int) -> int:
        """Where the subject ending at `last` starts after a scene named by a preposition and
        a place ('In Qaterji a man stood ...': 'a man'), else the lead."""
        lead = self.lead
        if lead >= last or self.tokens[lead].lower not in _SCENE_PREPOSITIONS:
            return lead
        for k in range(lead + 1, min(last, lead + 5)):
            tok = self.tokens[k]
            if tok.lower in ("a", "an", "the") and k > lead + 1:
                return k
            if not (tok.is_word and tok.is_capitalised):
                return lead
        return lead

    def secondary_clauses(self, claims: list[RawClaim]) -> list[RawClaim]:
        """A second speaker in a trailing clause: ', though the ministry reported C', 'with Moscow
        ruling out C'. The clause becomes its own claim and the claim before it ends there."""
        last_claim = claims[-1]
        for cue in self.cues:
            if self.tokens[cue.first].start < last_claim.start:
                continue
            inner = self._zero_relative(cue, alone=False)
            if (
                inner is not None
                and inner.speaker_start is not None
                and last_claim.start < inner.speaker_start < last_claim.end
            ):
                # 'S said C in an initiative the UN said is insufficient': the UN's words end
                # S's claim at their speaker
                before = [t for t in self.tokens if t.end <= inner.speaker_start]
                last_claim.end = before[-1].end
                return [*claims, inner]
            found = self._trailing_clause(cue)
            if found is None:
                continue
            opener, speaker = found
            clause_start = self.tokens[opener].start
            if not (last_claim.start < clause_start < last_claim.end):
                continue
            tail_last = self._cue_tail_end(cue, cue.last + 1, len(self.tokens) - 1)
            if self.tokens[opener].lower == "and" and not self._and_clause_reads_as_speech(
                speaker, tail_last
            ):
                continue
            made = self._claim(
                tail_last + 1,
                len(self.tokens) - 1,
                "speaker-then-content",
                cue,
                speaker,
                (cue.last + 1, tail_last),
            )
            if made is None:
                continue
            before = [t for t in self.tokens if t.end <= clause_start and t.text not in ",;:-—–"]
            if not before or before[-1].end <= last_claim.start:
                continue
            last_claim.end = before[-1].end
            return [*claims, made]
        return claims

    def _and_clause_reads_as_speech(self, speaker: tuple[int, int], tail_last: int) -> bool:
        """'C1 and the Observatory said C2': after 'and' (whose commas FA-KES lost around lists
        of places and numbers) a pronoun, or a speaker that opens with a determiner or a name,
        holds no number and ends in no pronoun, then content of three words or more that opens no aside, no
        infinitive and no verb of the words before ('... and 10 km to the west Abdel Rahman
        said', '... and three women it said', '... a range of other groups are not part')."""
        words = self.tokens[speaker[0] : speaker[1] + 1]
        first, last = words[0], words[-1]
        alone = len(words) == 1 and first.lower in ("he", "she", "they")  # '... and he said C'
        if not (alone or first.lower in ("the", "a", "an") or first.is_capitalised):
            return False
        if not last.is_word or any(t.text[:1].isdigit() for t in words):
            return False
        if not alone and last.lower in _BARE_PRONOUNS:
            return False
        content = [t for t in self.tokens[tail_last + 1 :] if t.is_word]
        if len(content) < 3:
            return False
        opener = content[0].lower
        return not (
            opener in _ASIDE_OPENERS
            or opener in _INTERPOSED_VERBS
            or opener in ("to", "without", "citing", "quoting", "referring")
            or opener.endswith("ing")
            or (content[0].is_capitalised and len(content) <= 5)  # '... said Abdel Rahman'
            # '... and the aid convoys said the oppositions chief negotiator Mohamad Sabra'
            or _titled_person(content)
        )

    def _trailing_clause(self, cue: Cue) -> tuple[int, tuple[int, int]] | None:
        """(opener index, speaker span) for ', though S V' or 'with S [date] V-ing'."""
        for opener in range(cue.first - 1, max(self.lead, cue.first - 9), -1):
            tok = self.tokens[opener]
            if tok.quoted:
                return None
            word = tok.lower
            if cue.form == "participle" and word == "with":
                speaker = self._speaker_before(cue.first, opener + 1)
                return (opener, speaker) if speaker else None
            if word == "and" and not (
                self.tokens[opener + 1].is_capitalised
                or self.tokens[opener + 1].lower in ("the", "a", "an", "he", "she", "they")
            ):
                continue  # 'residents and rebels said': 'and' inside one subject, read on
            if (
                cue.form in ("finite", "told")
                and word in ("though", "although", "while", "whereas", "but", "and")
                # the comma may be lost: '... claimed to have hit it but the coalition said ...'
                and (opener > 0 and (self.tokens[opener - 1].text == "," or word != "though"))
            ):
                speaker = self._speaker_before(cue.first, opener + 1)
                return (opener, speaker) if speaker else None
            if tok.text in ",;":
                return None
        return None

    def unattributed(self) -> RawClaim:
        """A sentence without attribution: the publisher's voice (continuations decided later)."""
        first = self.lead if self.lead < len(self.tokens) else 0
        first, last = _trim(self.tokens, first, len(self.tokens) - 1)
        # Keep leading connectives: the sentence is the claim as the publisher wrote it.
        start = self.tokens[0].start
        end = self.tokens[last].end if last >= first else self.tokens[-1].end
        return RawClaim(start=start, end=end, rule="publisher-voice")


def _lead_end(tokens: list[Token]) -> int:
    """Index of the first token after a leading adverbial ('However,', 'In its statement,')."""
    if not tokens:
        return 0
    label = _label_end(tokens)
    if label:
        # 'Chemical warheads: Recently activists reported C', '[Click to enlarge] The website
        # reported C': a subheading or page debris run into the sentence
        return label + _lead_end(tokens[label:])
    first = tokens[0].lower
    if (
        first in _CONJUNCTIONS
        and len(tokens) > 1
        and tokens[1].text != ","
        and tokens[1].lower not in _LEAD_OPENERS
    ):
        return 1  # 'But the state media of the UAE, a coalition member, disputed ...'
    if (
        first in _LEAD_OPENERS
        and first != "according"
        and not (len(tokens) > 1 and tokens[1].lower in _COUNT_OPENERS)
    ):
        # 'In remarks carried by the official IRNA news agency, S said': the channel's words
        # lengthen the adverbial
        reach = 9 + (_MAX_CHANNEL_WORDS if _carries_in_opener(tokens) else 0)
        for i, tok in enumerate(tokens[:reach]):
            if tok.text == "," and not tok.quoted:
                return i + 1
            if tok.is_quote:
                break
        if first in _CONJUNCTIONS or first in ("however", "meanwhile"):
            return 1
    return 0


def _carries_in_opener(tokens: list[Token]) -> bool:
    """'In (a) statement/remarks carried by ...': a carried noun among the first four words,
    then a channel's participle and its preposition."""
    return any(
        t.lower in _CARRIED_NOUNS
        and k + 2 < len(tokens)
        and tokens[k + 1].lower in _ANY_CHANNEL_VERB
        and tokens[k + 2].lower in _CHANNEL_PREPOSITIONS
        for k, t in enumerate(tokens[1:4], 1)
    )


_MAX_LABEL = 4  # words of a subheading before its colon


def _label_end(tokens: list[Token]) -> int:
    """Index after a leading label: up to four words that open with a capital and end with a
    colon ('Discrepancies:', 'Chemical warheads:'), or a short bracketed aside ('[Click to
    enlarge]'), when a capitalised word follows; else 0."""
    if tokens[0].text == "[":
        close = next(
            (k for k, t in enumerate(tokens[1 : _MAX_LABEL + 2], 1) if t.text == "]"), None
        )
        end = close + 1 if close is not None else 0
    else:
        colon = next(
            (k for k, t in enumerate(tokens[1 : _MAX_LABEL + 1], 1) if t.text == ":"), None
        )
        words = tokens[:colon] if colon is not None else []
        end = (
            colon + 1
            if colon is not None
            and words[0].is_capitalised
            and all(t.is_word and not t.quoted and t.lower not in FINITE_VERBS for t in words)
            else 0
        )
    if not end or end >= len(tokens) or not tokens[end].is_capitalised or tokens[end].quoted:
        return 0
    return end


def _titled_person(words: list[Token]) -> bool:
    """A person named with a title, commas lost, after an inverted cue: 'observatory head Rami
    Abdel Rahman', 'Rami Abdel Rahman director of the Syrian Observatory for Human Rights'."""
    if any(not t.is_word or t.lower in _NOT_IN_SPEAKER for t in words):
        return False
    title = next((k for k, t in enumerate(words) if t.lower in _PERSON_TITLES), None)
    if title is None:
        return False
    while title + 1 < len(words) and words[title + 1].lower in _PERSON_TITLES:
        title += 1  # 'chief negotiator', 'deputy head': the title's last word
    named_before = title >= 2 and all(t.is_capitalised for t in words[:title])
    named_after = len(words) - title - 1 >= 2 and all(_in_name(t) for t in words[title + 1 :])
    if named_after:
        # 'observatory head Rami Abdel Rahman', 'the oppositions chief negotiator Mohamad Sabra'
        return title <= (3 if words[0].lower == "the" else 2)
    # 'Rami Abdel Rahman director of the Syrian Observatory': the title's body after it
    return (
        named_before
        and words[-1].is_capitalised
        and (title + 1 < len(words) and words[title + 1].lower in ("of", "for", "at"))
    )


def _present_verb_after_name(tokens: list[Token], k: int) -> bool:
    """'The Observatory relies', 'The monitor keeps': a present-tense verb right after a name or
    a speaker noun (not another speaker noun: 'the group's sources')."""
    word = tokens[k].lower
    before = tokens[k - 1]
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "’s"))
        and word not in _SPEAKER_HEADS
        and word[:-1] not in _SPEAKER_HEADS
        and before.is_word
        and before.lower not in _DETERMINERS
        and (before.is_capitalised or before.lower in _SPEAKER_HEADS)
        # its object or phrase follows ('relies on', 'keeps a tally'), not an auxiliary ('Kurdish
        # units have proclaimed': a plural noun)
        and k + 1 < len(tokens)
        and (tokens[k + 1].lower in PREPOSITIONS or tokens[k + 1].lower in _DETERMINERS)
    )


def _names_a_source(tokens: list[Token], first: int) -> bool:
    """The words after 'according to' name who says it: a name, a pronoun, a speaker noun or a
    noun of reporting within the phrase ('according to their type and flight patterns', 'according
    to the agreement' name none)."""
    for k, tok in enumerate(tokens[first : first + _MAX_ACCORDING_SOURCE]):
        word = tok.lower
        if tok.text == "," or (
            k > 0 and not tok.is_capitalised and (word in PREPOSITIONS or word.endswith("ed"))
        ):
            break  # 'the agreement reached in Astana': a place after it is no source
        if (
            tok.is_capitalised
            or _PARTICLE_NAME.match(tok.text) is not None  # 'according to al-Shabaab'
            or word in ("him", "her", "them", "it", "me", "us")
            or word in _SPEAKER_HEADS
            or word[:-1] in _SPEAKER_HEADS
            or word in _ACCORDING_HEADS
            or word in _PEOPLE_NOUNS  # 'according to neighbors and relatives of the dead'
            or word in TAIL_NOUNS
            or word in STATEMENT_WORDS
        ):
            return True
    return False


def _according_clause_end(tokens: list[Token], first: int, last: int) -> int:
    """The source of a trailing 'according to' ends before words that open a clause or phrase
    of their own ('... according to the Observatory due to heavy shelling')."""
    for k in range(first + 1, last + 1):
        if tokens[k].lower in _ACCORDING_CLAUSE_ENDS and not tokens[k].quoted:
            return k - 1
    return last


def _according_source_end(tokens: list[Token], first: int, last: int) -> int | None:
    """The last token of the source after 'according to' when no comma ends it: a determiner,
    modifiers, then a name ('the Syrian Observatory for Human Rights [SOHR]') or a head noun
    ('the group', 'independent monitors', 'a Turkish General Staff statement'), with a place
    after a head ('a military source in the Aleppo Governorate'); None when no such phrase is
    followed by at least three words of claim."""
    if tokens[first].lower in ("him", "her", "them", "it"):
        return first if last - first > 3 else None
    k = first + 1 if tokens[first].lower in ("the", "a", "an") else first
    end: int | None = None
    while k <= last - 3 and k - first <= _MAX_ACCORDING_SOURCE:
        tok = tokens[k]
        if tok.text in "([":
            close = next(
                (j for j in range(k + 1, min(last, k + 6)) if tokens[j].text in ")]"), None
            )
            if end is None or close is None:
                return None
            end, k = close, close + 1  # 'the Observatory (SOHR)': an acronym in brackets
            continue
        if not tok.is_word or tok.quoted or tok.lower in _NOT_IN_SPEAKER:
            break
        if _according_head(tok) and not _according_head(tokens[k + 1]):
            end = k
            k = _place_after_head(tokens, k + 1, last)
            if k > end + 1:
                end = k - 1
            break
        if _in_name(tok):
            end, k = k, k + 1
            continue
        if end is not None and tok.lower in ("for", "of") and _in_name(tokens[k + 1]):
            k += 1  # 'Observatory for Human Rights'
            continue
        if end is not None and _according_head(tok):
            k += 1  # 'the Syrian Coalition's media office': a name's own office, its head after
            continue
        if (
            end is not None
            or tok.lower in FINITE_VERBS
            # 'well-informed sources', 'Kurdish-led forces': a hyphened modifier, no verb
            or (tok.lower.endswith("ed") and "-" not in tok.lower)
        ):
            break  # a lowercase word after a name opens the claim: 'the Observatory heavy ...'
        k += 1  # a modifier before the head: 'independent', 'military', 'civil defence'
    if end is None or last - end < 3 or tokens[end + 1].lower in FINITE_VERBS:
        return None
    after = tokens[end + 1].lower
    if not tokens[end].is_capitalised and after.endswith("ed"):
        # 'according to figures compiled by the health ministry 40 people ...': the source is
        # the agent of the report's participle
        by = _agent_by(tokens, end + 2, last)
        if by is not None and tokens[end].lower in _ACCORDING_HEADS and by + 1 <= last:
            return _according_source_end(tokens, by + 1, last)
        return None  # 'according to information provided by X': the source phrase goes on
    if after in _NOT_IN_SPEAKER:
        end = _subject_off_the_source(tokens, first, end)
    return end


_MAX_RECIPIENT = 5  # words of 'to X' between a participle and its agent


def _agent_by(tokens: list[Token], k: int, last: int) -> int | None:
    """The 'by' of a report's agent from token k, after the participle: at once ('compiled by
    the ministry'), or after a particle and the one it was given to ('handed over to SANA by
    the governor', 'passed on to AFP by a medic'); None when no such 'by' follows."""
    if k <= last and tokens[k].lower in _PARTICLES:
        k += 1
    if k <= last and tokens[k].lower == "to":
        j = k + 1
        while j <= last and j - k <= _MAX_RECIPIENT and tokens[j].is_word:
            if tokens[j].lower == "by" and j > k + 1:
                return j
            j += 1
        return None
    return k if k <= last and tokens[k].lower == "by" else None


def _subject_off_the_source(tokens: list[Token], first: int, end: int) -> int:
    """Where the source of 'according to' ends when a verb follows it: the last words were the
    claim's subject ('According to the UN Syria is', 'According to Al-Manar Syrian forces
    have', 'According to the Observatory government forces have')."""
    k = end
    if tokens[k].is_capitalised:
        return k - 1 if k > first + 1 and tokens[k - 1].is_capitalised else end
    while k > first and tokens[k].is_word and not tokens[k].is_capitalised:
        k -= 1
    if k > first and _DEMONYM_END.search(tokens[k].text) and tokens[k - 1].is_capitalised:
        k -= 1  # 'Syrian forces', 'Kurdish fighters': a demonym opens the subject
    return k if k >= first and tokens[k].is_capitalised else end


def _according_head(tok: Token) -> bool:
    """A lowercase noun that ends a source phrase: 'the group', 'monitors', 'a statement'."""
    word = tok.lower
    return not tok.is_capitalised and (
        word in _SPEAKER_HEADS or word in _ACCORDING_HEADS or word[:-1] in _SPEAKER_HEADS
    )


def _place_after_head(tokens: list[Token], k: int, last: int) -> int:
    """Past 'in the Aleppo Governorate' after 'a military source': a preposition and a name."""
    if k > last - 3 or tokens[k].lower not in ("in", "at", "from", "of", "for", "by"):
        return k
    j = k + 1
    if tokens[j].lower == "the":
        j += 1
    if not _in_name(tokens[j]):
        return k
    while j <= last - 3 and (
        _in_name(tokens[j])
        # 'the Syrian Center for Policy Research': a name's inner 'for'/'of'
        or (tokens[j].lower in ("for", "of") and _in_name(tokens[j + 1]))
    ):
        j += 1
    return j


def _trim(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Drop punctuation (but not quote marks) and a leading 'that' from both ends."""
    while first <= last and (tokens[first].text in ",:;-—–." or tokens[first].lower == "that"):
        first += 1
    while last >= first and tokens[last].text in ",:;-—–.":
        last -= 1
    return first, last


# The longest phrase after 'S was quoted as saying' that names who quoted S ('by local media',
# 'on state television', 'by Interfax news agency').
_MAX_QUOTED_BY = 6


def _quoted_by_end(tokens: list[Token], after: int, limit: int, last: int) -> int:
    """'C S was quoted as saying by local media': the phrase that closes the sentence after a
    'quoted' cue belongs to its tail (it names the outlet, not the claim)."""
    if after > limit or tokens[after].lower not in ("by", "on", "in"):
        return last
    words = [k for k in range(after + 1, limit + 1) if tokens[k].is_word]
    if not words or len(words) > _MAX_QUOTED_BY:
        return last
    if any(tokens[k].quoted or tokens[k].lower == "that" for k in words):
        return last
    if any(not t.is_word and t.text not in ".-'’" for t in tokens[after + 1 : words[-1] + 1]):
        return last
    return words[-1]


def _an_acronym(tok: Token) -> bool:
    """'UN', 'EU', 'NATO': a word of two to five capitals."""
    return tok.is_word and 2 <= len(tok.text) <= 5 and tok.text.isalpha() and tok.text.isupper()


def _an_age(tok: Token) -> bool:
    """'24' in 'Ahmed 24 said': a two-digit number set after a person's name."""
    return tok.text.isdigit() and len(tok.text) == 2 and not tok.quoted


def _citing_end(tokens: list[Token], last: int) -> int:
    """Take in ', citing medical sources' (the outer speaker stays the source)."""
    if (
        last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].lower
        in (
            "citing",
            "quoting",
        )
    ):
        end = last + 2
        while (
            end + 1 < len(tokens)
            and tokens[end + 1].text not in ",;"
            and not tokens[end + 1].quoted
        ):
            end += 1
        return end
    return last


def _dateline_byline(tokens: list[Token], cue: Cue, first: int, last: int) -> bool:
    """'TRT World's Ahmed al-Burai reports from Idlib': a byline, not a claim."""
    words = [t for t in tokens[first : last + 1] if t.is_word]
    return (
        tokens[cue.first].lower in ("reports", "reporting", "reported")
        and tokens[first].lower == "from"
        and len(words) <= 5
        and all(t.is_capitalised for t in words[1:])
    )


_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Subordinators that may open a clause with its own reporting verb ('a day after UNICEF said').
_SUBORDINATORS = frozenset(_WORDS["subordinators"])
_POSSESSIVES = frozenset(_WORDS["possessives"])
# The writer's own predicate after a reported claim: '... could not be independently verified'.
_VERIFIED = re.compile(
    r"\s+(?:could|can|cannot|was|were|is|are|has|have|had|remains?|remained)\s+(?:not\s+)?"
    r"(?:been\s+|be\s+)?(?:independently\s+|immediately\s+)*"
    r"(?:verified|confirmed|denied|disputed|rejected|contested|unverified|true|false)\b",
    re.IGNORECASE,
)
# Lowercase modifiers of a bare plural speaker: 'local sources', 'opposition activists'.
_SPEAKER_MODIFIERS = frozenset(SPEAKER_WORDS["speaker_modifiers"])
_SIDE_MODIFIERS = frozenset(SPEAKER_WORDS["side_modifiers"])
# Nouns of people who speak for something, before their name ('police spokesman Ahmed Saleh').
_TITLE_NOUNS = frozenset(SPEAKER_WORDS["spokes_nouns"]) | frozenset(
    [
        *("official", "commander", "officer", "governor", "mayor", "minister", "doctor"),
        *("activist", "negotiator", "adviser", "advisor", "secretary"),
    ]
)
# Verbs of saying that stand before their subject ('C said the Observatory'); others there have
# an object ('C reiterated the Islamic Republic's stance', 'C asked Congress to approve').
_INVERTING_VERBS = frozenset(_WORDS["inverting_verbs"])
# 'an attack the United States says killed 1,400': cues of a relative clause without its pronoun,
# and the verbs that open their content (the content has no subject of its own).
_ZERO_RELATIVE_CUES = frozenset(["says", "said", "say", "claims", "claimed", "believes"])
_CLAUSE_VERBS_AFTER = frozenset(_WORDS["zero_relative_verbs"])
# Words opening a phrase or clause before a speaker whose comma was lost ('Commenting on the
# attack UN envoy X said', 'While the inquiry goes on Nesirky said').
_OPENERS_BEFORE_A_SPEAKER = frozenset(_WORDS["openers_before_a_speaker"])
# Participles of speech that report their subject's claim after a clause of another verb.
_SPEECH_PARTICIPLES = (
    SPLIT_CUES
    | SHOWING_PARTICIPLES
    | frozenset(["saying", "claiming", "insisting", "denying", "shouting", "chanting"])
)
_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their", "this", "that", "any"])
# Titles of a person named beside them ('observatory head Rami Abdel Rahman').
_PERSON_TITLES = _TITLE_NOUNS | frozenset(["director", "head", "chief", "chairman", "leader"])
# Words after 'C the group said' that open an aside, not more content of the same sentence.
_ASIDE_OPENERS = frozenset(_WORDS["aside_openers"])
_TRAILING_ASIDES = [tuple(phrase.split()) for phrase in _WORDS["trailing_asides"]]
# Words between a subordinator and its clause's cue ('a day after UNICEF said C').
_MAX_EMBEDDED_SPEAKER = 12
# Words of a scene and 'the' before a capitalised head ('In a statement issued on Monday the').
_SHORT_SCENE = 10
_SHORT_EMBEDDED_SPEAKER = 8
_NOT_BEFORE_A_TRAILING_SPEAKER = frozenset(load_lexicon("cues.yaml")["speech_nouns"]) | {"by"}
# Plural and mass nouns that name a speaker without a determiner ('C police said').
_BARE_SPEAKERS = frozenset(_WORDS["bare_speakers"])
# An outlet's staff ('AFPs correspondent', 'SANA reporter'): the outlet speaks.
_STAFF_NOUNS = frozenset(SPEAKER_WORDS["staff_nouns"])
_MEDIA_NOUNS = frozenset(SPEAKER_WORDS["media_nouns"])
# Words before such a noun that make it part of the content ('of residents', 'and rebels').
_BARE_BLOCKERS = frozenset(_WORDS["bare_blockers"])
_BARE_SPEAKER_MODIFIERS = frozenset(_WORDS["bare_speaker_modifiers"])
_PARTICLES = frozenset(_WORDS["verb_particles"])
_HYPHEN_MODIFIER_PREFIXES = frozenset(_WORDS["hyphen_modifier_prefixes"])
_HYPHEN_MODIFIER_SUFFIXES = frozenset(_WORDS["hyphen_modifier_suffixes"])


def _hyphen_modifier(tok: Token) -> bool:
    """'pro-government', 'state-run', 'Iran-backed': a hyphenated modifier of a speaker noun."""
    parts = tok.lower.split("-")
    return (
        len(parts) >= 2
        and all(parts)
        and (parts[0] in _HYPHEN_MODIFIER_PREFIXES or parts[-1] in _HYPHEN_MODIFIER_SUFFIXES)
    )


# Nouns besides speakers that end the source of 'according to' ('according to UN figures').
_ACCORDING_HEADS = frozenset(_WORDS["according_heads"])
_ACCORDING_CLAUSE_ENDS = frozenset(_WORDS["according_clause_ends"])
# Nouns of people (data/figure_words.yaml): people who can be a source ('according to neighbors').
_PEOPLE_NOUNS = frozenset(FIGURE_WORDS["people"]) | {"neighbors", "neighbours"}
_MAX_ACCORDING_SOURCE = 10
_MAX_BARE_NAME = 5
# Pronouns that open a relative clause whose own subject may speak ('which the UN says').
_RELATIVE_PRONOUNS = frozenset(["which", "that", "what", "whom"])
_OUTLET_SUFFIXES = ("-language", "-run", "-owned", "-government", "-backed", "-based")
# Words naming an outlet before its name ('TV channel Al-Mayadin', 'daily Al-Watan').
_OUTLET_HEADS = frozenset(SPEAKER_WORDS["media_nouns"])
_MEDIA_NOUNS = _OUTLET_HEADS | frozenset(_WORDS["outlet_words"])
# Endings of demonyms ('Syrian', 'Kurdish', 'Iraqi', 'Turkmen'): they open a subject.
_DEMONYM_END = re.compile(r"(?:an|ish|i|ese)$")
_MAX_LONG_SUBJECT = 30
# Demonyms that open a body's name in a headline ('Syrian Coalition', 'Turkish Foreign Ministry').
_DEMONYMS = frozenset(load_lexicon("demonyms.yaml"))
# The longest body's name before a headline's verb ('Russian General Staff', 'Syrian Foreign and
# Expatriates Ministry').
_MAX_HEADLINE_SPEAKER = 5
_LEADING_ADVERBS = frozenset(_WORDS["leading_adverbs"])
# Adverbs between a comma-less trailing speaker and its verb ('C the army later said'): the
# cue's auxiliaries that are no verbs themselves.
_NO_COMMA_ADVERBS = AUX - {"has", "have", "had", "then"}
_PERFECT_AUX = frozenset(["has", "have", "had"])
_SCENE_PREPOSITIONS = frozenset(_WORDS["scene_prepositions"])
_SPEAKER_DETERMINERS = frozenset(_WORDS["speaker_determiners"])
_BARE_APPOSITION_OPENERS = frozenset(_WORDS["bare_apposition_openers"])
_ARMED_BODY_HEADS = frozenset(SPEAKER_WORDS["armed_body_heads"])
_TIME_PREPOSITIONS = frozenset(_WORDS["time_prepositions"])
_AS_VERBS = frozenset(_WORDS["as_verbs"])
_AS_NOT_CLAUSE = frozenset(_WORDS["as_not_clause"])


def _as_saying(tokens: list[Token], start: int) -> int | None:
    """Index of 'as' in 'as saying' within a speaker's length of `start`, if any."""
    for i in range(start, min(len(tokens) - 1, start + MAX_SPEAKER_TOKENS + 1)):
        tok = tokens[i]
        if tok.quoted or tok.is_quote:
            return None
        if tok.lower == "as" and tokens[i + 1].lower in _AS_VERBS:
            return i
    return None


def _extend_appositive(tokens: list[Token], last: int) -> int:
    """Take in ', a spokesman for the ministry' after a speaker named after the cue."""
    if (
        last + 2 < len(tokens)
        and tokens[last + 1].text == ","
        and tokens[last + 2].lower in _APPOSITIVE_OPENERS
    ):
        i = last + 2
        while i + 1 < len(tokens) and tokens[i + 1].text not in ",.;" and not tokens[i + 1].quoted:
            if tokens[i + 1].lower in SPLIT_PARTICIPLES:
                break
            i += 1
        return i
    return last


def _comma_before(tokens: list[Token], i: int) -> bool:
    """A comma before token i, also when it sits inside a closing quote ('"some days," adding')."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None:
        return False
    if prev.text == ",":
        return True
    return prev.is_quote and i > 1 and tokens[i - 2].text == ","


def _unwrap_quote(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """Drop the marks around content that is one whole quotation (the words are the claim)."""
    if last - first < 2 or not tokens[first].is_quote:
        return first, last
    end = last
    while end > first and tokens[end].text in ".,!?":
        end -= 1
    if not tokens[end].is_quote:
        return first, last
    inner = tokens[first + 1 : end]
    if any(t.is_quote for t in inner):
        return first, last
    new_last = end - 1
    while new_last > first + 1 and tokens[new_last].text in ",;:":
        new_last -= 1
    return first + 1, new_last


def _next_comma(tokens: list[Token], start: int) -> int | None:
    for i in range(start, len(tokens)):
        if tokens[i].text == "," and not tokens[i].quoted:
            return i
    return None


def _previous_comma(tokens: list[Token], before: int, floor: int) -> int | None:
    skip_to = before
    for i in range(before - 1, floor - 1, -1):
        if i >= skip_to:
            continue
        if tokens[i].text == "," and not tokens[i].quoted:
            # A comma that closes an appositive belongs to the speaker phrase, and so does the
            # one that opens it after a name ('C, Oleh Syniehubov, the regional governor,
            # said'): the boundary is the comma before the name.
            opened = _appositive_opening(tokens, i, floor)
            if opened is not None:
                named = _name_before_comma(tokens, opened, floor) or _name_between_commas_before(
                    tokens, opened, floor
                )
                skip_to = opened if named else i
                continue
            title = _title_before_name(tokens, i, floor)
            if title is not None:
                skip_to = title + 1  # 'C, the regional governor, Oleh Syniehubov, said'
                continue
            return i
        if tokens[i].is_quote and not tokens[i].quoted:
            return i if tokens[i - 1].text == "," else None
        if tokens[i].text == ";" and not tokens[i].quoted and before - i <= _SEMICOLON_SPEAKER:
            return i  # 'C; Sputnik reported': a short speaker after a semicolon set for a comma
    return None


# The most words of a speaker after a semicolon that stands for a comma ('C; the army said').
_SEMICOLON_SPEAKER = 5


def _name_between_commas_before(tokens: list[Token], opening: int, floor: int) -> bool:
    """', Khaled Saleh' before the comma at `opening` that opens a titled appositive, with a
    comma before the name: the name and its appositive are one speaker."""
    j = opening - 1
    while j >= floor and tokens[j].is_word and tokens[j].is_capitalised:
        j -= 1
    return (
        j >= floor
        and 1 <= opening - 1 - j <= 4
        and tokens[j].text == ","
        and (
            _title_between_commas(tokens, opening, len(tokens) - 1)
            or _age_between_commas(tokens, opening, len(tokens) - 1)
            or _opens_person_appositive(tokens, opening)
        )
    )


def _opens_person_appositive(tokens: list[Token], comma: int) -> bool:
    """', a spokesman for X', ', who heads X', ', the head of X' after a name."""
    after = tokens[comma + 1 : comma + 4]
    if not after:
        return False
    if after[0].lower in ("who", "whose"):
        return True
    return after[0].lower in ("a", "an", "the") and any(
        t.lower in _APPOSITIVE_TITLES or t.lower in _SCENE_SPEAKER_HEADS for t in after[1:]
    )


def _closes_appositive(tokens: list[Token], comma: int, floor: int) -> bool:
    """True when tokens[comma] ends ', a spokesman for X,' or ', who ...,' after a name."""
    return _appositive_opening(tokens, comma, floor) is not None


def _appositive_opening(tokens: list[Token], comma: int, floor: int) -> int | None:
    """The comma that opens the appositive tokens[comma] closes (', a spokesman for X,',
    ', who ...,' after a name), or None."""
    for i in range(comma - 1, max(floor - 1, comma - 12), -1):
        if tokens[i].text == ",":
            opener = tokens[i + 1].lower if i + 1 < comma else ""
            if (
                opener in _APPOSITIVE_OPENERS
                or opener in _INTERJECTIONS
                or _related_name_before(tokens, i, floor)
                or _title_between_commas(tokens, i, comma)
                or _age_between_commas(tokens, i, comma)
            ):
                # The appositive must follow a short name-like phrase, or a body's long name
                # ('the Organisation for the Prohibition of Chemical Weapons, a watchdog,').
                j = i - 1
                while j >= floor and tokens[j].is_word and i - j <= _MAX_NAMED_BEFORE:
                    j -= 1
                long = i - j - 1 > _SHORT_NAMED_BEFORE
                if long and not all(
                    t.is_capitalised or t.lower in _NAME_LINKS | {"the"} for t in tokens[j + 1 : i]
                ):
                    return None
                named = j < floor or tokens[j].text in (",", "”", '"') or not tokens[j].is_word
                return i if named else None
            return None
    return None


_RELATION_NOUNS = frozenset(_WORDS["relation_nouns"])


def _related_name_before(tokens: list[Token], comma: int, floor: int) -> bool:
    """ "Syria's southern neighbour Israel" just before tokens[comma]: a possessive, up to two
    lowercase words, a relation noun ('neighbour', 'ally', 'rival') and a capitalised name of
    one to three words; the aside after the comma, whatever opens it, is the name's."""
    j = comma - 1
    while j >= floor and tokens[j].is_word and tokens[j].is_capitalised and comma - j <= 3:
        j -= 1
    if j == comma - 1 or j < floor or tokens[j].lower not in _RELATION_NOUNS:
        return False
    k = j - 1
    while k >= floor and tokens[k].is_word and tokens[k].text.islower() and j - k <= 2:
        k -= 1
    return k >= floor and tokens[k].text.endswith(("'s", "’s", "s'", "s’"))


def _title_before_name(tokens: list[Token], comma: int, floor: int) -> int | None:
    """', the regional governor, Oleh Syniehubov,' closed by tokens[comma]: a name of two to
    four capitalised words after a description that opens on 'the' or 'a' right after a comma
    ending a claim of three words or more; the comma before the description, else None."""
    j = comma - 1
    while j >= floor and tokens[j].is_word and comma - j <= 5:
        j -= 1
    name = tokens[j + 1 : comma]
    if j < floor or tokens[j].text != "," or not 2 <= len(name) <= 4:
        return None
    if not all(t.is_capitalised for t in name):
        return None
    k = j - 1
    while k >= floor and (tokens[k].is_word or tokens[k].text in ("'s", "’s")) and j - k <= 9:
        k -= 1
    description = tokens[k + 1 : j]
    if k < floor or tokens[k].text != "," or not description:
        return None
    if description[0].lower not in ("the", "a", "an") or len(description) < 2:
        return None
    if sum(t.is_word for t in tokens[floor:k]) < 3:
        return None
    return k


def _name_before_comma(tokens: list[Token], comma: int, floor: int) -> bool:
    """', Oleh Syniehubov,' before an appositive: two to four capitalised words between that
    comma and the one before it, which ends a claim of at least three words."""
    j = comma - 1
    while j >= floor and tokens[j].is_word and comma - j <= 5:
        j -= 1
    name = tokens[j + 1 : comma]
    return (
        j >= floor
        and tokens[j].text == ","
        and 2 <= len(name) <= 4
        and all(t.is_capitalised for t in name)
        and sum(t.is_word for t in tokens[floor:j]) >= 3
    )


def _name_between_commas(tokens: list[Token], comma: int, last: int) -> bool:
    """', Rami Abdel Rahman,' after a title: a name in apposition."""
    j = comma + 1
    while j <= last and tokens[j].text != ",":
        j += 1
    inside = tokens[comma + 1 : j]
    return j <= last and 1 <= len(inside) <= 4 and all(t.is_capitalised for t in inside)


def _owner_title_between_commas(tokens: list[Token], comma: int, last: int) -> bool:
    """', al Shabaab's military operation spokesman,' after a name: a title in apposition."""
    j = comma + 1
    while j <= last and tokens[j].text != ",":
        j += 1
    inside = tokens[comma + 1 : j]
    owner = next((k for k, t in enumerate(inside) if t.text.endswith(("'s", "’s"))), None)
    return (
        j <= last
        and owner is not None
        and owner < len(inside) - 1
        and len(inside) <= 8
        and inside[-1].lower in _SPEAKER_HEADS
        and all(t.is_word or t.text in ("'s", "’s", "-") for t in inside)
    )


def _title_between_commas(tokens: list[Token], comma: int, last: int) -> bool:
    """', vice-president of the Syrian Coalition,', ', deputy head of X,', ', former governor,'
    after a name: a title with no article in apposition (its body known or not)."""
    j = comma + 1
    while j <= last and tokens[j].text != ",":
        j += 1
    inside = tokens[comma + 1 : j]
    if j > last or not 1 <= len(inside) <= _MAX_TITLE_APPOSITIVE:
        return False
    if not all(t.is_word and not t.quoted for t in inside):
        return False
    k = 0
    while k < len(inside) - 1 and inside[k].lower in _TITLE_MODIFIERS:
        k += 1  # 'deputy', 'acting', 'former', 'senior'
    title = inside[k].lower.rsplit("-", 1)[-1]  # 'vice-president', 'co-founder'
    if title not in _APPOSITIVE_TITLES:
        return False
    rest = inside[k + 1 :]
    # The title alone, or with the body it serves ('of X', 'for X', 'at X', 'in X').
    return not rest or rest[0].lower in ("of", "for", "at", "in", "with", "to")


def _age_between_commas(tokens: list[Token], comma: int, last: int) -> bool:
    """', 24,' after a name: the speaker's age ('Ahmed, 24, said')."""
    return (
        comma + 2 <= last
        and tokens[comma + 2].text == ","
        and _an_age(tokens[comma + 1])
        and comma > 0
        and tokens[comma - 1].is_capitalised
    )


def _valid_speaker(tokens: list[Token], first: int, last: int) -> bool:
    """Whether tokens [first, last] read as a speaker noun phrase (appositives allowed)."""
    if last < first or last - first + 1 > MAX_SPEAKER_TOKENS + 30:
        return False
    core = _speaker_core(tokens, first, last)
    return core is not None and _core_reads_as_speaker(core)


def _speaker_core(tokens: list[Token], first: int, last: int) -> list[Token] | None:
    """The words of tokens [first, last] without appositives, asides, brackets or a closing
    relative clause; None when a quotation, or a comma that opens no aside, is inside."""
    core: list[Token] = []
    i = first
    while i <= last:
        tok = tokens[i]
        if tok.is_quote or tok.quoted:
            return None
        if tok.text == ",":
            after = _after_aside(tokens, i, last)
            if after is None:
                return None
            i = after
            continue
        if tok.text == "(":
            close = next(
                (j for j in range(i + 1, min(last, i + 4) + 1) if tokens[j].text == ")"), None
            )
            if close is not None and all(t.is_word for t in tokens[i + 1 : close]):
                i = close + 1  # 'the Observatory (SOHR)': a name's acronym adds no words
                continue
        if tok.text in "()":
            i += 1
            continue
        if tok.lower in _NAMING_WORDS and core and (name_end := _given_name_end(tokens, i, last)):
            # 'the network called Raqqa is Being Silently Slaughtered': a name given in full,
            # whose own words may read as a verb ('is Being')
            core.extend((tok, tokens[i + 1]))  # the name's first word stands for it
            i = name_end + 1
            continue
        if tok.lower in ("who", "whose", "whom", "which") and core and i + 1 <= last:
            # 'a vendor who gave his name as Abu Ali': a relative clause closes the phrase.
            if any(t.is_quote or t.quoted for t in tokens[i : last + 1]) or (
                last - i > _MAX_RELATIVE and not _long_relative_after_name(tokens, core, i, last)
            ):
                return None
            break
        core.append(tok)
        i += 1
    return core


_SPOKES_TITLES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
# The plain cues of a trailing speaker run into a place ('C in Al-Atareb Fahd said'); with
# another verb ('ministers in New York insisted') the capitalised words are more often a place.
_PLAIN_CUES = frozenset(["said", "says", "told", "added", "adds"])
_SHORT_NAMED_BEFORE = 6  # words of a phrase an appositive may follow
_MAX_NAMED_BEFORE = 10  # ... when they are a name's capitalised words
_MAX_RELATIVE = 12  # words of a relative clause that closes a speaker phrase
_MAX_LONG_RELATIVE = 30  # ... when it follows a person's name and has no comma


def _long_relative_after_name(tokens: list[Token], core: list[Token], i: int, last: int) -> bool:
    """'Opposition activist Omar Abu Laila who lives in Europe but is from the province where
    the strike took place and maintains contacts there said C': a long relative clause (its
    commas lost) after a person's name (two capitalised words at least, the last ones before
    'who') still closes the speaker phrase."""
    names = 0
    for tok in reversed(core):
        if not (tok.is_capitalised or _PARTICLE_NAME.match(tok.text)) or tok.lower in _DETERMINERS:
            break
        names += 1
    return (
        tokens[i].lower == "who"
        and names >= 2
        and last - i <= _MAX_LONG_RELATIVE
        and not any(t.text in ",;:" for t in tokens[i : last + 1])
    )


# Words that give a body's name after its noun ('the network called X', 'a group named X').
_NAMING_WORDS = frozenset(["called", "named", "dubbed"])
# Lowercase words that may stand inside a given name ('Raqqa is Being Silently Slaughtered').
_GIVEN_NAME_LINKS = frozenset(["is", "are", "of", "the", "for", "and", "in", "on", "to"])


def _given_name_end(tokens: list[Token], i: int, last: int) -> int | None:
    """The end of a name given after 'called'/'named' at `i` that runs to `last`: capitalised
    words (at least two) and the small words of a title between them, ending on a capital."""
    words = tokens[i + 1 : last + 1]
    if (
        len(words) < 2
        or not words[0].is_capitalised
        or not words[-1].is_capitalised
        or sum(t.is_capitalised for t in words) < 2
        or not all(t.is_word and (t.is_capitalised or t.lower in _GIVEN_NAME_LINKS) for t in words)
    ):
        return None
    return last


def _after_aside(tokens: list[Token], comma: int, last: int) -> int | None:
    """Where the phrase goes on after the appositive or aside the comma at `comma` opens
    ('X, a spokesman for Y, ...', 'X, however, ...'); None when it opens none."""
    opener = tokens[comma + 1].lower if comma + 1 <= last else ""
    if not (
        opener in _APPOSITIVE_OPENERS
        or opener in _INTERJECTIONS
        # 'A statement by the ministry, carried by SANA, said': the channel is no speaker word
        or (
            opener in _ANY_CHANNEL_VERB
            and comma + 2 <= last
            and tokens[comma + 2].lower in _CHANNEL_PREPOSITIONS
        )
        or _name_between_commas(tokens, comma, last)
        or _owner_title_between_commas(tokens, comma, last)
        or _title_between_commas(tokens, comma, last)
        or _age_between_commas(tokens, comma, last)
        or _related_name_before(tokens, comma, max(0, comma - 8))
    ):
        return None
    j = comma + 1
    while j <= last and tokens[j].text != ",":
        j += 1
    # A comma with words after it opens another appositive ('X, citing Y, quoting Z', 'X, 35, a
    # father of two,').
    relay_next = j < last and tokens[j + 1].lower in ("citing", "quoting")
    another = (
        j < last
        and (_age_between_commas(tokens, comma, last) or _title_between_commas(tokens, comma, last))
        and _after_aside(tokens, j, last) is not None
    )
    return j if relay_next or another else j + 1


_NAME_RUN = 4  # capitalised words of a run that count as words of a speaker phrase


def _speaker_length(core: list[Token]) -> int:
    """The words of a speaker phrase, a run of capitalised words counting at most four: 'a
    spokesman for the Syrian fighting group Nour El Din El Zinki Yasser Al Youssef' is two
    names after a title, no longer a phrase than 'a spokesman for the group X Y'."""
    length = run = 0
    for tok in core:
        run = run + 1 if tok.is_capitalised else 0
        length += run <= _NAME_RUN
    return length


def _core_reads_as_speaker(core: list[Token]) -> bool:
    """Whether a speaker phrase's own words read as one: not a date, not a lowercase phrase
    that is no speaker, no verb inside."""
    if not core or _speaker_length(core) > MAX_SPEAKER_TOKENS:
        return False
    if all(t.lower in DATE_WORDS or t.lower in MONTHS or t.text.isdigit() for t in core):
        return False  # 'Saturday', 'Thursday': a date, not a speaker
    if core[0].text[:1].islower() and not _may_start_lowercase(core):
        return False
    if any(
        t.lower in _NOT_IN_SPEAKER
        and t.text not in _VERB_SHAPED_ACRONYMS
        # 'The army in a statement carried by SANA said': the statement's participle of
        # publishing, not the speaker's verb
        and not (k > 0 and t.lower in _PUBLISHING_VERBS and core[k - 1].lower in STATEMENT_WORDS)
        # 'A statement by the army carried by SANA said': the same, after the originator
        and not _carried_participle(core, k)
        for k, t in enumerate(core)
    ):
        return False
    return all(t.is_word or t.text in "-'’." for t in core)


def _carried_participle(core: list[Token], k: int) -> bool:
    """core[k] is a channel's participle after a carried noun and its originator ('A statement by
    the army carried by SANA', 'A communique of the command aired on state TV')."""
    if core[k].lower not in _CARRYING_VERBS | _PUBLISHING_VERBS or k + 1 >= len(core):
        return False
    if core[k + 1].lower not in _CHANNEL_PREPOSITIONS:
        return False
    for j in range(k - 2, max(-1, k - 10), -1):
        if core[j].lower in _CARRIED_NOUNS:
            return core[j + 1].lower in _BY_ORIGINATOR
    return False


def _carried_after_noun(tokens: list[Token], j: int, start: int) -> bool:
    """tokens[j] is a channel's participle ('carried by', 'broadcast on') after a carried noun
    at most eight words before it, from `start` on ('a statement by the army carried by')."""
    return (
        tokens[j].lower in _ANY_CHANNEL_VERB
        and j + 1 < len(tokens)
        and tokens[j + 1].lower in _CHANNEL_PREPOSITIONS
        and any(t.lower in _CARRIED_NOUNS for t in tokens[max(start, j - 8) : j])
    )


def _acronym_subject(tokens: list[Token], k: int, cue_first: int) -> bool:
    """'IS said', 'On 2 July IS claimed': a group's acronym spelled like an auxiliary, in
    capitals before a cue that is not (a headline in capitals has no acronyms to tell)."""
    return tokens[k].text in _VERB_SHAPED_ACRONYMS and not tokens[cue_first].text.isupper()


def _may_start_lowercase(core: list[Token]) -> bool:
    """A speaker phrase may start in lowercase with a pronoun or 'spokesman', a name's particle
    ('al-Shabaab'), or as a short phrase headed by a speaker noun ('rights groups')."""
    return (
        core[0].lower in _SPEAKER_LOWER_STARTS
        or _PARTICLE_NAME.match(core[0].text) is not None
        or _title_then_name(core)
        or (
            len(core) <= 3
            and core[-1].lower in _SPEAKER_HEADS
            and all(
                t.is_word
                and t.lower not in DATE_WORDS
                and t.lower not in _DEFINITE_STARTS
                and t.lower not in ("a", "an", "this", "that")
                for t in core
            )
        )
    )


def _title_then_name(core: list[Token]) -> bool:
    """'resident Omar Hassan', 'local activist Ahmad Khaled', 'witness Abu Ali': a bare
    lowercase description of a person (its article dropped, as after a quotation) and then the
    person's name, two to four capitalised words."""
    k = next((j for j, t in enumerate(core) if t.is_capitalised), None)
    if k is None or k == 0 or not 2 <= len(core) - k <= 4:
        return False
    if core[k - 1].lower not in _BARE_PERSON_TITLES or not all(
        t.lower in _BARE_PERSON_TITLES or t.lower in _TITLE_MODIFIERS_AND_SPEAKER_MODIFIERS
        for t in core[:k]
    ):
        return False
    return all(
        t.is_word and (t.is_capitalised or _PARTICLE_NAME.match(t.text) is not None)
        for t in core[k:]
    )


# Names that start with a lowercase particle: 'al-Shabaab', 'el-Sisi', 'ad-Dawla'.
# Titles set after a name with no article ('Muwaffaq Nyrabia, vice-president of the Coalition,'),
# and the words that may stand before one ('deputy', 'acting', 'former').
_APPOSITIVE_TITLES = (
    (
        frozenset(SPEAKER_WORDS["titles"])
        | frozenset(SPEAKER_WORDS["spokes_nouns"])
        | frozenset(SPEAKER_WORDS["leader_titles"])
        | frozenset(SPEAKER_WORDS["appositive_titles"])
    )
    - frozenset(SPEAKER_WORDS["title_modifiers"])
    - {"army", "military", "state", "opposition"}
)
_TITLE_MODIFIERS = frozenset(SPEAKER_WORDS["title_modifiers"])
# A person's description that may stand bare before the name ('resident Omar Hassan').
_BARE_PERSON_TITLES = (
    _APPOSITIVE_TITLES
    | frozenset(SPEAKER_WORDS["person_nouns"])
    | frozenset(SPEAKER_WORDS["ordinary_people"])
) - frozenset(SPEAKER_WORDS["determiners"])
_TITLE_MODIFIERS_AND_SPEAKER_MODIFIERS = _TITLE_MODIFIERS | frozenset(
    SPEAKER_WORDS["speaker_modifiers"]
)
_MAX_TITLE_APPOSITIVE = 12
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[A-Z]")
_SPEAKER_LOWER_STARTS = frozenset(_WORDS["speaker_lower_starts"])
_DEFINITE_STARTS = frozenset(_WORDS["definite_starts"])
_SPEAKER_HEADS = frozenset(SPEAKER_WORDS["speaker_heads"]) | frozenset(_WORDS["more_speaker_heads"])
# The head of a description set after a person's name ('a civil defence worker', 'a colleague').
_APPOSITION_HEADS = (
    _SPEAKER_HEADS
    | _TITLE_NOUNS
    | frozenset(SPEAKER_WORDS["person_nouns"])
    | frozenset(SPEAKER_WORDS["member_nouns"])
)
_SCENE_SPEAKER_HEADS = _SPEAKER_HEADS | frozenset(
    w for key in ("person_nouns", "group_nouns") for w in SPEAKER_WORDS[key]
)


def _short_definite_phrase(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of a short speaker phrase ending at `last` when commas are missing ('the army')."""
    for size in range(1, 8):
        first = last - size + 1
        if first <= floor:
            return None
        tok = tokens[first]
        if not tok.is_word or tok.quoted:
            return None
        if (
            size == 1
            and tok.lower in _MEDIA_NOUNS
            and tok.text.isupper()
            and tokens[first - 1].is_capitalised
            and _bare_name(tokens, last, floor + 3) is not None
        ):
            return None  # 'C Syria TV reported': the name before 'TV' is read as a bare name
        # 'a source at the police command': the object of a preposition is not the speaker.
        inside = tokens[first - 1].lower in ("at", "of", "from", "for", "with", "in", "the")
        if size >= 2 and not inside and _modified_plural(tokens, first, last):
            while (
                first - 1 > floor
                and tokens[first - 1].lower in _SPEAKER_MODIFIERS
                and tokens[first - 1].text.islower()
            ):
                first -= 1  # 'C a civil defence official said': every modifier of the head
            if tokens[first - 1].lower in ("a", "an") and first - 1 > floor:
                return first - 1  # 'C a local source told Sputnik'
            return first  # 'C local sources said', 'C medical sources told AFP'
        indefinite = tok.lower in ("a", "an") and size <= 6
        if (indefinite or tok.lower == "the") and any(
            _is_date_token(tokens, k) for k in range(first, last + 1)
        ):
            # 'a checkpoint on Thursday local sources', 'the border on Friday Turkish military':
            # not one phrase
            return None
        if (
            (tok.lower in _DEFINITE_STARTS or indefinite)
            and not inside
            and _determined_speaker(tokens, first, last)
        ):
            return first
        if tok.lower in ("he", "she", "it", "they") and size == 1:
            return first
        if size <= 2 and _acronym_speaker(tokens, first, last):
            # 'C the UN says': the article belongs to the acronym
            return first - 1 if tokens[first - 1].lower == "the" and first - 1 > floor else first
    return None


_NAME_LINKS = frozenset(["for", "of", "and"])
_MAX_NAMED_BODY = 11


def _named_body(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'the Britain-based Syrian Observatory for Human Rights monitor', 'the Syrian
    Observatory for Human Rights monitoring group', 'the London Based Syrian Observatory for
    Human Rights' ending at `last` when commas are missing: 'the', a body's capitalised name
    (too long for a short phrase) and at most two lowercase words that say what it is."""
    k = last
    while k > last - 2 and k > floor and tokens[k].is_word and not tokens[k].is_capitalised:
        word = tokens[k].lower
        if not (word in _SPEAKER_HEADS or word in _SPEAKER_MODIFIERS or word.endswith("ing")):
            return None
        k -= 1
    if k < last and tokens[last].lower not in _SPEAKER_HEADS:
        return None
    end, capitals = k, 0
    while k > floor and last - k < _MAX_NAMED_BODY:
        tok = tokens[k]
        if not tok.is_word or tok.quoted:
            return None
        if tok.lower == "the":
            break
        if tok.is_capitalised:
            capitals += 1
        elif not (tok.lower in _NAME_LINKS or tok.lower.endswith(_OUTLET_SUFFIXES)):
            return None
        k -= 1
    if (
        tokens[k].lower != "the"
        or k <= floor
        or capitals < 2
        or not tokens[end].is_capitalised
        or not (tokens[k + 1].is_capitalised or tokens[k + 1].lower.endswith(_OUTLET_SUFFIXES))
    ):
        return None
    before = tokens[k - 1]
    if not before.is_word or before.lower in PREPOSITIONS or before.lower in _BARE_BLOCKERS:
        return None  # 'in the Syrian Observatory for Human Rights report': not the speaker
    return k


def _names_outlet(tok: Token) -> bool:
    """A lowercase word before 'TV' that belongs to the outlet's name ('state TV')."""
    return tok.is_word and not tok.is_capitalised and tok.lower in _SPEAKER_MODIFIERS


def _named_apposition(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'C Bebars Mishal a civil defence worker in rebel-held Aleppo told Reuters': a
    person's name (two to four words) and, where its comma was lost, an indefinite description
    of the person ending at `last`; the word before the name is lowercase."""
    for j in range(last - 1, max(floor, last - 10), -1):
        tok = tokens[j]
        if not tok.is_word or tok.quoted or tok.lower in _NOT_IN_SPEAKER:
            return None
        if tok.lower not in ("a", "an"):
            continue
        if not any(t.lower in _APPOSITION_HEADS for t in tokens[j + 1 : last + 1]):
            return None
        k = j - 1
        while k > floor and _in_name(tokens[k]) and j - k <= 4:
            k -= 1
        before = tokens[k]
        if (
            j - 1 - k < 2
            or k <= floor
            or not before.is_word
            or before.text != before.lower
            or before.lower in _BARE_BLOCKERS
            or before.lower in PREPOSITIONS
            or any(_is_date_token(tokens, i) for i in range(k + 1, j))
        ):
            return None
        return k + 1
    return None


# Prepositions of place before a town whose comma to the speaker was lost.
_PLACE_PREPOSITIONS = frozenset(["in", "near", "from", "at", "outside", "around", "of"])
# Lowercase words of the speaker after the demonym ('Turkish officials', 'Russian Defence Ministry
# spokesman Igor Konashenkov').
_PLACED_SPEAKER_WORDS = _SPEAKER_HEADS | _TITLE_NOUNS | _SPEAKER_MODIFIERS
# The most words of a place's name between its preposition and the speaker's demonym.
_MAX_PLACE_WORDS = 3


def _demonym_after_place(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'British Foreign Secretary William Hague' in 'C near Damascus British Foreign
    Secretary William Hague said' (the comma after the place was lost): a run of capitals from
    the preposition to the cue, in which a demonym after one to three words of the place's name
    opens the speaker."""
    k = last
    while (
        k > floor
        and tokens[k].is_word
        and not tokens[k].quoted
        and (
            tokens[k].is_capitalised
            or tokens[k].lower in _PLACED_SPEAKER_WORDS
            or (tokens[k].lower == "for" and k < last and tokens[k + 1].is_capitalised)
        )
    ):
        k -= 1
    if tokens[k].lower not in _PLACE_PREPOSITIONS or k + 2 > last:
        return None
    place_first = k + 1
    for d in range(place_first + 1, min(place_first + _MAX_PLACE_WORDS, last - 1) + 1):
        if (tokens[d].lower in _DEMONYMS and tokens[d].is_capitalised) or (
            # 'C in Syria UN agencies said': an acronym before the speaker's own noun
            _an_acronym(tokens[d])
            and tokens[d].lower not in _PLACED_SPEAKER_OR_MEDIA_WORDS  # 'Al Mayadeen TV'
            and tokens[d + 1].lower in _SPEAKER_HEADS
        ):
            if all(tokens[j].is_capitalised for j in range(place_first, d)):
                return d
            return None
    return None


def _name_after_place(tokens: list[Token], last: int, floor: int) -> int | None:
    """The preposition of 'in Al-Atareb Fahd' in 'C in Al-Atareb Fahd said' (the comma after
    the place lost): two to four capitalised words, no title, body or demonym among them, after
    'in', 'near' or 'at'. The speaker phrase keeps the place; resolving it finds where the
    place ends (the gazetteer) and the name begins."""
    k = last
    while (
        k > floor
        and tokens[k].is_word
        and not tokens[k].quoted
        and (tokens[k].is_capitalised or _PARTICLE_NAME.match(tokens[k].text))
    ):
        k -= 1
    run = tokens[k + 1 : last + 1]
    # 'C in the village of Tokhar Amnesty International said': a place noun and 'of' before
    placed_of = tokens[k].lower == "of" and k > 0 and tokens[k - 1].lower in _NAMED_PLACE_NOUNS
    if (
        (tokens[k].lower not in ("in", "near", "at") and not placed_of)
        or not 2 <= len(run) <= 4
        or not tokens[k - 1].is_word
        or any(
            t.lower in _DEMONYMS
            or t.lower in _PLACED_SPEAKER_WORDS
            or t.lower in _MEDIA_NOUNS
            or t.lower in DATE_WORDS
            or t.lower in MONTHS
            or _an_acronym(t)
            for t in run
        )
    ):
        return None
    return k


def _titled_name(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'local civil defense official Leys al-Faris', 'police spokesman Ahmed Saleh'
    ending at `last` when commas are missing: a person's name after a title noun and its
    modifiers (the title says where the speaker phrase begins)."""
    k = last
    while k > floor and _in_name(tokens[k]):
        k -= 1
    if last - k < 2 or k <= floor or tokens[k].lower not in _TITLE_NOUNS:
        return None
    while k - 1 > floor and tokens[k - 1].lower in _MODIFIERS_AND_TITLE_NOUNS:
        k -= 1
    if k - 2 > floor and _of_inside_a_name(tokens, k - 1, floor):
        # 'Ministry of Defence spokesman Igor Konashenkov': the body's name goes on before 'of'
        k -= 2
        while (
            k - 1 > floor and _in_name(tokens[k - 1]) and tokens[k - 1].lower in _SPEAKER_MODIFIERS
        ):
            k -= 1
    return k


def _can_precede_bare_name(before: Token) -> bool:
    """The word before a name with no determiner ends the content run into it: a lowercase word
    that is no preposition and no word that blocks a bare name ('of', 'the', 'and' ...)."""
    return (
        before.is_word
        and not before.is_capitalised
        and before.lower not in PREPOSITIONS
        and before.lower not in _BARE_BLOCKERS
    )


def _spokes_titled_name(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'government spokeswoman Najat Vallaud-Belkacem' ending at `last`: a
    spokesperson's title, then a name of two words at least, after a lowercase word that is no
    preposition or determiner (the end of the content run into it)."""
    first = _titled_name(tokens, last, floor)
    if first is None:
        return None
    title = next((k for k in range(first, last + 1) if tokens[k].lower in _SPOKES_TITLES), None)
    if title is None or last - title < 2:
        return None
    before = tokens[first - 1]
    if not _can_precede_bare_name(before) or before.lower in _NOT_IN_SPEAKER:
        return None
    return first


def _bare_plural_speaker(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of a speaker without a determiner ending at `last` when commas are missing: 'C on
    Saturday police said', 'C activists said', 'C Syrian state media reported'."""
    last = _head_before_place(tokens, last, floor)
    if tokens[last].lower not in _BARE_SPEAKERS or tokens[last].quoted:
        return None
    first = last
    while first - 1 > floor and (
        tokens[first - 1].lower in _SPEAKER_MODIFIERS
        or tokens[first - 1].lower in _BARE_SPEAKER_MODIFIERS
        or _hyphen_modifier(tokens[first - 1])
    ):
        first -= 1
    before = tokens[first - 1].lower if first - 1 > floor else ""
    # 'the traffic police', 'of residents', 'and rebels': the noun belongs to the words before
    if not before or before in _BARE_BLOCKERS or before in _NOT_IN_SPEAKER:
        return None
    return first


def _bare_name(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of a name with no determiner ending at `last` when commas are missing: 'C Ibrahim
    Abu Leys told Anadolu Agency', 'C Human Rights Watch said', 'C medical charity Doctors
    Without Borders (MSF) said'. The word before the name must be lowercase and no preposition
    or determiner ('in Aleppo', 'the Red Cross' are read by other rules)."""
    k = last
    if tokens[k].text == ")":
        opening = next(
            (j for j in range(k - 1, max(floor, k - 4), -1) if tokens[j].text == "("), None
        )
        if opening is None or not all(_ACRONYM.fullmatch(t.text) for t in tokens[opening + 1 : k]):
            return None
        k = opening - 1  # 'Doctors Without Borders (MSF)'
    end = k
    words = 0
    while k > floor and words < _MAX_BARE_NAME + 1:
        if _is_date_token(tokens, k) and k < end:
            break  # 'C on Monday Amnesty International said': the date ends the content
        if _in_name(tokens[k]):
            words += 1
        elif not _of_inside_a_name(tokens, k, floor):
            break  # 'US Secretary of Defense Ashton Carter': 'of' between capitalised words
        k -= 1
    before = tokens[k]
    dated = _is_date_token(tokens, k) and k < end
    if (
        k == end
        or k <= floor
        or not before.is_word
        or (before.text != before.lower and not dated)  # 'Deir ez-Zor Al Mayadeen': a name
        or before.lower in _BARE_BLOCKERS
        or before.lower in PREPOSITIONS
        or before.lower in _NOT_IN_SPEAKER
        or before.quoted
    ):
        return None
    first = k + 1
    if any(_is_date_token(tokens, j) for j in range(first, end + 1)):
        return None  # 'C on Saturday Abdel Rahman said' is read after the date
    return first


def _media_name(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of an outlet's name with words that say what it is, ending at `last` when commas
    are missing: 'C Lebanese TV channel Al-Mayadin reported', 'C the Arabic-language al-Hadas
    News reported', 'C Syrian state TV said', 'C Al-Mayadin TV reported'."""
    k, described = last, _describes_an_outlet(tokens[last])
    while k - 1 > floor and last - k < _MAX_BARE_NAME + 2:
        before = tokens[k - 1]
        if _describes_an_outlet(before):
            described = True
        elif not (_in_name(before) and not _DEMONYM_END.search(before.text)):
            break
        k -= 1
    if not described or k - 1 <= floor:
        return None
    article = next((j for j in range(k + 1, last) if tokens[j].text in ("Al", "El")), None)
    if article is not None and tokens[k].is_capitalised and tokens[article - 1].is_capitalised:
        # 'C in northern Syria Al Mayadeen TV channel reported': the Arabic article opens the
        # outlet's name; the place before it is the content's
        return article
    bare_head = tokens[k].lower in _OUTLET_HEADS
    if _DEMONYM_END.search(tokens[k - 1].text) and tokens[k - 1].is_capitalised:
        k -= 1  # 'Lebanese TV channel Al-Mayadin'
    elif (
        k - 2 > floor
        and tokens[k - 1].lower in _MODIFIERS_AND_OFFICIAL
        and tokens[k - 2].lower in ("the", "a", "an")
    ):
        k -= 1  # 'the official SANA news agency', 'the state news agency SANA'
    if tokens[k - 1].lower in ("the", "a", "an"):
        k -= 1
    elif bare_head and tokens[k].lower in _OUTLET_HEADS:
        return None  # 'aid agency OCHA': the words before the head are the outlet's too
    before = tokens[k - 1]
    blocked = before.lower in PREPOSITIONS or before.lower in _BARE_BLOCKERS
    if before.is_word and blocked and tokens[k].is_capitalised:
        # 'in northern Syria Al Mayadeen TV channel': a place, then an Arabic name opening
        # with its article; the outlet's name starts there.
        article = next(
            (
                j
                for j in range(k + 1, last)
                if tokens[j].text in ("Al", "El") or tokens[j].text.startswith(("Al-", "El-"))
            ),
            None,
        )
        if article is not None and all(_in_name(t) for t in tokens[k:article]):
            return article
    if not before.is_word or before.lower in PREPOSITIONS or before.lower in _BARE_BLOCKERS:
        return None  # 'in Aleppo state TV': the place is the content's
    return k


def _describes_an_outlet(tok: Token) -> bool:
    """'channel', 'TV', 'daily', 'Arabic-language', 'state-run', 'pro-government'."""
    word = tok.lower
    return tok.is_word and (word in _MEDIA_NOUNS or word.endswith(_OUTLET_SUFFIXES))


def _without_bare_apposition(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """'the Faylaq al-Sham faction part of the rebel alliance said', 'the Sultan Murad brigade
    member of the Free Syrian Army said': an apposition whose commas were lost, after a body's
    head noun or name; the speaker is the body before it."""
    for k in range(first + 2, last - 1):
        if (
            tokens[k].lower in _BARE_APPOSITION_OPENERS
            and tokens[k + 1].lower == "of"
            and tokens[k + 2].lower in ("the", "a", "an")
            and tokens[k - 1].is_word
            and (
                tokens[k - 1].is_capitalised
                or tokens[k - 1].lower in _SPEAKER_HEADS
                or tokens[k - 1].lower in _ARMED_BODY_HEADS
            )
            and _valid_speaker(tokens, first, k - 1)
        ):
            return first, k - 1
    return first, last


def _first_of_two_speakers(tokens: list[Token], first: int, last: int) -> tuple[int, int]:
    """'a monitoring group and activists said', 'Sergei Lavrov and his deputy said': two
    speakers joined by 'and'; the first is the claim's source. Names with 'and' inside ('Ministry of Foreign Affairs and Expatriates')
    stay whole: the second speaker must open with a determiner or be a bare speaker noun."""
    joins = [k for k in range(first + 1, last) if tokens[k].lower == "and"]
    if len(joins) != 1 or any(t.text in "()[]," or t.quoted for t in tokens[first : last + 1]):
        return first, last
    if tokens[first].lower in _BARE_SPEAKERS or not (
        tokens[first].lower in ("a", "an", "the") or tokens[first].is_capitalised
    ):
        return first, last  # 'police and medical sources': one body of sources
    k = joins[0]
    lead = tokens[first + 1 : k] if tokens[first].lower in ("a", "an", "the") else tokens[first:k]
    if len(lead) == 1 and (
        (lead[0].is_capitalised and _DEMONYM_END.search(lead[0].text))
        or lead[0].lower in _SIDE_MODIFIERS
    ):
        # 'The Russian and Syrian officials', 'Government and opposition sources': one noun
        # the two modify
        return first, last
    second = tokens[k + 1 : last + 1]
    # 'said Foreign Minister Sergei Lavrov and his deputy': an owner's second speaker too
    opens = (
        second[0].lower in _SPEAKER_DETERMINERS
        or second[0].lower in _POSSESSIVES
        or (
            second[-1].lower in _BARE_SPEAKERS
            and all(t.lower in _SPEAKER_MODIFIERS for t in second[:-1])
        )
    )
    if opens and _valid_speaker(tokens, first, k - 1) and _valid_speaker(tokens, k + 1, last):
        return first, k - 1
    return first, last


def _of_inside_a_name(tokens: list[Token], k: int, floor: int) -> bool:
    """'Secretary of Defense', 'Minister of Interior': 'of' between two capitalised words."""
    return (
        tokens[k].lower == "of"
        and k - 1 > floor
        and k + 1 < len(tokens)
        and tokens[k - 1].is_capitalised
        and tokens[k + 1].is_capitalised
    )


def _head_before_place(
    tokens: list[Token], last: int, floor: int, heads: frozenset[str] = _BARE_SPEAKERS
) -> int:
    """The speaker noun before a phrase of place that ends at `last`: 'activists in the town',
    'sources on the ground', 'residents in Douma', 'sources familiar with the matter' (else
    `last` itself)."""
    for k in range(last - 1, max(floor, last - 4), -1):
        # 'sources close to the talks', 'sources familiar with the matter'
        close_to = (tokens[k].lower, tokens[k - 1].lower) in (("to", "close"), ("with", "familiar"))
        if tokens[k].lower in ("in", "on", "at", "inside", "near") or close_to:
            head = k - 2 if close_to else k - 1
            if (
                head > floor
                and tokens[head].lower in heads
                and all(
                    t.is_word and t.lower not in _NOT_IN_SPEAKER for t in tokens[k + 1 : last + 1]
                )
            ):
                return head
            return last
    return last


_RANKS = frozenset(_WORDS["military_ranks"])
_RANKED_BODIES = frozenset(
    ["staff", "command", "headquarters", "directorate", "secretariat", "assembly", "security"]
)


def _rank_in_name_run(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of a ranked name ending at `last` inside a longer run of capitalised words:
    'East Ghouta Col. Gen. Sergei Rudskoi', 'Syria Lieutenant General Sergei Rudskoi' (the
    words before the rank end the claim); at least two name words after the ranks."""
    k = last
    while k > floor and _in_name(tokens[k]):
        k -= 1
    after = next((j for j in range(last, k, -1) if tokens[j].lower in _RANKS), None)
    if after is None or last - after < 2 or tokens[after + 1].lower in _RANKED_BODIES:
        return None  # no rank, one name word, or a body ('General Staff', 'General Command')
    first = after
    while first - 1 > k and tokens[first - 1].lower in _RANKS:
        first -= 1
    return first if first - 1 > floor else None


def _in_name(tok: Token) -> bool:
    """A word of a person's name: capitalised, or a particle ('al-Faris', 'bin')."""
    return (
        tok.is_word
        and not tok.quoted
        and (tok.is_capitalised or tok.lower.startswith(("al-", "el-")))
    )


def _modified_plural(tokens: list[Token], first: int, last: int) -> bool:
    """Lowercase speaker modifiers and a speaker head: 'local sources', 'medical sources'."""
    return (
        tokens[first].lower in _SPEAKER_MODIFIERS
        and all(t.lower in _SPEAKER_MODIFIERS and t.text.islower() for t in tokens[first:last])
        and tokens[last].lower in _SPEAKER_HEADS
    )


def _determined_speaker(tokens: list[Token], first: int, last: int) -> bool:
    """A phrase opened by a determiner that names a speaker: 'the army', 'a monitor', 'a
    security source', or 'the' and a proper name ('the Syrian Observatory for Human Rights')."""
    if tokens[last].lower in _SPEAKER_HEADS and _valid_speaker(tokens, first, last):
        return True
    if _head_with_participle(tokens, first, last) and _valid_speaker(tokens, first, last):
        return True  # 'a group tracking the violence', 'the group monitoring the war'
    if _head_then_place(tokens, first, last):
        return True  # 'a source in the northern province', 'the official at the hospital'
    name = tokens[first + 1 : last + 1]
    return (
        tokens[first].lower == "the"
        and bool(name)
        and name[0].is_capitalised
        and name[-1].is_capitalised
        and all(t.is_capitalised or t.lower in ("for", "of", "and") for t in name)
        and _valid_speaker(tokens, first, last)
    )


def _speaker_after_date(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of a short capitalised speaker right after a date ending at `last` when commas
    are missing: 'C on Friday Turkish military said', 'C Sunday Syrian state media said'."""
    for first in range(last, max(floor, last - 3), -1):
        if _is_date_token(tokens, first - 1):
            if (
                tokens[first].is_capitalised
                and tokens[last].lower in _SPEAKER_HEADS
                and _valid_speaker(tokens, first, last)
            ):
                return first
            return None
    return None


def _head_then_place(tokens: list[Token], first: int, last: int) -> bool:
    """'a source in the northern province': a speaker head, then where it is (lowercase
    place words or a name, no verb), the phrase opened by `first`."""
    for k in range(first + 2, last):
        if tokens[k].lower not in ("in", "at", "near", "inside"):
            continue
        rest = tokens[k + 1 : last + 1]
        return (
            tokens[k - 1].lower in _SPEAKER_HEADS
            and all(t.is_word and t.lower not in _NOT_IN_SPEAKER for t in rest)
            and not any(t.lower in _CLAUSE_VERBS or t.lower.endswith("ed") for t in rest)
            # 'the hospital in Douma residents in Douma': a second speaker is the speaker
            and not any(
                t.lower in _SPEAKER_HEADS or t.lower in _BARE_SPEAKERS or t.lower in PREPOSITIONS
                for t in rest
            )
            and _valid_speaker(tokens, first, k - 1)
        )
    return False


def _outlet_staff(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'Al-Manar correspondent', 'Al Jazeera TV correspondent in Aleppo' ending at
    `last` when commas are missing: an outlet's name (one to three capitalised words, a media
    noun after them) before a staff noun, after a lowercase word or a date that ends the
    content."""
    k = last
    if k - 2 > floor and tokens[k - 1].lower in _STAFF_PLACE and tokens[k].is_capitalised:
        k -= 2  # 'correspondent in Aleppo'
    if tokens[k].lower not in _STAFF_NOUNS:
        return None
    end = k - 1
    while end > floor and tokens[end].lower in _MEDIA_NOUNS:
        end -= 1  # 'Al-Manar TV correspondent'
    first = end
    while (
        first > floor
        and end - first < 3
        and tokens[first].is_capitalised
        and tokens[first].is_word
        and not _is_date_token(tokens, first)  # 'on Sunday Al-Manar correspondent'
    ):
        first -= 1
    before = tokens[first]
    if (
        first == end
        or tokens[first + 1].quoted
        or not before.is_word
        or (before.is_capitalised and not _is_date_token(tokens, first))
        or before.lower in PREPOSITIONS
        or before.lower in _BARE_BLOCKERS
    ):
        return None
    return first + 1


# Where an outlet's staff speaks from: 'correspondent in Aleppo', 'reporter at Hama'.
_STAFF_PLACE = frozenset(["to", "in", "at"])


def _lost_possessive(tokens: list[Token], last: int, floor: int) -> int | None:
    """Start of 'Turkeys health ministry', 'Syrias state-run news agency' ending at `last` when
    commas and the apostrophe were lost (FA-KES): a name ending in -s, up to three lowercase
    modifiers and a speaker noun; the word before the name is lowercase."""
    if tokens[last].lower not in _SPEAKER_HEADS or not tokens[last].is_word:
        return None
    k = last - 1
    while k > floor and last - k <= 3 and tokens[k].is_word and not tokens[k].is_capitalised:
        k -= 1
    if k - 1 > floor and k < last - 1 and _ACRONYM.fullmatch(tokens[k].text):
        k -= 1  # 'Syrias SANA state news agency': the outlet's acronym after its owner
    owner = tokens[k]
    if (
        k <= floor
        # a modifier stands between ('Kilis witnesses' is a place and a noun); an outlet's staff
        # need none ('AFPs correspondent')
        or (k >= last - 1 and tokens[last].lower not in _STAFF_NOUNS)
        or not owner.is_capitalised
        or not owner.text.endswith(("s", "'s", "’s"))
        or any(
            t.lower in _NOT_IN_SPEAKER or t.lower in _DETERMINERS for t in tokens[k + 1 : last + 1]
        )
    ):
        return None  # 'outside the capital Damascus a monitor said': no possessive there
    if not _can_precede_bare_name(tokens[k - 1]):
        return None
    return k


def _head_with_participle(tokens: list[Token], first: int, last: int) -> bool:
    """'a group tracking the violence', 'the monitor tracking the war': a determiner, a speaker
    noun and a reduced relative of at most four words."""
    if tokens[first].lower not in ("a", "an", "the") or last - first > 7:
        return False
    for h in range(first + 1, last - 1):
        if tokens[h].lower in _SPEAKER_HEADS and tokens[h + 1].lower.endswith("ing"):
            return all(
                t.is_word and not t.quoted and t.lower not in _NOT_IN_SPEAKER
                for t in tokens[h + 1 : last + 1]
            )
    return False


def _acronym_speaker(tokens: list[Token], first: int, last: int) -> bool:
    """'C FNA reported', 'C SANA said': an acronym names its speaker (not the last of a run of
    acronyms)."""
    if not all(_ACRONYM.fullmatch(t.text) for t in tokens[first : last + 1]):
        return False
    before = tokens[first - 1]
    if first == last and tokens[first].lower in _MEDIA_NOUNS and _names_outlet(before):
        return False  # 'C Syria TV reported', 'C state TV said': 'TV' ends the outlet's name
    return not (before.is_word and _ACRONYM.fullmatch(before.text))


def _is_date_token(tokens: list[Token], i: int) -> bool:
    """Weekday, 'today', 'earlier', month names and day numbers after or before them."""
    tok = tokens[i]
    if tok.lower in _NAMING_DATE_WORDS and tok.is_capitalised and 0 < i < len(tokens) - 1:
        before, head = tokens[i - 1], tokens[i + 1]
        if (
            before.is_capitalised
            and before.is_word
            and before.lower not in DATE_WORDS | MONTHS
            and (head.lower in _SPEAKER_HEADS or head.lower in _MEDIA_NOUNS)
        ):
            return False  # 'the Ariha Today group', 'Ariha Today activist group': a name's word
    if tok.lower in DATE_WORDS or tok.lower in MONTHS:
        return True
    if not tok.text.isdigit():
        return False
    if i > 0 and tokens[i - 1].lower in MONTHS:
        return True
    # a day before its month ('On 2 July the army said')
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        len(tok.text) <= 2 and after is not None and after.is_capitalised and after.lower in MONTHS
    )


_YEAR = re.compile(r"(?:19|20)\d\d")
# Date words that also end outlets' and groups' names ('Ariha Today', 'Syria Now').
_NAMING_DATE_WORDS = frozenset(["today", "now", "tonight"])


def _is_time_token(tokens: list[Token], i: int) -> bool:
    """A date word or a year ('Since 2014', 'In early March')."""
    return (
        _is_date_token(tokens, i)
        or bool(_YEAR.fullmatch(tokens[i].text))
        or (
            tokens[i].lower in ("early", "late", "mid")
            and i + 1 < len(tokens)
            and _is_date_token(tokens, i + 1)
        )
    )


def _reason_end(tokens: list[Token], i: int, limit: int, last: int) -> int:
    """'on condition of anonymity to protect his family': the reason runs to the clause's end."""
    if i > limit or tokens[i].lower not in REASON_OPENERS:
        return last
    while i <= limit and tokens[i].lower not in (",", ";", "that") and not tokens[i].quoted:
        last = i
        i += 1
    return last


def _told_object_end(tokens: list[Token], start: int, limit: int) -> int:
    """The object of 'told': 'Reuters', 'reporters', 'the state news agency', 'AFP'."""
    i = start
    last = start - 1
    while i <= min(limit, start + 4):
        tok = tokens[i]
        if tok.quoted or not tok.is_word or tok.lower == "that":
            break
        if i > start and tok.lower in ("the", "a", "an", "its", "his", "her", "their"):
            break  # 'told AFP the dead included militants': the object ended at AFP
        if i == start and tok.lower in ("a", "an", "the"):
            # 'told an investment conference', 'told a news briefing': a gathering addressed
            noun = next(
                (
                    j
                    for j in range(i + 1, min(limit, i + 4) + 1)
                    if tokens[j].lower in TAIL_NOUNS and not tokens[j].quoted
                ),
                None,
            )
            if noun is not None and all(t.is_word for t in tokens[i : noun + 1]):
                return noun
        if (
            tok.is_capitalised
            or tok.lower
            in (
                "reporters",
                "journalists",
                "the",
                "a",
                "an",
                "news",
                "agency",
                "state",
                "media",
                "newspaper",
                "television",
                "tv",
                "radio",
                "channel",
                "broadcaster",
                "its",
                "his",
                "her",
                "their",
                "daily",
                "website",
                "parliament",
            )
            or (
                # 'told SANA reporter', 'told Sputnik correspondent': the outlet's staff
                i > start
                and tokens[i - 1].is_capitalised
                and tok.lower in ("reporter", "reporters", "correspondent", "correspondents")
            )
        ):
            last = i
            i += 1
            continue
        break
    return last


def _cue_words(
    tokens: list[Token], cue: Cue, tail: tuple[int, int] | None, first: int, last: int
) -> str:
    """The cue as a reader names it: 'said in a statement', 'told AFP', 'referred to ... as'."""
    words = cue.words
    if tail and tail[0] <= tail[1]:
        tail_tokens = tokens[tail[0] : tail[1] + 1]
        lowered = [t.lower for t in tail_tokens]
        if cue.form == "told":
            obj: list[str] = []
            for tok in tail_tokens:
                if tok.lower in PREPOSITIONS or tok.lower in DATE_WORDS:
                    break
                obj.append(tok.text)
            if obj:
                words = f"{words} {' '.join(obj)}"
        for k in range(len(lowered) - 2):
            if (
                lowered[k] == "in"
                and lowered[k + 1] in ("a", "an", "its", "his", "her", "their")
                and (lowered[k + 2] in STATEMENT_WORDS)
            ):
                words = f"{words} in a statement"
                break
    if cue.words in ("referred to", "refers to", "described", "describes") and any(
        t.lower == "as" and not t.quoted for t in tokens[first : last + 1]
    ):
        words = f"{words} ... as"
    return words


# Unions of the word lists that the methods and functions above test against, built once at
# import (a union written in a loop is built anew at every step).
_DEFINITE_OR_INDEFINITE = _DEFINITE_STARTS | {"a", "an"}
_TIME_WORDS = _PERIODS | DATE_WORDS | {"day"}
_NOT_BEFORE_A_SPEECH_PARTICIPLE = _DETERMINERS | {"worth", "is", "was"}
_PLACED_SPEAKER_OR_MEDIA_WORDS = _PLACED_SPEAKER_WORDS | _MEDIA_NOUNS
_MODIFIERS_AND_TITLE_NOUNS = _SPEAKER_MODIFIERS | _TITLE_NOUNS
_MODIFIERS_AND_OFFICIAL = _SPEAKER_MODIFIERS | {"official", "semi-official"}
