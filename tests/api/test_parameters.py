"""The list routes' query parameters (app.api.params): one pass, one validation, FastAPI's
problems and documentation. Each kind of parameter has its 422, worded as FastAPI words it."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

import pytest
from fastapi.testclient import TestClient

from app.api.params import Param, Parameters
from app.api.routes.actors import ACTORS
from app.api.routes.claims import CLAIMS
from app.api.routes.incidents import INCIDENTS
from app.api.routes.sources import SOURCES
from tests.api.helpers import assert_problem

# (route, query string) -> (the parameter, pydantic's message, its error type)
PROBLEMS: list[tuple[str, str, str, str, str]] = [
    # integers with bounds
    (
        "/v1/claims",
        "limit=0",
        "limit",
        "Input should be greater than or equal to 1",
        "greater_than_equal",
    ),
    (
        "/v1/claims",
        "limit=501",
        "limit",
        "Input should be less than or equal to 500",
        "less_than_equal",
    ),
    (
        "/v1/documents",
        "limit=1.5",
        "limit",
        "Input should be a valid integer, unable to parse string as an integer",
        "int_parsing",
    ),
    (
        "/v1/sources",
        "limit=",
        "limit",
        "Input should be a valid integer, unable to parse string as an integer",
        "int_parsing",
    ),
    (
        "/v1/actors",
        "offset=-1",
        "offset",
        "Input should be greater than or equal to 0",
        "greater_than_equal",
    ),
    # numbers with bounds
    (
        "/v1/claims",
        "min_confidence=2",
        "min_confidence",
        "Input should be less than or equal to 1",
        "less_than_equal",
    ),
    (
        "/v1/claims",
        "min_confidence=x",
        "min_confidence",
        "Input should be a valid number, unable to parse string as a number",
        "float_parsing",
    ),
    # dates and timestamps
    (
        "/v1/claims",
        "since=2016-13-01",
        "since",
        "Input should be a valid date or datetime, month value is outside expected range of 1-12",
        "date_from_datetime_parsing",
    ),
    (
        "/v1/incidents",
        "until=yesterday",
        "until",
        "Input should be a valid date or datetime, input is too short",
        "date_from_datetime_parsing",
    ),
    (
        "/v1/load-failures",
        "updated_since=notatime",
        "updated_since",
        "Input should be a valid datetime or date, input is too short",
        "datetime_from_date_parsing",
    ),
    # enumerations and literals
    (
        "/v1/claims",
        "kind=DIRECT",
        "kind",
        "Input should be 'direct', 'indirect', 'mixed' or 'publisher'",
        "enum",
    ),
    ("/v1/claims", "format=xml", "format", "Input should be 'json' or 'csv'", "literal_error"),
    (
        "/v1/incidents",
        "format=pdf",
        "format",
        "Input should be 'json', 'csv' or 'geojson'",
        "literal_error",
    ),
    # booleans
    (
        "/v1/actors",
        "known=maybe",
        "known",
        "Input should be a valid boolean, unable to interpret input",
        "bool_parsing",
    ),
    # text with lengths
    (
        "/v1/claims",
        "cursor=",
        "cursor",
        "String should have at least 1 character",
        "string_too_short",
    ),
    (
        "/v1/incidents",
        "q=" + "a" * 501,
        "q",
        "String should have at most 500 characters",
        "string_too_long",
    ),
    # a single value given twice: the last counts, as FastAPI reads it
    (
        "/v1/claims",
        "limit=2&limit=0",
        "limit",
        "Input should be greater than or equal to 1",
        "greater_than_equal",
    ),
]


@pytest.mark.parametrize(("path", "query", "name", "message", "type_"), PROBLEMS)
def test_every_kind_of_parameter_has_fastapis_problem(
    client: TestClient, path: str, query: str, name: str, message: str, type_: str
) -> None:
    body = assert_problem(client.get(f"{path}?{query}"), 422)
    assert body["detail"] == f"{name}: {message}"
    assert body["errors"] == [{"loc": ["query", name], "msg": message, "type": type_}]


def test_every_invalid_parameter_is_named_in_declaration_order(client: TestClient) -> None:
    body = assert_problem(client.get("/v1/claims?limit=0&min_confidence=7&kind=z"), 422)
    assert [e["loc"][1] for e in body["errors"]] == ["kind", "min_confidence", "limit"]
    assert body["detail"].split("; ")[0] == (
        "kind: Input should be 'direct', 'indirect', 'mixed' or 'publisher'"
    )


def test_an_unknown_or_nul_parameter_is_refused_before_values_are_checked(
    client: TestClient,
) -> None:
    unknown = assert_problem(client.get("/v1/claims?limit=0&sorce=x"), 422)
    assert unknown["errors"] == [
        {"loc": ["query", "sorce"], "msg": "unknown parameter", "type": "unknown_parameter"}
    ]
    assert unknown["detail"].startswith("sorce: unknown parameter; this route takes: cursor, ")
    nul = assert_problem(client.get("/v1/sources?_=a%00b&limit=0"), 422)
    assert nul["errors"] == [{"loc": ["query", "_"], "msg": "contains NUL", "type": "value_error"}]


def test_values_are_parsed_to_their_types(client: TestClient) -> None:
    good = client.get("/v1/claims?limit=0&limit=2&min_confidence=0.5&kind=direct&since=2016-01-01")
    assert good.status_code == 200, good.text
    assert good.json()["limit"] == 2
    assert client.get("/v1/actors?known=1&limit=%201").json()["limit"] == 1


PARAMS = Parameters(
    "Example",
    [
        Param("tag", list[str], "Tags.", [["a"]]),
        Param("on", date, "A day."),
        Param("at", datetime, "A time."),
        Param("n", int, "A count.", default=3, constraints={"ge": 1}),
        Param("mode", Literal["a", "b"], "A mode."),
    ],
)


class Query:
    """Just what `Parameters.parse` reads of a request."""

    def __init__(self, query: str) -> None:
        from starlette.datastructures import QueryParams

        self.query_params = QueryParams(query)


def parse(query: str) -> dict[str, Any]:
    """`PARAMS` parsed from a query string."""
    return PARAMS.parse(Query(query))  # type: ignore[arg-type]


def test_parse_gives_defaults_lists_and_typed_values() -> None:
    assert parse("") == {"tag": None, "on": None, "at": None, "n": 3, "mode": None}
    parsed = parse("tag=x&tag=y&on=2016-09-01&at=2016-09-01T10:00:00Z&n=5&mode=b&_r=1")
    assert parsed["tag"] == ["x", "y"]
    assert parsed["on"] == date(2016, 9, 1)
    assert parsed["at"].isoformat() == "2016-09-01T10:00:00+00:00"
    assert (parsed["n"], parsed["mode"]) == (5, "b")


def test_openapi_documents_each_parameter_as_fastapi_does() -> None:
    documented = {p["name"]: p for p in PARAMS.openapi()["parameters"]}
    assert list(documented) == ["tag", "on", "at", "n", "mode"]
    assert documented["tag"] == {
        "name": "tag",
        "in": "query",
        "required": False,
        "description": "Tags.",
        "schema": {
            "anyOf": [{"items": {"type": "string"}, "type": "array"}, {"type": "null"}],
            "description": "Tags.",
            "examples": [["a"]],
            "title": "Tag",
        },
    }
    assert documented["n"]["schema"] == {
        "default": 3,
        "description": "A count.",
        "examples": [],
        "minimum": 1,
        "title": "N",
        "type": "integer",
    }


@pytest.mark.parametrize("resource", [CLAIMS, INCIDENTS, ACTORS, SOURCES])
def test_list_routes_document_their_filters_then_search_then_paging(
    client: TestClient, resource: Any
) -> None:
    spec = client.get("/openapi.json").json()
    documented = [p["name"] for p in spec["paths"][f"/v1/{resource.name}"]["get"]["parameters"]]
    own = [f.name for f in resource.filters if f.name != "updated_since"]
    search = ["q"] if resource.searchable else []
    common = ["updated_since"] if any(f.name == "updated_since" for f in resource.filters) else []
    assert documented == [*own, *search, *common, "sort", "cursor", "limit", "offset", "format"]
