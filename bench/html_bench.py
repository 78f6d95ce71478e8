"""HTML reader throughput over a folder of pages, beside the bare parse time of the same parser.

    python bench/html_bench.py [DIR] [--rounds 5]

DIR defaults to ../shared/corpus/html. Reports pages/s and MB/s for lxml's bare parse, for selectolax (lexbor)
for comparison, and for creditcheck's HTML reader (parse, figure units, captions, credits, JSON-LD), and the
reader's cost as a multiple of the bare parse (target: at most 2x).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.readers.html import parse_page, read_html  # noqa: E402
from checker.registry import default_registry  # noqa: E402


def measure(pages: list[tuple[str, bytes]], rounds: int, runs: dict) -> dict[str, float]:
    """Best time of each run over `rounds`, the runs interleaved so that a busy moment hits them all alike."""
    for work in runs.values():
        work(*pages[0])  # warm-up
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for label, work in runs.items():
            start = time.perf_counter()
            for name, data in pages:
                work(name, data)
            best[label] = min(best[label], time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/corpus/html"))
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    pages = [(p.name, p.read_bytes()) for p in sorted(Path(args.folder).glob("*.htm*"))]
    if not pages:
        print(f"no pages in {args.folder}")
        return 1
    print(f"{len(pages)} pages, {sum(len(d) for _, d in pages) / 1e6:.1f} MB, best of {args.rounds} interleaved rounds")
    registry = default_registry()
    runs = {"lxml bare parse": lambda name, data: parse_page(data)}
    try:
        from selectolax.lexbor import LexborHTMLParser

        runs["selectolax/lexbor bare parse"] = lambda name, data: LexborHTMLParser(data)
    except ImportError:
        print("(selectolax not installed: pip install selectolax to compare)")
    runs["creditcheck HTML reader"] = lambda name, data: read_html(name, data, registry)
    size = sum(len(d) for _, d in pages) / 1e6
    for label, seconds in measure(pages, args.rounds, runs).items():
        print(f"{label:<30} {len(pages) / seconds:8.1f} pages/s {size / seconds:7.1f} MB/s ({seconds * 1000:.1f} ms)")
        runs[label] = seconds
    print(f"reader / bare parse: {runs['creditcheck HTML reader'] / runs['lxml bare parse']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
