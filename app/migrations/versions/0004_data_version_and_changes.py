"""Data version and changes feed: a row numbering committed writes, and triggers logging every
created, updated or deleted document, claim, incident and actor.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TRACKED = ("document", "claim", "incident", "actor")

PG_FUNCTION = """
CREATE FUNCTION incidents_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO change (record_type, record_id, change) VALUES (TG_TABLE_NAME, OLD.id, 'deleted');
        RETURN OLD;
    END IF;
    INSERT INTO change (record_type, record_id, change)
    VALUES (TG_TABLE_NAME, NEW.id, CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'updated' END);
    RETURN NEW;
END
$$
"""


def sqlite_triggers(table: str) -> list[str]:
    """One trigger per operation logging `table`'s rows into `change`."""
    log = "INSERT INTO change (record_type, record_id, change) VALUES ('{table}', {row}.id, '{kind}');"
    return [
        f"CREATE TRIGGER {table}_change_{op_name} AFTER {op_name.upper()} ON {table} "
        f"BEGIN {log.format(table=table, row=row, kind=kind)} END"
        for op_name, row, kind in (
            ("insert", "new", "created"),
            ("update", "new", "updated"),
            ("delete", "old", "deleted"),
        )
    ]


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "change",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=True),
        sa.Column("record_type", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("change", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_at", ["at"], unique=False)
        batch_op.create_index("ix_change_version_seq", ["version", "seq"], unique=False)
    data_version = op.create_table(
        "data_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("epoch", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("version", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pruned_through", sa.BigInteger(), nullable=False),
        sa.Column("pruned_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(
        data_version,
        [
            {
                "id": 1,
                "epoch": secrets.token_hex(4),
                "version": 1,
                "changed_at": datetime.now(UTC).replace(microsecond=0),
                "pruned_through": 0,
                "pruned_until": None,
            }
        ],
    )
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(PG_FUNCTION)
    for table in TRACKED:
        if dialect == "postgresql":
            op.execute(
                f"CREATE TRIGGER {table}_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION incidents_record_change()"
            )
        elif dialect == "sqlite":
            for statement in sqlite_triggers(table):
                op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    dialect = op.get_bind().dialect.name
    for table in TRACKED:
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_change ON {table}")
        elif dialect == "sqlite":
            for name in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_change_{name}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS incidents_record_change()")
    op.drop_table("data_version")
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_version_seq")
        batch_op.drop_index("ix_change_at")
    op.drop_table("change")
