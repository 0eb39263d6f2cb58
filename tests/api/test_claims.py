"""GET /v1/claims and /v1/claims/{id}: shape, paging, filters, problems."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.helpers import assert_problem, ids

ALL_CLAIMS = {
    "clm_russia_killed",
    "clm_centcom_belief",
    "clm_centcom_vehicles",
    "clm_general_command",
    "clm_division",
    "clm_russia_later",
    "clm_publisher",
}


def test_list_has_items_total_limit_offset(client: TestClient) -> None:
    response = client.get("/v1/claims")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert set(body) == {"items", "total", "limit", "offset", "next"}
    assert (body["total"], body["limit"], body["offset"]) == (7, 50, 0)
    assert ids(body) == ALL_CLAIMS


def test_list_items_carry_source_span_and_figures(client: TestClient) -> None:
    item = next(
        c for c in client.get("/v1/claims").json()["items"] if c["id"] == "clm_russia_killed"
    )
    assert item["source"] == {"id": "russian-mod", "name": "Russian Ministry of Defence"}
    assert set(item["span"]) == {"start", "end"}
    assert [(f["metric"], f["value"]) for f in item["figures"]] == [
        ("killed", 62),
        ("injured", 100),
    ]


def test_paging_slices_and_keeps_total(client: TestClient) -> None:
    first = client.get("/v1/claims", params={"limit": 3}).json()
    second = client.get("/v1/claims", params={"limit": 3, "offset": 3}).json()
    rest = client.get("/v1/claims", params={"limit": 3, "offset": 6}).json()
    assert [len(p["items"]) for p in (first, second, rest)] == [3, 3, 1]
    assert first["total"] == second["total"] == 7
    assert ids(first) | ids(second) | ids(rest) == ALL_CLAIMS
    assert client.get("/v1/claims", params={"offset": 100}).json()["items"] == []


def test_limit_500_is_accepted(client: TestClient) -> None:
    assert client.get("/v1/claims", params={"limit": 500}).status_code == 200


@pytest.mark.parametrize("params", [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"limit": "x"}])
def test_bad_paging_is_a_422_problem(client: TestClient, params: dict[str, object]) -> None:
    response = client.get("/v1/claims", params=params)
    body = assert_problem(response, 422)
    name = next(iter(params))
    assert body["errors"][0]["loc"] == ["query", name]
    assert name in body["detail"]


def test_claim_detail(client: TestClient) -> None:
    response = client.get("/v1/claims/clm_centcom_vehicles")
    assert response.status_code == 200
    claim = response.json()
    assert claim["source"] == {"id": "centcom", "name": "US Central Command"}
    assert claim["kind"] == "indirect"
    assert claim["incident_id"] == "inc_deir"
    figure = claim["figures"][0]
    assert (figure["metric"], figure["value"], figure["approximate"]) == (
        "vehicles destroyed",
        6,
        True,
    )
    text = client.get(f"/v1/documents/{claim['document_id']}").json()["text"]
    assert text[claim["span"]["start"] : claim["span"]["end"]] == claim["text"]
    assert text[figure["span"]["start"] : figure["span"]["end"]] == "about six"


def test_unknown_claim_is_a_404_problem(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/claims/clm_nope"), 404)
    assert "clm_nope" in body["detail"]
    assert body["instance"] == "/v1/claims/clm_nope"


@pytest.mark.parametrize(
    "source",
    [
        "centcom",
        "CENTCOM",
        "cEnTcOm",
        "US Central Command",
        "us central command",
        "Central Command",
    ],
)
def test_source_by_id_name_alias_any_case(client: TestClient, source: str) -> None:
    body = client.get("/v1/claims", params={"source": source}).json()
    assert ids(body) == {"clm_centcom_belief", "clm_centcom_vehicles"}
    assert body["total"] == 2


@pytest.mark.parametrize(
    "source",
    [
        "russian-mod",
        "Russian MoD",
        "russian mod",
        "Russian Ministry of Defence",
        "Russian Defense Ministry",
        "the Russian Defence Ministry",
        "Russia's Defense Ministry",
    ],
)
def test_source_russian_mod_spellings(client: TestClient, source: str) -> None:
    body = client.get("/v1/claims", params={"source": source}).json()
    assert ids(body) == {"clm_russia_killed", "clm_russia_later"}


def test_source_syrian_general_command(client: TestClient) -> None:
    body = client.get("/v1/claims", params={"source": "Syrian General Command"}).json()
    assert ids(body) == {"clm_general_command"}


def test_source_may_repeat(client: TestClient) -> None:
    response = client.get("/v1/claims?source=CENTCOM&source=Russian%20MoD")
    assert ids(response.json()) == {
        "clm_centcom_belief",
        "clm_centcom_vehicles",
        "clm_russia_killed",
        "clm_russia_later",
    }


def test_known_source_without_claims_is_an_empty_list(client: TestClient) -> None:
    body = client.get("/v1/claims", params={"source": "IDF"}).json()
    assert (body["items"], body["total"]) == ([], 0)


def test_unknown_source_is_a_422_problem_pointing_at_sources(client: TestClient) -> None:
    response = client.get("/v1/claims", params=[("source", "centcom"), ("source", "Atlantis")])
    body = assert_problem(response, 422)
    assert "'Atlantis'" in body["detail"]
    assert "/v1/sources" in body["detail"]
    assert body["errors"][0]["loc"] == ["query", "source"]


def test_filter_by_kind(client: TestClient) -> None:
    assert ids(client.get("/v1/claims", params={"kind": "indirect"}).json()) == {
        "clm_centcom_vehicles",
        "clm_russia_later",
    }
    assert ids(client.get("/v1/claims", params={"kind": "publisher"}).json()) == {"clm_publisher"}
    assert_problem(client.get("/v1/claims", params={"kind": "rumour"}), 422)


def test_filter_by_metric(client: TestClient) -> None:
    assert ids(client.get("/v1/claims", params={"metric": "killed"}).json()) == {
        "clm_russia_killed",
        "clm_russia_later",
    }
    assert ids(client.get("/v1/claims", params={"metric": "injured"}).json()) == {
        "clm_russia_killed"
    }


def test_filter_by_incident_and_document(client: TestClient) -> None:
    assert ids(client.get("/v1/claims", params={"incident": "inc_later"}).json()) == {
        "clm_russia_later"
    }
    later = client.get("/v1/claims/clm_publisher").json()["document_id"]
    body = client.get("/v1/claims", params={"document": later}).json()
    assert ids(body) == {"clm_russia_later", "clm_publisher"}
    assert [c["sequence"] for c in body["items"]] == [0, 1]


def test_filters_combine(client: TestClient) -> None:
    params = {"source": "centcom", "kind": "direct", "incident": "inc_deir"}
    assert ids(client.get("/v1/claims", params=params).json()) == {"clm_centcom_belief"}
