"""Shared helpers for the Dalpak benchmarks: cached demo databases, percentiles, tables.

The demo database of N residents is built once with the real `dalpak demo` command, in a
subprocess, so that its cost never mixes with what a benchmark measures; later runs reuse it.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import desktop.appliers  # noqa: F401  (every operation kind registered)

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
DEFAULT_CACHE = BENCH_DIR / ".cache"
DEFAULT_SEED = 7
BUILD_TIMEOUT_S = 3600  # a 1M database takes a few minutes; never wait forever

if str(PROJECT_DIR) not in sys.path:
    sys.path.insert(0, str(PROJECT_DIR))


def cache_dir(path: str | os.PathLike | None = None) -> Path:
    folder = Path(path) if path else Path(os.environ.get("DALPAK_BENCH_CACHE", DEFAULT_CACHE))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def isolated_env(cache: Path | None = None) -> dict[str, str]:
    """Environment for child processes: own config/data folders, so user settings don't leak in."""
    cache = cache or cache_dir()
    env = dict(os.environ)
    env["DALPAK_CONFIG_DIR"] = str(cache / "config")
    env["DALPAK_DATA_DIR"] = str(cache / "data")
    env.pop("DALPAK_DB", None)
    # The demo databases are plain, as the figures before encryption were measured;
    # bench_encryption.py makes an encrypted copy, its key in a file of the cache (no desktop
    # credential store on a benchmark machine).
    env["DALPAK_PLAIN_NEW_DATABASES"] = "1"
    env.setdefault("DALPAK_TEST_KEYRING", str(cache / "keyring"))
    return env


def isolate_this_process(cache: Path | None = None) -> None:
    """Same isolation for the benchmark process itself (call before importing the app)."""
    os.environ.update({k: v for k, v in isolated_env(cache).items() if k.startswith("DALPAK_")})
    os.environ.pop("DALPAK_DB", None)


def dalpak_command() -> list[str]:
    """The `dalpak` console script of this interpreter's environment, or `python -m desktop`."""
    script = Path(sys.executable).with_name("dalpak")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "desktop"]


def db_path(residents: int, seed: int = DEFAULT_SEED, cache: Path | None = None) -> Path:
    return cache_dir(cache) / f"demo-n{residents}-s{seed}.sqlite3"


def db_url(path: Path) -> str:
    return f"sqlite:///{path}"


def ensure_demo_db(
    residents: int, seed: int = DEFAULT_SEED, cache: Path | None = None, *, quiet: bool = False
) -> Path:
    """Path of a demo DB with `residents` residents and `seed`, building it when not cached."""
    path = db_path(residents, seed, cache)
    if path.exists():
        if not quiet:
            size = path.stat().st_size / 1e6
            print(f"[db] reusing {path.name} ({size:,.0f} MB)", flush=True)
        return path
    partial = path.with_name(path.name + ".part")
    for leftover in path.parent.glob(partial.name + "*"):
        leftover.unlink()  # an interrupted build
    cmd = [
        *dalpak_command(),
        "--db",
        db_url(partial),
        "demo",
        "--residents",
        str(residents),
        "--seed",
        str(seed),
    ]
    shown = " ".join(["dalpak", *cmd[len(dalpak_command()) :]])
    print(f"[db] building {path.name}: {shown}", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        cmd,
        cwd=PROJECT_DIR,
        env=isolated_env(cache),
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_S,
        check=False,
    )
    took = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"[db] building {path.name} failed (exit {result.returncode})")
    for suffix in ("-wal", "-shm"):
        extra = Path(str(partial) + suffix)
        if extra.exists() and extra.stat().st_size == 0:
            extra.unlink()
    if Path(str(partial) + "-wal").exists():
        raise SystemExit(f"[db] {partial.name} left a WAL file behind; not using it")
    partial.rename(path)
    size = path.stat().st_size / 1e6
    print(f"[db] built {path.name} in {took:,.1f} s ({size:,.0f} MB)", flush=True)
    return path


def parse_sizes(text: str) -> list[int]:
    sizes = []
    for part in text.split(","):
        part = part.strip().lower().replace("_", "")
        if not part:
            continue
        mult = 1
        if part.endswith("k"):
            part, mult = part[:-1], 1_000
        elif part.endswith("m"):
            part, mult = part[:-1], 1_000_000
        sizes.append(int(float(part) * mult))
    if not sizes:
        raise argparse.ArgumentTypeError("no sizes given")
    return sizes


# --- statistics ------------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float:
    """The `pct` percentile (0-100) by linear interpolation between closest ranks."""
    if not values:
        return math.nan
    data = sorted(values)
    if len(data) == 1:
        return data[0]
    rank = (len(data) - 1) * pct / 100.0
    low = math.floor(rank)
    high = math.ceil(rank)
    return data[low] + (data[high] - data[low]) * (rank - low)


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    """n, p50, p95, max and mean of durations given in seconds, returned in milliseconds."""
    ms = [s * 1000.0 for s in seconds]
    return {
        "n": len(ms),
        "p50": percentile(ms, 50),
        "p95": percentile(ms, 95),
        "max": max(ms) if ms else math.nan,
        "mean": sum(ms) / len(ms) if ms else math.nan,
    }


def fmt_ms(value: float, digits: int = 1) -> str:
    return "-" if value is None or math.isnan(value) else f"{value:,.{digits}f}"


# --- output ----------------------------------------------------------------------------------


def format_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None
) -> str:
    """A plain-text table: text columns left-aligned, numeric ones right-aligned."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]

    def numeric(col: int) -> bool:
        body = [row[col] for row in cells[1:] if row[col] not in ("", "-")]
        return bool(body) and all(_looks_numeric(v) for v in body)

    right = [numeric(i) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [
            row[i].rjust(widths[i]) if right[i] else row[i].ljust(widths[i])
            for i in range(len(headers))
        ]
        return "  ".join(parts).rstrip()

    out = []
    if title:
        out.append(title)
    out.append(line(cells[0]))
    out.append("  ".join("-" * w for w in widths))
    out.extend(line(row) for row in cells[1:])
    return "\n".join(out)


def _looks_numeric(text: str) -> bool:
    cleaned = text.replace(",", "").replace("%", "").replace("x", "").strip()
    try:
        float(cleaned)
    except ValueError:
        return False
    return True


def print_table(
    headers: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None
) -> None:
    print()
    print(format_table(headers, rows, title), flush=True)


def machine_line() -> str:
    """One line about the machine: cores, CPU model, Python, SQLite."""
    import sqlite3

    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"machine: {os.cpu_count()} cores, {model}; Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {platform.system()} {platform.release()}"
    )


def demo_actor(sessions, username: str = "dana"):  # noqa: ANN001, ANN201
    """A demo user acting at the demo station: the services check who calls them (`dana` is a
    clerk, `miriam` a supervisor)."""
    from sqlalchemy import select

    from desktop.core.db import local_station
    from desktop.core.oplog import Actor
    from desktop.models import User

    with sessions() as session:
        station = local_station(session)
        user_id = session.scalar(select(User.id).where(User.username == username))
        return Actor(user_id, station.id, station.code)
