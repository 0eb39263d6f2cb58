"""The `incidents` command: extract, load (files, folders, CSV, JSONL), eval, openapi, errors."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url
from sqlmodel import Session, func, select
from typer.testing import CliRunner

from app.cli import cli, render_openapi
from app.core.config import Settings
from app.db import create_db_engine, init_db
from app.main import app, create_app
from app.models import Claim, Document, LoadFailure

SEED = Path(__file__).resolve().parents[1] / "data" / "documents" / "000_f236ada43775dc95.txt"
# The shared corpus beside the repository (absent from a user's clone: that test skips).
FAKES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "fa-kes" / "fakes.csv"

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
    ("args", "message", "code"),
    [
        (["extract", "no/such/file.txt"], "no such file", 2),
        (["extract", str(SEED), "--published", "17 Sept"], "bad date", 1),
        (["extract", str(SEED), "--format", "xml"], "--format", 2),
        (["extract", str(SEED), str(SEED), "--format", "json"], "jsonl", 2),
    ],
)
def test_extract_bad_input_is_one_line_on_stderr(args: list[str], message: str, code: int) -> None:
    result = runner.invoke(cli, args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_extract_csv_prints_one_json_line_per_row_in_order(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text(
        "id,body,outlet,day\n"
        "a,An airstrike killed 12 civilians in Idlib on Monday.,SANA,2016-09-21\n"
        "b,,SANA,2016-09-21\n"
        "c,A car bomb killed five people in Azaz.,Reuters,2016-09-22\n",
        encoding="utf-8",
    )
    args = ["extract", str(path), "--text", "body", "--publisher", "outlet", "--published", "day"]
    result = runner.invoke(cli, [*args, "--id-column", "id"])
    assert result.exit_code == 1  # row b has no text: reported, the others still printed
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["input"] for line in lines] == [f"{path}#id=a", f"{path}#id=c"]
    assert [line["document"]["publisher"] for line in lines] == ["SANA", "Reuters"]
    assert lines[0]["document"]["published_on"] == "2016-09-21"
    assert f"{path}#id=b: no text" in result.stderr


def test_extract_format_jsonl_for_one_file() -> None:
    result = runner.invoke(cli, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["document"]["publisher"] == "Press TV"


def test_extract_csv_without_the_mapped_column_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "articles.csv"
    path.write_text("text\nA strike killed 3.\n", encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(path), "--title", "headline"])
    assert result.exit_code == 2
    assert "no column 'headline' for --title" in result.stderr


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


def test_a_bulk_load_refreshes_the_statistics_and_a_small_one_does_not(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`load` refreshes the planner's statistics when it stored at least BULK_DOCUMENTS new
    documents (here lowered to 1), and leaves it to the database otherwise."""
    refreshed: list[str] = []
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    monkeypatch.setattr("app.cli.BULK_DOCUMENTS", 1)
    monkeypatch.setattr("app.cli.refresh_statistics", lambda e: refreshed.append(e.dialect.name))
    first = runner.invoke(cli, ["load", str(SEED)])
    assert first.exit_code == 0, first.stderr
    assert refreshed == [make_url(file_database_url).get_backend_name()]
    again = runner.invoke(cli, ["load", str(SEED)])  # nothing new
    assert again.exit_code == 0, again.stderr
    assert len(refreshed) == 1


def test_load_exits_non_zero_when_a_document_fails(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    result = runner.invoke(cli, ["load", str(SEED), str(bad)])
    assert result.exit_code == 1
    assert "1 new, 0 unchanged, 1 failed" in result.stdout
    assert f"failed: {bad}: not UTF-8 text" in result.stderr


def stored(database_url: str) -> dict[str, int]:
    """Documents, claims and load failures in the database the CLI wrote to."""
    engine = create_db_engine(database_url)
    try:
        init_db(engine)  # a CLI run refused before loading created no tables
        with Session(engine) as session:
            return {
                table.__name__: session.exec(select(func.count()).select_from(table)).one()
                for table in (Document, Claim, LoadFailure)
            }
    finally:
        engine.dispose()


def write_article(path: Path, text: str | bytes, meta: dict[str, object] | None = None) -> Path:
    """Write an article (and its sidecar)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    if meta is not None:
        path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def test_load_a_folder_with_a_sidecar_and_a_broken_file(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    folder = tmp_path / "articles"
    meta = {"publisher": "Press TV", "published": "2016-09-18"}
    write_article(folder / "a.txt", "CENTCOM said 62 soldiers were killed in the strike.\n", meta)
    write_article(folder / "sub" / "b.txt", "Witnesses said the market was hit.\n")
    write_article(folder / "c.txt", "Officials said three were killed.\n", {"published": "x"})
    write_article(folder / "d.txt", b"caf\xe9")
    result = runner.invoke(cli, ["load", str(folder)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1].startswith("2 new, 0 unchanged, 2 failed; ")
    failures = result.stderr.splitlines()
    assert [line.split(": ")[1] for line in failures] == [
        str(folder / "c.txt"),
        str(folder / "d.txt"),
    ]
    assert "bad date" in failures[0] and "not UTF-8" in failures[1]
    counts = stored(file_database_url)
    assert (counts["Document"], counts["LoadFailure"]) == (2, 2)
    assert counts["Claim"] > 0
    again = runner.invoke(cli, ["load", "--quiet", str(folder)])
    assert again.stdout.splitlines()[-1].startswith("0 new, 2 unchanged, 2 failed; 0 claims")


def test_load_a_csv_with_a_column_mapping(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    path = tmp_path / "rows.csv"
    path.write_text(
        "unit_id,article_title,article_content,source,date\n"
        "11,Strike,CENTCOM said 62 soldiers were killed in the strike.,Reuters,9/12/16\n"
        "12,Market,Witnesses said the market was hit.,SANA,2016-09-13\n"
        "13,Bad,Officials said three were killed.,SANA,someday\n"
        "14,Empty, ,SANA,9/14/16\n",
        encoding="utf-8",
    )
    result = runner.invoke(
        cli,
        [
            "load",
            str(path),
            *("--text", "article_content", "--title", "article_title"),
            *("--publisher", "source", "--published", "date", "--id-column", "unit_id"),
        ],
    )
    assert result.exit_code == 1
    assert "2 new, 0 unchanged, 2 failed" in result.stdout
    assert f"failed: {path}#unit_id=13: bad date 'someday'" in result.stderr
    assert f"failed: {path}#unit_id=14: no text in column 'article_content'" in result.stderr
    with TestClient(
        create_app(Settings(database_url=file_database_url, load_on_startup=False))
    ) as client:
        documents = client.get("/v1/documents", params={"sort": "published_on"}).json()["items"]
        failures = client.get("/v1/load-failures").json()["items"]
    assert [(d["title"], d["publisher"], d["published_on"]) for d in documents] == [
        ("Strike", "Reuters", "2016-09-12"),
        ("Market", "SANA", "2016-09-13"),
    ]
    assert sorted(f["path"] for f in failures) == [f"{path}#unit_id=13", f"{path}#unit_id=14"]


def test_load_jsonl(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    path = tmp_path / "rows.jsonl"
    rows = [
        {"body": "CENTCOM said 62 soldiers were killed in the strike.", "day": "18.09.2016"},
        {"body": "Witnesses said the market was hit.", "day": "19.09.2016"},
        {"body": "Officials said so.", "day": "2016-09-20"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    args = ["load", str(path), "--text", "body", "--published", "day", "--date-format", "%d.%m.%Y"]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert "2 new, 0 unchanged, 1 failed" in result.stdout
    assert f"{path}#line=3: bad date '2016-09-20' (expected format '%d.%m.%Y')" in result.stderr
    assert stored(file_database_url)["Document"] == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--text", "body"], "no column 'body' for --text"),
        (["--text", "article_content", "--published", "when"], "no column 'when' for --published"),
        (["--text", "article_content", "--encoding", "nope"], "unknown encoding 'nope'"),
    ],
)
def test_load_usage_errors_exit_2_before_loading(
    file_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    path = tmp_path / "rows.csv"
    path.write_text("article_content\nCENTCOM said 62 soldiers were killed.\n", encoding="utf-8")
    result = runner.invoke(cli, ["load", str(SEED), str(path), *args])
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.startswith("error: ")
    assert stored(file_database_url)["Document"] == 0  # the valid SEED was not loaded either


@pytest.mark.parametrize("name", ["missing.txt", "missing-folder"])
def test_load_unknown_path_exits_2(tmp_path: Path, name: str) -> None:
    result = runner.invoke(cli, ["load", str(tmp_path / name)])
    assert result.exit_code == 2
    assert "no such file or folder" in result.stderr


def test_load_unsupported_file_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "article.pdf"
    path.write_bytes(b"%PDF-1.4")
    result = runner.invoke(cli, ["load", str(path)])
    assert result.exit_code == 2
    assert "unsupported file type '.pdf'" in result.stderr


def test_load_lists_at_most_twenty_failures(
    file_database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    path = tmp_path / "empty.csv"
    path.write_text("text\n" + '" "\n' * 25, encoding="utf-8")
    result = runner.invoke(cli, ["load", str(path)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 21
    assert lines[-1].startswith("... and 5 more")
    assert "0 new, 0 unchanged, 25 failed" in result.stdout


@pytest.mark.skipif(not FAKES.is_file(), reason=f"FA-KES not present at {FAKES}")
def test_load_all_of_fakes(file_database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENTS_DATABASE_URL", file_database_url)
    mapping = ["--text", "article_content", "--title", "article_title", "--publisher", "source"]
    args = ["load", str(FAKES), *mapping, "--published", "date", "--id-column", "unit_id"]
    result = runner.invoke(cli, [*args, "--encoding", "latin-1"])  # FA-KES is not UTF-8
    assert result.exit_code == 0, result.stderr
    summary = re.match(r"(\d+) new, (\d+) unchanged, 0 failed", result.stdout.splitlines()[-1])
    assert summary is not None, result.stdout
    new, unchanged = int(summary[1]), int(summary[2])
    assert new + unchanged == 804
    assert stored(file_database_url)["Document"] == new


def write_gold(directory: Path) -> None:
    """A one-article gold set: one claim whose speaker the extractor gets, one it does not."""
    text = "CENTCOM said 62 soldiers were killed in the strike.\n\nThe weather was fine, the ministry said.\n"
    write_article(directory / "a.txt", text, {"publisher": "Reuters", "published": "2016-09-18"})
    gold = {
        "claims": [
            {
                "anchor": "62 soldiers were killed in the strike",
                "source": "US Central Command",
                "figures": [{"metric": "killed", "value": 62}],
            },
            {
                "anchor": "The weather was fine",
                "source": "Russian Ministry of Defence",
                "speaker": "the ministry",
                "cue": "said",
            },
        ]
    }
    (directory / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def test_eval_prints_a_table(tmp_path: Path) -> None:
    write_gold(tmp_path)
    result = runner.invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    header, article, overall, missed, wrong, figures = result.stdout.splitlines()
    assert (missed, figures) == ("missed by cue: none", "missing figures by metric: none")
    assert wrong == "wrong source by cause: description 1"  # 'the ministry': a description
    assert header.split() == [
        "article", "gold", "extracted", "precision", "recall", "F1", "speaker", "figures"
    ]  # fmt: skip
    assert article.split() == ["a", "2", "2", "1.000", "1.000", "1.000", "0.500", "1.000"]
    assert overall.split()[1:] == article.split()[1:]


def test_eval_json(tmp_path: Path) -> None:
    write_gold(tmp_path)
    result = runner.invoke(cli, ["eval", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"articles", "overall", "causes"}
    assert scores["causes"]["wrong_source_by_cause"] == {"description": 1}
    assert scores["articles"]["a"]["speaker_accuracy"] == 0.5
    assert scores["overall"]["recall"] == 1.0


def test_eval_verbose_lists_the_misses(tmp_path: Path) -> None:
    write_gold(tmp_path)
    result = runner.invoke(cli, ["eval", "-v", str(tmp_path)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("  - a: wrong source")
    scores = json.loads(runner.invoke(cli, ["eval", "--json", "-v", str(tmp_path)]).stdout)
    assert len(scores["misses"]) == 1


@pytest.mark.parametrize("make", [False, True])
def test_eval_without_annotations_exits_2(tmp_path: Path, make: bool) -> None:
    directory = tmp_path / "gold"
    if make:
        directory.mkdir()
    result = runner.invoke(cli, ["eval", str(directory)])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")


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
    for name in ("serve", "load", "extract", "eval", "openapi"):
        assert name in result.stdout
