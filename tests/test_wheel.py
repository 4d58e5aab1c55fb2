"""The package as users get it: the wheel, installed with its dependencies into a fresh
virtualenv, runs a station's everyday commands and prepares a hub database from an empty folder.

What is installed is only the wheel and what it declares (no `hub` extra, no test packages), and
the commands run from an empty folder outside the repository, so a module or a resource file the
wheel forgot, or a station command that needs the hub's packages, fails here. The wheel is built
from a copy of the sources: a build inside the repository would reuse its `build/` folder, where
modules removed since an earlier build still lie. The module takes about 30 s on a 2-core
machine with the pip cache that scripts/setup.sh leaves: 20 s to build the wheel, make the
virtualenv and install (most of it unpacking Qt), 10 s for the commands.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BIN = "Scripts" if sys.platform == "win32" else "bin"
HUB_EXTRA = ("starlette", "uvicorn", "psycopg")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def run(
    command: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=timeout
    )


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, f"{done.args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh virtualenv with the wheel and its dependencies installed."""
    top = tmp_path_factory.mktemp("wheel")
    source = top / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("desktop", "resources"):
        shutil.copytree(ROOT / name, source / name, ignore=ignore)
    ok(
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                str(source),
                "--no-deps",
                "-q",
                "-w",
                str(top / "dist"),
            ],
            cwd=top,
        )
    )
    wheel = next((top / "dist").glob("dalpak-*.whl"))

    venv = top / "venv"
    ok(run([sys.executable, "-m", "venv", str(venv)], cwd=top))
    python = venv / BIN / "python"
    ok(run([str(python), "-m", "pip", "install", "-q", str(wheel)], cwd=top, timeout=480))
    return venv / BIN


@pytest.fixture
def station(installed, tmp_path) -> tuple[Path, dict[str, str]]:
    """An empty working folder and an environment that knows nothing of the repository."""
    folder = tmp_path / "empty"
    folder.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DALPAK_") and k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")
    }
    env.update(
        DALPAK_DATA_DIR=str(tmp_path / "data"),
        DALPAK_CONFIG_DIR=str(tmp_path / "config"),
        # No desktop credential store here: the station's (encrypted) database key in a file.
        DALPAK_TEST_KEYRING=str(tmp_path / "keyring"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return folder, env


# Imports every module a station may load (all but the hub's server, the `python -m` entry points
# that would open the app, and the migration scripts,
# which Alembic runs) and says where desktop came from and which hub packages are at hand.
PROBE = f"""
import importlib, importlib.util, json, pkgutil, desktop
for module in pkgutil.walk_packages(desktop.__path__, "desktop."):
    if (module.name != "desktop.sync.hub" and not module.name.endswith(".__main__")
            and not module.name.startswith("desktop.migrations.")):
        importlib.import_module(module.name)
print(json.dumps([desktop.__file__, [m for m in {HUB_EXTRA + ("faker",)!r} if importlib.util.find_spec(m)]]))
"""


def test_the_installed_package_is_the_wheel_without_the_hub_extra(installed, station):
    folder, env = station
    where, present = json.loads(
        ok(run([str(installed / "python"), "-c", PROBE], cwd=folder, env=env))
    )
    assert Path(where).is_relative_to(installed.parent), where
    assert not Path(where).is_relative_to(ROOT), where
    assert present == []


def test_station_commands_from_an_empty_folder(installed, station):
    folder, env = station
    dalpak = str(installed / "dalpak")
    db = ["--db", f"sqlite:///{folder / 'x.sqlite3'}"]

    out = ok(run([dalpak, "--help"], cwd=folder, env=env))
    for command in ("demo", "import", "receipt", "case", "hub"):
        assert command in out

    out = ok(run([dalpak, *db, "demo", "--residents", "50"], cwd=folder, env=env))
    assert "dalpak2026" in out and "dana" in out

    with (folder / "small.csv").open("w", encoding="utf-8", newline="") as fh:
        rows = csv.writer(fh)
        rows.writerow(["ת.ז.", "שם פרטי", "שם משפחה", "תאריך לידה", "טלפון", "יישוב"])
        rows.writerow(["039337423", "יוסף", "כהן", "02/01/1950", "050-1234567", "כדורי"])
        rows.writerow(["200000016", "דנה", "לוי", "15/03/1980", "0521111111", "ארבל"])
    out = ok(run([dalpak, *db, "import", "--dry-run", "small.csv"], cwd=folder, env=env))
    assert "small.csv" in out and "בדיקה בלבד" in out

    (folder / "pw.txt").write_text("dalpak2026\n", encoding="utf-8")
    admin = ["--admin", "admin", "--password-file", "pw.txt"]
    cases = json.loads(
        ok(run([dalpak, *db, "case", "list", "--json", *admin], cwd=folder, env=env))
    )
    number = cases[0]["number"]
    out = ok(run([dalpak, *db, "receipt", number, "-o", "out.pdf", *admin], cwd=folder, env=env))
    pdf = (folder / "out.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 5000


def test_hub_database_and_the_missing_hub_extra(installed, station):
    folder, env = station
    dalpak = str(installed / "dalpak")
    db = ["--db", f"sqlite:///{folder / 'hub.sqlite3'}"]

    out = ok(run([dalpak, *db, "hub", "init"], cwd=folder, env=env))
    assert "מסד הנתונים של המרכזת מוכן" in out and "hub.sqlite3" in out

    done = run([dalpak, *db, "hub", "serve", "--listen", "127.0.0.1:8443"], cwd=folder, env=env)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "pip install 'dalpak[hub]'" in done.stderr and "Traceback" not in done.stderr
