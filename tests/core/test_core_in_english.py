"""The core services speak the user's language: refusals of the permission table, the limits of
the schema, ID numbers, settings, accounts and the failures the command line reports come out
in English (values filled in, no Hebrew letter left) while the command line speaks English,
and in Hebrew again after it (issue 17, part 3)."""

from __future__ import annotations

import errno
import uuid

import pytest

from desktop.core import accounts, failures, settings
from desktop.core.errors import InvalidNationalId, NotAllowed, ValidationError
from desktop.core.identity import normalize_national_id
from desktop.core.permissions import SCOPE_LABELS, Scope, require, require_in_scope
from desktop.core.users import Role, create_user
from tests.test_phrases import HEBREW


def _english_only(text: str) -> str:
    assert text and not HEBREW.search(text), text
    return text


def test_the_permission_table_refuses_in_english(english, sessions, staff):  # noqa: F811
    english.console("en")
    with sessions() as s:
        with pytest.raises(NotAllowed) as refused:
            require(s, staff["clerk"].user_id, "user.create")
        message = _english_only(refused.value.message)
        assert message == "You are not allowed to add users. Allowed for: System administrator."
        # In scope: department staff reading a case of another department.
        with pytest.raises(NotAllowed) as elsewhere:
            require_in_scope(
                s, staff["department"].user_id, "case.read", departments=[uuid.uuid4()]
            )
        assert _english_only(elsewhere.value.message) == (
            "You are not allowed to view a case here "
            "(Department staff: only in their department's work)."
        )
        with pytest.raises(NotAllowed) as nobody:
            require(s, staff["admin"].user_id, "reference.seed")
        assert _english_only(nobody.value.message).endswith("Only the system itself does this.")
    assert SCOPE_LABELS[Scope.OWN] == "only in their own cases and tasks"
    english.console("he")
    assert SCOPE_LABELS[Scope.OWN] == "רק בפניות ובמשימות שלו/ה"
    with sessions() as s, pytest.raises(NotAllowed) as again:
        require(s, staff["clerk"].user_id, "user.create")
    assert again.value.message == "אין הרשאה להוסיף משתמשים. הפעולה מותרת ל: מנהל/ת מערכת."


def test_a_value_past_its_column_is_refused_in_english(english, sessions, staff):  # noqa: F811
    """The limits' listener, reached through a real service (adding a user)."""
    english.console("en")
    with pytest.raises(ValidationError) as refused, sessions.begin() as s:
        create_user(
            s,
            staff["system"],
            username="long-name",
            full_name="x" * 130,
            role=Role.CLERK,
            password="pass-pass-1",
        )
    assert _english_only(refused.value.message) == (
        "The full name: up to 120 characters (130 were typed). Please shorten it."
    )
    english.console("he")
    with pytest.raises(ValidationError) as again, sessions.begin() as s:
        create_user(
            s,
            staff["system"],
            username="long-name",
            full_name="x" * 130,
            role=Role.CLERK,
            password="pass-pass-1",
        )
    assert again.value.message == "השם המלא: עד 120 תווים (הוקלדו 130). נא לקצר."


def test_accounts_ids_and_settings_refuse_in_english(english, sessions, staff):  # noqa: F811
    english.console("en")
    with sessions.begin() as s, pytest.raises(NotAllowed) as own:
        accounts.deactivate_user(s, staff["admin"], staff["admin"].user_id)
    assert _english_only(own.value.message).startswith("You cannot deactivate your own account.")
    with pytest.raises(InvalidNationalId) as wrong:
        normalize_national_id("12345678")
    assert _english_only(wrong.value.message).startswith("The ID number's check digit")
    with pytest.raises(ValidationError) as bounds:
        settings.checked("lock_minutes", 99)
    assert _english_only(bounds.value.message) == (
        "Minutes until the screen locks: 99 is outside the allowed range, between 1 and 30."
    )
    with pytest.raises(ValidationError) as kind:
        settings.checked("login_attempts", "many")
    assert _english_only(kind.value.message) == (
        "Wrong attempts before the lock-out: the value does not fit; "
        "a whole number between 3 and 10 is required."
    )
    english.console("he")
    with pytest.raises(ValidationError) as again:
        settings.checked("lock_minutes", 99)
    assert again.value.message == "דקות עד לנעילת המסך: 99 אינו בטווח המותר, בין 1 ל-30."


def test_failures_are_described_in_english(english, tmp_path):  # noqa: F811
    english.console("en")
    missing = tmp_path / "residents.csv"
    failure = failures.describe(FileNotFoundError(errno.ENOENT, "gone", str(missing)))
    assert failure is not None and failure.exit_code == failures.EXIT_FILE
    assert _english_only(failure.message) == (
        f"File error {missing}: the file or folder does not exist."
    )
    folder = tmp_path / "no-such-folder"
    from sqlalchemy import exc

    opened = failures.describe(
        exc.OperationalError("connect", {}, Exception("unable to open")),
        f"sqlite:///{folder / 'station.sqlite3'}",
    )
    assert opened is not None
    assert _english_only(opened.message) == (
        f"The database {folder / 'station.sqlite3'} cannot be opened: "
        f"the folder {folder} does not exist."
    )
    log = tmp_path / "dalpak.log"
    assert _english_only(failures.unexpected(log).message).endswith(
        f"The details were written to the log: {log}"
    )
    english.console("he")
    assert failures.describe(FileNotFoundError(errno.ENOENT, "gone", str(missing))).message == (
        f"שגיאת קובץ {missing}: הקובץ או התיקייה אינם קיימים."
    )
