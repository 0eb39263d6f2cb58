"""GET /v1/changes: created, updated and deleted records in commit order, cursor-paged, with
deletions kept until the retention prunes them."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlmodel import Session

from app.db import prune_changes
from app.documents import remove_document
from tests.api.test_caching import load_more


def read_all(
    client: TestClient, since: str | None = None, limit: int = 500
) -> tuple[list[Any], str]:
    """Every change after `since`, following `next`; and the last cursor."""
    items: list[Any] = []
    params: dict[str, Any] = {"limit": limit}
    if since is not None:
        params["since"] = since
    while True:
        page = client.get("/v1/changes", params=params)
        assert page.status_code == 200, page.text
        body = page.json()
        items += body["items"]
        assert body["next"].endswith(f"since={body['cursor']}") or "since=" in body["next"]
        if not body["items"]:
            return items, body["cursor"]
        params["since"] = body["cursor"]


def test_the_feed_lists_what_was_stored_then_deletions(client: TestClient) -> None:
    items, cursor = read_all(client, limit=3)  # small pages: the cursor carries on
    created = {(i["type"], i["id"]) for i in items if i["change"] == "created"}
    assert ("claim", "clm_russia_killed") in created
    assert any(kind == "document" for kind, _ in created)
    assert all(i["at"].endswith("Z") for i in items)
    assert read_all(client, since=cursor)[0] == []  # nothing new

    document_id = client.get("/v1/claims/clm_russia_killed").json()["document_id"]
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        assert remove_document(session=session, document_id=document_id)
    later, _ = read_all(client, since=cursor)
    deleted = {(i["type"], i["id"]) for i in later if i["change"] == "deleted"}
    assert ("claim", "clm_russia_killed") in deleted
    assert ("document", document_id) in deleted
    assert client.get("/v1/claims/clm_russia_killed").status_code == 404


def test_commit_order_and_timestamps(client: TestClient) -> None:
    _, cursor = read_all(client)
    load_more(client, "clm_first")
    time.sleep(0.01)
    load_more(client, "clm_second")
    items, _ = read_all(client, since=cursor)
    claims = [i["id"] for i in items if i["type"] == "claim" and i["change"] == "created"]
    assert claims == ["clm_first", "clm_second"]
    second_at = next(i["at"] for i in items if i["id"] == "clm_second")
    by_time = client.get("/v1/changes", params={"since": second_at}).json()["items"]
    assert "clm_second" in {i["id"] for i in by_time}
    assert "clm_first" not in {i["id"] for i in by_time}


def test_bad_since_is_a_422_problem(client: TestClient) -> None:
    response = client.get("/v1/changes", params={"since": "yesterday"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["errors"][0]["loc"] == ["query", "since"]
    assert client.get("/v1/changes", params={"limit": 0}).status_code == 422


def test_pruned_history_is_gone(client: TestClient) -> None:
    _, cursor = read_all(client)
    engine = client.app.state.engine  # type: ignore[attr-defined]
    assert prune_changes(engine, older_than=timedelta(days=-1)) > 0
    response = client.get("/v1/changes", params={"since": "c.0.0"})
    assert response.status_code == 410
    assert response.json()["status"] == 410
    assert client.get("/v1/changes").json()["items"] == []
    load_more(client, "clm_after")
    items, _ = read_all(client, since=cursor)  # a cursor at the newest change still works
    assert "clm_after" in {i["id"] for i in items}
