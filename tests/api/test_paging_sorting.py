"""Keyset cursors on every list (stable under inserts, Link headers) and whitelisted sorting."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import orjson
import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.api.listing import iso_timestamp
from app.documents import load_extraction
from tests.api.helpers import assert_problem
from tests.factories import ClaimSpec, make_extraction, make_incident, with_document_id

LISTS = [
    "/v1/claims",
    "/v1/incidents",
    "/v1/actors",
    "/v1/sources",
    "/v1/documents",
    "/v1/load-failures",
]


def walk(client: TestClient, path: str, **params: Any) -> tuple[list[str], list[dict[str, Any]]]:
    """Every item id of a list, following `next` page by page; and the pages."""
    pages = []
    url: str | None = path
    query: dict[str, Any] | None = None if "?" in path else {"limit": 2, **params}
    while url is not None:
        response = client.get(url, params=query)
        assert response.status_code == 200, response.text
        body = response.json()
        pages.append(body)
        link = response.headers.get("link")
        if body["next"] is None:
            assert link is None
        else:
            assert link == f'<{body["next"]}>; rel="next"'
        url, query = body["next"], None
    return [item["id"] for page in pages for item in page["items"]], pages


@pytest.mark.parametrize("path", LISTS)
def test_cursor_walk_returns_every_item_once_in_order(client: TestClient, path: str) -> None:
    everything = [i["id"] for i in client.get(path, params={"limit": 500}).json()["items"]]
    walked, pages = walk(client, path)
    assert walked == everything
    assert {p["total"] for p in pages} == {len(everything)}
    assert all(p["limit"] == 2 for p in pages)


@pytest.mark.parametrize(
    ("path", "sort"),
    [
        ("/v1/claims", "-document"),
        ("/v1/claims", "stated_on"),
        ("/v1/claims", "-confidence"),
        ("/v1/claims", "updated_at"),
        ("/v1/claims", "-id"),
        ("/v1/incidents", "occurred_on"),
        ("/v1/incidents", "-country"),
        ("/v1/incidents", "title"),
        ("/v1/incidents", "-type"),
        ("/v1/actors", "-name"),
        ("/v1/actors", "kind"),
        ("/v1/actors", "-updated_at"),
        ("/v1/sources", "name"),
        ("/v1/sources", "claim_count"),
        ("/v1/sources", "-updated_at"),
        ("/v1/documents", "id"),
        ("/v1/documents", "-loaded_at"),
    ],
)
def test_cursor_walk_under_every_sort(client: TestClient, path: str, sort: str) -> None:
    everything = [
        i["id"] for i in client.get(path, params={"limit": 500, "sort": sort}).json()["items"]
    ]
    walked, _ = walk(client, path, sort=sort)
    assert walked == everything
    assert len(set(walked)) == len(walked)


def test_sorts_order_as_named(client: TestClient) -> None:
    def order(path: str, sort: str) -> list[str]:
        return [i["id"] for i in client.get(path, params={"sort": sort}).json()["items"]]

    assert order("/v1/incidents", "occurred_on") == ["inc_deir", "inc_later"]
    assert order("/v1/incidents", "-occurred_on") == ["inc_later", "inc_deir"]
    ids = order("/v1/claims", "id")
    assert ids == sorted(ids)
    assert order("/v1/claims", "-id") == ids[::-1]
    names = [i["name"] for i in client.get("/v1/actors", params={"sort": "name"}).json()["items"]]
    assert names == sorted(names)
    counts = [i["claim_count"] for i in client.get("/v1/sources").json()["items"]]
    assert counts == sorted(counts, reverse=True)


def test_undated_incidents_come_last_in_both_directions(client: TestClient) -> None:
    undated = make_extraction(
        [
            ClaimSpec(
                "clm_undated", "centcom", "CENTCOM said it struck a depot.", incident_id="inc_x"
            )
        ],
        [make_incident("inc_x", occurred_on=None, claim_ids=["clm_undated"])],
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, undated)
    for sort in ("occurred_on", "-occurred_on"):
        ids, _ = walk(client, "/v1/incidents", sort=sort)
        assert ids[-1] == "inc_x"


def test_cursor_is_stable_under_inserts(client: TestClient) -> None:
    first = client.get("/v1/claims", params={"limit": 3}).json()
    seen = [i["id"] for i in first["items"]]
    # A new document whose claims sort before everything already paged.
    early = with_document_id(
        make_extraction([ClaimSpec("clm_new", "centcom", "CENTCOM said nothing new.")]),
        "doc_000000000000",
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, early)
    rest = walk(client, first["next"])[0]
    assert not set(seen) & set(rest)
    everything = [i["id"] for i in client.get("/v1/claims", params={"limit": 500}).json()["items"]]
    # Nothing after the cursor is skipped; the insert may appear only where it sorts.
    assert [i for i in everything if i not in seen and i != "clm_new"] == [
        i for i in rest if i != "clm_new"
    ]


def test_next_keeps_filters_and_drops_offset(client: TestClient) -> None:
    body = client.get("/v1/claims", params={"source": "russian-mod", "limit": 1}).json()
    assert "source=russian-mod" in body["next"]
    second = client.get(body["next"]).json()
    assert [i["source"]["id"] for i in second["items"]] == ["russian-mod"]
    assert second["next"] is None
    with_offset = client.get("/v1/claims", params={"limit": 1, "offset": 2}).json()
    assert "offset" not in with_offset["next"]


def cursor_of(payload: object) -> str:
    """A cursor made by hand."""
    return base64.urlsafe_b64encode(orjson.dumps(payload)).rstrip(b"=").decode()


@pytest.mark.parametrize(
    "cursor",
    [
        "not a cursor",
        "%%%",
        cursor_of({"a": 1}),
        cursor_of(["document"]),
        cursor_of(["document", "doc", "zero", "clm"]),
        cursor_of(["document", "doc", 1, None]),
        cursor_of(["id", "clm_x"]),
        cursor_of(["-document", "doc", 1, "clm"]),
        cursor_of(["document", "doc", True, "clm"]),
        "' OR 1=1 --",
    ],
)
def test_bad_cursor_is_a_422_naming_cursor(client: TestClient, cursor: str) -> None:
    body = assert_problem(client.get("/v1/claims", params={"cursor": cursor}), 422)
    assert body["errors"][0]["loc"] == ["query", "cursor"]


def test_cursor_of_another_sort_says_so(client: TestClient) -> None:
    page = client.get("/v1/incidents", params={"limit": 1, "sort": "id"}).json()
    cursor = page["next"].split("cursor=")[1]
    body = assert_problem(client.get("/v1/incidents", params={"cursor": cursor}), 422)
    assert "sort='id'" in body["detail"]


@pytest.mark.parametrize("path", LISTS)
@pytest.mark.parametrize("sort", ["nope", "-", "text", "id; DROP TABLE claim", "--id"])
def test_unknown_sort_is_a_422_listing_the_allowed_fields(
    client: TestClient, path: str, sort: str
) -> None:
    body = assert_problem(client.get(path, params={"sort": sort}), 422)
    assert body["errors"][0]["loc"] == ["query", "sort"]
    assert "allowed: " in body["detail"]
    assert "id" in body["detail"].split("allowed: ")[1]


@pytest.mark.parametrize("path", ["/v1/claims", "/v1/incidents"])
def test_rank_needs_a_search(client: TestClient, path: str) -> None:
    body = assert_problem(client.get(path, params={"sort": "rank"}), 422)
    assert body["errors"][0]["loc"] == ["query", "sort"]


def test_spec_lists_the_sort_whitelist(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/v1/claims"]["get"]["parameters"]}
    assert "-confidence" in params["sort"]["schema"]["enum"]


def test_an_offset_past_the_databases_integers_is_a_422(client: TestClient) -> None:
    """Found by schemathesis: 2^63 overflowed SQLite's INTEGER (a 500)."""
    response = client.get("/v1/actors", params={"offset": 2**63})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["query", "offset"]
    assert client.get("/v1/actors", params={"offset": 10**12}).status_code == 200


@pytest.mark.parametrize(
    "value",
    [
        datetime(2026, 1, 5, 9, 30, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 30, 0, 1, tzinfo=UTC),
        datetime(2026, 1, 5, 9, 30, 0, 120000, tzinfo=UTC),
        datetime(1, 1, 1, tzinfo=UTC),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 1, 5, 10, 30, tzinfo=timezone(timedelta(hours=1))),
        datetime(2026, 1, 5, 9, 30, 0, 5),
        "2026-01-05 09:30:00.000005",
    ],
)
def test_timestamps_are_written_as_isoformat_in_utc(value: datetime | str) -> None:
    parsed = datetime.fromisoformat(value) if isinstance(value, str) else value
    utc = parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
    assert iso_timestamp(value) == utc.isoformat().replace("+00:00", "Z")
