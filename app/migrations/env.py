"""Alembic environment: the app's SQLModel metadata, its database URL, batch mode on SQLite.

The URL is, in order: a connection handed over by `app.db.migrate` (config attribute
`connection`), `alembic -x url=...`, `sqlalchemy.url` in alembic.ini, else the app's settings
(`INCIDENTS_DATABASE_URL` / `DATABASE_URL`).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection
from sqlmodel import SQLModel

from app import models  # noqa: F401  (registers every table on SQLModel.metadata)
from app.core.config import Settings, normalise_database_url
from app.db import create_db_engine, migration_object_filter

config = context.config
target_metadata = SQLModel.metadata


def database_url() -> str:
    """The URL to migrate (see the module docstring)."""
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option(
        "sqlalchemy.url"
    )
    return normalise_database_url(url) if url else Settings().database_url


def configure(connection: Connection | None = None, **kwargs: Any) -> None:
    """Context options shared by online and offline runs."""
    dialect = connection.dialect.name if connection is not None else kwargs.get("dialect_name")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=migration_object_filter,
        render_as_batch=dialect == "sqlite",
        compare_type=True,
        **kwargs,
    )


def run_migrations_offline() -> None:
    """Print the SQL instead of running it (`alembic upgrade head --sql`)."""
    url = database_url()
    configure(url=url, literal_binds=True, dialect_name=url.split(":")[0].split("+")[0])
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run the migrations on a connection (the caller's, or one of our own)."""
    given = config.attributes.get("connection")
    if given is not None:
        configure(given)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_db_engine(database_url())
    try:
        with engine.connect() as connection:
            configure(connection)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
