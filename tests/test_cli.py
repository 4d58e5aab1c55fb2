"""The command line for IT staff and scripts: demo, case list/show, receipt, clear errors."""

from __future__ import annotations

import contextlib
import io
import json
import sys

import pytest
from pypdf import PdfReader

from desktop.cli import EXIT_MISSING_PACKAGE, EXIT_NOT_FOUND, main
from desktop.core.numbering import is_valid_case_number


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    """One demo database for the module: the commands below only read it."""
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'demo.sqlite3'}"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--db", url, "demo", "--residents", "120", "--cases", "6", "--seed", "5"]) == 0
    assert "dalpak2026" in out.getvalue() and "dana" in out.getvalue()
    return url


def test_case_list_and_show_as_json(demo_db, capsys, demo_admin):
    assert main(["--db", demo_db, "case", "list", "--json", *demo_admin]) == 0
    cases = json.loads(capsys.readouterr().out)
    assert len(cases) == 6
    first = cases[0]
    assert is_valid_case_number(first["number"])
    assert first["items"] and all(i["expected_date"] and i["department"] for i in first["items"])
    assert (
        main(["--db", demo_db, "case", "show", first["number"].lower(), "--json", *demo_admin]) == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert shown["number"] == first["number"]
    kinds = [e["kind"] for e in shown["timeline"]]
    assert kinds[0] == "case.opened" and kinds.count("case.item_added") == len(first["items"])


def test_case_list_and_show_as_text(demo_db, capsys, demo_admin):
    assert main(["--db", demo_db, "case", "list", *demo_admin]) == 0
    text = capsys.readouterr().out
    number = text.split()[0]
    assert main(["--db", demo_db, "case", "show", number, *demo_admin]) == 0
    assert "ציר הזמן" in capsys.readouterr().out


@pytest.mark.parametrize("size", ["a4", "80mm"])
def test_receipt_to_file(demo_db, tmp_path, capsys, size, demo_admin):
    main(["--db", demo_db, "case", "list", "--json", *demo_admin])
    case = json.loads(capsys.readouterr().out)[0]
    target = tmp_path / f"receipt-{size}.pdf"
    assert (
        main(
            [
                "--db",
                demo_db,
                "receipt",
                case["number"],
                "-o",
                str(target),
                "--size",
                size,
                *demo_admin,
            ]
        )
        == 0
    )
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert case["number"] in text
    for item in case["items"]:
        y, m, d = item["expected_date"].split("-")
        assert f"{d}/{m}/{y}" in text


def test_unknown_case_is_a_clear_error(demo_db, capsys, demo_admin):
    assert main(["--db", demo_db, "case", "show", "KDR-26-99999-1", *demo_admin]) == EXIT_NOT_FOUND
    assert "לא נמצאה פנייה שמספרה KDR-26-99999-1" in capsys.readouterr().err


def test_bad_size_is_refused_by_the_parser(demo_db, tmp_path):
    with pytest.raises(SystemExit) as stop:
        main(["--db", demo_db, "receipt", "X", "-o", str(tmp_path / "x.pdf"), "--size", "a5"])
    assert stop.value.code == 2


def test_demo_if_empty_does_not_build_twice(demo_db, capsys, demo_admin):
    assert main(["--db", demo_db, "demo", "--if-empty"]) == 0
    assert "לא נבנה מחדש" in capsys.readouterr().out
    main(["--db", demo_db, "case", "list", "--json", *demo_admin])
    assert len(json.loads(capsys.readouterr().out)) == 6


def test_environment_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    url = f"sqlite:///{tmp_path / 'env.sqlite3'}"
    monkeypatch.setenv("DALPAK_DB", url)
    assert main(["init"]) == 0
    assert "env.sqlite3" in capsys.readouterr().out
    assert (tmp_path / "env.sqlite3").exists()


def test_user_add_then_login(tmp_path, monkeypatch, capsys):
    from desktop.core.db import open_database, session_factory
    from desktop.core.errors import InvalidLogin
    from desktop.core.users import authenticate

    url = f"sqlite:///{tmp_path / 'it.sqlite3'}"
    assert main(["--db", url, "init"]) == 0
    # The database's first admin needs no login (there is no one to log in as).
    monkeypatch.setattr("sys.stdin", io.StringIO("boss-password\n"))
    add_boss = ["user", "add", "boss", "--name", "מנהלת", "--role", "admin", "--password-stdin"]
    assert main(["--db", url, *add_boss]) == 0
    # From then on: the admin's password, then the new user's, one line each on standard input.
    monkeypatch.setattr("sys.stdin", io.StringIO("boss-password\na-strong-pass\n"))
    assert (
        main(
            [
                "--db",
                url,
                "user",
                "add",
                "rina",
                "--name",
                "רינה גל",
                "--role",
                "department",
                "--department",
                "REV",
                "--password-stdin",
                "--admin",
                "boss",
                "--password-file",
                "-",
            ]
        )
        == 0
    )
    assert "יתבקש" in capsys.readouterr().out
    engine = open_database(url)
    with session_factory(engine)() as session:
        rina = authenticate(session, "Rina", "a-strong-pass")
        assert rina.full_name == "רינה גל" and rina.must_change_password
        with pytest.raises(InvalidLogin):
            authenticate(session, "rina", "wrong")
    engine.dispose()
    monkeypatch.setattr("sys.stdin", io.StringIO("boss-password\nshort\n"))
    assert (
        main(
            [
                "--db",
                url,
                "user",
                "add",
                "x",
                "--name",
                "x",
                "--role",
                "clerk",
                "--password-stdin",
                "--admin",
                "boss",
                "--password-file",
                "-",
            ]
        )
        == 2
    )
    assert "לפחות 8" in capsys.readouterr().err


def test_settings_show_and_change(capsys):
    assert main(["settings", "lock_minutes"]) == 0
    assert "lock_minutes = 5" in capsys.readouterr().out
    assert main(["settings", "lock_minutes", "10"]) == 0
    assert "lock_minutes = 10" in capsys.readouterr().out
    assert main(["settings", "lock_minutes", "soon"]) == 2
    assert "אינו מתאים" in capsys.readouterr().err
    assert main(["settings", "no_such"]) == 2


def test_hub_serve_without_the_hub_extra(tmp_path, monkeypatch, capsys):
    for name in list(sys.modules):  # loaded by an earlier test: forget them for this one
        if name == "desktop.sync.hub" or name.startswith("starlette."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "starlette", None)  # as if it were not installed
    url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    assert main(["--db", url, "hub", "serve", "--listen", "127.0.0.1:8443"]) == EXIT_MISSING_PACKAGE
    err = capsys.readouterr().err
    assert "starlette" in err and "pip install 'dalpak[hub]'" in err and "Traceback" not in err


def test_postgresql_without_its_driver(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "psycopg", None)
    assert (
        main(["--db", "postgresql://dalpak@127.0.0.1:9/dalpak", "case", "list"])
        == EXIT_MISSING_PACKAGE
    )
    err = capsys.readouterr().err
    assert "PostgreSQL" in err and "pip install 'dalpak[hub]'" in err
