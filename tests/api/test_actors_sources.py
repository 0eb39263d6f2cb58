"""GET /v1/actors, /v1/actors/{id} and /v1/sources."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.extract import Registry
from tests.api.helpers import assert_problem


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
