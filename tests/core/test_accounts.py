"""A user's life at one station: lock-out after wrong passwords, deactivation, an admin's reset,
the forced change at the first login, and who may do each (the services check, not the UI).

The Privacy Protection (Data Security) Regulations, 5777-2017, reg. 9: access to a database is
by each user's own identification and authentication, revoked when the user no longer needs it
(a departing employee), with the password changed periodically and after a known exposure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.core import accounts, settings
from desktop.core.errors import InvalidLogin, NotAllowed, ValidationError
from desktop.core.oplog import Actor, rebuild_state
from desktop.core.users import Role, authenticate, create_user
from desktop.models import LoginFailures, Operation, User

T0 = dt.datetime(2026, 12, 6, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def people(sessions, seeded):
    """An admin made by the system (as the wizard does), and a clerk the admin adds."""
    system = Actor(None, seeded.station_id, seeded.station_code)
    with sessions.begin() as s:
        boss = create_user(
            s, system, username="boss", full_name="מנהלת", role=Role.ADMIN, password="boss-pass-1"
        )
        admin = Actor(boss.id, seeded.station_id, seeded.station_code)
        rina = create_user(
            s, admin, username="rina", full_name="רינה", role=Role.CLERK, password="given-pass-1"
        )
    return admin, Actor(rina.id, seeded.station_id, seeded.station_code), seeded


def test_lock_out_after_n_wrong_passwords_for_m_minutes(sessions, people):
    settings.set_value("login_attempts", 3)
    settings.set_value("lockout_minutes", 10)
    with sessions() as s:
        for n in range(2):
            with pytest.raises(InvalidLogin):
                authenticate(s, "boss", "wrong", now=T0 + dt.timedelta(seconds=n))
        with pytest.raises(InvalidLogin) as third:
            authenticate(s, "boss", "wrong", now=T0 + dt.timedelta(seconds=2))
        assert "נחסמה" in third.value.message and "10 דקות" in third.value.message
        # Locked: even the right password is refused, without being checked.
        with pytest.raises(InvalidLogin, match="נחסמה"):
            authenticate(s, "boss", "boss-pass-1", now=T0 + dt.timedelta(minutes=9))
        # The lock-out ends by itself.
        assert authenticate(s, "boss", "boss-pass-1", now=T0 + dt.timedelta(minutes=11))
    with sessions() as s:
        assert s.get(LoginFailures, "boss") is None  # a right password starts the count again


def test_names_that_do_not_exist_are_locked_out_alike(sessions, people):
    """Nothing tells a guesser which names exist: the same messages, the same lock-out."""
    settings.set_value("login_attempts", 3)
    messages = {}
    with sessions() as s:
        for name in ("boss", "nobody"):
            got = []
            for n in range(4):
                with pytest.raises(InvalidLogin) as err:
                    authenticate(s, name, "wrong", now=T0 + dt.timedelta(seconds=n))
                got.append(err.value.message)
            messages[name] = got
    assert messages["boss"] == messages["nobody"]
    assert "נותרו 2" in messages["boss"][0] and "נחסמה" in messages["boss"][3]


def test_the_count_survives_the_callers_rollback(sessions, people):
    settings.set_value("login_attempts", 3)
    for n in range(3):
        with pytest.raises(InvalidLogin), sessions.begin() as s:
            authenticate(s, "rina", "wrong", now=T0 + dt.timedelta(seconds=n))
    with sessions() as s:
        row = s.get(LoginFailures, "rina")
        assert row.failures == 3 and row.locked_until == T0 + dt.timedelta(minutes=15, seconds=2)


def test_lock_out_settings_have_bounds_and_a_hebrew_message():
    for name, bad in (("login_attempts", 0), ("login_attempts", 50), ("lockout_minutes", 0)):
        with pytest.raises(ValidationError) as err:
            settings.set_value(name, bad)
        assert "אינו בטווח המותר" in err.value.message
    settings.set_value("lockout_minutes", 30)
    assert settings.get("lockout_minutes") == 30
    # A hand-edited file cannot switch the lock-out off: the value read is clamped.
    path = settings.config_dir() / "settings.json"
    path.write_text('{"login_attempts": 1000, "lockout_minutes": 0}', encoding="utf-8")
    assert settings.get("login_attempts") == 10 and settings.get("lockout_minutes") == 5


def test_first_login_and_a_reset_force_a_new_password(sessions, people):
    admin, rina, _ = people
    with sessions() as s:
        assert not authenticate(s, "boss", "boss-pass-1").must_change_password  # typed it herself
        assert authenticate(s, "rina", "given-pass-1").must_change_password
    with sessions.begin() as s:
        with pytest.raises(ValidationError) as err:
            accounts.change_password(s, rina, "given-pass-1", "mine-pass-2", "mine-pass-3")
        assert err.value.field == "again"
        with pytest.raises(ValidationError) as err:
            accounts.change_password(s, rina, "wrong", "mine-pass-2", "mine-pass-2")
        assert err.value.field == "old"
        with pytest.raises(ValidationError) as err:
            accounts.change_password(s, rina, "given-pass-1", "given-pass-1", "given-pass-1")
        assert err.value.field == "new"
        accounts.change_password(s, rina, "given-pass-1", "mine-pass-2", "mine-pass-2")
    with sessions() as s:
        with pytest.raises(InvalidLogin):
            authenticate(s, "rina", "given-pass-1")
        assert not authenticate(s, "rina", "mine-pass-2").must_change_password
    # Rina forgot it and locked herself out: the admin resets it and the lock-out ends.
    settings.set_value("login_attempts", 3)
    with sessions() as s:
        for _ in range(3):
            with pytest.raises(InvalidLogin):
                authenticate(s, "rina", "forgot")
    with sessions.begin() as s:
        accounts.reset_password(s, admin, rina.user_id, "temp-pass-9")
    with sessions() as s:
        assert authenticate(s, "rina", "temp-pass-9").must_change_password


def test_deactivated_users_cannot_log_in_or_act(sessions, people):
    admin, rina, clerk = people
    with sessions.begin() as s:
        accounts.deactivate_user(s, admin, rina.user_id)
    with sessions() as s:
        with pytest.raises(InvalidLogin, match="הושבת"):
            authenticate(s, "rina", "given-pass-1")
        with pytest.raises(InvalidLogin) as wrong:
            authenticate(s, "rina", "wrong")
        assert "הושבת" not in wrong.value.message  # said only to whoever knows the password
        with pytest.raises(NotAllowed):
            accounts.change_password(s, rina, "given-pass-1", "mine-pass-2", "mine-pass-2")
    with sessions.begin() as s:
        accounts.reactivate_user(s, admin, rina.user_id)
    with sessions() as s:
        assert authenticate(s, "rina", "given-pass-1")


def test_only_admins_manage_users_and_only_ones_own_password(sessions, people):
    admin, rina, clerk = people
    with sessions() as s:
        for actor in (rina, clerk):
            with pytest.raises(NotAllowed):
                accounts.deactivate_user(s, actor, admin.user_id)
            with pytest.raises(NotAllowed):
                accounts.reactivate_user(s, actor, admin.user_id)
            with pytest.raises(NotAllowed):
                accounts.reset_password(s, actor, admin.user_id, "taken-over-1")
            with pytest.raises(NotAllowed):
                accounts.list_users(s, actor)
        with pytest.raises(NotAllowed):  # the admin cannot lock herself out
            accounts.deactivate_user(s, admin, admin.user_id)
        assert {r.username for r in accounts.list_users(s, admin)} >= {"boss", "rina"}


def test_the_last_admin_stays(sessions, people):
    admin, _, clerk = people
    with sessions.begin() as s:
        other = create_user(
            s,
            admin,
            username="second",
            full_name="מנהל שני",
            role=Role.ADMIN,
            password="second-pass",
        )
        second = Actor(other.id, admin.station_id, admin.station_code)
        accounts.deactivate_user(s, second, admin.user_id)
        with pytest.raises(NotAllowed):
            accounts.deactivate_user(s, second, second.user_id)
    with sessions.begin() as s:
        accounts.reactivate_user(s, second, admin.user_id)
        accounts.deactivate_user(s, admin, second.user_id)


def test_the_state_is_the_log(sessions, people):
    """Users' activity and passwords are rebuilt from the operations, by clock."""
    admin, rina, _ = people
    with sessions.begin() as s:
        accounts.deactivate_user(s, admin, rina.user_id)
        accounts.reactivate_user(s, admin, rina.user_id)
        accounts.deactivate_user(s, admin, rina.user_id)
        accounts.reset_password(s, admin, rina.user_id, "temp-pass-9")

    def users(s):  # noqa: ANN001, ANN202
        return sorted(
            (u.username, u.active, u.password_hash, u.must_change_password, u.deactivated_hlc)
            for u in s.scalars(select(User))
        )

    with sessions() as s:
        before = users(s)
        last = s.scalars(
            select(Operation.hlc)
            .where(Operation.kind == "user.deactivated")
            .order_by(Operation.hlc)
        ).all()[-1]
        assert before[[u[0] for u in before].index("rina")][:2] == ("rina", False)
        assert before[[u[0] for u in before].index("rina")][4] == last
    with sessions.begin() as s:
        rebuild_state(s)
        assert users(s) == before
