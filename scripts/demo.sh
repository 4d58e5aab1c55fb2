#!/usr/bin/env bash
# Set everything up and open Dalpak on a local demo database of the Lower Galilee Regional Council.
# The demo database (2,000 residents) is made on the first run and reused after that.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DATA_DIR=$(.venv/bin/python -c "from desktop.core.db import data_dir; print(data_dir())")
DEMO_DB="sqlite:///$DATA_DIR/demo.sqlite3"
.venv/bin/dalpak --db "$DEMO_DB" demo --if-empty
exec .venv/bin/dalpak --db "$DEMO_DB"
