#!/usr/bin/env bash
# Set everything up and open Dalpak on a local demo database of the Lower Galilee Regional Council.
# The demo database (2,000 residents) is made on the first run and reused after that.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
DATA_DIR=$(.venv/bin/python -c "from desktop.core.db import data_dir; print(data_dir())")
DEMO_DB="sqlite:///$DATA_DIR/demo.sqlite3"
# The demo database is encrypted like a station's, its key in the desktop's credential store.
# A machine without one (a server, a container) keeps the demo's key in a file of the config
# folder instead, and says so: for the demo's invented residents only.
if ! .venv/bin/python -c "from desktop.core import credentials; credentials.database_key(create=True)" 2>/dev/null; then
  CONFIG_DIR=$(.venv/bin/python -c "from desktop.core.settings import config_dir; print(config_dir())")
  export DALPAK_TEST_KEYRING="$CONFIG_DIR/demo-keyring"
  echo "No credential store on this machine: the demo's key is kept in $DALPAK_TEST_KEYRING (demo only)."
fi
.venv/bin/dalpak --db "$DEMO_DB" demo --if-empty
exec .venv/bin/dalpak --db "$DEMO_DB"
