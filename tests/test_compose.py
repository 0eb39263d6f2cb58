"""compose.yaml: PostgreSQL, a one-shot migration the API waits for, the API with workers and a
health check; `docker compose config` validates it where Docker Compose is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "compose.yaml"


def test_services_start_in_order_with_health_checks() -> None:
    spec = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    services = spec["services"]
    assert set(services) == {"db", "migrate", "api"}
    assert services["db"]["image"].startswith("postgres:15")
    assert "pg_isready" in services["db"]["healthcheck"]["test"]
    assert services["migrate"]["command"] == ["incidents", "db", "upgrade"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    api = services["api"]
    assert api["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert "--workers" in api["command"] and "--no-migrate" in api["command"]
    assert api["environment"]["INCIDENTS_MIGRATE_ON_STARTUP"] == "false"
    assert "/healthz" in " ".join(api["healthcheck"]["test"])
    for name in ("migrate", "api"):
        url = services[name]["environment"]["INCIDENTS_DATABASE_URL"]
        assert url.startswith("postgresql://") and "@db:5432/" in url


def test_docker_compose_config_accepts_it() -> None:
    docker = shutil.which("docker")
    if docker is None:
        pytest.skip("docker is not installed: `docker compose config` not run")
    probe = subprocess.run([docker, "compose", "version"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("the Docker Compose plugin is not installed: `docker compose config` not run")
    result = subprocess.run(
        [docker, "compose", "--file", str(COMPOSE), "config", "--quiet"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
