"""The station database at rest: encrypted with SQLCipher, its key in the OS credential store
(here the tests' file store, DALPAK_TEST_KEYRING), readable only by its OS account; a plain
database encrypted by one command without losing a row; encrypted backups that restore whole.

What a thief with the file sees is checked as `strings` would: no Hebrew name, no ID, no
phone, no token.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from desktop.cli import main
from desktop.core import credentials, settings
from desktop.core.db import is_encrypted, local_station, open_database, session_factory
from desktop.core.errors import StationMustReachHub
from desktop.core.oplog import Actor
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.receipt_data import receipt_pdf
from desktop.counter.residents import ResidentForm, create_resident, search_residents
from desktop.models import Case, RequestType, StationState, SyncState
from desktop.station import safekeeping
from desktop.station.demo import create_demo_residents
from desktop.sync.client import sync_status
from tests.sqlite_templates import seed_council_and_clerk

NAME = ("שלומית", "בן-עמי")
NATIONAL_ID = "039337423"
PHONE = "0528765432"
TOKEN = "tok-7f3a9c2e5b1d4a8f6e0c9b7a5d3f1e2c"


@pytest.fixture
def encrypted(tmp_path, monkeypatch):
    """A new station database as a station makes it: encrypted from the start."""
    monkeypatch.delenv("DALPAK_PLAIN_NEW_DATABASES")
    path = tmp_path / "data" / "dalpak.sqlite3"
    path.parent.mkdir(parents=True)
    engine = open_database(f"sqlite:///{path}", station_code="KDR")
    yield path, engine
    engine.dispose()


def _clerk(sessions) -> Actor:
    with sessions() as session:
        station = local_station(session)
    return seed_council_and_clerk(sessions, Actor(None, station.id, station.code))


def _visit(sessions, clerk: Actor) -> str:
    """The counter: a new resident, found again by name, ID and phone; a case; its receipt."""
    with sessions.begin() as s:
        form = ResidentForm(
            national_id=NATIONAL_ID, first_name=NAME[0], last_name=NAME[1], phone=PHONE
        )
        resident = create_resident(s, clerk, form)
    with sessions() as s:
        for query in (f"{NAME[0]} {NAME[1]}", NATIONAL_ID, PHONE):
            assert [hit.id for hit in search_residents(s, clerk, query)] == [resident.id]
    with sessions.begin() as s:
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))[:2]
        start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=4)
        case = open_case(
            s, clerk, resident.id, [ItemDraft(t) for t in types], service_started_at=start
        )
    with sessions() as s:
        assert receipt_pdf(s, clerk, case.number).startswith(b"%PDF")
    return case.number


def _every_file(path: Path) -> bytes:
    return b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    )


def _strings(data: bytes) -> str:
    """What `strings` prints: runs of 4 or more printable ASCII characters."""
    return "\n".join(m.decode() for m in re.findall(rb"[\x20-\x7e]{4,}", data))


def _assert_unreadable(data: bytes, *secrets: str) -> None:
    for text in (*NAME, *secrets):
        assert text.encode("utf-8") not in data, text
    seen = _strings(data)
    for text in (NATIONAL_ID, PHONE, *secrets):
        assert text not in seen, text
    # Three Hebrew letters in a row (UTF-8): random bytes do this once in 10^10 places.
    assert not re.search(rb"(?:\xd7[\x90-\xaa]){3}", data)


def test_a_new_station_database_is_encrypted_and_tells_a_thief_nothing(encrypted, tmp_path):
    path, engine = encrypted
    sessions = session_factory(engine)
    number = _visit(sessions, _clerk(sessions))
    assert is_encrypted(path)
    with engine.connect() as connection:  # the -wal and -shm while the app is open
        data = _every_file(path)
        modes = {
            suffix: stat.S_IMODE(Path(f"{path}{suffix}").stat().st_mode)
            for suffix in ("", "-wal", "-shm")
        }
        del connection
    assert modes == {"": 0o600, "-wal": 0o600, "-shm": 0o600}
    _assert_unreadable(data, number)
    # The same visit in a plain file is readable: the check above can fail.
    with sqlite3.connect(path.parent / "plain-check.sqlite3") as check:
        check.execute("CREATE TABLE t (x)")
        check.execute("INSERT INTO t VALUES (?)", (f"{NAME[0]} {NATIONAL_ID}",))
    with pytest.raises(AssertionError):
        _assert_unreadable((path.parent / "plain-check.sqlite3").read_bytes())
    # The key is in the credential store, not in any file beside the database.
    key = credentials.database_key(create=False)
    assert key and len(key) == 64
    for each in path.parent.rglob("*"):
        if each.is_file():
            assert key.encode() not in each.read_bytes(), each


def test_without_its_key_the_database_does_not_open(encrypted, tmp_path, monkeypatch, capsys):
    path, engine = encrypted
    engine.dispose()
    monkeypatch.setenv("DALPAK_TEST_KEYRING", str(tmp_path / "another-computer"))
    assert main(["--db", f"sqlite:///{path}", "case", "list"]) == 5
    assert "מפתח ההצפנה שלו אינו במאגר הסיסמאות" in capsys.readouterr().err


def test_with_another_key_the_database_does_not_open_and_says_so(encrypted, tmp_path, capfd):
    path, engine = encrypted
    engine.dispose()
    credentials.put(credentials.DATABASE_KEY, "00" * 32)
    assert main(["--db", f"sqlite:///{path}", "case", "list"]) == 5
    err = capfd.readouterr().err
    assert "מוצפן במפתח אחר" in err and "ERROR" not in err  # SQLCipher's own log kept quiet


@pytest.mark.parametrize("backend", ["keyring.backends.fail", "keyring.backends.null"])
def test_a_machine_without_a_credential_store_is_told_so(monkeypatch, backend):
    """No Secret Service (a server, a session without a desktop) or no store at all: nothing is
    created, and the message says where the key must live."""
    import importlib

    import keyring

    monkeypatch.delenv("DALPAK_TEST_KEYRING")
    monkeypatch.setattr(credentials, "_cached", {})
    before = keyring.get_keyring()
    keyring.set_keyring(importlib.import_module(backend).Keyring())
    try:
        with pytest.raises(credentials.NoCredentialStore, match="מאגר סיסמאות"):
            credentials.database_key(create=True)
    finally:
        keyring.set_keyring(before)


def test_encrypting_a_plain_database_keeps_every_row(engine, sessions, seeded, capsys):
    path = Path(engine.url.database)
    with sessions.begin() as s:
        create_demo_residents(s, seeded, 300, seed=5)
        s.execute(update(SyncState).values(hub_url="https://hub.example", token=TOKEN))
        if s.get(SyncState, 1) is None:
            s.add(SyncState(id=1, hub_url="https://hub.example", token=TOKEN))
        station_id = s.get(StationState, 1).station_id
    number = _visit(sessions, seeded)
    engine.dispose()
    with sqlite3.connect(path) as plain:
        tables = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        before = {t: plain.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    assert TOKEN.encode() in path.read_bytes() and NAME[0].encode() in _every_file(path)

    assert main(["--db", f"sqlite:///{path}", "encrypt"]) == 0
    assert "הוצפן" in capsys.readouterr().out
    assert is_encrypted(path) and stat.S_IMODE(path.stat().st_mode) == 0o600
    _assert_unreadable(_every_file(path), number, TOKEN)
    assert credentials.get(credentials.hub_token_name(station_id)) == TOKEN

    import sqlcipher3

    key = credentials.database_key(create=False)
    copy = sqlcipher3.connect(str(path))
    copy.execute(f"PRAGMA key = \"x'{key}'\"")
    after = {t: copy.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    copy.close()
    before["sync_state"] = [(*row[:2], "", *row[3:]) for row in before["sync_state"]]
    assert after == before  # every row of every table, the token moved out
    assert sum(len(rows) for rows in after.values()) > 1000

    engine = open_database(f"sqlite:///{path}")
    try:
        with session_factory(engine)() as s:
            assert [h.full_name for h in search_residents(s, seeded, NATIONAL_ID)] == [
                " ".join(NAME)
            ]
            from desktop.sync.client import station_token

            assert station_token(s) == TOKEN
    finally:
        engine.dispose()
    assert main(["--db", f"sqlite:///{path}", "encrypt"]) == 2  # once is enough
    assert "כבר מוצפן" in capsys.readouterr().err


def test_backups_are_encrypted_kept_to_the_last_n_and_restore_every_case(
    encrypted, tmp_path, capsys
):
    path, engine = encrypted
    sessions = session_factory(engine)
    clerk = _clerk(sessions)
    numbers = {_visit(sessions, clerk)}
    with sessions.begin() as s:
        create_demo_residents(s, clerk, 50, seed=9)
        rids = list(s.scalars(select(Case.resident_id)))
    with sessions.begin() as s:
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))
        start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=3)
        for n in range(6):
            case = open_case(s, clerk, rids[0], [ItemDraft(types[n])], service_started_at=start)
            numbers.add(case.number)
    folder = tmp_path / "backups"
    url = f"sqlite:///{path}"
    for _ in range(3):
        assert main(["--db", url, "backup", "--to", str(folder), "--keep", "2"]) == 0
    kept = safekeeping.backups(folder)
    assert len(kept) == 2 and "גיבוי מוצפן" in capsys.readouterr().out
    for copy in kept:
        assert is_encrypted(copy) and stat.S_IMODE(copy.stat().st_mode) == 0o600
        _assert_unreadable(copy.read_bytes(), *numbers)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    # The disk's file is damaged; the last backup replaces it.
    engine.dispose()
    with path.open("r+b") as file:
        file.seek(8192)
        file.write(os.urandom(4096))
    assert main(["--db", url, "restore", str(kept[-1])]) == 0
    out = capsys.readouterr().out
    assert f"{len(numbers)} פניות" in out and "אינה מחוברת למרכזת" in out
    engine = open_database(url)
    try:
        with session_factory(engine)() as s:
            assert set(s.scalars(select(Case.number))) == numbers
            assert s.get(StationState, 1).restored_at is None  # standalone: no hub to wait for
            assert s.scalar(select(func.count()).select_from(Case)) == len(numbers)
    finally:
        engine.dispose()
    assert list(path.parent.glob("dalpak.sqlite3.before-restore-*"))


def test_a_damaged_or_foreign_backup_is_refused_and_nothing_changes(
    encrypted, tmp_path, monkeypatch, capsys
):
    path, engine = encrypted
    engine.dispose()
    folder = tmp_path / "backups"
    done = safekeeping.backup(f"sqlite:///{path}", folder, 5)
    before = path.read_bytes()
    torn = tmp_path / "torn.sqlite3"
    data = bytearray(done.path.read_bytes())
    data[5000:5100] = os.urandom(100)
    torn.write_bytes(bytes(data))
    assert main(["--db", f"sqlite:///{path}", "restore", str(torn)]) == 2
    assert "לא ניתן לקרוא את הגיבוי" in capsys.readouterr().err
    text = tmp_path / "notes.sqlite3"
    text.write_text("לא גיבוי", encoding="utf-8")
    assert main(["--db", f"sqlite:///{path}", "restore", str(text)]) == 2
    assert "אינו גיבוי של דלפק" in capsys.readouterr().err
    monkeypatch.setenv("DALPAK_TEST_KEYRING", str(tmp_path / "another-computer"))
    assert main(["--db", f"sqlite:///{path}", "restore", str(done.path)]) == 2
    assert "במפתח שאינו במאגר" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_restored_linked_station_records_nothing_before_it_reaches_the_hub(encrypted):
    path, engine = encrypted
    sessions = session_factory(engine)
    clerk = _clerk(sessions)
    with sessions.begin() as s:
        s.merge(SyncState(id=1, hub_url="http://127.0.0.1:9"))  # a hub that does not answer
    engine.dispose()
    done = safekeeping.backup(f"sqlite:///{path}", path.parent / "b", 3)
    restored = safekeeping.restore(done.path, f"sqlite:///{path}")
    assert restored.linked
    engine = open_database(f"sqlite:///{path}")
    try:
        sessions = session_factory(engine)
        with sessions() as s:  # the status bar says it
            assert "שוחזרה מגיבוי" in " ".join(sync_status(s).warnings())
        with pytest.raises(StationMustReachHub, match="שוחזרה מגיבוי"), sessions.begin() as s:
            create_resident(
                s, clerk, ResidentForm(national_id=NATIONAL_ID, first_name="א", last_name="ב")
            )
    finally:
        engine.dispose()


def test_the_smtp_password_lives_in_the_credential_store(capsys):
    settings.set_value("smtp_password", "s3cret-smtp")
    assert settings.get("smtp_password") == "s3cret-smtp"
    stored = (settings.config_dir() / "settings.json").read_text(encoding="utf-8")
    assert "s3cret-smtp" not in stored
    assert main(["settings"]) == 0
    out = capsys.readouterr().out
    assert "smtp_password = ****" in out and "s3cret-smtp" not in out
    # One written by an older version into settings.json moves to the store when read.
    (settings.config_dir() / "settings.json").write_text('{"smtp_password": "old-one"}')
    assert settings.get("smtp_password") == "old-one"
    assert "old-one" not in (settings.config_dir() / "settings.json").read_text()


def test_a_secret_setting_is_never_taken_from_the_command_line(capsys, tmp_path, monkeypatch):
    """Other users of the computer can read a command's arguments: the SMTP password is given
    in a file or on standard input, and refused as an argument with the way to give it."""
    import io

    assert main(["settings", "smtp_password", "in-argv-1"]) != 0
    err = capsys.readouterr().err
    assert "--value-file" in err and "in-argv-1" not in err
    assert settings.get("smtp_password") == ""
    given = tmp_path / "smtp.txt"
    given.write_text("from-a-file-2\n", encoding="utf-8")
    assert main(["settings", "smtp_password", "--value-file", str(given)]) == 0
    assert settings.get("smtp_password") == "from-a-file-2"
    assert "from-a-file-2" not in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin-3\n"))
    assert main(["settings", "smtp_password", "--value-file", "-"]) == 0
    assert settings.get("smtp_password") == "from-stdin-3"
    # Settings that are no secret still take their value as an argument, or from a file.
    assert main(["settings", "lock_minutes", "7"]) == 0
    assert settings.get("lock_minutes") == 7
