"""Unattended installs: `dalpak setup` with everything on the command line, read back by a new
process; refused when something is missing or the station is set up already."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.cli import EXIT_USAGE, main
from tests.station.test_station_config import COUNCIL_ADMIN, hub, make_logo  # noqa: F401 - `hub` is a fixture


def setup_args(tmp_path, *extra: str) -> list[str]:
    (tmp_path / "password").write_text("admin-pass-1\n", encoding="utf-8")
    return [
        "--db",
        f"sqlite:///{tmp_path / 'station.sqlite3'}",
        "setup",
        "--council-name",
        "מועצה אזורית עמק הניסוי",
        "--logo",
        str(make_logo(tmp_path / "logo.png")),
        "--admin-user",
        "rachel",
        "--admin-name",
        "רחל אדמון",
        "--admin-password-file",
        str(tmp_path / "password"),
        *extra,
    ]


def test_standalone_setup_is_read_back_by_a_new_process(tmp_path, capsys):
    assert main(setup_args(tmp_path, "--standalone", "--station", "mtl")) == 0
    out = capsys.readouterr().out
    assert "העמדה MTL מוגדרת (עצמאית)" in out and "rachel" in out
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    shown = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.cli",
            "--db",
            f"sqlite:///{tmp_path / 'station.sqlite3'}",
            "setup",
            "--show",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout
    assert shown.splitlines() == [
        "מועצה: מועצה אזורית עמק הניסוי",
        "סמל על הקבלות: יש",
        "קוד העמדה: MTL",
        "מרכזת: אין (עמדה עצמאית)",
    ]
    # Set up once: a second run changes nothing and says where changes are made.
    assert main(setup_args(tmp_path, "--standalone", "--station", "ABC")) == EXIT_USAGE
    assert "כבר מוגדרת" in capsys.readouterr().err


def test_missing_answers_are_named(tmp_path, capsys):
    assert (
        main(["--db", f"sqlite:///{tmp_path / 's.sqlite3'}", "setup", "--council-name", "מועצה"])
        == EXIT_USAGE
    )
    err = capsys.readouterr().err
    assert (
        "--admin-user" in err and "--admin-password-file" in err and "--standalone או --hub" in err
    )
    assert main(setup_args(tmp_path, "--hub", "https://hub.council.local")) == EXIT_USAGE
    assert "--station" in capsys.readouterr().err


def test_a_bad_password_file_line_is_refused_with_the_reason(tmp_path, capsys):
    args = setup_args(tmp_path, "--standalone")
    (tmp_path / "password").write_text("short\n", encoding="utf-8")
    assert main(args) == EXIT_USAGE
    assert "הסיסמה קצרה מדי" in capsys.readouterr().err


def test_joining_a_hub_without_a_window(tmp_path, capsys, hub):  # noqa: F811
    (tmp_path / "token").write_text(hub.token + "\n", encoding="utf-8")
    args = setup_args(
        tmp_path, "--hub", hub.url, "--station", "ARB", "--token-file", str(tmp_path / "token")
    )
    # rachel is a supervisor on the hub, not an admin: the station does not open with her.
    assert main(args) != 0
    assert "החשבון rachel במרכזת אינו של מנהל/ת מערכת" in capsys.readouterr().err
    args[args.index("rachel")] = "avi"
    assert main(args) != 0
    assert "הסיסמה אינה תואמת את החשבון avi במרכזת" in capsys.readouterr().err
    (tmp_path / "password").write_text(COUNCIL_ADMIN.password + "\n", encoding="utf-8")
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"העמדה ARB מוגדרת (מחוברת למרכזת {hub.url})" in out
    assert "העמדה נפתחת בחשבון המועצה avi" in out
    assert main(["--db", f"sqlite:///{tmp_path / 'station.sqlite3'}", "setup", "--show"]) == 0
    assert f"מרכזת: {hub.url}" in capsys.readouterr().out


def test_a_hub_that_is_not_there(tmp_path, capsys):
    from tests.sync.conftest import free_port

    (tmp_path / "token").write_text("ARB.x\n", encoding="utf-8")
    args = setup_args(
        tmp_path,
        "--hub",
        f"http://127.0.0.1:{free_port()}",
        "--station",
        "ARB",
        "--token-file",
        str(tmp_path / "token"),
    )
    assert main(args) == EXIT_USAGE
    assert "אין חיבור למרכזת בכתובת 127.0.0.1:" in capsys.readouterr().err
