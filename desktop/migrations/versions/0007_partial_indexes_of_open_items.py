"""partial indexes of open items

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 12:44:00.259785
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The condition as it stood when this revision was written (models.cases.OPEN_ITEM_SQL).
OPEN_ITEM_SQL = "status IN ('received', 'in_progress', 'waiting_resident', 'waiting_department')"


def upgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_items_board_open"))
        batch_op.create_index(
            "ix_case_items_open_due",
            [
                "expected_date",
                "created_at",
                "id",
                "department_id",
                "assignee_id",
                "request_type_id",
                "slips",
                "case_id",
                "status",
            ],
            unique=False,
            sqlite_where=sa.text(OPEN_ITEM_SQL),
            postgresql_where=sa.text(OPEN_ITEM_SQL),
        )
        batch_op.create_index(
            "ix_case_items_open_work",
            [
                "department_id",
                "assignee_id",
                "expected_date",
                "slips",
                "created_at",
                "request_type_id",
                "case_id",
                "id",
                "status",
            ],
            unique=False,
            sqlite_where=sa.text(OPEN_ITEM_SQL),
            postgresql_where=sa.text(OPEN_ITEM_SQL),
        )


def downgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index("ix_case_items_open_work")
        batch_op.drop_index("ix_case_items_open_due")
        batch_op.create_index(
            batch_op.f("ix_case_items_board_open"),
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
