"""What re-deriving a station's state from its log costs (after a supervisor discards or
corrects an operation the station had applied, desktop.sync.quarantine).

On a copy of a demo database: `rebuild_state` (the whole log replayed in clock order, what a
discard triggers) timed as wall and CPU time, `--repeat` times, and its operation count.

    .venv/bin/python bench/bench_rederive.py --residents 2000,10000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def _once(source: Path, folder: str) -> tuple[float, float, int]:
    from desktop.core.db import open_database, session_factory
    from desktop.core.oplog import rebuild_state

    path = Path(folder) / "copy.sqlite3"
    shutil.copy(source, path)
    engine = open_database(common.db_url(path))
    try:
        sessions = session_factory(engine)
        wall, cpu = time.perf_counter(), time.process_time()
        with sessions.begin() as s:
            count = rebuild_state(s)
        return time.perf_counter() - wall, time.process_time() - cpu, count
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--residents", default="2000", help="sizes, comma separated")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    common.isolate_this_process()
    import desktop.appliers  # noqa: F401

    rows, out = [], {}
    for size in common.parse_sizes(args.residents):
        source = common.ensure_demo_db(size)
        walls, cpus, count = [], [], 0
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as folder:
                wall, cpu, count = _once(source, folder)
            walls.append(wall)
            cpus.append(cpu)
        out[size] = {"operations": count, "wall_s": walls, "cpu_s": cpus}
        rows.append([size, count, f"{min(walls):.2f}", f"{min(cpus):.2f}", f"{max(walls):.2f}"])
    common.print_table(
        ["residents", "operations", "wall best (s)", "CPU best (s)", "wall worst (s)"], rows
    )
    print(common.machine_line(), f"load {os.getloadavg()[0]:.2f}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
