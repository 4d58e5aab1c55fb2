"""same column limits on SQLite as on PostgreSQL; the quarantine as a workflow

SQLite ignores varchar lengths and numeric precision, so a station stored values the hub's
PostgreSQL refuses. Every VARCHAR(n) column gets CHECK (length(col) <= n) and every
NUMERIC(p, s) column CHECK (abs(col) < 10^(p-s)), named ck_<table>_<column>_length/_range, on
both dialects (read from the database itself, so the migration needs no model). On SQLite a
table is rebuilt in batch mode; a value already stored past its limit (refused by the hub, so
held in its quarantine) is cut to the limit first, or the copy would fail. The triggers of the
figures (0012) go with a rebuilt table and are made again.

The quarantine keeps, for each held operation, its status (held, discarded), the operation it
waits for, whether this database applied it, and what discarded it with which reason.

Revision ID: 0017
Revises: 0014
Create Date: 2026-12-05 12:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0014"
branch_labels = None
depends_on = None

# The tables whose SQLite triggers mark cases for the figures (as in 0012).
_MARKED = (("cases", "id"), ("case_items", "case_id"), ("tasks", "case_id"))


def _limits(column: dict) -> tuple[str, sa.ColumnElement] | None:
    kind, name = column["type"], column["name"]
    if isinstance(kind, sa.CHAR | sa.NCHAR):  # SQLite's UUIDs are CHAR(32): not text
        return None
    if isinstance(kind, sa.String) and kind.length:
        return f"{name}_length", sa.func.length(sa.column(name)) <= kind.length
    if (
        isinstance(kind, sa.Numeric)
        and kind.precision is not None
        and not isinstance(kind, sa.Float)
    ):
        return f"{name}_range", sa.func.abs(sa.column(name)) < 10 ** (
            kind.precision - (kind.scale or 0)
        )
    return None


def _planned(inspector: sa.Inspector) -> dict[str, list[tuple[str, dict, sa.ColumnElement]]]:
    plan = {}
    for table in sorted(inspector.get_table_names()):
        if table == "alembic_version":
            continue
        have = {c["name"] for c in inspector.get_check_constraints(table)}
        checks = []
        for column in inspector.get_columns(table):
            limit = _limits(column)
            if limit is not None and f"ck_{table}_{limit[0]}" not in have:
                checks.append((f"ck_{table}_{limit[0]}", column, limit[1]))
        if checks:
            plan[table] = checks
    return plan


def _drop_sqlite_triggers() -> None:
    for table, _column in _MARKED:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS figure_mark_{table}_{event}")
    op.execute("DROP TRIGGER IF EXISTS figure_mark_residents_locality")


def _sqlite_triggers() -> None:
    """The figures' triggers of 0012, made again after their tables were rebuilt."""
    for table, column in _MARKED:
        _table_triggers(table, column)
    op.execute(
        "CREATE TRIGGER figure_mark_residents_locality AFTER UPDATE OF locality_id ON residents "
        "WHEN NEW.locality_id IS NOT OLD.locality_id BEGIN "
        "INSERT OR IGNORE INTO figure_dirty (case_id) SELECT id FROM cases "
        "WHERE resident_id = NEW.id; END"
    )


def _table_triggers(table: str, column: str) -> None:
    mark = "INSERT OR IGNORE INTO figure_dirty (case_id) VALUES ({})"
    op.execute(
        f"CREATE TRIGGER figure_mark_{table}_insert AFTER INSERT ON {table} "
        f"BEGIN {mark.format('NEW.' + column)}; END"
    )
    op.execute(
        f"CREATE TRIGGER figure_mark_{table}_update AFTER UPDATE ON {table} "
        f"BEGIN {mark.format('OLD.' + column)}; {mark.format('NEW.' + column)}; END"
    )
    op.execute(
        f"CREATE TRIGGER figure_mark_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN {mark.format('OLD.' + column)}; END"
    )


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    plan = _planned(sa.inspect(bind))
    if sqlite:
        # A rebuilt table loses its triggers, and renaming the copy fails while a trigger
        # names a table that is gone for the moment: they go first and come back at the end.
        _drop_sqlite_triggers()
    for table, checks in plan.items():
        if not sqlite:
            for name, _column, condition in checks:
                op.create_check_constraint(op.f(name), table, condition)
            continue
        for _name, column, _condition in checks:
            kind = column["type"]
            if isinstance(kind, sa.String):
                quoted = bind.dialect.identifier_preparer.quote(column["name"])
                op.execute(
                    f"UPDATE {table} SET {quoted} = substr({quoted}, 1, {kind.length}) "
                    f"WHERE length({quoted}) > {kind.length}"
                )
        with op.batch_alter_table(table, recreate="always") as batch_op:
            for name, _column, condition in checks:
                batch_op.create_check_constraint(op.f(name), condition)
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status", sa.String(length=12), server_default="held", nullable=False)
        )
        batch_op.add_column(sa.Column("waits_for", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("applied_here", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("resolved_op", sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column("resolution", sa.String(), server_default="", nullable=False))
        batch_op.create_check_constraint(
            op.f("ck_quarantine_status_length"), sa.func.length(sa.column("status")) <= 12
        )
    if sqlite:
        _sqlite_triggers()


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_quarantine_status_length"), type_="check")
        batch_op.drop_column("resolution")
        batch_op.drop_column("resolved_op")
        batch_op.drop_column("applied_here")
        batch_op.drop_column("waits_for")
        batch_op.drop_column("status")
    inspector = sa.inspect(bind)
    if sqlite:
        _drop_sqlite_triggers()
    for table in sorted(inspector.get_table_names()):
        ours = [
            c["name"]
            for c in inspector.get_check_constraints(table)
            if c["name"]
            and c["name"].startswith(f"ck_{table}_")
            and c["name"].endswith(("_length", "_range"))
        ]
        if not ours:
            continue
        if not sqlite:
            for name in ours:
                op.drop_constraint(op.f(name), table, type_="check")
            continue
        with op.batch_alter_table(table, recreate="always") as batch_op:
            for name in ours:
                batch_op.drop_constraint(op.f(name), type_="check")
    if sqlite:
        _sqlite_triggers()
