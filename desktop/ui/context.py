"""What every screen needs: the database, the logged-in user and this station."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.core.db import local_station, session_factory
from desktop.core.oplog import Actor
from desktop.core.users import LoggedIn


@dataclass
class AppContext:
    engine: Engine
    sessions: sessionmaker[Session] = field(init=False)
    station_id: object = field(init=False)
    station_code: str = field(init=False)
    user: LoggedIn | None = None

    def __post_init__(self) -> None:
        self.sessions = session_factory(self.engine)
        with self.sessions() as session:
            station = local_station(session)
            self.station_id, self.station_code = station.id, station.code

    @property
    def actor(self) -> Actor:
        return Actor(self.user.id if self.user else None, self.station_id, self.station_code)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: the change and its operation commit together or not at all."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session
