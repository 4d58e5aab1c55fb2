"""The receipt in each resident's language: Hebrew, Arabic (joined and reordered), Russian and
English (left to right), and a resident's language followed by a Hebrew copy ("print in Hebrew
too"), for a real 3-item case of a demo database, on A4 and the 80 mm roll.

Each call is what the counter does: `receipt_pdf(session, actor, number, size, language=...)`, i.e.
the case read, the catalogue's translations read, the ReceiptData built and the PDF rendered,
in a fresh session. p50/p95/max over --runs calls after --warmup unmeasured calls; the target
is the receipt budget, p95 <= 200 ms per language. Beside the wall-clock figures, the p95 of
the process's CPU time per call: on a shared machine the wall clock also counts the time other
processes held the cores (the load average is printed).

    .venv/bin/python bench/bench_receipt_languages.py --runs 50 --residents 20000
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402
from bench_receipt import pick_cases, timed_calls  # noqa: E402

TARGET_MS = 200.0
SIZES = ("a4", "80mm")
LANGUAGES = ("he", "ar", "ru", "en")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--residents", type=int, default=20_000, help="demo DB size to use")
    p.add_argument("--seed", type=int, default=common.DEFAULT_SEED)
    p.add_argument("--cache", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None, help="also write a summary here")
    p.add_argument("--save", type=Path, default=None, help="folder to write the PDFs to")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    cache = common.cache_dir(args.cache)
    common.isolate_this_process(cache)
    print(common.machine_line())
    path = common.ensure_demo_db(args.residents, args.seed, cache)
    url = common.db_url(path)

    from desktop.core.db import make_engine, session_factory
    from desktop.counter.receipt_data import receipt_pdf

    engine = make_engine(url)
    sessions = session_factory(engine)
    clerk = common.demo_actor(sessions)
    number = pick_cases(sessions)[3]
    print(f"case: {number} (3 items)", flush=True)

    rows, summary = [], {}
    variants = [(lang, False) for lang in LANGUAGES] + [
        (lang, True) for lang in LANGUAGES if lang != "he"
    ]
    for size in SIZES:
        for language, also_hebrew in variants:

            def call(language: str = language, also: bool = also_hebrew, size: str = size) -> bytes:
                with sessions() as s:
                    return receipt_pdf(s, clerk, number, size, language=language, also_hebrew=also)

            started = time.perf_counter()
            pdf = call()
            first_ms = (time.perf_counter() - started) * 1000
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                name = f"receipt-{language}{'+he' if also_hebrew else ''}-{size}.pdf"
                (args.save / name).write_bytes(pdf)
            cpu: list[float] = []

            def measured(call=call, cpu: list[float] = cpu) -> bytes:  # noqa: ANN001
                started = time.process_time()
                pdf = call()
                cpu.append(time.process_time() - started)
                return pdf

            st = common.summary_ms(timed_calls(measured, args.runs, args.warmup))
            cpu_st = common.summary_ms(cpu[args.warmup :])
            label = f"{language}{' + he' if also_hebrew else ''}"
            rows.append(
                [
                    size,
                    label,
                    f"{first_ms:.0f}",
                    common.fmt_ms(st["p50"]),
                    common.fmt_ms(st["p95"]),
                    common.fmt_ms(st["max"]),
                    common.fmt_ms(cpu_st["p95"]),
                    f"{len(pdf) / 1024:.0f}",
                    "yes" if st["p95"] <= TARGET_MS else "NO",
                ]
            )
            summary[f"{size}/{label}"] = st | {"first_ms": first_ms, "cpu_p95": cpu_st["p95"]}
    engine.dispose()
    common.print_table(
        [
            "paper",
            "language",
            "first ms",
            "p50 ms",
            "p95 ms",
            "max ms",
            "CPU p95 ms",
            "PDF KB",
            "in budget",
        ],
        rows,
        f"Receipt per language, {args.runs} runs after {args.warmup} warm-up "
        f"(target: p95 <= {TARGET_MS:g} ms); DB of {args.residents:,} residents",
    )
    worst = max(v["p95"] for v in summary.values())
    worst_cpu = max(v["cpu_p95"] for v in summary.values())
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(
        f"\nworst p95 {worst:.1f} ms, worst CPU p95 {worst_cpu:.1f} ms (target {TARGET_MS:g} ms);"
        f" load average {load} on {os.cpu_count()} cores"
    )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
