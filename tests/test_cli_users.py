"""The command line asks for an admin's login before it changes users or shows residents' data;
passwords come from a prompt, a file or standard input, never from the command line."""

from __future__ import annotations

import contextlib
import io

import pytest

from desktop.cli import EXIT_USAGE, build_parser, main
from desktop.core import settings
from desktop.core.db import open_database, session_factory
from desktop.core.errors import InvalidLogin
from desktop.core.users import authenticate
from desktop.station.demo import DEMO_PASSWORD


@pytest.fixture
def demo(tmp_path):
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["--db", url, "demo", "--residents", "30", "--cases", "2", "--seed", "3"]) == 0
    return url


def _file(tmp_path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def _login(url: str, name: str, password: str) -> bool:
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            authenticate(s, name, password)
            return True
    except InvalidLogin:
        return False
    finally:
        engine.dispose()


def test_personal_data_needs_an_admins_login(demo, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nothing to ask
    assert main(["--db", demo, "case", "list"]) == EXIT_USAGE
    assert "--admin" in capsys.readouterr().err
    wrong = _file(tmp_path, "wrong.txt", "not-the-password")
    assert main(["--db", demo, "case", "list", "--admin", "admin", "--password-file", wrong]) == 2
    assert "שגויים" in capsys.readouterr().err
    # A clerk's right password is not an admin's.
    right = _file(tmp_path, "right.txt", DEMO_PASSWORD)
    assert main(["--db", demo, "lobby", "list", "--admin", "dana", "--password-file", right]) == 2
    assert "למנהלי מערכת" in capsys.readouterr().err
    # The password from standard input.
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    assert main(["--db", demo, "case", "list", "--admin", "admin", "--password-file", "-"]) == 0
    assert "KDR-" in capsys.readouterr().out


def test_no_command_takes_a_password_as_an_argument():
    parser = build_parser()
    seen = []

    def walk(p) -> None:  # noqa: ANN001
        for action in p._actions:
            if action.choices and isinstance(action.choices, dict):
                for sub in action.choices.values():
                    walk(sub)
            for flag in action.option_strings:
                if "password" in flag or "token" in flag:
                    seen.append(flag)
                    assert flag.endswith(("-file", "-stdin")), flag

    walk(parser)
    assert "--password-file" in seen


def test_the_command_line_counts_towards_the_lock_out(demo, tmp_path, capsys):
    settings.set_value("login_attempts", 3)
    wrong = _file(tmp_path, "wrong.txt", "not-the-password")
    right = _file(tmp_path, "right.txt", DEMO_PASSWORD)
    for _ in range(3):
        main(["--db", demo, "user", "list", "--admin", "admin", "--password-file", wrong])
    capsys.readouterr()
    assert main(["--db", demo, "user", "list", "--admin", "admin", "--password-file", right]) == 2
    assert "נחסמה" in capsys.readouterr().err


def test_a_user_leaves_and_comes_back_and_resets_her_password(demo, tmp_path, capsys):
    admin = ["--admin", "admin", "--password-file", _file(tmp_path, "a.txt", DEMO_PASSWORD)]
    assert main(["--db", demo, "user", "deactivate", "dana", *admin]) == 0
    assert not _login(demo, "dana", DEMO_PASSWORD)
    assert main(["--db", demo, "user", "list", *admin]) == 0
    listed = capsys.readouterr().out
    assert "dana" in listed and "מושבת" in listed
    assert main(["--db", demo, "user", "deactivate", "admin", *admin]) == 2  # not oneself
    assert main(["--db", demo, "user", "reactivate", "dana", *admin]) == 0
    temp = _file(tmp_path, "t.txt", "temp-pass-9")
    assert (
        main(["--db", demo, "user", "reset-password", "dana", "--new-password-file", temp, *admin])
        == 0
    )
    # Dana must choose her own: an admin whose password was reset could not use the commands.
    mine = _file(tmp_path, "m.txt", "danas-own-pass")
    assert (
        main(
            [
                "--db",
                demo,
                "user",
                "passwd",
                "dana",
                "--password-file",
                temp,
                "--new-password-file",
                mine,
            ]
        )
        == 0
    )
    assert _login(demo, "dana", "danas-own-pass") and not _login(demo, "dana", "temp-pass-9")


def test_an_admin_must_change_a_reset_password_before_using_the_commands(demo, tmp_path, capsys):
    admin = ["--admin", "admin", "--password-file", _file(tmp_path, "a.txt", DEMO_PASSWORD)]
    temp = _file(tmp_path, "t.txt", "temp-pass-9")
    assert main(["--db", demo, "user", "add", "boss2", "--name", "מנהל", "--role", "admin",
                 "--new-password-file", temp, *admin]) == 0  # fmt: skip
    boss2 = ["--admin", "boss2", "--password-file", temp]
    assert main(["--db", demo, "case", "list", *boss2]) == 2
    assert "user passwd" in capsys.readouterr().err


def test_what_the_command_line_shows_goes_to_the_access_log(demo, tmp_path, capsys):
    import json

    from desktop.core.oplog import Actor
    from desktop.counter.access import access_rows
    from desktop.models import User

    admin = ["--admin", "admin", "--password-file", _file(tmp_path, "a.txt", DEMO_PASSWORD)]
    assert main(["--db", demo, "case", "list", "--json", *admin]) == 0
    cases = json.loads(capsys.readouterr().out)
    number = cases[0]["number"]
    assert main(["--db", demo, "case", "show", number, *admin]) == 0
    assert main(["--db", demo, "receipt", number, "-o", str(tmp_path / "r.pdf"), *admin]) == 0
    capsys.readouterr()
    assert main(["--db", demo, "lobby", "list", "--json", *admin]) == 0
    waiting = json.loads(capsys.readouterr().out)["waiting"]
    engine = open_database(demo)
    try:
        with session_factory(engine)() as s:
            from sqlalchemy import select

            from desktop.core.db import local_station

            boss = s.scalar(select(User).where(User.username == "admin"))
            station = local_station(s)
            rows = access_rows(s, Actor(boss.id, station.id, station.code), user_id=boss.id)
    finally:
        engine.dispose()
    details = {r.detail for r in rows}
    assert {"case list", f"case show {number}", f"receipt {number}", "lobby list"} <= details
    lobby = {r.resident for r in rows if r.detail == "lobby list"}
    assert waiting and lobby == {v["name"] for v in waiting}  # each name printed, logged
    shown = next(r for r in rows if r.detail == f"case show {number}")
    assert shown.national_id == cases[0]["resident"]["national_id"] and shown.station == "KDR"
