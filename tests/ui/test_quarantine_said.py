"""The conflicts screen's quarantine in English (issue 17, part 3): what the service says (the
kind of operation, why it is held, why it was discarded) comes out in the screen's language,
while the station keeps the hub's Hebrew."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core.users import as_logged_in
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import Operation, QuarantinedOperation, User
from desktop.sync.quarantine import keep_held_by_hub
from desktop.ui.context import AppContext
from desktop.ui.supervisor_dialog import SupervisorDialog
from tests.ui.test_language import in_language  # noqa: F401 - fixture
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


def test_the_quarantine_reads_in_english(qtbot, app, engine, sessions, staff, in_language):  # noqa: F811
    with sessions.begin() as s:
        resident = create_resident(s, staff["clerk"], ResidentForm("039337423", "יוסף", "כהן"))
        ops = s.scalars(
            select(Operation.id).where(Operation.entity_id == resident.id).order_by(Operation.seq)
        ).all()
        # As a push reply reports them: refused by the hub's rules, and one behind another.
        held = [{"id": str(ops[0]), "reason": f"refused: role (op {ops[0]})"}]
        held += [
            {"id": str(i), "reason": f"waits for a held operation (op {ops[0]})"} for i in ops[1:]
        ]
        keep_held_by_hub(s, held)
        boss = as_logged_in(s.get(User, staff["supervisor"].user_id))
    ctx = AppContext(engine)
    ctx.user = boss
    assert in_language("en") == "en"
    dialog = SupervisorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.quarantine.item(0, 0).text() == "Registering a resident"
    assert dialog.quarantine.item(0, 3).text() == (
        "Refused by the hub: The user's role is not allowed this operation."
    )
    shoot(dialog, "66-quarantine-english")
    with sessions() as s:
        kept = s.get(QuarantinedOperation, ops[0]).reason
    assert kept.endswith("לתפקיד של המשתמש אין הרשאה לפעולה הזו.")
    dialog.close()
