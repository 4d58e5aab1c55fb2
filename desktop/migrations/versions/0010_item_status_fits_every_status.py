"""item status fits every status

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-23 13:50:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # 'waiting_department' has 18 letters: PostgreSQL refused it in a VARCHAR(16), so the hub
    # quarantined every such update (SQLite does not enforce the length).
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=sa.String(length=16),
            type_=sa.String(length=24),
            existing_nullable=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("case_items", schema=None) as batch_op:
        batch_op.alter_column(
            "status",
            existing_type=sa.String(length=24),
            type_=sa.String(length=16),
            existing_nullable=False,
        )
