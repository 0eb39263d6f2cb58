"""Bulk loading: extraction in worker processes, writes in batches of documents.

`incidents load --workers N` sends records to N processes (the extractor is pure and
CPU-bound) and stores their extractions in the main process, `batch_size` documents per
transaction: one data-version move and one commit per batch instead of per document. Each
document is written inside a savepoint, so one that cannot be stored is recorded as a load
failure and the rest of its batch is kept. Documents already stored (same SHA-256) are found
before extraction, one query per batch.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from sqlalchemy import delete
from sqlmodel import Session, col, select

from app.db import write_lock
from app.documents.inputs import Record
from app.documents.results import LoadError, LoadResult
from app.documents.store import AlreadyStored, record_failure, store_extraction
from app.extract import Extraction, ExtractionError, Registry, extract_document
from app.models import Document, LoadFailure

logger = logging.getLogger(__name__)
In = TypeVar("In")
Out = TypeVar("Out")

AHEAD = 3  # batches extracted ahead of the one being written
_registry: Registry | None = None


def _init_worker(registry: Registry) -> None:
    """A worker process keeps the registry it was handed (sent once, not per record)."""
    global _registry
    _registry = registry


def worker_registry() -> Registry:
    """The registry of this worker process."""
    assert _registry is not None, "not in a worker started by in_processes"
    return _registry


def in_processes(
    work: Callable[[In], Out], items: Iterable[In], registry: Registry, workers: int
) -> Iterator[Out]:
    """`work` over `items` in input order, in `workers` processes (1: in this one), each
    holding `registry` (`worker_registry()`); at most a few chunks per worker in flight."""
    if workers <= 1:
        _init_worker(registry)
        yield from map(work, items)
        return
    window = workers * 16
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(registry,)) as pool:
        iterator = iter(items)
        while chunk := list(itertools.islice(iterator, window)):
            yield from pool.map(work, chunk, chunksize=4)


def _extract(record: Record) -> Extraction | str:
    """A record's extraction, or why it failed (as text: it crosses process boundaries)."""
    try:
        if record.error is not None:
            raise LoadError(record.error)
        return extract_document(record.raw, record.meta, worker_registry())
    except (LoadError, ExtractionError) as exc:
        return str(exc)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def load_records(
    session: Session,
    records: Iterable[Record],
    registry: Registry,
    *,
    workers: int,
    batch_size: int = 100,
    progress: Callable[[LoadResult], None] | None = None,
) -> list[LoadResult]:
    """Extract in `workers` processes and store in batches; one result per record, in order.

    Extraction runs ahead of the writes: while a batch is written, the next ones are being
    extracted (at most `AHEAD` batches in flight)."""
    results: list[LoadResult] = []
    seen: dict[str, str] = {}  # sha256 -> id of what this run stored
    pending: deque[tuple[tuple[Record, ...], list[str], dict[str, str], dict[int, Any]]] = deque()
    pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(registry,))
    try:
        iterator = iter(records)
        while True:
            batch = tuple(itertools.islice(iterator, batch_size))
            if batch:
                shas = [hashlib.sha256(r.raw).hexdigest() if r.error is None else "" for r in batch]
                stored = dict(
                    session.exec(
                        select(Document.sha256, Document.id).where(
                            col(Document.sha256).in_(set(shas))
                        )
                    ).all()
                )
                futures = {
                    n: pool.submit(_extract, record)
                    for n, (record, sha) in enumerate(zip(batch, shas, strict=True))
                    if sha not in stored and sha not in seen
                }
                pending.append((batch, shas, stored, futures))
            if not pending or (batch and len(pending) < AHEAD):
                if not batch:
                    break
                continue
            batch_done, shas_done, stored_done, futures_done = pending.popleft()
            extracted = {n: future.result() for n, future in futures_done.items()}
            batch_results = _store_batch(
                session, batch_done, shas_done, {**stored_done, **seen}, extracted, seen
            )
            for result in batch_results:
                if progress is not None:
                    progress(result)
            results += batch_results
    finally:
        pool.shutdown(cancel_futures=True)
    return results


def _store_batch(
    session: Session,
    batch: tuple[Record, ...],
    shas: list[str],
    stored: dict[str, str],
    extracted: dict[int, Extraction | str],
    seen: dict[str, str],
) -> list[LoadResult]:
    """Write one batch in one transaction (a savepoint per document), then record failures;
    `seen` collects the articles stored by this run (one may repeat in a later batch)."""
    results: list[LoadResult] = []
    write_lock(session)  # the database's only writer until the commit (see app.db.write_lock)
    for n, (record, sha) in enumerate(zip(batch, shas, strict=True)):
        if sha in stored or sha in seen:
            document_id = stored.get(sha) or seen[sha]
            results.append(LoadResult(record.name, "unchanged", document_id=document_id))
            continue
        outcome = extracted.get(n)
        if outcome is None:  # stored by an earlier batch of this run meanwhile
            results.append(LoadResult(record.name, "unchanged", document_id=seen.get(sha)))
            continue
        if isinstance(outcome, str):
            results.append(LoadResult(record.name, "failed", error=outcome))
            continue
        try:
            with session.begin_nested():
                result = store_extraction(session, outcome)
        except AlreadyStored:  # another process stored the same article first
            results.append(LoadResult(record.name, "unchanged", document_id=outcome.document.id))
            continue
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            results.append(LoadResult(record.name, "failed", error=error))
            continue
        seen[sha] = outcome.document.id
        result.path = record.name
        results.append(result)
    loaded = [r.path for r in results if r.status != "failed" and r.path is not None]
    session.exec(delete(LoadFailure).where(col(LoadFailure.path).in_(loaded)))
    session.commit()
    for result in results:
        if result.status == "failed" and result.path is not None:
            logger.debug("failed to load %s: %s", result.path, result.error)
            record_failure(session, result.path, result.error or "")
    return results
