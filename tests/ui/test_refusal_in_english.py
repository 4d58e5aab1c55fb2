"""A refusal of the permission table on a screen in English: a clerk opening the supervisors'
settings reads why, in English, with the action and who may do it filled in (issue 17,
part 3; the texts come from desktop/core/permissions.py through the catalogue)."""

from __future__ import annotations

import pytest

from desktop.ui.settings_page import SettingsPage
from desktop.ui.tasks import TaskRunner
from tests.test_phrases import HEBREW
from tests.ui.office import make_office
from tests.ui.test_language import in_language  # noqa: F401 - the fixture
from tests.ui.test_screens import shoot

pytestmark = pytest.mark.gui


def test_a_clerk_is_refused_in_english(qtbot, ctx, in_language):  # noqa: F811
    make_office(ctx)
    assert in_language("en") == "en"
    page = SettingsPage(ctx, TaskRunner())  # dana, a clerk
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    qtbot.waitUntil(lambda: "not allowed" in page.message.text(), timeout=20000)
    message = page.message.text()
    assert "Allowed for: Supervisor, System administrator." in message, message
    assert not HEBREW.search(message), message
    shoot(page, "95-settings-refused-english")
