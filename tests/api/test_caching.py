"""HTTP caching (strong ETags, 304s, Last-Modified, Cache-Control), the response cache's
invalidation on ingest, and CORS for browser dashboards."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.core.config import Settings
from app.documents import load_extraction
from app.main import IncidentsAPI, create_app
from tests.factories import ClaimSpec, make_extraction

GETS = [
    "/v1/claims",
    "/v1/claims?source=centcom&format=csv",
    "/v1/claims/clm_russia_killed",
    "/v1/incidents",
    "/v1/incidents?format=geojson",
    "/v1/incidents/inc_deir",
    "/v1/incidents/inc_deir/figures",
    "/v1/actors",
    "/v1/actors/centcom",
    "/v1/sources",
    "/v1/documents",
    "/v1/load-failures",
]


def load_more(client: TestClient, claim_id: str = "clm_more") -> None:
    """Ingest one more document through the loader."""
    extraction = make_extraction([ClaimSpec(claim_id, "centcom", f"CENTCOM said {claim_id}.")])
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)


@pytest.mark.parametrize("path", GETS)
def test_every_get_has_validators_and_answers_304(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    etag = response.headers["etag"]
    assert etag.startswith('"') and etag.endswith('"')  # strong, not W/
    assert response.headers["cache-control"].startswith("public, max-age=")
    assert response.headers["last-modified"].endswith(" GMT")
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert client.get(path, headers={"If-None-Match": '"other", ' + etag}).status_code == 304
    assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200


def test_the_same_page_is_served_from_the_cache_identically(client: TestClient) -> None:
    first = client.get("/v1/claims?source=centcom")
    second = client.get("/v1/claims?source=centcom")
    assert first.content == second.content
    assert first.headers["etag"] == second.headers["etag"]
    assert int(second.headers["content-length"]) == len(second.content)


def test_representations_have_their_own_etags(client: TestClient) -> None:
    tags = {
        client.get("/v1/claims").headers["etag"],
        client.get("/v1/claims?limit=2").headers["etag"],
        client.get("/v1/claims", headers={"Accept": "text/csv"}).headers["etag"],
    }
    assert len(tags) == 3


def test_an_ingest_changes_etags_and_content(client: TestClient) -> None:
    before = client.get("/v1/claims")
    load_more(client)
    after = client.get("/v1/claims", headers={"If-None-Match": before.headers["etag"]})
    assert after.status_code == 200
    assert after.headers["etag"] != before.headers["etag"]
    assert after.json()["total"] == before.json()["total"] + 1
    assert "clm_more" in client.get("/v1/claims?source=centcom").text


def test_if_modified_since(client: TestClient) -> None:
    first = client.get("/v1/incidents")
    stamp = first.headers["last-modified"]
    assert client.get("/v1/incidents", headers={"If-Modified-Since": stamp}).status_code == 304
    old = "Mon, 01 Jan 2001 00:00:00 GMT"
    assert client.get("/v1/incidents", headers={"If-Modified-Since": old}).status_code == 200
    assert client.get("/v1/incidents", headers={"If-Modified-Since": "junk"}).status_code == 200


def test_errors_are_not_cached_and_carry_no_etag(client: TestClient) -> None:
    for _ in range(2):
        response = client.get("/v1/claims/clm_nope")
        assert response.status_code == 404
        assert "etag" not in response.headers
    assert client.get("/v1/claims?limit=0").status_code == 422


def test_head_answers_like_get_without_a_body(client: TestClient) -> None:
    for _ in range(2):  # uncached, then cached
        response = client.head("/v1/claims")
        assert response.status_code == 200
        assert response.content == b""
        assert response.headers["etag"] == client.get("/v1/claims").headers["etag"]


def test_health_and_docs_are_not_cached(client: TestClient) -> None:
    assert "etag" not in client.get("/healthz").headers
    assert client.get("/healthz").json()["counts"]["claims"] == 7
    load_more(client)
    assert client.get("/healthz").json()["counts"]["claims"] == 8


def test_cors_allows_any_origin_to_read(client: TestClient) -> None:
    response = client.get("/v1/claims", headers={"Origin": "https://dash.example"})
    assert response.headers["access-control-allow-origin"] == "*"
    exposed = response.headers["access-control-expose-headers"].lower()
    assert {"etag", "link", "last-modified"} <= set(exposed.replace(" ", "").split(","))
    preflight = client.options(
        "/v1/claims",
        headers={
            "Origin": "https://dash.example",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
    )
    assert preflight.status_code == 200
    assert "GET" in preflight.headers["access-control-allow-methods"]
    cached = client.get("/v1/claims", headers={"Origin": "https://dash.example"})
    assert cached.headers["access-control-allow-origin"] == "*"


@pytest.fixture
def strict_client(settings: Settings) -> Iterator[TestClient]:
    """An app that lets only one origin in."""
    settings.cors_origins = ["https://dash.example"]
    with TestClient(create_app(settings)) as client:
        yield client


def test_cors_origins_come_from_settings(strict_client: TestClient) -> None:
    allowed = strict_client.get("/v1/claims", headers={"Origin": "https://dash.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://dash.example"
    other = strict_client.get("/v1/claims", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_writes_by_another_process_are_noticed(
    file_database_url: str, documents_dir: Path, tmp_path: Path
) -> None:
    """A write committed by another process (raw SQL moving the version row, as its session
    would) reaches this process's cache within a second, through the version watcher."""
    from app.db import create_db_engine

    settings = Settings(
        database_url=file_database_url, documents_dir=documents_dir, load_on_startup=False
    )
    app = create_app(settings)
    assert isinstance(app, IncidentsAPI)
    with TestClient(app) as client:
        first = client.get("/v1/documents")
        assert first.json()["total"] == 0
        other = create_db_engine(file_database_url)
        with other.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO document (id, sha256, extractor_version, language, text, loaded_at) "
                "VALUES ('doc_other', 'ab', '0', 'en', 'x', '2030-01-01 00:00:00.000000')"
            )
            conn.exec_driver_sql("UPDATE data_version SET version = version + 1")
        other.dispose()
        deadline = time.monotonic() + 1.0
        while client.get("/v1/documents").json()["total"] == 0:
            assert time.monotonic() < deadline, "the write was not seen within 1 s"
            time.sleep(0.02)
        again = client.get("/v1/documents")
        assert again.headers["etag"] != first.headers["etag"]
