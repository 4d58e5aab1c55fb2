"""Every failure of a command is a Hebrew sentence on standard error and an exit code, never a
traceback; the traceback is in the log. A hub command refuses a station's database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.cli import EXIT_DATABASE, EXIT_FILE, EXIT_UNEXPECTED, main
from desktop.core.db import open_database, session_factory
from desktop.core.logs import log_file
from desktop.models import HubCounter, Operation

HEBREW = set("אבגדהוזחטיכלמנסעפצקרשת")


def run_failing(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "Traceback" not in captured.out
    assert HEBREW & set(captured.err), captured.err
    return code, captured.err


def test_db_is_a_text_file(tmp_path, capsys):
    text = tmp_path / "notes.txt"
    text.write_text("רשימת קניות\nחלב\n", encoding="utf-8")
    code, err = run_failing(capsys, "--db", f"sqlite:///{text}", "case", "list")
    assert code == EXIT_DATABASE
    assert str(text) in err and "אינו מסד נתונים של דלפק" in err
    assert "DatabaseError" in log_file().read_text(encoding="utf-8")  # the traceback is logged
    assert text.read_text(encoding="utf-8") == "רשימת קניות\nחלב\n"


def test_db_is_random_bytes(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(os.urandom(8192))
    code, err = run_failing(capsys, "--db", f"sqlite:///{junk}", "case", "list")
    assert code == EXIT_DATABASE and str(junk) in err


def test_db_in_a_missing_folder(tmp_path, capsys):
    target = tmp_path / "no" / "such" / "dalpak.sqlite3"
    code, err = run_failing(capsys, "--db", f"sqlite:///{target}", "init")
    assert code == EXIT_DATABASE
    assert str(target) in err and "אינה קיימת" in err
    assert not target.parent.exists()


def test_db_where_nobody_can_write(tmp_path, capsys):
    # Root may write anywhere on disk; under a regular file, or in /proc, not even root can.
    regular = tmp_path / "a-file"
    regular.write_text("x")
    code, err = run_failing(capsys, "--db", f"sqlite:///{regular}/dalpak.sqlite3", "init")
    assert code == EXIT_DATABASE and "קובץ ולא תיקייה" in err
    code, err = run_failing(capsys, "--db", "sqlite:////proc/dalpak.sqlite3", "init")
    assert code == EXIT_DATABASE and "/proc/dalpak.sqlite3" in err and "הרשאה" in err


def test_unreachable_postgresql_fails_fast_and_hides_the_password(capsys):
    pytest.importorskip("psycopg")
    started = time.monotonic()
    code, err = run_failing(
        capsys, "--db", "postgresql+psycopg://x:sesame@127.0.0.1:1/x", "case", "list"
    )
    assert time.monotonic() - started < 15
    assert code == EXIT_DATABASE
    assert "אין חיבור למסד הנתונים" in err and "127.0.0.1:1" in err
    assert "sesame" not in err and "sesame" not in log_file().read_text(encoding="utf-8")


@pytest.mark.parametrize("url", ["nonsense://", "nonsense"])
def test_malformed_url(url, capsys):
    code, err = run_failing(capsys, "--db", url, "case", "list")
    assert code == EXIT_DATABASE and "כתובת מסד הנתונים אינה תקינה" in err and url in err


def test_url_that_names_the_root_folder(capsys):
    code, err = run_failing(capsys, "--db", "sqlite:////", "case", "list")
    assert code == EXIT_DATABASE and "תיקייה ולא קובץ" in err


def test_receipt_into_a_missing_folder(tmp_path, engine, sessions, seeded, capsys, demo_admin):
    from desktop.core import clock
    from desktop.core.oplog import Actor
    from desktop.core.users import Role, create_user
    from desktop.counter.cases import ItemDraft, open_case
    from desktop.counter.residents import ResidentForm, create_resident
    from desktop.models import RequestType
    from desktop.station.demo import DEMO_PASSWORD

    with sessions.begin() as s:
        resident = create_resident(
            s, seeded, ResidentForm(national_id="039337423", first_name="יוסף", last_name="כהן")
        )
        kind = s.scalars(select(RequestType).limit(1)).one()
        number = open_case(
            s, seeded, resident.id, [ItemDraft(kind.id)], service_started_at=clock.utcnow()
        ).number
        create_user(
            s,
            Actor(None, seeded.station_id, seeded.station_code),
            username="admin",
            full_name="מנהלת",
            role=Role.ADMIN,
            password=DEMO_PASSWORD,
        )
    target = tmp_path / "missing" / "receipt.pdf"
    code, err = run_failing(
        capsys, "--db", str(engine.url), "receipt", number, "-o", str(target), *demo_admin
    )
    assert code == EXIT_FILE and str(target) in err and "אינם קיימים" in err


def test_unexpected_error_points_at_the_log(monkeypatch, capsys):
    from desktop.cli import station

    def broken(args):  # noqa: ANN001, ANN202
        raise RuntimeError("something nobody thought of")

    monkeypatch.setattr(station, "cmd_init", broken)
    code, err = run_failing(capsys, "init")
    assert code == EXIT_UNEXPECTED and str(log_file()) in err
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "something nobody thought of" in logged


# --- hub commands against a station's database ------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["hub", "init"],
        ["hub", "add-station", "ARB"],
        ["hub", "revoke-station", "ARB"],
        ["hub", "serve", "--listen", "127.0.0.1:1"],
    ],
)
def test_hub_commands_refuse_a_station_database(command, engine, sessions, seeded, capsys):
    with sessions() as s:
        unsent = s.scalar(
            select(func.count()).select_from(Operation).where(Operation.acked.is_(False))
        )
    assert unsent
    code, err = run_failing(capsys, "--db", str(engine.url), *command)
    assert code == EXIT_DATABASE and "שייך לעמדה" in err
    with sessions() as s:  # still a station: nothing marked sent, no hub counter
        assert s.get(HubCounter, 1) is None
        assert (
            s.scalar(select(func.count()).select_from(Operation).where(Operation.acked.is_(False)))
            == unsent
        )


def test_hub_init_takes_a_fresh_database_and_an_existing_hub(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["--db", url, "hub", "init"]) == 0
    assert main(["--db", url, "hub", "add-station", "ARB"]) == 0
    assert main(["--db", url, "hub", "init"]) == 0  # again: still the hub
    capsys.readouterr()
    engine = open_database(url)
    with session_factory(engine)() as s:
        assert s.get(HubCounter, 1) is not None
    engine.dispose()


def test_start_of_the_app_with_a_bad_database(tmp_path):
    """`dalpak --db ...` (the window) with a file that is not a database: a Hebrew sentence
    and an exit code, in a real process."""
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop",
            "--db",
            f"sqlite:///{text}",
            "gui",
            "--smoke",
            str(tmp_path / "never.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == EXIT_DATABASE, done.stderr
    assert "אינו מסד נתונים של דלפק" in done.stderr and "Traceback" not in done.stderr


def test_start_of_the_app_shows_a_right_to_left_dialog(tmp_path, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui import app as app_module

    shown = []

    def capture(box):  # noqa: ANN001, ANN202
        shown.append((box.text(), box.layoutDirection()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    code = app_module.run(db_url=f"sqlite:///{tmp_path / 'no' / 'x.sqlite3'}")
    assert code == EXIT_DATABASE
    ((text, direction),) = shown
    assert "אינה קיימת" in text and direction == Qt.LayoutDirection.RightToLeft
