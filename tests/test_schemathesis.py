"""Property-based tests of the committed spec with schemathesis: no 5xx, no off-spec response.

Bounded and deterministic: a fixed number of cases per operation, derandomised, on SQLite with
the sample data (PostgreSQL runs the same routes through the rest of the suite).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlmodel import Session

from app.core.config import Settings
from app.documents import load_extraction
from app.main import create_app
from tests.api.helpers import send_case
from tests.factories import sample_extractions

SPEC_PATH = Path(__file__).resolve().parents[1] / "openapi" / "openapi.json"
DATA_DIR = Path(__file__).resolve().parents[1] / "data"
CASES_PER_OPERATION = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]

app = create_app(
    Settings(
        database_url="sqlite://",
        documents_dir=Path(tempfile.gettempdir()) / "incidents-schemathesis-empty",
        data_dir=DATA_DIR,
        load_on_startup=False,
    )
)
schema = schemathesis.openapi.from_path(str(SPEC_PATH))
schema.app = app


@pytest.fixture(scope="module", autouse=True)
def running_app() -> Any:
    """Run the app's start-up once and store the sample extractions."""
    with TestClient(app) as client:
        with Session(app.state.engine) as session:
            for extraction in sample_extractions():
                load_extraction(session, extraction)
        yield client


@schema.parametrize()
@settings(
    max_examples=CASES_PER_OPERATION,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_the_committed_spec(
    running_app: TestClient, case: schemathesis.Case
) -> None:
    case.validate_response(send_case(running_app, case), checks=CHECKS)
