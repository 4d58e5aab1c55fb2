"""Applying a validated file: bulk writes for new records, services for changes; the entry points."""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.oplog import Actor, record_bulk
from desktop.core.permissions import require
from desktop.counter.residents import resident_row, token_rows, update_resident
from desktop.extras.holdings import KINDS, holding_row, save_holding
from desktop.extras.importing.columns import COLUMNS, _map_columns
from desktop.extras.importing.files import Table, read_table
from desktop.extras.importing.kinds import _BATCH, _WRITE_BATCH, IMPORT_KINDS, ImportFileError
from desktop.extras.importing.report import ImportReport
from desktop.extras.importing.rows import (
    _chunks,
    _context,
    _plan_holdings,
    _plan_residents,
    _Planned,
)
from desktop.models import Resident, ResidentNameToken
from desktop.phrases import phrase

log = logging.getLogger(__name__)

# --- writing --------------------------------------------------------------------------------


def _write_residents(session: Session, actor: Actor, planned: list[_Planned]) -> None:
    new = [(clock.new_id(), p.data) for p in planned if p.result.status == "created"]
    for batch in _chunks(new, _WRITE_BATCH):
        ops = record_bulk(session, actor, "resident.created", batch)
        rows, tokens = [], []
        for op in ops:
            payload = op["payload"]
            rows.append(resident_row(op["entity_id"], op["hlc"], op["created_at"], payload))
            tokens += token_rows(op["entity_id"], f"{payload['first_name']} {payload['last_name']}")
        session.execute(Resident.__table__.insert(), rows)
        if tokens:
            session.execute(ResidentNameToken.__table__.insert(), tokens)
    updates = [p for p in planned if p.result.status == "updated"]
    for batch in _chunks(updates, _BATCH):
        # Load the residents of the batch at once, so each update finds its row in memory.
        list(session.scalars(select(Resident).where(Resident.id.in_([p.entity_id for p in batch]))))
        for plan in batch:
            assert plan.entity_id is not None
            update_resident(session, actor, plan.entity_id, plan.data)
    session.flush()


def _write_holdings(session: Session, actor: Actor, kind: str, planned: list[_Planned]) -> None:
    new = [(clock.new_id(), p.data) for p in planned if p.result.status == "created"]
    table = KINDS[kind].__table__
    for batch in _chunks(new, _WRITE_BATCH):
        ops = record_bulk(
            session,
            actor,
            "holding.upserted",
            [(eid, {"kind": kind, "data": data}) for eid, data in batch],
        )
        session.execute(
            table.insert(),
            [holding_row(kind, op["entity_id"], op["payload"]["data"]) for op in ops],
        )
    for plan in planned:
        if plan.result.status == "updated":
            save_holding(session, actor, kind, plan.data, entity_id=plan.entity_id)
    session.flush()


# --- the entry points -----------------------------------------------------------------------


def import_table(
    session: Session,
    actor: Actor,
    table: Table,
    kind: str = "residents",
    *,
    file: str = "",
    dry_run: bool = False,
    skip_bad: bool = False,
    today: dt.date | None = None,
) -> ImportReport:
    """Validate every row of `table`, then write them all (or, with skip_bad, the good ones)."""
    require(session, actor.user_id, "resident.import")
    if kind not in IMPORT_KINDS:
        raise ImportFileError(
            phrase("סוג ייבוא לא מוכר: {kind}. אפשר: {kinds}.").format(
                kind=kind, kinds=", ".join(IMPORT_KINDS)
            )
        )
    started = time.perf_counter()
    cols = _map_columns(table.headers, COLUMNS[kind])
    ctx = _context(session, today or clock.local_today())
    if kind == "residents":
        planned = _plan_residents(session, table, cols, ctx)
    else:
        planned = _plan_holdings(session, table, cols, ctx, kind)
    report = ImportReport(
        file=file,
        kind=kind,
        dry_run=dry_run,
        skip_bad=skip_bad,
        results=[p.result for p in planned],
        ignored_columns=cols.ignored,
    )
    if not dry_run and (skip_bad or not report.errors):
        if kind == "residents":
            _write_residents(session, actor, planned)
        else:
            holding_kind = IMPORT_KINDS[kind]
            assert holding_kind is not None
            _write_holdings(session, actor, holding_kind, planned)
        report.written = True
    report.seconds = time.perf_counter() - started
    log.info(
        "import of %s%s: %d rows, %d created, %d updated, %d unchanged, %d with errors, "
        "%s in %.1f s",
        kind,
        " (dry run)" if dry_run else "",
        report.rows,
        report.created,
        report.updated,
        report.unchanged,
        report.errors,
        "written" if report.written else "nothing written",
        report.seconds,
    )
    return report


def import_file(
    session: Session,
    actor: Actor,
    path: Path | str,
    kind: str = "residents",
    *,
    dry_run: bool = False,
    skip_bad: bool = False,
    today: dt.date | None = None,
) -> ImportReport:
    """Import a CSV or .xlsx file of `kind` (see IMPORT_KINDS) in the caller's transaction.

    Raises ImportFileError when the file cannot be read or lacks a required column; problems
    of single rows are in the report.
    """
    started = time.perf_counter()
    table = read_table(Path(path))
    report = import_table(
        session, actor, table, kind, file=str(path), dry_run=dry_run, skip_bad=skip_bad, today=today
    )
    report.seconds = time.perf_counter() - started
    return report
