"""HTML reader throughput over a folder of pages, beside the bare parse time of the same parser.

    python bench/html_bench.py [DIR] [--rounds 15] [--clock cpu]

DIR defaults to ../shared/corpus/html. Reports pages/s and MB/s for lxml's bare parse, for selectolax (lexbor)
for comparison, and for creditcheck's HTML reader (parse, figure units, captions, credits, JSON-LD), and the
reader's cost as a multiple of the bare parse (target: at most 2x): from each page's best time, and the median
over rounds of each round's ratio, which shows how much a busy machine moves it.

Best-of-rounds timing would hide work deferred to the garbage collector, so the bench first checks that reading
the pages leaves no reference cycles (every page's tree is freed inside the reader's own timing).

On a machine shared with other jobs, wall-clock times include the moments the process waits for a core: `--clock
cpu` times each page by the thread's own CPU time instead (time.thread_time), which such waits do not inflate. The
load average is printed with the results.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.credits.registry import default_registry
from checker.readers.html.candidates import parse_page
from checker.readers.html.reader import read_html


def measure(
    pages: list[tuple[str, bytes]], rounds: int, runs: dict, clock=time.perf_counter
) -> tuple[dict[str, float], list[dict]]:
    """Each run's time over the pages as the sum of each page's best time over `rounds` (a moment of noise costs
    one page one round, not the whole round), the runs interleaved so that a busy moment hits them all alike;
    and every round's total times."""
    for work in runs.values():
        work(*pages[0])  # warm-up
    best = {label: [float("inf")] * len(pages) for label in runs}
    history = []
    for _ in range(rounds):
        times = {}
        for label, work in runs.items():
            fastest = best[label]
            total = 0.0
            for index, (name, data) in enumerate(pages):
                start = clock()
                work(name, data)
                took = clock() - start
                total += took
                fastest[index] = min(fastest[index], took)
            times[label] = total
        history.append(times)
    return {label: sum(fastest) for label, fastest in best.items()}, history


def cyclic_garbage(pages: list[tuple[str, bytes]], registry) -> int:
    """Objects left in reference cycles after reading every page once (after a first read of one page, which
    builds what the reader builds once per process: pydantic's deferred schemas hold cycles of their own)."""
    read_html(*pages[0], registry)
    gc.collect()
    gc.disable()
    try:
        for name, data in pages:
            read_html(name, data, registry)
        return gc.collect()
    finally:
        gc.enable()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/html"))
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall", help="wall-clock or this thread's CPU time")
    args = parser.parse_args()
    pages = [(p.name, p.read_bytes()) for p in sorted(Path(args.folder).glob("*.htm*"))]
    if not pages:
        print(f"no pages in {args.folder}")
        return 1
    print(
        f"{len(pages)} pages, {sum(len(d) for _, d in pages) / 1e6:.1f} MB, each page's best of {args.rounds} "
        f"interleaved rounds, {args.clock} clock; load average {_load()}"
    )
    registry = default_registry()
    garbage = cyclic_garbage(pages, registry)
    if garbage:
        print(
            f"warning: reading left {garbage} objects in reference cycles; best-of-rounds times understate the reader"
        )
    runs = {"lxml bare parse": lambda name, data: parse_page(data)}
    try:
        from selectolax.lexbor import LexborHTMLParser

        runs["selectolax/lexbor bare parse"] = lambda name, data: LexborHTMLParser(data)
    except ImportError:
        print("(selectolax not installed: pip install selectolax to compare)")
    runs["creditcheck HTML reader"] = lambda name, data: read_html(name, data, registry)
    size = sum(len(d) for _, d in pages) / 1e6
    clock = time.thread_time if args.clock == "cpu" else time.perf_counter
    best, history = measure(pages, args.rounds, runs, clock)
    for label, seconds in best.items():
        print(f"{label:<30} {len(pages) / seconds:8.1f} pages/s {size / seconds:7.1f} MB/s ({seconds * 1000:.1f} ms)")
    reader, bare = "creditcheck HTML reader", "lxml bare parse"
    median = statistics.median(times[reader] / times[bare] for times in history)
    print(f"reader / bare parse: {best[reader] / best[bare]:.2f}x (best per page), {median:.2f}x (median round)")
    print(f"load average after: {_load()}")
    return 0


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


if __name__ == "__main__":
    raise SystemExit(main())
