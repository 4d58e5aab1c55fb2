#!/usr/bin/env bash
# Adds Dalpak to the applications menu, pointing at the folder this script is in.
# As root: for every user of the machine; otherwise for the current user only.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" = 0 ]; then
    TARGET=/usr/share/applications
else
    TARGET="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
fi
mkdir -p "$TARGET"
sed -e "s|^Exec=.*|Exec=$HERE/dalpak|" -e "s|^Icon=.*|Icon=$HERE/dalpak.png|" \
    "$HERE/dalpak.desktop" > "$TARGET/dalpak.desktop"
echo "Dalpak added to the applications menu: $TARGET/dalpak.desktop"
