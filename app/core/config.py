"""Settings from the environment, each with a safe default so importing the app never fails."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.extract.registry import DATA_DIR

PROJECT_ROOT = Path(__file__).resolve().parents[2]  # the checkout (web/dist is built there)


def normalise_database_url(url: str) -> str:
    """Point bare PostgreSQL URLs at the psycopg (v3) driver SQLAlchemy would not pick itself."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Settings(BaseSettings):
    """Service configuration; environment variables are prefixed `INCIDENTS_`."""

    model_config = SettingsConfigDict(
        env_prefix="INCIDENTS_", populate_by_name=True, extra="ignore"
    )

    database_url: str = Field(
        default="sqlite:///./incidents.db",
        validation_alias=AliasChoices("INCIDENTS_DATABASE_URL", "DATABASE_URL"),
        description="SQLAlchemy URL; postgresql:// and postgres:// use psycopg.",
    )
    documents_dir: Path = Field(
        default=DATA_DIR / "documents",
        description="Directory of NAME.txt articles and NAME.meta.json sidecars.",
    )
    data_dir: Path = Field(
        default=DATA_DIR,
        description="Directory holding actors.yaml and places.yaml (default: the ones shipped "
        "in the package).",
    )
    web_dir: Path = Field(
        default=PROJECT_ROOT / "web" / "dist",
        description="The built dashboard (`make web`), served at / with the docs' assets.",
    )
    load_on_startup: bool = Field(
        default=True, description="Load every document in documents_dir when the app starts."
    )
    migrate_on_startup: bool = Field(
        default=True,
        description="Run the database migrations when the app starts (under a lock; "
        "`incidents serve` runs them once before its workers and turns this off).",
    )
    changes_retention_days: int = Field(
        default=90,
        ge=1,
        description="Days the changes feed keeps its entries (deletions included); older ones "
        "are pruned at start-up and by `incidents db prune-changes`.",
    )
    cors_origins: list[str] = Field(
        default=["*"],
        description="Origins browser dashboards may call the API from (a JSON list); * is any.",
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = Field(
        default="INFO", description="Logging level of the service and the CLI."
    )
    write_token: SecretStr | None = Field(
        default=None,
        description="Bearer token the write routes (POST/DELETE /v1/documents) require; "
        "unset disables them.",
    )
    max_body_bytes: int = Field(
        default=1_000_000, ge=1, description="Largest request body the write routes accept."
    )
    max_text_chars: int = Field(
        default=200_000,
        ge=1,
        description="Longest article text (characters) a write accepts; longer ones get 413.",
    )
    max_claims: int = Field(
        default=2_000,
        ge=1,
        description="Most claims one article may yield through a write; more is a 422.",
    )
    max_extraction_seconds: float = Field(
        default=10.0,
        gt=0,
        description="CPU seconds extracting one article may take through a write; more is a 422.",
    )
    statement_timeout_ms: int = Field(
        default=10_000,
        ge=0,
        description="Longest a query may run (PostgreSQL statement_timeout; on SQLite reads "
        "are interrupted after it); 0 disables it. A query cut off answers 503.",
    )
    lock_timeout_ms: int = Field(
        default=5_000,
        ge=0,
        description="Longest a PostgreSQL statement waits for a lock (lock_timeout); 0 disables.",
    )
    busy_timeout_ms: int = Field(
        default=5_000,
        ge=0,
        description="Longest a SQLite connection waits for another writer (busy_timeout).",
    )
    connect_timeout_s: int = Field(
        default=5, ge=1, description="Seconds to wait for a PostgreSQL connection."
    )
    sqlite_readers: int = Field(
        default=4,
        ge=1,
        description="Most read connections the list routes keep open on a SQLite file; a "
        "request finding all busy waits for one.",
    )
    sqlite_reader_cache_kib: int = Field(
        default=4 * 1024,
        ge=0,
        description="Page cache of each SQLite read connection, in KiB: the process keeps at "
        "most sqlite_readers times this of database pages in memory.",
    )
    pg_reader_page_cost: float | None = Field(
        default=1.1,
        gt=0,
        description="random_page_cost of the PostgreSQL read connections of the list routes: "
        "1.1 when the working set is cached (as it is for a page read many times); empty to keep "
        "the database's own (4 by default, for spinning disks).",
    )
    health_timeout_s: float = Field(
        default=2.0, gt=0, description="Seconds /healthz waits for the database before a 503."
    )

    @field_validator("database_url")
    @classmethod
    def _normalise_url(cls, value: str) -> str:
        """Apply `normalise_database_url`; only SQLite and PostgreSQL are supported."""
        url = normalise_database_url(value.strip())
        if not url.startswith(("sqlite", "postgresql")):
            scheme = url.split(":", 1)[0] or "(none)"
            raise ValueError(
                f"unsupported database {scheme!r}: use sqlite:///PATH or postgresql://..."
            )
        return url

    @field_validator("write_token", "pg_reader_page_cost", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        """An empty INCIDENTS_WRITE_TOKEN disables writes rather than accepting an empty token;
        an empty INCIDENTS_PG_READER_PAGE_COST keeps the database's own cost."""
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        """Accept `info` as well as `INFO`."""
        return value.upper() if isinstance(value, str) else value


def get_settings() -> Settings:
    """Settings read from the environment now."""
    return Settings()
