"""GET /v1/actors, /v1/actors/{id} and /v1/sources."""

from __future__ import annotations

from typing import Any
from unittest.mock import ANY

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.api.listing import Listing, encode_cursor, parse_sort, sort_values
from app.api.routes.sources import SOURCES
from app.documents import load_extraction
from app.extract import Registry
from tests.api.helpers import assert_problem
from tests.factories import ClaimSpec, make_extraction


def test_registry_actors_are_present_at_startup(
    empty_client: TestClient, registry: Registry
) -> None:
    body = empty_client.get("/v1/actors", params={"limit": 500}).json()
    assert body["total"] == len(registry.actors)
    assert {a["id"] for a in body["items"]} == set(registry.actors)
    assert all(a["known"] for a in body["items"])


def test_actor_detail(client: TestClient) -> None:
    actor = client.get("/v1/actors/russian-mod").json()
    assert actor["name"] == "Russian Ministry of Defence"
    assert actor["parent_id"] == "russia"
    assert actor["kind"] == "ministry"
    assert "Russian MoD" in actor["aliases"]


def test_new_actor_from_extraction(client: TestClient) -> None:
    actor = client.get("/v1/actors/syrian-army-4th-division").json()
    assert (actor["known"], actor["parent_id"]) == (False, "syrian-army")
    unknown = client.get("/v1/actors", params={"known": False}).json()
    assert [a["id"] for a in unknown["items"]] == ["syrian-army-4th-division"]


def test_actor_filters_and_paging(client: TestClient) -> None:
    ministries = client.get("/v1/actors", params={"kind": "ministry"}).json()
    assert ministries["total"] > 0
    assert {a["kind"] for a in ministries["items"]} == {"ministry"}
    page = client.get("/v1/actors", params={"limit": 5, "offset": 5}).json()
    assert (len(page["items"]), page["limit"], page["offset"]) == (5, 5, 5)


def test_unknown_actor_is_a_404_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/actors/atlantis"), 404)


def test_sources_with_claim_counts(client: TestClient) -> None:
    body = client.get("/v1/sources").json()
    counts = {s["id"]: s["claim_count"] for s in body["items"]}
    assert counts == {
        "russian-mod": 2,
        "centcom": 2,
        "syrian-general-command": 1,
        "syrian-army-4th-division": 1,
        "press-tv": 1,
    }
    assert body["total"] == 5
    assert [s["claim_count"] for s in body["items"]] == [2, 2, 1, 1, 1]
    assert body["items"][0]["name"] == "US Central Command"  # ties broken by id


def test_sources_paging(client: TestClient) -> None:
    body = client.get("/v1/sources", params={"limit": 2, "offset": 4}).json()
    assert (len(body["items"]), body["total"]) == (1, 5)


def test_no_sources_before_claims(empty_client: TestClient) -> None:
    assert empty_client.get("/v1/sources").json()["items"] == []


# /v1/sources pages its aggregate from rows kept per data version (`Resource.kept`).

EVERYTHING = {
    "updated_since": "2000-01-01T00:00:00Z"
}  # a filter: the query answers, not the kept rows


def walk(client: TestClient, **params: object) -> tuple[list[str], int]:
    """The source ids of every page, two at a time, following `next`; and the total."""
    body = client.get("/v1/sources", params={"limit": 2, **params}).json()
    ids, total = [s["id"] for s in body["items"]], body["total"]
    while body["next"]:
        body = client.get(body["next"]).json()
        ids += [s["id"] for s in body["items"]]
    return ids, total


def test_kept_source_pages_match_the_query_in_every_sort(client: TestClient) -> None:
    for sort in sort_values(SOURCES.sorts):
        kept = walk(client, sort=sort)
        assert kept == walk(client, sort=sort, **EVERYTHING), sort
        assert len(kept[0]) == kept[1] == 5
    offset = client.get("/v1/sources", params={"sort": "name", "limit": 2, "offset": 3}).json()
    queried = client.get("/v1/sources", params={"sort": "name", "offset": 3, **EVERYTHING}).json()
    assert [s["id"] for s in offset["items"]] == [s["id"] for s in queried["items"]][:2]


def test_the_sources_aggregate_runs_once_per_data_version_and_sort(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    kept_rows = Listing.kept_rows

    def counted(listing: Listing) -> Any:
        calls.append(listing.sort.param)
        return kept_rows(listing)

    monkeypatch.setattr(Listing, "kept_rows", counted)
    first = client.get("/v1/sources", params={"limit": 2}).json()
    client.get(first["next"])
    client.get("/v1/sources", params={"limit": 3, "_": "1"})
    client.get("/v1/sources", params={"sort": "name"})
    assert calls == ["-claim_count", "name"]
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, make_extraction([ClaimSpec("clm_more", "centcom", "It said.")]))
    again = client.get("/v1/sources", params={"limit": 2}).json()
    assert calls == ["-claim_count", "name", "-claim_count"]  # a write: read anew
    assert again["items"][0] == {**first["items"][0], "claim_count": 3, "updated_at": ANY}


def test_a_cursor_past_a_source_no_longer_kept_is_answered_by_the_query(
    client: TestClient,
) -> None:
    sort = parse_sort("name", SOURCES.sorts, "name")
    cursor = encode_cursor(sort, ["Q", "zz-gone"])  # a source between names, not kept
    body = client.get("/v1/sources", params={"sort": "name", "cursor": cursor}).json()
    names = [s["name"] for s in client.get("/v1/sources", params={"sort": "name"}).json()["items"]]
    assert [s["name"] for s in body["items"]] == [n for n in names if n > "Q"]
    assert body["items"]
