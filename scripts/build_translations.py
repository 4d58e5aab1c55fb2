"""Compile the screens' catalogues: resources/translations/dalpak_XX.ts -> dalpak_XX.qm, with
PySide6's lrelease, for desktop/ui/language.py. Run by scripts/setup.sh and installer/build.sh
(the .qm files are built, never committed).  Usage: python scripts/build_translations.py"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"


def main() -> int:
    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    for source in sorted(FOLDER.glob("dalpak_*.ts")):
        target = source.with_suffix(".qm")
        done = subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=False)
        if done.returncode or not target.is_file():
            sys.stderr.write(f"could not compile {source.name}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
