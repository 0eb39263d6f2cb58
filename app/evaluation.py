"""Scoring extracted claims against annotated articles (the rules of shared/corpus/dev/README.md).

A gold claim is found when an attributed extracted claim's span covers at least half of its anchor
(a sentence left to the publisher's voice is a missed attribution, not a find);
precision counts attributed extracted claims (not the publisher's voice) that cover some anchor;
speaker accuracy is over found claims (the extracted source's name or an alias, from the
extraction or the registry, equals the gold source or one of its aliases); figure accuracy is over
the gold figures of found claims (metric and value equal; metric `other` is not scored).

Each miss is also counted by cause, so that a change shows what it fixed and what it broke:
missed claims by the gold cue ('said', 'according to', '(continuation)'), wrong sources by the
kind of speaker phrase (pronoun, description, relayed, new actor for a known one, another actor),
missing figures by metric.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.extract import DocumentMeta, Extraction, Registry, default_registry, extract_document
from app.extract.registry import normalise_name
from app.extract.types import ClaimKind, ExtractedClaim


@dataclass
class Score:
    """Counts behind the figures, summed over articles."""

    gold: int = 0
    found: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    speaker_correct: int = 0
    figures_gold: int = 0
    figures_correct: int = 0
    misses: list[str] = field(default_factory=list)
    missed_by_cue: Counter[str] = field(default_factory=Counter)
    wrong_source_by_cause: Counter[str] = field(default_factory=Counter)
    missing_figures_by_metric: Counter[str] = field(default_factory=Counter)

    def add(self, other: Score) -> None:
        """Add another article's counts to these."""
        for name in (
            "gold",
            "found",
            "predicted",
            "predicted_correct",
            "speaker_correct",
            "figures_gold",
            "figures_correct",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses.extend(other.misses)
        self.missed_by_cue.update(other.missed_by_cue)
        self.wrong_source_by_cause.update(other.wrong_source_by_cause)
        self.missing_figures_by_metric.update(other.missing_figures_by_metric)

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.found if self.found else 0.0

    @property
    def figure_accuracy(self) -> float:
        return self.figures_correct / self.figures_gold if self.figures_gold else 1.0

    def summary(self) -> dict[str, Any]:
        """The headline figures, rounded."""
        return {
            "gold_claims": self.gold,
            "extracted_attributed_claims": self.predicted,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "speaker_accuracy": round(self.speaker_accuracy, 3),
            "figure_accuracy": round(self.figure_accuracy, 3),
        }

    def causes(self) -> dict[str, dict[str, int]]:
        """The misses counted by cause, most frequent first."""
        return {
            "missed_by_cue": dict(self.missed_by_cue.most_common()),
            "wrong_source_by_cause": dict(self.wrong_source_by_cause.most_common()),
            "missing_figures_by_metric": dict(self.missing_figures_by_metric.most_common()),
        }


def _covers(claim: ExtractedClaim, start: int, end: int) -> bool:
    overlap = min(claim.end, end) - max(claim.start, start)
    return overlap * 2 >= end - start


def _source_names(
    extraction: Extraction, source_id: str, registry: Registry | None = None
) -> set[str]:
    """Every name the extracted source goes by: its id, name and aliases, and the registry's."""
    names = {normalise_name(source_id.replace("-", " "))}
    actor = next((a for a in extraction.actors if a.id == source_id), None)
    if actor:
        names |= {normalise_name(n) for n in [actor.name, *actor.aliases]}
    known = registry.actors.get(source_id) if registry else None
    if known:
        names |= {normalise_name(n) for n in [known.name, *known.aliases]}
    return names


_PRONOUNS = frozenset(["he", "she", "it", "they", "him", "her", "them", "we", "i"])


def _cue_type(item: dict[str, Any]) -> str:
    """The gold cue as a type: 'said', 'according to', 'denied', '(continuation)'."""
    cue = str(item.get("cue") or "?").lower().strip()
    if cue.startswith("(") or cue.startswith("according"):
        return cue
    return cue.split()[0]


def _wrong_source_cause(
    item: dict[str, Any], extracted: set[str], source_id: str, registry: Registry | None
) -> str:
    """Why the extracted source differs from the gold one, judged from the gold speaker phrase."""
    via = item.get("via") or []
    if {normalise_name(v) for v in (via if isinstance(via, list) else [via])} & extracted:
        return "relayer taken for the source"
    speaker = str(item.get("speaker") or "").strip()
    first = speaker.split()[0].lower() if speaker else ""
    if speaker.lower() in _PRONOUNS:
        return "pronoun"
    if first in ("the", "a", "an", "its", "their", "his", "her") and speaker[:1].islower():
        return "description"
    if registry is not None and source_id not in registry.actors:
        wanted = registry.actor_by_name(item["source"])
        return "new actor for a known one" if wanted else "new actor, wrong name"
    return "another actor"


def score_article(
    text: str,
    gold: dict[str, Any],
    extraction: Extraction,
    label: str = "",
    registry: Registry | None = None,
) -> Score:
    """Score one article's extraction against its gold claims."""
    score = Score()
    attributed = [c for c in extraction.claims if c.kind != ClaimKind.publisher]
    anchors: list[tuple[int, int, dict[str, Any]]] = []
    for item in gold["claims"]:
        at = text.find(item["anchor"])
        if at < 0:
            raise ValueError(f"{label}: anchor not in text: {item['anchor']!r}")
        anchors.append((at, at + len(item["anchor"]), item))
    score.gold = len(anchors)
    score.predicted = len(attributed)
    score.predicted_correct = sum(
        1 for c in attributed if any(_covers(c, s, e) for s, e, _ in anchors)
    )
    for start, end, item in anchors:
        covering = [c for c in attributed if _covers(c, start, end)]
        scored_figures = [f for f in item.get("figures", []) if f["metric"] != "other"]
        if not covering:
            score.misses.append(f"{label}: not found: {item['anchor']!r} ({item['source']})")
            score.missed_by_cue[_cue_type(item)] += 1
            continue
        claim = max(covering, key=lambda c: min(c.end, end) - max(c.start, start))
        score.found += 1
        wanted = {normalise_name(n) for n in [item["source"], *item.get("aliases", [])]}
        names = _source_names(extraction, claim.source_id, registry)
        if names & wanted:
            score.speaker_correct += 1
        else:
            score.wrong_source_by_cause[
                _wrong_source_cause(item, names, claim.source_id, registry)
            ] += 1
            score.misses.append(
                f"{label}: wrong source {claim.source_id!r} for {item['anchor']!r} (gold {item['source']})"
            )
        score.figures_gold += len(scored_figures)
        have = {(f.metric, f.value) for f in claim.figures}
        for fig in scored_figures:
            if (fig["metric"], fig["value"]) in have:
                score.figures_correct += 1
            else:
                score.missing_figures_by_metric[fig["metric"]] += 1
                score.misses.append(
                    f"{label}: figure {fig['metric']}={fig['value']} missing in {claim.text[:50]!r}"
                )
    return score


def evaluate_directory(
    directory: Path, registry: Registry | None = None
) -> tuple[Score, dict[str, Score]]:
    """Score every `NAME.txt` with a `NAME.gold.json` (and `NAME.meta.json`) in a directory."""
    registry = registry or default_registry()
    total = Score()
    per_file: dict[str, Score] = {}
    for gold_path in sorted(directory.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        text_path = directory / f"{stem}.txt"
        meta_path = directory / f"{stem}.meta.json"
        meta_raw = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        published = meta_raw.get("published")
        meta = DocumentMeta(
            title=meta_raw.get("title"),
            publisher=meta_raw.get("publisher"),
            published_on=date.fromisoformat(published) if published else None,
            url=meta_raw.get("url"),
        )
        raw = text_path.read_bytes()
        extraction = extract_document(raw, meta, registry)
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        score = score_article(extraction.document.text, gold, extraction, stem, registry)
        per_file[stem] = score
        total.add(score)
    return total, per_file
