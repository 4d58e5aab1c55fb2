"""Refresh the screens' catalogues after changing texts in desktop/ui: every tr() text goes
into resources/translations/dalpak_XX.ts (kept translations stay, new texts come in marked
unfinished, texts no longer used are marked obsolete). Translate the unfinished ones (Qt
Linguist, or any editor), then scripts/build_translations.py compiles them.
Usage: python scripts/update_translations.py"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"


def main() -> int:
    tool = Path(PySide6.__file__).parent / ("lupdate.exe" if sys.platform == "win32" else "lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop" / "ui").glob("*.py"))
    for catalogue in sorted(FOLDER.glob("dalpak_*.ts")):
        done = subprocess.run(
            [str(tool), "-silent", "-locations", "none", *sources, "-ts", str(catalogue)],
            cwd=ROOT,
            check=False,
        )
        if done.returncode:
            sys.stderr.write(f"could not update {catalogue.name}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
