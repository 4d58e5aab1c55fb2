#!/usr/bin/env bash
# Set everything up and run the whole test suite (logic, receipts, screens offscreen, PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-postgres
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop tests bench
.venv/bin/ruff format --check desktop tests bench installer scripts
.venv/bin/python -m pytest -p no:cacheprovider "$@"
