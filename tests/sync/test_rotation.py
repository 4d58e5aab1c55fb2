"""Rotating a station's token on the real hub: the old token works until the station used the
new one once, or stops at once with --now; the station takes the new token from a file."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest

from desktop.cli import main
from desktop.sync.client import HubClient, SyncError, saved_client

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def hub_cli(hub, *argv: str) -> tuple[int, str]:  # noqa: ANN001
    out = io.StringIO()
    with redirect_stdout(out):
        code = main(["--db", hub.engine.url.render_as_string(hide_password=False), "hub", *argv])
    return code, out.getvalue()


def works(url: str, token: str) -> bool:
    try:
        with HubClient(url, token) as client:
            client.hello()
        return True
    except SyncError as err:
        assert "מבוטל" in err.message
        return False


def test_rotation_keeps_the_old_token_until_the_new_one_is_used(
    hub, make_station, tmp_path, capsys
):
    station, other = make_station("ARB"), make_station("BRK")
    old = station.token
    code, out = hub_cli(hub, "rotate-station", "arb")
    new = out.strip().splitlines()[-1]
    assert code == 0 and new.startswith("ARB.") and new != old
    # Until the admin gives the station the new token it keeps syncing with the old one.
    assert station.sync().rounds >= 1
    assert works(hub.url, old)
    # The admin hands the new token over: `sync --token-file`, as on the station settings screen.
    token_file = tmp_path / "token"
    token_file.write_text(new + "\n", encoding="utf-8")
    laptop = station.engine.url.render_as_string(hide_password=False)
    with redirect_stdout(io.StringIO()):
        assert (
            main(
                [
                    "--db",
                    laptop,
                    "sync",
                    "--hub",
                    hub.url,
                    "--station",
                    "ARB",
                    "--token-file",
                    str(token_file),
                ]
            )
            == 0
        )
    assert not works(hub.url, old)  # used once: the old one is refused from now on
    assert works(hub.url, new)
    with station.sessions() as session:
        client = saved_client(session)
    with client:
        assert client.hello()["code"] == "ARB"
    assert works(hub.url, other.token)  # the other stations are not touched
    capsys.readouterr()


def test_rotation_now_refuses_the_old_token_at_once(hub, make_station, capsys):
    station = make_station("ARB")
    code, out = hub_cli(hub, "rotate-station", "ARB", "--now")
    new = out.strip().splitlines()[-1]
    assert code == 0 and "מעכשיו" in out
    assert not works(hub.url, station.token)
    assert works(hub.url, new)
    # A second rotation before the first token was used replaces it.
    _code, out = hub_cli(hub, "rotate-station", "ARB")
    newer = out.strip().splitlines()[-1]
    assert works(hub.url, newer) and not works(hub.url, new)


def test_a_revoked_station_comes_back_only_with_now(hub, make_station, capsys):
    station = make_station("ARB")
    assert hub_cli(hub, "revoke-station", "ARB")[0] == 0
    assert hub_cli(hub, "rotate-station", "ARB")[0] == 2
    assert "--now" in capsys.readouterr().err
    assert hub_cli(hub, "rotate-station", "XYZ")[0] == 2
    code, out = hub_cli(hub, "rotate-station", "ARB", "--now")
    assert code == 0
    assert works(hub.url, out.strip().splitlines()[-1]) and not works(hub.url, station.token)
