"""restored station

`dalpak restore` stamps the station's row with the time it put a backup in place; the station
records nothing until it has reached the hub and continued after the numbers the hub holds.

Revision ID: 0020
Revises: 0021
Create Date: 2026-12-05 13:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("station_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("restored_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("station_state", schema=None) as batch_op:
        batch_op.drop_column("restored_at")
