"""GET /healthz, and problem details for errors the routes do not raise themselves."""

from __future__ import annotations

from fastapi import HTTPException
from fastapi.testclient import TestClient

from app.core.config import Settings
from app.main import create_app
from tests.api.helpers import assert_problem


def test_healthz_counts(client: TestClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"] in {"sqlite", "postgresql"}
    counts = body["counts"]
    assert (counts["documents"], counts["incidents"], counts["claims"]) == (2, 2, 7)
    assert counts["actors"] > 70
    assert counts["load_failures"] == 0


def test_unknown_route_is_a_404_problem(client: TestClient) -> None:
    assert_problem(client.get("/v1/nothing-here"), 404)


def test_wrong_method_is_a_405_problem(client: TestClient) -> None:
    assert_problem(client.post("/v1/claims"), 405)


def test_unexpected_error_is_a_500_problem_without_details(settings: Settings) -> None:
    app = create_app(settings)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/boom")
    body = assert_problem(response, 500)
    assert "secret" not in response.text
    assert body["title"] == "Internal Server Error"


def test_http_exception_is_a_problem(settings: Settings) -> None:
    app = create_app(settings)

    @app.get("/teapot")
    def teapot() -> None:
        raise HTTPException(status_code=418, detail="short and stout")

    with TestClient(app) as client:
        body = assert_problem(client.get("/teapot"), 418)
    assert body["detail"] == "short and stout"
