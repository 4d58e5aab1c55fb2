"""catalogue translations

The catalogue's entries (request types, departments, knowledge entries, proactive letters,
the council's name) in Arabic, Russian and English, written by `translation.set` operations.

Revision ID: 0018
Revises: 0015
Create Date: 2026-12-05 12:50:00.000000
"""

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "translations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_translations")),
        sa.UniqueConstraint("subject", "code", "language", name=op.f("uq_translations_subject")),
    )


def downgrade() -> None:
    op.drop_table("translations")
