"""Segmentation: paragraphs, sentences and quotations, all as character offsets into the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from app.extract.patterns import matches_at, trie_pattern
from app.extract.registry import load_lexicon

OPEN_QUOTES = "“„«"
CLOSE_QUOTES = "”»"
AMBIGUOUS_QUOTES = '"'
_QUOTE_CHAR = re.compile('[“„«”»"]')

# The word lists of this module (data/segment_words.yaml).
_WORDS = load_lexicon("segment_words.yaml")

# Month names, written out and abbreviated (the cue lexicon and date finder use them too).
MONTH_ABBREVIATIONS = frozenset(_WORDS["month_abbreviations"])
MONTH_NAMES = MONTH_ABBREVIATIONS | frozenset(_WORDS["month_names"])
# Abbreviations after which a period does not end a sentence.
ABBREVIATIONS = MONTH_ABBREVIATIONS | frozenset(_WORDS["abbreviations"])
# The first stop is outside the branches: a pattern that opens with one character of a set is
# tried only where the engine finds one (the form with '[.!?]+' opening each branch: everywhere).
_SENTENCE_END = re.compile(
    r"[.!?](?:[.!?]*[\"”’')\]]*(?=\s+[\"“„'‘(\[]?[A-Z0-9])|[.!?]*[\"”’')\]]*\s*$)"
)
_DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z'’./\- ]{1,40}?(?:,\s*[A-Z][A-Za-z'’. ]{1,25}?)?(?:,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2})?\s*"
    # The separator: a dash or colon, never a hyphen inside a word ('The US-led', 'Houthi-run').
    r"(?:\((?:[A-Za-z/&.,\- ]{1,30})\)\s*)?(?:[—–]+\s*|[-:]+(?=\s)\s*)"
    r"|[A-Z][A-Za-z'’.\- ]{1,40}?,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\s*\((?:[A-Za-z/&.\- ]{1,30})\)\s*"
    # TASS: 'MOSCOW, October 5. /TASS/.'
    r"|[A-Z][A-Za-z'’.\- ]{1,40}?,\s*[A-Z][a-z]{2,9}\.?\s+\d{1,2}\.?\s*/[A-Za-z-]{2,12}/\.?\s*)"
)

_DASH_END = re.compile(r"[-—–]\s*$")
# The word a period closes, and the word after it.
_WORD_BEFORE_DOT = re.compile(r"([A-Za-z][A-Za-z.\-]*)$")
_NEXT_WORD = re.compile(r"\s*([A-Z][a-z]*)\b")


@dataclass(frozen=True)
class Quote:
    """A quoted passage: `start`/`end` include the marks; `inner_*` exclude them."""

    start: int
    end: int
    closed: bool

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


@dataclass
class Sentence:
    """A sentence (or several, when one quotation runs across them) inside a paragraph."""

    start: int
    end: int
    paragraph: int
    index: int
    quotes: list[Quote] = field(default_factory=list)
    # Inside a quotation opened in an earlier sentence and left open (it runs on, often into
    # the next paragraph): the whole sentence is quoted words.
    continued: bool = False


@dataclass
class Paragraph:
    """A paragraph of the text (a line, or a block between blank lines)."""

    start: int
    end: int
    index: int


def paragraphs(text: str) -> list[Paragraph]:
    """Split on line breaks; each non-empty line is a paragraph (blank lines only separate)."""
    out: list[Paragraph] = []
    # The runs of r'[^\r\n]+', found by str.split (the engine would test every character).
    start = 0
    for line in text.replace("\r", "\n").split("\n"):
        end = start + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            trail = len(line) - len(line.rstrip())
            out.append(Paragraph(start + lead, end - trail, len(out)))
        start = end + 1
    return out


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Pair double quotation marks of both styles in text[start:end]; an unclosed one runs to end."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for match in _QUOTE_CHAR.finditer(text, start, end):
        i = match.start()
        ch = match.group()
        if ch in OPEN_QUOTES:
            if open_at is None:
                open_at = i
            continue
        if ch in CLOSE_QUOTES or ch in AMBIGUOUS_QUOTES:
            if open_at is not None:
                quotes.append(Quote(open_at, i + 1, True))
                open_at = None
            elif ch in AMBIGUOUS_QUOTES:
                open_at = i
    if open_at is not None and end - open_at > 1:
        quotes.append(Quote(open_at, end, False))
    return quotes


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the body starts after a dateline such as 'BEIRUT (Reuters) -' or 'Moscow, Sep 18 (IANS)'."""
    match = _DATELINE.match(text, start, end)
    if not match:
        return start
    head = match.group()
    # A dateline is a place (and agency/date), not a sentence opening such as 'However, -'.
    if "(" not in head and "/" not in head and not _DASH_END.search(head.rstrip()):
        return start
    if len(head.split()) > 8:
        return start
    if "(" not in head and "/" not in head and text[match.end() : match.end() + 1].islower():
        return start  # 'Rami Abdel Rahman — who heads the Observatory — said': an aside
    return match.end()


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` closes an abbreviation or an initial."""
    m = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    # Single initials: "George W. Bush", "A. Smith".
    return len(word) == 1 and word.isalpha()


# Abbreviations that also end sentences ('just before 11 a.m. Some struck ...', 'in the U.S.
# It ...'), and the closed-class words that open a sentence and never follow them inside one.
_FINAL_ABBREVIATIONS = frozenset(_WORDS["final_abbreviations"])
_SENTENCE_OPENERS = frozenset(_WORDS["sentence_openers"])


def _abbreviation_ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether an abbreviation's period also ends the sentence: a capitalised opener follows."""
    m = _WORD_BEFORE_DOT.search(text, max(0, dot - 12), dot)
    if not m or m.group(1).lower().rstrip(".") not in _FINAL_ABBREVIATIONS:
        return False
    following = _NEXT_WORD.match(text[after : after + 20])
    return bool(following and following.group(1).lower() in _SENTENCE_OPENERS)


def sentences(text: str, paragraph: Paragraph, first_index: int = 0) -> list[Sentence]:
    """Split a paragraph into sentences, never inside a closed quotation."""
    quotes = find_quotes(text, paragraph.start, paragraph.end)
    debris = _debris(text, paragraph, quotes)
    cuts = sorted(
        _stop_cuts(text, paragraph, quotes)
        + _credit_cuts(text, paragraph, quotes)
        + [cut for span in debris for cut in span]
    )
    out: list[Sentence] = []
    for s, e in _spans(text, paragraph, cuts):
        # Page furniture is no sentence of the article.
        if any(ds <= s and e <= de for ds, de in debris):
            continue
        inside = [q for q in quotes if q.start >= s and q.end <= e]
        # An open quotation that starts here and runs past the sentence: quoted to its end.
        inside += [
            Quote(q.start, e, False) for q in quotes if not q.closed and s <= q.start < e < q.end
        ]
        continued = any(not q.closed and q.start < s < q.end for q in quotes)
        out.append(Sentence(s, e, paragraph.index, first_index + len(out), inside, continued))
    return out


def _stop_cuts(text: str, paragraph: Paragraph, quotes: list[Quote]) -> list[int]:
    """Where a full stop (not an abbreviation's) ends a sentence outside a closed quotation."""
    cuts: list[int] = []
    for match in _SENTENCE_END.finditer(text, paragraph.start, paragraph.end):
        first_dot = match.start()
        if (
            text[first_dot] == "."
            and _is_abbreviation(text, first_dot)
            and not _abbreviation_ends_sentence(text, first_dot, match.end())
        ):
            continue
        cut = match.end()
        if not any(q.start < cut < q.end and q.closed for q in quotes):
            cuts.append(cut)
    # A full stop with its space lost between two sentences ('... irresolution.For his part').
    for match in _GLUED_STOP.finditer(text, paragraph.start, paragraph.end):
        if not any(q.start < match.end() < q.end for q in quotes):
            cuts.append(match.end())
    # A sentence run on into the next with its stop lost ('... in Aleppo city According to a
    # source two people were killed'): a capitalised 'According to' after a lowercase word opens
    # a sentence.
    # (Only where 'According' stands: the pattern opens with a lookbehind, tried at every
    # character of a paragraph otherwise.)
    if text.find("According", paragraph.start, paragraph.end) >= 0:
        for match in _RUN_ON_ACCORDING.finditer(text, paragraph.start, paragraph.end):
            if not any(q.start < match.end() < q.end for q in quotes):
                cuts.append(match.end())
    # A scraped headline run ends at a dash glued to the body's first word ('... Kurdish city
    # state TV -A double bomb attack killed 31 ...'): the body opens a sentence.
    for match in _GLUED_DASH.finditer(text, paragraph.start, paragraph.end):
        if match.group(1).lower() in _SENTENCE_OPENERS and not any(
            q.start < match.end() < q.end for q in quotes
        ):
            cuts.append(match.end())
    return cuts


# A lowercase word of three letters or more, a stop and a capitalised word: no abbreviation or
# initial ('U.S.', 'e.g.'), no web address ('pic.twitter.com'). The match is the stop (its end is
# the cut): a pattern that opens with a character class is tried only where one occurs.
_GLUED_DASH = re.compile(r"[-—–](?<=\s[-—–])(?=([A-Z][a-z]*)\s+[a-z])")
_RUN_ON_ACCORDING = re.compile(r"(?<=[a-z0-9]{2})\s+(?=According\s+to\b)")
_GLUED_STOP = re.compile(r"[.!?](?<=[a-z]{3}[.!?])(?!(?:Net|Com|Org)\b)(?=[A-Z][a-z]{2,}\b)")


def _credit_cuts(text: str, paragraph: Paragraph, quotes: list[Quote]) -> list[int]:
    """A photo credit ends a caption: '... on July 9 (Photo AFP) Syrian state media says ...',
    '... of Ariha August 3 2015(Reuters Photo) Thirty-five people were killed ...'; page debris
    and a dateline end a scraped headline run: '... Get short URL 0 13 The coalition ...',
    '... Tabqa Operation MOSCOW (Sputnik) The Al-Masdar news outlet reported ...'."""
    return [
        match.end()
        for pattern, starts in ((_CREDIT, _CREDIT_START), (_SCRAPED_DATELINE, _SCRAPED_START))
        for match in matches_at(pattern, starts, text, paragraph.start, paragraph.end)
        if not any(q.start < match.end() < q.end for q in quotes)
    ]


def _spans(text: str, paragraph: Paragraph, cuts: list[int]) -> list[tuple[int, int]]:
    """The non-blank spans between the cuts, surrounding spaces trimmed."""
    bounds: list[tuple[int, int]] = []
    start = paragraph.start
    for cut in cuts:
        if cut > start:
            bounds.append((start, cut))
            start = cut
    if start < paragraph.end:
        bounds.append((start, paragraph.end))
    spans: list[tuple[int, int]] = []
    for s, e in bounds:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans


# Words that open the sentence after a photo credit, never the photographer's name.
_NOT_IN_CREDIT = frozenset(_WORDS["not_in_credit"]) | frozenset(load_lexicon("demonyms.yaml"))
# A credit in brackets after a sentence's stop: the agencies' names ('(AFP)', '(TRT World and
# Agencies)', '(With Reuters and AFP)').
_CREDIT_ALONE = (
    r"(?:(?<=[.!?\"”] )|(?<=[.!?\"”]))\((?:With\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+(?:and|\+|[A-Z][\w.&'’-]*)){0,4}\)"
)
_CREDIT = re.compile(
    r"\((?:Photo|Photograph|Picture|File\s+photo|Image)\b[^()]{1,60}\)\s*"
    # The credit first: '(Reuters Photo)', '(AFP Photo/Omar Haj Kadour)', '(SANA photo)'.
    r"|\((?:[A-Z][\w.'’-]*\s+){1,3}(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\b[^()]{0,60}\)\s*"
    r"|\b(?:REUTERS|AFP|AP|EPA|ANADOLU|SANA|Getty\s+Images)/"
    # the photographer's name: no word that opens the next sentence ('Kurdish fighters said')
    r"(?:(?!(?:The|A|An|In|On|At)\b|(?i:"
    + trie_pattern(sorted(_NOT_IN_CREDIT))
    + r")\b)[A-Z][\w'’.-]*\s+){0,3}"
    # A credit in brackets of its own after a stop: '... 2016. (TRT World and Agencies) The ...'.
    r"|" + _CREDIT_ALONE + r"\s*(?=[A-Z\"“])"
)
# Inside a paragraph (a scraped page run together): a share widget's leftovers ('Get short URL
# Topic <title> (180) 0 54') or an upper-case dateline with its agency ('MOSCOW (Sputnik)')
# before the body's first sentence.
_SCRAPED_DATELINE = re.compile(
    r"\bGet short URL(?:\s+Topic\s+[^()]{1,120}\(\d+\))?(?:\s+\d+){0,3}\s+(?=[A-Z\"“])"
    r"|(?<=\s)[A-Z]{3,}(?:[\s-][A-Z]{3,}){0,2}\s+\([A-Z][\w.]*(?:\s[A-Z][\w.]*){0,2}\)"
    r"\s*(?:[-—–]+\s*)?(?=[A-Z\"“])"
    # a caption's date and credit: '... Latakia June 6 2015 (Reuters) Two people were killed'
    r"|(?<=(?:19|20)\d\d)\s*\([A-Z][A-Za-z.]{1,15}\)\s*(?=[A-Z\"“])"
)
# Where a credit may start (see `matches_at`): a bracket, or an agency's name before its slash.
_CREDIT_START = re.compile(
    r"(?:\(|R(?=EUTERS/)|A(?=FP/|P/|NADOLU/)|E(?=PA/)|S(?=ANA/)|G(?=etty\s+Images/))"
)
# ... and a scraped dateline: the short-URL widget, a word in capitals, or right after a year
# that a bracket follows (its named group).
_SCRAPED_START = re.compile(
    r"(?:G(?=et short URL)|"
    + "|".join(rf"{letter}(?<=\s{letter})(?=[A-Z]{{2}})" for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    + r"|1(?P<after19>9[0-9][0-9])(?=\s*\()|2(?P<after20>0[0-9][0-9])(?=\s*\())"
)
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# Weekdays, written out or abbreviated ('Fri 07 Apr 2017').
_WEEKDAYS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?)"
)
# A written date with its year: '25 August 2013', 'April 2 2017', 'Sep 18, 2016'.
_DATE = (
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})[a-z]*\.?|(?:{_MONTHS})[a-z]*\.?\s+\d{{1,2}},?)"
    r",?\s+(?:19|20)\d\d\b"
)
# A time after a date line: '18:32', 'at 0914', 'KSA 23:28 - GMT 20:28'.
_CLOCK = (
    r"(?:\s*(?:at\s+\d{3,4}|(?:[A-Z]{3,4}\s+)?\d{1,2}[:.]\d{2})(?:\s*(?:GMT|UTC|[AaPp]\.?[Mm]\.?))?"
    r"(?:\s*[-–]\s*[A-Z]{3,4}\s+\d{1,2}:\d{2})?)?"
)
_NUMERIC_DATE = r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
# Page furniture run into a scraped article's text, cut off on both sides as a segment of its
# own: a date line ('Sunday 25 August 2013', 'Published April 2 2017', 'Posted on July 12 2016
# by Paula Astih'), a share widget's buttons and counters ('Print Tweet Views 729 Related'), a
# keyword run after 'Tags' up to the body's first sentence opener or the paragraph's end, a
# short-URL widget with its counters, a numeric date line with its update time.
_DEBRIS = re.compile(
    rf"(?:(?:Published|Updated|Last\s+[Uu]pdated?)(?:\s+on)?:?\s+(?:(?:{_WEEKDAYS}),?\s+)?"
    rf"|(?<![a-z]\s)\b(?:{_WEEKDAYS}),?\s+)"
    rf"{_DATE}{_CLOCK}\s*(?=[A-Z0-9\"“])"
    rf"|\bPosted\s+on\s+{_DATE}{_CLOCK}(?:\s+by\s+[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+)?\s*"
    r"|\b(?:Print|Share|Email|Tweet)(?:\s+(?:Print|Share|Email|Tweet|Facebook|Twitter|WhatsApp))+"
    r"(?:\s+Views\s+\d[\d,]*)?(?:\s+Related\b)?\s*(?=[A-Z0-9\"“])"
    r"|(?:(?<![^\n])|(?<=[.!?]\s)|(?<=\d\s))Tags\s+(?:(?!(?:The|A|An|At\s+least)\s)\S+\s+){1,20}?"
    r"(?=(?:The|A|An|At\s+least)\s)"
    # a keyword run that ends the paragraph, after a stop or not ('... the monitor said Tags
    # Syria Aleppo airstrikes', '... Tags Daesh Syria Community standards')
    r"|(?<!\S)(?<![Tt]he\s)Tags(?:\s+[^\s.!?]+){1,60}\s*\Z"
    r"|(?<![A-Za-z])Get short URL(?:\s+\d+){0,3}\b"
    # '24.08.2013 Syrian state media ...', '07.10.2017(updated 1500 07.10.2017) ...'
    rf"|(?<![\d.])(?<![a-z]\s){_NUMERIC_DATE}(?:\s*\(updated\s+\d{{1,2}}[:.]?\d{{2}}\s+{_NUMERIC_DATE}\))?"
    r"\s*(?=[A-Z\"“])"
)


# Where a run of `_DEBRIS` may start: the first letters of its words ('Published', 'Posted',
# 'Print', 'Tags', a weekday ...) or a numeric date's first digit (see `matches_at`). No run starts
# inside one: each holds only the capital it opens with, or digits and dots after which
# `_DEBRIS` cannot start. One alternation whose every branch opens with a literal character.
_DEBRIS_START = re.compile(
    "(?:"
    + "|".join(rf"{digit}(?=[0-9]?\.[0-9])" for digit in range(10))
    + "|"
    + trie_pattern(
        [
            *("Published", "Updated", "Last", "Posted", "Print", "Share", "Email", "Tweet"),
            *("Tags", "Get short URL", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        ]
    ).removeprefix("(?:")
)


def _debris(text: str, paragraph: Paragraph, quotes: list[Quote]) -> list[tuple[int, int]]:
    """The runs of page furniture outside a quotation (see `_DEBRIS`), as (start, end)."""
    return [
        match.span()
        for match in matches_at(_DEBRIS, _DEBRIS_START, text, paragraph.start, paragraph.end)
        if not any(q.start < match.start() < q.end for q in quotes)
    ]


_BYLINE_DATE = re.compile(
    rf"(?:\b(?:{_WEEKDAYS}),?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>(?:{_MONTHS})[a-z]*)\.?"
    rf"|(?P<month2>(?:{_MONTHS})[a-z]*)\.?\s+(?P<day2>\d{{1,2}}),?)"
    r",?\s+(?P<year>(?:19|20)\d\d)\b[\s,.:\-—–]*(?=[A-Z\"“])"
)


def byline(text: str) -> tuple[int, date] | None:
    """A headline-and-byline run such as 'Russia says ... AFP Sunday 18 Sep 2016 More than...':
    where the body starts and the date the article gives itself."""
    first = paragraphs(text)[:1]
    if not first:
        return None
    head_end = min(first[0].end, first[0].start + 300)
    match = _BYLINE_DATE.search(text, first[0].start, head_end)
    if not match:
        return None
    day = match.group("day") or match.group("day2")
    month = (match.group("month") or match.group("month2"))[:3]
    try:
        on = datetime.strptime(f"{day} {month} {match.group('year')}", "%d %b %Y").date()
    except ValueError:
        return None
    return match.end(), on


def title_end(text: str, title: str | None) -> int | None:
    """Where the article's own title ends when the text opens with it run into the first
    sentence ('Russians ... Attack Aleppo The chairman of ... told Asharq Al-Awsat that ...'):
    a headline is no part of the sentence after it. None when the title is not run in."""
    title = (title or "").strip().rstrip(".")
    if len(title) < 15:
        return None
    first = paragraphs(text)[:1]
    if not first:
        return None
    at = text.find(title, first[0].start, min(first[0].end, first[0].start + 120 + len(title)))
    end = at + len(title)
    if at < 0 or not _TITLE_RUN_IN.match(text, end):
        return None
    return end


# After a title run into the text: a space and a capitalised word, no stop of its own.
_TITLE_RUN_IN = re.compile(r" +(?=[A-Z\"“])")


def segment(text: str, skip_to: int = 0) -> list[Sentence]:
    """All sentences of the text from `skip_to` on, in order, with their quotations."""
    out: list[Sentence] = []
    for para in paragraphs(text):
        if para.end <= skip_to:
            continue
        start = max(para.start, skip_to)
        body = Paragraph(dateline_end(text, start, para.end), para.end, para.index)
        if body.start >= body.end:
            continue
        out.extend(sentences(text, body, len(out)))
    return out


# A photo's credit that opens a span of its own after the caption: 'REUTERS/Omar Sanadiki',
# 'AFP/Getty Images'.
_AGENCY_CREDIT = re.compile(r"(?:REUTERS|AFP|AP|EPA|ANADOLU|SANA|Getty\s+Images)/")
# A credit in brackets that ends its caption, the picture's word anywhere in it: '... in Aleppo
# (Photo: SANA)', '(AFP Photo)', '(AFP photo/Omar Haj Kadour)', '(AFP/Getty Images)'.
_BRACKET_CREDIT_END = re.compile(
    r"\((?:[^()]*\b)?(?:photo|photograph|picture|image)s?\b[^()]{0,60}\)\s*$", re.I
)
# A caption's own date, its year written, then its credit after the stop: '... hit by air
# strikes on June 5 2016. (TRT World and Agencies)', '... Idlib September 10 2016. (AFP)'. A
# sentence of the report that a credit follows keeps its claim ('... had died. (Reuters)').
_DATED_CAPTION_END = re.compile(r"(?:19|20)\d\d\W{0,2}$")
_CREDIT_AFTER = re.compile(r"\s*\([^()]{2,60}\)")
_CREDIT_ALONE_SPAN = re.compile(_CREDIT_ALONE)
# What a credit leaves when it ends its paragraph: the last word of the photographer's name.
_NAME_LEFTOVER = re.compile(r"(?:[A-Z][\w'’.-]*\s*){1,2}")


def captions(text: str, sentences: list[Sentence]) -> set[int]:
    """The indexes of sentences that are photo captions or their credits: the sentence before
    'REUTERS/Name' (in its paragraph, or the one before when the credit opens a paragraph),
    the credit and the name's last word left after it, a sentence that ends on a credit in
    brackets, and one that ends on its picture's date and year before a credit in brackets. A
    caption tells what a picture shows, not what the article reports. The one caption detector:
    a caption's sentences give no claim, so no later step (incidents, places, dates) sees them."""
    out: set[int] = set()
    for k, sentence in enumerate(sentences):
        if (
            _BRACKET_CREDIT_END.search(text, sentence.start, sentence.end)
            or (_CREDIT_ALONE_SPAN.fullmatch(text, sentence.start, sentence.end))
            or (
                _CREDIT_AFTER.match(text, sentence.end)
                and _DATED_CAPTION_END.search(text, sentence.start, sentence.end)
            )
        ):
            out.add(k)
            continue
        if not _AGENCY_CREDIT.match(text, sentence.start):
            continue
        out.add(k)
        if k > 0:
            out.add(k - 1)
        after = k + 1
        if (
            after < len(sentences)
            and sentences[after].paragraph == sentence.paragraph
            and (
                after + 1 == len(sentences) or sentences[after + 1].paragraph != sentence.paragraph
            )
            and _NAME_LEFTOVER.fullmatch(text, sentences[after].start, sentences[after].end)
        ):
            out.add(after)
    return out
