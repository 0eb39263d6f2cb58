"""The `incidents` command: extract, load, openapi, and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli, render_openapi
from app.main import app

SEED = Path(__file__).resolve().parents[1] / "data" / "documents" / "000_f236ada43775dc95.txt"

runner = CliRunner()


def test_extract_prints_the_extraction_as_json() -> None:
    result = runner.invoke(cli, ["extract", str(SEED)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"extractor_version", "document", "actors", "incidents", "claims"}
    assert data["document"]["publisher"] == "Press TV"  # from the sidecar
    assert data["document"]["published_on"] == "2016-09-18"


def test_extract_flags_override_the_sidecar() -> None:
    args = ["extract", str(SEED), "--publisher", "AFP", "--published", "2016-09-17"]
    result = runner.invoke(cli, [*args, "--title", "T", "--relayed-by", "Nobody"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)["document"]
    assert (document["publisher"], document["published_on"]) == ("AFP", "2016-09-17")
    assert (document["title"], document["relayed_by"]) == ("T", "Nobody")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "no/such/file.txt"], "No such file"),
        (["extract", str(SEED), "--published", "17 Sept"], "bad date"),
    ],
)
def test_extract_bad_input_is_one_line_on_stderr(args: list[str], message: str) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_extract_undecodable_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xff\xfe\x00")
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: ")


def test_load_prints_a_summary_and_is_idempotent(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    first = runner.invoke(cli, ["load", str(SEED)])
    assert first.exit_code == 0, first.stderr
    assert "1 new, 0 unchanged, 0 failed" in first.stdout
    again = runner.invoke(cli, ["load", str(SEED)])
    assert again.exit_code == 0, again.stderr
    assert "0 new, 1 unchanged, 0 failed" in again.stdout


def test_load_exits_non_zero_when_a_document_fails(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    result = runner.invoke(cli, ["load", str(SEED), str(bad)])
    assert result.exit_code == 1
    assert "1 new, 0 unchanged, 1 failed" in result.stdout
    assert "bad.txt" in result.stdout


def test_load_unreachable_database_is_one_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", f"sqlite:///{tmp_path}/missing/dir/x.db")
    result = runner.invoke(cli, ["load", str(SEED)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error: database")
    assert len(result.stderr.strip().splitlines()) == 1


def test_openapi_writes_the_spec(tmp_path: Path) -> None:
    output = tmp_path / "spec" / "openapi.json"
    result = runner.invoke(cli, ["openapi", "--output", str(output)])
    assert result.exit_code == 0, result.stderr
    assert output.read_text(encoding="utf-8") == render_openapi(app.openapi())


def test_console_script_entry_point() -> None:
    script = Path(sys.executable).with_name("incidents")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    result = subprocess.run([*command, "--help"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    for name in ("serve", "load", "extract", "openapi"):
        assert name in result.stdout
