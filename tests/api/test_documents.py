"""GET /v1/documents, /v1/documents/{id} and /v1/load-failures."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from tests.api.helpers import assert_problem
from tests.factories import first_extraction


def test_list_omits_text(client: TestClient) -> None:
    body = client.get("/v1/documents").json()
    assert (body["total"], body["limit"], body["offset"]) == (2, 50, 0)
    assert all("text" not in d for d in body["items"])
    # Newest publication first.
    assert [d["published_on"] for d in body["items"]] == ["2016-10-03", "2016-09-18"]
    assert body["items"][0]["publisher_actor_id"] == "press-tv"


def test_detail_has_text(client: TestClient) -> None:
    expected = first_extraction().document
    document = client.get(f"/v1/documents/{expected.id}").json()
    assert document["text"] == expected.text
    assert document["sha256"] == expected.sha256
    assert document["extractor_version"]
    assert document["loaded_at"]


def test_unknown_document_is_a_404_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/documents/doc_nope"), 404)


def test_startup_loads_documents_dir_and_reports_failures(
    settings: Settings, documents_dir: Path
) -> None:
    (documents_dir / "good.txt").write_text("Officials said two people were killed.\n")
    (documents_dir / "broken.txt").write_bytes(b"caf\xe9 \xff\xfe")
    with TestClient(create_app(settings)) as client:
        documents = client.get("/v1/documents").json()
        failures = client.get("/v1/load-failures").json()
    assert documents["total"] == 1
    assert failures["total"] == 1
    failure = failures["items"][0]
    assert failure["path"].endswith("broken.txt")
    assert "UTF-8" in failure["error"]
    assert failure["failed_at"]


def test_startup_without_loading(settings: Settings, documents_dir: Path) -> None:
    (documents_dir / "good.txt").write_text("Officials said two people were killed.\n")
    settings = settings.model_copy(update={"load_on_startup": False})
    with TestClient(create_app(settings)) as client:
        assert client.get("/v1/documents").json()["total"] == 0
        assert client.get("/v1/actors").json()["total"] > 0
