"""The command line speaks the language chosen for it (issue 17): its help, its output and its
refusals come from the same catalogue as the screens', with the values filled in after the
translation; command names, options, paths and URLs stay as they are. Without a choice it
speaks Hebrew, whatever a command before it spoke."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from desktop.cli import EXIT_USAGE, main
from desktop.station.demo import DEMO_PASSWORD

HEBREW = re.compile(r"[\u0590-\u05FF]")


@pytest.fixture
def language(monkeypatch):
    """The screens' language module; Hebrew again after the test."""
    pytest.importorskip("PySide6")
    from desktop.ui import language

    if language.catalogue("en") is None or language.catalogue("ar") is None:
        pytest.fail("the compiled catalogues are missing: run scripts/build_translations.py")
    monkeypatch.delenv("DALPAK_LANGUAGE", raising=False)
    yield language
    language.console("he")


def _help(argv: list[str], capsys) -> str:  # noqa: ANN001
    with pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return capsys.readouterr().out


def test_help_is_said_in_the_chosen_language(language, monkeypatch, capsys):
    monkeypatch.setenv("DALPAK_LANGUAGE", "en")
    top = _help([], capsys)
    assert "Dalpak - the council's service counter. Without a command: opens the app." in top
    # The default's variable is filled in after the translation.
    assert "$DALPAK_DB" in " ".join(top.split())
    assert not HEBREW.search(top)
    serve = " ".join(_help(["hub", "serve"], capsys).split())
    assert "The TLS certificate file (PEM)" in serve
    assert "--insecure-plain-http-on-the-network" in serve
    assert not HEBREW.search(serve)
    add = _help(["user", "add"], capsys)
    assert "Full name" in add and "--password-stdin" in add and not HEBREW.search(add)

    monkeypatch.setenv("DALPAK_LANGUAGE", "ar")
    assert "الاسم الكامل" in _help(["user", "add"], capsys)

    monkeypatch.delenv("DALPAK_LANGUAGE")
    assert "שם מלא" in _help(["user", "add"], capsys)


def _file(tmp_path, text: str) -> str:  # noqa: ANN001
    path = tmp_path / "password.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_commands_answer_in_english_with_their_values(language, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DALPAK_LANGUAGE", "en")
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--db", url, "demo", "--residents", "30", "--cases", "2", "--seed", "3"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "The demo is ready (30 residents)."
    assert out[1] == f"Logins (the same password for all: {DEMO_PASSWORD}):"

    assert main(["--db", url, "setup", "--show"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert shown[1:] == [
        "Logo on the receipts: none",
        "Station code: KDR",
        "Hub: none (standalone station)",
    ]
    assert shown[0].startswith("Council: ")

    assert main(["--db", url, "settings", "no_such_setting"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("There is no setting named no_such_setting. Settings: lock_minutes, ")

    password = _file(tmp_path, DEMO_PASSWORD)
    admin = ["--admin", "admin", "--password-file", password]
    assert main(["--db", url, "user", "deactivate", "nobody", *admin]) == EXIT_USAGE
    assert capsys.readouterr().err == "There is no user named nobody.\n"
    # A clerk's right password is not an admin's: the refusal of the command line's login.
    clerk = ["--admin", "dana", "--password-file", password]
    assert main(["--db", url, "user", "list", *clerk]) == EXIT_USAGE
    assert capsys.readouterr().err == "This command is allowed only to system administrators.\n"

    assert main(["--db", url, "user", "deactivate", "dana", *admin]) == 0
    assert capsys.readouterr().out == (
        "User dana was deactivated; after the next sync they cannot log in at any station.\n"
    )
    assert main(["--db", url, "user", "list", *admin]) == 0
    listed = {line.split()[0]: line for line in capsys.readouterr().out.splitlines()}
    assert listed["dana"].endswith("  deactivated")
    assert listed["admin"].endswith("  active")

    assert main(["--db", url, "case", "list", "--json", *admin]) == 0
    number = re.search(r'"number": "([^"]+)"', capsys.readouterr().out).group(1)
    assert main(["--db", url, "case", "show", number, *admin]) == 0
    case = capsys.readouterr().out.splitlines()
    assert case[0].startswith(f"Case {number} - ")
    assert case[1].startswith("Owner: ") and "   Status: " in case[1]
    assert "Timeline:" in case

    receipt = tmp_path / "receipt.pdf"
    assert main(["--db", url, "receipt", number, "-o", str(receipt), *admin]) == 0
    assert capsys.readouterr().out == f"The receipt was saved: {receipt}\n"
    assert receipt.read_bytes().startswith(b"%PDF")

    # No setting and no variable: Hebrew again, though the command before spoke English.
    monkeypatch.delenv("DALPAK_LANGUAGE")
    assert main(["--db", url, "user", "reactivate", "dana", *admin]) == 0
    assert capsys.readouterr().out == "המשתמש dana הופעל מחדש.\n"
    with contextlib.redirect_stdout(io.StringIO()) as said:
        assert main(["--db", url, "setup", "--show"]) == 0
    assert "קוד העמדה: KDR" in said.getvalue()


def test_arabic_refusals_keep_options_and_commands(language, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DALPAK_LANGUAGE", "ar")
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    assert main(["--db", url, "setup", "--council-name", "X"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert (
        err == "تفاصيل ناقصة للإعداد: --admin-user, --admin-password-file, --standalone أو --hub\n"
    )
    assert main(["hub", "serve", "--listen", "10.0.0.1:8443"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "10.0.0.1" in err and "dalpak hub cert --out DIR --host NAME" in err
    assert "--insecure-plain-http-on-the-network" in err and not HEBREW.search(err)


def test_argparses_own_words_are_said_too(language, monkeypatch, capsys):
    """ "usage", "options" and argparse's refusals, which it writes in English through gettext,
    come in the chosen language as well: Hebrew by default."""

    def refused(argv: list[str]) -> str:
        with pytest.raises(SystemExit) as done:
            main(argv)
        assert done.value.code == EXIT_USAGE
        return capsys.readouterr().err

    page = _help([], capsys)
    assert page.startswith("שימוש: dalpak") and "אפשרויות:" in page
    assert "הצגת העזרה הזו ויציאה" in page and "usage" not in page
    assert refused(["settings", "--bogus"]).endswith(
        "dalpak: שגיאה: ארגומנטים לא מוכרים: --bogus\n"
    )
    assert "חסרים הארגומנטים: case_command" in refused(["case"])
    monkeypatch.setenv("DALPAK_LANGUAGE", "en")
    assert _help([], capsys).startswith("usage: dalpak")
    assert refused(["settings", "--bogus"]).endswith(
        "dalpak: error: unrecognized arguments: --bogus\n"
    )
    monkeypatch.setenv("DALPAK_LANGUAGE", "ar")
    assert "وسائط غير معروفة: --bogus" in refused(["settings", "--bogus"])
