"""Rules of the sync state machine (test_state_machine) for what two villages make apart.

Supervisors edit the catalogue's service levels; two villages add the same catalogue code, the
same username or the same property-tax account number before they sync; residents registered
twice (the machine's small pool of
ID numbers) are merged by a supervisor, also while other stations keep working with the merged
record; parking permits fall due and two villages run the proactive scan. A mixin of the
machine: it uses the machine's nodes, `acting` and `observe`.
"""

from __future__ import annotations

import contextlib
import datetime as dt

from hypothesis import strategies as st
from hypothesis.stateful import rule
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import clock
from desktop.core.errors import DalpakError, DuplicateResident, ValidationError
from desktop.core.identity import complete_national_id
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.merging import acknowledge_collision, merge_residents, open_collisions
from desktop.counter.reference import RequestTypeForm, catalogue, save_request_type
from desktop.counter.residents import ResidentForm, create_resident, update_resident
from desktop.extras.holdings import save_holding
from desktop.extras.outreach import scan
from desktop.models import RequestType, User

PICK = st.integers(0, 1 << 16)
PAIR = {"first": st.integers(0, 3), "second": st.integers(1, 3)}


class CollisionRules:
    """Mixed into the machine; every rule records through the services, as people would."""

    def staff(self, node, prefix: str) -> Actor:  # noqa: ANN001
        code = node.station.code
        with node.station.sessions() as s:
            user = s.scalar(select(User.id).where(User.username == f"{prefix}{code.lower()}"))
        return Actor(user, node.station.actor.station_id, code)

    def pair(self, first: int, second: int) -> list:
        nodes = [self.node(first), self.node(first + second)]
        return [] if nodes[0] is nodes[1] else nodes

    @rule(index=st.integers(0, 3), pick=PICK, days=st.sampled_from([3, 10, 25]))
    def edit_a_service_level(self, index, pick, days):
        node = self.node(index)
        boss = self.staff(node, "sup")
        with self.acting(node), node.station.sessions.begin() as s:
            entries = catalogue(s)
            entry = entries[pick % len(entries)]
            form = RequestTypeForm(
                entry.name,
                entry.department_id,
                days,
                entry.steps,
                entry.documents,
                entry.keywords,
                entry.code,
                entry.active,
                entry.statutory_days,
            )
            save_request_type(s, boss, form, entry.id)
        self.observe(node)

    @rule(**PAIR, number=st.integers(0, 2))
    def one_new_code_in_two_villages(self, first, second, number):
        code = f"ENG-{80 + number}"
        for node in self.pair(first, second):
            boss = self.staff(node, "sup")
            # Refused (nothing recorded) once the code or the name is known at the station.
            with (
                self.acting(node),
                contextlib.suppress(DalpakError),
                node.station.sessions.begin() as s,
            ):
                department = catalogue(s)[0].department_id
                name = f"בדיקה {code} {node.station.code}"
                save_request_type(
                    s, boss, RequestTypeForm(name, department, 5, ("נבדוק",), code=code)
                )
            self.observe(node)

    @rule(**PAIR, number=st.integers(0, 2))
    def one_new_username_in_two_villages(self, first, second, number):
        for node in self.pair(first, second):
            admin = self.staff(node, "adm")
            with (
                self.acting(node),
                contextlib.suppress(DalpakError),
                node.station.sessions.begin() as s,
            ):
                create_user(
                    s,
                    admin,
                    username=f"dana{number}",
                    full_name=f"דנה {node.station.code}",
                    # Council-wide: her password goes to every station (sync.rules).
                    role=Role.SUPERVISOR,
                    password="station-pass-1",
                )
            self.observe(node)

    @rule(**PAIR, pick=PICK, number=st.integers(0, 2))
    def one_account_number_in_two_villages(self, first, second, pick, number):
        """A property-tax account recorded at two stations with one number: both kept, the
        later by clock renamed, a collision shown (not quarantined)."""
        for node in self.pair(first, second):
            residents = self.residents(node)
            if not residents:
                continue
            # Refused (nothing recorded) once the number is known at the station.
            with (
                self.acting(node),
                contextlib.suppress(ValidationError),
                node.station.sessions.begin() as s,
            ):
                save_holding(
                    s,
                    node.station.actor,
                    "property_account",
                    {
                        "resident_id": residents[pick % len(residents)],
                        "account_number": f"44{number}0",
                        "address": f"הזית {number + 1}",
                        "area_sqm": "96.00",
                        "discounts": [],
                        "balance": f"{pick % 500}.00",
                    },
                )
            self.observe(node)

    @rule(index=st.integers(0, 3), pick=PICK, merge=st.booleans())
    def settle_a_collision(self, index, pick, merge):
        """Merge two records of one person, or acknowledge a renamed username or code."""
        node = self.node(index)
        boss = self.staff(node, "sup")
        with node.station.sessions() as s:
            waiting = sorted(
                (c for c in open_collisions(s, boss) if c.mergeable == merge), key=lambda c: c.id
            )
        if not waiting:
            return
        chosen = waiting[pick % len(waiting)]
        with (
            self.acting(node),
            contextlib.suppress(DalpakError),
            node.station.sessions.begin() as s,
        ):
            if merge:
                merge_residents(s, boss, chosen.other_id, chosen.kept_id)
            else:
                acknowledge_collision(s, boss, chosen.id)
        self.observe(node)

    @rule(index=st.integers(0, 3), pick=PICK, plate=st.integers(10, 99))
    def a_parking_permit_falls_due(self, index, pick, plate):
        node = self.node(index)
        residents = self.residents(node)
        if not residents:
            return
        with self.acting(node), node.station.sessions.begin() as s:
            save_holding(
                s,
                node.station.actor,
                "parking_permit",
                {
                    "resident_id": residents[pick % len(residents)],
                    "vehicle_plate": f"{plate}-345-67",
                    "expiry": clock.local_today() + dt.timedelta(days=10),
                },
            )
        self.observe(node)

    @rule(**PAIR)
    def the_scan_in_two_villages(self, first, second):
        for node in self.pair(first, second):
            boss = self.staff(node, "sup")
            with self.acting(node), node.station.sessions.begin() as s:
                scan(s, boss)
            self.observe(node)

    def sync_now(self, *nodes) -> None:  # noqa: ANN002
        for node in nodes:
            with self.acting(node):
                node.station.sync()
            self.observe(node)
        self.observe_hub()

    @rule(**PAIR, pick=PICK, plate=st.integers(10, 99))
    def a_permit_due_then_the_scan_in_two_villages(self, first, second, pick, plate):
        """A permit falls due; both villages hear of it, then both scan before syncing again:
        one case, one outreach record, one message everywhere."""
        nodes = self.pair(first, second)
        if not nodes:
            return
        self.a_parking_permit_falls_due(first, pick, plate)
        self.sync_now(*nodes)
        self.the_scan_in_two_villages(first, second)

    @rule(**PAIR, number=st.integers(0, 5), phone=st.sampled_from(["0521111111", "0532222222"]))
    def one_person_registered_in_two_villages(self, first, second, number, phone):
        """Registered apart, linked once both hear of it; the first village's supervisor
        merges while the second, offline again, edits its own record and opens a case."""
        nodes = self.pair(first, second)
        if not nodes:
            return
        national_id = complete_national_id(f"{34000000 + number:08d}")
        made = {}
        for node in nodes:
            form = ResidentForm(national_id=national_id, first_name="נועה", last_name="ברק")
            with (
                self.acting(node),
                contextlib.suppress(DuplicateResident),
                node.station.sessions.begin() as s,
            ):
                made[node.station.code] = create_resident(s, node.station.actor, form).id
            self.observe(node)
        self.sync_now(nodes[0], nodes[1], nodes[0])
        boss = self.staff(nodes[0], "sup")
        with nodes[0].station.sessions() as s:
            waiting = [c for c in open_collisions(s, boss) if c.mergeable and c.key == national_id]
        if not waiting or nodes[1].station.code not in made:
            return
        with self.acting(nodes[0]), nodes[0].station.sessions.begin() as s:
            merge_residents(s, boss, waiting[0].kept_id, waiting[0].other_id)
        self.observe(nodes[0])
        later = nodes[1]
        with self.acting(later), later.station.sessions.begin() as s:
            rid = made[later.station.code]
            update_resident(s, later.station.actor, rid, {"phone": phone})
            rt = s.scalars(select(RequestType.id).order_by(RequestType.code)).first()
            open_case(
                s, later.station.actor, rid, [ItemDraft(rt)], service_started_at=clock.utcnow()
            )
        self.observe(later)

    def collisions_agree(self, engines: dict) -> None:
        """At the end: every database shows the supervisor the same collisions to settle."""
        shown = {}
        for code, engine in engines.items():
            with Session(engine) as s:
                # A supervisor of the council (every database knows them) reads them.
                boss = s.scalar(
                    select(User.id)
                    .where(User.role == Role.SUPERVISOR, User.active)
                    .order_by(User.username)
                    .limit(1)
                )
                reader = Actor(boss, clock.new_id(), code)
                shown[code] = sorted(str(c.id) for c in open_collisions(s, reader))
        first = next(iter(shown.values()))
        assert all(found == first for found in shown.values()), shown
