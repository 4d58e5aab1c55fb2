"""The operation log is the truth: every change has an operation and the state rebuilds from it."""

import contextlib
import datetime as dt
import json
from unittest import mock

from sqlalchemy import func, select, update

from desktop.core import clock, limits
from desktop.core.oplog import LOCAL_TABLES, rebuild_state, record
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import ResidentForm, create_resident, open_profile, update_resident
from desktop.models import (
    Base,
    Operation,
    QuarantinedOperation,
    RequestType,
    Resident,
    StationState,
)
from desktop.station.demo import build_demo


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
        rid = create_resident(
            s,
            seeded,
            ResidentForm(
                national_id="039337423",
                first_name="יוסף",
                last_name="כהן",
                phone="0501234567",
                birth_date=dt.date(1950, 1, 2),
            ),
        ).id
        update_resident(s, seeded, rid, {"phone": "0527654321", "last_name": "כהן-לוי"})
        open_profile(s, seeded, rid)
        type_ids = [
            t for t in s.scalars(select(Base.metadata.tables["request_types"].c.id)).all()[:2]
        ]
        open_case(
            s, seeded, rid, [ItemDraft(t) for t in type_ids], service_started_at=clock.utcnow()
        )
    with sessions() as s:
        before = snapshot(s)
    with sessions.begin() as s:
        count = rebuild_state(s)
        assert count == s.scalar(select(func.count()).select_from(Operation))
    with sessions() as s:
        assert snapshot(s) == before


@contextlib.contextmanager
def _before_the_limits(session):
    """Records as a station made before migration 0017 did: no length is checked."""
    with mock.patch.object(limits, "_too_long", lambda column, value: None):
        session.connection().exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        try:
            yield
            session.flush()
        finally:
            session.connection().exec_driver_sql("PRAGMA ignore_check_constraints = OFF")


def test_a_replay_writes_no_value_a_later_edit_replaced(sessions, seeded):
    """A long address and a long catalogue name (past their columns, recorded by a station made
    before the limits) replaced by later edits of the same fields: a database that received
    the later edits first never wrote them (their clocks lost), so the hub applied them and
    served them. A replay in clock order must not write them for a moment either: the limits
    (and SQLite's checks) would refuse the replay."""
    with sessions.begin() as s:
        rid = create_resident(
            s, seeded, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        ).id
        first = s.scalars(
            select(Operation)
            .where(Operation.kind == "request_type.upserted")
            .order_by(Operation.hlc)
        ).first()
        with _before_the_limits(s):
            update_resident(s, seeded, rid, {"address": "רחוב הגפן " * 17, "phone": "0501234567"})
            record(s, seeded, first.kind, first.entity_id, dict(first.payload, name="ש" * 200))
        update_resident(s, seeded, rid, {"address": "הזית 2"})
        record(s, seeded, first.kind, first.entity_id, dict(first.payload))
    with sessions() as s:
        before = snapshot(s)
    with sessions.begin() as s:
        rebuild_state(s)
    with sessions() as s:
        assert snapshot(s) == before
        resident = s.get(Resident, rid)
        assert (resident.address, resident.phone) == ("הזית 2", "0501234567")
        assert s.get(RequestType, first.entity_id).name == first.payload["name"]


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
    from desktop.core.identity import complete_national_id

    with sessions.begin() as s:
        for n in range(5):
            create_resident(
                s,
                seeded,
                ResidentForm(
                    national_id=complete_national_id(f"1000000{n}"),
                    first_name="אבי",
                    last_name=f"בר{n}",
                ),
            )
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
    # The figures' sums: a local read model keyed by what it adds up, never synced.
    read_models = {"figure_sums"}
    # Wrong passwords at this station, never synced: keyed by the name typed, which may be no
    # user's (so that the lock-out says nothing of which names exist).
    local_by_name = {"login_failures"}
    for table in Base.metadata.sorted_tables:
        if table.name in single_rows | read_models | local_by_name:
            continue
        keys = [c for c in table.primary_key.columns if not isinstance(c.type, Uuid)]
        assert keys in ([], [table.c.get("token")]), table.name


def test_head_revision_constant_matches_the_migrations(engine):
    from alembic.script import ScriptDirectory

    from desktop.core.db import alembic_config, current_revision
    from desktop.migrations import HEAD_REVISION

    assert ScriptDirectory.from_config(alembic_config(engine)).get_current_head() == HEAD_REVISION
    assert current_revision(engine) == HEAD_REVISION


def _log_with_runs(sessions, clerk) -> None:
    """Work whose log has long runs of one kind and the cases the set-based appliers must
    get right: holdings created and edited in the same run, a renamed resident."""
    from desktop.extras.holdings import save_holding
    from desktop.station.demo import create_demo_residents

    with sessions.begin() as s:
        create_demo_residents(s, clerk, 40, seed=7)
        rid = create_resident(
            s, clerk, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        ).id
        account = {
            "resident_id": str(rid),
            "account_number": "555",
            "address": "הזית 1",
            "area_sqm": "80.5",
            "discounts": [],
            "balance": "0",
        }
        hid = save_holding(s, clerk, "property_account", account)
        save_holding(s, clerk, "property_account", account | {"balance": "12.30"}, hid)
        save_holding(
            s,
            clerk,
            "dog_licence",
            {"resident_id": str(rid), "dog_name": "רקס", "licence_expiry": "2027-03-01"},
        )
        update_resident(s, clerk, rid, {"last_name": "כהן-לוי"})
        create_resident(
            s, clerk, ResidentForm(national_id="000000018", first_name="דנה", last_name="לוי")
        )


def _copy_through_ingest(sessions, tmp_path, batch: int, poison_at: int | None = None):
    """A new database that takes the whole log through `ingest`, `batch` operations at a
    time; returns its snapshot (without the stations) and what ingest reported."""
    import uuid

    from desktop.core.db import open_database, session_factory
    from desktop.sync.ingest import ingest
    from desktop.sync.wire import from_wire, to_wire

    with sessions() as s:
        ops = [
            from_wire(to_wire(op)) for op in s.scalars(select(Operation).order_by(Operation.seq))
        ]
    if poison_at is not None:
        bad = from_wire(to_wire(ops[poison_at]))
        bad.id, bad.seq, bad.kind = uuid.uuid4(), 10**6, "resident.updated"
        bad.entity_id, bad.payload = uuid.uuid4(), {"phone": "0501"}
        ops.insert(poison_at, bad)
    engine = open_database(
        f"sqlite:///{tmp_path / f'copy-{batch}-{poison_at}.sqlite3'}", station_code="CPY"
    )
    results = []
    try:
        for start in range(0, len(ops), batch):
            with session_factory(engine).begin() as s:
                results.append(ingest(s, ops[start : start + batch], as_hub=False))
        with session_factory(engine)() as s:
            got = snapshot(s)
    finally:
        engine.dispose()
    got.pop("stations")
    return got, results


def test_ingest_batch_wise_leaves_the_state_the_log_makes(sessions, seeded, tmp_path):
    _log_with_runs(sessions, seeded)
    with sessions() as s:
        expected = snapshot(s)
    expected.pop("stations")
    assert len(expected["property_accounts"]) > 1
    for batch in (10_000, 7):
        got, results = _copy_through_ingest(sessions, tmp_path, batch)
        assert not any(r.quarantined or r.rejected for r in results), batch
        assert got == expected, batch


def test_ingest_falls_back_to_one_by_one_and_quarantines_only_the_bad_one(
    sessions, seeded, tmp_path
):
    from desktop.models import QuarantinedOperation

    _log_with_runs(sessions, seeded)
    with sessions() as s:
        expected = snapshot(s)
    expected.pop("stations")
    got, results = _copy_through_ingest(sessions, tmp_path, 10_000, poison_at=30)
    (result,) = results
    assert len(result.quarantined) == 1 and not result.rejected
    # Everything but the bad one applied, in order, as if it had never been there.
    assert got == expected
    engine_path = tmp_path / "copy-10000-30.sqlite3"
    from desktop.core.db import open_database, session_factory

    engine = open_database(f"sqlite:///{engine_path}", station_code="CPY")
    try:
        with session_factory(engine)() as s:
            (entry,) = s.scalars(select(QuarantinedOperation))
            assert entry.op_id == result.quarantined[0] and "AttributeError" in entry.reason
    finally:
        engine.dispose()


def test_a_replayed_retry_leaves_the_quarantine_as_it_is(sessions, staff):
    """Found by the quarantine state machine: a supervisor retried a held registration, the
    hub held it again (still too long), and a later discard of another operation re-derived
    the station's state. The replay applied the old retry to the quarantine again: the row
    went, the registration (left out of the replay as held) was neither applied nor held, and
    the station never got the resident the hub later took."""
    from desktop.sync.quarantine import (
        correct_operation,
        discard_operation,
        keep_held_by_hub,
        retry_operation,
    )

    clerk, boss = staff["clerk"], staff["supervisor"]
    made = {}
    with sessions.begin() as s:
        with _before_the_limits(s):
            for key, number in (("first", "000000018"), ("second", "000000026")):
                form = ResidentForm(national_id=number, first_name="דוד", last_name="ל" * 90)
                made[key] = create_resident(s, clerk, form).id
        ops = {
            k: s.scalar(select(Operation.id).where(Operation.entity_id == v))
            for k, v in made.items()
        }
        s.execute(update(Operation).values(acked=True))  # sent; the hub holds both
        keep_held_by_hub(s, [{"id": str(ops["first"])}, {"id": str(ops["second"])}])
    with sessions.begin() as s:
        retry_operation(s, boss, ops["first"])
        s.execute(update(Operation).values(acked=True))  # the retry reached the hub...
        keep_held_by_hub(s, [{"id": str(ops["first"])}, {"id": str(ops["second"])}])  # ...held
    with sessions.begin() as s:
        discard_operation(s, boss, ops["second"], "נרשם בטעות")
    with sessions() as s:
        row = s.get(QuarantinedOperation, ops["first"])
        assert row is not None and row.status == "held" and not row.applied_here
        assert s.get(Resident, made["first"]) is None
    with sessions.begin() as s:
        correct_operation(s, boss, ops["first"], {"last_name": "לוי"})
    with sessions() as s:
        assert s.get(Resident, made["first"]).last_name == "לוי"
