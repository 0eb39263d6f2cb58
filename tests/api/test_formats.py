"""Output formats: CSV for every list (streamed, BOM, header row), GeoJSON for incidents."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.documents import load_extraction
from tests.api.helpers import assert_problem
from tests.factories import ClaimSpec, make_extraction

LISTS = [
    "/v1/claims",
    "/v1/incidents",
    "/v1/actors",
    "/v1/sources",
    "/v1/documents",
    "/v1/load-failures",
]


def rows(content: bytes) -> list[dict[str, str]]:
    """CSV bytes as dicts, checking the UTF-8 byte-order mark spreadsheets need."""
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.mark.parametrize("path", LISTS)
def test_every_list_exports_csv(client: TestClient, path: str) -> None:
    json_ids = [i["id"] for i in client.get(path, params={"limit": 500}).json()["items"]]
    for response in (
        client.get(path, params={"format": "csv"}),
        client.get(path, headers={"Accept": "text/csv"}),
    ):
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv; charset=utf-8")
        assert "filename=" in response.headers.get("content-disposition", "filename=")
        table = rows(response.content)
        assert [str(r["id"]) for r in table] == [str(i) for i in json_ids]


def test_claims_csv_columns_and_quoting(client: TestClient) -> None:
    table = rows(client.get("/v1/claims", params={"format": "csv"}).content)
    first = next(r for r in table if r["id"] == "clm_russia_killed")
    assert first["source_name"] == "Russian Ministry of Defence"
    assert first["text"].startswith('"Sixty-two Syrian soldiers')  # quotes survive
    assert first["figures"] == "killed=62; injured=100"
    vehicles = next(r for r in table if r["id"] == "clm_centcom_vehicles")
    assert vehicles["figures"] == "vehicles destroyed=6 (approximate)"


def test_csv_keeps_non_ascii_text(client: TestClient) -> None:
    extraction = make_extraction(
        [ClaimSpec("clm_arabic", "centcom", "CENTCOM said Dayr az-Zawr (دير الزور) was hit.")]
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    table = rows(client.get("/v1/claims", params={"format": "csv"}).content)
    assert any("دير الزور" in r["text"] for r in table)


def test_csv_cells_that_look_like_formulas_are_defused(client: TestClient) -> None:
    extraction = make_extraction([ClaimSpec("clm_formula", "centcom", "=HYPERLINK(1) said it.")])
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    table = rows(client.get("/v1/claims", params={"format": "csv"}).content)
    assert next(r for r in table if r["id"] == "clm_formula")["text"].startswith("'=")


def test_csv_with_limit_is_one_page_with_a_next_link(client: TestClient) -> None:
    response = client.get("/v1/claims", params={"format": "csv", "limit": 3})
    assert len(rows(response.content)) == 3
    next_url = response.headers["link"].split(">")[0][1:]
    assert "format=csv" in next_url
    assert len(rows(client.get(next_url).content)) == 3


def test_csv_without_limit_streams_past_one_batch(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("app.api.listing.CSV_BATCH", 2)
    table = rows(client.get("/v1/claims", params={"format": "csv"}).content)
    assert len(table) == 7
    assert len({r["id"] for r in table}) == 7


def test_csv_export_honours_filters(client: TestClient) -> None:
    table = rows(client.get("/v1/claims", params={"format": "csv", "source": "centcom"}).content)
    assert {r["source_id"] for r in table} == {"centcom"}


def test_json_stays_the_default(client: TestClient) -> None:
    for accept in ("*/*", "application/json", "text/html", "application/json, text/csv"):
        response = client.get("/v1/claims", headers={"Accept": accept})
        assert response.headers["content-type"] == "application/json"


@pytest.mark.parametrize(
    "request_kwargs",
    [
        {"params": {"format": "geojson"}},
        {"headers": {"Accept": "application/geo+json"}},
    ],
)
def test_incidents_as_geojson(client: TestClient, request_kwargs: dict) -> None:
    response = client.get("/v1/incidents", **request_kwargs)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/geo+json"
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    assert collection["total"] == 2
    feature = collection["features"][0]
    assert feature["type"] == "Feature"
    assert feature["id"] == feature["properties"]["id"]
    longitude, latitude = feature["geometry"]["coordinates"]
    assert (longitude, latitude) == (
        feature["properties"]["longitude"],
        feature["properties"]["latitude"],
    )
    assert feature["geometry"]["type"] == "Point"


def test_geojson_pages_and_filters(client: TestClient) -> None:
    page = client.get("/v1/incidents", params={"format": "geojson", "limit": 1})
    assert len(page.json()["features"]) == 1
    assert "format=geojson" in page.json()["next"]
    assert page.headers["link"].startswith("<")
    empty = client.get("/v1/incidents", params={"format": "geojson", "bbox": "0,0,1,1"}).json()
    assert (empty["features"], empty["total"]) == ([], 0)


def test_incident_without_coordinates_has_null_geometry(client: TestClient) -> None:
    from datetime import date

    from tests.factories import make_incident

    incident = make_incident("inc_nowhere", occurred_on=date(2016, 9, 1), claim_ids=["clm_nw"])
    incident.latitude = incident.longitude = None
    extraction = make_extraction(
        [ClaimSpec("clm_nw", "centcom", "CENTCOM said so.", incident_id="inc_nowhere")],
        [incident],
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    features = client.get("/v1/incidents", params={"format": "geojson"}).json()["features"]
    assert next(f for f in features if f["id"] == "inc_nowhere")["geometry"] is None


@pytest.mark.parametrize("path", [p for p in LISTS if p != "/v1/incidents"])
def test_geojson_is_only_for_incidents(client: TestClient, path: str) -> None:
    body = assert_problem(client.get(path, params={"format": "geojson"}), 422)
    assert body["errors"][0]["loc"] == ["query", "format"]
