"""Cold start to a usable main window, each run in a fresh Python process.

The parent notes CLOCK_MONOTONIC, starts `python bench/startup_child.py` with
QT_QPA_PLATFORM=offscreen, and stops the clock when the child prints `ready` - after it has done
what `desktop.ui.app.run` does minus the login dialog (imports, setup_application with the
qt-material theme, open_database with the alembic check, authenticate, MainWindow, show, events
until the window is exposed and painted). The child reports its own marks on the same clock, so
the interpreter start-up before its first line is measured too.

    .venv/bin/python bench/bench_startup.py --runs 5 --residents 100000
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

TARGET_S = 2.0
CHILD = Path(__file__).resolve().parent / "startup_child.py"
CHILD_TIMEOUT_S = 60

# Phases from the child's marks: (label, from mark, to mark); "spawn" is the parent's clock.
PHASES = [
    ("interpreter start (before line 1)", "spawn", "t0"),
    ("imports (PySide6, SQLAlchemy, alembic, app)", "t0", "imports_done"),
    ("QApplication + setup_application (theme)", "imports_done", "setup_done"),
    ("open_database (+migrations check) + context", "setup_done", "db_done"),
    ("authenticate (argon2 verify)", "db_done", "auth_done"),
    ("MainWindow + show + exposed/painted", "auth_done", "ready"),
    ("total: spawn -> ready", "spawn", "ready"),
]


NO_AUTH = "total without authenticate (login typed at once)"


def without_auth_ms(result: dict) -> float:
    return phase_ms(result, "spawn", "ready") - phase_ms(result, "db_done", "auth_done")


def child_env(cache: Path) -> dict[str, str]:
    env = common.isolated_env(cache)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def one_run(url: str, cache: Path, extra_args: list[str] | None = None) -> tuple[dict, str]:
    """One child: its result dict plus 'spawn' (parent clock) and 'seen' (when 'ready' arrived)."""
    cmd = [sys.executable, *(extra_args or []), str(CHILD), url]
    result, seen = None, None
    # stderr goes to a file: a full pipe (e.g. -X importtime) would stall the child.
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8", errors="replace") as err_file:
        spawn = time.clock_gettime(time.CLOCK_MONOTONIC)
        proc = subprocess.Popen(
            cmd,
            cwd=common.PROJECT_DIR,
            env=child_env(cache),
            stdout=subprocess.PIPE,
            stderr=err_file,
            text=True,
        )
        killer = threading.Timer(CHILD_TIMEOUT_S, proc.kill)  # never wait forever
        killer.start()
        try:
            line = proc.stdout.readline()
            seen = time.clock_gettime(time.CLOCK_MONOTONIC)
            if line.startswith("ready "):
                result = json.loads(line[len("ready ") :])
            proc.stdout.read()
            proc.wait()
        finally:
            killer.cancel()
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err_file.seek(0)
        err = err_file.read()
    if result is None:
        raise SystemExit(f"startup child failed (exit {proc.returncode}):\n{err[-4000:]}")
    result["marks"]["spawn"] = spawn
    result["marks"]["seen"] = seen
    return result, err


def phase_ms(result: dict, start: str, end: str) -> float:
    m = result["marks"]
    return (m[end] - m[start]) * 1000.0


def import_breakdown(url: str, cache: Path, top: int) -> list[list[object]]:
    """Self import time grouped by top-level package, from one run under `-X importtime`."""
    _result, err = one_run(url, cache, ["-X", "importtime"])
    by_pkg: dict[str, int] = defaultdict(int)
    count: dict[str, int] = defaultdict(int)
    for line in err.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        parts = line[len("import time:") :].split("|")
        if len(parts) != 3:
            continue
        self_us, name = int(parts[0].strip()), parts[2]
        pkg = name.strip().split(".")[0]
        by_pkg[pkg] += self_us
        count[pkg] += 1
    total = sum(by_pkg.values())
    rows = [
        [pkg, count[pkg], f"{us / 1000:.0f}", f"{100.0 * us / total:.0f}%"]
        for pkg, us in sorted(by_pkg.items(), key=lambda kv: kv[1], reverse=True)[:top]
    ]
    rows.append(["(all)", sum(count.values()), f"{total / 1000:.0f}", "100%"])
    return rows


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=5, help="measured runs (after one warm-up run)")
    p.add_argument("--residents", type=int, default=100_000, help="demo DB size to open")
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument(
        "--no-warmup",
        action="store_true",
        help="count the first run too (e.g. right after a reboot)",
    )
    p.add_argument(
        "--imports",
        type=int,
        default=12,
        help="also list the N slowest packages to import (0: skip)",
    )
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cache = common.cache_dir(args.cache)
    print(common.machine_line())
    path = common.ensure_demo_db(args.residents, args.seed, cache)
    url = common.db_url(path)
    first = None
    if not args.no_warmup:
        first, _ = one_run(url, cache)
        print(f"warm-up run (not counted): {phase_ms(first, 'spawn', 'ready'):,.0f} ms", flush=True)
    runs = []
    for n in range(args.runs):
        result, _ = one_run(url, cache)
        runs.append(result)
        print(
            f"run {n + 1}: {phase_ms(result, 'spawn', 'ready'):,.0f} ms "
            f"(exposed={result['exposed']}, paints={result['painted']}, "
            f"modules={result['modules']})",
            flush=True,
        )

    rows = []
    for label, start, end in [*PHASES, (NO_AUTH, "", "")]:
        if label == NO_AUTH:
            values = [without_auth_ms(r) for r in runs]
        else:
            values = [phase_ms(r, start, end) for r in runs]
        rows.append(
            [
                label,
                f"{statistics.median(values):,.0f}",
                f"{max(values):,.0f}",
                f"{min(values):,.0f}",
            ]
        )
    common.print_table(
        ["phase", "median ms", "max ms", "min ms"],
        rows,
        f"Cold start to a usable main window, {args.runs} fresh processes, DB of "
        f"{args.residents:,} residents (target: <= {TARGET_S:g} s)",
    )

    span_names = list(runs[0]["spans"])
    span_rows = []
    for name in span_names:
        values = [r["spans"].get(name, 0.0) * 1000.0 for r in runs]
        span_rows.append([name, f"{statistics.median(values):,.0f}", f"{max(values):,.0f}"])
    common.print_table(
        ["step inside the child", "median ms", "max ms"],
        span_rows,
        "Breakdown inside the child (nested steps are also in their parent)",
    )

    if args.imports:
        common.print_table(
            ["top-level package", "modules", "self ms", "share"],
            import_breakdown(url, cache, args.imports),
            "Import time by package (one extra run under python -X importtime; "
            "importtime itself inflates the figures)",
        )

    totals = [phase_ms(r, "spawn", "ready") / 1000.0 for r in runs]
    median_total = statistics.median(totals)
    verdict = "OK" if median_total <= TARGET_S else "OVER TARGET"
    print(
        f"\nmedian {median_total:.2f} s, max {max(totals):.2f} s -> {verdict} "
        f"(target {TARGET_S:g} s on {os.cpu_count()} cores)"
    )
    if args.json:
        summary = {
            "median_s": median_total,
            "max_s": max(totals),
            "without_auth_median_s": statistics.median([without_auth_ms(r) for r in runs]) / 1000,
            "first_run_s": phase_ms(first, "spawn", "ready") / 1000.0 if first else None,
            "phases_ms": {
                label: statistics.median([phase_ms(r, s, e) for r in runs])
                for label, s, e in PHASES
            },
            "spans_ms": {
                name: statistics.median([r["spans"].get(name, 0.0) * 1000 for r in runs])
                for name in span_names
            },
        }
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
