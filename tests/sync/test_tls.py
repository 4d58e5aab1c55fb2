"""The hub over TLS: a station that trusts the hub's certificate syncs; one that does not, fails."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from desktop.core.db import local_station, open_database, session_factory
from desktop.core.oplog import Actor
from desktop.sync.client import HubClient, SyncError, connect, sync_once
from desktop.sync.keys import add_station, init_hub
from tests.sync.conftest import HubServer

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


@pytest.fixture
def certificate(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: cannot make a test certificate")
    cert, key = tmp_path / "hub.pem", tmp_path / "hub.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return str(cert), str(key)


def test_sync_over_tls(pg_engine, tmp_path, certificate):
    cert, key = certificate
    with session_factory(pg_engine).begin() as session:
        init_hub(session)
        hub = local_station(session)
        _identity, token = add_station(session, Actor(None, hub.id, hub.code), "ARB")
    server = HubServer(pg_engine, cert, key).start()
    laptop = open_database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}", station_code="ARB")
    try:
        sessions = session_factory(laptop)
        assert server.url.startswith("https://")
        with HubClient(server.url, token) as untrusting, pytest.raises(SyncError):
            untrusting.hello()  # a certificate nobody vouched for is refused
        with HubClient(server.url, token, verify=cert) as client:
            assert connect(sessions, client, server.url, token) == "ARB"
            report = sync_once(sessions, client)
        assert report.pulled >= 1
    finally:
        server.stop()
        laptop.dispose()


def test_sync_over_tls_with_the_council_ca_from_hub_cert(pg_engine, tmp_path, capsys):
    pytest.importorskip("cryptography")
    from desktop.cli import main

    assert (
        main(
            [
                "hub",
                "cert",
                "--out",
                str(tmp_path / "council"),
                "--host",
                "localhost",
                "--ip",
                "127.0.0.1",
            ]
        )
        == 0
    )
    assert "hub_ca_file ca.pem" in capsys.readouterr().out
    assert (
        main(
            [
                "hub",
                "cert",
                "--out",
                str(tmp_path / "other"),
                "--host",
                "localhost",
                "--ip",
                "127.0.0.1",
            ]
        )
        == 0
    )
    council, other = tmp_path / "council", tmp_path / "other"
    assert (council / "hub.key").stat().st_mode & 0o777 == 0o600
    with session_factory(pg_engine).begin() as session:
        init_hub(session)
        hub = local_station(session)
        _identity, token = add_station(session, Actor(None, hub.id, hub.code), "ARB")
    server = HubServer(pg_engine, str(council / "hub.pem"), str(council / "hub.key")).start()
    laptop = open_database(f"sqlite:///{tmp_path / 'laptop.sqlite3'}", station_code="ARB")
    try:
        sessions = session_factory(laptop)
        for url in (server.url, server.url.replace("127.0.0.1", "localhost")):
            # A hub whose certificate another CA signed is refused: nothing is sent to it.
            with (
                HubClient(url, token, verify=str(other / "ca.pem")) as pinned_elsewhere,
                pytest.raises(SyncError),
            ):
                pinned_elsewhere.hello()
            with HubClient(url, token) as untrusting, pytest.raises(SyncError):
                untrusting.hello()
        with HubClient(server.url, token, verify=str(council / "ca.pem")) as client:
            assert connect(sessions, client, server.url, token) == "ARB"
            assert sync_once(sessions, client).pulled >= 1
        with HubClient(
            server.url.replace("127.0.0.1", "localhost"), token, verify=str(council / "ca.pem")
        ) as client:
            assert client.hello()["code"] == "ARB"
    finally:
        server.stop()
        laptop.dispose()


def test_stations_refuse_plain_http_to_another_computer():
    from desktop.core.errors import ValidationError
    from desktop.station.config import check_hub_url

    for url in ("http://10.0.0.5:8765", "http://hub.council.local:8765", "HTTP://192.0.2.1"):
        with pytest.raises(SyncError) as refused:
            HubClient(url, "ARB.x")
        assert "http://" in refused.value.message and "https://" in refused.value.message
        with pytest.raises(ValidationError):
            check_hub_url(url)
    for url in (
        "http://127.0.0.1:8765",
        "http://127.1.2.3:1",
        "http://localhost:8765",
        "http://[::1]:8765",
        "https://hub.council.local:8443",
    ):
        HubClient(url, "ARB.x").close()
        assert check_hub_url(url) == url


def test_hub_serve_refuses_plain_http_on_the_network(tmp_path, capsys, monkeypatch):
    from desktop.cli import main
    from desktop.sync import hub as hub_module

    db = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    for listen in ("0.0.0.0:8765", "192.0.2.1:8765", ":8765", "[::]:8765"):
        assert main(["--db", db, "hub", "serve", "--listen", listen]) == 2
        assert "dalpak hub cert" in capsys.readouterr().err
    served = []
    monkeypatch.setattr(hub_module, "serve", lambda *a, **kw: served.append((a[1:], kw)))
    assert (
        main(
            [
                "--db",
                db,
                "hub",
                "serve",
                "--listen",
                "0.0.0.0:8765",
                "--insecure-plain-http-on-the-network",
            ]
        )
        == 0
    )
    assert "WARNING: plain HTTP" in capsys.readouterr().err
    assert (
        main(["--db", db, "hub", "serve", "--listen", "127.0.0.1:8765", "--max-body-mb", "2"]) == 0
    )
    assert capsys.readouterr().err == ""
    assert served[0][0][:2] == ("0.0.0.0", 8765)
    assert served[1][1]["max_body"] == 2 * 1024 * 1024
