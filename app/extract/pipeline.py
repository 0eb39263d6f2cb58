"""The extraction pipeline: raw bytes and metadata in, an Extraction out.

segment → attribute (cues and patterns) → resolve speakers → figures → dates → incident.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from datetime import date

from app.extract.attribution import RULE_CONFIDENCE, RawClaim, attribute_sentence
from app.extract.dates import date_line, find_dates
from app.extract.figures import extract_figures
from app.extract.incidents import read_incidents
from app.extract.places import find_places
from app.extract.registry import KnownActor, Registry, default_registry, normalise_name, slugify
from app.extract.segment import Sentence, byline, captions, segment, title_end
from app.extract.speakers import SpeakerResolver, outlet_of_source
from app.extract.types import (
    ActorKind,
    ClaimKind,
    DocumentMeta,
    ExtractedActor,
    ExtractedClaim,
    ExtractedDocument,
    ExtractedIncident,
    Extraction,
    short_hash,
)


class ExtractionError(ValueError):
    """The input cannot be turned into a document (not text, empty, undecodable)."""


def decode_text(raw: bytes) -> str:
    """Decode an article's bytes as UTF-8 (a BOM is dropped); anything else is an error."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        snippet = raw[exc.start : exc.start + 1]
        raise ExtractionError(f"not UTF-8 text (byte {exc.start}: {snippet!r})") from exc
    if "\x00" in text:
        raise ExtractionError("binary content (NUL byte)")
    if not text.strip():
        raise ExtractionError("empty text")
    return text


def extract_document(
    raw: bytes | str,
    meta: DocumentMeta,
    registry: Registry | None = None,
    *,
    sha256: str | None = None,
) -> Extraction:
    """Extract document, actors, incidents and claims from one article; `sha256` is the hash
    of the original bytes when `raw` is a stored text extracted again (ids derive from it)."""
    registry = registry or default_registry()
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    text = decode_text(data)
    sha = sha256 or hashlib.sha256(data).hexdigest()
    publisher = _publisher_actor(registry, meta.publisher)
    # A scraped headline and byline ('... AFP Sunday 18 Sep 2016 More than 60...') is not
    # content, and its date is when the article was written: relative dates count from it.
    # So is a date line at the top ('29-06-2016 Syria: 20 civilians killed...').
    found_byline = byline(text)
    written_on = found_byline[1] if found_byline else date_line(text)
    document = _document(text, sha, meta, publisher, written_on)
    main_country, local_country = _main_countries(registry, text)
    resolver = SpeakerResolver(
        registry,
        text,
        publisher.id if publisher else None,
        country=local_country,
        place_country=main_country,
    )
    publisher_id = _register_publisher(resolver, publisher)
    relay_names = {normalise_name(n) for n in (meta.publisher, meta.relayed_by) if n}
    if written_on:
        meta = replace(meta, published_on=written_on)
    sentences = segment(text, found_byline[0] if found_byline else 0)
    if found_byline:
        # The scraped headline is not content, but it states the toll the article leads with.
        sentences = segment(text[: found_byline[0]])[:1] + sentences
    elif (run_in := title_end(text, meta.title)) is not None:
        # The title run into the first sentence is a sentence of its own.
        sentences = segment(text[:run_in]) + segment(text, run_in)
    # A body that publishes its own statements (the Syrian Coalition's site, a ministry's) is
    # a source when a sentence names it with a cue ('The Coalition stressed that C'); an
    # outlet that names itself ('SANA reported') is only reporting.
    speaks = publisher is not None and publisher.kind != str(ActorKind.media_outlet)
    claims: list[ExtractedClaim] = []
    skipped = captions(text, sentences)
    for k, sentence in enumerate(sentences):
        if k in skipped:
            continue  # a photo's caption or credit: no claim, no figure
        _add_sentence_claims(
            claims, text, sentence, resolver, relay_names, publisher_id, meta, sha, speaks
        )
    claims = _carry_unclosed_quotes(claims, sentences)
    # The headline tells what the main incident is: the title, or the scraped headline run.
    headline = meta.title or (text[: found_byline[0]] if found_byline else None)
    found = read_incidents(registry, text, claims, sha, meta.published_on, main_country, headline)
    # The claims are this call's own, one object each (the incidents hold their ids only):
    # numbered in place rather than copied one by one with `dataclasses.replace`.
    for i, (claim, incident_id) in enumerate(zip(claims, found.incident_of, strict=True)):
        claim.sequence = i
        claim.incident_id = incident_id
    actors = _actors(registry, resolver, claims, found.incidents, publisher_id)
    return Extraction(
        document=document,
        actors=actors,
        incidents=found.incidents,
        claims=claims,
        context=found.context,
    )


def _document(
    text: str,
    sha: str,
    meta: DocumentMeta,
    publisher: ExtractedActor | None,
    written_on: date | None,
) -> ExtractedDocument:
    """The document record: its metadata, the date written in its text when meta has none."""
    return ExtractedDocument(
        id=f"doc_{sha[:12]}",
        sha256=sha,
        text=text,
        title=meta.title,
        publisher=meta.publisher,
        publisher_actor_id=publisher.id if publisher else None,
        relayed_by=meta.relayed_by,
        published_on=meta.published_on or written_on,
        url=meta.url,
        language=meta.language,
    )


def _register_publisher(resolver: SpeakerResolver, publisher: ExtractedActor | None) -> str:
    """The publisher's actor id, made known to the resolver when the registry lacks it."""
    if publisher and not publisher.known:
        resolver.new_actors[publisher.id] = publisher
    if publisher is not None:
        return publisher.id
    resolver.new_actors["unknown-publisher"] = ExtractedActor(
        "unknown-publisher", "unknown publisher", str(ActorKind.media_outlet), known=False
    )
    return "unknown-publisher"


def _add_sentence_claims(
    claims: list[ExtractedClaim],
    text: str,
    sentence: Sentence,
    resolver: SpeakerResolver,
    relay_names: set[str],
    publisher_id: str,
    meta: DocumentMeta,
    sha: str,
    publisher_speaks: bool = False,
) -> None:
    """Append one sentence's claims; a sentence that only names a speaker gives them the
    quotation before it (the previous claim is replaced)."""
    raws = attribute_sentence(text, sentence)
    raws = _unnest(text, sentence, raws, resolver, relay_names, publisher_id)
    raws = [_cited_originator(text, sentence, r, resolver) for r in raws]
    quoted = (
        _speaker_after_quote(text, sentence.start, sentence.end, claims[-1], resolver)
        if claims
        else None
    )
    if quoted is not None:
        claims[-1] = quoted
        raws = [RawClaim(sentence.start, sentence.end, "publisher-voice")]
    if all(r.speaker is None for r in raws):
        resolver.note_subject(sentence.start, sentence.end)
    for raw_claim in raws:
        claims.append(
            _claim(
                text,
                sentence,
                raw_claim,
                resolver,
                claims,
                publisher_id,
                meta,
                sha,
                publisher_speaks=publisher_speaks,
            )
        )


def _main_countries(registry: Registry, text: str) -> tuple[str | None, str | None]:
    """The country of the places the article names most (its dateline counts too), a capital
    that stands for its state ('Ankara denies') not counting; and the same of the places of
    `places.yaml` alone, states too, as speaker resolution was tuned on. One pass for both."""
    counts: dict[str, int] = {}
    local: dict[str, int] = {}
    for mention in find_places(registry, text):
        country = mention.place.country
        if mention.place.id in registry.places:
            local[country] = local.get(country, 0) + 1
        known = registry.actor_by_name(mention.text)
        if known and known.kind == "state":
            continue
        counts[country] = counts.get(country, 0) + 1
    main = max(counts, key=lambda c: counts[c]) if counts else None
    return main, (max(local, key=lambda c: local[c]) if local else None)


def _publisher_actor(registry: Registry, name: str | None) -> ExtractedActor | None:
    if not name:
        return None
    known = registry.actor_by_name(name)
    if known:
        return _from_known(known)
    return ExtractedActor(slugify(name), name, str(ActorKind.media_outlet), known=False)


def _from_known(actor: KnownActor) -> ExtractedActor:
    return ExtractedActor(
        id=actor.id,
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        aliases=list(actor.aliases),
        parent_id=actor.parent,
        known=True,
    )


def _unnest(
    text: str,
    sentence: Sentence,
    raws: list[RawClaim],
    resolver: SpeakerResolver,
    relay_names: set[str],
    publisher_id: str,
) -> list[RawClaim]:
    """'C, Press TV reported' in Press TV's own article: the attribution inside C is the claim;
    'C, a source said, SANA reported' in another's: the source's claim, SANA relaying it."""
    if len(raws) != 1 or not raws[0].rule.startswith("content-then-speaker"):
        return raws
    outer = raws[0]
    if not outer.speaker:
        return raws
    speaker = normalise_name(outer.speaker)
    known = resolver.registry.actor_by_name(outer.speaker)
    own = speaker in relay_names or (known is not None and known.id == publisher_id)
    if not own and (known is None or known.kind != "media outlet"):
        return raws
    inner = replace(
        sentence, end=outer.end, quotes=[q for q in sentence.quotes if q.end <= outer.end]
    )
    found = [r for r in attribute_sentence(text, inner) if r.rule != "publisher-voice"]
    if own and outer.rule == "content-then-speaker":
        return found or raws
    # Another outlet passes on the words of a speaker the content ends with.
    if len(found) != 1 or not found[0].rule.startswith("content-then-speaker"):
        return raws
    relayer = (outer.speaker, outer.speaker_start or outer.start)
    return [replace(found[0], relayers=[*found[0].relayers, relayer])]


# 'Reuters reported citing opposition rescue workers that C', 'C Kurdish media reported citing
# a source in the YPG': the comma before 'citing' lost, the cited words are the originator's.
_CITING_FIRST = re.compile(
    r"(?:citing|quoting)\s+(?P<source>[^,;:\"“”]{3,80}?)\s+(?:that|as\s+saying)\s+(?=\S)"
)
_CITING_AFTER = re.compile(r"\s+(?:citing|quoting)\s+(?P<source>[^,;:\"“”]{3,80}?)\s*[.!]?\s*$")


def _cited_originator(
    text: str, sentence: Sentence, raw: RawClaim, resolver: SpeakerResolver
) -> RawClaim:
    """A claim whose speaker cites another without the commas ('S reported citing X that C',
    'C S reported citing X'): X is the speaker and S relays; other claims are unchanged."""
    if not raw.speaker or raw.relayers:
        return raw
    within = text[sentence.start : sentence.end]
    if "citing" not in within and "quoting" not in within:
        return raw
    if raw.rule == "speaker-then-content":
        found = _CITING_FIRST.match(text, raw.start, raw.end)
        if found is None:
            return raw
        start = found.end()
    elif raw.rule.startswith("content-then-speaker") and raw.speaker_end is not None:
        cue_at = text.find(raw.cue or "", raw.speaker_end, sentence.end) if raw.cue else -1
        if cue_at < 0 or text[raw.speaker_end : cue_at].strip():
            return raw
        found = _CITING_AFTER.match(text, cue_at + len(raw.cue or ""), sentence.end)
        if found is None:
            return raw
        start = raw.start
    else:
        return raw
    if not resolver.may_speak(found.group("source")):
        return raw  # 'citing field visits and surveys': data, not a speaker
    relayer = (raw.speaker, raw.speaker_start or raw.start)
    return replace(
        raw,
        start=start,
        speaker=found.group("source").strip(),
        speaker_start=found.start("source"),
        speaker_end=found.end("source"),
        relayers=[relayer],
    )


def _claim(
    text: str,
    sentence: Sentence,
    raw: RawClaim,
    resolver: SpeakerResolver,
    previous: list[ExtractedClaim],
    publisher_id: str,
    meta: DocumentMeta,
    sha: str,
    *,
    publisher_speaks: bool = False,
) -> ExtractedClaim:
    """Resolve one raw claim's speaker and read its figures, date and kind."""
    rule, cue, speaker = raw.rule, raw.cue, raw.speaker
    factor = 1.0
    via: list[str] = []
    if speaker:
        source_id, factor, via = _spoken_source(raw, speaker, resolver, publisher_id)
    else:
        source_id, rule, cue, speaker = _continued_source(
            text, sentence, raw, previous, publisher_id
        )
        if rule == "quote-fragment-continuation":
            # 'Key regime ally Iran welcomed the plan and called for "comprehensive
            # monitoring"': a sentence with a subject of its own does not go on quoting the
            # previous speaker; its quoted words are its subject's.
            subject = resolver.subject_of(sentence.start, sentence.end)
            if subject is not None and subject[1] != source_id:
                speaker, source_id = subject
    kind, quote = _kind(text, sentence, raw.start, raw.end)
    if sentence.continued:
        kind, quote = ClaimKind.direct, text[raw.start : raw.end]
    if (
        source_id == publisher_id
        and not _NAMED_STAFF.search(speaker or "")
        and not (publisher_speaks and raw.speaker)
    ):
        # The outlet's own reporting, with or without 'X reported' ('our correspondent' too);
        # a correspondent it names as its own ('SANA's correspondent in Homs said') is a
        # source named as such.
        kind = ClaimKind.publisher
    elif rule == "quote-continuation":
        start, end = _unquote(text, raw.start, raw.end)
        raw = replace(raw, start=start, end=end)
    return ExtractedClaim(
        id=f"clm_{short_hash(sha, raw.start, raw.end, len(previous))}",
        source_id=source_id,
        speaker=speaker,
        kind=kind,
        cue=cue,
        text=text[raw.start : raw.end],
        quote=quote,
        start=raw.start,
        end=raw.end,
        stated_on=_stated_on(text, sentence, raw, meta),
        figures=extract_figures(text, raw.start, raw.end),
        confidence=round(RULE_CONFIDENCE[rule] * factor, 3),
        rule=rule,
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        via=via if source_id != publisher_id else [],
    )


_NAMED_STAFF = re.compile(
    r"^(?!(?:our|the|a|an|one)\s+(?:\w+\s+)?(?:correspondents?|reporters?)\b)"
    r".*\b(?:correspondents?|reporters?)\b",
    re.IGNORECASE,
)


def _spoken_source(
    raw: RawClaim, speaker: str, resolver: SpeakerResolver, publisher_id: str
) -> tuple[str, float, list[str]]:
    """The source a named speaker resolves to, the resolution's confidence factor, and the
    relayers between them (in the order the sentence chains them)."""
    # Relayers first: they are named before the source they cite, and coreference reads in
    # text order ('SANA, citing the army... It added' is SANA's).
    # A statement's channels are named after its issuer ('The ministry in a statement carried by
    # IRNA said'): those are resolved after the source.
    at_source = raw.speaker_start if raw.speaker_start is not None else raw.start
    order = sorted(range(len(raw.relayers)), key=lambda k: raw.relayers[k][1])
    resolved: dict[int, str] = {}
    for k in order:
        phrase, at = raw.relayers[k]
        if at < at_source:
            resolved[k] = resolver.resolve(phrase, at).actor_id
    known = len(resolver.mentions)
    resolution = resolver.resolve(speaker, raw.speaker_start or raw.start, raw.statement)
    source_id = resolution.actor_id
    if len(resolved) < len(order):
        source_mentions, issuer = resolver.mentions[known:], resolver.statement_issuer
        for k in order:
            if k not in resolved:
                resolved[k] = resolver.resolve(*raw.relayers[k]).actor_id
        # the source, not its channel, stays the latest speaker ('It added ...')
        resolver.mentions.extend(source_mentions)
        resolver.statement_issuer = issuer
    via = [resolved[k] for k in range(len(raw.relayers))]
    # 'a source told SANA' in another outlet's article: SANA passed the words on.
    told = raw.cue.split(" ", 1)[1] if raw.cue and raw.cue.startswith("told ") else ""
    outlet = resolver.registry.find_actor_in(told) if told else None
    if outlet and outlet.kind == "media outlet" and outlet.id != publisher_id:
        via.append(outlet.id)
    # 'a Reuters source said' in another outlet's article: Reuters passed the words on.
    own = outlet_of_source(resolver.registry, speaker, resolver.country)
    if own is not None and own != publisher_id:
        via.append(own)
    via = [v for n, v in enumerate(via) if v != source_id and v not in via[:n]]
    return source_id, resolution.factor, via


def _continued_source(
    text: str,
    sentence: Sentence,
    raw: RawClaim,
    previous: list[ExtractedClaim],
    publisher_id: str,
) -> tuple[str, str, str | None, str | None]:
    """(source, rule, cue, speaker) of a sentence without a speaker: the publisher's, or the
    previous speaker's when it goes on quoting them."""
    unchanged = (publisher_id, raw.rule, raw.cue, raw.speaker)
    if not previous:
        return unchanged
    last = previous[-1]
    recent = last.source_id != publisher_id and (
        last.sentence_end >= sentence.start - 2
        or _gap_is_blank(text, last.sentence_end, sentence.start)
    )
    whole_quote = _is_whole_quote(text, sentence)
    if recent and whole_quote:
        return last.source_id, "quote-continuation", "(continuation)", None
    if recent and any(q.closed for q in sentence.quotes):
        return last.source_id, "quote-fragment-continuation", "(continuation)", raw.speaker
    if whole_quote and last.source_id != publisher_id:
        return last.source_id, "quote-continuation", "(continuation)", raw.speaker
    quoted = _quoted_speaker_before(text, sentence, previous) if whole_quote else None
    if quoted is not None:
        return quoted, "quote-continuation", "(continuation)", raw.speaker
    return unchanged


# Sentences of the writer's own between a quoted speaker and a paragraph that quotes them again.
_MAX_ASIDE_SENTENCES = 2


def _quoted_speaker_before(
    text: str, sentence: Sentence, previous: list[ExtractedClaim]
) -> str | None:
    """'"We were sleeping," said Umm Ahmed. / She lost two sons. / "I have nothing left."': a
    paragraph that is one quotation, after a sentence or two of the writer's own, goes on
    quoting the speaker last quoted (news copy rarely quotes without naming whom)."""
    before = sentence.start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    if before > 0 and text[before - 1] != "\n":
        return None  # not a paragraph of its own
    asides: set[int] = set()
    for claim in reversed(previous):
        if claim.rule == "publisher-voice":
            asides.add(claim.sentence_start)
            if len(asides) > _MAX_ASIDE_SENTENCES:
                return None
            continue
        if claim.kind in (ClaimKind.direct, ClaimKind.mixed) and asides:
            return claim.source_id
        return None
    return None


def _stated_on(text: str, sentence: Sentence, raw: RawClaim, meta: DocumentMeta) -> date | None:
    """The date the cue's tail gives the statement ('said on Sunday')."""
    if not raw.cue_tail:
        return None
    tail_start = text.find(raw.cue_tail, sentence.start, sentence.end)
    if tail_start < 0:
        return None
    dates = find_dates(text, tail_start, tail_start + len(raw.cue_tail), meta.published_on)
    return dates[0].on if dates else None


def _unquote(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a sentence that is one quotation, without its marks and final stop."""
    while end > start and text[end - 1] in ".,;:!? ":
        end -= 1
    if end > start and text[end - 1] in '"”»':
        end -= 1
    while end > start and text[end - 1] in ".,;:!? ":
        end -= 1
    if start < end and text[start] in '"“„«':
        start += 1
    return start, end


# A sentence that only names who spoke: 'Mustafa al-Mejii, spokesman of the forces, told Xinhua
# on Thursday.' after a sentence that is all quotation.
_ONLY_A_SPEAKER = re.compile(
    r"(?P<speaker>[A-Z][^\"“”.;:]{1,160}?),?\s+(?P<cue>said|added|stated|wrote|told\s+"
    r"(?:[A-Z][\w-]*|the\s+[\w-]+|reporters|journalists)(?:\s+[A-Z][\w-]*){0,2})"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
    r"yesterday|later|earlier|in\s+a\s+statement))?\s*[.!]?"
)


def _speaker_after_quote(
    text: str, start: int, end: int, previous: ExtractedClaim, resolver: SpeakerResolver
) -> ExtractedClaim | None:
    """'"Seven of our troops were killed." Mustafa al-Mejii, spokesman ..., told Xinhua.': the
    quotation before is the speaker's (the sentence after it says who spoke and nothing else).
    The previous claim given to that speaker, or None when the sentence is not of that kind."""
    # The cheap tests first: most sentences follow no quotation.
    if previous.rule not in ("publisher-voice", "quote-continuation"):
        return None
    quoted = text[previous.sentence_start : previous.sentence_end].strip()
    if not (quoted[:1] in '"“' and quoted.rstrip(".,")[-1:] in '"”'):
        return None
    found = _ONLY_A_SPEAKER.fullmatch(text, start, end)
    if found is None:
        return None
    resolution = resolver.resolve(found.group("speaker"), start)
    inner_start, inner_end = _unquote(text, previous.sentence_start, previous.sentence_end)
    return replace(
        previous,
        source_id=resolution.actor_id,
        rule="quote-then-speaker",
        cue=found.group("cue"),
        speaker=found.group("speaker"),
        kind=ClaimKind.direct,
        start=inner_start,
        end=inner_end,
        text=text[inner_start:inner_end],
        quote=text[inner_start:inner_end],
        confidence=round(RULE_CONFIDENCE["quote-then-speaker"] * resolution.factor, 3),
    )


def _gap_is_blank(text: str, end: int, start: int) -> bool:
    return end <= start and not text[end:start].strip()


def _is_whole_quote(text: str, sentence: Sentence) -> bool:
    """A sentence that is one quotation, with no words of the writer's around it."""
    if sentence.continued:
        return True
    if not sentence.quotes:
        return False
    first = sentence.quotes[0]
    if first.start != sentence.start:
        return False
    covered = sum(q.end - q.start for q in sentence.quotes)
    return covered >= 0.9 * (sentence.end - sentence.start) - 2


def _kind(text: str, sentence: Sentence, start: int, end: int) -> tuple[ClaimKind, str | None]:
    """Direct when the content is all quotation, mixed when partly, indirect when not at all."""
    quoted: list[str] = []
    inside = 0
    for q in sentence.quotes:
        s, e = max(start, q.inner_start), min(end, q.inner_end)
        if e > s:
            quoted.append(text[s:e].strip(" ,."))
            inside += e - s
    if not quoted:
        return ClaimKind.indirect, None
    length = end - start
    quote = " … ".join(quoted)
    if inside >= length - 3:
        return ClaimKind.direct, quote
    return ClaimKind.mixed, quote


def _carry_unclosed_quotes(
    claims: list[ExtractedClaim], sentences: list[Sentence]
) -> list[ExtractedClaim]:
    """A quote left open at a paragraph's end belongs to whoever the next paragraph names:
    the claims with each such run of continuations given to that speaker."""
    by_start = {s.start: s for s in sentences}
    out = list(claims)
    i = 0
    while i < len(claims):
        if claims[i].rule != "quote-continuation":
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(claims) and claims[run[-1] + 1].rule == "quote-continuation":
            run.append(run[-1] + 1)
        after = run[-1] + 1
        nxt = claims[after] if after < len(claims) else None
        open_run = any(
            (sentence := by_start.get(claims[k].sentence_start)) is not None
            and (sentence.continued or any(not q.closed for q in sentence.quotes))
            for k in run
        )
        if nxt is not None and nxt.rule == "quote-then-speaker" and open_run:
            for k in run:
                out[k] = replace(claims[k], source_id=nxt.source_id)
        i = after
    return out


def _actors(
    registry: Registry,
    resolver: SpeakerResolver,
    claims: list[ExtractedClaim],
    incidents: list[ExtractedIncident],
    publisher_id: str,
) -> list[ExtractedActor]:
    """Every actor the extraction refers to, known ones from the registry, new ones as found."""
    ids: list[str] = [publisher_id]
    ids += [c.source_id for c in claims]
    ids += [v for c in claims for v in c.via]
    for incident in incidents:
        ids += [a.actor_id for a in incident.actors]
    out: list[ExtractedActor] = []
    seen: set[str] = set()
    for actor_id in ids:
        if actor_id in seen:
            continue
        seen.add(actor_id)
        known = registry.actors.get(actor_id)
        if known:
            out.append(_from_known(known))
        elif actor_id in resolver.new_actors:
            new = resolver.new_actors[actor_id]
            out.append(new)
            if new.parent_id and new.parent_id not in seen:
                ids.append(new.parent_id)  # a new person's new body is stored with it
    return out


__all__ = ["RULE_CONFIDENCE", "ExtractionError", "decode_text", "extract_document"]
