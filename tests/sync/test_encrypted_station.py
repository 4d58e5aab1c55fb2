"""A station on an encrypted database syncs with the hub like any other: its token comes from the
credential store, never from the file; the file shows a thief nothing of what went through it;
and a backup restored after later work finds every case again through the hub."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.core import credentials
from desktop.core.db import is_encrypted, local_station, open_database, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import Role, create_user
from desktop.counter.cases import ItemDraft, open_case
from desktop.counter.residents import ResidentForm, create_resident
from desktop.models import Case, RequestType, Resident, StationState, SyncState
from desktop.station import safekeeping
from desktop.sync.client import HubClient, connect, saved_client, sync_once
from desktop.sync.keys import add_station
from tests.sync.harness import case_numbers

pytestmark = [pytest.mark.sync, pytest.mark.postgres]


def _sync(sessions):
    with sessions() as session:
        client = saved_client(session)
    with client:
        return sync_once(sessions, client)


def _cases(sessions, actor: Actor, count: int) -> list[str]:
    with sessions.begin() as s:
        rid = s.scalars(select(Resident.id).order_by(Resident.id)).first()
        types = list(s.scalars(select(RequestType.id).order_by(RequestType.code)))
        start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
        return [
            open_case(s, actor, rid, [ItemDraft(types[n])], service_started_at=start).number
            for n in range(count)
        ]


def test_an_encrypted_station_syncs_and_a_restored_backup_finds_every_case(
    hub, tmp_path, monkeypatch, capsys
):
    monkeypatch.delenv("DALPAK_PLAIN_NEW_DATABASES")
    with session_factory(hub.engine).begin() as session:
        hub_station = local_station(session)
        hub_actor = Actor(None, hub_station.id, hub_station.code)
        identity, token = add_station(session, hub_actor, "ARB")
        clerk = create_user(
            session,
            hub_actor,
            username="clerkarb",
            full_name="פקיד ארבל",
            role=Role.CLERK,
            password="station-pass-1",
        )
    path = tmp_path / "data" / "dalpak.sqlite3"
    path.parent.mkdir()
    url = f"sqlite:///{path}"
    engine = open_database(url, station_code="ARB")
    sessions = session_factory(engine)
    with HubClient(hub.url, token) as client:
        connect(sessions, client, hub.url, token)
    assert credentials.get(credentials.hub_token_name(identity.id)) == token
    _sync(sessions)  # the council's data and the clerk come down
    actor = Actor(clerk.id, identity.id, "ARB")

    with sessions.begin() as s:
        form = ResidentForm(national_id="039337423", first_name="נעמה", last_name="זילברשטיין")
        create_resident(s, actor, form)
    before = _cases(sessions, actor, 3)
    assert _sync(sessions).pushed > 0
    assert set(before) <= set(case_numbers(hub.engine))
    with sessions() as s:
        assert s.get(SyncState, 1).token == ""

    backup = safekeeping.backup(url, tmp_path / "backups", 3)
    later = _cases(sessions, actor, 4)
    _sync(sessions)
    engine.dispose()

    data = b"".join(
        Path(f"{path}{suffix}").read_bytes()
        for suffix in ("", "-wal", "-shm")
        if Path(f"{path}{suffix}").exists()
    )
    assert is_encrypted(path)
    for secret in (token, "039337423", *before, *later):
        assert secret.encode() not in data, secret
    assert not re.search(rb"(?:\xd7[\x90-\xaa]){3}", data)  # no Hebrew word

    # The disk dies; the backup (before the last four cases) is restored and reaches the hub.
    assert main(["--db", url, "restore", str(backup.path)]) == 0
    out = capsys.readouterr().out
    assert "שוחזר גיבוי" in out and "התחברה למרכזת" in out
    engine = open_database(url)
    sessions = session_factory(engine)
    try:
        with sessions() as s:
            assert s.get(StationState, 1).restored_at is None
            assert set(before + later) <= set(s.scalars(select(Case.number)))
        (number,) = _cases(sessions, actor, 1)
        assert number not in before + later and int(number.split("-")[2]) == 8
        _sync(sessions)
        assert set(case_numbers(hub.engine)) == set(case_numbers(engine))
    finally:
        engine.dispose()
