"""The OpenAPI spec: FastAPI's, with problem details, caching headers, links and examples.

FastAPI builds the spec from the routes; `install_openapi` makes the app serve it with what the
routes cannot say themselves: validation errors are `application/problem+json` problems, every
GET under /v1 documents its validators, `Link` and 304, responses carry links to follow
(`app.api.links`) and an example assembled from their fields' examples.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.api.links import add_links
from app.api.problems import use_problem_media_type
from app.models import IncidentFeatureCollection

DESCRIPTION = (
    "Source-attributed records of armed-conflict incidents extracted from news articles: "
    "who claimed what, where in which article, with which figures. Errors are RFC 9457 "
    "problem details (`application/problem+json`)."
)


def operation_id(route: APIRoute) -> str:
    """The handler's name (`read_claims`) as a stable operation id."""
    return route.name


def _resolve(schema: dict[str, Any], components: dict[str, Any]) -> dict[str, Any]:
    """Follow `$ref` and single non-null `anyOf`/`allOf` options to the schema they mean."""
    for _ in range(8):
        if "$ref" in schema:
            schema = components[schema["$ref"].rsplit("/", 1)[-1]]
            continue
        options = [
            s
            for key in ("anyOf", "oneOf", "allOf")
            for s in schema.get(key, [])
            if s.get("type") != "null"
        ]
        if len(options) == 1:
            schema = options[0]
            continue
        break
    return schema


def example_of(schema: dict[str, Any], components: dict[str, Any], depth: int = 0) -> Any:
    """An example value for `schema`, built from the examples of its fields."""
    target = _resolve(schema, components)
    if depth < 8 and "properties" in target:
        return {
            name: example_of(prop, components, depth + 1)
            for name, prop in target["properties"].items()
        }
    items = _resolve(target.get("items", {}), components)
    if depth < 8 and target.get("type") == "array" and "properties" in items:
        return [example_of(items, components, depth + 1)]
    for candidate in (schema, target):
        if candidate.get("examples"):
            return candidate["examples"][0]
        if candidate.get("enum"):
            return candidate["enum"][0]
    return None


def add_response_examples(spec: dict[str, Any]) -> dict[str, Any]:
    """Give every documented response body an example assembled from its fields' examples."""
    components = spec.get("components", {}).get("schemas", {})
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            for response in operation.get("responses", {}).values():
                for media in response.get("content", {}).values():
                    if "schema" in media and "example" not in media:
                        media["example"] = example_of(media["schema"], components)
    return spec


RESPONSE_HEADERS = {
    "ETag": (
        "Strong validator of this representation; send it back in `If-None-Match` for a 304.",
        '"3f2a9c0d1e7b5a4c8d6e2f10"',
    ),
    "Last-Modified": (
        "When the data last changed (an ingest or a deletion).",
        "Sun, 05 Jan 2026 09:30:00 GMT",
    ),
    "Cache-Control": (
        "Data changes only on ingest: shared caches may keep a page for a minute.",
        "public, max-age=60, stale-while-revalidate=600",
    ),
}
LINK_HEADER = (
    "RFC 8288 link to the next page, absent on the last page.",
    '<http://127.0.0.1:8000/v1/claims?limit=50&cursor=WyJkb2N1bWVudCJd>; rel="next"',
)


def add_caching_docs(spec: dict[str, Any]) -> dict[str, Any]:
    """Document the validators, `Link` and the 304 answer of every GET under /v1."""
    for path, path_item in spec.get("paths", {}).items():
        operation = path_item.get("get")
        if operation is None or not path.startswith("/v1/"):
            continue
        ok = operation["responses"]["200"]
        headers = dict(RESPONSE_HEADERS)
        if "next" in str(ok.get("content", {}).get("application/json", {}).get("schema", {})) or (
            "{" not in path
        ):
            headers["Link"] = LINK_HEADER
        ok["headers"] = {
            name: {"description": description, "schema": {"type": "string"}, "example": example}
            for name, (description, example) in headers.items()
        }
        operation["responses"]["304"] = {
            "description": "Not Modified: the `If-None-Match` ETag (or `If-Modified-Since` "
            "date) still names the current representation.",
            "headers": ok["headers"],
        }
    return spec


def use_problem_for_validation_errors(spec: dict[str, Any]) -> dict[str, Any]:
    """Point FastAPI's default 422 schema at `Problem`: validation errors are problems here."""
    schemas = spec.get("components", {}).get("schemas", {})
    if "Problem" not in schemas:
        return spec
    for path_item in spec.get("paths", {}).values():
        for operation in path_item.values():
            response = operation.get("responses", {}).get("422")
            if not response:
                continue
            for media in response.get("content", {}).values():
                if media.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
                    media["schema"] = {"$ref": "#/components/schemas/Problem"}
    text = str(spec.get("paths", {}))
    for name in ("HTTPValidationError", "ValidationError"):
        if f"/{name}'" not in text:
            schemas.pop(name, None)
    return spec


def add_schema(spec: dict[str, Any], model: type[Any]) -> None:
    """Add a model (and the models it uses) to the spec's components."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas = spec.setdefault("components", {}).setdefault("schemas", {})
    for name, definition in schema.pop("$defs", {}).items():
        schemas.setdefault(name, definition)
    schemas.setdefault(model.__name__, schema)


def build_spec(app: FastAPI) -> dict[str, Any]:
    """The spec of `app`: FastAPI's, with problem media types, caching docs, links, examples."""
    spec = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    add_schema(spec, IncidentFeatureCollection)
    spec = add_caching_docs(use_problem_media_type(use_problem_for_validation_errors(spec)))
    spec = add_links(spec)
    return add_response_examples(spec)


def install_openapi(app: FastAPI) -> None:
    """Serve `build_spec(app)` as the app's spec, built once on first use."""

    def openapi() -> dict[str, Any]:
        """The spec, with problem media types and response examples."""
        if app.openapi_schema is None:
            app.openapi_schema = build_spec(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
