"""lobby visits

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 12:07:30.599652
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lobby_visits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("station_id", sa.Uuid(), nullable=False),
        sa.Column("ticket", sa.String(length=16), nullable=False),
        sa.Column("ticket_day", sa.Date(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=True),
        sa.Column("typed_name", sa.String(length=120), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("priority", sa.String(length=16), nullable=False),
        sa.Column("priority_reason", sa.String(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("called_by", sa.Uuid(), nullable=True),
        sa.Column("counter", sa.String(length=20), nullable=False),
        sa.Column("last_called_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["called_by"], ["users.id"], name=op.f("fk_lobby_visits_called_by_users")
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_lobby_visits_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lobby_visits")),
    )
    with op.batch_alter_table("lobby_visits", schema=None) as batch_op:
        batch_op.create_index("ix_lobby_visits_day", ["ticket_day", "status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_lobby_visits_resident_id"), ["resident_id"], unique=False
        )
        batch_op.create_index(
            "ix_lobby_visits_station_day", ["station_id", "ticket_day"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("lobby_visits", schema=None) as batch_op:
        batch_op.drop_index("ix_lobby_visits_station_day")
        batch_op.drop_index(batch_op.f("ix_lobby_visits_resident_id"))
        batch_op.drop_index("ix_lobby_visits_day")

    op.drop_table("lobby_visits")
