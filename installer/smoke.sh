#!/usr/bin/env bash
# Smoke test of the BUILT application folder, not of the source tree:
#   bash installer/smoke.sh [APP_FOLDER]        (default: dist/dalpak, made by installer/build.sh)
# On a fresh data folder, offscreen: unattended setup, the demo, a receipt PDF, and the counter
# window opened as the admin (a picture of it is saved). Exit 0 when all of it worked.
# SMOKE_OUT=DIR keeps the receipt and the picture there for a look.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APP="$(cd "${1:-$HERE/../dist/dalpak}" && pwd)"
EXE=""
[ -f "$APP/dalpak-cli.exe" ] && EXE=".exe"
CLI="$APP/dalpak-cli$EXE"
GUI="$APP/dalpak$EXE"
[ -x "$CLI" ] || { echo "no built application in $APP (run: bash installer/build.sh)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# Nothing from a development setup may leak in: own data and config folders, no source path.
export DALPAK_DATA_DIR="$WORK/data" DALPAK_CONFIG_DIR="$WORK/config" QT_QPA_PLATFORM=offscreen
unset DALPAK_DB DALPAK_STATION PYTHONPATH PYTHONHOME VIRTUAL_ENV
# A build machine has no desktop credential store: the station's key goes to a test file here.
export DALPAK_TEST_KEYRING="$WORK/keyring"
cd "$WORK"

step() { printf '%-46s' "$1"; }
start=$(date +%s)

step "unattended setup (standalone, logo, admin)"
printf 'smoke-pass-1\n' > password
"$CLI" setup --council-name "מועצה אזורית בדיקת התקנה" --logo "$APP/dalpak.png" --standalone \
    --station SMK --admin-user admin --admin-name "מנהלת בדיקה" --admin-password-file password \
    > setup.txt
"$CLI" setup --show > show.txt
grep -q "SMK" show.txt && grep -q "בדיקת התקנה" show.txt
echo ok

step "demo data"
"$CLI" demo --residents 300 > demo.txt 2> demo.err
# The station's database is encrypted from the start: no plain SQLite header.
[ "$(head -c 15 "$DALPAK_DATA_DIR/dalpak.sqlite3")" != "SQLite format 3" ]
echo ok

step "receipt PDF"
# Cases and receipts show residents' data: the admin's login, its password from the file.
LOGIN=(--admin admin --password-file password)
NUMBER="$("$CLI" case list --json --limit 1 "${LOGIN[@]}" | grep -o '"number": "[^"]*"' | head -n 1 | cut -d'"' -f4)"
[ -n "$NUMBER" ] || { echo "no case in the demo" >&2; exit 1; }
"$CLI" receipt "$NUMBER" -o receipt.pdf "${LOGIN[@]}" > /dev/null
[ "$(head -c 4 receipt.pdf)" = "%PDF" ] && [ "$(wc -c < receipt.pdf)" -gt 5000 ]
echo "ok ($NUMBER, $(wc -c < receipt.pdf) bytes)"

step "main window (offscreen)"
"$GUI" gui --smoke main.png
[ -s main.png ]
echo "ok"

if [ -n "${SMOKE_OUT:-}" ]; then
    mkdir -p "$SMOKE_OUT"
    cp receipt.pdf main.png "$SMOKE_OUT/"
fi
echo "smoke test passed in $(( $(date +%s) - start )) s: $APP"
