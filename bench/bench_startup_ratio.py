"""Start-up against the floor: whole-process wall time and peak memory of `dalpak gui --smoke`
next to a bare right-to-left QMainWindow with qt-material, and their ratio (issue 12).

One run builds a 2,000-resident demo database in a temporary folder, then starts, each in a
fresh process and one after the other (the order alternating, so that the machine's load falls
on both alike):

  (a) `dalpak --db URL gui --smoke PNG`: Qt, the theme, the database (migrations check), the
      main window of the first administrator (every page an admin has), shown; once its events
      and first reads are done a picture is saved, quit. The login dialog is not in it.
  (b) `python bench/bare_window_child.py PNG`: QApplication, right to left, qt-material with
      Dalpak's theme, an empty QMainWindow of the same size, shown, a picture saved, quit.

and, for what (a) leaves out (not part of the ratio; --no-login skips it):

  (c) `python bench/login_start_child.py URL PNG`: `dalpak --db URL gui` as a clerk starts it,
      the login dialog answered the moment it opens (the password checked with argon2 as
      always), the window shown with run()'s background warm-up, a picture, quit.

Wall time runs from just before the process is started until it has been reaped; peak memory
is the child's own `ru_maxrss` from `wait4` (resident set, KiB on Linux). Bytecode is cached as
in an installed app (the warm-up runs write it).

    .venv/bin/python bench/bench_startup_ratio.py --runs 7
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

RATIO_GOAL = 2.5
MEMORY_GOAL_MIB = 150.0
BARE_CHILD = Path(__file__).resolve().parent / "bare_window_child.py"
LOGIN_CHILD = Path(__file__).resolve().parent / "login_start_child.py"
CHILD_TIMEOUT_S = 120


def child_env(folder: Path) -> dict[str, str]:
    env = common.isolated_env(folder)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode
    return env


def run_child(cmd: list[str], env: dict[str, str], picture: Path) -> dict[str, float]:
    """Start `cmd`, wait for it, and return its wall time, CPU time and peak RSS."""
    picture.unlink(missing_ok=True)
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd, cwd=common.PROJECT_DIR, env=env, stdout=subprocess.DEVNULL, stderr=err
        )
        killer = threading.Timer(CHILD_TIMEOUT_S, proc.kill)  # never wait forever
        killer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        wall = time.monotonic() - started
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        if proc.returncode != 0 or not picture.exists() or picture.stat().st_size == 0:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace")[-3000:]
            raise SystemExit(f"{' '.join(cmd)}\nfailed (exit {proc.returncode}):\n{tail}")
    return {
        "wall_s": wall,
        "cpu_s": usage.ru_utime + usage.ru_stime,
        "rss_mib": usage.ru_maxrss / 1024.0,
    }


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


def summary(runs: list[dict[str, float]], key: str) -> tuple[float, float]:
    values = [r[key] for r in runs]
    return statistics.median(values), max(values)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=7, help="measured runs of each (after a warm-up)")
    p.add_argument("--residents", type=int, default=2000, help="demo database size")
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument(
        "--no-login", action="store_true", help="skip (c), the start with the login dialog"
    )
    p.add_argument("--keep", action="store_true", help="keep the temporary folder (prints it)")
    p.add_argument(
        "--encrypted",
        action="store_true",
        help="start on the demo encrypted with `dalpak encrypt` (its key in a file of the folder)",
    )
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    print(common.machine_line())
    folder = Path(tempfile.mkdtemp(prefix="dalpak-startup-"))
    try:
        db = common.ensure_demo_db(args.residents, args.seed, folder)
        env = child_env(folder)
        if args.encrypted:
            encrypt = [*common.dalpak_command(), "--db", common.db_url(db), "encrypt"]
            subprocess.run(encrypt, env=env, check=True, capture_output=True, timeout=600)
        picture = folder / "window.png"
        commands = {
            "dalpak": [
                *common.dalpak_command(),
                "--db",
                common.db_url(db),
                "gui",
                "--smoke",
                str(picture),
            ],
            "bare": [
                sys.executable,
                str(BARE_CHILD),
                str(picture),
                "--icons",
                str(folder / "bare-icons"),
            ],
        }
        if not args.no_login:
            commands["login"] = [sys.executable, str(LOGIN_CHILD), common.db_url(db), str(picture)]
        for cmd in commands.values():  # warm-up: file cache, bytecode, the kept theme
            run_child(cmd, env, picture)
        if args.keep:
            print(f"[kept] {folder}")
        print(load_line() + " (before)", flush=True)
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
        for n in range(args.runs):
            names = list(commands)
            order = names if n % 2 == 0 else names[::-1]
            for name in order:
                runs[name].append(run_child(commands[name], env, picture))
            d, b = runs["dalpak"][-1], runs["bare"][-1]
            login = (
                f"; with login {runs['login'][-1]['wall_s']:.2f} s "
                f"{runs['login'][-1]['rss_mib']:.0f} MiB"
                if "login" in runs
                else ""
            )
            print(
                f"run {n + 1}: dalpak {d['wall_s']:.2f} s (CPU {d['cpu_s']:.2f} s) "
                f"{d['rss_mib']:.0f} MiB; bare {b['wall_s']:.2f} s (CPU {b['cpu_s']:.2f} s) "
                f"{b['rss_mib']:.0f} MiB; ratio {d['wall_s'] / b['wall_s']:.2f}{login}",
                flush=True,
            )
        print(load_line() + " (after)")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)

    rows = []
    labels = {
        "dalpak": "(a) dalpak gui --smoke",
        "bare": "(b) bare RTL QMainWindow + qt-material",
        "login": "(c) dalpak gui, login typed at once (not in the ratio)",
    }
    for name, label in labels.items():
        if name not in runs:
            continue
        wall, wall_max = summary(runs[name], "wall_s")
        cpu, cpu_max = summary(runs[name], "cpu_s")
        rss, rss_max = summary(runs[name], "rss_mib")
        rows.append(
            [
                label,
                f"{wall:.2f}",
                f"{wall_max:.2f}",
                f"{cpu:.2f}",
                f"{cpu_max:.2f}",
                f"{rss:.0f}",
                f"{rss_max:.0f}",
            ]
        )
    common.print_table(
        [
            "process",
            "wall median s",
            "wall max s",
            "CPU median s",
            "CPU max s",
            "peak RSS median MiB",
            "max MiB",
        ],
        rows,
        f"Whole process, {args.runs} fresh processes each, offscreen, demo of "
        f"{args.residents:,} residents",
    )
    d_wall, d_wall_max = summary(runs["dalpak"], "wall_s")
    b_wall, _ = summary(runs["bare"], "wall_s")
    d_cpu, _ = summary(runs["dalpak"], "cpu_s")
    b_cpu, _ = summary(runs["bare"], "cpu_s")
    _, d_rss_max = summary(runs["dalpak"], "rss_mib")
    pair_ratios = [
        d["wall_s"] / b["wall_s"] for d, b in zip(runs["dalpak"], runs["bare"], strict=True)
    ]
    ratio = d_wall / b_wall
    ratio_ok = ratio <= RATIO_GOAL
    memory_ok = d_rss_max <= MEMORY_GOAL_MIB
    print(
        f"\nratio of medians (wall) {ratio:.2f} (per pair: median {statistics.median(pair_ratios):.2f}, "
        f"max {max(pair_ratios):.2f}); CPU {d_cpu / b_cpu:.2f}"
    )
    print(
        f"goal: ratio <= {RATIO_GOAL:g} -> {'OK' if ratio_ok else 'MISSED'}; "
        f"peak memory <= {MEMORY_GOAL_MIB:.0f} MiB -> {'OK' if memory_ok else 'MISSED'} "
        f"(max {d_rss_max:.0f} MiB)"
    )
    if "login" in runs:
        l_wall, _ = summary(runs["login"], "wall_s")
        _, l_rss_max = summary(runs["login"], "rss_mib")
        print(
            f"(c), a real start with the login: {l_wall:.2f} s, {l_wall / b_wall:.2f} x the bare "
            f"window, peak {l_rss_max:.0f} MiB (the password check alone is argon2's 64 MiB)"
        )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "runs": runs,
                    "dalpak_wall_s": d_wall,
                    "dalpak_wall_max_s": d_wall_max,
                    "bare_wall_s": b_wall,
                    "ratio": ratio,
                    "dalpak_rss_max_mib": d_rss_max,
                    "bare_rss_max_mib": summary(runs["bare"], "rss_mib")[1],
                    "login_wall_s": summary(runs["login"], "wall_s")[0]
                    if "login" in runs
                    else None,
                    "login_rss_max_mib": (
                        summary(runs["login"], "rss_mib")[1] if "login" in runs else None
                    ),
                },
                indent=2,
            ),
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
