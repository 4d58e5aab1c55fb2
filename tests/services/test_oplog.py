"""The operation log is the truth: every change has an operation and the state rebuilds from it."""

import datetime as dt
import json

from sqlalchemy import func, select

from desktop.models import Base, Operation, StationState
from desktop.services import clock
from desktop.services.cases import ItemDraft, open_case
from desktop.services.demo import build_demo
from desktop.services.oplog import LOCAL_TABLES, rebuild_state
from desktop.services.residents import ResidentForm, create_resident, open_profile, update_resident


def snapshot(session):
    """Every derived table's rows, as sorted tuples of plain values."""
    data = {}
    for table in Base.metadata.sorted_tables:
        if table.name in LOCAL_TABLES:
            continue
        rows = session.execute(select(table)).all()
        data[table.name] = sorted(tuple(_plain(v) for v in row) for row in rows)
    return data


def _plain(value) -> str:
    """A value as text; JSON with sorted keys, so key order (arrival order) does not count."""
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, default=str)
    return str(value)


def test_rebuild_from_the_log_gives_the_same_state(sessions, seeded):
    with sessions.begin() as s:
        rid = create_resident(s, seeded, ResidentForm(
            national_id="039337423", first_name="יוסף", last_name="כהן", phone="0501234567",
            birth_date=dt.date(1950, 1, 2))).id
        update_resident(s, seeded, rid, {"phone": "0527654321", "last_name": "כהן-לוי"})
        open_profile(s, seeded, rid)
        type_ids = [t for t in s.scalars(select(Base.metadata.tables["request_types"].c.id)).all()[:2]]
        open_case(s, seeded, rid, [ItemDraft(t) for t in type_ids], service_started_at=clock.utcnow())
    with sessions() as s:
        before = snapshot(s)
    with sessions.begin() as s:
        count = rebuild_state(s)
        assert count == s.scalar(select(func.count()).select_from(Operation))
    with sessions() as s:
        assert snapshot(s) == before


def test_bulk_demo_equals_a_rebuild_of_its_log(sessions, station_actor):
    with sessions.begin() as s:
        build_demo(s, station_actor, residents=150, seed=3, cases=8)
    with sessions() as s:
        before = snapshot(s)
        assert len(before["residents"]) == 150
        assert len(before["cases"]) == 8
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before


def test_operations_carry_station_sequence_and_increasing_clock(sessions, seeded):
    from desktop.services.identity import complete_national_id

    with sessions.begin() as s:
        for n in range(5):
            create_resident(s, seeded, ResidentForm(
                national_id=complete_national_id(f"1000000{n}"), first_name="אבי", last_name=f"בר{n}"))
    with sessions() as s:
        ops = list(s.scalars(select(Operation).order_by(Operation.seq)))
        state = s.get(StationState, 1)
    assert [op.seq for op in ops] == list(range(1, len(ops) + 1))
    assert state.last_op_seq == len(ops)
    assert [op.hlc for op in ops] == sorted(op.hlc for op in ops)
    assert len({op.hlc for op in ops}) == len(ops)
    assert all(op.id.version == 7 for op in ops)


def test_every_table_is_keyed_by_uuids_except_single_row_counters():
    from sqlalchemy import Uuid

    single_rows = {"station_state", "sync_state", "hub_counter"}
    for table in Base.metadata.sorted_tables:
        if table.name in single_rows:
            continue
        keys = [c for c in table.primary_key.columns if not isinstance(c.type, Uuid)]
        assert keys in ([], [table.c.get("token")]), table.name


def test_head_revision_constant_matches_the_migrations(engine):
    from alembic.script import ScriptDirectory

    from desktop.migrations import HEAD_REVISION
    from desktop.services.db import alembic_config, current_revision

    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == HEAD_REVISION
    assert current_revision(engine) == HEAD_REVISION
