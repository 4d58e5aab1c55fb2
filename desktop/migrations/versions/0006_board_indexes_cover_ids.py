"""board indexes cover the ids they give

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:36:20.585188
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_items_board"))
        batch_op.create_index(
            "ix_case_items_board_open",
            [
                "status",
                "department_id",
                "assignee_id",
                "expected_date",
                "slips",
                "created_at",
                "request_type_id",
                "case_id",
                "id",
            ],
            unique=False,
        )

    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.create_index("ix_residents_locality", ["locality_id", "id"], unique=False)

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cases_resident_id"))
        batch_op.create_index("ix_cases_resident", ["resident_id", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_index("ix_cases_resident")
        batch_op.create_index(batch_op.f("ix_cases_resident_id"), ["resident_id"], unique=False)

    with op.batch_alter_table("residents", schema=None) as batch_op:
        batch_op.drop_index("ix_residents_locality")

    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index("ix_case_items_board_open")
        batch_op.create_index(
            batch_op.f("ix_case_items_board"),
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
