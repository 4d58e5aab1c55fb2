"""Setting up the station and keeping it safe speak the user's language (issue 17, part 3):
the set-up's checks, the hub link's answers and the backups' refusals come out in English
with their values filled in when the command line speaks English, and in Hebrew again after."""

from __future__ import annotations

import re

import pytest

from desktop.core.errors import NotAllowed, ValidationError
from desktop.station import config as sc
from desktop.station import safekeeping
from desktop.station.safekeeping import SafekeepingError

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def language(english):
    return english


class _OtherStation:
    """A hub that knows the token as another station's."""

    def hello(self) -> dict[str, str]:
        return {"code": "ARB", "station_id": "0" * 32}

    def close(self) -> None:
        pass


def test_the_set_up_answers_in_english(language):
    link = sc.HubLink("https://hub.council.example:8443", "kdr", "ARB.token")
    assert language.console("en") == "en"
    with pytest.raises(ValidationError) as wrong:
        sc.test_hub(link, lambda url, token: _OtherStation())
    assert wrong.value.message == (
        "The token belongs to station ARB, not to station KDR. Check the station code."
    )
    with pytest.raises(ValidationError) as long:
        sc.check_council_name("מועצה " * 20)
    assert long.value.message == "The council's name is too long (up to 80 characters)."
    with pytest.raises(ValidationError) as plain:
        sc.check_hub_url("http://10.0.0.5:8080")
    assert "http://10.0.0.5:8080" in plain.value.message
    assert not HEBREW.search(plain.value.message)
    language.console("he")
    with pytest.raises(ValidationError) as again:
        sc.test_hub(link, lambda url, token: _OtherStation())
    assert again.value.message == "האסימון שייך לעמדה ARB, לא לעמדה KDR. בדקו את קוד העמדה."


def test_only_an_admin_changes_the_station_in_english(language, sessions, staff):
    language.console("en")
    with pytest.raises(NotAllowed) as denied:
        sc.save_receipt_printing(sessions, staff["clerk"].user_id, "", "a4")
    assert denied.value.message == (
        "You are not allowed to change the station's settings. Allowed for: System administrator."
    )


def test_the_backups_answer_in_english(language, tmp_path, engine):
    missing = tmp_path / "dalpak-20260101-000000.sqlite3"
    language.console("en")
    with pytest.raises(SafekeepingError) as gone:
        safekeeping.restore(missing, str(engine.url))
    assert gone.value.message == f"The backup {missing} does not exist."
    not_a_backup = tmp_path / "notes.txt"
    not_a_backup.write_text("nothing to see", encoding="utf-8")
    with pytest.raises(SafekeepingError) as wrong:
        safekeeping.check_copy(not_a_backup)
    assert wrong.value.message == f"The file {not_a_backup} is not a Dalpak backup."
    language.console("he")
    with pytest.raises(SafekeepingError) as again:
        safekeeping.restore(missing, str(engine.url))
    assert again.value.message == f"הגיבוי {missing} אינו קיים."
