"""Alembic migrations of the Dalpak schema; every one runs on SQLite and PostgreSQL."""

# The newest revision. A test checks it against Alembic's own head, so that a new migration
# cannot be forgotten here.
HEAD_REVISION = "0020"
