"""Run the Dalpak benchmarks one after the other and print a summary against the targets.

    .venv/bin/python bench/run_all.py           # search at 10k, 100k and 1M; extras and scan at 1M
    .venv/bin/python bench/run_all.py --quick   # search at 10k and 100k only, board and figures
                                                # at 50k items,
                                                # extras and scan at 100k
    .venv/bin/python bench/run_all.py --only sync   # sync with the hub (opt-in, ~30 min)

Each benchmark runs in its own process (so one's imports and caches don't help another) and
prints its own tables; the missing demo databases are built first and cached in bench/.cache/.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

BENCH = Path(__file__).resolve().parent
STEP_TIMEOUT_S = 2 * 3600  # includes building a 1M database the first time


def run_step(name: str, script: str, args: list[str]) -> int:
    print(f"\n{'=' * 100}\n{name}: {script} {' '.join(args)}\n{'=' * 100}", flush=True)
    started = time.perf_counter()
    try:
        code = subprocess.run(
            [sys.executable, str(BENCH / script), *args],
            cwd=common.PROJECT_DIR,
            timeout=STEP_TIMEOUT_S,
            check=False,
        ).returncode
    except subprocess.TimeoutExpired:
        print(f"{name}: timed out after {STEP_TIMEOUT_S} s", flush=True)
        code = 124
    print(f"[{name} finished in {time.perf_counter() - started:,.0f} s, exit {code}]", flush=True)
    return code


def load(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--quick",
        action="store_true",
        help="search sizes 10000,100000 only; extras and scan at 100,000 residents",
    )
    p.add_argument("--sizes", default=None, help="search sizes (overrides --quick)")
    p.add_argument(
        "--only",
        choices=[
            "search",
            "startup",
            "startup_ratio",
            "receipt",
            "receipt_languages",
            "board",
            "figures",
            "extras",
            "scan",
            "sync",
        ],
        action="append",
        help="run only these (repeatable)",
    )
    p.add_argument("--cache", type=Path, default=None)
    args = p.parse_args(argv)
    cache = common.cache_dir(args.cache)
    sizes = args.sizes or ("10000,100000" if args.quick else "10000,100000,1000000")
    # sync is opt-in: it runs for about 30 minutes (PostgreSQL, a hub, a 100k download twice)
    only = set(
        args.only
        or [
            "search",
            "startup",
            "startup_ratio",
            "receipt",
            "receipt_languages",
            "board",
            "figures",
            "extras",
            "scan",
        ]
    )
    quick = ["--quick"] if args.quick else []
    out = cache / "results"
    out.mkdir(exist_ok=True)
    common_args = ["--cache", str(cache)]
    print(common.machine_line(), flush=True)

    codes: dict[str, int] = {}
    if "search" in only:
        codes["search"] = run_step(
            "search",
            "bench_search.py",
            ["--sizes", sizes, "--json", str(out / "search.json"), "--explain", "3", *common_args],
        )
    if "startup" in only:
        codes["startup"] = run_step(
            "startup", "bench_startup.py", ["--json", str(out / "startup.json"), *common_args]
        )
    if "startup_ratio" in only:
        codes["startup_ratio"] = run_step(
            "startup_ratio", "bench_startup_ratio.py", ["--json", str(out / "startup_ratio.json")]
        )
    if "receipt" in only:
        codes["receipt"] = run_step(
            "receipt", "bench_receipt.py", ["--json", str(out / "receipt.json"), *common_args]
        )
    if "receipt_languages" in only:
        codes["receipt_languages"] = run_step(
            "receipt_languages",
            "bench_receipt_languages.py",
            ["--json", str(out / "receipt_languages.json"), *common_args],
        )
    if "board" in only:
        board_args = ["--quick"] if args.quick else []
        codes["board"] = run_step(
            "board",
            "bench_board.py",
            ["--json", str(out / "board.json"), *board_args, *common_args],
        )
    if "figures" in only:
        codes["figures"] = run_step(
            "figures",
            "bench_figures.py",
            [*quick, "--json", str(out / "figures.json"), *common_args],
        )
    if "extras" in only:
        codes["extras"] = run_step(
            "extras", "bench_extras.py", [*quick, "--json", str(out / "extras.json"), *common_args]
        )
    if "scan" in only:
        codes["scan"] = run_step(
            "scan", "bench_scan.py", [*quick, "--json", str(out / "scan.json"), *common_args]
        )
    if "sync" in only:
        codes["sync"] = run_step(
            "sync", "bench_sync.py", ["--json", str(out / "sync.json"), *common_args]
        )

    rows = []
    search = load(out / "search.json") if "search" in only else None
    if search:
        for size, figures in search.items():
            p95 = figures["all"]["p95"]
            rows.append(
                [
                    f"search p95, {int(size):,} residents",
                    "<= 30 ms",
                    f"{p95:.1f} ms",
                    "ok" if p95 <= 30 else "OVER",
                ]
            )
    startup = load(out / "startup.json") if "startup" in only else None
    if startup:
        rows.append(
            [
                "cold start median (max)",
                "<= 2 s",
                f"{startup['median_s']:.2f} s ({startup['max_s']:.2f} s)",
                "ok" if startup["median_s"] <= 2 else "OVER",
            ]
        )
    ratio = load(out / "startup_ratio.json") if "startup_ratio" in only else None
    if ratio:
        rows.append(
            [
                "start-up against a bare qt-material window (wall, medians)",
                "<= 2.5x",
                f"{ratio['ratio']:.2f}x ({ratio['dalpak_wall_s']:.2f} s / {ratio['bare_wall_s']:.2f} s)",
                "ok" if ratio["ratio"] <= 2.5 else "OVER",
            ]
        )
        rows.append(
            [
                "start-up peak memory (dalpak gui --smoke, max)",
                "<= 150 MiB",
                f"{ratio['dalpak_rss_max_mib']:.0f} MiB (bare {ratio['bare_rss_max_mib']:.0f})",
                "ok" if ratio["dalpak_rss_max_mib"] <= 150 else "OVER",
            ]
        )
    receipt = load(out / "receipt.json") if "receipt" in only else None
    if receipt:
        warm = max(v["p95"] for k, v in receipt.items() if k.endswith("/receipt_pdf"))
        rows.append(
            [
                "receipt_pdf warm p95 (worst case/paper)",
                "<= 200 ms",
                f"{warm:.1f} ms",
                "ok" if warm <= 200 else "OVER",
            ]
        )
        cold = receipt["worst_cold_ms"]
        rows.append(
            [
                "receipt_pdf first call in a fresh process",
                "<= 200 ms",
                f"{cold:.0f} ms",
                "ok" if cold <= 200 else "OVER",
            ]
        )
    languages = load(out / "receipt_languages.json") if "receipt_languages" in only else None
    if languages:
        worst = max(v["p95"] for v in languages.values())
        rows.append(
            [
                "receipt in each language, p95 (worst language/paper)",
                "<= 200 ms",
                f"{worst:.1f} ms (CPU {max(v['cpu_p95'] for v in languages.values()):.1f} ms)",
                "ok" if worst <= 200 else "OVER",
            ]
        )
    board = load(out / "board.json") if "board" in only else None
    if board:
        rows += board_rows(board)
    figures = load(out / "figures.json") if "figures" in only else None
    if figures:
        rows.append(
            [
                "journey figures open (new connection), max",
                "<= 1 s",
                f"{figures['open_ms']['max']:,.0f} ms",
                "ok" if figures["open_ms"]["max"] <= 1000 else "OVER",
            ]
        )
        rows.append(
            [
                "journey figures filter refresh, worst p50",
                "<= 300 ms",
                f"{figures['worst_filter_p50_ms']:,.0f} ms",
                "ok" if figures["worst_filter_p50_ms"] <= 300 else "OVER",
            ]
        )
    extras = load(out / "extras.json") if "extras" in only else None
    for size, figures in (extras or {}).items():
        rows.append(
            [
                f"extras while typing a case p95, {int(size):,} residents",
                "<= 20 ms",
                f"{figures['p95']:.1f} ms (CPU {figures['cpu_p95']:.1f} ms)",
                "ok" if figures["p95"] <= 20 else "OVER",
            ]
        )
    scan = load(out / "scan.json") if "scan" in only else None
    for key, figures in (scan or {}).items():
        size, mode = key.split("/")
        if mode != "dry":
            continue
        rows.append(
            [
                f"proactive scan (dry run), {int(size):,} residents",
                "< 60 s" if int(size) >= 1_000_000 else "(report)",
                f"{figures['seconds']:.1f} s, peak RSS {figures['rss_peak_mb']:.0f} MB",
                "ok" if figures["seconds"] < 60 else "OVER",
            ]
        )
    sync = load(out / "sync.json") if "sync" in only else None
    if sync:
        rows += sync_rows(sync)
    common.print_table(["measure", "target", "measured", "verdict"], rows, "Summary")
    failed = {name: code for name, code in codes.items() if code}
    if failed:
        print(f"\nbenchmarks with a non-zero exit: {failed}")
    return 1 if failed else 0


def sync_rows(sync: dict) -> list[list[str]]:
    rows = []
    if "ingest" in sync:
        ops_s, seconds, ops = (sync["ingest"][k] for k in ("ops_s", "seconds", "ops"))
        rows.append(
            [
                "hub ingest, 1 station (PostgreSQL, HTTP)",
                ">= 2,000 ops/s",
                f"{ops_s:,.0f} ops/s",
                "ok" if ops_s >= 2000 else "MISSED",
            ]
        )
        rows.append(
            [
                f"drain a {ops:,}-op backlog",
                "< 30 s",
                f"{seconds:,.1f} s",
                "ok" if seconds < 30 else "OVER",
            ]
        )
    if "ingest_concurrent" in sync:
        ops_s = sync["ingest_concurrent"]["ops_s"]
        rows.append(
            [
                "hub ingest, 2 stations at once",
                ">= 2,000 ops/s",
                f"{ops_s:,.0f} ops/s",
                "ok" if ops_s >= 2000 else "MISSED",
            ]
        )
    if "download" in sync:
        d = sync["download"]
        rows.append(
            [
                f"first download, {d['residents']:,} residents",
                "(report)",
                f"{d['seconds']:,.0f} s, {d['ops_s']:,.0f} ops/s, {d['db_mb']:,.0f} MB",
                "ok" if d["same_counts"] else "WRONG",
            ]
        )
    if "resume" in sync:
        r = sync["resume"]
        rows.append(
            [
                "download resumes after SIGKILL",
                "continues",
                f"{r['stored_at_kill']:,} + {r['pulled_after']:,} = {r['total']:,}",
                "ok" if r["ok"] else "FAILED",
            ]
        )
    return rows


def board_rows(board: dict) -> list[list[str]]:
    """The board's open (worst of warm p95 and the first read) and its slowest filter."""
    measures = {k: v for k, v in board.items() if isinstance(v, dict)}
    opening = [v for k, v in measures.items() if k.startswith("open")]
    filters = {k: v for k, v in measures.items() if not k.startswith("open")}
    rows = []
    if opening:
        worst = max(max(v["p95"] for v in opening), board.get("cold_open_ms", 0))
        rows.append(
            [
                "workload board open, p95 / first read",
                "<= 1 s",
                f"{worst:,.0f} ms",
                "ok" if worst <= 1000 else "OVER",
            ]
        )
    if filters:
        name, slowest = max(filters.items(), key=lambda kv: kv[1]["p95"])
        rows.append(
            [
                f"workload board filter p95 (slowest: {name})",
                "<= 300 ms",
                f"{slowest['p95']:,.0f} ms",
                "ok" if slowest["p95"] <= 300 else "OVER",
            ]
        )
    return rows


if __name__ == "__main__":
    sys.exit(main())
