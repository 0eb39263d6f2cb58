"""Every list route's JSON matches its declared OpenAPI schema, item by item.

List routes stream rows as dicts instead of validating pydantic models (see the docstring of
app/api/listing.py); this is the check that keeps them honest: each body is validated against
the route's 200 response schema with every object closed (no field the spec does not declare).
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import jsonschema_rs
import pytest
from fastapi.testclient import TestClient

# Every list route, with parameters that make its items as full as the data allows.
LISTS = {
    "/v1/claims": {},
    "/v1/incidents": {},
    "/v1/actors": {},
    "/v1/sources": {},
    "/v1/documents": {},
    "/v1/load-failures": {},
    "/v1/changes": {},
}
# A search adds a rank to the query; the items must not change shape.
SEARCHES = {"/v1/claims": {"q": "killed"}, "/v1/incidents": {"q": "strike OR airstrike"}}


def closed(schema: Any) -> Any:
    """`schema` with `additionalProperties: false` on every object that lists properties."""
    if isinstance(schema, dict):
        schema = {key: closed(value) for key, value in schema.items()}
        if "properties" in schema and "additionalProperties" not in schema:
            schema["additionalProperties"] = False
        return schema
    if isinstance(schema, list):
        return [closed(value) for value in schema]
    return schema


def validator(spec: dict[str, Any], path: str) -> Any:
    """A validator of the JSON 200 response of GET `path`, with the spec's components."""
    response = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    schema = copy.deepcopy(response["schema"])
    schema["components"] = closed(spec["components"])
    return jsonschema_rs.validator_for(schema)


@pytest.fixture
def broken_document(documents_dir: Path) -> None:
    """A document the start-up load fails to read (so load-failures has an item)."""
    (documents_dir / "broken.txt").write_bytes(b"caf\xe9 \xff\xfe")


@pytest.fixture
def full_client(broken_document: None, client: TestClient) -> TestClient:
    """The `client` with the sample extractions, plus one document that failed to load."""
    return client


def test_the_closed_schema_rejects_an_undeclared_field(full_client: TestClient) -> None:
    spec = full_client.get("/openapi.json").json()
    body = full_client.get("/v1/claims").json()
    body["items"][0]["figures"].append({"undeclared": 1})
    assert not validator(spec, "/v1/claims").is_valid(body)


@pytest.mark.parametrize("path", sorted(LISTS))
def test_every_list_matches_its_schema(full_client: TestClient, path: str) -> None:
    spec = full_client.get("/openapi.json").json()
    check = validator(spec, path)
    for params in (LISTS[path], SEARCHES.get(path)):
        if params is None:
            continue
        response = full_client.get(path, params={**params, "limit": 500})
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["items"], f"{path} {params}: no items to check"
        errors = [f"{e.instance_path}: {e.message}" for e in check.iter_errors(body)]
        assert not errors, f"{path} {params}: {errors[:5]}"
