"""The proactive scan over a whole council: wall time and peak memory.

Each measured scan runs in a fresh process (so the peak resident memory is the scan's own):
open the demo council with holdings as the app does, then `scan(session, supervisor, ...)`.

- dry run: every resident and their holdings are read and the proactive rules evaluated; what
  would be created is listed (the supervisor screen's first step, `dalpak scan --dry-run`);
- act: the real scan (cases opened, outbox messages and letters queued), in a transaction that
  is rolled back at the end so the cached council stays as it was. Only at `--act-sizes`
  (default: the smallest size), since a first scan of a whole council opens a case per finding.

Memory: `ru_maxrss` of the process after opening the database and after the scan, and the peak
of Python allocations during the scan by `tracemalloc` in a separate run (`--tracemalloc`,
slower: its time is not the figure).

Target (issue 5): a scan of 1,000,000 residents in under 60 s.

    .venv/bin/python bench/bench_scan.py                 # 100,000 and 1,000,000 residents
    .venv/bin/python bench/bench_scan.py --quick         # 100,000 residents only
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
import council  # noqa: E402

TARGET_S = 60.0


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child(path: Path, mode: str, trace: bool) -> dict:
    """One scan in this process; returns the figures (run with --child)."""
    from sqlalchemy import select

    from desktop.core.db import local_station, open_database, session_factory
    from desktop.core.oplog import Actor
    from desktop.extras.outreach import scan
    from desktop.models import User

    engine = open_database(common.db_url(path))
    sessions = session_factory(engine)
    with sessions() as s:
        boss = s.scalar(select(User).where(User.role == "supervisor").order_by(User.username))
        station = local_station(s)
        actor = Actor(boss.id, station.id, station.code)
    before = maxrss_mb()
    if trace:
        import tracemalloc

        tracemalloc.start()
    started = time.perf_counter()
    cpu0 = time.process_time()
    with sessions() as s:
        report = scan(s, actor, dry_run=(mode == "dry"))
        s.flush()
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu0
        s.rollback()  # leave the cached council as it was
    out = {
        "mode": mode,
        "seconds": seconds,
        "cpu_s": cpu,
        "scanned": report.scanned,
        "found": len(report.found),
        "already_done": report.already_done,
        "created": report.created,
        "messages": report.messages,
        "letters": len(report.letters),
        "by_rule": report.by_rule(),
        "rss_before_mb": before,
        "rss_peak_mb": maxrss_mb(),
    }
    if trace:
        import tracemalloc

        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    engine.dispose()
    return out


def run_child(path: Path, mode: str, trace: bool, cache: Path) -> dict:
    cmd = [sys.executable, __file__, "--child", str(path), "--mode", mode]
    if trace:
        cmd.append("--tracemalloc")
    result = subprocess.run(
        cmd,
        cwd=common.PROJECT_DIR,
        env=common.isolated_env(cache),
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"scan child failed (exit {result.returncode})")
    return json.loads(result.stdout.strip().splitlines()[-1])


def load_line() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes",
        type=common.parse_sizes,
        default=None,
        help="council sizes (default 100000,1000000; --quick: 100000)",
    )
    p.add_argument("--quick", action="store_true", help="100,000 residents only")
    p.add_argument(
        "--act-sizes",
        type=common.parse_sizes,
        default=None,
        help="sizes at which the real scan also runs (default: the smallest size)",
    )
    p.add_argument("--no-act", action="store_true", help="dry runs only")
    p.add_argument(
        "--tracemalloc",
        action="store_true",
        help="also a dry run under tracemalloc (peak of Python allocations)",
    )
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    p.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    p.add_argument("--mode", default="dry", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.mode, args.tracemalloc)))
        return 0

    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)
    sizes = args.sizes or ([100_000] if args.quick else [100_000, 1_000_000])
    act_sizes = args.act_sizes if args.act_sizes is not None else [min(sizes)]
    if args.no_act:
        act_sizes = []
    print(common.machine_line(), flush=True)
    rows, summary = [], {}
    for size in sizes:
        path = council.ensure_council_db(size, args.seed, cache)
        counts = council.holding_counts(path)
        print(f"{size:,}: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()), flush=True)
        modes = ["dry"] + (["act"] if size in act_sizes else [])
        for mode in modes:
            print(f"[{size:,} {mode}] load average before: {load_line()}", flush=True)
            fig = run_child(path, mode, False, cache)
            if args.tracemalloc and mode == "dry":
                fig["traced_peak_mb"] = run_child(path, mode, True, cache)["traced_peak_mb"]
            summary[f"{size}/{mode}"] = fig
            rows.append(
                [
                    f"{size:,}",
                    "dry run" if mode == "dry" else "act (rolled back)",
                    f"{fig['seconds']:.1f}",
                    f"{fig['cpu_s']:.1f}",
                    f"{fig['found']:,}",
                    f"{fig['created']:,}",
                    f"{fig['rss_before_mb']:.0f}",
                    f"{fig['rss_peak_mb']:.0f}",
                    f"{fig['traced_peak_mb']:.0f}" if "traced_peak_mb" in fig else "-",
                ]
            )
            print(
                "  by rule: " + ", ".join(f"{k} {v:,}" for k, v in sorted(fig["by_rule"].items())),
                flush=True,
            )
    common.print_table(
        [
            "residents",
            "scan",
            "wall s",
            "CPU s",
            "found",
            "created",
            "RSS open MB",
            "RSS peak MB",
            "traced peak MB",
        ],
        rows,
        f"Proactive scan (target: 1,000,000 residents in < {TARGET_S:g} s)",
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    worst = max(v["seconds"] for k, v in summary.items() if k.endswith("/dry"))
    return 0 if worst < TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
