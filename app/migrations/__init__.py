"""Alembic migrations of the incident-records schema (`incidents db upgrade`)."""
