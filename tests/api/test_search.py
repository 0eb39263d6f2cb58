"""Full-text search `q=` over claim texts and incident titles: words, phrases, OR, exclusion,
prefixes, stemming, ranking, paging; a malformed query is a 422, never a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import Session

from app.api.listing import parse_search
from app.api.problems import ProblemException
from app.documents import load_extraction
from tests.api.helpers import assert_problem, ids
from tests.factories import ClaimSpec, make_extraction


def search(client: TestClient, q: str, path: str = "/v1/claims", **params: object) -> dict:
    """The body of a search."""
    response = client.get(path, params={"q": q, **params})
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("soldiers", {"clm_russia_killed"}),
        ("SOLDIERS", {"clm_russia_killed"}),
        ('"Syrian soldiers"', {"clm_russia_killed"}),
        ('"soldiers Syrian"', set()),
        ("vehicles OR fighters", {"clm_centcom_vehicles", "clm_russia_later"}),
        ("killed -fighters", {"clm_russia_killed"}),
        ("kill", {"clm_russia_killed", "clm_russia_later"}),  # stemmed
        ("vehic*", {"clm_centcom_vehicles"}),
        ('"serious and blatant"', {"clm_general_command"}),
        ("CENTCOM said", {"clm_centcom_belief", "clm_centcom_vehicles"}),
        ("Daesh", {"clm_centcom_belief", "clm_publisher"}),
        ("nothing-like-this", set()),
        ("'; DROP TABLE claim; --", set()),
        ("killed ANDROID", set()),  # words are quoted: no operator can be injected
    ],
)
def test_claim_search(client: TestClient, q: str, expected: set[str]) -> None:
    body = search(client, q)
    assert ids(body) == expected
    assert body["total"] == len(expected)


def test_search_combines_with_filters(client: TestClient) -> None:
    assert ids(search(client, "killed", source="russian-mod", kind="indirect")) == {
        "clm_russia_later"
    }


def test_ranked_best_first(client: TestClient) -> None:
    texts = [
        "The ministry said the shells hit a depot.",
        "The ministry said a depot, a second depot and a third depot were hit.",
    ]
    extraction = make_extraction(
        [ClaimSpec(f"clm_rank{n}", "centcom", t) for n, t in enumerate(texts)]
    )
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        load_extraction(session, extraction)
    body = search(client, "depot")
    assert [i["id"] for i in body["items"]] == ["clm_rank1", "clm_rank0"]
    # Other sorts still apply to search results.
    assert [i["id"] for i in search(client, "depot", sort="id")["items"]] == [
        "clm_rank0",
        "clm_rank1",
    ]


def test_search_pages_by_cursor(client: TestClient) -> None:
    everything = [i["id"] for i in search(client, "said", limit=500)["items"]]
    page = search(client, "said", limit=2)
    walked = [i["id"] for i in page["items"]]
    while page["next"]:
        page = client.get(page["next"]).json()
        walked += [i["id"] for i in page["items"]]
    assert walked == everything
    assert len(everything) >= 4


def test_incident_title_search(client: TestClient) -> None:
    assert ids(search(client, "inc_later", "/v1/incidents")) == {"inc_later"}
    assert ids(search(client, "airstrike", "/v1/incidents")) == {"inc_deir", "inc_later"}
    assert ids(search(client, "airstrike -deir", "/v1/incidents")) == {"inc_later"}


@pytest.mark.parametrize(
    "q",
    [
        '"unclosed phrase',
        "OR",
        "killed OR",
        "OR killed",
        "a OR OR b",
        "-killed",
        '""',
        "!!! ???",
        "x " * 40,
        "x*",
        "ki*",
        " OR ".join(["killed*"] * 5),
        " OR ".join(["x*"] * 30),
    ],
)
@pytest.mark.parametrize("path", ["/v1/claims", "/v1/incidents"])
def test_malformed_query_is_a_422_naming_q(client: TestClient, path: str, q: str) -> None:
    body = assert_problem(client.get(path, params={"q": q}), 422)
    assert body["errors"][0]["loc"] == ["query", "q"]


def test_query_translation() -> None:
    parsed = parse_search('strike "air base" OR airport -drill kill*')
    assert parsed.fts5() == (
        '(("strike") AND ("air base" OR "airport") AND ("kill"*)) NOT ("drill")'
    )
    assert parsed.tsquery() == "((strike)) & ((air <-> base) | (airport)) & ((kill:*)) & !(drill)"
    with pytest.raises(ProblemException):
        parse_search("-only -excluded")
