"""Hostile input: out-of-range integers, deep or broken JSON, non-articles, bad URLs, limits.

Each probe here was a 500 (or a stored record it should not be) before; each must now be a
problem answer naming what is wrong, and the connection must stay usable after it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlmodel import Session, func, select

from app.api.deps import MAX_OFFSET
from app.api.writes import MAX_JSON_DEPTH, json_depth
from app.core.config import Settings
from app.main import create_app
from app.models import Document
from tests.api.helpers import assert_problem
from tests.api.test_paging_sorting import LISTS
from tests.ingest.conftest import AUTH, TOKEN

ARTICLE = "CENTCOM said 62 soldiers were killed in the strike on Saturday."


def cursor_of(*payload: object) -> str:
    """A cursor as the API encodes them, holding `payload`."""
    return base64.urlsafe_b64encode(orjson.dumps(list(payload))).rstrip(b"=").decode()


@pytest.fixture
def hostile(settings: Settings) -> Iterator[TestClient]:
    """A writer app with small extraction limits, for both engines."""
    limited = settings.model_copy(
        update={
            "write_token": SecretStr(TOKEN),
            "max_text_chars": 5_000,
            "max_claims": 5,
        }
    )
    with TestClient(create_app(limited), raise_server_exceptions=False) as client:
        yield client


def stored_documents(client: TestClient) -> int:
    with Session(client.app.state.engine) as session:  # type: ignore[attr-defined]
        return session.exec(select(func.count()).select_from(Document)).one()


@pytest.mark.parametrize("path", LISTS)
def test_offset_beyond_its_cap_is_422(client: TestClient, path: str) -> None:
    for offset in (2**63, MAX_OFFSET + 1):
        body = assert_problem(client.get(path, params={"offset": str(offset)}), 422)
        assert body["errors"][0]["loc"] == ["query", "offset"]
    assert client.get(path, params={"offset": str(MAX_OFFSET)}).status_code == 200


@pytest.mark.parametrize(
    ("path", "sort", "values"),
    [
        ("/v1/claims", "document", ["doc_x", 2**64, "clm_x"]),
        ("/v1/sources", "claim_count", [2**70, "centcom"]),
        ("/v1/load-failures", "id", [-(2**63) - 1]),
        ("/v1/claims", "confidence", [1e400, "clm_x"]),
        ("/v1/claims", "document", ["doc\u0000x", 1, "clm_x"]),
    ],
)
def test_cursor_values_out_of_range_are_422(
    client: TestClient, path: str, sort: str, values: list[object]
) -> None:
    cursor = base64.urlsafe_b64encode(
        json.dumps([sort, *values]).encode()  # json, not orjson: it writes 2**64 and Infinity
    ).decode()
    response = client.get(path, params={"sort": sort, "cursor": cursor})
    assert assert_problem(response, 422)["errors"][0]["loc"] == ["query", "cursor"]


def test_nul_in_a_parameter_or_a_path_is_a_problem_not_a_500(client: TestClient) -> None:
    assert_problem(client.get("/v1/claims", params={"incident": "inc\x00"}), 422)
    assert_problem(client.get("/v1/claims/clm%00x"), 404)


def test_ancient_timestamp_with_an_offset_is_answered(client: TestClient) -> None:
    response = client.get("/v1/claims", params={"updated_since": "0001-01-01T00:00:00+05:00"})
    assert response.status_code == 200


def test_deeply_nested_body_is_400_before_parsing(hostile: TestClient) -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    response = hostile.post(
        "/v1/documents", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert "deeper" in assert_problem(response, 400)["detail"]


def test_json_depth_ignores_brackets_inside_strings() -> None:
    assert json_depth(b'{"text": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}', 16) == 1
    assert json_depth(b'{"a": "\\"[[[[", "b": [[1]]}', 16) == 3
    assert json_depth(b"[" * 40, MAX_JSON_DEPTH) == MAX_JSON_DEPTH + 1


def test_lone_surrogate_is_400_naming_the_field(hostile: TestClient) -> None:
    body = b'{"text": "' + ARTICLE.encode() + b'", "title": "bad \\ud800 title"}'
    response = hostile.post(
        "/v1/documents", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    problem = assert_problem(response, 400)
    assert problem["detail"].startswith("title:")
    assert problem["errors"][0]["loc"] == ["body", "title"]
    assert stored_documents(hostile) == 0


@pytest.mark.parametrize("text", ["!!!! ????", "1 2 3 4 5", "x", "a b c d e f"])
def test_text_without_a_sentence_of_words_is_422(hostile: TestClient, text: str) -> None:
    response = hostile.post("/v1/documents", json={"text": text}, headers=AUTH)
    problem = assert_problem(response, 422)
    assert problem["errors"][0]["loc"] == ["body", "text"]
    assert stored_documents(hostile) == 0


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "http://", "https://a b.example/", "x"]
)
def test_url_must_be_http_or_https(hostile: TestClient, url: str) -> None:
    response = hostile.post("/v1/documents", json={"text": ARTICLE, "url": url}, headers=AUTH)
    assert assert_problem(response, 422)["errors"][0]["loc"] == ["body", "url"]


def test_http_url_is_stored(hostile: TestClient) -> None:
    url = "https://example.org/news/1?id=2"
    response = hostile.post("/v1/documents", json={"text": ARTICLE, "url": url}, headers=AUTH)
    assert response.status_code == 201, response.text
    document = hostile.get(response.headers["location"]).json()
    assert document["url"] == url


def test_text_over_the_character_limit_is_413(hostile: TestClient) -> None:
    response = hostile.post("/v1/documents", json={"text": ARTICLE * 100}, headers=AUTH)
    assert "INCIDENTS_MAX_TEXT_CHARS" in assert_problem(response, 413)["detail"]
    assert stored_documents(hostile) == 0


def test_too_many_claims_is_422_and_stores_nothing(hostile: TestClient) -> None:
    text = " ".join(f"Officials in town {n} said {n + 2} people were killed." for n in range(20))
    response = hostile.post("/v1/documents", json={"text": text}, headers=AUTH)
    assert "INCIDENTS_MAX_CLAIMS" in assert_problem(response, 422)["detail"]
    assert stored_documents(hostile) == 0


def test_extraction_over_its_cpu_budget_is_422(settings: Settings) -> None:
    tight = settings.model_copy(
        update={"write_token": SecretStr(TOKEN), "max_extraction_seconds": 1e-9}
    )
    with TestClient(create_app(tight)) as client:
        response = client.post("/v1/documents", json={"text": ARTICLE}, headers=AUTH)
        assert "INCIDENTS_MAX_EXTRACTION_SECONDS" in assert_problem(response, 422)["detail"]
        assert stored_documents(client) == 0


def test_posted_mojibake_and_c1_controls_are_repaired(hostile: TestClient) -> None:
    text = "The minister said he didnâ€™t know \x95 and the army said 5 were killed."
    response = hostile.post(
        "/v1/documents", json={"text": text, "title": "Talks\x81 fail"}, headers=AUTH
    )
    assert response.status_code == 201, response.text
    document = hostile.get(response.headers["location"]).json()
    assert document["text"] == "The minister said he didn’t know • and the army said 5 were killed."
    assert document["title"] == "Talks fail"
