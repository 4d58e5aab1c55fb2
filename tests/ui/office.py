"""The people after the counter for UI tests: department staff of three departments and a
supervisor, each able to log in on their own window; and modal dialogs driven by a function."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from desktop.core import clock
from desktop.core.oplog import Actor
from desktop.core.users import LoggedIn, Role, as_logged_in, create_user
from desktop.counter.cases import ItemDraft, get_case, open_case
from desktop.counter.reference import departments, request_types
from desktop.counter.residents import ResidentForm, create_resident
from desktop.ui.context import AppContext


@dataclass
class Office:
    rev: LoggedIn  # revenue (ארנונה)
    eng: LoggedIn  # engineering
    env: LoggedIn  # environment
    boss: LoggedIn  # a supervisor
    deps: dict  # department code -> id


def make_office(ctx: AppContext) -> Office:
    with ctx.write() as s:
        deps = {d.code: d.id for d in departments(s)}

        def person(username: str, name: str, role: Role, dep: str | None = None) -> LoggedIn:
            user = create_user(
                s,
                Actor(None, ctx.station_id, ctx.station_code),
                username=username,
                full_name=name,
                role=role,
                password="staff-pass-1",
                department_id=deps[dep] if dep else None,
                phone="0466282000",
            )
            return as_logged_in(user)

        office = Office(
            rev=person("rev", "משה דהן", Role.DEPARTMENT, "REV"),
            eng=person("eng", "רונית ברק", Role.DEPARTMENT, "ENG"),
            env=person("env", "עמית גולן", Role.DEPARTMENT, "ENV"),
            boss=person("miriam", "מרים שטרן", Role.SUPERVISOR),
            deps=deps,
        )
    return office


def login(ctx: AppContext, user: LoggedIn) -> AppContext:
    """Another station user's session on the same database."""
    other = AppContext(ctx.engine)
    other.user = user
    return other


def open_case_by_services(
    ctx: AppContext, resident_id, codes=("REV-03", "ENV-01"), days_ago: int = 0
) -> tuple[str, list]:
    """A case of the logged-in clerk (opened `days_ago`), as the counter would save it."""
    now = clock.utcnow() - dt.timedelta(days=days_ago)
    with ctx.write() as s:
        types = {t.code: t.id for t in request_types(s)}
        case = open_case(
            s,
            ctx.actor,
            resident_id,
            [ItemDraft(types[c]) for c in codes],
            service_started_at=now,
            now=now,
        )
        number = case.number
        items = [i.id for i in get_case(s, ctx.actor, number).items]
    return number, items


def national_id(serial: int) -> str:
    """A valid Israeli ID number: eight digits and their check digit."""
    body = f"{serial:08d}"
    total = 0
    for position, digit in enumerate(body):
        product = int(digit) * (1 + position % 2)
        total += product - 9 if product > 9 else product
    return body + str((10 - total % 10) % 10)


def add_resident(
    ctx: AppContext, serial: int, first: str, last: str, phone: str, channel: str = "phone"
):
    with ctx.write() as s:
        form = ResidentForm(
            national_id=national_id(serial),
            first_name=first,
            last_name=last,
            phone=phone,
            preferred_channel=channel,
        )
        return create_resident(s, ctx.actor, form).id


def drive(monkeypatch, dialog_class, steps: Callable) -> list:
    """Replace `dialog_class.exec` by `steps(dialog)`; the dialog is closed afterwards whatever
    happened, so no modal is ever left open. Returns the dialogs seen."""
    seen: list = []

    def run(dialog):
        seen.append(dialog)
        dialog.show()
        try:
            steps(dialog)
        finally:
            if dialog.isVisible():
                dialog.done(dialog.result())
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", run)
    return seen
