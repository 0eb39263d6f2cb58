"""Reading inputs: folders, sidecars, CSV and JSONL rows with a column mapping, dates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.documents import (
    ColumnMapping,
    InputError,
    LoadError,
    Record,
    Source,
    check_encoding,
    check_source,
    collect_sources,
    count_records,
    iter_records,
    parse_published,
    repair_text,
)

FAKES_MAPPING = ColumnMapping(
    text="article_content", title="article_title", publisher="source", published="date"
)


def records(path: Path, mapping: ColumnMapping) -> list[Record]:
    """Every record of one input file."""
    (source,) = collect_sources([path])
    check_source(source, mapping)
    found = list(iter_records(source, mapping))
    assert count_records(source, mapping) == len(found)
    return found


@pytest.mark.parametrize(
    ("value", "date_format", "expected"),
    [
        ("2016-09-18", None, date(2016, 9, 18)),
        ("9/12/16", None, date(2016, 9, 12)),  # month first, as FA-KES writes it
        ("4/16/17", None, date(2017, 4, 16)),
        (" 12 September 2016 ", None, date(2016, 9, 12)),
        ("Sept. 9, 2016", None, date(2016, 9, 9)),
        ("18.09.2016", "%d.%m.%Y", date(2016, 9, 18)),
    ],
)
def test_parse_published(value: str, date_format: str | None, expected: date) -> None:
    assert parse_published(value, date_format) == expected


@pytest.mark.parametrize(
    ("value", "date_format"),
    [("yesterday", None), ("13/13/16", None), ("soon", None), ("2016-09-18", "%m/%d/%y")],
)
def test_unparseable_dates_are_load_errors(value: str, date_format: str | None) -> None:
    with pytest.raises(LoadError, match="bad date"):
        parse_published(value, date_format)


def test_folders_are_searched_recursively_in_path_order(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/c.TXT", ".hidden/x.txt", "a/.y.txt", "notes.md", "d.csv"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [s.path.relative_to(tmp_path).as_posix() for s in collect_sources([tmp_path])]
    assert found == ["a/c.TXT", "a/z.txt", "b.txt"]  # CSV files only when named


def test_explicit_files_keep_their_order_and_kind(tmp_path: Path) -> None:
    paths = [tmp_path / "z.jsonl", tmp_path / "a.csv", tmp_path / "m.txt"]
    for path in paths:
        path.write_text("", encoding="utf-8")
    assert collect_sources(paths) == [
        Source(paths[0], "jsonl"),
        Source(paths[1], "csv"),
        Source(paths[2], "txt"),
    ]


@pytest.mark.parametrize(
    ("name", "message"), [("absent.txt", "no such file"), ("a.pdf", "unsupported")]
)
def test_unusable_paths_are_input_errors(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match=message):
        collect_sources([tmp_path / name])


def test_unknown_encoding_is_an_input_error() -> None:
    check_encoding("latin-1")
    with pytest.raises(InputError, match="unknown encoding"):
        check_encoding("klingon-8")


def test_txt_record_reads_its_sidecar(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Officials said a strike hit the base.\n")
    meta = {"publisher": "Press TV", "published": "2016-09-18"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (record,) = records(path, ColumnMapping())
    assert record.error is None
    assert record.raw == path.read_bytes()
    assert (record.meta.publisher, record.meta.published_on) == ("Press TV", date(2016, 9, 18))


def test_txt_record_with_a_broken_sidecar_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("text", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{oops", encoding="utf-8")
    (record,) = records(path, ColumnMapping())
    assert record.error is not None and "not valid JSON" in record.error


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write a CSV file with Windows line ends, as spreadsheets do."""
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_csv_rows_with_the_fakes_mapping(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "fakes.csv",
        "\ufeffunit_id,article_title,article_content,source,date\n"
        '1923848275,Strike,"The army said 62 were killed.\nMore, later.",SANA,9/12/16\n'
        "1923848276,Other,,SANA,9/13/16\n"
        "1923848277,Bad date,Officials said so.,SANA,someday\n"
        "1923848278,Short row\n",
    )
    found = records(path, FAKES_MAPPING)
    assert [r.name for r in found] == [f"{path}#row={n}" for n in (1, 2, 3, 4)]
    first = found[0]
    assert first.error is None
    assert first.raw == b"The army said 62 were killed.\r\nMore, later."
    assert (first.meta.title, first.meta.publisher) == ("Strike", "SANA")
    assert (first.meta.published_on, first.meta.language) == (date(2016, 9, 12), "en")
    assert [r.error for r in found[1:]] == [
        "no text in column 'article_content'",
        "bad date 'someday': not YYYY-MM-DD nor a date dateparser understands (pass --date-format)",
        "no text in column 'article_content'",
    ]


def test_csv_id_column_names_the_records(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", "id,body\n17,One said.\n,Two said.\n")
    found = records(path, ColumnMapping(text="body", id_column="id"))
    assert [r.name for r in found] == [f"{path}#id=17", f"{path}#row=2"]


def test_csv_without_a_mapped_column_is_an_input_error(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "a.csv", "body,when\nOne said.,2016-09-18\n")
    (source,) = collect_sources([path])
    with pytest.raises(InputError, match="no column 'text' for --text"):
        check_source(source, ColumnMapping())
    with pytest.raises(InputError, match=r"no column 'date' for --published.*'body', 'when'"):
        check_source(source, ColumnMapping(text="body", published="date"))
    with pytest.raises(InputError, match="--id-column"):
        check_source(source, ColumnMapping(text="body", id_column="unit_id"))
    empty = write_csv(tmp_path / "empty.csv", "")
    with pytest.raises(InputError, match="header row"):
        check_source(collect_sources([empty])[0], ColumnMapping())


def test_csv_cells_not_in_the_encoding_fail_their_row_only(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_bytes(b"text,title\r\nThe army said so.,caf\x95\r\nIt said \x95 no.,ok\r\n")
    found = records(path, ColumnMapping(title="title", encoding="utf-8"))
    assert found[0].error is not None and "column 'title' is not utf-8" in found[0].error
    assert "0x95" in found[0].error and "--encoding" in found[0].error
    assert found[1].error is not None and "column 'text'" in found[1].error
    # Read as Latin-1, byte 0x95 is the C1 control U+0095: repaired to the Windows-1252
    # bullet it stood for, never stored as a control character.
    as_latin1 = records(path, ColumnMapping(title="title", encoding="latin-1"))
    assert [r.error for r in as_latin1] == [None, None]
    assert as_latin1[1].raw == "It said • no.".encode()  # the article's bytes are UTF-8
    assert as_latin1[0].meta.title == "caf•"
    # The default, auto: not UTF-8, so detected; the same repaired text.
    auto = records(path, ColumnMapping(title="title"))
    assert [r.raw for r in auto] == [r.raw for r in as_latin1]


def test_auto_encoding_repairs_mojibake_and_drops_c1_controls(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    # UTF-8 text that was once read as Windows-1252 (mojibake), and FA-KES-style stray bytes.
    rows = "text,title\r\nThe minister said he didnâ€™t know.,Syria\x81 talks\r\n"
    path.write_bytes(rows.encode("utf-8"))
    (record,) = records(path, ColumnMapping(title="title"))
    assert record.raw.decode() == "The minister said he didn’t know."
    assert record.meta.title == "Syria talks"
    fakes_style = tmp_path / "b.csv"
    fakes_style.write_bytes(b"text\r\nThe medical attention. \x95\x81Time is running out.\r\n")
    (record,) = records(fakes_style, ColumnMapping())
    text = record.raw.decode()
    assert not any(0x80 <= ord(ch) <= 0x9F for ch in text)
    assert text == "The medical attention. •Time is running out."


def test_repair_text_leaves_clean_text_alone() -> None:
    clean = "“Quoted,” she said — in Ｆullwidth, with ﬁ ligature\r\nand café."
    assert repair_text(clean) == clean


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps({"text": "The army said so.", "published": "2016-09-18", "id": 7}),
        "",
        "{broken",
        json.dumps(["not", "an", "object"]),
        json.dumps({"body": "no text key"}),
        json.dumps({"text": "Title is a number.", "title": {"a": 1}}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = records(path, ColumnMapping(published="published", id_column="id", title="title"))
    assert [r.name for r in found] == [f"{path}#id=7"] + [f"{path}#line={n}" for n in (3, 4, 5, 6)]
    assert found[0].error is None and found[0].meta.published_on == date(2016, 9, 18)
    errors = [r.error or "" for r in found[1:]]
    assert "not valid JSON" in errors[0]
    assert "expected a JSON object, not list" in errors[1]
    assert errors[2] == "no text in column 'text'"
    assert "must be text" in errors[3]


def test_jsonl_line_not_in_the_encoding_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "fine"}\n{"text": "caf\xe9"}\n')
    found = records(path, ColumnMapping(encoding="utf-8"))
    assert [r.error is None for r in found] == [True, False]
    assert "not utf-8" in (found[1].error or "")
    detected = records(path, ColumnMapping())  # --encoding auto: read as Latin-1
    assert [r.raw.decode() for r in detected] == ["fine", "café"]


def test_a_url_that_is_not_http_fails_its_row(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text(
        "text,url\r\nThe army said so.,javascript:alert(1)\r\nIt said so.,https://example.org/a\r\n",
        encoding="utf-8",
    )
    bad, good = records(path, ColumnMapping(url="url"))
    assert bad.error is not None and "http" in bad.error
    assert good.error is None and good.meta.url == "https://example.org/a"
