"""Random histories of stations and the hub: whatever happens, everyone ends with the same log.

A hypothesis state machine drives 2-4 stations (SQLite files) against the real hub on
PostgreSQL: clerks register residents, edit fields concurrently, view profiles, open cases and
resolve conflicts; departments update items (status, next step, date) and hand them off, also
the same item in two villages before they sync; owners call residents back; stations sync
fully or partly, lose replies, crash and restart, and have their clocks jump. Supervisors edit
the catalogue, two villages add the same code or username apart, residents registered twice
are merged, permits fall due and two villages run the proactive scan (machine_collisions).
After every step no station may have lost an operation it had; at the end, after two
round-robin syncs, every database holds exactly the operations ever committed (each once,
identical), nothing in quarantine, the same derived state (equal to a replay of the log), the
same conflict and collision records, and valid, unique case numbers. CI runs a few dozen
histories; `pytest -m slow` many more and longer.

Every example gets a council of its own in about a second (the hub database copied from a
template, station files copied from synced ones: see harness.CouncilTemplate), so examples are
independent. They are derandomized (the same histories on every run); shrinking is off so
that a failure is reported within the time limit. Set DALPAK_SHRINK=1 to shrink locally, and
DALPAK_RANDOM=1 (with --hypothesis-seed N) for other histories.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.db import local_station, open_database, session_factory
from desktop.core.errors import DuplicateResident, ValidationError
from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.conflicts import open_conflicts, resolve_conflict
from desktop.counter.residents import ResidentForm, create_resident, open_profile, update_resident
from desktop.extras.holdings import save_holding
from desktop.extras.outreach import scan
from desktop.followthrough.items import (
    FINAL,
    HandoffLimit,
    complete_task,
    handoff_item,
    update_item,
)
from desktop.models import Case, CaseItem, Department, RequestType, Resident, Task, User
from desktop.supervision.reassign import reassign_items
from desktop.sync.client import SyncError, SyncReport, pull_all, push_all
from tests.sync.harness import (
    CouncilTemplate,
    ShapedLink,
    SkewedClocks,
    assert_converged,
    conflicts,
    cut_after,
    drop_replies_of,
    drop_reply_at,
    op_ids,
    own_seq,
    pull_cursor,
)
from tests.sync.machine_collisions import CollisionRules

pytestmark = [pytest.mark.sync, pytest.mark.postgres]

HOUR = 3600 * 1000
DAY = 24 * HOUR
# Where a station's clock can jump to, relative to the true time.
OFFSETS = [0, 3 * DAY, -2 * HOUR, -10 * 60 * 1000, 90 * 1000]
FIRST_NAMES = ["יוסף", "מרים", "סמיר", "אולגה"]
LAST_NAMES = ["כהן", "לוי", "חלבי", "מזרחי"]
# Few fields and few values: concurrent edits of the same field often differ, sometimes agree.
VALUES = {
    "phone": ["0501111111", "0522222222", "0533333333"],
    "address": ["הזית 1", "האלון 2"],
    "last_name": ["כהן", "לוי-כהן", "בן דוד"],
    "language": ["he", "ar"],
}


# A department's update: status, next step, expected date in days from today.
UPDATES = st.tuples(
    st.sampled_from(["in_progress", "waiting_resident", "waiting_department", "done", "cannot"]),
    st.sampled_from(["מהנדס יבקר בנכס", "ממתינים למסמכים מהתושב"]),
    st.integers(0, 40),
)

# Which resident / request type / conflict: an index into what the station has at that moment
# (drawn whatever the database holds, so that generation never depends on it).
PICK = st.integers(0, 1 << 16)

# What a department or a supervisor does to an item: an update, or a move to a department.
MOVES = st.one_of(UPDATES, st.tuples(st.sampled_from(["handoff", "reassign"]), PICK))


@dataclass
class Node:
    station: object  # tests.sync.conftest.Station
    url: str
    offset_ms: int = 0
    seen: set = field(default_factory=set)  # operation ids it held after the last step
    cursor: int = 0


def _first_residents_and_cases(session, actor):
    # Every station starts knowing four residents and their cases of two items (one of each
    # made by each station), so that edits, views, conflicts, updates, handoffs and calls have
    # material from the first step. Its supervisor, who moves work, is registered on the hub
    # (tests.sync.harness.CouncilTemplate).
    n = ["ARB", "LVI", "KFT", "GLB"].index(actor.station_code)
    resident = create_resident(
        session,
        actor,
        ResidentForm(
            national_id=complete_national_id(f"{32000000 + n:08d}"),
            first_name=FIRST_NAMES[n],
            last_name=LAST_NAMES[n],
            phone="0541234567",
        ),
    )
    types = list(session.scalars(select(RequestType.id).order_by(RequestType.code)))
    open_case(
        session,
        actor,
        resident.id,
        [ItemDraft(types[n], "בדיקה"), ItemDraft(types[-1 - n], "בדיקה")],
        service_started_at=clock.utcnow() - dt.timedelta(minutes=5),
    )


@pytest.fixture
def council(pg_server, pg_engine, tmp_path):
    folder = tmp_path / "template"
    folder.mkdir()
    codes = ["ARB", "LVI", "KFT", "GLB"]
    return CouncilTemplate(pg_server, pg_engine, folder, codes, _first_residents_and_cases).build()


def make_machine(council: CouncilTemplate, clocks: SkewedClocks, folder):
    examples = iter(range(10**6))

    class SyncMachine(CollisionRules, RuleBasedStateMachine):
        def __init__(self) -> None:
            super().__init__()
            self.resources = contextlib.ExitStack()
            self.hub = None
            self.nodes: list[Node] = []
            self.hub_seen: set = set()
            self.committed: set = set()  # every operation ever committed anywhere

        # --- helpers ----------------------------------------------------------------

        def node(self, index: int) -> Node:
            return self.nodes[index % len(self.nodes)]

        @contextlib.contextmanager
        def acting(self, node: Node):
            """The station's own clock for everything it does (the hub keeps the true time)."""
            with clocks.offset(node.offset_ms):
                yield

        def boss(self, node: Node) -> Actor:
            """The station's supervisor, who settles conflicts."""
            code = node.station.code
            with node.station.sessions() as s:
                boss = s.scalar(select(User.id).where(User.username == f"sup{code.lower()}"))
            return Actor(boss, node.station.actor.station_id, code)

        def observe(self, node: Node) -> None:
            """Nothing the station had may disappear; its pull cursor never goes back."""
            now = op_ids(node.station.engine)
            lost = node.seen - now
            assert not lost, f"{node.station.code} lost {len(lost)} operations"
            node.seen = now
            self.committed |= now
            cursor = pull_cursor(node.station.engine)
            assert cursor >= node.cursor, f"{node.station.code}: pull cursor went back"
            node.cursor = cursor

        def observe_hub(self) -> None:
            now = op_ids(self.hub.engine)
            assert self.hub_seen <= now, "the hub lost operations"
            self.hub_seen = now
            self.committed |= now

        def residents(self, node: Node) -> list:
            with node.station.sessions() as s:
                return list(s.scalars(select(Resident.id).order_by(Resident.id)))

        def open_items(self, node: Node) -> list:
            with node.station.sessions() as s:
                return list(
                    s.scalars(
                        select(CaseItem.id)
                        .where(CaseItem.status.not_in(FINAL))
                        .order_by(CaseItem.id)
                    )
                )

        def update(self, node: Node, item, update) -> None:  # noqa: ANN001
            """A department's update: status, next step and date (an outcome when finished)."""
            status, step, days = update
            with (
                self.acting(node),
                contextlib.suppress(ValidationError),
                node.station.sessions.begin() as s,
            ):
                update_item(
                    s,
                    node.station.actor,
                    item,
                    status=status,
                    next_step=step,
                    outcome=f"{step} והושלם",
                    expected_date=clock.local_today() + dt.timedelta(days=days),
                )
            self.observe(node)

        def hand_off(
            self, node: Node, item, department: int, confirm: bool, by_supervisor: bool = False
        ) -> None:  # noqa: ANN001
            """A department hands the item on; or the station's supervisor reassigns it."""
            code = node.station.code
            with node.station.sessions() as s:
                departments = list(s.scalars(select(Department.id).order_by(Department.code)))
                supervisor = s.scalar(select(User.id).where(User.username == f"sup{code.lower()}"))
            to = departments[department % len(departments)]
            # Refused when already there, or a third handoff not confirmed: nothing recorded.
            with (
                self.acting(node),
                contextlib.suppress(ValidationError, HandoffLimit),
                node.station.sessions.begin() as s,
            ):
                if by_supervisor:
                    boss = Actor(supervisor, node.station.actor.station_id, code)
                    reassign_items(s, boss, [item], reason="איזון עומס", to_department_id=to)
                else:
                    handoff_item(
                        s,
                        node.station.actor,
                        item,
                        department_id=to,
                        reason="לא בתחום המחלקה",
                        confirm_third=confirm,
                    )
            self.observe(node)

        # --- setting up ---------------------------------------------------------------

        @initialize(count=st.integers(2, 4))
        def make_council(self, count):
            # A new hub database and new station files for every example: examples are
            # independent, and "everything ever committed" is exactly what this one made.
            where = folder / f"example{next(examples)}"
            where.mkdir()
            self.hub, stations = self.resources.enter_context(council.fresh(count, where))
            self.nodes = [Node(station, str(station.engine.url)) for station in stations]
            self.observe_hub()
            for node in self.nodes:
                self.observe(node)

        # --- the clerks ---------------------------------------------------------------

        @rule(
            index=st.integers(0, 3),
            number=st.integers(0, 19),
            first=st.sampled_from(FIRST_NAMES),
            last=st.sampled_from(LAST_NAMES),
        )
        def register_resident(self, index, number, first, last):
            # IDs from a small pool: two stations sometimes register the same person offline.
            node = self.node(index)
            form = ResidentForm(
                national_id=complete_national_id(f"{31000000 + number:08d}"),
                first_name=first,
                last_name=last,
                phone="0541234567",
            )
            with (
                self.acting(node),
                contextlib.suppress(DuplicateResident),
                node.station.sessions.begin() as s,
            ):
                create_resident(s, node.station.actor, form, allow_same_name=True)
            self.observe(node)

        @rule(
            index=st.integers(0, 3),
            pick=PICK,
            changes=st.dictionaries(
                st.sampled_from(sorted(VALUES)), st.integers(0, 2), min_size=1, max_size=2
            ),
        )
        def edit_resident(self, index, pick, changes):
            node = self.node(index)
            residents = self.residents(node)
            if not residents:
                return
            rid = residents[pick % len(residents)]
            changes = {name: VALUES[name][n % len(VALUES[name])] for name, n in changes.items()}
            with self.acting(node), node.station.sessions.begin() as s:
                update_resident(s, node.station.actor, rid, changes)
            self.observe(node)

        @rule(
            first=st.integers(0, 3),
            second=st.integers(1, 3),
            pick=PICK,
            name=st.sampled_from(sorted(VALUES)),
            values=st.tuples(st.integers(0, 2), st.integers(0, 2)),
        )
        def edit_on_two_stations(self, first, second, pick, name, values):
            # The same field of the same resident, on two stations that did not see each
            # other's change: a conflict when the values differ.
            nodes = [self.node(first), self.node(first + second)]
            if nodes[0] is nodes[1]:
                return
            known = sorted(set(self.residents(nodes[0])) & set(self.residents(nodes[1])))
            if not known:
                return
            rid = known[pick % len(known)]
            for node, n in zip(nodes, values, strict=True):
                with self.acting(node), node.station.sessions.begin() as s:
                    update_resident(
                        s, node.station.actor, rid, {name: VALUES[name][n % len(VALUES[name])]}
                    )
                self.observe(node)

        @rule(index=st.integers(0, 3), pick=PICK)
        def view_profile(self, index, pick):
            node = self.node(index)
            residents = self.residents(node)
            if not residents:
                return
            rid = residents[pick % len(residents)]
            with self.acting(node), node.station.sessions.begin() as s:
                open_profile(s, node.station.actor, rid)
            self.observe(node)

        @rule(
            index=st.integers(0, 3),
            pick=PICK,
            items=st.lists(PICK, min_size=1, max_size=2, unique=True),
        )
        def open_a_case(self, index, pick, items):
            node = self.node(index)
            residents = self.residents(node)
            if not residents:
                return
            rid = residents[pick % len(residents)]
            with node.station.sessions() as s:
                types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))
            chosen = list(dict.fromkeys(types[n % len(types)] for n in items))
            with self.acting(node), node.station.sessions.begin() as s:
                open_case(
                    s,
                    node.station.actor,
                    rid,
                    [ItemDraft(t, "בדיקה") for t in chosen],
                    service_started_at=clocks.utcnow() - dt.timedelta(minutes=5),
                )
            self.observe(node)

        @rule(index=st.integers(0, 3), pick=PICK, update=UPDATES)
        def update_an_item(self, index, pick, update):
            node = self.node(index)
            items = self.open_items(node)
            if items:
                self.update(node, items[pick % len(items)], update)

        @rule(
            index=st.integers(0, 3),
            pick=PICK,
            department=PICK,
            confirm=st.booleans(),
            by_supervisor=st.booleans(),
        )
        def hand_off_an_item(self, index, pick, department, confirm, by_supervisor):
            node = self.node(index)
            items = self.open_items(node)
            if items:
                self.hand_off(node, items[pick % len(items)], department, confirm, by_supervisor)

        @rule(
            first=st.integers(0, 3),
            second=st.integers(1, 3),
            pick=PICK,
            moves=st.tuples(MOVES, MOVES),
        )
        def work_an_item_on_two_stations(self, first, second, pick, moves):
            # Two departments in two villages move the same item before either syncs: an
            # update, a handoff or a supervisor's reassignment each.
            nodes = [self.node(first), self.node(first + second)]
            if nodes[0] is nodes[1]:
                return
            shared = sorted(set(self.open_items(nodes[0])) & set(self.open_items(nodes[1])))
            if not shared:
                return
            item = shared[pick % len(shared)]
            for node, move in zip(nodes, moves, strict=True):
                if move[0] in ("handoff", "reassign"):
                    self.hand_off(node, item, move[1], True, by_supervisor=move[0] == "reassign")
                else:
                    self.update(node, item, move)

        @rule(index=st.integers(0, 3), pick=PICK, reached=st.booleans(), score=st.integers(1, 5))
        def call_the_resident(self, index, pick, reached, score):
            node = self.node(index)
            with node.station.sessions() as s:
                tasks = list(
                    s.scalars(select(Task.id).where(Task.done_at.is_(None)).order_by(Task.id))
                )
            if not tasks:
                return
            task = tasks[pick % len(tasks)]
            with self.acting(node), node.station.sessions.begin() as s:
                complete_task(
                    s,
                    node.station.actor,
                    task,
                    reached=reached,
                    channel="phone",
                    note="שיחה עם התושב/ת",
                    satisfaction=score,
                )
            self.observe(node)

        @rule(index=st.integers(0, 3), pick=PICK, keep=st.sampled_from(["shown", "other"]))
        def resolve_a_conflict(self, index, pick, keep):
            node = self.node(index)
            boss = self.boss(node)
            with node.station.sessions() as s:
                waiting = sorted(c.id for c in open_conflicts(s, boss))
            if not waiting:
                return
            conflict = waiting[pick % len(waiting)]
            with self.acting(node), node.station.sessions.begin() as s:
                resolve_conflict(s, boss, conflict, keep)
            self.observe(node)

        # --- the link -----------------------------------------------------------------

        @rule(index=st.integers(0, 3))
        def sync(self, index):
            node = self.node(index)
            with self.acting(node):
                node.station.sync()
            self.observe(node)
            self.observe_hub()

        @rule()
        def everyone_syncs(self):
            for node in self.nodes:
                with self.acting(node):
                    node.station.sync()
                self.observe(node)
            self.observe_hub()

        @rule(index=st.integers(0, 3))
        def push_only(self, index):
            node = self.node(index)
            with self.acting(node), node.station.client() as client:
                push_all(node.station.sessions, client, SyncReport())
            self.observe(node)
            self.observe_hub()

        @rule(index=st.integers(0, 3))
        def pull_only(self, index):
            node = self.node(index)
            with self.acting(node), node.station.client() as client:
                pull_all(node.station.sessions, client, SyncReport())
            self.observe(node)

        @rule(index=st.integers(0, 3), batch=st.integers(1, 5), requests=st.integers(1, 3))
        def pull_a_little_then_link_down(self, index, batch, requests):
            node = self.node(index)
            link = ShapedLink(cut_after(requests))
            with (
                self.acting(node),
                contextlib.suppress(SyncError),
                node.station.client(transport=link) as client,
            ):
                pull_all(node.station.sessions, client, SyncReport(), batch=batch)
            self.observe(node)

        @rule(index=st.integers(0, 3), lose=st.sampled_from([1, 2, 3, 4, "/v1/push", "/v1/pull"]))
        def sync_with_a_lost_reply(self, index, lose):
            # The hub does the work; the station never hears the answer.
            node = self.node(index)
            decide = drop_replies_of(lose) if isinstance(lose, str) else drop_reply_at(lose)
            with self.acting(node), contextlib.suppress(SyncError):
                node.station.sync(transport=ShapedLink(decide))
            self.observe(node)
            self.observe_hub()

        @rule(index=st.integers(0, 3))
        def crash_and_restart(self, index):
            # Between transactions (SQLite commits are atomic): reopen from the file only.
            node = self.node(index)
            node.station.engine.dispose()
            node.station.engine = open_database(node.url, station_code=node.station.code)
            node.station.sessions = session_factory(node.station.engine)
            self.observe(node)

        @rule(index=st.integers(0, 3), offset=st.sampled_from(OFFSETS))
        def clock_jumps(self, index, offset):
            self.node(index).offset_ms = offset

        @invariant()
        def own_sequence_never_reused(self):
            for node in self.nodes:
                last, top = own_seq(node.station.engine)
                assert last >= top, node.station.code

        # --- the end ------------------------------------------------------------------

        def teardown(self):
            try:
                if self.nodes:
                    for _round in range(2):
                        for node in self.nodes:
                            with self.acting(node):
                                node.station.sync()
                    for node in self.nodes:
                        self.observe(node)
                    self.observe_hub()
                    engines = {n.station.code: n.station.engine for n in self.nodes}
                    assert_converged(
                        self.hub.engine,
                        engines,
                        self.committed,
                        rebuild_on=self.nodes[0].station.code,
                    )
                    self.collisions_agree({"hub": self.hub.engine, **engines})
                    unresolved = {c[0] for c in conflicts(self.hub.engine) if c[7] is None}
                    for node in self.nodes:
                        boss = self.boss(node)
                        with node.station.sessions() as s:
                            shown = open_conflicts(s, boss)
                        assert {c.id for c in shown} == unresolved, node.station.code
            finally:
                self.resources.close()

    return SyncMachine


def _run(council, tmp_path, monkeypatch, examples: int, steps: int) -> None:  # noqa: ANN001
    clocks = SkewedClocks().install(monkeypatch)
    phases = [Phase.explicit, Phase.reuse, Phase.generate]
    if os.environ.get("DALPAK_SHRINK"):
        phases.append(Phase.shrink)
    run_state_machine_as_test(
        make_machine(council, clocks, tmp_path),
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            # DALPAK_RANDOM=1: other histories than CI's (a seed from --hypothesis-seed).
            derandomize=not os.environ.get("DALPAK_RANDOM"),
            database=None,
            phases=phases,
            suppress_health_check=list(HealthCheck),
        ),
    )


@pytest.mark.timeout(300)
def test_random_histories_converge(council, tmp_path, monkeypatch):
    """The size CI runs: a few minutes at most."""
    _run(council, tmp_path, monkeypatch, examples=16, steps=35)


@pytest.mark.slow
@pytest.mark.timeout(3600)
def test_random_histories_converge_at_full_size(council, tmp_path, monkeypatch):
    """Longer histories, many more of them: `pytest -m slow tests/sync/test_state_machine.py`."""
    _run(council, tmp_path, monkeypatch, examples=120, steps=80)


def test_two_stations_resolving_the_same_conflict_end_with_the_same_record(hub, make_station):
    """Regression: each database used to keep the resolution that reached it first."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן"),
        ).id
    arbel.sync()
    lavi.sync()
    for station, phone in ((arbel, "0521111111"), (lavi, "0532222222")):
        with station.sessions.begin() as s:
            update_resident(s, station.actor, rid, {"phone": phone})
    for station in (arbel, lavi, arbel):
        station.sync()
    bosses = {station.code: station.supervisor(hub.engine) for station in (arbel, lavi)}
    for station, keep in ((arbel, "shown"), (lavi, "other")):
        with station.sessions.begin() as s:
            (conflict,) = open_conflicts(s, bosses[station.code])
            resolve_conflict(s, bosses[station.code], conflict.id, keep)
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    (record,) = conflicts(hub.engine)
    assert record[7] is not None


def test_an_item_worked_in_two_villages_at_once_ends_the_same_everywhere(hub, make_station):
    """Regression: an item's status, date, department and its calls followed the operation
    that reached each database last, so the two villages and the hub kept different values."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן"),
        ).id
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))[:2]
        case = open_case(
            s,
            arbel.actor,
            rid,
            [ItemDraft(t, "בדיקה") for t in types],
            service_started_at=clock.utcnow() - dt.timedelta(minutes=5),
        )
        first, second = s.scalars(
            select(CaseItem.id).where(CaseItem.case_id == case.id).order_by(CaseItem.position)
        )
        departments = list(s.scalars(select(Department.id).order_by(Department.code)))
    arbel.sync()
    lavi.sync()  # both hold the case; nobody syncs until the end of the day
    today = clock.local_today()
    with arbel.sessions.begin() as s:
        update_item(
            s,
            arbel.actor,
            first,
            status="in_progress",
            next_step="מהנדס יבקר בנכס",
            expected_date=today + dt.timedelta(days=20),
        )
        update_item(s, arbel.actor, second, status="done", outcome="הבקשה אושרה ונשלח מכתב")
        handoff_item(s, arbel.actor, first, department_id=departments[3], reason="לא בתחומנו")
    with lavi.sessions.begin() as s:
        update_item(
            s,
            lavi.actor,
            first,
            status="waiting_resident",
            next_step="ממתינים למסמכים",
            expected_date=today + dt.timedelta(days=30),
        )
        update_item(
            s,
            lavi.actor,
            second,
            status="in_progress",
            next_step="נבדוק שוב את הבקשה",
            expected_date=today + dt.timedelta(days=5),
        )
        handoff_item(s, lavi.actor, first, department_id=departments[4], reason="לא בתחומנו")
    for station in (arbel, lavi, arbel):
        station.sync()
    # The callback of the finished item: not reached in one village, reached in the other.
    with lavi.sessions.begin() as s:
        (callback,) = s.scalars(select(Task.id).where(Task.case_id == case.id))
        complete_task(s, lavi.actor, callback, reached=True, channel="phone", note="עודכן")
    with arbel.sessions.begin() as s:
        complete_task(s, arbel.actor, callback, reached=False, channel="phone", note="אין מענה")
    for station in (arbel, lavi, arbel):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    with lavi.sessions() as s:
        item, finished = s.get(CaseItem, first), s.get(CaseItem, second)
        assert (item.status, item.department_id) == ("waiting_resident", departments[4])
        assert finished.status == "done"  # a finished item stays finished
        assert s.get(Task, callback).reached is True


@pytest.mark.parametrize("first_to_sync", ["ARB", "LVI"])
def test_two_villages_scanning_offline_keep_one_outreach_record(hub, make_station, first_to_sync):
    """Regression: the scan gives an action the same id everywhere (resident, rule, period), so
    the second village's record of it could not be stored and went to quarantine; and each
    village opened a case of its own for it, so the resident had two cases and two messages.
    The case's id now comes from the finding too: one case everywhere, with the number of the
    earlier opening (ARB scanned first), whichever village syncs first; LVI never gives the
    number its own opening had to another case."""
    arbel, lavi = make_station("ARB"), make_station("LVI")
    with session_factory(hub.engine).begin() as s:
        own = local_station(s)
        supervisors = {
            code: create_user(
                s,
                Actor(None, own.id, own.code),
                username=name,
                full_name=f"{name} שטרן",
                role=Role.SUPERVISOR,
                password="station-pass-1",
            ).id
            for code, name in (("ARB", "miriam"), ("LVI", "dalia"))
        }
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(
                national_id="039337423", first_name="יוסף", last_name="כהן", phone="0541234567"
            ),
        ).id
        save_holding(
            s,
            arbel.actor,
            "parking_permit",
            {
                "resident_id": rid,
                "vehicle_plate": "12-345-67",
                "expiry": clock.local_today() + dt.timedelta(days=10),
            },
        )
    for station in (arbel, lavi):
        station.sync()
    numbers = {}
    for station in (arbel, lavi):
        with station.sessions.begin() as s:
            actor = Actor(supervisors[station.code], station.actor.station_id, station.code)
            report = scan(s, actor)
            assert report.created == 1
            numbers[station.code] = next(iter(report.case_numbers.values()))
    # LVI's department moves the item before the villages sync: the news goes to the owner of
    # LVI's opening there, and to ARB's (the earlier) everywhere once they have synced.
    with lavi.sessions.begin() as s:
        update_item(
            s,
            lavi.actor,
            s.scalar(select(CaseItem.id)),
            status="waiting_resident",
            next_step="ממתינים למסמכים מהתושב",
            expected_date=clock.local_today() + dt.timedelta(days=60),
        )
        departments = list(s.scalars(select(Department.id).order_by(Department.code)))
        reassign_items(
            s,
            Actor(supervisors["LVI"], lavi.actor.station_id, "LVI"),
            [s.scalar(select(CaseItem.id))],
            reason="איזון עומס",
            to_department_id=departments[1],
        )
    order = (arbel, lavi) if first_to_sync == "ARB" else (lavi, arbel)
    for station in (*order, order[0]):
        station.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine, "LVI": lavi.engine}, rebuild_on="LVI")
    for engine in (hub.engine, arbel.engine, lavi.engine):
        with Session(engine) as s:
            assert list(s.scalars(select(Case.number))) == [numbers["ARB"]]
            assert s.scalar(select(func.count()).select_from(CaseItem)) == 1
    with lavi.sessions.begin() as s:
        rt = s.scalars(select(RequestType.id).order_by(RequestType.code)).first()
        case = open_case(s, lavi.actor, rid, [ItemDraft(rt)], service_started_at=clock.utcnow())
        assert case.number > numbers["LVI"]


def test_an_item_waiting_for_another_department_reaches_the_hub(hub, make_station):
    """The longest status (18 letters) once did not fit the hub's column and was quarantined."""
    arbel = make_station("ARB")
    with arbel.sessions.begin() as s:
        rid = create_resident(
            s,
            arbel.actor,
            ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן"),
        ).id
        rt = s.scalars(select(RequestType.id).order_by(RequestType.code)).first()
        case = open_case(
            s, arbel.actor, rid, [ItemDraft(rt, "בדיקה")], service_started_at=clock.utcnow()
        )
        (item,) = s.scalars(select(CaseItem.id).where(CaseItem.case_id == case.id))
        update_item(
            s,
            arbel.actor,
            item,
            status="waiting_department",
            next_step="ממתינים לחוות דעת של ההנדסה",
            expected_date=clock.local_today() + dt.timedelta(days=10),
        )
    arbel.sync()
    assert_converged(hub.engine, {"ARB": arbel.engine}, rebuild_on="ARB")
