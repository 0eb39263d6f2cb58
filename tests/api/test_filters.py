"""Filters: incidents by date, type, country, actor and bounding box; claims by date, topic and
confidence; `updated_since` on every list; all combinable with `source`; bad values are 422s."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.documents import load_extraction
from tests.api.helpers import assert_problem, ids
from tests.factories import ClaimSpec, make_extraction, make_incident


def get(client: TestClient, path: str, **params: object) -> dict:
    """The JSON body of a 200 answer."""
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"since": "2016-09-18"}, {"inc_later"}),
        ({"until": "2016-09-17"}, {"inc_deir"}),
        ({"since": "2016-09-17", "until": "2016-10-02"}, {"inc_deir", "inc_later"}),
        ({"type": "airstrike"}, {"inc_deir", "inc_later"}),
        ({"type": "shelling"}, set()),
        ({"country": "sy"}, {"inc_deir", "inc_later"}),
        ({"country": "IQ"}, set()),
        ({"actor": "isis"}, {"inc_later"}),
        ({"actor": "US-led coalition"}, {"inc_deir"}),
        ({"actor": "syrian-army"}, {"inc_deir"}),
        ({"bbox": "35.5,32.0,42.5,37.5"}, {"inc_deir", "inc_later"}),
        ({"bbox": "0,0,10,10"}, set()),
        ({"bbox": "170,30,45,40"}, {"inc_deir", "inc_later"}),  # across the antimeridian
        ({"source": "centcom", "since": "2016-09-18"}, set()),
        ({"source": "russian-mod", "since": "2016-09-18"}, {"inc_later"}),
        ({"source": "russian-mod", "actor": "isis", "bbox": "35,30,45,40"}, {"inc_later"}),
    ],
)
def test_incident_filters(client: TestClient, params: dict, expected: set[str]) -> None:
    body = get(client, "/v1/incidents", **params)
    assert ids(body) == expected
    assert body["total"] == len(expected)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("since", "yesterday"),
        ("until", "2016-13-01"),
        ("bbox", "1,2,3"),
        ("bbox", "a,b,c,d"),
        ("bbox", "0,0,200,10"),
        ("bbox", "0,50,10,40"),
        ("bbox", "nan,0,1,1"),
        ("actor", "Atlantis"),
        ("updated_since", "not a time"),
        ("limit", "1; DROP TABLE incident"),
        ("format", "xml"),
    ],
)
def test_bad_incident_filters_are_422_naming_the_parameter(
    client: TestClient, name: str, value: str
) -> None:
    body = assert_problem(client.get("/v1/incidents", params={name: value}), 422)
    assert body["errors"][0]["loc"] == ["query", name]


def test_until_before_since_is_a_422(client: TestClient) -> None:
    response = client.get("/v1/claims", params={"since": "2016-10-01", "until": "2016-09-01"})
    assert assert_problem(response, 422)["errors"][0]["loc"] == ["query", "until"]


def test_claims_by_date_fall_back_to_the_document_date(client: TestClient) -> None:
    undated = make_extraction(
        [ClaimSpec("clm_undated", "centcom", "CENTCOM said more.", stated_on=None)],
        published_on=date(2017, 1, 5),
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, undated)
    assert ids(get(client, "/v1/claims", since="2017-01-01")) == {"clm_undated"}
    assert "clm_undated" not in ids(get(client, "/v1/claims", until="2016-12-31"))
    assert ids(get(client, "/v1/claims", since="2017-01-05", until="2017-01-05")) == {"clm_undated"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"topic": "airstrike"}, 5),
        ({"topic": "airstrike", "source": "centcom"}, 2),
        ({"topic": "shelling"}, 0),
        ({"min_confidence": 0.9}, 7),
        ({"min_confidence": 0.95}, 0),
        ({"min_confidence": 0}, 7),
        ({"since": "2016-09-17", "until": "2016-09-17", "source": "russian-mod"}, 2),
        ({"since": "2016-09-18"}, 0),
    ],
)
def test_claim_filters(client: TestClient, params: dict, expected: int) -> None:
    body = get(client, "/v1/claims", **params)
    assert body["total"] == expected == len(body["items"])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("min_confidence", "1.5"),
        ("min_confidence", "-0.1"),
        ("min_confidence", "high"),
        ("since", "2016-02-30"),
        ("kind", "rumour"),
        ("offset", "-3"),
        ("q", ""),
        ("format", "geojson"),
        ("source", "' OR 1=1 --"),
    ],
)
def test_bad_claim_filters_are_422_naming_the_parameter(
    client: TestClient, name: str, value: str
) -> None:
    body = assert_problem(client.get("/v1/claims", params={name: value}), 422)
    assert body["errors"][0]["loc"] == ["query", name]


def test_confidence_filter_keeps_confident_claims(client: TestClient) -> None:
    shaky = make_extraction(
        [ClaimSpec("clm_shaky", "centcom", "CENTCOM reportedly said so.", confidence=0.55)]
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, shaky)
    assert "clm_shaky" not in ids(get(client, "/v1/claims", min_confidence=0.6))
    assert "clm_shaky" in ids(get(client, "/v1/claims", min_confidence=0.5))


@pytest.mark.parametrize(
    "path", ["/v1/claims", "/v1/incidents", "/v1/actors", "/v1/sources", "/v1/documents"]
)
def test_updated_since_past_and_future(client: TestClient, path: str) -> None:
    everything = get(client, path, limit=500)["total"]
    assert everything > 0
    past = (datetime.now(UTC) - timedelta(days=1)).isoformat()
    future = (datetime.now(UTC) + timedelta(days=1)).isoformat()
    assert get(client, path, updated_since=past)["total"] == everything
    assert get(client, path, updated_since=future)["total"] == 0


def test_updated_since_finds_what_an_ingest_changed(client: TestClient) -> None:
    before = datetime.now(UTC)
    later = make_extraction(
        [
            ClaimSpec(
                "clm_monitor",
                "syrian-general-command",
                "The General Command said 70 soldiers were killed.",
                incident_id="inc_deir",
                figures=[("killed", 70, "70")],
            )
        ],
        [make_incident("inc_deir", occurred_on=date(2016, 9, 17), claim_ids=["clm_monitor"])],
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, later)
    since = before.isoformat()
    assert ids(get(client, "/v1/claims", updated_since=since)) == {"clm_monitor"}
    # The incident gained a claim: it changed, the other one did not.
    assert ids(get(client, "/v1/incidents", updated_since=since)) == {"inc_deir"}
    assert "syrian-general-command" in ids(get(client, "/v1/sources", updated_since=since))
    assert len(get(client, "/v1/documents", updated_since=since)["items"]) == 1


def test_naive_updated_since_is_utc(client: TestClient) -> None:
    future = (datetime.now(UTC) + timedelta(hours=2)).replace(tzinfo=None).isoformat()
    assert get(client, "/v1/claims", updated_since=future)["total"] == 0


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/v1/claims", "sorce"),
        ("/v1/incidents", "contry"),
        ("/v1/actors", "source"),
        ("/v1/sources", "q"),
        ("/v1/claims/clm_russia_killed", "limit"),
        ("/v1/incidents/inc_deir/figures", "metric"),
    ],
)
def test_unknown_parameter_is_a_422_naming_it(client: TestClient, path: str, name: str) -> None:
    body = assert_problem(client.get(path, params={name: "x"}), 422)
    assert body["errors"][0]["loc"] == ["query", name]
    assert "unknown parameter" in body["detail"]


def test_underscore_parameters_are_cache_busters(client: TestClient) -> None:
    assert client.get("/v1/claims", params={"_": "1700000000", "_r": "2"}).status_code == 200
