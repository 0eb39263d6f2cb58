"""What loading did: one document's outcome, a batch's summary, and why a document failed."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


class LoadError(ValueError):
    """An extraction or a sidecar that cannot be stored as it is."""


@dataclass
class LoadResult:
    """What happened to one document."""

    path: str | None
    status: Literal["new", "unchanged", "failed"]
    document_id: str | None = None
    claims: int = 0
    incidents: int = 0
    error: str | None = None
    merged: int = 0  # incidents that joined one already stored (another report of it)
    incident_ids: list[str] = field(default_factory=list)


@dataclass
class LoadSummary:
    """What happened to a batch of documents."""

    results: list[LoadResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        """Number of documents with this status."""
        return sum(1 for r in self.results if r.status == status)

    @property
    def new(self) -> int:
        """Documents stored for the first time."""
        return self.count("new")

    @property
    def unchanged(self) -> int:
        """Documents already stored (same sha256)."""
        return self.count("unchanged")

    @property
    def failed(self) -> int:
        """Documents that could not be read, extracted or stored."""
        return self.count("failed")

    @property
    def claims(self) -> int:
        """Claims added by this batch."""
        return sum(r.claims for r in self.results)

    @property
    def incidents(self) -> int:
        """Incidents added by this batch."""
        return sum(r.incidents for r in self.results)

    def describe(self) -> str:
        """One line for logs and the CLI."""
        return (
            f"{self.new} new, {self.unchanged} unchanged, {self.failed} failed; "
            f"{self.claims} claims, {self.incidents} incidents added"
        )
