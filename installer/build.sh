#!/usr/bin/env bash
# Builds the self-contained application folder (PyInstaller, onedir) and, on Linux, its archive
# with a desktop entry: `bash installer/build.sh`. Output in dist/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

# The build has its own virtualenv (build/venv), made with $PYTHON (default python3) and filled
# with exactly the versions of installer/constraints.txt: the app with PyInstaller, and not the
# hub extra (a station's bundle does without it). It is made again when the pins change.
VENV=build/venv
if ! cmp -s installer/constraints.txt "$VENV/constraints.txt"; then
    rm -rf "$VENV"
    "${PYTHON:-python3}" -m venv "$VENV"
fi
PYTHON="$VENV/bin/python"
[ -x "$PYTHON" ] || PYTHON="$VENV/Scripts/python.exe"
"$PYTHON" -m pip install -q -c installer/constraints.txt -e ".[installer]"
cp installer/constraints.txt "$VENV/constraints.txt"
VERSION="$("$PYTHON" -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])")"

"$PYTHON" scripts/build_translations.py
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
