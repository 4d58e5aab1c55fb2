"""converging reference data, natural-key collisions and merged residents

`row_clocks` keeps, for each row of reference data, the last operation applied to it and the
key its first operation claimed; `key_collisions` the pairs of rows made apart with one key
(users, catalogue codes, residents' ID numbers); `resident_merges` the residents merged into
another. The clocks are filled from the operation log, and the residents already registered
twice with one ID number are recorded, as the appliers would have done.

Revision ID: 0016
Revises: 0018
Create Date: 2026-12-05 12:40:00.000000
"""

import json
import uuid

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0018"
branch_labels = None
depends_on = None

# The same as desktop.core.convergence (a migration imports no service code).
_NAMESPACE = uuid.UUID("0b7e1d7c-6a52-4d0e-9d0c-5e3b9a1f2c64")
_KINDS = {
    "department.upserted": ("departments", "code"),
    "locality.upserted": ("localities", "code"),
    "request_type.upserted": ("request_types", "code"),
    "knowledge.upserted": ("knowledge_entries", "code"),
    "rule.upserted": ("eligibility_rules", "code"),
    "user.created": ("users", "username"),
}


def upgrade() -> None:
    row_clocks = op.create_table(
        "row_clocks",
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("op_id", sa.Uuid(), nullable=False),
        sa.Column("claimed", sa.String(length=160), nullable=False),
        sa.Column("first_hlc", sa.String(length=64), nullable=False),
        sa.Column("first_op", sa.Uuid(), nullable=False),
        sa.Column("first_station", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_row_clocks")),
        sa.CheckConstraint(
            sa.func.length(sa.column("table_name")) <= 40,
            name=op.f("ck_row_clocks_table_name_length"),
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("hlc")) <= 64, name=op.f("ck_row_clocks_hlc_length")
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("claimed")) <= 160, name=op.f("ck_row_clocks_claimed_length")
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("first_hlc")) <= 64,
            name=op.f("ck_row_clocks_first_hlc_length"),
        ),
    )
    op.create_index("ix_row_clocks_claimed", "row_clocks", ["table_name", "claimed"])
    collisions = op.create_table(
        "key_collisions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("kept_id", sa.Uuid(), nullable=False),
        sa.Column("other_id", sa.Uuid(), nullable=False),
        sa.Column("detected_hlc", sa.String(length=64), nullable=False),
        sa.Column("resolved_op", sa.Uuid(), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_collisions")),
        sa.CheckConstraint(
            sa.func.length(sa.column("table_name")) <= 40,
            name=op.f("ck_key_collisions_table_name_length"),
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("key")) <= 160, name=op.f("ck_key_collisions_key_length")
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("detected_hlc")) <= 64,
            name=op.f("ck_key_collisions_detected_hlc_length"),
        ),
        sa.CheckConstraint(
            sa.func.length(sa.column("resolution")) <= 12,
            name=op.f("ck_key_collisions_resolution_length"),
        ),
    )
    op.create_index(op.f("ix_key_collisions_kept_id"), "key_collisions", ["kept_id"])
    op.create_index(op.f("ix_key_collisions_other_id"), "key_collisions", ["other_id"])
    op.create_table(
        "resident_merges",
        sa.Column("merged_id", sa.Uuid(), nullable=False),
        sa.Column("into_id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("merged_id", name=op.f("pk_resident_merges")),
    )
    op.create_index(op.f("ix_resident_merges_into_id"), "resident_merges", ["into_id"])
    _fill(row_clocks, collisions)


def _fill(row_clocks: sa.Table, collisions: sa.Table) -> None:
    bind = op.get_bind()
    operations = sa.table(
        "operations",
        sa.column("id", sa.Uuid()),
        sa.column("station_id", sa.Uuid()),
        sa.column("hlc", sa.String()),
        sa.column("kind", sa.String()),
        sa.column("entity_id", sa.Uuid()),
        sa.column("payload", sa.JSON()),
    )
    quarantine = sa.table("quarantine", sa.column("op_id", sa.Uuid()))
    rows = bind.execute(
        sa.select(operations)
        .where(
            operations.c.kind.in_(list(_KINDS)),
            operations.c.id.not_in(sa.select(quarantine.c.op_id)),
        )
        .order_by(operations.c.hlc, operations.c.id)
    )
    clocks: dict = {}
    for row in rows:
        payload = json.loads(row.payload) if isinstance(row.payload, str) else row.payload
        table, column = _KINDS[row.kind]
        key = row.entity_id
        if key not in clocks:
            clocks[key] = {
                "table_name": table,
                "entity_id": row.entity_id,
                "claimed": str(payload.get(column, "")),
                "first_hlc": row.hlc,
                "first_op": row.id,
                "first_station": row.station_id,
            }
        clocks[key]["hlc"], clocks[key]["op_id"] = row.hlc, row.id
    if clocks:
        op.bulk_insert(row_clocks, list(clocks.values()))
    residents = sa.table(
        "residents",
        sa.column("id", sa.Uuid()),
        sa.column("national_id", sa.String()),
        sa.column("created_hlc", sa.String()),
    )
    by_id: dict = {}
    for rid, national_id, created in bind.execute(
        sa.select(residents.c.id, residents.c.national_id, residents.c.created_hlc)
    ):
        by_id.setdefault(national_id, []).append((created, rid))
    pairs = []
    for national_id, found in by_id.items():
        found.sort(key=lambda t: (t[0], str(t[1])))
        for i, kept in enumerate(found):
            for other in found[i + 1 :]:
                first, second = sorted((str(kept[1]), str(other[1])))
                pairs.append(
                    {
                        "id": uuid.uuid5(_NAMESPACE, f"residents|{first}|{second}"),
                        "table_name": "residents",
                        "key": national_id,
                        "kept_id": kept[1],
                        "other_id": other[1],
                        "detected_hlc": other[0],
                        "resolved_op": None,
                        "resolution": "",
                    }
                )
    if pairs:
        op.bulk_insert(collisions, pairs)


def downgrade() -> None:
    op.drop_index(op.f("ix_resident_merges_into_id"), table_name="resident_merges")
    op.drop_table("resident_merges")
    op.drop_index(op.f("ix_key_collisions_other_id"), table_name="key_collisions")
    op.drop_index(op.f("ix_key_collisions_kept_id"), table_name="key_collisions")
    op.drop_table("key_collisions")
    op.drop_index("ix_row_clocks_claimed", table_name="row_clocks")
    op.drop_table("row_clocks")
