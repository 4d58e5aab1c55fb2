"""open items of a person

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 13:05:15.818893
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The condition as it stood when this revision was written (models.cases.OPEN_ITEM_SQL).
OPEN_ITEM_SQL = "status IN ('received', 'in_progress', 'waiting_resident', 'waiting_department')"


def upgrade() -> None:
    # A plain (assignee, status) index let SQLite plan the department inbox as an OR of two
    # index searches that fetch every item of the department; a partial one is not usable there.
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_items_assignee"))
        batch_op.create_index(
            "ix_case_items_open_assignee",
            [
                "assignee_id",
                "id",
                "case_id",
                "department_id",
                "request_type_id",
                "position",
                "status",
            ],
            unique=False,
            sqlite_where=sa.text(OPEN_ITEM_SQL),
            postgresql_where=sa.text(OPEN_ITEM_SQL),
        )


def downgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.drop_index("ix_case_items_open_assignee")
        batch_op.create_index(
            batch_op.f("ix_case_items_assignee"), ["assignee_id", "status"], unique=False
        )
