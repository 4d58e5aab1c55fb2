"""The journey figures' own tables: one narrow row per visit, item and call, with the local day
worked out once and the filters' columns (clerk, locality, department, request type) beside it.

They are a local read model, never synced and never written by the services: database triggers
(migration 0012) put the id of every case whose case, items, calls or resident changed into
`figure_dirty`, and supervision.figure_facts rewrites those cases' rows before figures are read.
A later migration that copies one of those tables (a batch "move and copy" on SQLite) must
create its triggers again.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class FigureDirty(Base):
    """A case whose figure rows are out of date. `marks` counts changes since it was read; on
    PostgreSQL the triggers bump it, which locks the row until the change commits."""

    __tablename__ = "figure_dirty"

    case_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    marks: Mapped[int] = mapped_column(default=1, server_default="1")


class FigureVisit(Base):
    """A case as a visit: local day and hour of arrival, minutes waiting and at the counter."""

    __tablename__ = "figure_visits"
    __table_args__ = (
        Index(
            "ix_figure_visits_day",
            "day",
            "hour",
            "waiting_minute",
            "service_minute",
            "waiting_seconds",
            "service_seconds",
            "owner_id",
            "locality_id",
            "case_id",
        ),
    )

    case_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    day: Mapped[dt.date]
    hour: Mapped[int]
    owner_id: Mapped[uuid.UUID]
    locality_id: Mapped[uuid.UUID | None]
    # Whole seconds (so that sums are exact whichever way they are added up) and whole minutes.
    waiting_seconds: Mapped[int | None]
    waiting_minute: Mapped[int | None]
    service_seconds: Mapped[int | None]
    service_minute: Mapped[int | None]


class FigureItem(Base):
    """An item by the local day it was opened; `state` 0 open, 1 finished, 2 neither."""

    __tablename__ = "figure_items"
    __table_args__ = (
        Index(
            "ix_figure_items_day",
            "day",
            "department_id",
            "request_type_id",
            "owner_id",
            "locality_id",
            "state",
            "handoffs",
            "slips",
            "expected_date",
            "finished_day",
            "case_id",
        ),
        # A case's items by department and type: follow-ups filtered by them.
        Index("ix_figure_items_case", "case_id", "department_id", "request_type_id", "day"),
        # The cases with an item of a department, or of a type, in a period: visits filtered.
        Index("ix_figure_items_department", "department_id", "day", "case_id"),
        Index("ix_figure_items_request_type", "request_type_id", "day", "case_id"),
    )

    item_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID]
    day: Mapped[dt.date]
    department_id: Mapped[uuid.UUID]
    request_type_id: Mapped[uuid.UUID]
    owner_id: Mapped[uuid.UUID]
    locality_id: Mapped[uuid.UUID | None]
    state: Mapped[int]
    handoffs: Mapped[int]
    slips: Mapped[int]
    expected_date: Mapped[dt.date]
    finished_day: Mapped[dt.date | None]


class FigureCall(Base):
    """A callback (about an item: its department and type) or a follow-up (about the case)."""

    __tablename__ = "figure_calls"
    __table_args__ = (
        Index(
            "ix_figure_calls_done",
            "done_day",
            "kind",
            "satisfaction",
            "owner_id",
            "locality_id",
            "department_id",
            "request_type_id",
            "case_id",
        ),
        Index("ix_figure_calls_case", "case_id"),
        # Calls not done (done_day NULL) due in a period: a range of this index.
        Index(
            "ix_figure_calls_due",
            "done_day",
            "due_date",
            "kind",
            "owner_id",
            "locality_id",
            "department_id",
            "request_type_id",
            "case_id",
        ),
    )

    task_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    case_id: Mapped[uuid.UUID]
    kind: Mapped[str] = mapped_column(String(12))
    done_day: Mapped[dt.date | None]
    due_date: Mapped[dt.date]
    satisfaction: Mapped[int | None]
    owner_id: Mapped[uuid.UUID]
    locality_id: Mapped[uuid.UUID | None]
    department_id: Mapped[uuid.UUID | None]
    request_type_id: Mapped[uuid.UUID | None]


class FigureSum(Base):
    """What the figures add up, per local day, for everyone (dim 0, nil id) and for each
    department, clerk, locality and request type alone (supervision.figure_facts.Dim): a period
    with none or one of those filters reads these rows instead of the period's every row.

    `measure` and `bucket` are supervision.figure_facts.Measure and its bucket (an hour, whole
    minutes, handoffs, days to the expected date, the kind of call, a satisfaction score); `n`
    counts, `total` sums (seconds waiting or served, handoffs, slips). Each measure has its own day: the
    arrival, the item's opening, the call's doing or due date.
    """

    __tablename__ = "figure_sums"
    __table_args__ = {"sqlite_with_rowid": False}

    dim: Mapped[int] = mapped_column(primary_key=True)
    dim_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(primary_key=True)
    measure: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[int] = mapped_column(primary_key=True)
    n: Mapped[int]
    total: Mapped[float]
