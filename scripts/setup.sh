#!/usr/bin/env bash
# Set up a Dalpak development environment: system libraries Qt needs, a virtualenv, the package.
# Safe to run again; installs only what is missing.  Usage: bash scripts/setup.sh [--with-postgres]
set -euo pipefail
cd "$(dirname "$0")/.."

QT_LIBS=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
         libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
         libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxrender1)
# pdftotext and pdftoppm: the tests read the text of the letters and receipts the app prints.
TOOLS=(poppler-utils)
WANT=("${QT_LIBS[@]}" "${TOOLS[@]}")
if [[ "${1:-}" == "--with-postgres" ]]; then
  WANT+=(postgresql)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${WANT[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Please install these system packages (as root): ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test,hub]'
# The screens' translations (Arabic, English), compiled from resources/translations/*.ts.
.venv/bin/python scripts/build_translations.py
