"""What merged residents cost every later operation: `record` with and without merges held.

Once a database holds a merge, every operation applied (recorded here, or taken in from the
hub) is followed by the move of whatever refers to a merged resident to the one it went into
(counter.merging). This times N resident edits, each its own transaction as at the counter,
on a copy of a demo database: first with no merge, then after one merge of two residents.

    .venv/bin/python bench/bench_merges.py --residents 20000 --edits 300
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def _edits(sessions, actor, residents: list, count: int) -> list[float]:  # noqa: ANN001
    from desktop.counter.residents import update_resident

    times = []
    for n in range(count):
        started = time.perf_counter()
        with sessions.begin() as s:
            update_resident(s, actor, residents[n % len(residents)], {"address": f"הזית {n}"})
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--residents", type=int, default=20000)
    parser.add_argument("--edits", type=int, default=300)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    common.isolate_this_process()
    source = common.ensure_demo_db(args.residents)
    from sqlalchemy import select

    import desktop.appliers  # noqa: F401
    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.counter.merging import merge_residents
    from desktop.models import Resident, User

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "copy.sqlite3"
        shutil.copy(source, path)
        engine = open_database(common.db_url(path))
        sessions = session_factory(engine)
        with sessions() as s:
            station = local_station(s)
            boss = s.scalar(select(User.id).where(User.role == "supervisor"))
            residents = list(s.scalars(select(Resident.id).order_by(Resident.id).limit(50)))
        actor = Actor(boss, station.id, station.code)
        _edits(sessions, actor, residents[2:], 20)  # warm-up
        before = _edits(sessions, actor, residents[2:], args.edits)
        with sessions.begin() as s:
            merge_residents(s, actor, residents[0], residents[1])
        after = _edits(sessions, actor, residents[2:], args.edits)
        engine.dispose()
    result = {
        "residents": args.residents,
        "edits": args.edits,
        "no_merge_ms": common.summary_ms(before),
        "one_merge_ms": common.summary_ms(after),
        "machine": common.machine_line(),
    }
    rows = [
        ["no merge", *(common.fmt_ms(result["no_merge_ms"][k]) for k in ("p50", "p95"))],
        ["one merge", *(common.fmt_ms(result["one_merge_ms"][k]) for k in ("p50", "p95"))],
    ]
    common.print_table(["edit, own transaction", "p50 ms", "p95 ms"], rows)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
