"""IT staff's path: register a station on the hub, connect a fresh laptop, sync from the CLI."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import pytest

from desktop.cli import main
from tests.sync.conftest import HubServer

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def run(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


def test_register_connect_and_sync_from_the_command_line(
    pg_url, tmp_path, capsys, monkeypatch, demo_admin
):
    run("--db", pg_url, "hub", "init")
    token = (
        run("--db", pg_url, "hub", "add-station", "ARB", "--name", "ארבל").strip().splitlines()[-1]
    )
    assert token.startswith("ARB.")
    from desktop.core.db import open_database

    engine = open_database(pg_url, station_code="HUB")
    # The demo's staff are registered on the hub: the hub refuses users a station makes up.
    from desktop.core.db import local_station, session_factory
    from desktop.core.oplog import Actor
    from desktop.station.demo import create_demo_users

    with session_factory(engine).begin() as session:
        hub = local_station(session)
        create_demo_users(session, Actor(None, hub.id, hub.code))
    server = HubServer(engine).start()
    try:
        laptop = f"sqlite:///{tmp_path / 'laptop.sqlite3'}"
        token_file = tmp_path / "token"
        token_file.write_text(token + "\n", encoding="utf-8")
        out = run(
            "--db",
            laptop,
            "sync",
            "--hub",
            server.url,
            "--station",
            "ARB",
            "--token-file",
            str(token_file),
        )
        assert "סנכרון הושלם" in out
        run("--db", laptop, "demo", "--residents", "20", "--cases", "2")
        out = run("--db", laptop, "sync")
        assert "נשלחו" in out
        cases = json.loads(run("--db", pg_url, "case", "list", "--json", *demo_admin))
        assert len(cases) == 2 and all(c["number"].startswith("ARB-") for c in cases)
        # A wrong token is refused with a clear message; half the first-time options too.
        # The token comes from standard input with '-'.
        monkeypatch.setattr("sys.stdin", io.StringIO("ARB.wrong\n"))
        assert (
            main(
                [
                    "--db",
                    f"sqlite:///{tmp_path / 'other.sqlite3'}",
                    "sync",
                    "--hub",
                    server.url,
                    "--station",
                    "ARB",
                    "--token-file",
                    "-",
                ]
            )
            == 2
        )
        assert "אסימון" in capsys.readouterr().err
        # A token is never a command-line argument, which other users of the computer can see.
        with pytest.raises(SystemExit):
            main(
                ["--db", laptop, "sync", "--hub", server.url, "--station", "ARB", "--token", token]
            )
        capsys.readouterr()
        assert main(["--db", laptop, "sync", "--hub", server.url]) == 2
        run("--db", pg_url, "hub", "revoke-station", "ARB")
        assert main(["--db", laptop, "sync"]) == 2
        assert "מבוטל" in capsys.readouterr().err
    finally:
        server.stop()
        engine.dispose()
