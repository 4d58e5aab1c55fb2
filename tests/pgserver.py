"""A throw-away PostgreSQL server for tests, and the fixtures built on it.

House rule: a test that needs PostgreSQL starts its own server (initdb + pg_ctl in a temporary
folder, listening only on a free port of 127.0.0.1) and is skipped, with the reason, only when
no server binaries exist. When binaries exist but the server does not come up, the test FAILS
and shows the server log.

initdb and pg_ctl refuse to run as root, so under root (as on CI) every server command runs
as an unprivileged user (`postgres`, else `nobody`) that owns the temporary folder.

Fixtures (registered for the whole suite through `pytest_plugins` in tests/conftest.py):

- `pg_server` (session): the running `PgServer`.
- `pg_url` (function): a fresh, empty database on it, as a SQLAlchemy URL; dropped afterwards.
  Extra CREATE DATABASE options can be given by indirect parametrisation, e.g.
  ``@pytest.mark.parametrize("pg_url", [ICU_HEBREW], indirect=True)``.
- `pg_engine` (function): `open_database(pg_url, station_code="KDR")`, disposed afterwards.

Crash tests use `PgServer.kill()` (SIGKILL to the postmaster and every backend at once, as a
crash would) and `PgServer.start()` (crash recovery on the same data folder and port). The
`pg_url` fixture restarts a server that a test left down, so that it can drop its database.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shlex
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import Engine

from desktop.core import db

TOOLS = ("initdb", "pg_ctl", "postgres")
SUPERUSER = "postgres"
NO_SERVER = (
    "PostgreSQL server binaries (initdb, pg_ctl, postgres) were found neither on PATH nor in "
    "/usr/lib/postgresql/*/bin; install the `postgresql` package to run this test"
)
# CREATE DATABASE options for a database that sorts text like a Hebrew-speaking hub would.
ICU_HEBREW = "TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'he-IL'"

# Appended to postgresql.conf. fsync=off only risks data when the OS crashes, never when the
# server is killed, so crash tests stay truthful (synchronous_commit and full_page_writes stay
# on for that reason). The council's time zone makes a missing UTC conversion visible.
SERVER_CONF = """
listen_addresses = '127.0.0.1'
unix_socket_directories = '{sockets}'
fsync = off
timezone = 'Asia/Jerusalem'
log_timezone = 'UTC'
"""


class PgServerError(RuntimeError):
    """The server could not be initialised, started or stopped; the message has its log."""


def find_pg_bin() -> Path | None:
    """The folder with initdb, pg_ctl and postgres: PATH first, else the newest Debian install."""

    def complete(folder: Path) -> bool:
        return all((folder / tool).is_file() for tool in TOOLS)

    on_path = shutil.which("initdb")
    if on_path and complete(Path(on_path).resolve().parent):
        return Path(on_path).resolve().parent

    def version(folder: Path) -> tuple[int, ...]:
        try:
            return tuple(int(part) for part in folder.parent.name.split("."))
        except ValueError:
            return ()

    installed = [f for f in Path("/usr/lib/postgresql").glob("*/bin") if version(f) and complete(f)]
    return max(installed, key=version) if installed else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def memory_folder() -> str | None:
    """/dev/shm when this machine has it (a RAM disk on Linux), else None (the usual temporary
    folder). Each test's database is a copy of a template: a copy of some 500 small files takes
    a fiftieth of a second there and up to a third of a second on a virtual disk. Nothing is
    lost: fsync is off anyway, and a killed server's files stay as they were."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) and shutil.disk_usage(shm).free > 2**30:
        return str(shm)
    return None


def unprivileged_user() -> str | None:
    """Who runs the server commands: None (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise PgServerError("running as root and there is no `postgres` or `nobody` user")


def _children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (read from Linux /proc; elsewhere none are found)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()  # state, ppid, ...
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


class PgServer:
    """One PostgreSQL cluster in a temporary folder: data/, server.log and the unix socket."""

    def __init__(self, bindir: Path, root: Path, run_as: str | None) -> None:
        self.bindir = bindir
        self.root = root
        self.run_as = run_as
        self.datadir = root / "data"
        self.logfile = root / "server.log"
        self.port = 0
        self.user = SUPERUSER
        self.startup_seconds = 0.0  # initdb + first start

    # --- life cycle ---------------------------------------------------------------------

    @classmethod
    def launch(cls, bindir: Path) -> PgServer:
        """initdb into a new temporary folder and start on a free port; cleans up on failure."""
        started = time.perf_counter()
        run_as = unprivileged_user()
        root = Path(tempfile.mkdtemp(prefix="dalpak-pg-", dir=memory_folder()))
        server = cls(bindir, root, run_as)
        try:
            if run_as:
                account = pwd.getpwnam(run_as)
                os.chown(root, account.pw_uid, account.pw_gid)
            server._initdb()
            for attempt in range(3):
                server.port = free_port()
                try:
                    server.start()
                    break
                except PgServerError as err:
                    # Someone took the port between the probe and the start: try another.
                    if "could not bind" not in str(err) or attempt == 2:
                        raise
            server.startup_seconds = time.perf_counter() - started
            return server
        except BaseException:
            server.destroy()
            raise

    def _initdb(self) -> None:
        self._run(
            "initdb", "-D", str(self.datadir), "-U", self.user, "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync", what="initdb",
        )  # fmt: skip
        with open(self.datadir / "postgresql.conf", "a", encoding="utf-8") as conf:
            conf.write(SERVER_CONF.format(sockets=self.root))

    def start(self, timeout: int = 60) -> None:
        """Start (or restart after `kill`, with crash recovery) and wait until it accepts."""
        self._run(
            "pg_ctl", "start", "-D", str(self.datadir), "-l", str(self.logfile), "-w",
            "-t", str(timeout), "-o", f"-p {self.port}", what=f"starting on port {self.port}",
        )  # fmt: skip

    def stop(self) -> None:
        """Stop at once (no checkpoint); nothing to do when it is not running."""
        if self.is_running():
            self._run("pg_ctl", "stop", "-D", str(self.datadir), "-m", "immediate", "-w",
                      what="stopping")  # fmt: skip

    def kill(self, timeout: float = 30) -> None:
        """SIGKILL the postmaster and all its processes at once, as a crash would.

        Returns when they are gone: a restart on the same data folder refuses to run while the
        old postmaster still exists, even as a zombie waiting for init to reap it.
        """
        lockfile = self.datadir / "postmaster.pid"
        if not lockfile.exists():
            return
        pid = int(lockfile.read_text().split()[0])
        try:
            os.kill(pid, signal.SIGSTOP)  # no new backend from here on
        except ProcessLookupError:
            return
        # The backends are not in the postmaster's process group (each calls setsid).
        server = [pid, *_children(pid)]
        for member in server:
            with contextlib.suppress(ProcessLookupError):
                os.kill(member, signal.SIGKILL)
        deadline = time.monotonic() + timeout
        while any(_exists(member) for member in server):
            if time.monotonic() > deadline:
                raise PgServerError(f"server processes {server} still exist after SIGKILL")
            time.sleep(0.02)

    def is_running(self) -> bool:
        status = self._run("pg_ctl", "status", "-D", str(self.datadir), check=False)
        return status.returncode == 0

    def destroy(self) -> None:
        """Stop the server if it runs and remove the whole temporary folder."""
        try:
            if self.datadir.exists():
                self.stop()
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    # --- databases ----------------------------------------------------------------------

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def connect(self, dbname: str = "postgres") -> psycopg.Connection:
        """An autocommit connection as the superuser; use it in a `with` block."""
        return psycopg.connect(
            host="127.0.0.1", port=self.port, user=self.user, dbname=dbname,
            autocommit=True, connect_timeout=10,
        )  # fmt: skip

    def create_database(self, options: str = "") -> str:
        """A new empty database with a unique name; `options` is appended to CREATE DATABASE."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        with self.connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} {}").format(sql.Identifier(name), sql.SQL(options))
            )
        return name

    def drop_database(self, name: str) -> None:
        """Drop it even while connections are still open (they are terminated)."""
        with self.connect() as conn:
            if conn.info.server_version < 130000:
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                    [name],
                )
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
            else:
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )

    # --- running the binaries -----------------------------------------------------------

    def log_text(self) -> str:
        try:
            return self.logfile.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return "(no server log)"

    def _run(
        self, tool: str, *args: str, what: str = "", check: bool = True
    ) -> subprocess.CompletedProcess[str]:
        command = [str(self.bindir / tool), *args]
        if self.run_as and shutil.which("runuser"):
            command = ["runuser", "-u", self.run_as, "--", *command]
        elif self.run_as:
            command = ["su", self.run_as, "-s", "/bin/sh", "-c", shlex.join(command)]
        result = subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, errors="replace", check=False
        )
        if check and result.returncode != 0:
            raise PgServerError(
                f"PostgreSQL {what or tool} failed (exit {result.returncode}): "
                f"{shlex.join(command)}\n{result.stdout}{result.stderr}\n"
                f"--- server log {self.logfile} ---\n{self.log_text()}"
            )
        return result


# --- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bindir = find_pg_bin()
    if bindir is None:
        pytest.skip(NO_SERVER)
    try:
        server = PgServer.launch(bindir)
    except PgServerError as err:
        pytest.fail(str(err), pytrace=False)
    try:
        yield server
    finally:
        server.destroy()


@pytest.fixture
def pg_url(request: pytest.FixtureRequest, pg_server: PgServer) -> Iterator[str]:
    options = getattr(request, "param", "")
    try:
        name = pg_server.create_database(options)
    except (psycopg.errors.FeatureNotSupported, psycopg.errors.SyntaxError) as err:
        if not options:
            raise
        # An older or ICU-less server: the option is missing, not broken.
        pytest.skip(f"this PostgreSQL cannot CREATE DATABASE ... {options}: {err}")
    yield pg_server.url(name)
    if not pg_server.is_running():  # a crash test left it down
        pg_server.start()
    pg_server.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated once to the newest schema, copied for each test that needs one
    (CREATE DATABASE ... TEMPLATE takes a tenth of the time migrating does)."""
    name = pg_server.create_database()
    engine = db.make_engine(pg_server.url(name))
    try:
        db.migrate(engine)
    finally:
        engine.dispose()  # a template with a connection open cannot be copied
    return name


@pytest.fixture
def pg_migrated_url(request: pytest.FixtureRequest, pg_server: PgServer) -> Iterator[str]:
    """A database already at the newest schema; a test that chose its database's options
    (parametrizing `pg_url`) gets that one, empty, instead."""
    if "pg_url" in request.fixturenames:
        yield request.getfixturevalue("pg_url")
        return
    template = request.getfixturevalue("pg_template")
    name = pg_server.create_database(f'TEMPLATE "{template}"')
    yield pg_server.url(name)
    if not pg_server.is_running():  # a crash test left it down
        pg_server.start()
    pg_server.drop_database(name)


@pytest.fixture
def pg_engine(pg_migrated_url: str) -> Iterator[Engine]:
    pg_url = pg_migrated_url
    made: list[Engine] = []
    real_make_engine = db.make_engine

    def make_and_remember(url: str | None = None) -> Engine:
        made.append(real_make_engine(url))
        return made[-1]

    try:
        with mock.patch.object(db, "make_engine", make_and_remember):
            engine = db.open_database(pg_url, station_code="KDR")
    except BaseException:
        # open_database leaves its engine's pooled connection open when it fails; close it
        # here, or the test would also fail on a ResourceWarning instead of the real error.
        for failed in made:
            failed.dispose()
        raise
    yield engine
    engine.dispose()
