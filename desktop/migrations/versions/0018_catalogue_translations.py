"""catalogue translations

The catalogue's entries (request types, departments, knowledge entries, proactive letters,
the council's name) in Arabic, Russian and English, written by `translation.set` operations;
each text column with its length check, as 0017 gives every table.

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
        *(
            sa.CheckConstraint(
                sa.func.length(sa.column(column)) <= length,
                name=op.f(f"ck_translations_{column}_length"),
            )
            for column, length in (("subject", 20), ("code", 32), ("language", 5), ("hlc", 64))
        ),
    )


def downgrade() -> None:
    op.drop_table("translations")
