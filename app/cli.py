"""The `incidents` command: serve the API, load documents, extract one article, write the spec."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from sqlmodel import Session

from app.core.config import Settings
from app.db import create_db_engine, init_db
from app.loader import LoadError, load_paths, parse_date, read_meta, sync_registry

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
    """Settings from the environment, or a one-line error when they are invalid."""
    try:
        return Settings()
    except ValueError as exc:
        fail(f"invalid configuration: {exc}".splitlines()[0])


def render_openapi(spec: dict[str, Any]) -> str:
    """The spec as committed: sorted keys, indent 2, trailing newline."""
    return json.dumps(spec, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@cli.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the API with uvicorn (tables are created and documents loaded at start-up)."""
    import uvicorn

    settings = _settings()
    uvicorn.run("app.main:app", host=host, port=port, log_level=settings.log_level.lower())


@cli.command()
def load(
    files: Annotated[list[Path], typer.Argument(help="Article .txt files to load.")],
) -> None:
    """Load articles into the configured database and print a summary."""
    from app.extract import load_registry
    from app.main import configure_logging

    settings = _settings()
    configure_logging(settings.log_level)
    try:
        registry = load_registry(settings.data_dir)
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot read the actor registry in {settings.data_dir}: {exc}")
    engine = create_db_engine(settings.database_url)
    try:
        init_db(engine)
        with Session(engine) as session:
            sync_registry(session, registry)
            summary = load_paths(session, files, registry)
    except Exception as exc:  # a database that is down or refuses us: one line, no traceback
        fail(f"database {engine.url.render_as_string(hide_password=True)}: {exc}".splitlines()[0])
    finally:
        engine.dispose()
    for result in summary.results:
        if result.status == "failed":
            typer.echo(f"failed     {result.path}: {result.error}")
        else:
            typer.echo(
                f"{result.status:<10} {result.path} {result.document_id} "
                f"({result.claims} claims, {result.incidents} incidents)"
            )
    typer.echo(summary.describe())
    if summary.failed:
        raise typer.Exit(1)


@cli.command()
def extract(
    file: Annotated[Path, typer.Argument(help="Article .txt file (a NAME.meta.json is read).")],
    publisher: Annotated[str | None, typer.Option(help="Outlet that published it.")] = None,
    published: Annotated[
        str | None, typer.Option(help="Publication date, YYYY-MM-DD.", metavar="DATE")
    ] = None,
    title: Annotated[str | None, typer.Option(help="Headline.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it was published.")] = None,
    language: Annotated[str | None, typer.Option(help="ISO 639-1 language code.")] = None,
    relayed_by: Annotated[str | None, typer.Option(help="Outlet that relayed it.")] = None,
) -> None:
    """Extract one article and print the extraction as JSON (no database)."""
    from app.extract import ExtractionError, extract_document, load_registry

    settings = _settings()
    try:
        raw = file.read_bytes()
    except OSError as exc:
        fail(f"{file}: {exc.strerror or exc}")
    try:
        meta = read_meta(file)
        overrides: dict[str, Any] = {
            "publisher": publisher,
            "title": title,
            "url": url,
            "language": language,
            "relayed_by": relayed_by,
            "published_on": parse_date(published) if published else None,
        }
        meta = dataclasses.replace(meta, **{k: v for k, v in overrides.items() if v is not None})
        registry = load_registry(settings.data_dir)
        extraction = extract_document(raw, meta, registry)
    except (LoadError, ExtractionError) as exc:
        fail(f"{file}: {exc}")
    json.dump(extraction.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


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
