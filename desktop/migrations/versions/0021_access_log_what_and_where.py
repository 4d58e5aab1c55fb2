"""access log: what was seen, and where

Each entry of the access log says in what the resident's data was seen (the profile, search
results, a case, a receipt, an export) and a detail without personal data (a case number, the
kind of export); entries are read and purged by date, so `at` is indexed.

Revision ID: 0021
Revises: 0016
Create Date: 2026-12-05 13:05:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("what", sa.String(length=16), server_default="profile", nullable=False)
        )
        batch_op.add_column(
            sa.Column("detail", sa.String(length=120), server_default="", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_access_log_what_length"), sa.func.length(sa.column("what")) <= 16
        )
        batch_op.create_check_constraint(
            op.f("ck_access_log_detail_length"), sa.func.length(sa.column("detail")) <= 120
        )
        batch_op.create_index(batch_op.f("ix_access_log_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("access_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_log_at"))
        batch_op.drop_constraint(op.f("ck_access_log_detail_length"), type_="check")
        batch_op.drop_constraint(op.f("ck_access_log_what_length"), type_="check")
        batch_op.drop_column("detail")
        batch_op.drop_column("what")
