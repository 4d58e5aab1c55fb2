"""What the council already knows about a resident beyond the profile, and the offers made."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class PropertyAccount(Base):
    """A property-tax (arnona) account: who pays, for which property, discounts, balance."""

    __tablename__ = "property_accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    account_number: Mapped[str] = mapped_column(String(20), unique=True)
    address: Mapped[str] = mapped_column(default="")
    area_sqm: Mapped[Decimal] = mapped_column(Numeric(8, 2))
    discounts: Mapped[list[str]]
    balance: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class DogLicence(Base):
    __tablename__ = "dog_licences"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    dog_name: Mapped[str] = mapped_column(String(60))
    chip_number: Mapped[str] = mapped_column(String(20), default="")
    licence_expiry: Mapped[dt.date] = mapped_column(index=True)
    rabies_vaccinated_on: Mapped[dt.date | None]


class ParkingPermit(Base):
    __tablename__ = "parking_permits"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    vehicle_plate: Mapped[str] = mapped_column(String(12))
    expiry: Mapped[dt.date] = mapped_column(index=True)


class HouseholdMember(Base):
    __tablename__ = "household_members"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    relation: Mapped[str] = mapped_column(String(12))  # child | spouse | parent | other
    birth_date: Mapped[dt.date | None]


class ResidentStatus(Base):
    """A status that entitles to something: soldier in service, new immigrant, single parent,
    or a benefit already granted (e.g. the pensioner property-tax discount)."""

    __tablename__ = "resident_statuses"
    __table_args__ = (Index("ix_resident_statuses_lookup", "resident_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    code: Mapped[str] = mapped_column(String(30))
    since: Mapped[dt.date | None]
    until: Mapped[dt.date | None]


class EligibilityRule(Base):
    """An eligible extra as data: when it applies, what to offer, why, which request type."""

    __tablename__ = "eligibility_rules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    offer: Mapped[str]
    reason: Mapped[str]
    request_type_code: Mapped[str] = mapped_column(String(16))
    condition: Mapped[dict[str, Any]]
    proactive: Mapped[bool] = mapped_column(default=False)
    # For proactive rules: how often the scan may act ("once", or per expiry of a "permit" or
    # a "dog" licence), and the letter: subject, what was done, what the resident must do.
    period: Mapped[str] = mapped_column(String(10), default="once")
    letter: Mapped[dict[str, Any]]
    active: Mapped[bool] = mapped_column(default=True)


class OfferRecord(Base):
    """An offer shown to a resident and what came of it (accepted, declined with the reason)."""

    __tablename__ = "offers"
    __table_args__ = (
        Index("ix_offers_resident_rule", "resident_id", "rule_code", "at"),
        Index("ix_offers_at", "at", "outcome"),  # the journey figures of a period
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"))
    rule_code: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[uuid.UUID | None]
    outcome: Mapped[str] = mapped_column(String(10))  # shown | accepted | declined
    reason: Mapped[str] = mapped_column(default="")
    at: Mapped[dt.datetime]
    by: Mapped[uuid.UUID | None]


class Outreach(Base):
    """Something the council did for a resident without being asked (proactive scan)."""

    __tablename__ = "outreach"

    # Derived from resident + trigger + period, so a second scan finds it and makes nothing.
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    resident_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("residents.id"), index=True)
    trigger: Mapped[str] = mapped_column(String(40))
    period: Mapped[str] = mapped_column(String(20))
    case_id: Mapped[uuid.UUID | None]
    channel: Mapped[str] = mapped_column(String(12))
    letter_text: Mapped[str]
    created_at: Mapped[dt.datetime]
