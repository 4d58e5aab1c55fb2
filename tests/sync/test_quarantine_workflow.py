"""Quarantine is a workflow: what the hub could not apply is never served, its station is
told and holds it too, and a supervisor there corrects, retries or discards it; each choice
syncs, and every database ends equal.

The issue's story: a station made before the limits were the same everywhere stored a
resident with a 93-character last name, then opened a case for him. The hub refused the
resident (varchar(80)) and, before this work, still served it, so every station had the case
and the hub had none. Now the resident, and the case and item that wait behind it, are held on
the hub, unnumbered; the station holds them too and counts them in its status bar.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock, limits
from desktop.core.db import local_station, session_factory
from desktop.core.errors import DalpakError, ValidationError
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import ResidentForm, create_resident, update_resident
from desktop.models import Case, Operation, QuarantinedOperation, RequestType, Resident
from desktop.sync.client import SyncError, sync_status
from desktop.sync.quarantine import (
    correct_operation,
    discard_operation,
    held_operations,
    retry_operation,
)
from tests.sync.harness import ShapedLink, assert_converged, discarded, drop_replies_of, quarantined

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

LONG = "אבוטבול-" * 11 + "כהנים"  # 93 characters


@contextlib.contextmanager
def as_an_older_station(station, monkeypatch) -> Iterator[Session]:  # noqa: ANN001
    """Writes as a station made before migration 0017: SQLite does not check the lengths."""
    with monkeypatch.context() as patch, station.sessions.begin() as session:
        patch.setattr(limits, "_too_long", lambda column, value: None)
        session.connection().exec_driver_sql("PRAGMA ignore_check_constraints = ON")
        yield session
        session.flush()
        session.connection().exec_driver_sql("PRAGMA ignore_check_constraints = OFF")


def supervisor_at(hub, station) -> Actor:  # noqa: ANN001
    """A supervisor registered on the hub (they work everywhere), at `station`."""
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        boss = create_user(
            s,
            Actor(None, own.id, own.code),
            username="miriam",
            full_name="מרים שטרן",
            role=Role.SUPERVISOR,
            password="pass-pass-1",
        )
    station.sync()
    return Actor(boss.id, station.actor.station_id, station.code)


@pytest.fixture
def held(hub, make_station, monkeypatch):
    """ARB registers the long-named resident and opens a case for him; another resident
    registered before syncs as usual. ARB syncs; LVI syncs."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    boss = supervisor_at(hub, arbel)
    lavi.sync()
    with arbel.sessions.begin() as s:
        fine = create_resident(s, arbel.actor, ResidentForm("039337423", "יוסף", "כהן")).id
    with as_an_older_station(arbel, monkeypatch) as s:
        long = create_resident(s, arbel.actor, ResidentForm("000000018", "דוד", LONG)).id
        kind = s.scalars(select(RequestType).order_by(RequestType.code)).first().id
        case = open_case(
            s, arbel.actor, long, [ItemDraft(kind, "תיקון שם")], service_started_at=clock.utcnow()
        )
        number = case.number
    with arbel.sessions.begin() as s:
        update_resident(s, arbel.actor, fine, {"address": "הזית 4"})
    arbel.sync()
    lavi.sync()
    return arbel, lavi, boss, long, number


def count(engine, model, **where) -> int:  # noqa: ANN001
    with Session(engine) as s:
        stmt = select(func.count()).select_from(model)
        for name, value in where.items():
            stmt = stmt.where(getattr(model, name) == value)
        return s.scalar(stmt)


def test_the_hub_serves_nothing_it_could_not_apply_and_the_station_is_told(hub, held):
    arbel, lavi, _boss, long, number = held
    kinds = ["resident.created", "case.opened", "case.item_added"]
    with Session(hub.engine) as s:
        rows = list(s.scalars(select(QuarantinedOperation).order_by(QuarantinedOperation.at)))
        assert sorted(q.kind for q in rows) == sorted(kinds)
        root = next(q for q in rows if q.kind == "resident.created")
        assert root.waits_for is None and "not applied" in root.reason
        assert all(q.waits_for == root.op_id for q in rows if q is not root)
        # Stored, never numbered: a pull cannot serve them.
        numbers = s.scalars(
            select(Operation.hub_seq).where(Operation.id.in_([q.op_id for q in rows]))
        ).all()
        assert numbers == [None, None, None]
    assert count(hub.engine, Resident, id=long) == 0 and count(hub.engine, Case) == 0
    # The other village got the rest of ARB's day (the other resident's address), not these.
    assert count(lavi.engine, Resident, id=long) == 0 and count(lavi.engine, Case) == 0
    with Session(lavi.engine) as s:
        assert s.scalar(select(Resident.address).where(Resident.national_id == "039337423")) == (
            "הזית 4"
        )
    assert quarantined(lavi.engine) == set()
    # ARB holds the same three, still applied there, and counts them.
    assert quarantined(arbel.engine) == quarantined(hub.engine)
    with arbel.sessions() as s:
        assert sync_status(s).refused == 3
        shown = held_operations(s)
        assert [h.kind for h in shown] == kinds and all(h.own for h in shown)
        assert shown[0].reason.startswith("לא ניתן להחיל במרכזת")
        assert shown[1].reason.startswith("ממתינה לפעולה קודמת")
        assert shown[0].fields["last_name"] == LONG
    assert count(arbel.engine, Case, number=number) == 1


def test_correcting_the_name_brings_the_case_everywhere(hub, held):
    arbel, lavi, boss, long, number = held
    with arbel.sessions() as s:
        root = held_operations(s)[0].op_id
    with pytest.raises(ValidationError), arbel.sessions.begin() as s:
        correct_operation(s, boss, root, {"last_name": LONG[:81]})  # still too long
    with pytest.raises(DalpakError), arbel.sessions.begin() as s:
        correct_operation(s, arbel.actor, root, {"last_name": "אבוטבול"})  # a clerk may not
    with arbel.sessions.begin() as s:
        correct_operation(s, boss, root, {"last_name": "אבוטבול"})
    arbel.sync()
    lavi.sync()
    arbel.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    with Session(lavi.engine) as s:
        assert s.get(Resident, long).last_name == "אבוטבול"
        assert s.scalar(select(Case.number)) == number
    with arbel.sessions() as s:
        assert sync_status(s).refused == 0


def test_discarding_takes_it_and_what_waited_behind_it_away_everywhere(hub, held):
    arbel, lavi, boss, long, number = held
    with arbel.sessions() as s:
        root = held_operations(s)[0].op_id
    with pytest.raises(ValidationError), arbel.sessions.begin() as s:
        discard_operation(s, boss, root, "  ")  # a reason is needed
    with arbel.sessions.begin() as s:
        discard_operation(s, boss, root, "נרשם פעמיים; התושב נרשם מחדש בלבי")
    # The station derived its state again: the resident and the case are gone here too.
    assert count(arbel.engine, Resident, id=long) == 0 and count(arbel.engine, Case) == 0
    arbel.sync()
    lavi.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    assert len(discarded(hub.engine)) == 3 and discarded(arbel.engine) == discarded(hub.engine)
    with arbel.sessions() as s:
        assert sync_status(s).refused == 0
        kept = held_operations(s, resolved=True)
        assert {h.status for h in kept} == {"discarded"}
        assert next(h for h in kept if h.op_id == root).resolution.startswith("נרשם פעמיים")


def test_a_retry_that_fails_again_stays_held_with_its_reason(hub, held):
    arbel, lavi, boss, _long, _number = held
    with arbel.sessions() as s:
        root = held_operations(s)[0].op_id
    with arbel.sessions.begin() as s:
        retry_operation(s, boss, root)
    arbel.sync()
    # Nothing changed on the hub: it still cannot apply the name; ARB holds all three again.
    assert quarantined(arbel.engine) == quarantined(hub.engine)
    assert len(quarantined(hub.engine)) == 3
    lavi.sync()
    assert count(lavi.engine, Case) == 0


def test_work_behind_a_discarded_edit_goes_on_and_other_villages_never_wait(
    hub, make_station, monkeypatch
):
    """An edit the hub cannot apply holds back the same station's later edits of the resident,
    not another village's (it never saw the held one). Discarding it sends the later edits on."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    boss = supervisor_at(hub, arbel)
    with arbel.sessions.begin() as s:
        rid = create_resident(s, arbel.actor, ResidentForm("039337423", "יוסף", "כהן")).id
    arbel.sync()
    lavi.sync()
    with as_an_older_station(arbel, monkeypatch) as s:
        update_resident(s, arbel.actor, rid, {"address": "רחוב " * 40})
    with arbel.sessions.begin() as s:
        update_resident(s, arbel.actor, rid, {"phone": "0541234567"})
    with lavi.sessions.begin() as s:
        update_resident(s, lavi.actor, rid, {"email": "yosef@example.com"})
    arbel.sync()
    lavi.sync()
    with Session(hub.engine) as s:
        assert sorted(q.kind for q in s.scalars(select(QuarantinedOperation))) == [
            "resident.updated",
            "resident.updated",
        ]
        row = s.get(Resident, rid)
        assert (row.email, row.phone, row.address) == ("yosef@example.com", "", "")
    with arbel.sessions() as s:
        shown = held_operations(s)
        # As typed, but for the trailing space update_resident trims as the form does.
        assert [h.fields.get("address", "") for h in shown][0] == ("רחוב " * 40).strip()
        assert shown[1].waits_for == shown[0].op_id
    with arbel.sessions.begin() as s:
        discard_operation(s, boss, shown[0].op_id, "כתובת שגויה")
    arbel.sync()
    lavi.sync()
    arbel.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    with Session(lavi.engine) as s:
        row = s.get(Resident, rid)
        assert (row.email, row.phone, row.address) == ("yosef@example.com", "0541234567", "")
    assert len(discarded(hub.engine)) == 1


def test_a_correction_not_yet_heard_of_at_the_hub_is_not_undone_by_its_list(hub, held):
    """Regression: the hub's list of held operations, read before the correction reached it
    (at the start of a sync whose push reply is lost), put the corrected operation back in the
    station's quarantine, and a supervisor could then discard what the hub had applied."""
    arbel, lavi, boss, long, _number = held
    with arbel.sessions() as s:
        root = held_operations(s)[0].op_id
    with arbel.sessions.begin() as s:
        correct_operation(s, boss, root, {"last_name": "אבוטבול"})
    with contextlib.suppress(SyncError):
        arbel.sync(transport=ShapedLink(drop_replies_of("/v1/push")))
    assert quarantined(arbel.engine) == set()
    arbel.sync()
    lavi.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="ARB")
    assert count(lavi.engine, Resident, id=long) == 1
