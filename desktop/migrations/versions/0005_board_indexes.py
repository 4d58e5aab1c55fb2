"""board indexes

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 12:15:05.947723
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.create_index("ix_case_items_assignee", ["assignee_id", "status"], unique=False)
        batch_op.create_index(
            "ix_case_items_board",
            [
                "status",
                "department_id",
                "assignee_id",
                "expected_date",
                "slips",
                "created_at",
                "request_type_id",
                "case_id",
            ],
            unique=False,
        )

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.create_index("ix_cases_arrived_at", ["arrived_at"], unique=False)
        batch_op.create_index("ix_cases_owner_status", ["owner_id", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_owner_status")
        batch_op.drop_index("ix_cases_arrived_at")

    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index("ix_case_items_board")
        batch_op.drop_index("ix_case_items_assignee")
