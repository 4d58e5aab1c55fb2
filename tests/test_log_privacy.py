"""The log after real work holds no personal data and no secrets: an import of residents with
IDs, phones and e-mails, a sync with a token (and one with a wrong token), an error whose
message names a resident, a refused login."""

from __future__ import annotations

import csv
import io
import socket
import sys
import threading
import time

import pytest

from desktop.cli import EXIT_UNEXPECTED, main
from desktop.core.db import open_database, session_factory
from desktop.core.errors import InvalidLogin
from desktop.core.identity import complete_national_id
from desktop.core.logs import log_file, mask
from desktop.core.users import authenticate

ID1 = complete_national_id("03933742")
ID2 = complete_national_id("20000001")
RESIDENTS = [
    [ID1, "יהושפט", "בן־עמרם", "02/01/1950", "050-7654321", "yehoshafat@example.org", "כדורי"],
    [ID2, "צביה", "אלמגור", "15/03/1980", "0521112233", "tsvia.almagor@mail.example.com", "ארבל"],
]
HEADERS = ["ת.ז.", "שם פרטי", "שם משפחה", "תאריך לידה", "טלפון", 'דוא"ל', "יישוב"]
PASSWORD = "Hagai-secret-77"
WRONG_PASSWORD = "not-Hagai-secret-99"


def run(*argv: str, stdin: str = "") -> str:
    out, old_out, old_in = io.StringIO(), sys.stdout, sys.stdin
    sys.stdout, sys.stdin = out, io.StringIO(stdin)
    try:
        code = main(list(argv))
    finally:
        sys.stdout, sys.stdin = old_out, old_in
    assert code == 0, (argv[-2:], out.getvalue())
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def hub(tmp_path):
    """A hub on SQLite served by uvicorn on a thread; yields (url, database url)."""
    uvicorn = pytest.importorskip("uvicorn")
    from desktop.sync.hub import create_app

    hub_db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    run("--db", hub_db, "hub", "init")
    engine = open_database(hub_db)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(engine),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            access_log=False,
            lifespan="off",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline, "the hub did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}", hub_db
    server.should_exit = True
    thread.join(10)
    engine.dispose()


def test_the_log_keeps_no_personal_data_or_secrets(tmp_path, hub, capsys, monkeypatch):
    hub_url, hub_db = hub
    token = run("--db", hub_db, "hub", "add-station", "ARB").strip().splitlines()[-1]
    station = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    token_file = tmp_path / "token.txt"
    token_file.write_text(token + "\n", encoding="utf-8")
    run(
        "--db",
        station,
        "sync",
        "--hub",
        hub_url,
        "--station",
        "ARB",
        "--token-file",
        str(token_file),
    )
    run(
        "--db",
        station,
        "user",
        "add",
        "hagai",
        "--name",
        "חגי שמרוני",
        "--role",
        "admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )

    data = tmp_path / "residents.csv"
    with data.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([HEADERS, *RESIDENTS])
    assert "2" in run("--db", station, "import", str(data))
    assert main(["--db", station, "import", str(data), "--dry-run"]) == 0
    run("--db", station, "sync")  # pushes the residents with their IDs and phones

    engine = open_database(station)
    with session_factory(engine)() as session:
        with pytest.raises(InvalidLogin):
            authenticate(session, "hagai", WRONG_PASSWORD)
        with pytest.raises(InvalidLogin):
            authenticate(session, "nobody", PASSWORD)
    engine.dispose()

    from desktop.cli import cases

    def broken(args):  # noqa: ANN001, ANN202
        raise RuntimeError(
            f"no receipt for {RESIDENTS[0][1]} {RESIDENTS[0][2]}, ID {ID1}, "
            f"phone {RESIDENTS[0][4]}, {RESIDENTS[0][5]}, Bearer {token}"
        )

    monkeypatch.setattr(cases, "cmd_receipt", broken)
    assert (
        main(["--db", station, "receipt", "ARB-26-00001-7", "-o", str(tmp_path / "r.pdf")])
        == EXIT_UNEXPECTED
    )

    with session_factory(open_database(station)).begin() as session:  # a revoked token
        from desktop.core import credentials
        from desktop.models import StationState

        name = credentials.hub_token_name(session.get(StationState, 1).station_id)
        credentials.put(name, token + "x")
    assert main(["--db", station, "sync"]) != 0
    capsys.readouterr()

    logged = log_file().read_text(encoding="utf-8")
    # The log has what it is for ...
    assert "import of residents: 2 rows, 2 created" in logged
    assert "sync: " in logged and "pushed" in logged and "sync failed" in logged
    assert "login refused" in logged and "Traceback" in logged and "RuntimeError" in logged
    assert "migrating the sqlite database" in logged
    # ... and nothing of the residents, the clerk's password or the station's token.
    secrets = [token, token.partition(".")[2], PASSWORD, WRONG_PASSWORD, "argon2", "חגי", "שמרוני"]
    for row in RESIDENTS:
        national_id, first, last, _born, phone, email, _place = row
        secrets += [national_id, first, last, phone, phone.replace("-", ""), email]
    for secret in secrets:
        assert secret not in logged, secret


def test_the_filter_masks_what_slips_through():
    text = mask(
        f"{ID1} 050-7654321 +972-52-111-2233 a.b@example.org Bearer abc.def "
        "password=hunter2 token: xyz postgresql://u:pw@host/db שלום עולם "
        "op 01890a5d-ac96-774b-bcce-b302099a8057 in 12 rounds at 2026-05-01"
    )
    for secret in (
        ID1,
        "7654321",
        "111-2233",
        "a.b@example.org",
        "abc.def",
        "hunter2",
        "xyz",
        ":pw@",
        "שלום",
    ):
        assert secret not in text, secret
    assert "01890a5d-ac96-774b-bcce-b302099a8057" in text and "12 rounds" in text
    assert "2026-05-01" in text
