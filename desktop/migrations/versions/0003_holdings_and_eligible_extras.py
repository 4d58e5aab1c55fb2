"""holdings and eligible extras

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 09:23:19.646691
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "eligibility_rules",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("offer", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("request_type_code", sa.String(length=16), nullable=False),
        sa.Column("condition", sa.JSON(), nullable=False),
        sa.Column("proactive", sa.Boolean(), nullable=False),
        sa.Column("period", sa.String(length=10), nullable=False),
        sa.Column("letter", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eligibility_rules")),
        sa.UniqueConstraint("code", name=op.f("uq_eligibility_rules_code")),
    )
    op.create_table(
        "dog_licences",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("dog_name", sa.String(length=60), nullable=False),
        sa.Column("chip_number", sa.String(length=20), nullable=False),
        sa.Column("licence_expiry", sa.Date(), nullable=False),
        sa.Column("rabies_vaccinated_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_dog_licences_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dog_licences")),
    )
    with op.batch_alter_table("dog_licences", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_dog_licences_licence_expiry"), ["licence_expiry"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_dog_licences_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "household_members",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("relation", sa.String(length=12), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_household_members_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household_members")),
    )
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_members_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "offers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("rule_code", sa.String(length=40), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_offers_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offers")),
    )
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_offers_resident_rule", ["resident_id", "rule_code", "at"], unique=False
        )

    op.create_table(
        "outreach",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("trigger", sa.String(length=40), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("letter_text", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_outreach_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outreach")),
    )
    with op.batch_alter_table("outreach", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outreach_resident_id"), ["resident_id"], unique=False)

    op.create_table(
        "parking_permits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("vehicle_plate", sa.String(length=12), nullable=False),
        sa.Column("expiry", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["residents.id"], name=op.f("fk_parking_permits_resident_id_residents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parking_permits")),
    )
    with op.batch_alter_table("parking_permits", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parking_permits_expiry"), ["expiry"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_parking_permits_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "property_accounts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("account_number", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(), nullable=False),
        sa.Column("area_sqm", sa.Numeric(precision=8, scale=2), nullable=False),
        sa.Column("discounts", sa.JSON(), nullable=False),
        sa.Column("balance", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_property_accounts_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_property_accounts")),
        sa.UniqueConstraint("account_number", name=op.f("uq_property_accounts_account_number")),
    )
    with op.batch_alter_table("property_accounts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_property_accounts_resident_id"), ["resident_id"], unique=False
        )

    op.create_table(
        "resident_statuses",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resident_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=30), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["residents.id"],
            name=op.f("fk_resident_statuses_resident_id_residents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_statuses")),
    )
    with op.batch_alter_table("resident_statuses", schema=None) as batch_op:
        batch_op.create_index("ix_resident_statuses_lookup", ["resident_id", "code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("resident_statuses", schema=None) as batch_op:
        batch_op.drop_index("ix_resident_statuses_lookup")

    op.drop_table("resident_statuses")
    with op.batch_alter_table("property_accounts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_property_accounts_resident_id"))

    op.drop_table("property_accounts")
    with op.batch_alter_table("parking_permits", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parking_permits_resident_id"))
        batch_op.drop_index(batch_op.f("ix_parking_permits_expiry"))

    op.drop_table("parking_permits")
    with op.batch_alter_table("outreach", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outreach_resident_id"))

    op.drop_table("outreach")
    with op.batch_alter_table("offers", schema=None) as batch_op:
        batch_op.drop_index("ix_offers_resident_rule")

    op.drop_table("offers")
    with op.batch_alter_table("household_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_members_resident_id"))

    op.drop_table("household_members")
    with op.batch_alter_table("dog_licences", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_dog_licences_resident_id"))
        batch_op.drop_index(batch_op.f("ix_dog_licences_licence_expiry"))

    op.drop_table("dog_licences")
    op.drop_table("eligibility_rules")
