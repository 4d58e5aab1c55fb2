"""Receipt PDF generation for real 2- and 3-item cases of a demo database.

Measured for A4 and the 80 mm roll:

  receipt_pdf    DB read (get_case) + ReceiptData + render, in a fresh session per call
  render only    render_receipt(ReceiptData) with the data already read
  cold           the first receipt_pdf call in a fresh process (font registration, first
                 queries), each size in its own process; the module import is shown apart

Warm figures are p50/p95/max over --runs calls after --warmup unmeasured calls.

    .venv/bin/python bench/bench_receipt.py --runs 50 --residents 100000
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

TARGET_MS = 200.0
SIZES = ("a4", "80mm")
COLD_TIMEOUT_S = 120


def pick_cases(sessions) -> dict[int, str]:  # noqa: ANN001
    """The first case (by number) with exactly 2 items and the first with exactly 3."""
    from sqlalchemy import func, select

    from desktop.models import Case, CaseItem

    found: dict[int, str] = {}
    with sessions() as s:
        for n_items in (2, 3):
            number = s.scalar(
                select(Case.number)
                .join(CaseItem, CaseItem.case_id == Case.id)
                .group_by(Case.id, Case.number)
                .having(func.count(CaseItem.id) == n_items)
                .order_by(Case.number)
                .limit(1)
            )
            if number is None:
                raise SystemExit(f"no case with {n_items} items in the demo database")
            found[n_items] = number
    return found


def pdf_pages(pdf: bytes) -> int | str:
    try:
        from pypdf import PdfReader
    except ImportError:
        return "?"
    import io

    return len(PdfReader(io.BytesIO(pdf)).pages)


def cold_child(url: str, number: str, size: str) -> int:
    """In a fresh process: import, then the first and second receipt_pdf call."""
    t0 = time.perf_counter()
    import desktop.receipts.receipt as receipt_module
    from desktop.core.db import make_engine, session_factory
    from desktop.counter.receipt_data import receipt_pdf

    imported = time.perf_counter() - t0
    fonts = {"s": 0.0}
    original = receipt_module.register_fonts

    def timed_fonts() -> None:
        start = time.perf_counter()
        original()
        fonts["s"] += time.perf_counter() - start

    receipt_module.register_fonts = timed_fonts
    sessions = session_factory(make_engine(url))
    clerk = common.demo_actor(sessions)
    calls = []
    for _ in range(2):
        start = time.perf_counter()
        with sessions() as s:
            receipt_pdf(s, clerk, number, size)
        calls.append(time.perf_counter() - start)
    print(
        json.dumps(
            {"import_s": imported, "first_s": calls[0], "second_s": calls[1], "fonts_s": fonts["s"]}
        )
    )
    return 0


def run_cold(url: str, number: str, size: str, cache: Path) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--cold-child", url, number, size]
    out = subprocess.run(
        cmd,
        cwd=common.PROJECT_DIR,
        env=common.isolated_env(cache),
        capture_output=True,
        text=True,
        timeout=COLD_TIMEOUT_S,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"cold receipt child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed_calls(fn, runs: int, warmup: int) -> list[float]:  # noqa: ANN001
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--residents", type=int, default=100_000, help="demo DB size to use")
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    p.add_argument("--save", type=Path, default=None, help="folder to write the PDFs to")
    p.add_argument(
        "--cold-child", nargs=3, metavar=("URL", "NUMBER", "SIZE"), help=argparse.SUPPRESS
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.cold_child:
        return cold_child(*args.cold_child)
    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)
    print(common.machine_line())
    path = common.ensure_demo_db(args.residents, args.seed, cache)
    url = common.db_url(path)

    from desktop.core.db import make_engine, session_factory
    from desktop.counter.cases import get_case
    from desktop.counter.receipt_data import receipt_data, receipt_pdf
    from desktop.receipts.receipt import render_receipt

    cases = pick_cases(session_factory(make_engine(url)))
    print("cases: " + ", ".join(f"{n} items: {num}" for n, num in cases.items()), flush=True)

    # Cold first, each in a fresh process, before this process has rendered anything.
    cold: dict[tuple[int, str], dict] = {}
    for n_items, number in cases.items():
        for size in SIZES:
            cold[(n_items, size)] = run_cold(url, number, size, cache)

    engine = make_engine(url)
    sessions = session_factory(engine)
    clerk = common.demo_actor(sessions)
    rows, summary = [], {}
    for n_items, number in cases.items():
        with sessions() as s:
            data = receipt_data(get_case(s, clerk, number))
        for size in SIZES:

            def full(number: str = number, size: str = size) -> bytes:
                with sessions() as s:
                    return receipt_pdf(s, clerk, number, size)

            def render(data=data, size: str = size) -> bytes:  # noqa: ANN001
                return render_receipt(data, size)

            def read(number: str = number):  # noqa: ANN202
                with sessions() as s:
                    return receipt_data(get_case(s, clerk, number))

            pdf = full()
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"receipt-{n_items}items-{size}.pdf").write_bytes(pdf)
            c = cold[(n_items, size)]
            for what, fn, cold_ms in (
                ("receipt_pdf", full, c["first_s"] * 1000),
                ("render only", render, None),
                ("DB read only", read, None),
            ):
                st = common.summary_ms(timed_calls(fn, args.runs, args.warmup))
                rows.append(
                    [
                        f"{number} ({n_items})",
                        size,
                        what,
                        common.fmt_ms(cold_ms, 0),
                        common.fmt_ms(st["p50"]),
                        common.fmt_ms(st["p95"]),
                        common.fmt_ms(st["max"]),
                        f"{len(pdf) / 1024:.0f}" if what == "receipt_pdf" else "",
                        pdf_pages(pdf) if what == "receipt_pdf" else "",
                    ]
                )
                summary[f"{n_items}items/{size}/{what}"] = st | {"cold_ms": cold_ms}
    engine.dispose()

    common.print_table(
        [
            "case (items)",
            "paper",
            "what",
            "cold ms",
            "p50 ms",
            "p95 ms",
            "max ms",
            "PDF KB",
            "pages",
        ],
        rows,
        f"Receipt PDF, {args.runs} runs after {args.warmup} warm-up "
        f"(target: <= {TARGET_MS:g} ms); DB of {args.residents:,} residents",
    )
    cold_rows = [
        [
            f"{cases[n]} ({n})",
            size,
            f"{c['import_s'] * 1000:.0f}",
            f"{c['fonts_s'] * 1000:.0f}",
            f"{c['first_s'] * 1000:.0f}",
            f"{c['second_s'] * 1000:.0f}",
        ]
        for (n, size), c in cold.items()
    ]
    common.print_table(
        ["case (items)", "paper", "import ms", "register_fonts ms", "1st call ms", "2nd call ms"],
        cold_rows,
        "Cold receipt in a fresh process (1st call includes register_fonts)",
    )
    worst = max(v["p95"] for k, v in summary.items() if k.endswith("receipt_pdf"))
    worst_cold = max(c["first_s"] * 1000 for c in cold.values())
    print(
        f"\nworst warm p95 {worst:.1f} ms, worst cold first call {worst_cold:.0f} ms "
        f"(target {TARGET_MS:g} ms)"
    )
    if args.json:
        args.json.write_text(
            json.dumps(summary | {"worst_cold_ms": worst_cold}, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
