"""Resident search as the clerk types: latency per keystroke at several database sizes.

For a fixed-seed sample of real residents of each demo database, the clerk's typing is
replayed one keystroke at a time:

  name   first name prefix by prefix (1 char ... full), then "<first> " + last name prefixes
  id     the national ID digit by digit, from 3 digits to all 9
  phone  the mobile phone prefix by prefix (from 3 chars) in three formats:
         050-1234567, 0501234567 and +972501234567

Every keystroke is one `search_residents` call in a fresh session, as the search panel does
(`with sessions() as s:`), timed from opening the session to having the hits. A warm-up with
other residents runs first and is not measured. While at it, the results are checked: a full ID
or a full phone (any format) must find the intended resident.

    .venv/bin/python bench/bench_search.py --sizes 10000,100000,1000000
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

TARGET_P95_MS = 30.0
KINDS = ("name", "id", "phone")


@dataclass(frozen=True)
class Person:
    id: object
    national_id: str
    first_name: str
    last_name: str
    phone: str


@dataclass(frozen=True)
class Keystroke:
    kind: str  # name / id / phone
    query: str
    expect: object | None  # resident id that must be among the hits (full ID / full phone)
    label: str = ""  # e.g. the phone format


@dataclass
class Timing:
    size: int
    stroke: Keystroke
    seconds: float
    hits: int
    gc: int = -1  # oldest generation the garbage collector swept during the call, -1: none


class GcWatch:
    """Notes the oldest generation collected since the last `take()` (pauses show as outliers)."""

    def __init__(self) -> None:
        self.oldest = -1

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.oldest = max(self.oldest, info.get("generation", 0))

    def take(self) -> int:
        value, self.oldest = self.oldest, -1
        return value


def phone_formats(digits: str) -> dict[str, str]:
    """The three ways a clerk types a mobile number: 050-1234567, 0501234567, +972501234567."""
    if len(digits) == 10:
        dashed = f"{digits[:3]}-{digits[3:]}"
    elif len(digits) == 9:
        dashed = f"{digits[:2]}-{digits[2:]}"
    else:
        dashed = digits
    return {"dashed": dashed, "plain": digits, "intl": "+972" + digits[1:]}


def keystrokes(person: Person) -> list[Keystroke]:
    """The queries the search box sees while the clerk types this resident three ways."""
    out: list[Keystroke] = []
    first, last = person.first_name, person.last_name
    for k in range(1, len(first) + 1):
        out.append(Keystroke("name", first[:k], None))
    for k in range(1, len(last) + 1):
        out.append(Keystroke("name", f"{first} {last[:k]}", None))
    nid = person.national_id
    for k in range(3, len(nid) + 1):
        out.append(Keystroke("id", nid[:k], person.id if k == len(nid) else None))
    if person.phone:
        for label, text in phone_formats(person.phone).items():
            for k in range(3, len(text) + 1):
                out.append(
                    Keystroke("phone", text[:k], person.id if k == len(text) else None, label)
                )
    return out


def sample_people(sessions, count: int, seed: int) -> list[Person]:  # noqa: ANN001
    """`count` residents picked uniformly by rowid with a fixed seed (same DB, same people)."""
    from sqlalchemy import text

    with sessions() as s:
        top = s.execute(text("SELECT max(rowid) FROM residents")).scalar() or 0
        rng = random.Random(seed)
        rowids = rng.sample(range(1, top + 1), min(count, top))
        people = []
        for rowid in rowids:
            row = s.execute(
                text(
                    "SELECT id, national_id, first_name, last_name, phone FROM residents "
                    "WHERE rowid = :r"
                ),
                {"r": rowid},
            ).one_or_none()
            if row is not None:
                people.append(Person(_as_uuid(row[0]), row[1], row[2], row[3], row[4]))
    return people


def _as_uuid(value):  # noqa: ANN001, ANN202
    import uuid

    return value if isinstance(value, uuid.UUID) else uuid.UUID(hex=str(value))


def run_size(size: int, args: argparse.Namespace) -> tuple[list[Timing], list[str], dict]:
    from desktop.core.db import open_database, session_factory
    from desktop.counter.residents import search_residents

    path = common.ensure_demo_db(size, args.seed, args.cache)
    started = time.perf_counter()
    engine = open_database(common.db_url(path))
    open_s = time.perf_counter() - started
    sessions = session_factory(engine)
    people = sample_people(sessions, args.sample + args.warmup, args.sample_seed)
    warm, measured = people[: args.warmup], people[args.warmup :]

    watch = GcWatch()
    gc.callbacks.append(watch)

    clerk = common.demo_actor(sessions)

    def one(query: str) -> tuple[float, list]:
        watch.take()
        t0 = time.perf_counter()
        with sessions() as s:
            hits = search_residents(s, clerk, query)
        return time.perf_counter() - t0, hits

    for person in warm:
        for stroke in keystrokes(person):
            one(stroke.query)

    timings: list[Timing] = []
    misses: list[str] = []
    names_found = 0
    for person in measured:
        for stroke in keystrokes(person):
            took, hits = one(stroke.query)
            timings.append(Timing(size, stroke, took, len(hits), watch.take()))
            if stroke.expect is not None and all(h.id != stroke.expect for h in hits):
                misses.append(
                    f"{size:>9,}  {stroke.kind:5} {stroke.label or '-':6} {stroke.query!r}: "
                    f"{person.first_name} {person.last_name} ({person.national_id}) not among "
                    f"{len(hits)} hits"
                )
        # Informational only: a common name can have more than the 30 hits shown.
        full = f"{person.first_name} {person.last_name}"
        with sessions() as s:
            if any(h.id == person.id for h in search_residents(s, clerk, full)):
                names_found += 1
    gc.callbacks.remove(watch)
    info = {
        "db": path.name,
        "open_s": open_s,
        "people": len(measured),
        "full_name_found": names_found,
        "engine": engine,
    }
    return timings, misses, info


def stats_rows(size: int, timings: list[Timing], threshold_ms: float) -> list[list[object]]:
    groups: dict[str, list[float]] = defaultdict(list)
    for t in timings:
        groups[t.stroke.kind].append(t.seconds)
        groups["all"].append(t.seconds)
    rows = []
    for kind in (*KINDS, "all"):
        secs = groups.get(kind, [])
        if not secs:
            continue
        s = common.summary_ms(secs)
        over = sum(1 for x in secs if x * 1000 > threshold_ms)
        rows.append(
            [
                f"{size:,}",
                kind,
                s["n"],
                common.fmt_ms(s["p50"]),
                common.fmt_ms(s["p95"]),
                common.fmt_ms(s["max"]),
                f"{over}",
                f"{100.0 * over / len(secs):.1f}%",
            ]
        )
    return rows


def phone_format_rows(size: int, timings: list[Timing]) -> list[list[object]]:
    groups: dict[str, list[float]] = defaultdict(list)
    for t in timings:
        if t.stroke.kind == "phone":
            groups[t.stroke.label].append(t.seconds)
    rows = []
    for label, secs in groups.items():
        s = common.summary_ms(secs)
        rows.append(
            [
                f"{size:,}",
                f"phone/{label}",
                s["n"],
                common.fmt_ms(s["p50"]),
                common.fmt_ms(s["p95"]),
                common.fmt_ms(s["max"]),
            ]
        )
    return rows


# Two-letter words that start no Hebrew name in the demo lists (checked against the DB anyway).
ABSENT_CANDIDATES = ("זז", "תת", "צצ", "טט", "פפ", "עע")


def worst_case_probes(sessions, count: int, repeat: int = 5) -> list[tuple[str, int, float, int]]:  # noqa: ANN001
    """Adversarial name queries: the broadest 2-letter prefixes + a 2-letter word no name has.

    `_ids_by_name` drives the index range with the longest word and filters the others with
    LIKE; with two words of equal length the first one drives, and when nothing matches the
    whole range is scanned. Typing a resident who is not registered yet can do exactly this.
    Returns (query, entries in the driver range, median ms, hits).
    """
    from sqlalchemy import func, select

    from desktop.core.textsearch import normalize_name, prefix_upper_bound
    from desktop.counter.residents import search_residents
    from desktop.models import Resident, ResidentNameToken

    clerk = common.demo_actor(sessions)

    def range_size(s, prefix: str) -> int:  # noqa: ANN001
        return s.scalar(
            select(func.count())
            .select_from(ResidentNameToken)
            .where(
                ResidentNameToken.token >= prefix,
                ResidentNameToken.token < prefix_upper_bound(prefix),
            )
        )

    with sessions() as s:
        names = set(s.scalars(select(Resident.first_name).distinct()))
        prefixes = {normalize_name(n)[:2] for n in names if len(normalize_name(n)) >= 2}
        sizes = {p: range_size(s, p) for p in prefixes}
        absent = next((w for w in ABSENT_CANDIDATES if range_size(s, w) == 0), None)
    if absent is None:
        return []
    out = []
    for prefix in sorted(sizes, key=sizes.get, reverse=True)[:count]:
        query = f"{prefix} {absent}"
        times, hits = [], 0
        for _ in range(repeat):
            t0 = time.perf_counter()
            with sessions() as s:
                hits = len(search_residents(s, clerk, query))
            times.append(time.perf_counter() - t0)
        out.append((query, sizes[prefix], common.percentile(times, 50) * 1000, hits))
    return out


def explain(engine, query: str) -> str:  # noqa: ANN001
    """The SQL `search_residents(query)` runs, each statement's time and its query plan."""
    from sqlalchemy import event

    from desktop.core.db import session_factory
    from desktop.counter.residents import search_residents

    captured: list[tuple[str, object]] = []

    def grab(_conn, _cursor, statement, parameters, _context, _many) -> None:  # noqa: ANN001
        captured.append((statement, parameters))

    clerk = common.demo_actor(session_factory(engine))
    event.listen(engine, "before_cursor_execute", grab)
    try:
        with session_factory(engine)() as s:
            search_residents(s, clerk, query)
    finally:
        event.remove(engine, "before_cursor_execute", grab)
    lines = [f"query {query!r}: {len(captured)} statement(s)"]
    with session_factory(engine)() as s:
        conn = s.connection()
        for n, (statement, params) in enumerate(captured, 1):
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                rows = conn.exec_driver_sql(statement, params).fetchall()
                best = min(best, time.perf_counter() - t0)
            plan = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).fetchall()
            shown = [_short(p) for p in params] if isinstance(params, tuple | list) else params
            if isinstance(shown, list) and len(shown) > 6:
                shown = [*shown[:3], f"... {len(shown)} values"]
            lines.append(f"  [{n}] {best * 1000:.2f} ms, {len(rows)} rows; params {shown}")
            lines.extend(
                "      " + " ".join(statement.split())[i : i + 110]
                for i in range(0, len(" ".join(statement.split())), 110)
            )
            lines.extend(f"      plan: {row[3]}" for row in plan)
    return "\n".join(lines)


def _short(value):  # noqa: ANN001, ANN202
    if isinstance(value, str):
        return value.replace("\U0010ffff", "\\U0010ffff")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--sizes",
        type=common.parse_sizes,
        default=[10_000, 100_000, 1_000_000],
        help="resident counts, comma separated (10k, 1m allowed)",
    )
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED, help="demo DB seed")
    p.add_argument("--sample", type=int, default=40, help="residents whose typing is replayed")
    p.add_argument("--warmup", type=int, default=5, help="residents replayed unmeasured first")
    p.add_argument("--sample-seed", type=int, default=2026, help="seed of the resident sample")
    p.add_argument("--threshold-ms", type=float, default=TARGET_P95_MS)
    p.add_argument("--slowest", type=int, default=5, help="slowest keystrokes listed per size")
    p.add_argument(
        "--explain",
        type=int,
        default=0,
        help="EXPLAIN QUERY PLAN for the N slowest distinct queries of the largest size",
    )
    p.add_argument(
        "--probes",
        type=int,
        default=3,
        help="time N worst-case name probes per size (0: skip); see worst_case_probes",
    )
    p.add_argument("--cache", type=Path, default=None, help="folder of the cached demo DBs")
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    common.isolate_this_process(common.cache_dir(args.cache))
    print(common.machine_line())
    all_rows: list[list[object]] = []
    fmt_rows: list[list[object]] = []
    slow_rows: list[list[object]] = []
    info_rows: list[list[object]] = []
    probe_rows: list[list[object]] = []
    last_probe = None
    misses: list[str] = []
    summary: dict[str, dict] = {}
    last_engine, last_timings = None, []
    for size in args.sizes:
        timings, size_misses, info = run_size(size, args)
        misses += size_misses
        all_rows += stats_rows(size, timings, args.threshold_ms)
        fmt_rows += phone_format_rows(size, timings)
        for t in sorted(timings, key=lambda t: t.seconds, reverse=True)[: args.slowest]:
            slow_rows.append(
                [
                    f"{size:,}",
                    t.stroke.kind,
                    t.stroke.query,
                    common.fmt_ms(t.seconds * 1000),
                    t.hits,
                    f"gen{t.gc}" if t.gc >= 0 else "-",
                ]
            )
        info_rows.append(
            [
                f"{size:,}",
                info["db"],
                f"{info['open_s'] * 1000:.0f}",
                info["people"],
                len(timings),
                f"{info['full_name_found']}/{info['people']}",
                len(size_misses),
            ]
        )
        secs = [t.seconds for t in timings]
        summary[str(size)] = {
            kind: common.summary_ms([t.seconds for t in timings if t.stroke.kind == kind])
            for kind in KINDS
        } | {
            "all": common.summary_ms(secs),
            "over_threshold": sum(1 for s in secs if s * 1000 > args.threshold_ms),
            "misses": len(size_misses),
        }
        if args.probes:
            from desktop.core.db import session_factory

            probes = worst_case_probes(session_factory(info["engine"]), args.probes)
            for query, entries, ms, hits in probes:
                probe_rows.append([f"{size:,}", query, f"{entries:,}", common.fmt_ms(ms), hits])
            last_probe = probes[0][0] if probes else None  # the broadest range
        if last_engine is not None:
            last_engine.dispose()
        last_engine, last_timings = info["engine"], timings

    print()
    print(
        common.format_table(
            [
                "residents",
                "database",
                "open ms",
                "people",
                "keystrokes",
                "full name found",
                "misses",
            ],
            info_rows,
            "Search runs (full name found: informational, 30 hits are shown at most)",
        )
    )
    common.print_table(
        [
            "residents",
            "kind",
            "n",
            "p50 ms",
            "p95 ms",
            "max ms",
            f">{args.threshold_ms:g}ms",
            "share",
        ],
        all_rows,
        f"Resident search per keystroke (target: p95 <= {args.threshold_ms:g} ms at 1M)",
    )
    common.print_table(
        ["residents", "format", "n", "p50 ms", "p95 ms", "max ms"],
        fmt_rows,
        "Phone keystrokes by format",
    )
    common.print_table(
        ["residents", "kind", "query", "ms", "hits", "gc during call"],
        slow_rows,
        "Slowest keystrokes",
    )
    if probe_rows:
        common.print_table(
            ["residents", "query", "driver range", "median ms", "hits"],
            probe_rows,
            "Worst-case name probes (not part of the figures above): broad 2-letter prefix "
            "+ a 2-letter word no name starts with, so the whole range is scanned",
        )
    if args.explain and last_engine is not None:
        print()
        print(f"Query plans, slowest distinct queries at {args.sizes[-1]:,} residents:")
        seen: list[str] = []
        for t in sorted(last_timings, key=lambda t: t.seconds, reverse=True):
            if t.stroke.query not in seen:
                seen.append(t.stroke.query)
            if len(seen) >= args.explain:
                break
        if last_probe:
            seen.append(last_probe)
        for query in seen:
            print(explain(last_engine, query))
    if last_engine is not None:
        last_engine.dispose()
    print()
    if misses:
        print(f"CORRECTNESS: {len(misses)} full ID/phone queries missed the intended resident:")
        for line in misses:
            print("  " + line)
    else:
        print("Correctness: every full ID and full phone (3 formats) found its resident.")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
