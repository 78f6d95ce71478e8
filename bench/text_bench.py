"""Scraped-text reading speed: linear in the text's length, and how far above a plain line scan.

    python bench/text_bench.py [--mb 5] [--rounds 3]

Reads (1) every text of the labelled dev corpus (../shared/corpus/dev/text, when present) and (2) synthetic
scrapes of 0.5 MB and --mb MB built from the block kinds the reader knows (body paragraphs, credit lines,
BBC-style labels, credit-first captions, galleries with counters, Markdown references, footers), and prints MB/s
for each, the ratio of the large text's speed to the small one's (1.0 = linear; the check fails below 0.7) and the
ratio to a floor run in the same process: splitting the same text into lines and cleaning each one.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.credits.registry import default_registry  # noqa: E402
from checker.readers.text import read_text  # noqa: E402
from checker.textnorm import clean  # noqa: E402

PARAGRAPH = (
    "Councillors met on Tuesday to discuss the harbour plan and its cost to residents, who said the works had "
    "already closed two streets. The mayor said a decision was expected next month."
)
BLOCKS = [
    "Kristi Noem at the White House in 2018.\nPhotograph: Alex Wong/Getty Images",
    "Image copyright Getty Images Image caption The pair have been friends for over 20 years",
    "AP:Associated Press At least 84 people, including 10 children, have died after a terror attack in Nice",
    "Jim Watson/AFP/Getty Images",
    "1 of 3\nFirefighters battle the blaze in the hills above Malibu. (AP Photo/Ringo Chiu)",
    "![Flooded street](images/flood.jpg)\nResidents clear water from a flooded street. Credit: PA",
    "Enlarge this image\ntoggle caption\nEvan Vucci/AP",
    "Photos: Storm hits coast The storm made landfall on Sunday. Hide Caption 1 of 8",
    "© 2018 Company Name | Site Map",
    "LONDON (Reuters) - Britain's economy grew faster than expected in the third quarter, data showed.",
]


def scrape(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        piece = PARAGRAPH if rng.random() < 0.6 else rng.choice(BLOCKS)
        out.append(piece)
        length += len(piece) + 2
    return "\n\n".join(out) + "\n"


def floor(text: str) -> int:
    return sum(len(clean(line)) for line in text.splitlines())


def best(function: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    registry = default_registry()
    dev = ROOT.parents[1] / "shared" / "corpus" / "dev" / "text"
    if not dev.is_dir():
        dev = ROOT.parent / "shared" / "corpus" / "dev" / "text"
    if dev.is_dir():
        texts = [p.read_text(encoding="utf-8") for p in sorted(dev.glob("*.txt"))]
        size = sum(map(len, texts)) / 1e6
        seconds = best(lambda: [read_text("dev", t, registry) for t in texts], args.rounds)
        print(f"dev corpus: {len(texts)} texts, {size:.2f} MB, {size / seconds:.2f} MB/s")
    speeds = {}
    for mb in (0.5, args.mb):
        text = scrape(int(mb * 1e6))
        seconds = best(lambda text=text: read_text("bench", text, registry), args.rounds)
        floor_seconds = best(lambda text=text: floor(text), args.rounds)
        images = len(read_text("bench", text, registry).images)
        speeds[mb] = mb / seconds
        print(
            f"synthetic {mb:.1f} MB: {images} images, {speeds[mb]:.2f} MB/s, "
            f"{seconds / floor_seconds:.1f}x the line-cleaning floor"
        )
    ratio = speeds[args.mb] / speeds[0.5]
    print(f"speed at {args.mb:.1f} MB / speed at 0.5 MB = {ratio:.2f} (1.0 = linear)")
    return 0 if ratio >= 0.7 else 1


if __name__ == "__main__":
    sys.exit(main())
