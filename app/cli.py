"""The `incidents` command: serve the API, load documents, extract one article, write the spec."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from pydantic import ValidationError
from sqlalchemy import Engine, text
from sqlmodel import Session

from app.core.config import Settings
from app.db import (
    BULK_DOCUMENTS,
    Timeouts,
    create_db_engine,
    init_db,
    migrate,
    refresh_statistics,
)
from app.documents import LoadError, parse_date, sync_registry

if TYPE_CHECKING:
    from app.extract import Registry

cli = typer.Typer(
    help="Source-attributed records of armed-conflict incidents.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print a one-line error on stderr and exit non-zero."""
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def _settings() -> Settings:
    """Settings from the environment, or a one-line error naming each invalid one."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"INCIDENTS_{'_'.join(str(p) for p in e['loc']).upper()}: {e['msg']}"
            for e in exc.errors()
        )
        fail(f"invalid configuration: {problems}")
    except ValueError as exc:
        fail(f"invalid configuration: {exc}".splitlines()[0])


def _first_line(exc: BaseException) -> str:
    """An exception's first line (drivers add SQL and hints on the next ones)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _registry_or_fail(settings: Settings) -> Registry:
    """The actor registry and gazetteer, or a one-line error."""
    from app.extract import load_registry

    try:
        return load_registry(settings.data_dir)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot read the actor registry in {settings.data_dir}: {_first_line(exc)}")


def _on_database(settings: Settings, work: Callable[[Engine], None]) -> None:
    """Run `work` on an engine for the configured database, or fail in one line."""
    try:
        engine = create_db_engine(settings.database_url, timeouts=Timeouts.of(settings))
    except Exception as exc:  # a driver that is not installed, a malformed URL
        fail(f"database: {_first_line(exc)}")
    try:
        work(engine)
    except Exception as exc:
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {_first_line(exc)}")
    finally:
        engine.dispose()


def _ping(engine: Engine) -> None:
    """Connect and run one query."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))


def render_openapi(spec: dict[str, Any]) -> str:
    """The spec as committed: sorted keys, indent 2, trailing newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


db_cli = typer.Typer(help="Database schema: Alembic migrations.", no_args_is_help=True)
cli.add_typer(db_cli, name="db")


def _migrate(revision: str = "head", *, downgrade: bool = False) -> None:
    """Run the migrations on the configured database, or fail with one line."""
    _on_database(_settings(), lambda engine: migrate(engine, revision, downgrade=downgrade))


@db_cli.command("upgrade")
def db_upgrade(
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the configured database up to REVISION (a database made before migrations is
    adopted); safe to run from several processes at once."""
    _migrate(revision)
    typer.echo(f"database at {revision}", err=True)


@db_cli.command("downgrade")
def db_downgrade(
    revision: Annotated[str, typer.Argument(help="Target revision, e.g. -1 or 0001.")],
) -> None:
    """Migrate the configured database down to REVISION (may drop data the revisions added)."""
    _migrate(revision, downgrade=True)
    typer.echo(f"database at {revision}", err=True)


@db_cli.command("current")
def db_current() -> None:
    """Print the revision the database is at, and the newest one the code ships."""
    from app.db import current_revision, head_revision

    settings = _settings()
    engine = create_db_engine(settings.database_url)
    try:
        current = current_revision(engine)
    except Exception as exc:
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {exc}".splitlines()[0])
    finally:
        engine.dispose()
    typer.echo(f"current: {current or 'none'}\nhead: {head_revision()}")


@db_cli.command("prune-changes")
def db_prune_changes(
    days: Annotated[
        int | None,
        typer.Option(
            min=1, help="Keep this many days (default: INCIDENTS_CHANGES_RETENTION_DAYS)."
        ),
    ] = None,
) -> None:
    """Delete changes-feed entries older than the retention."""
    from datetime import timedelta

    from app.db import prune_changes

    settings = _settings()
    engine = create_db_engine(settings.database_url)
    try:
        keep = days or settings.changes_retention_days
        pruned = prune_changes(engine, older_than=timedelta(days=keep))
    except Exception as exc:
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {exc}".splitlines()[0])
    finally:
        engine.dispose()
    typer.echo(f"{pruned} changes older than {keep} days pruned")


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes.")] = 1,
    migrate_first: Annotated[
        bool, typer.Option("--migrate/--no-migrate", help="Run the migrations before serving.")
    ] = True,
) -> None:
    """Serve the API with uvicorn: migrations run once first (under a lock), then the workers
    start (each syncs the registry and loads the documents directory when configured)."""
    import os

    import uvicorn

    settings = _settings()
    # What would stop the start-up, checked first: a one-line error, not uvicorn's traceback.
    _registry_or_fail(settings)
    if migrate_first:
        _migrate()
        # The workers find the schema at head and leave it alone.
        os.environ["INCIDENTS_MIGRATE_ON_STARTUP"] = "false"
    else:
        _on_database(settings, _ping)
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=workers,
        log_level=settings.log_level.lower(),
        http="app.serving:NoDelayHTTPProtocol",
    )


MAX_LISTED_FAILURES = 20


def _column(help_text: str) -> Any:
    """A mapping flag naming a CSV column or JSONL key."""
    return typer.Option(help=help_text, metavar="COLUMN", show_default=False)


# The column-mapping flags `load` and `extract` share (see `app.documents.ColumnMapping`).
PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Article .txt files (NAME.meta.json sidecars are read), folders of them "
        "(searched recursively) and .csv/.jsonl files of articles.",
        show_default=False,
    ),
]
TextOpt = Annotated[
    str, _column("CSV column / JSONL key holding the article text (default: text).")
]
TitleOpt = Annotated[str | None, _column("Column of the headline.")]
PublisherOpt = Annotated[str | None, _column("Column of the publishing outlet.")]
RelayedByOpt = Annotated[str | None, _column("Column of the relaying outlet.")]
PublishedOpt = Annotated[str | None, _column("Column of the publication date.")]
UrlOpt = Annotated[str | None, _column("Column of the article URL.")]
LanguageOpt = Annotated[str | None, _column("Column of the ISO 639-1 language code.")]
IdColumnOpt = Annotated[
    str | None, _column("Column identifying a row in reports (default: its row number).")
]
DateFormatOpt = Annotated[
    str | None,
    typer.Option(
        help="strptime format of the date column, e.g. %m/%d/%y (default: YYYY-MM-DD, "
        "else any date dateparser reads, month first).",
        metavar="FORMAT",
        show_default=False,
    ),
]
EncodingOpt = Annotated[
    str,
    typer.Option(
        help="Encoding of CSV/JSONL files: auto (UTF-8, else detected), or e.g. latin-1. "
        "Mojibake and C1 control characters are repaired either way."
    ),
]


def _inputs(paths: list[Path], mapping: Any) -> list[Any]:
    """The input sources, checked against the mapping; a usage error exits 2."""
    from app.documents import InputError, check_encoding, check_source, collect_sources

    try:
        check_encoding(mapping.encoding)
        sources = collect_sources(paths)
        for source in sources:
            check_source(source, mapping)
    except InputError as exc:
        fail(str(exc), code=2)
    return sources


@cli.command()
def load(
    paths: PathsArg,
    text: TextOpt = "text",
    title: TitleOpt = None,
    publisher: PublisherOpt = None,
    relayed_by: RelayedByOpt = None,
    published: PublishedOpt = None,
    url: UrlOpt = None,
    language: LanguageOpt = None,
    id_column: IdColumnOpt = None,
    date_format: DateFormatOpt = None,
    encoding: EncodingOpt = "auto",
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Extraction processes; above 1, documents are also written in batches "
            "(--batch-size per transaction).",
        ),
    ] = 1,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Documents per transaction with --workers.")
    ] = 100,
) -> None:
    """Load articles into the configured database and print a summary; exit 1 if any failed.

    A load that stores 100 or more new documents then refreshes the database's statistics
    (`VACUUM (ANALYZE)` on PostgreSQL, `ANALYZE` on SQLite)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from app.documents import (
        ColumnMapping,
        InputError,
        LoadResult,
        LoadSummary,
        count_records,
        iter_records,
        load_record,
        load_records,
    )
    from app.main import configure_logging

    columns = (title, publisher, relayed_by, published, url, language)
    mapping = ColumnMapping(text, *columns, id_column, date_format, encoding)
    sources = _inputs(paths, mapping)
    try:
        total = sum(count_records(source, mapping) for source in sources)
    except InputError as exc:
        fail(str(exc), code=2)
    settings = _settings()
    configure_logging(settings.log_level)
    registry = _registry_or_fail(settings)
    summary = LoadSummary()
    progress = Progress(
        TextColumn("loading"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=Console(stderr=True),
        disable=quiet or not sys.stderr.isatty(),
    )
    try:
        engine = create_db_engine(settings.database_url, timeouts=Timeouts.of(settings))
    except Exception as exc:  # a malformed URL
        fail(f"database: {_first_line(exc)}")
    try:
        init_db(engine)
        with Session(engine) as session, progress:
            sync_registry(session, registry)
            task = progress.add_task("loading", total=total, failed=0)
            failed = 0

            def advance(result: LoadResult) -> None:
                nonlocal failed
                failed += result.status == "failed"
                progress.update(task, advance=1, failed=failed)

            records = (r for source in sources for r in iter_records(source, mapping))
            if workers > 1:
                summary.results += load_records(
                    session,
                    records,
                    registry,
                    workers=workers,
                    batch_size=batch_size,
                    progress=advance,
                )
            else:
                for record in records:
                    result = load_record(session, record, registry)
                    summary.results.append(result)
                    advance(result)
        if summary.new >= BULK_DOCUMENTS:
            refresh_statistics(engine)
    except Exception as exc:  # a database that is down or refuses us: one line, no traceback
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {_first_line(exc)}")
    finally:
        engine.dispose()
    failures = [r for r in summary.results if r.status == "failed"]
    for result in failures[:MAX_LISTED_FAILURES]:
        typer.echo(f"failed: {result.path}: {result.error}", err=True)
    if len(failures) > MAX_LISTED_FAILURES:
        typer.echo(
            f"... and {len(failures) - MAX_LISTED_FAILURES} more (see /v1/load-failures)",
            err=True,
        )
    typer.echo(summary.describe())
    if summary.failed:
        raise typer.Exit(1)


@cli.command()
def reextract(
    outdated: Annotated[
        bool,
        typer.Option(
            "--outdated/--all",
            help="Only documents read by another extractor version (default), or all.",
        ),
    ] = True,
    workers: Annotated[int, typer.Option(min=1, help="Extraction processes.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract stored documents again with the current extractor, one transaction each; exit 1
    if any failed."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from app.documents import documents_to_reextract
    from app.documents import reextract as run_reextract
    from app.extract import load_registry
    from app.main import configure_logging

    settings = _settings()
    configure_logging(settings.log_level)
    registry = load_registry(settings.data_dir)
    engine = create_db_engine(settings.database_url)
    progress = Progress(
        TextColumn("re-extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet or not sys.stderr.isatty(),
    )
    try:
        init_db(engine)
        with Session(engine) as session, progress:
            sync_registry(session, registry)
            total = len(documents_to_reextract(session, everything=not outdated))
            task = progress.add_task("re-extracting", total=total)
            summary = run_reextract(
                session,
                registry,
                everything=not outdated,
                workers=workers,
                progress=lambda _: progress.update(task, advance=1),
            )
        if summary.changed >= BULK_DOCUMENTS:
            refresh_statistics(engine)
    except Exception as exc:
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {exc}".splitlines()[0])
    finally:
        engine.dispose()
    for document_id, error in summary.errors[:MAX_LISTED_FAILURES]:
        typer.echo(f"failed: {document_id}: {error}", err=True)
    typer.echo(summary.describe())
    if summary.failed:
        raise typer.Exit(1)


@cli.command()
def extract(
    paths: PathsArg,
    text: TextOpt = "text",
    title: Annotated[
        str | None, _column("Column of the headline (.txt inputs only: the headline itself).")
    ] = None,
    publisher: Annotated[
        str | None, _column("Column of the outlet (.txt inputs only: the outlet itself).")
    ] = None,
    relayed_by: Annotated[
        str | None,
        _column("Column of the relaying outlet (.txt inputs only: the outlet itself)."),
    ] = None,
    published: Annotated[
        str | None,
        _column("Column of the publication date (.txt inputs only: the date, YYYY-MM-DD)."),
    ] = None,
    url: Annotated[str | None, _column("Column of the URL (.txt inputs only: the URL).")] = None,
    language: Annotated[
        str | None, _column("Column of the language (.txt inputs only: the ISO 639-1 code).")
    ] = None,
    id_column: IdColumnOpt = None,
    date_format: DateFormatOpt = None,
    encoding: EncodingOpt = "auto",
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="json (one document, indented) or jsonl (one extraction per line, in input "
            "order). Default: json for a single .txt file, jsonl otherwise.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Extract articles and print the extractions as JSON or JSON Lines (no database).

    With only .txt inputs the metadata flags give the values themselves (they override the
    sidecar); with a CSV or JSONL input they name columns, as for `load`.
    """
    from app.documents import ColumnMapping, InputError, iter_records
    from app.extract import ExtractionError, extract_document, load_registry

    if output_format not in (None, "json", "jsonl"):
        fail(f"--format must be json or jsonl, not {output_format!r}", code=2)
    values = {
        "title": title,
        "publisher": publisher,
        "relayed_by": relayed_by,
        "published": published,
        "url": url,
        "language": language,
    }
    # The metadata flags name columns only when a CSV/JSONL input is given.
    mapping = ColumnMapping(text, id_column=id_column, date_format=date_format, encoding=encoding)
    sources = _inputs(paths, mapping)
    only_txt = all(source.kind == "txt" for source in sources)
    if not only_txt:
        columns = (title, publisher, relayed_by, published, url, language)
        mapping = ColumnMapping(text, *columns, id_column, date_format, encoding)
        sources = _inputs(paths, mapping)
    single = len(sources) == 1 and only_txt and paths[0].is_file()
    if output_format is None:
        output_format = "json" if single else "jsonl"
    elif output_format == "json" and not single:
        fail("--format json prints one .txt document; use --format jsonl for several", code=2)
    overrides: dict[str, Any] = {}
    if only_txt:
        try:
            overrides = {
                ("published_on" if key == "published" else key): (
                    parse_date(value) if key == "published" else value
                )
                for key, value in values.items()
                if value is not None
            }
        except LoadError as exc:
            fail(str(exc))
    settings = _settings()
    try:
        registry = load_registry(settings.data_dir)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot read the actor registry in {settings.data_dir}: {exc}")
    failed = 0
    try:
        for source in sources:
            for record in iter_records(source, mapping):
                try:
                    if record.error is not None:
                        raise LoadError(record.error)
                    meta = dataclasses.replace(record.meta, **overrides)
                    extraction = extract_document(record.raw, meta, registry)
                except (LoadError, ExtractionError) as exc:
                    if output_format == "json":
                        fail(f"{record.name}: {exc}")
                    failed += 1
                    typer.echo(f"failed: {record.name}: {exc}", err=True)
                    continue
                data = extraction.to_dict()
                if output_format == "json":
                    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
                else:
                    json.dump({"input": record.name, **data}, sys.stdout, ensure_ascii=False)
                sys.stdout.write("\n")
    except InputError as exc:
        fail(str(exc), code=2)
    if failed:
        raise typer.Exit(1)


SCORE_COLUMNS = (
    ("gold", "gold_claims"),
    ("extracted", "extracted_attributed_claims"),
    ("precision", "precision"),
    ("recall", "recall"),
    ("F1", "f1"),
    ("speaker", "speaker_accuracy"),
    ("figures", "figure_accuracy"),
)


@cli.command("eval")
def evaluate(
    directory: Annotated[
        Path,
        typer.Argument(
            help="Folder of NAME.txt articles with NAME.gold.json annotations "
            "(and NAME.meta.json sidecars).",
            show_default=False,
        ),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every miss after the table.")
    ] = False,
) -> None:
    """Score the extractor on annotated articles: per article, overall, and misses by cause."""
    from app.evaluation import evaluate_directory
    from app.extract import load_registry

    if not directory.is_dir():
        fail(f"{directory}: no such directory", code=2)
    if not any(directory.glob("*.gold.json")):
        fail(f"{directory}: no NAME.gold.json annotations", code=2)
    settings = _settings()
    try:
        total, per_article = evaluate_directory(directory, load_registry(settings.data_dir))
    except (OSError, ValueError, KeyError) as exc:
        fail(f"{directory}: {exc}".splitlines()[0])
    if as_json:
        scores: dict[str, Any] = {
            "articles": {name: score.summary() for name, score in per_article.items()},
            "overall": total.summary(),
            "causes": total.causes(),
        }
        if verbose:
            scores["misses"] = total.misses
        typer.echo(json.dumps(scores, indent=2))
        return
    rows = [(name, score.summary()) for name, score in per_article.items()]
    rows.append(("overall", total.summary()))
    width = max(len(name) for name, _ in rows)
    header = "  ".join(f"{title:>9}" for title, _ in SCORE_COLUMNS)
    typer.echo(f"{'article':<{width}}  {header}")
    for name, summary in rows:
        cells = "  ".join(
            f"{summary[key]:>9.3f}" if isinstance(summary[key], float) else f"{summary[key]:>9}"
            for _, key in SCORE_COLUMNS
        )
        typer.echo(f"{name:<{width}}  {cells}")
    for title, counts in total.causes().items():
        listed = ", ".join(f"{cause} {n}" for cause, n in counts.items()) or "none"
        typer.echo(f"{title.replace('_', ' ')}: {listed}")
    if verbose:
        for miss in total.misses:
            typer.echo(f"  - {miss}")


@cli.command()
def openapi(
    output: Annotated[
        str, typer.Option(help="Where to write the spec; '-' for stdout.")
    ] = "openapi/openapi.json",
) -> None:
    """Write the OpenAPI spec (sorted keys, indent 2)."""
    from app.main import app

    text = render_openapi(app.openapi())
    if output == "-":
        sys.stdout.write(text)
        return
    path = Path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: {exc.strerror or exc}")
    typer.echo(f"wrote {path}", err=True)


def main() -> None:
    """Console-script entry point."""
    cli()


if __name__ == "__main__":
    main()
