"""The cue lexicon: reporting verbs, phrases and the words that may stand between cue and content."""

from __future__ import annotations

from dataclasses import dataclass

from app.extract.registry import load_lexicon
from app.extract.segment import MONTH_NAMES
from app.extract.tokens import Token

LEXICON = load_lexicon("cues.yaml")
# Finite reporting verbs (past, present and plural base forms). Evaluative speech acts count:
# "X accused Y of Z".
FINITE_VERBS = frozenset(LEXICON["finite_verbs"])
# Base forms ('say', 'deny'): a cue only after a plural subject, not after 'to' or a modal.
BASE_FORMS = frozenset(w for w in FINITE_VERBS if not w.endswith(("s", "d")) and w != "wrote")
MODALS = frozenset(LEXICON["modals"])
# A cue word after one of these is a noun ('on reports', 'amid claims').
NOUN_BEFORE = frozenset(LEXICON["noun_before"])
_DETERMINERS_OF_NOUNS = frozenset(LEXICON["determiners_of_nouns"])
# Participles that open a further reporting clause of the same speaker: "..., adding that B".
SPLIT_PARTICIPLES = frozenset(LEXICON["split_participles"])
# The words of every cue that opens a further clause: the participles and fixed phrases
# ('..., pointing out that B').
SPLIT_CUES = SPLIT_PARTICIPLES | frozenset(LEXICON["split_phrases"])
# 'IS released a video purporting to show C': what the released thing shows is the body's claim.
SHOWING_PARTICIPLES = frozenset(LEXICON["showing_participles"])
# Verbs of publishing a channel does: 'a statement carried by SANA', 'posted ... news of'.
PUBLISHING_VERBS = frozenset(LEXICON["publishing_verbs"])
# Participles that belong to the clause they end: "criticized the campaign, saying ...".
PARTICIPLES = SPLIT_PARTICIPLES | frozenset(LEXICON["participles"])
# Verbs of relaying: 'S quoted X as saying C' (X is the source, S a relayer).
RELAY_VERBS = frozenset(LEXICON["relay_verbs"])
EXPRESSING_VERBS = frozenset(LEXICON["expressing_verbs"])
_EXPRESSED_FEELINGS = frozenset(LEXICON["expressed_feelings"])
CONCLUDING_VERBS = frozenset(LEXICON["concluding_verbs"])
ACTS_WITH = frozenset(LEXICON["acts_with"])
_PRONOUN_SUBJECTS = frozenset(LEXICON["pronoun_subjects"])
# Multi-word cues, longest first; each is a tuple of lowercased tokens.
MULTIWORD = [
    tuple(c.lower().split()) for c in sorted(LEXICON["multiword"], key=lambda s: -len(s.split()))
]
# Verbs that are not speech when passive or adjectival: "were reported killed", "is said to".
PASSIVE_GUARD = frozenset(LEXICON["passive_guard"])
NEGATIONS = frozenset(LEXICON["negations"])
NEGATION_FILLERS = frozenset(LEXICON["negation_fillers"])
# Auxiliaries and adverbs that may stand between a speaker and the cue.
AUX = frozenset(LEXICON["aux"])
WEEKDAYS = frozenset(LEXICON["weekdays"])
MONTHS = MONTH_NAMES
DATE_WORDS = WEEKDAYS | frozenset(LEXICON["date_words"])
# Nouns that close a prepositional phrase of the cue ("in a statement", "at a news conference").
TAIL_NOUNS = frozenset(LEXICON["tail_nouns"]) | WEEKDAYS
PREPOSITIONS = frozenset(LEXICON["prepositions"])
STATEMENT_WORDS = frozenset(LEXICON["statement_words"])
REASON_OPENERS = frozenset(LEXICON["reason_openers"])
_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})
# 'the war has claimed the lives of 300,000': a toll taken, not a claim made (data/cues.yaml).
TOLL_OBJECTS = frozenset(LEXICON["toll_objects"])
TOLL_QUANTIFIERS = frozenset(LEXICON["toll_quantifiers"])
TOLL_GIVING_VERBS = frozenset(LEXICON["toll_giving_verbs"])
# The '-ing' forms of a toll's update verbs (data/figure_words.yaml): '..., the monitor said,
# bringing the death toll to 45'.
TOLL_UPDATING_PARTICIPLES = frozenset(
    w for w in load_lexicon("figure_words.yaml")["toll_update_verbs"] if w.endswith("ing")
)
# The form of a cue that updates a toll: read only as a clause after the speaker's own cue.
TOLL_UPDATE = "toll-update"


@dataclass(frozen=True)
class Cue:
    """A cue found among a sentence's tokens: tokens [first, last] inclusive."""

    first: int
    last: int
    form: str  # finite | participle | according | quoted | told | relay | toll-update
    words: str


def find_cues(tokens: list[Token]) -> list[Cue]:
    """Reporting cues outside quotations, in order; passive and negated uses are left out."""
    cues: list[Cue] = []
    # Only a cue word can start a cue: `_cue_at` is called there alone (most tokens are not),
    # skipping the tokens a cue found before took, as stepping through every token would.
    reached = 0
    for i in [k for k, tok in enumerate(tokens) if tok.lower in ANY_CUE_WORD]:
        if i < reached:
            continue
        cue, width = _cue_at(tokens, i)
        if cue is not None:
            cues.append(cue)
        reached = i + width
    return [c for c in cues if not _reported_inside(c, tokens, cues)]


def _reported_inside(cue: Cue, tokens: list[Token], cues: list[Cue]) -> bool:
    """'Scientists concluded that C the ambassador said', 'Rebels expressed concern that C, a
    spokesman said': a conclusion or feeling that a later speaker reports is part of that
    speaker's claim, not a cue of its own."""
    if tokens[cue.first].lower not in _INNER_CUE_WORDS:
        return False
    return any(
        c.first > cue.last
        and c.form in ("finite", "told", "quoted")
        and tokens[c.first].lower not in _INNER_CUE_WORDS
        # '... and said C2': a second predicate of the same subject, no other speaker
        and tokens[c.first - 1].lower not in ("and", "but", "also", "then", "later")
        for c in cues
    )


def _cue_at(tokens: list[Token], i: int) -> tuple[Cue | None, int]:
    """The cue that starts at token `i`, if any, and how many tokens to move on by."""
    tok = tokens[i]
    if tok.quoted or not tok.is_word or tok.lower not in ANY_CUE_WORD:
        return None, 1
    if tok.lower in EXPRESSING_VERBS and (that := _expressed_feeling_that(tokens, i)):
        if _negated(tokens, i) or _passive(tokens, i):
            return None, that - i + 1
        words = " ".join(t.lower for t in tokens[i : that + 1])
        return Cue(i, that, "finite", words), that - i + 1
    if tok.lower in _QUOTED_AUX and (saying := _quoted_by_as_saying(tokens, i)):
        words = " ".join(t.lower for t in tokens[i : saying + 1])
        return Cue(i, saying, "quoted", words), saying - i + 1
    multi = _match_multiword(tokens, i) if tok.lower in _MULTIWORD_BY_FIRST else None
    if multi:
        if _negated(tokens, i) or (
            multi[1:] in (("on",), ("upon",)) and not _calls_on_to_act(tokens, i)
        ):
            return None, len(multi)
        return Cue(i, i + len(multi) - 1, _multiword_form(multi), " ".join(multi)), len(multi)
    return _word_cue(tokens, i), 1


def _expressed_feeling_that(tokens: list[Token], i: int) -> int | None:
    """'expressed deep concern that', 'voiced its alarm that': the index of the 'that' after a
    feeling and at most three lowercase words before it ('expressed concern over the raids that
    killed 12' is no cue: a preposition ends the phrase)."""
    for j in range(i + 1, min(i + 5, len(tokens) - 1)):
        tok = tokens[j]
        if not tok.is_word or tok.quoted or tok.is_capitalised:
            return None
        if tok.lower in _EXPRESSED_FEELINGS:
            nxt = tokens[j + 1]
            return j + 1 if nxt.lower == "that" and not nxt.quoted else None
        if tok.lower in PREPOSITIONS or tok.lower in ("about", "for", "of", "and", "that"):
            return None
    return None


_QUOTED_AUX = frozenset({"was", "were", "is", "are"})


def _quoted_by_as_saying(tokens: list[Token], i: int) -> int | None:
    """'S was quoted by AFP as saying': the index of 'saying' (or 'telling') when a short
    'by' phrase stands between 'quoted' and 'as'."""
    if i + 4 >= len(tokens) or tokens[i + 1].lower != "quoted" or tokens[i + 2].lower != "by":
        return None
    for j in range(i + 3, min(i + 11, len(tokens) - 1)):
        tok = tokens[j]
        if not tok.is_word or tok.quoted:
            return None
        if tok.lower == "as" and j > i + 3:
            nxt = tokens[j + 1]
            return j + 1 if nxt.lower in ("saying", "telling") and not nxt.quoted else None
    return None


def _calls_on_to_act(tokens: list[Token], i: int) -> bool:
    """'called on the UN to act': an appeal; 'troops called on the villagers at night' is a
    visit, not speech (the appeal needs its 'to')."""
    return any(t.lower == "to" and not t.quoted for t in tokens[i + 3 : i + 20])


def _multiword_form(multi: tuple[str, ...]) -> str:
    """The form of a fixed phrase's cue: 'according to', 'was quoted as saying', a participle
    ('ruling out') or a finite verb."""
    if multi[0] == "according":
        return "according"
    if multi[0].endswith("ing"):
        return "participle"  # 'ruling out', 'pointing out', 'purporting to show'
    return "quoted" if "quoted" in multi else "finite"


def _word_cue(tokens: list[Token], i: int) -> Cue | None:
    """The one-word cue at token `i`: a relay verb, 'put the toll at', a finite verb or a
    participle, unless the word is a noun or a participle of something else there."""
    word = tokens[i].lower
    if word in RELAY_VERBS and not _passive(tokens, i):
        # 'state media quoted a military source as saying': a relay (the 'as saying' is
        # checked by the pattern); 'quoted' with no 'as' is no cue.
        if any(t.lower in ("as", "who") for t in tokens[i + 1 : i + 16]):
            return Cue(i, i, "relay", word)
        return None
    if word in ("put", "puts", "putting") and _puts_a_toll(tokens, i):
        # 'the government put the toll at eight': the toll is the claim's own words.
        form = "participle" if word == "putting" else "finite"
        return Cue(i, i, form, f"{word} the toll at")
    if word in TOLL_GIVING_VERBS and _gives_a_toll(tokens, i) and not _negated(tokens, i):
        # 'the monitor gave a toll of 48 dead': like 'put the toll at', the toll is the claim.
        form = "participle" if word.endswith("ing") else "finite"
        return Cue(i, i, form, f"{word} a toll of")
    if word in TOLL_UPDATING_PARTICIPLES:
        # ', updating an earlier toll of 12', ', bringing the death toll to 45'
        return Cue(i, i, TOLL_UPDATE, f"{word} the toll") if _updates_a_toll(tokens, i) else None
    if word in PRESS_FORMS:
        # 'pressed the international community to act': an appeal like 'urged'; 'pressed ahead
        # with the offensive' is no speech.
        if _presses_someone_to_act(tokens, i) and not _passive(tokens, i):
            return Cue(i, i, "finite", word)
        return None
    if word in IDENTIFYING_VERBS:
        # 'the Observatory named the dead commander as Abu Omar': who a victim or an attacker
        # was; 'named Ali as its envoy', 'a boy named Omar' are no speech.
        if _identifies_as(tokens, i) and not _passive(tokens, i) and not _negated(tokens, i):
            return Cue(i, i, "finite", word)
        return None
    if _not_a_verb_here(tokens, i) or _declares_a_thing(tokens, i) or _claims_a_toll(tokens, i):
        return None
    if word in CONCLUDING_VERBS:
        # 'the inquiry concluded that C', '"Q" the envoy concluded.'; 'the talks concluded on
        # Monday' and 'concluded his visit' are no speech.
        if _passive(tokens, i) or _negated(tokens, i) or not _concludes_speech(tokens, i):
            return None
        return Cue(i, i, "finite", word)
    if i + 1 < len(tokens) and tokens[i + 1].lower in _REFLEXIVES:
        # 'the group, which describes itself as neutral, said C': the subject's description of
        # itself, no claim ('declared itself a caliphate')
        return None
    if word in FINITE_VERBS and not _passive(tokens, i) and not _negated(tokens, i):
        return Cue(i, i, "told" if word in ("told", "tells") else "finite", word)
    if word in PARTICIPLES and not _negated(tokens, i):
        return Cue(i, i, "participle", word)
    return None


_INNER_CUE_WORDS = EXPRESSING_VERBS | CONCLUDING_VERBS
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "ourselves", "myself"})


IDENTIFYING_VERBS = frozenset(LEXICON["identifying_verbs"])
_IDENTIFIED_PEOPLE = frozenset(LEXICON["identified_people"])


def _identifies_as(tokens: list[Token], i: int) -> bool:
    """'named the dead commander as', 'identified the two bombers as': a short lowercase object
    headed by a person of the incident, then 'as' and what names them."""
    for j in range(i + 2, min(i + 7, len(tokens) - 1)):
        tok = tokens[j]
        if tok.quoted or not tok.is_word:
            return False
        if tok.lower == "as":
            return tokens[j - 1].lower in _IDENTIFIED_PEOPLE and tokens[j + 1].is_word
        if tok.is_capitalised:
            return False
    return False


def _concludes_speech(tokens: list[Token], i: int) -> bool:
    """'concluded that' (its content follows) or 'concluded' closing the sentence (its content
    came before)."""
    nxt = next((t for t in tokens[i + 1 :] if t.is_word or t.is_quote), None)
    return nxt is None or (nxt.lower == "that" and not nxt.quoted)


PRESS_FORMS = frozenset({"pressed", "presses"})
# Objects of 'pressed' that make it an act ('pressed the attack on the airbase to cut the road').
_PRESSED_ACTS = frozenset(
    {"attack", "attacks", "offensive", "advance", "assault", "campaign", "fight", "case", "button"}
)


def _presses_someone_to_act(tokens: list[Token], i: int) -> bool:
    """'pressed Western powers to end their support': an object, then its 'to'."""
    if i + 2 >= len(tokens) or _negated(tokens, i):
        return False
    obj = tokens[i + 1]
    if not obj.is_word or not (obj.is_capitalised or obj.lower in ("the", "all", "its", "their")):
        return False
    for tok in tokens[i + 1 : i + 12]:
        if tok.lower in _PRESSED_ACTS or tok.quoted:
            return False
        if tok.lower == "to":
            return True
    return False


def _not_a_verb_here(tokens: list[Token], i: int) -> bool:
    """A cue word that is, where it stands, part of a name, a noun, a base form after a modal,
    an act or a participle of something else."""
    return _a_name_or_noun_here(tokens, i) or _another_verb_form_here(tokens, i)


def _a_name_or_noun_here(tokens: list[Token], i: int) -> bool:
    """'United States', "Russia's claims", 'claims about', 'amid claims': not the verb."""
    tok, word, n = tokens[i], tokens[i].lower, len(tokens)
    if tok.is_capitalised and i > 0 and tokens[i - 1].is_capitalised and tokens[i - 1].is_word:
        # 'United States', 'Daily Reports': part of a name, not a verb; but in a headline set
        # in title case ('Syrian Coalition Decries Russian Airstrikes on Idlib') it is the verb.
        return not _headline_verb(tokens, i)
    if i > 0 and tokens[i - 1].lower.endswith(("'s", "’s")) and word.endswith("s"):
        return True  # "Russia's claims that ...": a noun of speech, not the verb
    if (
        word.endswith("s")
        and word != "says"
        and i + 1 < n
        and tokens[i + 1].lower in ("about", "of", "by", "from")
    ):
        return True  # 'terrorists claims about winning back a district': a noun, not the verb
    if (
        word.endswith("s")
        and word != "says"
        and i + 1 < n
        and tokens[i + 1].lower in ("said", "say", "suggest", "suggested", "indicate", "indicated")
    ):
        return True  # 'C reports said', 'media reports say C': the noun is the subject
    if (
        word.endswith("s")
        and word != "says"
        and i + 1 < n
        and tokens[i + 1].lower in FINITE_VERBS
        and tokens[i + 1].lower.endswith("ed")
    ):
        return True  # 'Western as well as Arab states condemned the attacks': the noun's verb
    if (
        i > 0
        and word.endswith("s")
        and word != "says"
        and tokens[i - 1].lower in _DETERMINERS_OF_NOUNS
    ):
        return True  # 'It deemed such claims as ...', 'these reports': a plural noun
    # 'Based on reports', 'amid claims', 'despite denials': nouns, not verbs
    if i > 0 and tokens[i - 1].lower in NOUN_BEFORE and word not in ("according",):
        return True
    return _modified_noun_here(tokens, i)


# Cue words that are nouns as often as verbs in a title-case headline ('Daily Reports').
_HEADLINE_NOUNS = frozenset({"states", "reports", "claims"})


# Words that open a list of links to other stories ('Related', 'Read Also', 'Tags').
_LINK_LIST_MARKS = frozenset({"Related", "Also", "Tags", "READ", "Read"})


def _headline_verb(tokens: list[Token], i: int) -> bool:
    """A present-tense cue in a title-case headline ('Coalition Condemns ...', 'Minister
    Says ...'): the words around it are mostly capitalised and an object follows."""
    word = tokens[i].lower
    if not word.endswith("s") or word in _HEADLINE_NOUNS or i + 1 >= len(tokens):
        return False
    nxt = i + 2 if tokens[i + 1].lower in ("the", "a", "an") and i + 2 < len(tokens) else i + 1
    if not tokens[nxt].is_word or not tokens[nxt].is_capitalised:
        return False
    if i > 20 or any(t.text in _LINK_LIST_MARKS for t in tokens[:i]):
        return False  # a list of related links run into the text is page debris, not a headline
    words = [t for t in tokens[max(0, i - 4) : i + 8] if t.is_word and len(t.text) > 3]
    return len(words) >= 5 and sum(t.is_capitalised for t in words) >= len(words) - 1


def _modified_noun_here(tokens: list[Token], i: int) -> bool:
    """'despite earlier reports', 'amid repeated denials': a noun with a modifier after a
    preposition that only takes nouns."""
    return (
        i > 1
        and tokens[i - 2].lower in ("amid", "despite", "following")
        and tokens[i].lower.endswith("s")
        and tokens[i - 1].is_word
        and not tokens[i - 1].is_capitalised
        and tokens[i - 1].lower not in _PRONOUN_SUBJECTS
    )


def _another_verb_form_here(tokens: list[Token], i: int) -> bool:
    """'would deny', 'responded with air raids', 'claimed by Daesh': not a finite cue."""
    word, n = tokens[i].lower, len(tokens)
    if word in BASE_FORMS and i > 0 and tokens[i - 1].lower in MODALS:
        return True  # 'declined to say', 'would deny'
    if word in ACTS_WITH and i + 1 < n and tokens[i + 1].lower in ("with", "by"):
        return True  # 'forces responded with air raids': an act, not speech
    return (
        word.endswith("ed")
        and i > 0
        and i + 1 < n
        and tokens[i + 1].lower == "by"
        and not tokens[i - 1].is_capitalised
        and tokens[i - 1].lower not in _PRONOUN_SUBJECTS
    )  # 'another attack claimed by Daesh killed 70': a participle, not a cue


_MULTIWORD_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in MULTIWORD:
    _MULTIWORD_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)


# Words a cue can start with: every other token is passed over at once. The attribution's
# sentence filter (`attribution._CUE_STARTS`) is built on this set, so a new cue family added
# here reaches both.
ANY_CUE_WORD: frozenset[str] = (
    FINITE_VERBS
    | PARTICIPLES
    | RELAY_VERBS
    | frozenset(_MULTIWORD_BY_FIRST)
    | {"put", "puts", "putting"}
    | TOLL_GIVING_VERBS
    | TOLL_UPDATING_PARTICIPLES
    | PRESS_FORMS
    | EXPRESSING_VERBS
    | CONCLUDING_VERBS
    | IDENTIFYING_VERBS
)


def _claims_a_toll(tokens: list[Token], i: int) -> bool:
    """'claimed the lives of 40', 'claimed at least 12 lives': a toll taken, not a claim made."""
    if tokens[i].lower not in _CLAIM_FORMS:
        return False
    for tok in tokens[i + 1 : i + 8]:
        if tok.lower in TOLL_OBJECTS:
            return True
        if not (tok.lower in TOLL_QUANTIFIERS or tok.text[:1].isdigit() or tok.text == ","):
            return False
    return False


def _declares_a_thing(tokens: list[Token], i: int) -> bool:
    """'declared a caliphate', 'declares a ceasefire': an act with its object, not speech."""
    return (
        tokens[i].lower in ("declared", "declares", "declare")
        and i + 1 < len(tokens)
        and tokens[i + 1].lower in ("a", "an")
    )


def _puts_a_toll(tokens: list[Token], i: int) -> bool:
    """'put the (death) toll at', 'put the number of dead at'."""
    following = [t.lower for t in tokens[i + 1 : i + 6]]
    return (
        bool(following)
        and following[0] in ("the", "its", "their")
        and ("toll" in following[1:3] or following[1:2] == ["number"])
    )


def _gives_a_toll(tokens: list[Token], i: int) -> bool:
    """'gave a toll of', 'gave a lower death toll of', 'gives its latest toll of'."""
    following = [t.lower for t in tokens[i + 1 : i + 6]]
    if not following or following[0] not in ("a", "an", "the", "its", "their"):
        return False
    at = next((k for k in (1, 2, 3) if k < len(following) and following[k] == "toll"), None)
    return at is not None and following[at + 1 : at + 2] == ["of"]


def _updates_a_toll(tokens: list[Token], i: int) -> bool:
    """'updating an earlier toll of', 'bringing the death toll to', 'raising its tally to',
    'updating a toll on Sunday of', 'bringing the number of dead to'."""
    following = [t.lower for t in tokens[i + 1 : i + 12]]
    if not following or following[0] not in ("a", "an", "the", "its", "their"):
        return False
    at = next(
        (
            k
            for k in (1, 2, 3, 4)
            if k < len(following)
            and (
                following[k] in ("toll", "tally")
                # 'the number of dead', never 'a number of' (a quantity)
                or (
                    following[k] == "number"
                    and following[0] != "a"
                    and following[k + 1 : k + 2] == ["of"]
                )
            )
        ),
        None,
    )
    return at is not None and any(w in ("of", "to", "at") for w in following[at + 1 : at + 6])


def _match_multiword(tokens: list[Token], i: int) -> tuple[str, ...] | None:
    for phrase in _MULTIWORD_BY_FIRST.get(tokens[i].lower, ()):
        if i + len(phrase) <= len(tokens) and all(
            tokens[i + k].lower == phrase[k] and not tokens[i + k].quoted
            for k in range(len(phrase))
        ):
            return phrase
    return None


def _group_acronym(tokens: list[Token], i: int) -> bool:
    """'IS said', 'IS claimed': the word before the cue is a group's acronym in capitals (the
    cue itself is not), not the verb 'is'."""
    before = tokens[i - 1] if i > 0 else None
    return (
        before is not None
        and len(before.text) > 1
        and before.text.isupper()
        and not tokens[i].text.isupper()
    )


def _passive(tokens: list[Token], i: int) -> bool:
    """'were reported killed', 'is said to', 'the reported deaths', 'widely reported'."""
    prev = [t.lower for t in tokens[max(0, i - 3) : i] if t.is_word]
    if prev and prev[-1] in PASSIVE_GUARD and not _group_acronym(tokens, i):
        return True
    if len(prev) >= 2 and prev[-2] in PASSIVE_GUARD and prev[-1].endswith("ly"):
        return True
    if prev and prev[-1] in ("the", "a", "an", "its", "his", "her", "their", "unconfirmed"):
        return True
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return tokens[i].lower in ("said", "reported", "believed") and nxt == "to"


# Words that end a negated predicate and open another of the same subject ('gave no toll however
# said C', 'had no figures but said C' with their commas lost).
_PREDICATE_JOINS = frozenset({"however", "but", "yet", "though", "although", "and"})


def _new_predicate_after_no(tokens: list[Token], i: int) -> bool:
    """'no' three words before the cue negates another predicate when a join or a punctuation
    mark stands between ('gave no toll however said', 'had no toll, but said')."""
    window = tokens[max(0, i - 3) : i]
    no = max(k for k, t in enumerate(window) if t.lower == "no")
    return any(t.lower in _PREDICATE_JOINS or not t.is_word for t in window[no + 1 :])


def _between_negation_and_verb(word: str) -> bool:
    """A word that may stand between a negation and its verb: an adverb ('immediately',
    'publicly', 'yet') or an auxiliary ('not be confirmed', 'never been said')."""
    return word.endswith("ly") or word in AUX or word in NEGATION_FILLERS


def _negated(tokens: list[Token], i: int) -> bool:
    """'did not say', 'declined to confirm', 'could not immediately confirm'."""
    prev = [t.lower for t in tokens[max(0, i - 3) : i] if t.is_word]
    return (
        (bool(prev) and prev[-1] in NEGATIONS)
        # 'did not immediately say', 'has not yet confirmed'; not 'a place that is not ours
        # said Jama Nayef' (the negation is the content's)
        or (len(prev) >= 2 and prev[-2] in NEGATIONS and _between_negation_and_verb(prev[-1]))
        or (prev[:1] == ["no"] and not _new_predicate_after_no(tokens, i))
        or (
            len(prev) >= 1
            and prev[-1] == "to"
            and any(p in ("declined", "refused", "failed", "able", "unable") for p in prev[-3:])
        )
    )
