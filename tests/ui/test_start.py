"""A whole start in its own process (`dalpak gui --smoke`): the window comes up, twice alike, and
what the first screen does not need is not loaded for it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop.core.users import Role, create_user

pytestmark = pytest.mark.gui

# Loaded when first used (a supervisor's figures, an export, a letter, a sync, a migration).
NOT_AT_START = (
    "PySide6.QtCharts",
    "openpyxl",
    "reportlab",
    "httpx",
    "jinja2",
    "qt_material",
    "alembic",
    "desktop.ui.figures_page",
    "desktop.ui.scan_page",
)

CHILD = """
import gc, json, sys
from desktop.__main__ import main
code = main()
print(json.dumps({"code": code, "modules": sorted(sys.modules), "collecting": gc.isenabled()}))
"""


def _start(url: str, picture: Path) -> tuple[int, set[str]]:
    """`dalpak --db URL gui --smoke PICTURE` as the console script runs it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, "--db", url, "gui", "--smoke", str(picture)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["collecting"], "garbage collection is still off after the window showed"
    return result["code"], set(result["modules"])


def test_the_window_starts_without_what_the_first_screen_does_not_need(
    tmp_path, engine, sessions, seeded, station_actor
):
    with sessions.begin() as session:
        create_user(
            session,
            station_actor,
            username="admin",
            full_name="מנהלת",
            role=Role.ADMIN,
            password="admin-pass-1",
        )
    url = str(engine.url)
    engine.dispose()

    first, second = tmp_path / "first.png", tmp_path / "second.png"
    code, _modules = _start(url, first)  # renders the theme and keeps it
    assert code == 0 and QImage(str(first)).width() == 1280
    code, modules = _start(url, second)  # the kept theme
    assert code == 0 and QImage(str(first)) == QImage(str(second))
    loaded = sorted(name for name in NOT_AT_START if name in modules)
    assert not loaded, f"loaded at start: {loaded}"
