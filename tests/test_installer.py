"""The built application folder, checked by installer/smoke.sh. Building takes minutes, so the
tests run the smoke script only when a bundle exists (bash installer/build.sh makes one)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = Path(os.environ.get("DALPAK_BUNDLE", ROOT / "dist" / "dalpak"))


@pytest.mark.slow
@pytest.mark.skipif(
    not (APP / "dalpak-cli").exists() and not (APP / "dalpak-cli.exe").exists(),
    reason=f"no built application in {APP}: bash installer/build.sh makes one",
)
@pytest.mark.timeout(600)
def test_the_built_bundle_sets_up_makes_a_receipt_and_opens_the_counter(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DALPAK_")}
    env["SMOKE_OUT"] = str(tmp_path)
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "smoke.sh"), str(APP)],
        env=env,
        capture_output=True,
        text=True,
        timeout=580,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    assert (tmp_path / "receipt.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "main.png").read_bytes().startswith(b"\x89PNG")


def test_the_smoke_script_refuses_a_folder_without_a_build(tmp_path):
    done = subprocess.run(
        ["bash", str(ROOT / "installer" / "smoke.sh"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "installer/build.sh" in done.stderr
