"""statutory deadline of a request type

A request type may carry the law's limit in calendar days (an arnona objection is answered
within 60 days: the Local Authorities (Arnona Appeals) Law, 1976, s.4); the expected date
given to a resident never passes it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 09:30:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch copy of the catalogue would be needless on SQLite.
    op.add_column("request_types", sa.Column("statutory_days", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("request_types", schema=None) as batch_op:
        batch_op.drop_column("statutory_days")
