"""What a database holds, independent of the order it was written in: for comparing a
concurrent run with a sequential one.

Ids of documents, claims, figures and actors come from their content, so they compare as they
are. An incident's id is the one of whichever report was stored first, so incidents compare
by the claims they group; estimates likewise.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, text


def _value(value: Any) -> Any:
    """One value as text, the same from either driver (dates, booleans, floats)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return f"{value:.9g}"
    return str(value)


def _rows(engine: Engine, sql: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        return [tuple(_value(v) for v in row) for row in conn.execute(text(sql))]


def snapshot(engine: Engine) -> dict[str, Any]:
    """The stored data, as sets comparable across runs."""
    claims_of: dict[str, set[str]] = {}
    for claim_id, incident_id in _rows(engine, "SELECT id, incident_id FROM claim"):
        if incident_id:
            claims_of.setdefault(incident_id, set()).add(claim_id)
    group = {incident: frozenset(claims) for incident, claims in claims_of.items()}
    incidents = {
        (group.get(row[0], frozenset()), *row[1:])
        for row in _rows(
            engine,
            "SELECT id, type, occurred_on, place_name, country, location_precision FROM incident",
        )
    }
    estimates = {
        (group.get(row[0], frozenset()), *row[1:])
        for row in _rows(
            engine, "SELECT incident_id, metric, low, best, high FROM casualty_estimate"
        )
    }
    incident_actors = {
        (group.get(row[0], frozenset()), row[1], row[2])
        for row in _rows(engine, "SELECT incident_id, actor_id, role FROM incident_actor")
    }
    return {
        "documents": set(
            _rows(
                engine,
                "SELECT id, sha256, title, publisher, publisher_actor_id, published_on, url, "
                "text FROM document",
            )
        ),
        "claims": set(
            _rows(
                engine,
                'SELECT id, document_id, source_id, kind, text, start, "end", confidence, rule '
                "FROM claim",
            )
        ),
        "figures": set(_rows(engine, "SELECT id, claim_id, metric, value, text FROM figure")),
        "actors": set(_rows(engine, "SELECT id, name, kind, parent_id, known FROM actor")),
        "incidents": incidents,
        "estimates": estimates,
        "incident_actors": incident_actors,
        "load_failures": set(_rows(engine, "SELECT path, error FROM load_failure")),
    }


def differences(a: dict[str, Any], b: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """Per table, how many rows only `a` has and only `b` has (empty when equal)."""
    return {
        name: (len(a[name] - b[name]), len(b[name] - a[name])) for name in a if a[name] != b[name]
    }
