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
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
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
