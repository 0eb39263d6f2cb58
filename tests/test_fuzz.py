"""The fuzz suite: over 10,000 requests against the whole committed spec, none answered 5xx,
every error an `application/problem+json` problem.

Three parts, on one app (SQLite in memory, the sample data, writes enabled):
- schemathesis, every operation, positive and negative cases (values outside the schema);
- hostile values from our own hypothesis strategies for every query parameter of every list
  and detail route (integers past 64 bits, NUL, huge, non-ASCII, malformed cursors and
  escapes, conditional headers), and hostile JSON bodies for POST;
- a schemathesis state machine following the spec's links (POST a document, read it, list its
  claims, delete it...).
Deterministic (derandomised) so that CI sees the same cases every run.
"""

from __future__ import annotations

import base64
import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.transport import Response
from sqlmodel import Session, select

from app.core.config import Settings
from app.documents import load_extraction, remove_document
from app.main import create_app
from app.models import Document
from tests.api.helpers import send_case
from tests.factories import sample_extractions

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "fuzz-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
SCHEMATHESIS_CASES = 300  # per operation and mode
HOSTILE_CASES = 450  # per route
MIN_REQUESTS = 10_000
SENT: Counter[str] = Counter()
STATEFUL: Counter[str] = Counter()  # what the state machine did, by operation and status

app = create_app(
    Settings(
        database_url="sqlite://",
        documents_dir=Path(tempfile.gettempdir()) / "incidents-fuzz-empty",
        data_dir=ROOT / "data",
        load_on_startup=False,
        write_token=SecretStr(TOKEN),
    )
)
spec = json.loads((ROOT / "openapi" / "openapi.json").read_text())
schema = schemathesis.openapi.from_path(str(ROOT / "openapi" / "openapi.json"))
schema.app = app
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
SETTINGS = {
    "derandomize": True,
    "deadline": None,
    "database": None,
    "suppress_health_check": list(HealthCheck),
}


@pytest.fixture(scope="module")
def client() -> Any:
    """The app, started once, holding the sample extractions."""
    with TestClient(app, raise_server_exceptions=False) as client:
        with Session(app.state.engine) as session:
            for extraction in sample_extractions():
                load_extraction(session, extraction)
        yield client


def check(response: httpx.Response, what: str) -> None:
    """No 5xx; an error is a problem document."""
    SENT[what] += 1
    assert response.status_code < 500, f"{what}: {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json", what
        body = response.json()
        assert body["status"] == response.status_code and body["title"], what


# 1. schemathesis over every operation


@schema.parametrize()
@settings(max_examples=SCHEMATHESIS_CASES, **SETTINGS)  # type: ignore[arg-type]
def test_schemathesis_finds_no_server_error(client: TestClient, case: schemathesis.Case) -> None:
    response = send_case(client, case, AUTH)
    case.validate_response(response, checks=[not_a_server_error])
    SENT["schemathesis"] += 1
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json"


# 2. hostile values

BIG = [str(2**63), str(-(2**63) - 1), str(2**64), "9" * 400, "1e309", "-1e309"]
ODD = ["nan", "NaN", "inf", "-inf", "-0", "0x10", "١٢٣", "1_000", " 1", "1 ", "+1", "00", ""]
TEXTS = [
    "\x00",
    "a\x00b",
    "' OR 1=1 --",
    "%",
    "%%",
    "\\",
    '"',
    "*",
    "-",
    "OR",
    '"a" OR -b*',
    "a" * 5000,
    "é" * 300,
    "\u202e\u200b\ufeff",
    "../../etc/passwd",
    "<script>",
    "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59-05:00",
    "2016-02-30",
    "centcom",
    "-updated_at",
    "rank",
]


def cursor_of(payload: Any) -> str:
    """A cursor-shaped value holding `payload` (json, so it may hold 2**64 or Infinity)."""
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


values = st.one_of(
    st.sampled_from(BIG + ODD + TEXTS),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
    st.lists(
        st.one_of(
            st.sampled_from(["document", "-confidence", "id", "claim_count", None, True]),
            st.integers(min_value=-(2**66), max_value=2**66),
            st.floats(),
            st.text(max_size=10),
        ),
        max_size=5,
    ).map(cursor_of),
    st.binary(max_size=12).map(lambda b: base64.urlsafe_b64encode(b).decode()),
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "If-None-Match": st.sampled_from(['"x"', "*", "W/", '"' + "a" * 3000 + '"', "\t"]),
        "If-Modified-Since": st.sampled_from(["yesterday", "Sun, 06 Nov 1994 08:49:37 GMT", ""]),
        "Accept": st.sampled_from(["text/csv", "application/geo+json", "*/*;q=x", "x/y" * 100]),
    },
)


def query_parameters(path: str) -> list[str]:
    """The documented query parameters of GET `path`."""
    return [
        p["name"] for p in spec["paths"][path]["get"].get("parameters", []) if p["in"] == "query"
    ]


LISTS = [p for p in spec["paths"] if "{" not in p and "get" in spec["paths"][p]]
DETAILS = [p for p in spec["paths"] if "{" in p and "get" in spec["paths"][p]]


@pytest.mark.parametrize("path", LISTS)
@settings(max_examples=HOSTILE_CASES, **SETTINGS)  # type: ignore[arg-type]
@given(data=st.data())
def test_hostile_query_values_are_never_a_server_error(
    client: TestClient, path: str, data: st.DataObject
) -> None:
    names = [*query_parameters(path), "sorce", "_", "limit"]
    chosen = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=4))
    params = [(name, data.draw(values)) for name in chosen]
    check(client.get(path, params=params, headers=data.draw(HEADERS)), path)


@pytest.mark.parametrize("path", DETAILS)
@settings(max_examples=HOSTILE_CASES // 3, **SETTINGS)  # type: ignore[arg-type]
@given(value=values, extra=values)
def test_hostile_ids_are_never_a_server_error(
    client: TestClient, path: str, value: str, extra: str
) -> None:
    url = path.split("{")[0] + quote(value, safe="") + ("/figures" if "figures" in path else "")
    check(client.get(url, params={"x": extra} if extra else None), path)


RAW_QUERIES = st.one_of(
    st.sampled_from(
        [
            "%",
            "%ZZ",
            "%ff%fe%00",
            "&&&==&",
            "limit=1&" * 500,
            "offset=%2B1",
            "cursor=" + "A" * 3000,
            "q=%22",
            "source=" + "a," * 2000,
            "bbox=1,2,3",
            "bbox=nan,nan,nan,nan",
            "bbox=1e999,0,0,0",
        ]
    ),
    st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
)


@pytest.mark.parametrize("path", LISTS)
@settings(max_examples=HOSTILE_CASES // 3, **SETTINGS)  # type: ignore[arg-type]
@given(raw=RAW_QUERIES)
def test_raw_query_strings_are_never_a_server_error(
    client: TestClient, path: str, raw: str
) -> None:
    encoded = "".join(c if 0x20 < ord(c) < 0x7F else f"%{ord(c):02X}" for c in raw)
    check(client.get(f"{path}?{encoded}"), path + " (raw)")


JSON_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=30)),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)
BODIES = st.one_of(
    st.sampled_from(
        [
            b"",
            b"{",
            b"[" * 100_000 + b"]" * 100_000,
            b'{"text": "\\ud800"}',
            b'{"text": "ok\\udfff ok ok"}',
            b'{"text": "\xff\xfe"}',
            b'{"text": "' + b"a " * 40_000 + b'"}',
            b'{"text": "!!!! ????"}',
            b'{"text": "The army said five were killed.", "url": "javascript:alert(1)"}',
            b'{"text": "The army said five were killed.", "published_on": "0000-01-01"}',
            b'{"text": "The army said five were killed.", "language": "' + b"x" * 100 + b'"}',
            b'{"text": 12}',
            b'{"text": null}',
            b"null",
            b"1e999999",
        ]
    ),
    st.fixed_dictionaries(
        {"text": st.text(max_size=200)},
        optional={
            "title": st.text(max_size=30),
            "url": st.text(max_size=30),
            "published_on": st.text(max_size=12),
            "publisher": st.text(max_size=20),
        },
    ).map(lambda d: json.dumps(d).encode()),
    JSON_VALUES.map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=HOSTILE_CASES, **SETTINGS)  # type: ignore[arg-type]
@given(body=BODIES)
def test_hostile_post_bodies_are_never_a_server_error(client: TestClient, body: bytes) -> None:
    headers = {**AUTH, "Content-Type": "application/json"}
    check(client.post("/v1/documents", content=body, headers=headers), "POST /v1/documents")


# 3. stateful: follow the spec's links

Workflow = schema.as_state_machine()


class LinkedWorkflows(Workflow):  # type: ignore[misc,valid-type]
    """POST, read, list and delete along the links, with the write token."""

    client: TestClient | None = None

    def setup(self) -> None:
        """Every run starts from the sample data alone (hypothesis replays runs and must see
        the same answers to the same requests; earlier tests here stored documents too)."""
        self.reset()

    def teardown(self) -> None:
        """Leave the sample data alone behind."""
        self.reset()

    def reset(self) -> None:
        """Delete every document but the samples, and store the samples again."""
        assert self.client is not None
        engine = self.client.app.state.engine  # type: ignore[attr-defined]
        samples = sample_extractions()
        keep = {extraction.document.id for extraction in samples}
        with Session(engine) as session:
            for document_id in session.exec(select(Document.id)).all():
                if document_id not in keep:
                    remove_document(session=session, document_id=document_id)
            for extraction in samples:
                load_extraction(session, extraction)

    def call(self, case: schemathesis.Case, **kwargs: Any) -> Response:
        """Through the module's client (see `send_case`)."""
        assert self.client is not None, "the module's client fixture starts the app"
        return Response.from_httpx(send_case(self.client, case, AUTH), verify=True)

    def validate_response(
        self, response: Any, case: schemathesis.Case, additional_checks: Any = (), **kwargs: Any
    ) -> None:
        """No 5xx, and errors are problems."""
        SENT["stateful"] += 1
        STATEFUL[f"{case.method} {case.path} {response.status_code}"] += 1
        case.validate_response(response, checks=[not_a_server_error])
        if response.status_code >= 400:
            assert response.headers["content-type"] == ["application/problem+json"]


TestStateful = LinkedWorkflows.TestCase
TestStateful.settings = settings(
    max_examples=60,
    stateful_step_count=8,
    **SETTINGS,  # type: ignore[arg-type]
)


@pytest.fixture(autouse=True, scope="module")
def _state_machine_client(client: TestClient) -> None:
    """The state machine sends through the module's client."""
    LinkedWorkflows.client = client


def test_the_suite_sent_enough_requests(client: TestClient) -> None:
    """Runs last in this module: the fuzz parts above sent at least MIN_REQUESTS."""
    parts = ("schemathesis", "stateful", "POST /v1/documents", "/v1/claims", "/v1/claims (raw)")
    if not all(SENT[part] for part in parts):
        pytest.skip("counts only when the whole module runs")
    total = sum(SENT.values())
    print(f"fuzz requests: {total} ({dict(SENT)}); stateful: {dict(STATEFUL)}")
    assert total >= MIN_REQUESTS, dict(SENT)
