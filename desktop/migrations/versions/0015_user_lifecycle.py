"""user lifecycle

A user may be deactivated (and reactivated) and may have to choose a new password at the next
login (a password an admin set or reset). Wrong passwords are counted per user name at each
station, with the lock-out they cause, in a table that never syncs.

Revision ID: 0015
Revises: 0017
Create Date: 2026-12-05 12:45:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), server_default=sa.false(), nullable=False
            )
        )
        batch_op.add_column(
            sa.Column("deactivated_hlc", sa.String(length=64), server_default="", nullable=False)
        )
        batch_op.create_check_constraint(
            op.f("ck_users_deactivated_hlc_length"),
            sa.func.length(sa.column("deactivated_hlc")) <= 64,
        )
    op.create_table(
        "login_failures",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("username", name=op.f("pk_login_failures")),
        sa.CheckConstraint(
            sa.func.length(sa.column("username")) <= 60,
            name=op.f("ck_login_failures_username_length"),
        ),
    )


def downgrade() -> None:
    op.drop_table("login_failures")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_users_deactivated_hlc_length"), type_="check")
        batch_op.drop_column("deactivated_hlc")
        batch_op.drop_column("must_change_password")
