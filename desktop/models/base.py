"""The declarative base shared by every table, with portable types and constraint names."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Column,
    DateTime,
    MetaData,
    Numeric,
    String,
    Table,
    TypeDecorator,
    Uuid,
    func,
)
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps on every backend (SQLite stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def column_limit(column: Column[Any]) -> tuple[str, Any] | None:
    """The CHECK that holds a column to what PostgreSQL's type allows: (name, condition).

    SQLite ignores varchar lengths and numeric precision, so without these a station stores a
    93-character last name that the hub's varchar(80) refuses. With them both dialects refuse
    the same values.
    """
    kind = column.type
    if isinstance(kind, String) and kind.length:
        return f"{column.name}_length", func.length(column) <= kind.length
    if isinstance(kind, Numeric) and kind.precision is not None:
        whole_digits = kind.precision - (kind.scale or 0)
        return f"{column.name}_range", func.abs(column) < 10**whole_digits
    return None


def add_column_limits(table: Table) -> None:
    """A named CHECK for every limited column of the table (see `column_limit`)."""
    for column in table.columns:
        limit = column_limit(column)
        if limit is not None:
            name, condition = limit
            table.append_constraint(CheckConstraint(condition, name=name))


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        table = cls.__dict__.get("__table__")
        if isinstance(table, Table):
            add_column_limits(table)

    type_annotation_map = {
        uuid.UUID: Uuid(),
        dt.datetime: UTCDateTime(),
        str: String(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }
