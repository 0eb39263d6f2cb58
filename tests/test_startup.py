"""Start-up failures are one clear line on stderr and a non-zero exit, from `incidents serve`
(which `make run` and the container's CMD run) instead of a 130-line traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[1]
INCIDENTS = Path(sys.executable).with_name("incidents")


def serve(env: dict[str, str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run `incidents serve` on port 9129 with `env`; it must fail before serving."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTS_")}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [str(INCIDENTS), "serve", "--port", "9129"],
        env={**clean, "INCIDENTS_LOAD_ON_STARTUP": "false", **env},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )


def assert_one_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ")
    for words in expected:
        assert words in lines[0]


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"INCIDENTS_DATABASE_URL": "postgresql://postgres@127.0.0.1:5449/none"},
            ("database postgresql+psycopg://postgres@127.0.0.1:5449/none", "5449"),
        ),
        ({"INCIDENTS_DATABASE_URL": "sqlite:////nonexistent/dir/x.db"}, ("/nonexistent/dir/x.db",)),
        ({"INCIDENTS_DATABASE_URL": "mysql://nobody@localhost/x"}, ("unsupported database",)),
        ({"INCIDENTS_DATABASE_URL": "postgresql://h:notaport/x"}, ("database",)),
        ({"INCIDENTS_MAX_CLAIMS": "many"}, ("INCIDENTS_MAX_CLAIMS", "integer")),
        ({"INCIDENTS_LOG_LEVEL": "LOUD"}, ("INCIDENTS_LOG_LEVEL",)),
        ({"INCIDENTS_DATA_DIR": "/nonexistent"}, ("actor registry", "/nonexistent")),
    ],
)
def test_start_up_failures_are_one_line(
    env: dict[str, str], expected: tuple[str, ...], tmp_path: Path
) -> None:
    assert_one_line(serve(env, tmp_path), *expected)


def test_make_run_and_the_container_start_through_incidents_serve() -> None:
    makefile = (PROJECT_ROOT / "Makefile").read_text()
    run_recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "incidents serve" in run_recipe
    assert 'CMD ["incidents", "serve"' in (PROJECT_ROOT / "Dockerfile").read_text()
