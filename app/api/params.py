"""Query parameters of the list routes: declared once, read in one pass, documented in the spec.

A list route takes a dozen or more query parameters. Declared one by one as `Query()`
arguments, FastAPI looks each up and validates it on its own on every request, which cost a
cold page more than its database queries (bench/README.md). Here a route's parameters are one
`Parameters`: one pass over the query string (unknown names and NUL characters refused on the
way), then one pydantic validation of them all together. The messages and error types are
pydantic's, the same FastAPI gives, and the 422 problem is the one `RequestValidationError`
gets (`app.api.problems`). `openapi()` documents each parameter exactly as FastAPI would have.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, get_origin

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, ValidationError, create_model
from pydantic.json_schema import JsonDict

from app.api.problems import ProblemException


@dataclass(frozen=True)
class Param:
    """One query parameter: its value type (`list[str]` when it repeats), documentation,
    constraints (`ge`, `le`, `min_length`, `max_length`) and default (None: optional)."""

    name: str
    type: Any
    description: str
    examples: Sequence[Any] = ()
    default: Any = None
    constraints: Mapping[str, Any] = field(default_factory=dict)
    enum: Sequence[str] | None = None  # documented as an enum; the route checks it (a 422 of ours)

    @property
    def repeats(self) -> bool:
        """Whether the parameter may be given several times (its values form a list)."""
        return get_origin(self.type) is list

    def field(self) -> tuple[Any, Any]:
        """The pydantic field validating the parameter."""
        annotation = self.type if self.default is not None else self.type | None
        extra: JsonDict | None = {"enum": [*self.enum]} if self.enum is not None else None
        return annotation, Field(
            self.default,
            description=self.description,
            examples=list(self.examples),
            json_schema_extra=extra,
            **self.constraints,
        )


class Parameters:
    """The query parameters of one route, parsed together."""

    def __init__(self, name: str, params: Sequence[Param]) -> None:
        self.params = tuple(params)
        self.names = frozenset(p.name for p in self.params)
        self.repeated = frozenset(p.name for p in self.params if p.repeats)
        self.model: type[BaseModel] = create_model(  # type: ignore[call-overload]
            f"{name}Parameters", **{p.name: p.field() for p in self.params}
        )

    def parse(self, request: Request) -> dict[str, Any]:
        """Each parameter's value (its default when not given); a 422 problem otherwise."""
        raw: dict[str, Any] = {}
        for name, value in request.query_params.multi_items():
            check_parameter(name, value, self.names)
            if name in self.repeated:
                raw.setdefault(name, []).append(value)
            elif name in self.names:
                raw[name] = value  # the last one, as FastAPI reads a repeated single value
        try:
            return dict(self.model.model_validate(raw))
        except ValidationError as exc:
            raise RequestValidationError(
                [{**error, "loc": ("query", *error["loc"])} for error in exc.errors()]
            ) from exc

    def openapi(self) -> dict[str, Any]:
        """The route's parameters as FastAPI documents `Query()` arguments (`openapi_extra`)."""
        schema = self.model.model_json_schema(ref_template="#/components/schemas/{model}")
        parameters = []
        for param in self.params:
            prop = dict(schema["properties"][param.name])
            if prop.get("default", 0) is None:
                del prop["default"]  # FastAPI leaves an optional parameter's None unsaid
            # pydantic titles every field but one that is a reference (an enum); FastAPI all
            prop.setdefault("title", param.name.replace("_", " ").title())
            parameters.append(
                {
                    "name": param.name,
                    "in": "query",
                    "required": False,
                    "schema": prop,
                    "description": param.description,
                }
            )
        return {"parameters": parameters}


def check_parameter(name: str, value: str, known: frozenset[str]) -> None:
    """A 422 for a query parameter the route does not take (`?sorce=` is a typo, not "all") or
    a value holding NUL. Names starting with `_` are cache-busters (`_=1700000000`)."""
    if "\x00" in value:
        # PostgreSQL text cannot hold NUL: refuse it here rather than fail in the driver.
        raise ProblemException(
            422,
            f"{name}: must not contain NUL characters",
            errors=[{"loc": ["query", name], "msg": "contains NUL", "type": "value_error"}],
        )
    if name not in known and not name.startswith("_"):
        allowed = ", ".join(sorted(known)) or "none"
        raise ProblemException(
            422,
            f"{name}: unknown parameter; this route takes: {allowed}",
            errors=[
                {"loc": ["query", name], "msg": "unknown parameter", "type": "unknown_parameter"}
            ],
        )
