#!/usr/bin/env bash
# Builds the self-contained application folder (PyInstaller, onedir) and, on Linux, its archive
# with a desktop entry: `bash installer/build.sh`. Output in dist/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-.venv/bin/python}"
[ -x "$PYTHON" ] || PYTHON=python3
if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    "$PYTHON" -m pip install -q -e ".[installer]"
fi
VERSION="$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")"

"$PYTHON" installer/make_icon.py build/icon
"$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/dalpak.spec

case "$(uname -s)" in
    Linux)
        APP=dist/dalpak
        cp build/icon/dalpak.png "$APP/dalpak.png"
        cp installer/linux/dalpak.desktop installer/linux/install-desktop-entry.sh "$APP/"
        ARCHIVE="dist/dalpak-$VERSION-linux-$(uname -m).tar.gz"
        tar -czf "$ARCHIVE" -C dist dalpak
        echo "folder:  $APP  $(du -sm "$APP" | cut -f1) MB unpacked"
        echo "archive: $ARCHIVE  $(du -m "$ARCHIVE" | cut -f1) MB"
        ;;
    *)
        echo "folder: dist/dalpak (Windows installer: iscc installer/dalpak.iss)"
        ;;
esac
