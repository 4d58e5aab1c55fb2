"""case number floor

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23 14:10:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("station_state", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("case_number_floor", sa.String(length=24), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("station_state", schema=None) as batch_op:
        batch_op.drop_column("case_number_floor")
