"""figure tables kept by triggers

The journey figures read their own narrow tables (desktop/models/figures.py) instead of every
row of the period. Triggers on cases, case_items, tasks and residents (a change of locality)
mark the case in figure_dirty; supervision.figure_facts rewrites marked cases, and the per-day
sums of the days they touch, before figures are read. The upgrade fills the tables for every existing case; the indexes of 0008 that only the
figures read go.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23 16:40:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# (table, the column holding the case id) whose every insert, update and delete marks the case.
_MARKED = (("cases", "id"), ("case_items", "case_id"), ("tasks", "case_id"))


def _create_tables() -> None:
    op.create_table(
        "figure_dirty",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("marks", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_figure_dirty")),
    )
    op.create_table(
        "figure_visits",
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("hour", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("locality_id", sa.Uuid(), nullable=True),
        sa.Column("waiting_seconds", sa.Integer(), nullable=True),
        sa.Column("waiting_minute", sa.Integer(), nullable=True),
        sa.Column("service_seconds", sa.Integer(), nullable=True),
        sa.Column("service_minute", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("case_id", name=op.f("pk_figure_visits")),
    )
    op.create_index(
        "ix_figure_visits_day",
        "figure_visits",
        [
            "day",
            "hour",
            "waiting_minute",
            "service_minute",
            "waiting_seconds",
            "service_seconds",
            "owner_id",
            "locality_id",
            "case_id",
        ],
        unique=False,
    )
    op.create_table(
        "figure_items",
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("department_id", sa.Uuid(), nullable=False),
        sa.Column("request_type_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("locality_id", sa.Uuid(), nullable=True),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("handoffs", sa.Integer(), nullable=False),
        sa.Column("slips", sa.Integer(), nullable=False),
        sa.Column("expected_date", sa.Date(), nullable=False),
        sa.Column("finished_day", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("item_id", name=op.f("pk_figure_items")),
    )
    op.create_index(
        "ix_figure_items_day",
        "figure_items",
        [
            "day",
            "department_id",
            "request_type_id",
            "owner_id",
            "locality_id",
            "state",
            "handoffs",
            "slips",
            "expected_date",
            "finished_day",
            "case_id",
        ],
        unique=False,
    )
    op.create_index(
        "ix_figure_items_case",
        "figure_items",
        ["case_id", "department_id", "request_type_id", "day"],
        unique=False,
    )
    op.create_index(
        "ix_figure_items_department",
        "figure_items",
        ["department_id", "day", "case_id"],
        unique=False,
    )
    op.create_index(
        "ix_figure_items_request_type",
        "figure_items",
        ["request_type_id", "day", "case_id"],
        unique=False,
    )
    op.create_table(
        "figure_calls",
        sa.Column("task_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("done_day", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("satisfaction", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("locality_id", sa.Uuid(), nullable=True),
        sa.Column("department_id", sa.Uuid(), nullable=True),
        sa.Column("request_type_id", sa.Uuid(), nullable=True),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_figure_calls")),
    )
    op.create_index("ix_figure_calls_case", "figure_calls", ["case_id"], unique=False)
    op.create_index(
        "ix_figure_calls_done",
        "figure_calls",
        [
            "done_day",
            "kind",
            "satisfaction",
            "owner_id",
            "locality_id",
            "department_id",
            "request_type_id",
            "case_id",
        ],
        unique=False,
    )
    op.create_index(
        "ix_figure_calls_due",
        "figure_calls",
        [
            "done_day",
            "due_date",
            "kind",
            "owner_id",
            "locality_id",
            "department_id",
            "request_type_id",
            "case_id",
        ],
        unique=False,
    )
    op.create_table(
        "figure_sums",
        sa.Column("dim", sa.Integer(), nullable=False),
        sa.Column("dim_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("measure", sa.Integer(), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("total", sa.Double(), nullable=False),
        sa.PrimaryKeyConstraint(
            "dim", "dim_id", "day", "measure", "bucket", name=op.f("pk_figure_sums")
        ),
        sqlite_with_rowid=False,
    )


def _sqlite_triggers() -> None:
    mark = "INSERT OR IGNORE INTO figure_dirty (case_id) VALUES ({})"
    for table, column in _MARKED:
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
    op.execute(
        "CREATE TRIGGER figure_mark_residents_locality AFTER UPDATE OF locality_id ON residents "
        "WHEN NEW.locality_id IS NOT OLD.locality_id BEGIN "
        "INSERT OR IGNORE INTO figure_dirty (case_id) SELECT id FROM cases "
        "WHERE resident_id = NEW.id; END"
    )


def _postgresql_triggers() -> None:
    # Bumping `marks` (rather than DO NOTHING) locks the mark until the change commits, so a
    # refresh that takes the mark away waits for it and then reads the change.
    op.execute(
        "CREATE FUNCTION figure_mark(marked uuid) RETURNS void LANGUAGE sql AS $$ "
        "INSERT INTO figure_dirty (case_id, marks) VALUES (marked, 1) "
        "ON CONFLICT (case_id) DO UPDATE SET marks = figure_dirty.marks + 1 $$"
    )
    for table, column in _MARKED:
        op.execute(
            f"CREATE FUNCTION figure_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN "
            f"IF TG_OP <> 'INSERT' THEN PERFORM figure_mark(OLD.{column}); END IF; "
            f"IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.{column} <> OLD.{column}) "
            f"THEN PERFORM figure_mark(NEW.{column}); END IF; "
            "RETURN NULL; END $$"
        )
        op.execute(
            f"CREATE TRIGGER figure_mark_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION figure_mark_{table}()"
        )
    op.execute(
        "CREATE FUNCTION figure_mark_residents() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN PERFORM figure_mark(c.id) FROM cases c WHERE c.resident_id = NEW.id; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER figure_mark_residents AFTER UPDATE OF locality_id ON residents "
        "FOR EACH ROW WHEN (NEW.locality_id IS DISTINCT FROM OLD.locality_id) "
        "EXECUTE FUNCTION figure_mark_residents()"
    )


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()
    # Every existing case waits to be counted: the figures write their rows and sums the first
    # time they are read (supervision.figure_facts.refresh), so the migration needs no
    # service code.
    op.execute("INSERT INTO figure_dirty (case_id) SELECT id FROM cases")
    # Not in batch mode: on SQLite a table copied by a batch would lose its triggers.
    op.drop_index("ix_tasks_due", table_name="tasks")
    op.drop_index("ix_tasks_done_at", table_name="tasks")
    op.drop_index("ix_cases_journey", table_name="cases")
    op.drop_index("ix_case_items_period", table_name="case_items")


def downgrade() -> None:
    op.create_index(
        "ix_case_items_period",
        "case_items",
        [
            "created_at",
            "department_id",
            "request_type_id",
            "status",
            "handoffs",
            "slips",
            "expected_date",
            "finished_at",
            "case_id",
        ],
        unique=False,
    )
    op.create_index(
        "ix_cases_journey",
        "cases",
        ["arrived_at", "service_started_at", "service_ended_at", "owner_id", "resident_id", "id"],
        unique=False,
    )
    op.create_index(
        "ix_tasks_done_at",
        "tasks",
        ["done_at", "kind", "satisfaction", "case_id", "item_id"],
        unique=False,
    )
    op.create_index(
        "ix_tasks_due", "tasks", ["due_date", "kind", "done_at", "case_id", "item_id"], unique=False
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER figure_mark_residents ON residents")
        op.execute("DROP FUNCTION figure_mark_residents()")
        for table, _column in _MARKED:
            op.execute(f"DROP TRIGGER figure_mark_{table} ON {table}")
            op.execute(f"DROP FUNCTION figure_mark_{table}()")
        op.execute("DROP FUNCTION figure_mark(uuid)")
    else:
        op.execute("DROP TRIGGER figure_mark_residents_locality")
        for table, _column in _MARKED:
            for event in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER figure_mark_{table}_{event}")
    for table in ("figure_sums", "figure_calls", "figure_items", "figure_visits", "figure_dirty"):
        op.drop_table(table)
