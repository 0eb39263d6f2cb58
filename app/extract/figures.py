"""Figures: the numbers a claim asserts (killed, injured, strikes, aircraft, vehicles...).

A number is a figure only when the words around it say what it counts: a casualty verb or
adjective ("were killed", "dead", "killing", "death toll of") or a counted noun ("four
airstrikes", "two A-10 jets", "about six vehicles"). Hedges ("about", "at least", "more than")
make it approximate; plural quantity words ("dozens", "hundreds") are no number at all.

The words are data (data/figure_words.yaml: casualty words, verbs before a count, nouns of
things counted, units, hedges); the patterns here hold the grammar that joins them and the
closed-class words (pronouns, auxiliaries, conjunctions) of that grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from text_to_num import text2num

from app.extract.patterns import NAME_WORD, trie_pattern
from app.extract.registry import load_lexicon, word_alternation
from app.extract.types import ExtractedFigure

NUMBER_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
NUMBER_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ["hundred", "thousand", "million"]
# The word lists of this module (data/figure_words.yaml).
WORDS = load_lexicon("figure_words.yaml")
_WORD = trie_pattern(NUMBER_UNITS + NUMBER_TENS + _SCALES)
_NUMBER_WORDS = rf"(?:(?:{_WORD})\b(?:[\s-]+(?:and\s+)?(?:{_WORD})\b)*)"
# Matched against lowercased text (same offsets): a case-sensitive pattern is much faster.
_NUMBER = re.compile(
    rf"(?<![\w.-])(?:(?P<digits>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?![\w-])"
    rf"|(?P<a>an?\s+(?:hundred|thousand|million|dozen))\b"
    rf"|(?P<words>{_NUMBER_WORDS})(?!-\w))"
)
_HEDGES = sorted(WORDS["hedges"], key=len, reverse=True)
# All of them at once, for `str.endswith`: most counts have no hedge before them.
_HEDGE_ENDINGS = tuple(_HEDGES)
# Hedges that go before another one: 'an estimated at least 50', 'some more than 20'.
_ESTIMATES = frozenset(["an estimated", "estimated", "some", "about", "around", "approximately"])
_MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s*$"
)
_MONTH_AFTER = re.compile(
    r"\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# A scale word after digits: '1 million', '1.5 million', '20 thousand'.
_SCALE_AFTER = re.compile(r"\s+(thousand|million|billion)\b")
_SCALE_VALUES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Thousands set off by a space ('1 000', '300\u202f000'), read by _numbers with care.
_SPACED_THOUSANDS = re.compile("([ \u00a0\u202f\u2009])(\\d{3})(?![\\d,.])")
# 'two dozen', 'three dozen': dozens of a number, a round count (approximate).
_DOZEN_AFTER = re.compile(r"\s+dozen\b")
_OF_TOTAL = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:about|some|around|nearly|more\s+than|over)\s+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_AGE_ASIDE = re.compile(
    r"^\s*,?\s*(?:aged|ages)\s+(?:between\s+|from\s+)?\d{1,3}"
    r"(?:(?:\s*,\s*|\s+(?:and|to|or)\s+|\s*-\s*)\d{1,3})*(?:\s+years?(?:\s+old)?)?\s*,?",
    re.IGNORECASE,
)
# A person's age, and the ages listed after it: 'aged 5 and 7', 'aged between 10 and 15',
# 'ages 3, 5 and 9'.
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|ages\s+of|age\s+of)\s+(?:between\s+|from\s+)?"
    r"(?:\d{1,3}(?:\s*,\s*|\s+(?:and|to|or)\s+|\s*-\s*))*$",
    re.IGNORECASE,
)


def _hedge_before(text: str, at: int) -> tuple[str, int] | None:
    """The hedge ('about', 'at least') right before offset `at`, and where it starts; two in a
    row ('an estimated at least 50') start at the first, the nearer one naming the bound."""
    found = _one_hedge_before(text, at)
    if found is None:
        return None
    earlier = _one_hedge_before(text, found[1])
    if earlier is None or earlier[0] not in _ESTIMATES:
        return found  # 'came up to more than 130': 'up to' is the verb's there
    return found[0], earlier[1]


def _one_hedge_before(text: str, at: int) -> tuple[str, int] | None:
    """One hedge word or phrase right before offset `at`, and where it starts."""
    before = text[max(0, at - 30) : at]
    stripped = before.rstrip(' "“”')
    if len(stripped) == len(before) or not stripped:
        return None  # a hedge is a separate word: some space must follow it
    lowered = stripped.lower()
    if not lowered.endswith(_HEDGE_ENDINGS):
        return None  # no hedge ends there: the loop below would find none
    for hedge in _HEDGES:
        if lowered.endswith(hedge):
            start = len(lowered) - len(hedge)
            if start == 0 or not lowered[start - 1].isalnum():
                return hedge, at - len(before) + start
    return None


def _any_words(key: str) -> str:
    """The same words factored by their common prefixes, for patterns searched at every offset
    (fast; the order of the words does not matter there)."""
    words = WORDS[key]
    assert not any(word.endswith("*") for word in words), key
    return trie_pattern(words).replace(re.escape(" "), r"\s+")


# Words that end a subject: verbs, casualty words, prepositions ('eight died including two').
_NOT_SUBJECT = r"(?!(?:" + _any_words("not_subject") + r")\b)"


def _words(key: str) -> str:
    """The words of one list of data/figure_words.yaml as a regex alternation, in file order."""
    return word_alternation(WORDS[key])


_KILLED = (
    rf"(?:{_words('killed_after')}|"
    # Passive only ('eight men were beheaded', 'were rounded up and executed'): '5 soldiers
    # executed the plan' counts no dead.
    # An adverb may come between ('were summarily executed', 'were brutally murdered').
    rf"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:[a-z]+ly\s+)?(?:(?:{_words('seized_and')})\s+and\s+)?"
    rf"(?:{_words('executed')})|"
    # The passive without its auxiliary, told by its agent: '48 people executed by the army'.
    rf"(?:{_words('executed')})(?=\s+by\b))"
)
_INJURED = (
    rf"(?:{_words('injured_after')}|"
    # 'sustained minor injuries', 'suffered shrapnel wounds', 'sustained injuries of ...'
    r"(?:sustained|suffered|received)\s+(?:(?!(?:no|any|from)\b)[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)"
    # 'were treated for injuries', 'were taken to hospital with shrapnel wounds'
    r"|(?:(?:treated|hospitali[sz]ed|admitted)(?:\s+(?:in|to)\s+(?:a\s+|the\s+)?hospitals?)?|"
    r"(?:taken|rushed|brought|evacuated)\s+to\s+(?:(?:a|the|local|nearby)\s+){0,2}hospitals?)"
    r"\s+(?:for|with)\s+(?:[a-z-]+\s+){0,2}?(?:injuries|wounds|burns)"
    r"|with\s+(?:[a-z-]+\s+)?(?:injuries|wounds))"
)
_MISSING = rf"(?:{_words('missing_after')})"
_CASUALTY = ("killed", "injured", "missing")
_METRIC_WORDS = [("killed", _KILLED), ("injured", _INJURED), ("missing", _MISSING)]
_BEFORE = [
    (
        "killed",
        re.compile(
            rf"(?:{_any_words('killed_before')}|"
            r"death\s+toll(?:\s+[\w-]+){0,7}?(?:\s+(?:to|at|of|reached|hit|stood|climbed|rose))?|"
            r"toll\s+(?:\w+\s+){0,3}(?:to|at|of)|"
            # 'the lives of 40 people' opening a clause whose verb ('claimed') is outside it
            r"^\s*(?:the\s+)?lives\s+of|"
            # 'the dead included 12 soldiers', 'among the dead were seven children'
            rf"(?:{_words('killed_heads')})\s+(?:{_words('list_verbs')}))\s+(?:[\"“”]\s*)?$",
            re.IGNORECASE,
        ),
    ),
    (
        "injured",
        re.compile(
            rf"(?:{_any_words('injured_before')}|"
            rf"(?:{_words('injured_heads')})\s+(?:{_words('list_verbs')}))\s+(?:[\"“”]\s*)?$",
            re.IGNORECASE,
        ),
    ),
]
# 'the death toll', 'the number of civilians killed', 'the number of dead': a running count
# (incidents reads a toll's update by the same pattern).
TOLL = re.compile(
    r"\btoll\b|\bfatalities\b|\bdeath\s+count\b|"
    r"\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:killed|dead|deaths|died|fatalities|victims|martyrs)\b"
    r"|(?P<injured>\bnumber\s+of\s+(?:[\w-]+\s+){0,3}?(?:wounded|injured|injuries)\b)",
    re.IGNORECASE,
)
# Lives a count cost: 'claimed at least 3,000 civilian lives', 'cost 40 lives'.
_LIVES_BEFORE = re.compile(rf"\b(?:{_any_words('lives_verbs')})\s+$", re.IGNORECASE)
# A bereaved speaker's count: 'lost his five daughters', 'she lost two sons'.
# 'eliminated over 75 militants', 'destroyed over 60 terrorists': killed when people are
# counted ('eliminated 5 checkpoints', 'destroyed 3 tanks' not).
_ELIMINATED_BEFORE = re.compile(
    rf"\b(?:{_any_words('eliminated_verbs')})\s+(?:(?:{_words('eliminated_hedges')})\s+)?$",
    re.IGNORECASE,
)
# 'the brigade lost 12 soldiers': people a side lost are its dead ('lost 3 tanks' counts no one).
_LOST_BEFORE = re.compile(
    r"\blost\s+(?:(?:his|her|their|my|our|its)\s+(?:own\s+)?)?$", re.IGNORECASE
)
# Words a verb reads through to its count: 'killed a total of 26', 'killing all five'.
_TRANSPARENT = re.compile(rf"\b(?:{_any_words('transparent')})\s+$", re.IGNORECASE)
# A name's number, no count: 'Route 60', 'Brigade 137' (the head written with its capital).
_NAME_HEAD = re.compile(
    r"\b(?:" + word_alternation([w.capitalize() for w in WORDS["name_heads"]]) + r")\s+$"
)
# The upper end of a range whose lower end was just read: 'between 20 and 30', '20 to 30'.
_RANGE_LINK = re.compile(r"\s*(?:and|to|or|-|–)\s*$", re.IGNORECASE)
# 'brought to 49 the number killed', 'raising to 12 the death toll', 'bringing to 300 the number
# of wounded': a running count named after its value (incidents reads it as a toll's update too).
TOLL_AFTER = re.compile(
    r"^\s+the\s+(?:(?:overall\s+|total\s+)?(?:death\s+)?(?:"
    + TOLL.pattern
    + r")|number\s+(?:killed|dead|deaths)\b)",
    re.IGNORECASE,
)
# The verbs of a toll's update before 'to' ('rose to 49', 'raising the death toll to 17'), also
# read by incidents (a later toll's update) and cues (their '-ing' forms after a speaker).
TOLL_UPDATE_VERBS = _any_words("toll_update_verbs")
# A toll's update verb right before 'up to' ('pushing up to 11 the number killed', 'pushed the
# death toll up to 11'): 'up to' is its particle there (see _particle_up_to).
_UPDATE_BEFORE = re.compile(
    rf"\b(?:{TOLL_UPDATE_VERBS})\s+(?P<toll>(?:the|its)\s+(?:overall\s+|total\s+)?(?:death\s+)?"
    rf"(?:{TOLL.pattern})\s+)?$",
    re.IGNORECASE,
)
_TO_AT = re.compile(r"\b(?:to|at)\s+(?:[\"“”]\s*)?$", re.IGNORECASE)
_TOLL_VERB = re.compile(
    r"(?:\s(?:-|–|—)\s*to\s+$)|(?:\bfrom\s+[\d,]+\s+to\s+$)|"
    rf"\b(?:{_any_words('toll_verbs')}|{TOLL_UPDATE_VERBS}\s+to)\s+(?:[\"“”]\s*)?$",
    re.IGNORECASE,
)
# 'two of its tanks', 'two of the regime's tanks': a side's own things, counted (not 'two of
# the tanks', a part of a total).
_OF_ITS = r"(?:of\s+(?:its|their|our|his|her|(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+['’]s?)\s+)?"
# A thing's noun that is a person's modifier counts the people: 'two truck drivers', 'three
# helicopter pilots', 'two tank crews' (people, told by the casualty words around them).
_NOT_PEOPLE_AFTER = r"(?![\s-]+(?:" + word_alternation(WORDS["people"]) + r")\b)"
_NOUN_METRICS = [
    (
        "strikes",
        re.compile(
            rf"^{_OF_ITS}(?:{_NOT_SUBJECT}(?:(?:[A-Za-z]\.){{2,}}|\w[\w.-]*(?<!\.))\s+){{0,2}}?(?:{_words('strikes')})\b"
            rf"{_NOT_PEOPLE_AFTER}",
            re.IGNORECASE,
        ),
    ),
    (
        "aircraft",
        re.compile(
            rf"^{_OF_ITS}(?:{_NOT_SUBJECT}(?:(?:[A-Za-z]\.){{2,}}|\w[\w.-]*(?<!\.))\s+){{0,2}}?(?:{_words('aircraft')}|"
            # Models and acronyms, written in capitals: 'two F-16s', 'three UAVs' (a model
            # before a vehicle's noun is the vehicle's: 'four T-72 tanks').
            rf"(?:[A-Z]{{1,2}}-\d{{1,3}}[A-Z]?s?|UAVs?)\b(?![\s-]+(?i:{_words('vehicles')})\b))\b"
            rf"(?i:{_NOT_PEOPLE_AFTER})"
        ),
    ),
    (
        "vehicles",
        re.compile(
            rf"^{_OF_ITS}(?:{_NOT_SUBJECT}(?:(?:[A-Za-z]\.){{2,}}|\w[\w.-]*(?<!\.))\s+){{0,2}}?(?:{_words('vehicles')})\b"
            # 'two suicide car bombs' are bombs, 'two vehicle-borne bombs' too
            rf"(?![\s-]+(?:bomb|borne)){_NOT_PEOPLE_AFTER}",
            re.IGNORECASE,
        ),
    ),
    (
        "missiles",
        re.compile(
            # A bomb that is an attack is no munition counted: 'two car bombs', 'two bomb
            # attacks', 'three bomb blasts'.
            rf"^{_OF_ITS}(?!(?:[\w-]+\s+)?(?:car|truck|vehicle|suicide)(?:[\s-]+borne)?[\s-]+bombs?\b)"
            rf"(?:{_NOT_SUBJECT}(?:(?:[A-Za-z]\.){{2,}}|\w[\w.-]*(?<!\.))\s+){{0,2}}?(?:{_words('missiles')})\b"
            r"(?!\s+(?:attacks?|blasts?|explosions?|bombings?)\b)"
            rf"{_NOT_PEOPLE_AFTER}",
            re.IGNORECASE,
        ),
    ),
]
_PEOPLE = (
    r"(?:"
    + word_alternation(WORDS["people"])
    # Peoples by name: 'Iraqis', 'Kurds', 'Lebanese', 'Afghans' (a pattern, not a word list).
    + r"|[A-Z][a-z]+(?:ans|is|ese|ites|ks|ds|bs))"
)
# A people noun that modifies a thing's noun counts no people: '23 terrorist targets'.
_NOT_THINGS_AFTER = r"(?![\s-]+(?i:" + word_alternation(WORDS["thing_heads"]) + r")\b)"
# A word before the counted noun, never a count or a hedge's 'least' ('URL 113 At least nine
# people': the nine are the count).
_MODIFIER = rf"(?:(?:[A-Z]\.){{2,}}|\d+-[a-z][\w'-]*|(?!(?i:{_WORD}|least)\b)[A-Za-z][\w'-]*)"
# A name's acronym or its expansion in brackets: '(SDF)', '(Syrian Arab Red Crescent)' (not one
# word: '20 Dead MOSCOW (Sputnik) The terrorists' counts no terrorists).
_ACRONYM = r"\((?:[A-Z][A-Z0-9.&-]{1,10}|[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){1,5})\)"
_PEOPLE_AFTER = re.compile(
    # Words before the noun: 'regime', 'U.S.', '12-year-old'.
    # A name's acronym in brackets goes with its word: '12 Syrian Democratic Forces (SDF) fighters'.
    rf"^(?:[\"“”]?\s*)(?P<subject>(?:{_NOT_SUBJECT}{_MODIFIER}\s+(?:{_ACRONYM}\s+)?){{0,4}}"
    rf"{_PEOPLE}\b{_NOT_THINGS_AFTER}"
    # 'more' right after the count stands for its people: '18 more wounded', 'seven more died'.
    r"|more\b(?!\s+than\b))"
)
# One word after 'and' inside a subject: not a count ('12 soldiers and two civilians'), an
# owner ('and her children') or a verb ('and injuring four', 'and captured others').
_JOINED_WORD = rf"(?!(?:{_WORD}|his|her|their|its|our|my)\b)(?![a-z]+(?:ed|ing)\b){_NOT_SUBJECT}[A-Za-z][\w'-]*"
# A subject that 'and' joins: 'troops and militia', 'gunmen and security guards', 'rebel and
# regime forces'.
_PEOPLE_JOINED = re.compile(
    rf"^(?:[\"“”]?\s*)(?P<subject>(?:{_NOT_SUBJECT}{_MODIFIER}\s+){{0,2}}"
    rf"(?:{_PEOPLE}\s+and\s+(?:{_JOINED_WORD}\s+)?|{_NOT_SUBJECT}[A-Za-z][\w'-]*\s+and\s+"
    rf"{_JOINED_WORD}\s+){_PEOPLE}\b)"
)
_ONE_PERSON_NOUNS = frozenset(WORDS["one_person"])
# Auxiliaries and adverbs between a counted noun and its verb ('were reportedly killed').
# Any adverb in -ly after an auxiliary reads through too: 'were tragically killed', 'had been
# brutally murdered' (not a count's own verb: 'five soldiers quickly executed the plan').
_AUX = (
    r"(?:\s*,?\s*(?:" + _any_words("aux") + r")\b)*"
    r"(?:(?:(?<=were)|(?<=was)|(?<=been)|(?<=are)|(?<=is))\s+[a-z]{2,}ly\b(?=\s))?"
)
# What follows a counted noun before its verb: 'of the terrorist group Jabhat al-Nusra in the
# province of Raqqa', up to three phrases of plain words (no verb, count or clause word; in
# lowercase: 'members of IS were killed'; not 'and' before a count or a verb: 'and four
# civilians', 'and injured many others').
_VERBISH = r"(?:kill|injur|wound|hurt|were|was|have|has|had|are|is|left|leav)"
_PLAIN_WORD = (
    r"(?!(?-i:were|was|have|has|had|are|is|but|who|which|that|when|while|after|killed|"
    r"dead|died|injured|wounded|said|says|addition)\b)"
    rf"(?!\d[\d,.]*(?!\w))(?!least\s+(?:\d|(?:{_WORD})\b))(?!(?-i:and)\s+(?:\d|(?:{_WORD})\b|{_VERBISH}))"
    # A name in quote marks: 'members of the "Islamic State" and "al-Nusra Front" groups'.
    r"(?:[\"“][^\"“”\d]{1,40}[\"”]|[\w'’-]+)"
)
_POST_MODIFIER = (
    rf"(?:\s+(?:{_words('linked_to')})"
    rf"(?:\s+{_PLAIN_WORD}){{1,8}}?){{0,3}}"
)
# Between conjoined counts: ', ', ' and ', the first one's post-modifier ('19 fighters from the
# group and four civilians were killed').
_CONJOINED = re.compile(rf"{_POST_MODIFIER}\s*(?:,|and|,\s*and)\s*", re.IGNORECASE)
# A relative clause in the passive or of dying: '8 fighters who died', '12 soldiers who were
# killed' ('12 men who had killed a guard' are no dead).
_WHO = (
    r"(?:,?\s+(?:who|that)(?=\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\b|"
    r"(?:later\s+|had\s+|have\s+|has\s+)?(?:died|perished|succumbed)\b)))?"
)
_RELATIVE = (
    r"(?:,?\s+(?:who|that)\s+(?:were|was|had|have|has)\s+(?!(?:been\s+)?(?:killed|wounded|injured)\b)"
    r"[^\d,;:.]{1,60}?,?(?=\s+(?:were|was|have|has|had)\b))?"
)
_AFTER_SUBJECT = [
    (
        metric,
        re.compile(
            # One short phrase, or a long post-modifier and then a finite verb ('were killed').
            rf"^[\"“”]?(?:(?:\s+(?:of|from|in|belonging\s+to)(?:\s+{_PLAIN_WORD}){{1,5}}?)?"
            # An aside between dashes before the verb: '86 members of the forces - who include
            # militias - were killed'.
            # A relative clause of their own before it: 'nine members who were working in the
            # clinic were also killed'.
            rf"|{_POST_MODIFIER}{_RELATIVE}(?:\s+[-–—]\s+(?:(?!\s[-–—]\s)[^\d]){{1,120}}?\s+[-–—])?\s*,?\s*"
            r"(?=(?:were|was|have|has|had|are|is)\b))"
            rf"{_WHO}{_AUX}\s*[\"“”]?\s*{words}\b",
            re.IGNORECASE,
        ),
    )
    for metric, words in _METRIC_WORDS
]
_HEDGE_WORDS = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEDGES)
# One count of the dead and the wounded together: '50 people were killed or wounded',
# '175 terrorists killed, injured', 'killing or wounding 40 people'. Its metric is 'casualties'.
_JOINT_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or|and/or)\s+|/\s*)?(?:injured|wounded|hurt|killed|dead)\b(?!\s+\d)",
    re.IGNORECASE,
)
# Headlines drop the 'and': 'Mortar Attack Kills Injures 70'.
_JOINT_BEFORE = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e))"
    r"(?:\s*(?:,\s*)?(?:and|or|and/or|/)\s*|\s+)"
    r"(?:kill(?:ed|ing|s)?|wound(?:ed|ing|s)?|injur(?:ed|ing|es|e))\s+(?:[\"“”]\s*)?$",
    re.IGNORECASE,
)
# A headline's Title Case word ('6 ISIS Bombers Killed'), read as the lowercase word it stands
# for; acronyms ('ISIS') stay as they are. Same length, so offsets hold.
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# The words of a count that shares the next count's noun: '30 regime and 39 rebel fighters'.
_SHARED_MODIFIERS = re.compile(
    rf"(?P<mods>(?:{_NOT_SUBJECT}[A-Za-z][\w'-]*\s+){{1,2}}?)(?:and|or)\s+"
    rf"(?:(?:{_HEDGE_WORDS})\s+)?(?:\d[\d,]*|{_NUMBER_WORDS})\s+"
)
# A count right after a casualty verb: 'injured 90', 'wounding at least 12 others'.
_OWN_COUNT = re.compile(
    rf"\s+(?:(?:{_HEDGE_WORDS})\s+)?(?:\d[\d,]*|{_NUMBER_WORDS})(?![\w-])",
    re.IGNORECASE,
)
# The verb after a counted figure and the aside that opens after it, up to a count inside it.
_VERB_THEN_ASIDE = re.compile(
    r"[^,;:\d]{1,40}?(?P<aside>,\s*(?:including|among\s+them|among\s+whom)\b)", re.IGNORECASE
)
_ASIDE_OPEN_TAIL = re.compile(
    r",\s*(?:including|among\s+them|among\s+whom)\s+[^,;:)—–\d]*$", re.IGNORECASE
)
_APPOSITIVE = re.compile(
    r"^\s*(?:,|-+|—|–|\()\s*(?:including|among\s+them|among\s+whom|mostly|most\s+of\s+them|"
    r"all\s+of\s+them|many\s+of\s+them|[\w-]+\s+of\s+(?:them|whom)|aged|ages|"
    r"(?:nearly|almost|virtually)\s+all)[^,)—–]*?(?:,|\s-+|—|–|\))",
    re.IGNORECASE,
)
# The same aside with its commas lost (FA-KES): 'civilians among them 11 children were killed',
# '53 civilians including 21 children died', '73 civilians mostly women and children were
# killed', '412 people more than half of them from ISIS have been killed': the total keeps the
# verb, the aside is a part.
_BARE_ASIDE = re.compile(
    r"^\s+(?:(?:reportedly|also|allegedly|apparently)\s+)?(?:including|among\s+them|among\s+whom|mostly|mainly|"
    # '128 people nearly all civilians had been killed'
    r"(?:nearly|almost|virtually)\s+all|"
    rf"(?:all|most|many|some|(?:more\s+than\s+)?half|\d+|{_WORD})\s+of\s+(?:them|whom))\s+(?:[\w'-]+\s+){{1,6}}?"
    r"(?=(?:were|was|have|had|has|died|perished|killed|dead)\b)",
    re.IGNORECASE,
)
# A count that opens an aside listing a part of a total: 'At least 30 people including 24
# civilians were killed', '10 civilians were killed including five children', '36 civilians
# including 11 children and five women': what stands between the total (or its verb) and the
# count. The aside ends at a verb or a clause word ('... and 43 others were injured').
_PART_BETWEEN = re.compile(
    r"(?:\s+(?!(?:"
    + _any_words("part_openers")
    + r")\b)[A-Za-z][\w'-]*){0,5}?\s*(?:,|\s-+|—|–|\()?\s*"
    r"(?:(?:reportedly|also)\s+)?(?:" + _any_words("part_openers") + r")\s+"
    r"(?:(?!(?:were|was|are|is|have|has|had|been|while|when|but|after|said|says|adding|told)\b|"
    r"(?:kill|die|died|dead|death|wound|injur|hurt|martyr|claim|leav|left|caus)|"
    rf"(?:{_any_words('killed_before')}|{_any_words('injured_before')})\b)[^;:()—–.])*",
    re.IGNORECASE,
)
_OPENER_TAIL = re.compile(r"\b(?:" + _any_words("part_openers") + r")\s+$", re.IGNORECASE)
# A total no number states ('Dozens of civilians, including 12 children, were killed'): the
# count in its aside is a part, and the scoring rules give the total no figure.
_VAGUE_TOTAL = re.compile(
    r"\b(?:" + _any_words("vague_totals") + r")\b(?:\s+(?:more|others?|of))?", re.IGNORECASE
)
# The side a count's people belong to, before an aside without its commas: '25 members of
# Al-Nusra Front including a leader ... died'.
_OWNER_THEN_ASIDE = re.compile(
    rf"\s+(?:{_words('linked_to')})(?:\s+(?!(?:including|among|mostly|mainly)\b){_PLAIN_WORD}){{1,5}}?"
    r"(?=\s+(?:including|among\s+them|among\s+whom|mostly|mainly)\b)",
    re.IGNORECASE,
)
_HALF_A = re.compile(r"\bhalf\s+$", re.IGNORECASE)
_FRACTION = re.compile(rf"\b(?:{_words('fractions')})\s+(?:of\s+)?$", re.IGNORECASE)
_PART_OF = re.compile(
    # not a side's own ('two of the regime's tanks', counted by _OF_ITS)
    r"\s+of\s+(?:the|them|those|whom)\b(?!\s+\d)(?!\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s?\s)(?:\s+(?:dead|wounded|injured|killed|victims|casualties))?",
    re.IGNORECASE,
)
# One person counted by the article: 'a child was killed', 'killing a policeman'.
_SINGULAR = r"(?:" + word_alternation(WORDS["one_person"]) + ")"
# One person named as a victim, by a noun or a title: 'a field commander', 'Senior Nusra Leader'
# (incidents adds one such victim to a count of 'more' after it).
_VICTIM = (
    r"(?:" + word_alternation(sorted(set(WORDS["one_person"]) | set(WORDS["victim_titles"]))) + ")"
)
ONE_VICTIM = re.compile(rf"\b{_VICTIM}\b", re.I)
_ANOTHER = re.compile(
    rf"\band\s+(?P<another>another(?:\s+{_SINGULAR})?){_AUX}\s*"
    r"(?:(?P<killed>killed|dead)|(?P<injured>injured|wounded|hurt)|(?P<missing>missing))\b",
    re.IGNORECASE,
)
# Kin and family nouns that a list names without an article after its first person: 'a man,
# woman and child', 'a woman and child' (data/figure_words.yaml).
_BARE_ONE = r"(?:" + word_alternation(WORDS["bare_one_person"]) + ")"
# One person of a list: 'a woman', 'another child', and after the first, a bare 'woman'.
_ONE_PERSON = re.compile(
    rf"\b(?:(?:a|an|one|another|his|her|their)\s+(?:(?!{_BARE_ONE}\b)[\w-]+\s+)?{_SINGULAR}|{_BARE_ONE})\b",
    re.IGNORECASE,
)
# 'a man, a woman and their', 'a father and his': people who own the counted ones.
_KIN_TAIL = re.compile(r"\b(?:and|his|her|their)\s+$", re.IGNORECASE)
_KIN_BEFORE = re.compile(
    # The first may be a relative of someone named before: 'his son and 12 other militants'.
    rf"(?<!including\s)(?<!them\s)(?<!whom\s)(?P<people>\b(?:a|an|one|another|his|her|their)\s+(?:[\w-]+\s+)?{_SINGULAR}"
    # A list of them, its commas lost in FA-KES: 'a nurse a hospital employee and two soldiers',
    # 'a man woman and child'.
    rf"(?:\s*,?\s+(?:(?:a|an|one|another)\s+(?:[\w-]+\s+)?{_SINGULAR}|{_BARE_ONE}\b))*)"
    # 'a man and his son', 'a woman and her three children', 'a man and a woman', 'a soldier
    # and 3 policemen': the people named before are counted with the count after 'and'; without
    # 'his/her/their' only with no comma and not inside an aside ('10 were killed, including a
    # child, and 37 others were injured': the child is one of the ten).
    # 'a woman, her three children and another child': the owner's comma before 'her'.
    r"(?:\s*,?\s+and\s+(?:his|her|their)\s+|\s*,\s+(?:his|her|their)\s+|(?<=\w)\s+and\s+)$",
    re.IGNORECASE,
)
# One person a casualty verb names by role with 'the', then 'and' and a count of others, all the
# verb's victims: 'killed the driver and two passengers', 'wounding the guard and 4 others'.
# The same by a bare role noun and a name, and a relative after 'and his/her/their' counted
# with the one person: 'killed civilian Ahmad Khaled and his son', 'killed the driver and his
# brother' (2).
_CASED_NAME_WORD = rf"(?-i:{NAME_WORD})"
_THE_ONE_BEFORE = re.compile(
    rf"\b(?:{_any_words('one_person_verbs')})\s+(?P<people>the\s+(?:[a-z][\w'’-]*\s+){{0,2}}?"
    rf"{_SINGULAR}|{_SINGULAR}\s+{_CASED_NAME_WORD}(?:\s+{_CASED_NAME_WORD}){{1,3}})"
    r"\s+and\s+(?:(?:his|her|their)\s+)?$",
    re.IGNORECASE,
)


# A comma list of victims before a count of others ('The group's spokesman, his son and 20
# other fighters were killed': 22): each singular noun phrase is one person, each count of
# people its number. A list of places or things ('Aleppo, Idlib and 20 other towns') names no
# person and is passed over.
_LIST_ONE = (
    rf"(?:(?:the\s+)?[\w-]+['’]s|a|an|one|another|his|her|their|the)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?{_VICTIM}(?![\w'’-])"
)
_LIST_COUNT = (
    rf"(?:\d[\d,]*|{_NUMBER_WORDS})\s+(?:of\s+(?:his|her|their|its)\s+)?"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?(?:{word_alternation(WORDS['people'])})(?![\w'’-])"
)
_LIST_ITEM = rf"(?:{_LIST_ONE}|{_LIST_COUNT})"
_VICTIM_LIST = re.compile(
    rf"(?<![\w'’-])(?P<people>{_LIST_ITEM}(?:\s*,\s+{_LIST_ITEM})+)\s*,?\s+and\s+$",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s+")
_OTHERS_SUBJECT = re.compile(r"(?:other|others|more)\b", re.IGNORECASE)


def _listed_victims(people: str) -> int:
    """How many people a victim list names: one for each singular phrase, a count's number."""
    total = 0
    for item in _LIST_SPLIT.split(people):
        number = _NUMBER.match(item.lower())
        value = parse_number(number.group()) if number is not None else None
        total += value if value is not None else 1
    return total


# A wounding verb of one_person_verbs, at the start of their match ('wounding the guard and ...').
_WOUNDING_ONE = re.compile(rf"(?:{_any_words('wounding_one_verbs')})\b", re.IGNORECASE)


def _verb_metric(words: str) -> str:
    """The metric of the casualty verb opening `words` ('wounding ...' is injured, 'killed ...'
    and 'executing ...' killed), from the verb's list in data/figure_words.yaml."""
    return "injured" if _WOUNDING_ONE.match(words) else "killed"


# The one relative after 'and his/her/their' ('a man and his son'), or a bare kin noun after
# the people before ('a woman and child'); counted with those people by _with_kin_before.
_KIN_ONE = re.compile(
    rf"\band\s+(?:(?:his|her|their)\s+(?=(?:\w[\w'-]*\s+)?{_SINGULAR}\b(?![-']))|(?={_BARE_ONE}\b(?![-'])))"
)
_KIN_ITEM = re.compile(r"\b(?:his|her|their|another)\s", re.IGNORECASE)
# People a plural count's subject lists after it, each one more: 'two brothers and their
# father', 'her three children as well as another child', '20 fighters along with their
# commander' ('and a civilian' is a count of its own: '13 soldiers and a civilian').
_KIN_AFTER = re.compile(
    rf"^(?:\s*,?\s+(?:and|as\s+well\s+as|along\s+with|together\s+with|plus)\s+"
    rf"(?:his|her|their|another)\s+(?:[\w-]+\s+)?{_SINGULAR}\b(?![-']))+",
    re.IGNORECASE,
)
_ARTICLE = re.compile(
    rf"(?<![\w'-])an?\s+(?=(?:(?:(?:[a-z]\.){{2,}}|\d+-[a-z][\w'-]*|[a-z][\w'-]*)\s+){{0,3}}?"
    rf"{_SINGULAR}\b(?![-']))"
)
# One person a casualty verb names by its role or kin, not with 'a': 'killed the driver',
# 'wounding his brother', 'killed the group's commander in Idlib' (the noun closes the phrase:
# 'killed the driver and', 'the driver in', not 'the fighter jets').
_THE_ONE = re.compile(
    rf"\b(?:{_any_words('one_person_verbs')})\s+(?P<one>(?P<det>the|his|her|their)\s+"
    rf"(?:[a-z][\w'’-]*\s+){{0,2}}?{_SINGULAR}\b(?![-']))"
    rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{_words('one_person_closers')})\b)"
)
# One person a casualty verb names by a bare role noun and a name: 'killing civilian Mohammad
# Alaa Mesouti', 'wounded journalist Anas Ali', 'killed commander Abu Omar al-Shami'.
_ROLE_NAMED = re.compile(
    rf"\b(?i:{_any_words('one_person_verbs')})\s+(?P<one>(?i:{_SINGULAR}))"
    rf"\s+(?={_CASED_NAME_WORD}\s+[A-Z])"
)
# A quick test that a sentence may count a casualty before its singles are looked for: the stems
# of the casualty words (data/figure_words.yaml), not every word.
_CASUALTY_HINT = re.compile(
    trie_pattern(
        [
            "kill",
            "dead",
            "died",
            "death",
            "wound",
            "injur",
            "hurt",
            "martyr",
            "slain",
            "missing",
            "lost",
            "lives",
            "life",
            "bodies",
            "shot",
            "gunned",
            "murder",
            "slaughter",
            "massacre",
            "execut",
            "behead",
            "crucif",
            "succumb",
            "perish",
            "fatalit",
            "assassin",
        ]
    )
)
# Between a casualty figure and the next count it lists ('12 killed, 20 ...').
# Words that add a second group to the first ('30 soldiers along with 39 rebels', 'in addition
# to six civilians', 'plus four fighters'): a count of its own, not a part.
_ADDING = r"(?:as\s+well\s+as|in\s+addition\s+to|along\s+with|together\s+with|alongside|plus)"
_LISTED = re.compile(rf"\s*(?:,|and|,\s*and|,?\s*{_ADDING})\s*", re.IGNORECASE)
# The same after the first count's verb and place, the second count's verb left out (gapping):
# '23 civilians in Maarat and 21 others in Kafranbel', 'seven died on the spot and three in
# hospital', 'killed 12 people on Monday and four on Tuesday'.
_PLACE_WORDS = r"(?:in|at|on|near|inside|outside|during|across|around|along)"
_PLACE_OR_TIME = rf"{_PLACE_WORDS}\s+[^,;:.\d()]{{1,80}}?"
_GAPPED = re.compile(
    r"(?:\s+(?:(?:were|was|have\s+been|had\s+been|has\s+been)\s+)?"
    r"(?:killed|died|dead|injured|wounded|hurt)\b)?"
    rf"(?:\s+{_PLACE_OR_TIME})?\s*,?\s+(?:and|{_ADDING})\s+"
    r"(?:(?:another|a\s+further|an\s+additional)\s+)?",
    re.IGNORECASE,
)
# A finite verb right after the counted people: their own clause.
_VERB_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)
# What follows a gapped count: its own place or time (no verb), then the end of the clause.
_GAPPED_TAIL = re.compile(
    rf"(?:\s+{_PLACE_WORDS}"
    r"(?:\s+(?!(?:were|was|are|is|have|has|had|and)\b)[^\s,;:.\d()]+){1,16}?)?\s*(?:[,.;]|$)",
    re.IGNORECASE,
)
_RANGE_START = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_MIDDLE = re.compile(r"\s*(?:and|to|or|-|–)\s*", re.IGNORECASE)
_RANGE_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_MEMBERS_OF = re.compile(rf"\b(?:{_words('group_nouns')})\s+of\s+$", re.I)
_NOT_A_COUNT = re.compile(
    rf"^\s*(?:%|(?:{_words('units')})\b)",
    re.IGNORECASE,
)


@dataclass
class _Number:
    value: int
    start: int
    end: int
    approximate: bool
    qualifier: str | None
    single: bool = False  # 'a child': one, only when the words around make it a casualty
    kin: bool = False  # 'her child' of 'a woman and her child': one, only with the people before
    words_at: int = -1  # where the counted words begin, when not right after: '29 of 34 drones'

    @property
    def words(self) -> int:
        """Where the words the number counts begin."""
        return self.end if self.words_at < 0 else self.words_at


@lru_cache(maxsize=4096)
def parse_number(words: str) -> int | None:
    """An integer from digits or English number words ('Sixty-two', 'a hundred', '1,200');
    remembered per string (the same few numbers recur, and text2num is slow)."""
    cleaned = words.strip().lower()
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", cleaned):
        try:
            return int(float(cleaned.replace(",", "")))
        except ValueError:
            return None
    if cleaned in ("a dozen", "an dozen"):
        return 12
    cleaned = re.sub(r"^an?\s+", "one ", cleaned)
    cleaned = re.sub(r"\s+and\s+", " ", cleaned)
    try:
        return int(text2num(cleaned, "en"))
    except (ValueError, TypeError):
        return None


_NUMBER_WORD_SET = frozenset([*NUMBER_UNITS, *NUMBER_TENS, *_SCALES, "dozen"])
# One of them as a whole run of lowercase letters (as `re.findall("[a-z]+")` splits them out):
# one search instead of a list of every word and a set test.
_NUMBER_WORD = re.compile(
    r"(?<![a-z])(?:"
    + trie_pattern(sorted(w for w in _NUMBER_WORD_SET if re.fullmatch("[a-z]+", w)))
    + r")(?![a-z])"
)
_DIGIT = re.compile(r"\d")


def _numbers(text: str, start: int, end: int) -> list[_Number]:
    out: list[_Number] = []
    chunk = text[start:end]
    lowered = chunk.lower()
    if not _DIGIT.search(chunk) and not _NUMBER_WORD.search(lowered):
        return _singles(lowered, start, out, chunk)
    scaled_end = -1
    for match in _NUMBER.finditer(lowered):
        raw = text[start + match.start() : start + match.end()]
        match_start, match_end = start + match.start(), start + match.end()
        if match_start < scaled_end:
            continue  # the scale word of '1.5 million', read with its digits
        before = text[max(0, match_start - 12) : match_start]
        after = text[match_end : match_end + 16]
        # Digits that are part of a date or a year: "September 9", "9 September", "2016".
        if match.group("digits") and (
            _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after) or _YEAR.fullmatch(raw)
        ):
            continue
        if _NOT_A_COUNT.match(after):
            continue
        if _AGE_BEFORE.search(text, max(0, match_start - 40), match_start):
            continue  # 'two children, aged 5 and 7': ages
        if match.group("digits") and _NAME_HEAD.search(text, max(0, match_start - 16), match_start):
            continue  # 'Route 60', 'Brigade 137': a name
        value = parse_number(raw)
        scale = _SCALE_AFTER.match(lowered, match.end()) if match.group("digits") else None
        if scale:  # '1 million', '1.5 million', '20 thousand'
            value = int(float(raw.replace(",", "")) * _SCALE_VALUES[scale.group(1)])
            match_end = scaled_end = start + scale.end()
        spaced = (
            _SPACED_THOUSANDS.match(lowered, match.end())
            if match.group("digits") and not scale and len(raw) <= 3
            else None
        )
        if spaced and (spaced.group(1) != " " or _hedge_before(text, match_start)):
            # 'Over 1 000 civilians', 'around 300 000' (a thin or plain space between thousands;
            # a plain one only after a hedge: 'the 101 102 and 103 fields' are three)
            value = int(raw + spaced.group(2))
            match_end = scaled_end = start + spaced.end()
        if value is None or value == 0:
            continue
        if (
            match.group("words")
            and raw.lower() in _SCALES
            and _hedge_before(text, match_start) is None
        ):
            continue  # 'several hundred', 'a few thousand' ('more than hundred' is about 100)
        dozen = (
            None
            if scale or raw.lower().endswith("dozen")
            else _DOZEN_AFTER.match(lowered, match.end())
        )
        if dozen:  # 'two dozen people': 24
            value *= 12
            match_end = start + dozen.end()
        half = _HALF_A.search(text, max(0, match_start - 8), match_start)
        if half and raw.lower().startswith("a dozen"):
            out.append(_Number(6, half.start(), match_end, True, None))  # 'half a dozen'
            continue
        if _FRACTION.search(text, max(0, match_start - 16), match_start):
            continue  # 'a quarter of a million': not a count we can state
        if _PART_OF.match(text, match_end):
            continue  # 'two of the wounded': a part of a toll stated elsewhere
        if _MEMBERS_OF.search(text, max(0, match_start - 24), match_start):
            continue  # 'five members of one family': the family is not a second count
        hedge = _hedge_before(text, match_start)
        if hedge and hedge[0] == "up to" and _particle_up_to(text, hedge[1], match_end):
            hedge = None  # 'pushing up to 11 the number killed': the verb's 'up', a toll's 'to'
        approximate = hedge is not None or raw.lower().startswith("a dozen") or dozen is not None
        qualifier = hedge[0] if hedge else None
        num_start = hedge[1] if hedge else match_start
        out.append(_Number(value, num_start, match_end, approximate, qualifier))
    return _ranges(text, _singles(lowered, start, _of_totals(text, out), chunk))


def _particle_up_to(text: str, at: int, end: int) -> bool:
    """'up to' at `at` is a toll verb's particle, no hedge, when the verb is right before it and
    a toll is named: after the count ('bringing up to 30 the number of dead') or before the verb
    in the sentence ('the toll rose up to 11', 'pushed the death toll up to 11'); 'up to 11
    people may have been killed', 'taking up to 300 people hostage' keep their hedge."""
    verb = _UPDATE_BEFORE.search(text, max(0, at - 80), at)
    if verb is None:
        return False
    if TOLL_AFTER.match(text[end : end + 80]):
        return True
    clause = text[max(0, verb.start() - 120) : verb.start()]
    clause = re.split(r"[.;!?]\s", clause)[-1]
    return bool(TOLL.search(clause)) or bool(verb.group("toll"))


def _of_totals(text: str, numbers: list[_Number]) -> list[_Number]:
    """'shot down 29 of 34 drones', '12 of 40 passengers were killed': the first number counts
    the noun; the second is the total it is part of, no figure of its own. 'One of two people
    killed' is one person among the two: the two are the count."""
    out: list[_Number] = []
    for number in numbers:
        if out and _OF_TOTAL.fullmatch(text, out[-1].end, number.start):
            if out[-1].value == 1:
                out[-1] = number  # 'one of two people killed': the two are the count
                continue
            if number.value > out[-1].value:
                out[-1] = replace(out[-1], words_at=number.end)
                continue
        out.append(number)
    return out


def _own_count(text: str, at: int) -> bool:
    """'killed 30 people injured 90': after a count with a verb of its own, a casualty verb
    followed by its own count (not '3 weeks ago') begins the next clause. Without the verb
    before, it is a headline's list: 'Nine persons killed 12 injured'."""
    found = _OWN_COUNT.match(text, at)
    return found is not None and not _NOT_A_COUNT.match(text[found.end() :])


def _shared_noun(after: str) -> tuple[str, int] | None:
    """'30 regime and 39 rebel fighters': a count whose words name no noun shares the noun of
    the conjoined count after it; the subject ('regime fighters') and the words' length."""
    found = _SHARED_MODIFIERS.match(after)
    if found is None:
        return None
    noun = _PEOPLE_AFTER.match(after[found.end() :])
    if noun is None:
        return None
    last = re.search(rf"\b{_PEOPLE}$", noun.group("subject"))
    mods = found.group("mods").strip()
    return (f"{mods} {last.group()}" if last else mods), len(found.group("mods").rstrip())


def _lower(word: re.Match[str]) -> str:
    return word.group().lower()


def _governed(before: str) -> bool:
    """A casualty verb right before a count: 'killed 30 people', 'wounding at least 12'."""
    return any(pattern.search(before) for _, pattern in _BEFORE)


def _singles(lowered: str, start: int, out: list[_Number], chunk: str) -> list[_Number]:
    """Add 'a'/'an' before a person noun as a candidate count of one, in text order, and the
    one person of 'a woman and her child' (an empty number before 'child', so that the
    figure's words are the noun's)."""
    if not _CASUALTY_HINT.search(lowered):
        return out
    found = False
    for match in _ARTICLE.finditer(lowered):
        at = start + match.start()
        out.append(_Number(1, at, at + len(match.group().rstrip()), False, None, True))
        found = True
    for match in _THE_ONE.finditer(lowered):
        # 'killed the driver', 'wounding his brother': one person the verb names
        at = start + match.start("one")
        out.append(_Number(1, at, start + match.end("det"), False, None, True))
        found = True
    for match in _ROLE_NAMED.finditer(chunk):
        # 'killing civilian Mohammad Mesouti', 'wounding journalist Anas Ali': one person
        at = start + match.start("one")
        out.append(_Number(1, at, at, False, None, True))
        found = True
    for match in _KIN_ONE.finditer(lowered):
        at = start + match.end()
        out.append(_Number(1, at, at, False, None, True, kin=True))
        found = True
    if found:
        out.sort(key=lambda number: number.start)
    return out


def _ranges(text: str, numbers: list[_Number]) -> list[_Number]:
    """'between 20 and 30', '20 to 30', 'two or three': the lower end, approximate."""
    out: list[_Number] = []
    index = 0
    while index < len(numbers):
        low = numbers[index]
        high = numbers[index + 1] if index + 1 < len(numbers) else None
        if (
            high is not None
            and not low.single
            and not high.single
            and high.value > low.value
            and _RANGE_MIDDLE.fullmatch(text, low.end, high.start)
            and not _RANGE_FROM.search(text, max(0, low.start - 8), low.start)
        ):
            between = _RANGE_START.search(text, max(0, low.start - 10), low.start)
            middle = text[low.end : high.start].strip().lower()
            if between or middle != "and":
                begin = between.start() if between else low.start
                out.append(_Number(low.value, begin, high.end, True, "between"))
                index += 2
                continue
        out.append(low)
        index += 1
    return out


def extract_figures(text: str, start: int, end: int) -> list[ExtractedFigure]:
    """The figures asserted in text[start:end], each with its metric and exact span."""
    figures: list[ExtractedFigure] = []
    previous: ExtractedFigure | None = None
    # A count of people whose verb comes after the next conjunct: '30 soldiers and 39 rebels
    # had been killed' (number, subject, end of the subject).
    pending: tuple[_Number, str, int] | None = None
    for number in _numbers(text, start, end):
        if previous is not None and _in_aside(text, previous, number, end):
            continue  # 'Ten people, including four women, were killed': a part of the ten
        if pending is not None and number.end <= _past_aside(text, pending[2], end):
            continue  # '23 civilians, including nine children, and 16 fighters were killed'
        before = _before(text, start, number.start)
        if _in_bare_aside(text, start, previous, number, end, before):
            continue  # '30 people including 24 civilians were killed': a part of the thirty
        after = text[number.words : end]
        counted = False
        metric: str | None
        subject: str | None
        noun = _noun_metric(after, number.words)
        if noun is not None:
            metric, subject, fig_end = noun
        else:
            # One person's list ('a man and his son', 'one mother and her child') is read by
            # _with_kin_before.
            subject, rest, fig_end, named, listed = _counted(
                after, number.words, lists=not number.single and number.value > 1
            )
            if listed:
                number = replace(number, value=number.value + listed)
            counted = named or subject is not None
            metric = _metric_after(rest, before) or _metric_around(
                text, start, number, before, after, subject, named
            )
            if (
                metric is not None
                and counted
                and pending is not None
                and _CONJOINED.fullmatch(text, _past_aside(text, pending[2], end), number.start)
            ):
                held, held_subject, held_end = pending
                figures.append(_figure(text, metric, held, held_subject, held_end))
            pending = (number, subject, fig_end) if metric is None and counted and subject else None
            if (
                metric is None
                and previous
                and _listed_after(text, previous, number, fig_end if counted else number.end, end)
            ):
                metric = previous.metric
        if metric is None or (number.single and (metric not in _CASUALTY or not subject)):
            continue
        if number.single and not _governed(before) and _counts_others(text, fig_end, end):
            continue  # 'a resident in Douma saw six wounded children': the six are the wounded
        figure = _figure(text, metric, number, subject, fig_end)
        if metric in _CASUALTY and counted:
            figure = _with_kin_before(text, start, figure)
        if metric in _CASUALTY:
            figure = _with_owner_before(text, start, figure, number)
            figure = _with_named_before(text, start, figure, number)
        if number.kin and figure.start == number.start:
            continue  # 'she and her daughter': the one before is no count we read
        figures.append(figure)
        previous = figure
    figures = _uncopied(text, _outermost(figures))
    return sorted(figures + _another_one(text, start, end, figures), key=lambda f: f.start)


# How much of the words around two figures must be the same for the second to be a copy.
_COPY_BEFORE = 60
_COPY_AFTER = 40
_COPY_MIN = 20


def _uncopied(text: str, figures: list[ExtractedFigure]) -> list[ExtractedFigure]:
    """Drop a figure that repeats an earlier one word for word, the words after it and before it
    too: a scraped sentence printed twice without its full stop ('... in the northeast of the
    country The spokesman ... his son and 20 other terrorists were killed ...') states one toll,
    not two."""
    kept: list[ExtractedFigure] = []
    for figure in figures:
        if not any(_copy_of(text, f, figure) for f in kept):
            kept.append(figure)
    return kept


def _copy_of(text: str, first: ExtractedFigure, second: ExtractedFigure) -> bool:
    """Whether `second` repeats `first` with the words before it (as many as `first` has, at least
    _COPY_MIN and up to _COPY_BEFORE) or the _COPY_AFTER after it."""
    if (first.metric, first.value) != (second.metric, second.value):
        return False
    if _squeezed(first.text) != _squeezed(second.text):
        return False
    before = min(_COPY_BEFORE, first.start)
    if before >= _COPY_MIN and _squeezed(text[first.start - before : first.start]) == _squeezed(
        text[second.start - before : second.start]
    ):
        return True
    return second.end + _COPY_AFTER <= len(text) and _squeezed(
        text[first.end : first.end + _COPY_AFTER]
    ) == _squeezed(text[second.end : second.end + _COPY_AFTER])


def _squeezed(words: str) -> str:
    return " ".join(words.lower().split())


# The first casualty word after one person, and a count of others before it.
_CASUALTY_WORD = re.compile(
    r"\b(?:kill|dead|died|death|wound|injur|hurt|martyr|slain|missing|execut|murder)", re.I
)
_QUANTITY = re.compile(
    rf"\b(?:\d+|(?:{_WORD})|dozens?|hundreds|thousands|scores|several|many|half)\b", re.I
)


def _counts_others(text: str, at: int, end: int) -> bool:
    """One person's casualty word that a count of others nearer to it owns: 'a doctor in
    Douma treated dozens of wounded', 'a resident saw six wounded children'."""
    age = _AGE_ASIDE.match(text[at:end])
    if age is not None:
        at += age.end()  # 'a man aged 45 was killed': the age counts no one
    word = _CASUALTY_WORD.search(text, at, end)
    return word is not None and _QUANTITY.search(text, at, word.start()) is not None


def _past_aside(text: str, at: int, end: int) -> int:
    """Where the aside that opens at `at` ends (', including nine children,'), else `at`."""
    aside = _APPOSITIVE.match(text[at:end])
    return at if aside is None else at + aside.end()


def _in_aside(text: str, previous: ExtractedFigure, number: _Number, end: int) -> bool:
    """A count inside the aside that follows a casualty figure ('12 people, including three
    women, ...'): a part of that figure, which the scoring rules leave as 'other'."""
    if previous.metric not in _CASUALTY or number.start < previous.end:
        return False
    aside = _APPOSITIVE.match(text[previous.end : end])
    if aside is not None and number.end <= previous.end + aside.end():
        return True
    # After the figure's verb: '10 civilians were killed, including a child, and ...'.
    verb = _VERB_THEN_ASIDE.match(text, previous.end, number.start)
    return (
        verb is not None
        and _ASIDE_OPEN_TAIL.match(text, verb.start("aside"), number.start) is not None
    )


def _in_bare_aside(
    text: str,
    start: int,
    previous: ExtractedFigure | None,
    number: _Number,
    end: int,
    before: str,
) -> bool:
    """A count in an aside that lists a part of a total, its commas lost ('53 civilians
    including 21 children died', '10 were killed including a child') or after a total no
    number states ('dozens of civilians, including 12 children, were killed'); not a count
    with a verb of another metric ('... including 13 civilians and more than 30 wounded')."""
    heads: list[tuple[int, str | None]] = []
    if previous is not None and previous.metric in _CASUALTY and previous.end <= number.start:
        heads.append((previous.end, previous.metric))
    vagues = list(_VAGUE_TOTAL.finditer(text, max(start, number.start - 90), number.start))
    if vagues:
        heads.append((vagues[-1].end(), None))  # the nearest
    if not heads:
        return False
    # `before` is `_before(text, start, number.start)`, read once by the caller.
    if _governed(before) and not _OPENER_TAIL.search(before):
        return False  # 'killing 3 people including a child and injuring 10 others'
    for head, metric in heads:
        if _PART_BETWEEN.fullmatch(text, head, number.start):
            rest = _counted(text[number.words : end], number.words)[1]
            own = _metric_after(rest, "")
            return own is None or own == metric or metric is None
    return False


# A source named between a verb and its count: 'killing, according to the latest toll, 44
# civilians', 'killed according to activists at least 30 people'.
_SOURCE_ASIDE = re.compile(
    r"(?<=\w)\s*,?\s+according\s+to\s+[^,;:.\d()]{1,50}?\s*,?\s+$", re.IGNORECASE
)


def _before(text: str, floor: int, at: int) -> str:
    """The words that govern a count at `at`, read through the people counted with it ('killed
    a woman and her three children') and through words such as 'a total of' or 'all'."""
    named = _named_before(text, floor, at)
    tail = named is None and _KIN_TAIL.search(text, max(floor, at - 8), at) is not None
    kin = _KIN_BEFORE.search(text, max(floor, at - 80), at) if tail else None
    listed = _VICTIM_LIST.search(text, max(floor, at - 160), at) if tail else None
    if named is not None:
        at = named  # 'killing Abu Omar, a commander, and eight more': the verb governs
    elif listed is not None and (kin is None or listed.start() < kin.start()):
        at = listed.start()  # 'killed the mayor, the imam and six other civilians'
    elif kin is not None and kin.end() == at:
        at = kin.start()
    transparent = _TRANSPARENT.search(text, max(floor, at - 24), at)
    if transparent is not None:
        at = transparent.start()
    aside = _SOURCE_ASIDE.search(text, max(floor, at - 70), at)
    if aside is not None and aside.end() == at:
        return text[max(floor, aside.start() - 60) : aside.start()] + " "  # the verb, then a space
    return text[max(floor, at - 60) : at]


def _outermost(figures: list[ExtractedFigure]) -> list[ExtractedFigure]:
    """Drop a figure inside a longer one of its metric: 'a woman' in 'a woman and her three
    children' (4) or 'a student' in 'a teacher, a student and three policemen' (5) is not a
    count of its own."""
    return [
        figure
        for figure in figures
        if not any(
            other.metric == figure.metric
            and other.start <= figure.start
            and figure.end <= other.end
            and (other.start, other.end) != (figure.start, figure.end)
            for other in figures
        )
    ]


def _noun_metric(after: str, value_end: int) -> tuple[str, str, int] | None:
    """A count of things ('12 air strikes', 'two aircraft'): its metric, the noun and where the
    figure ends."""
    stripped = after.lstrip(' "“”')
    for name, pattern in _NOUN_METRICS:
        noun = pattern.match(stripped)
        if noun:
            return name, noun.group().strip(), value_end + (len(after) - len(stripped)) + noun.end()
    return None


def _people_after(words: str) -> re.Match[str] | None:
    """The people counted at the start of `words`; a subject joined by 'and' ('troops and
    militia') only when it ends in a plural ('20 fighters and their commander' is two counts)."""
    joined = _PEOPLE_JOINED.match(words) if " and " in words[:80] else None
    if joined is None or joined.group("subject").rsplit(None, 1)[-1].lower() in _ONE_PERSON_NOUNS:
        return _PEOPLE_AFTER.match(words)
    return joined


_CLOSING_QUOTE = re.compile(r"[\"”](?=\s|,)")


def _counted(
    after: str, value_end: int, *, lists: bool = True
) -> tuple[str | None, str, int, bool, int]:
    """The people a number counts ('20 civilians', 'the 12 of them'): the subject, the words
    after it (an appositive passed over), where the figure ends, whether a noun of people
    follows the number (not only a noun it shares with another count), and how many people
    the subject lists after the count ('two brothers and their father': one)."""
    people = _people_after(after.lstrip()) or _people_after(_TITLE_WORD.sub(_lower, after.lstrip()))
    offset = len(after) - len(after.lstrip())
    subject: str | None = None
    rest, fig_end = after, value_end
    listed = 0
    if people:
        subject = after[offset + people.start("subject") : offset + people.end("subject")]
        subject = subject.strip()
        rest = after[offset + people.end() :]
        fig_end = value_end + offset + people.end()
        age = _AGE_ASIDE.match(rest)
        if age is not None:  # 'a man aged 45 was killed', 'five children, ages 3, 5 and 9,'
            rest = rest[age.end() :]
        kin = _KIN_AFTER.match(rest) if lists else None
        if kin is not None:
            listed = len(_KIN_ITEM.findall(kin.group()))
            rest = rest[kin.end() :]
            fig_end = value_end + len(after) - len(rest)  # the people listed are in its span
        # '"at least 128 people" nearly all civilians had been killed': the quoted count's
        # closing mark before its aside
        quoted = _CLOSING_QUOTE.match(rest)
        unquoted = rest[quoted.end() :] if quoted else rest
        appositive = _APPOSITIVE.match(unquoted) or _BARE_ASIDE.match(unquoted)
        if appositive:
            rest = unquoted[appositive.end() :]
        elif (owner := _OWNER_THEN_ASIDE.match(rest)) is not None:
            # '25 members of the Nusra Front including a leader of the group died': the side
            # the people belong to stays, the aside after it is passed over
            aside = _BARE_ASIDE.match(rest[owner.end() :])
            if aside is not None:
                rest = rest[: owner.end()] + rest[owner.end() + aside.end() :]
    elif shared := _shared_noun(after[offset:]):
        subject, length = shared
        rest = after[offset + length :]
        fig_end = value_end + offset + length
    return subject, rest, fig_end, people is not None, listed


# An auxiliary that makes a casualty verb passive ('were killed 3 days ago').
_PASSIVE = re.compile(r"\b(?:were|was|been|being|are|is|be|got)\b", re.IGNORECASE)
# What a headline's list puts after the next count: its own casualty word ('Nine persons
# killed 12 injured', 'Three Civilians Killed 38 People Injured').
_LISTED_CASUALTY = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:killed|dead|died|injured|wounded|hurt|missing)\b", re.IGNORECASE
)


def _acts_on_a_count(rest: str, found: re.Match[str]) -> bool:
    """A casualty verb in the active with a count of its own after it ('one of their centers
    in Kfar Zeita killed eight members', 'a member of the group killing at least 22
    civilians'): the people before it did the killing, not a headline's list ('Nine persons
    killed 12 injured') or a passive ('were killed 3 days ago' has no count)."""
    own = _OWN_COUNT.match(rest, found.end())
    if own is None or _NOT_A_COUNT.match(rest[own.end() :]) or _PASSIVE.search(found.group()):
        return False
    # The verb's object is people ('Among at least 25 injured eight were ...' has none).
    objects = _people_after(rest[own.end() :].lstrip())
    return objects is not None and _LISTED_CASUALTY.match(rest, own.end()) is None


def _metric_after(rest: str, before: str) -> str | None:
    """The metric the words after the counted people give ('were killed'); one that is the
    verb of another count ('killing 20 ...') does not."""
    for name, pattern in _AFTER_SUBJECT:
        found = pattern.match(rest)
        # 'killed 30 injured 90', 'Kurds Kill 83 Wound 120': a count a verb before governs
        # keeps that verb when the one after has a count of its own.
        if found and not (_own_count(rest, found.end()) and _governed(before)):
            if _acts_on_a_count(rest, found):
                return None  # 'a member of the SDF killing at least 22 civilians': the doer
            if _JOINT_AFTER.match(rest[found.end() :]):
                return "casualties"  # 'were killed or wounded': one count of both
            return name
    return None


def _metric_around(
    text: str,
    start: int,
    number: _Number,
    before: str,
    after: str,
    subject: str | None,
    named: bool,
) -> str | None:
    """The metric the words before the number give ('killing 20', 'eliminated 75 militants'),
    a toll it is the value of, or the counted noun itself ('100 bodies', 'lost 20 lives')."""
    if number.kin and (
        one := _THE_ONE_BEFORE.search(text, max(start, number.start - 80), number.start)
    ):
        return _verb_metric(one.group())  # 'killed civilian Ahmad Khaled and his son'
    for name, pattern in _BEFORE:
        if pattern.search(before):
            return "casualties" if _JOINT_BEFORE.search(before) else name
    if (
        named
        and _ELIMINATED_BEFORE.search(before)
        # 'destroying two other key bridges': 'other' is no person there
        and (subject or "").lower() not in ("other", "others")
    ):
        return "killed"
    if _TOLL_VERB.search(before):
        # 'the death toll from ... has reached at least 126'; the nearest count named
        # decides: '..., while the number of wounded - to 2,091'.
        tolls = list(TOLL.finditer(text, start, number.start))
        if tolls:
            return "injured" if tolls[-1].group("injured") else "killed"
    if toll := _toll_to(text, start, number.start, before):
        return toll
    if _TO_AT.search(before) and (toll_after := TOLL_AFTER.match(after)):
        # 'brought to 49 the number killed' (not 'URL 215 The death toll ...')
        return "injured" if toll_after.group("injured") else "killed"
    if subject and re.search(r"\b(?:bodies|martyrs)$", subject, re.I):
        return "killed"  # 'at least 100 bodies were recovered'
    if subject and (
        (subject.lower().endswith("lives") and _LIVES_BEFORE.search(before))
        or _LOST_BEFORE.search(before)
    ):
        return "killed"
    return None


def _toll_to(text: str, start: int, at: int, before: str) -> str | None:
    """'brought the toll for soldiers killed in the conflict to 18', 'put the number of dead at
    112': 'to'/'at' before the count, a toll named earlier in the clause, no count between."""
    if not _TO_AT.search(before):
        return None
    tolls = list(TOLL.finditer(text, max(start, at - 120), at))
    if not tolls or _DIGIT.search(text, tolls[-1].end(), at) or ";" in text[tolls[-1].end() : at]:
        return None
    return "injured" if tolls[-1].group("injured") else "killed"


def _listed_after(
    text: str, previous: ExtractedFigure, number: _Number, tail: int, end: int
) -> bool:
    """A count right after a casualty figure, joined by ',' or 'and' ('12 killed, 20 ...'),
    or after the figure's verb and place ('23 civilians in Maarat and 21 others in Kafranbel';
    gapped: 'seven died on the spot and three in hospital'): it takes that figure's metric.
    Gapped, the count (from `tail`, after its noun) has only a place or time left in its clause."""
    if previous.metric not in _CASUALTY:
        return False
    between = text[previous.end : number.start]
    if _VERB_AFTER.match(text, tail):
        return False  # '... and 21 soldiers were arrested': a clause of its own
    if tail > number.end and (_LISTED.fullmatch(between) or _CONJOINED.fullmatch(between)):
        return True  # '14 jihadists from the group and five civilians'

    return (
        _GAPPED.fullmatch(between) is not None and _GAPPED_TAIL.match(text, tail, end) is not None
    )


def _another_one(
    text: str, start: int, end: int, figures: list[ExtractedFigure]
) -> list[ExtractedFigure]:
    """'A soldier was killed and another was seriously injured': one more, of its own metric,
    after a count of people in the same sentence."""
    out: list[ExtractedFigure] = []
    if not any(f.metric in _CASUALTY for f in figures):
        return out  # 'another' follows a casualty count or is none: skip the search
    for found in _ANOTHER.finditer(text, start, end):
        if not any(f.metric in _CASUALTY and f.end <= found.start() for f in figures):
            continue
        metric = next(m for m in _CASUALTY if found.group(m))
        out.append(
            ExtractedFigure(
                metric=metric,
                value=1,
                approximate=False,
                qualifier=None,
                subject="another",
                start=found.start("another"),
                end=found.end("another"),
                text=text[found.start("another") : found.end("another")],
            )
        )
    return out


def _with_kin_before(text: str, floor: int, figure: ExtractedFigure) -> ExtractedFigure:
    """'a woman and her two children were killed': the people named before the count are
    counted with it (3), the figure's span starting at the first of them."""
    listed = (
        _VICTIM_LIST.search(text, max(floor, figure.start - 160), figure.start)
        if _OTHERS_SUBJECT.match(figure.subject or "")
        else None
    )
    found = _KIN_BEFORE.search(text, max(floor, figure.start - 80), figure.start)
    if listed is not None and (found is None or listed.start() <= found.start()):
        # 'The group's spokesman, his son and 20 other fighters': every member counts (22)
        start = listed.start()
        people = _listed_victims(listed.group("people"))
    elif found is not None and found.end() == figure.start:
        people = len(_ONE_PERSON.findall(found.group("people")))
        start = found.start()
    else:
        found = _THE_ONE_BEFORE.search(text, max(floor, figure.start - 80), figure.start)
        if (
            found is None
            or found.end() != figure.start
            or _verb_metric(found.group()) != figure.metric
        ):
            return figure
        people = 1  # 'killed the driver and two passengers': one verb's victims (3)
        start = found.start("people")
    return replace(figure, value=figure.value + people, start=start, text=text[start : figure.end])


# 'X and three of his comrades', 'X alongside nine of his comrades': the count's owner, a
# person, is one of the people counted with them.
_OWNER_JOIN = re.compile(
    r"(?<=[\w\"”])\s+(?P<join>and|alongside|along\s+with|together\s+with|as\s+well\s+as)\s+$",
    re.IGNORECASE,
)
_OF_HIS = re.compile(r"\s+of\s+(?:his|her)\s", re.IGNORECASE)
# A clause of its own before 'and': the owner did something else ('Abu Ali was arrested and
# three of his sons were killed').
_CLAUSE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|said|says|told|fled|escaped|survived|killed|died|"
    r"wounded|injured)\b|[,;:.]",
    re.IGNORECASE,
)


def _with_owner_before(
    text: str, floor: int, figure: ExtractedFigure, number: _Number
) -> ExtractedFigure:
    """'Ramadan al-Sabta alongside nine of his comrades were killed': the owner named before the
    count is one more (10), the figure's span starting at the joining word."""
    if figure.start != number.start or not _OF_HIS.match(text, number.end):
        return figure
    join = _OWNER_JOIN.search(text, max(floor, number.start - 24), number.start)
    if join is None:
        return figure
    owner = text[max(floor, join.start() - 80) : join.start()]
    if not owner.strip() or _CLAUSE_BEFORE.search(owner[-60:]):
        return figure
    of_his = _OF_HIS.match(text, number.end)
    assert of_his is not None
    people = _PEOPLE_AFTER.match(text[of_his.end() : of_his.end() + 80])
    end = max(figure.end, of_his.end() + people.end("subject")) if people else figure.end
    return replace(
        figure,
        value=figure.value + 1,
        start=join.start("join"),
        end=end,
        text=text[join.start("join") : end],
    )


# 'killing Abu Omar, a field commander, and eight more militants': a person the verb names,
# with an appositive of at most five words (its commas may be lost), then 'and' and the count.
_NAME_WORD = rf"(?:{NAME_WORD}|(?:{_words('name_particles_alone')})(?![\w'’-]))"
# The appositive may name the person's group after 'of', 'in' or 'from' ('a field commander of
# the Nusra Front').
_NAMED_BEFORE = re.compile(
    rf"\b(?i:{_any_words('one_person_verbs')})\s+(?P<named>[A-Z][\w'’-]*(?:\s+{_NAME_WORD}){{0,4}})"
    r"(?:\s*,?\s+(?:a|an|the|his|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
    rf"(?:\s+(?:of|in|from|with)\s+(?:the\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})?\s*,?)?"
    r"\s+and\s+$"
)
# The count after the named person is of others: 'eight more militants', 'three others'.
_OTHERS_AFTER = re.compile(r"(?:[\w,.-]+\s+){1,3}?(?:more|other|others)\b", re.IGNORECASE)


def _with_named_before(
    text: str, floor: int, figure: ExtractedFigure, number: _Number
) -> ExtractedFigure:
    """'killing Abu Omar, a field commander, and eight more militants': the person named
    before 'and N more' is one more (9), the figure's span starting at the name."""
    if figure.start != number.start:
        return figure
    named = _named_before(text, floor, number.start)
    if named is None:
        return figure
    return replace(figure, value=figure.value + 1, start=named, text=text[named : figure.end])


def _named_before(text: str, floor: int, at: int) -> int | None:
    """Where the person named before a count of others at `at` starts ('killing [Abu Omar, a
    field commander, and ]eight more militants'), else None."""
    if not _OTHERS_AFTER.match(text, at):
        return None
    found = _NAMED_BEFORE.search(text, max(floor, at - 140), at)
    if found is None or found.end() != at:
        return None
    return found.start("named")


def _figure(
    text: str, metric: str, number: _Number, subject: str | None, end: int
) -> ExtractedFigure:
    """A number read as a figure of `metric`, its span running to `end`."""
    return ExtractedFigure(
        metric=metric,
        value=number.value,
        approximate=number.approximate,
        qualifier=number.qualifier,
        subject=subject,
        start=number.start,
        end=end,
        text=text[number.start : end],
    )
