"""journey figures indexes

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23 12:53:41.385090
"""

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_case_items_period",
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

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index(
            "ix_cases_journey",
            [
                "arrived_at",
                "service_started_at",
                "service_ended_at",
                "owner_id",
                "resident_id",
                "id",
            ],
            unique=False,
        )

    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.create_index("ix_offers_at", ["at", "outcome"], unique=False)

    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tasks_done_at",
            ["done_at", "kind", "satisfaction", "case_id", "item_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_tasks_due", ["due_date", "kind", "done_at", "case_id", "item_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_index("ix_tasks_due")
        batch_op.drop_index("ix_tasks_done_at")

    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.drop_index("ix_offers_at")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_journey")

    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index("ix_case_items_period")
