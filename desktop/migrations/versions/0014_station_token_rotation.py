"""station token rotation

A station's key may hold a second token hash: the token issued by `hub rotate-station`, which
the station has not used yet. Both are accepted until the new one is used once; then the new
one takes the place of the old.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 09:20:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hub_station_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("next_token_hash", sa.String(length=128), nullable=True))
        batch_op.add_column(sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("hub_station_keys", schema=None) as batch_op:
        batch_op.drop_column("rotated_at")
        batch_op.drop_column("next_token_hash")
