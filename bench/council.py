"""Demo councils with holdings for the extras and scan benchmarks.

The search benchmark's cached demo databases (`common.ensure_demo_db`) may have been built
before residents had holdings (property-tax accounts, dogs, permits, household, statuses); the
extras and the scan would then measure empty tables. This picks the cached database when it has
holdings and otherwise builds (once) the same `dalpak demo` council, which now makes them, in
`<cache>/holdings/`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import common

HOLDING_TABLES = (
    "property_accounts",
    "dog_licences",
    "parking_permits",
    "household_members",
    "resident_statuses",
)


def has_holdings(path: Path) -> bool:
    if not path.exists():
        return False
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not set(HOLDING_TABLES) <= tables:
            return False
        return db.execute("SELECT 1 FROM property_accounts LIMIT 1").fetchone() is not None


def ensure_council_db(
    residents: int, seed: int = common.DEFAULT_SEED, cache: Path | None = None
) -> Path:
    """A cached demo council of `residents` residents with holdings, built when missing."""
    shared = common.db_path(residents, seed, cache)
    if has_holdings(shared):
        print(f"[db] reusing {shared.name} ({shared.stat().st_size / 1e6:,.0f} MB)", flush=True)
        return shared
    own = common.cache_dir(cache) / "holdings"
    return common.ensure_demo_db(residents, seed, own)


def holding_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        counts = {"residents": db.execute("SELECT count(*) FROM residents").fetchone()[0]}
        for table in HOLDING_TABLES:
            counts[table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    return counts
