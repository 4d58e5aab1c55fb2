"""What encrypting the station database costs: the same 100k demo, plain and encrypted.

The encrypted copy is made from the plain demo database with the real `dalpak encrypt` (timed,
in a subprocess); its key sits in a file of the cache (DALPAK_TEST_KEYRING), as there is no
desktop credential store on a benchmark machine. Then, side by side, in rounds that alternate
plain and encrypted in this one process (so the machine's load falls on both alike):

  open       open_database (the app's start: engine, key, schema check, first query)
  search     every keystroke of bench_search.py's replay (names, IDs, phones), p50 / p95
  receipt    receipt_pdf of a 2- and a 3-item case, A4 (read + render), p50 / p95
  backup     `dalpak backup`'s encrypted copy (sqlcipher_export), once per database

    .venv/bin/python bench/bench_encryption.py --residents 100000 --rounds 2
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402


def encrypted_copy(plain: Path, cache: Path | None) -> tuple[Path, float | None]:
    """The encrypted twin of `plain` (made once with `dalpak encrypt`) and how long that took."""
    target = plain.with_name(plain.stem + "-encrypted.sqlite3")
    if target.exists():
        return target, None
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(plain, partial)
    started = time.perf_counter()
    done = subprocess.run(
        [*common.dalpak_command(), "--db", common.db_url(partial), "encrypt"],
        env=common.isolated_env(cache),
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"dalpak encrypt failed: {done.stderr}")
    partial.rename(target)
    return target, took


def measure(path: Path, args: argparse.Namespace, out: dict[str, list[float]]) -> None:
    import bench_receipt
    import bench_search

    from desktop.core.db import open_database, session_factory
    from desktop.counter.receipt_data import receipt_pdf
    from desktop.counter.residents import search_residents

    started = time.perf_counter()
    engine = open_database(common.db_url(path))
    sessions = session_factory(engine)
    with sessions() as s:
        search_residents(s, "כהן")
    out["open"].append(time.perf_counter() - started)
    try:
        people = bench_search.sample_people(sessions, args.sample + 3, args.sample_seed)
        for n, person in enumerate(people):
            for stroke in bench_search.keystrokes(person):
                t0 = time.perf_counter()
                with sessions() as s:
                    search_residents(s, stroke.query)
                if n >= 3:  # the first three people warm the cache
                    out["search"].append(time.perf_counter() - t0)
        numbers = bench_receipt.pick_cases(sessions)
        for n in range(args.receipts + 3):
            for number in numbers.values():
                t0 = time.perf_counter()
                with sessions() as s:
                    receipt_pdf(s, number, "a4")
                if n >= 3:
                    out["receipt"].append(time.perf_counter() - t0)
    finally:
        engine.dispose()


def backup_seconds(path: Path, folder: Path) -> tuple[float, int]:
    from desktop.station import safekeeping

    started = time.perf_counter()
    done = safekeeping.backup(common.db_url(path), folder, 1)
    took = time.perf_counter() - started
    size = done.path.stat().st_size
    shutil.rmtree(folder)
    return took, size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--residents", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2, help="plain/encrypted rounds")
    parser.add_argument("--sample", type=int, default=30, help="residents typed per round")
    parser.add_argument("--sample-seed", type=int, default=2026)
    parser.add_argument("--receipts", type=int, default=20, help="receipt pairs per round")
    parser.add_argument("--cache", help="folder of the cached demo databases")
    args = parser.parse_args()
    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)

    plain = common.ensure_demo_db(args.residents, cache=cache)
    encrypted, encrypt_s = encrypted_copy(plain, cache)
    if encrypt_s is not None:
        print(f"[db] dalpak encrypt of {plain.name}: {encrypt_s:,.1f} s", flush=True)

    kinds = {"plain": plain, "encrypted": encrypted}
    figures = {k: {"open": [], "search": [], "receipt": []} for k in kinds}
    for n in range(args.rounds):
        order = list(kinds) if n % 2 == 0 else list(reversed(kinds))
        for kind in order:
            measure(kinds[kind], args, figures[kind])
    backups = {k: backup_seconds(p, cache / f"bench-backup-{k}") for k, p in kinds.items()}

    rows = []
    for kind, path in kinds.items():
        search = common.summary_ms(figures[kind]["search"])
        receipt = common.summary_ms(figures[kind]["receipt"])
        opened = common.summary_ms(figures[kind]["open"])
        took, size = backups[kind]
        rows.append(
            [
                kind,
                f"{path.stat().st_size / 1e6:,.0f}",
                common.fmt_ms(opened["p50"]),
                search["n"],
                common.fmt_ms(search["p50"], 2),
                common.fmt_ms(search["p95"], 2),
                receipt["n"],
                common.fmt_ms(receipt["p50"]),
                common.fmt_ms(receipt["p95"]),
                f"{took:,.1f}",
                f"{size / 1e6:,.0f}",
            ]
        )
    print(
        common.format_table(
            [
                "database",
                "MB",
                "open ms",
                "keys",
                "search p50",
                "p95 ms",
                "receipts",
                "receipt p50",
                "p95 ms",
                "backup s",
                "backup MB",
            ],
            rows,
            title=f"Encryption at rest, {args.residents:,} residents, {args.rounds} rounds",
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
