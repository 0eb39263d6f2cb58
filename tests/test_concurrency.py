"""Concurrent writers: two `incidents load` processes, 16 POST threads and a DELETE loop on one
database (SQLite file and PostgreSQL), against a real server over TCP.

Everything races on everything: the loaders and the POST threads store the same 60 FA-KES
articles (tests/data/fakes_sample.csv, CC BY 4.0, see tests/data/README.md), while another
thread posts and deletes articles of its own. Required: no 5xx, no failed loader line, no load
failure row, and the same data as a sequential run storing the articles in the order the
concurrent run stored them (writes are serialised, so that order is well defined).
"""

from __future__ import annotations

import hashlib
import os
import random
import subprocess
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlmodel import Session

from app.db import create_db_engine, init_db
from app.documents import (
    ColumnMapping,
    Record,
    check_source,
    collect_sources,
    iter_records,
    load_record,
    sync_registry,
)
from app.extract import Registry
from tests.servers import INCIDENTS, serving
from tests.snapshot import differences, snapshot

SAMPLE = Path(__file__).resolve().parent / "data" / "fakes_sample.csv"
TOKEN = "concurrency-token"
MAPPING = ["--text", "article_content", "--title", "article_title", "--publisher", "source"]
MAPPING += ["--published", "date", "--id-column", "unit_id"]
POST_THREADS = 16


def sample_records() -> list[Record]:
    """The sample's rows as the loader reads them."""
    mapping = ColumnMapping(
        text="article_content",
        title="article_title",
        publisher="source",
        published="date",
        id_column="unit_id",
    )
    (source,) = collect_sources([SAMPLE])
    check_source(source, mapping)
    return list(iter_records(source, mapping))


def post_body(record: Record) -> dict[str, object]:
    """The POST body storing the same document as the loader does for `record`."""
    meta = record.meta
    return {
        "text": record.raw.decode("utf-8"),
        "title": meta.title,
        "publisher": meta.publisher,
        "published_on": meta.published_on.isoformat() if meta.published_on else None,
    }


@pytest.fixture
def server(file_database_url: str, tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    """A server on the database (its base URL) and the environment it runs with."""
    env = {
        **os.environ,
        "INCIDENTS_DATABASE_URL": file_database_url,
        "INCIDENTS_WRITE_TOKEN": TOKEN,
        "INCIDENTS_LOAD_ON_STARTUP": "false",
        "INCIDENTS_LOG_LEVEL": "WARNING",
    }
    with serving(env, tmp_path / "server.log") as base:
        yield base, env


def test_two_loaders_posts_and_deletes_at_once_store_what_a_sequential_run_stores(
    server: tuple[str, dict[str, str]],
    file_database_url: str,
    registry: Registry,
    tmp_path: Path,
) -> None:
    base, env = server
    records = sample_records()
    statuses: Counter[int] = Counter()
    errors: list[str] = []
    lock = threading.Lock()
    loaders_done = threading.Event()

    def note(response: httpx.Response, what: str) -> None:
        with lock:
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                errors.append(f"{what}: {response.status_code} {response.text[:200]}")

    def poster(share: list[Record]) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            for record in share:
                response = client.post(
                    "/v1/documents",
                    json=post_body(record),
                    headers={"Authorization": f"Bearer {TOKEN}"},
                )
                note(response, f"POST {record.name}")
                if response.status_code not in (200, 201):
                    errors.append(f"POST {record.name}: {response.status_code} {response.text}")

    def deleter() -> None:
        """Store and delete articles of its own (undated: they match no sample incident)."""
        n = 0
        with httpx.Client(base_url=base, timeout=60) as client:
            while not loaders_done.is_set() or n < 5:
                n += 1
                body = {
                    "text": f"CENTCOM said {n} fishermen were missing after the storm number {n}.",
                    "publisher": "Reuters",
                }
                auth = {"Authorization": f"Bearer {TOKEN}"}
                created = client.post("/v1/documents", json=body, headers=auth)
                note(created, "POST (to delete)")
                if created.status_code != 201:
                    errors.append(f"POST (to delete): {created.status_code} {created.text}")
                    continue
                deleted = client.delete(created.headers["location"], headers=auth)
                note(deleted, "DELETE")
                if deleted.status_code != 204:
                    errors.append(f"DELETE: {deleted.status_code} {deleted.text}")

    shuffled = records[:]
    random.Random(11).shuffle(shuffled)
    threads = [
        threading.Thread(target=poster, args=(shuffled[i::POST_THREADS],))
        for i in range(POST_THREADS)
    ]
    threads.append(threading.Thread(target=deleter))
    loaders = [
        subprocess.Popen(
            [str(INCIDENTS), "load", str(SAMPLE), *MAPPING, "--quiet"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    outputs = [loader.communicate(timeout=300) for loader in loaders]
    loaders_done.set()
    for thread in threads:
        thread.join(timeout=300)

    for loader, (out, err) in zip(loaders, outputs, strict=True):
        assert loader.returncode == 0, err
        assert "failed:" not in err and "Traceback" not in err, err
        assert ", 0 failed;" in out, out
    log = [line for line in (tmp_path / "server.log").read_text().splitlines() if "WARN" in line]
    assert not errors, (errors[:5], log[:10])
    assert not [s for s in statuses if s >= 500], statuses

    engine = create_db_engine(file_database_url)
    try:
        concurrent = snapshot(engine)
        with engine.connect() as conn:
            order = [
                row[0]
                for row in conn.execute(text("SELECT sha256 FROM document ORDER BY loaded_at, id"))
            ]
    finally:
        engine.dispose()
    assert not concurrent["load_failures"]
    assert len(concurrent["documents"]) == len(records)

    # The sequential run: the same articles, one after the other, in the order stored above.
    by_sha = {hashlib.sha256(r.raw).hexdigest(): r for r in records}
    sequential_engine = create_db_engine("sqlite://")
    init_db(sequential_engine)
    with Session(sequential_engine) as session:
        sync_registry(session, registry)
        for sha in order:
            assert load_record(session, by_sha[sha], registry).status == "new"
    sequential = snapshot(sequential_engine)
    sequential_engine.dispose()
    assert differences(concurrent, sequential) == {}
