"""Incidents carry their divisions (admin1, admin2); a role may carry the claim asserting it.

Adds `incident.admin1` (indexed: `GET /v1/incidents?admin1=` filters on it), `incident.admin2`
and `incident_actor.claim_id`, all nullable: rows stored before keep NULL until their document
is extracted again. Plain ALTER TABLE on both engines (SQLite >= 3.35 drops columns), so the
full-text triggers on `incident` are left alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.add_column(
        "incident", sa.Column("admin1", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )
    op.add_column(
        "incident", sa.Column("admin2", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )
    op.create_index("ix_incident_admin1", "incident", ["admin1"], unique=False)
    op.add_column(
        "incident_actor", sa.Column("claim_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True)
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_column("incident_actor", "claim_id")
    op.drop_index("ix_incident_admin1", table_name="incident")
    op.drop_column("incident", "admin2")
    op.drop_column("incident", "admin1")
