"""The committed OpenAPI spec matches the app, and documents every route and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.cli import render_openapi
from app.main import app

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    """The app's spec, as served at /openapi.json."""
    return app.openapi()


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every (path, method, operation) of the spec."""
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def has_example(item: dict[str, Any]) -> bool:
    """Whether a schema, parameter or media type carries an example."""
    return bool(item.get("examples")) or "example" in item


def test_committed_spec_is_up_to_date(spec: dict[str, Any]) -> None:
    assert SPEC_PATH.read_text(encoding="utf-8") == render_openapi(spec), (
        "openapi/openapi.json is stale: run `make openapi` (incidents openapi) and commit it"
    )


def test_operation_ids_are_the_handler_names(spec: dict[str, Any]) -> None:
    assert {op["operationId"] for _, _, op in operations(spec)} == {
        "read_incidents",
        "read_incident",
        "read_incident_figures",
        "read_claims",
        "read_changes",
        "read_claim",
        "read_actors",
        "read_actor",
        "read_sources",
        "read_documents",
        "read_document",
        "read_load_failures",
        "read_health",
        "create_document",
        "delete_document",
    }


def test_every_operation_is_described_with_examples(spec: dict[str, Any]) -> None:
    missing = []
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        if not op.get("summary") or not op.get("description"):
            missing.append(f"{where}: summary/description")
        for param in op.get("parameters", []):
            if not param.get("description"):
                missing.append(f"{where} ?{param['name']}: description")
            if not (has_example(param) or has_example(param.get("schema", {}))):
                missing.append(f"{where} ?{param['name']}: example")
        for status, response in op["responses"].items():
            if not response.get("description"):
                missing.append(f"{where} {status}: description")
            for media_type, media in response.get("content", {}).items():
                if not has_example(media):
                    missing.append(f"{where} {status} {media_type}: example")
    assert missing == []


def test_errors_are_documented_as_problem_details(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        errors = {s: r for s, r in op["responses"].items() if s[0] in "45"}
        assert "500" in errors, f"{method} {path} does not document 500"
        if op.get("parameters"):
            assert "422" in errors, f"{method} {path} does not document 422"
        if "{" in path:
            assert "404" in errors, f"{method} {path} does not document 404"
        for status, response in errors.items():
            assert list(response["content"]) == ["application/problem+json"], (path, status)


def test_every_schema_field_has_a_description_and_an_example(spec: dict[str, Any]) -> None:
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if not schema.get("description"):
            missing.append(f"{name}: description")
        for field, prop in schema.get("properties", {}).items():
            if not prop.get("description"):
                missing.append(f"{name}.{field}: description")
            if not has_example(prop):
                missing.append(f"{name}.{field}: example")
    assert missing == []
