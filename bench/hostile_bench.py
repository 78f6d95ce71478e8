"""Hostile input: time of the XMP packet scan and peak memory of reading a large PNG's metadata.

    python bench/hostile_bench.py [--sizes 64,256,1024,4096] [--lazy-cap 256]

1. Packet scan, on files of unclosed "<x:xmpmeta " (what a file Pillow cannot open is scanned for): the linear
   scan (checker.metadata.xmp.packets_in) against its peer, the lazy regular expression it replaced, in the same
   process. The peer is quadratic, so it only runs up to --lazy-cap KB.
2. PNG metadata, on a 9000x9000 one-colour PNG (about 240 KB) with its XMP after the pixel data, each reader in
   its own child process: read_embedded against Pillow's own metadata path (Image.open + getexif + info), which
   decodes the pixels. Peak memory is the child's VmHWM.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # hostile.inputs: the tests' generators
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hostile.inputs import huge_png, itxt, xmp_packet

from checker.metadata.xmp import packets_in

ROOT = Path(__file__).resolve().parents[1]

LAZY = re.compile(rb"<(x:xmpmeta|x:xapmeta|rdf:RDF)\b.*?</\1\s*>", re.DOTALL)
CHILD = """
import sys
from pathlib import Path
path = Path(sys.argv[2])
if sys.argv[1] == "creditcheck":
    from checker.metadata import read_embedded
    credit = read_embedded(path).credit
else:
    from PIL import Image
    with Image.open(path) as image:
        image.getexif()
        credit = "found" if image.info.get("xmp") else None
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(credit, peak // 1024)
"""


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def scan(sizes: list[int], lazy_cap: int) -> None:
    print("packet scan of unclosed '<x:xmpmeta ' (best of 3)")
    print(f"{'size':>8} {'linear':>10} {'lazy regex':>12} {'ratio':>8}")
    unit = b"<x:xmpmeta "
    for kb in sizes:
        data = (unit * (kb * 1024 // len(unit) + 1))[: kb * 1024]
        linear = best_of(3, lambda data=data: packets_in(data))
        if kb <= lazy_cap:
            lazy = best_of(1 if kb > 64 else 3, lambda data=data: list(LAZY.finditer(data)))
            print(f"{kb:>6}KB {linear * 1000:>8.1f}ms {lazy * 1000:>10.0f}ms {lazy / linear:>7.0f}x")
        else:
            print(f"{kb:>6}KB {linear * 1000:>8.1f}ms {'(skipped)':>12}")


def png_memory() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.png"
        path.write_bytes(huge_png(9000, 9000, [itxt(b"XML:com.adobe.xmp", xmp_packet("Reuters"))]))
        print(f"\nPNG metadata, 9000x9000 RGB, {path.stat().st_size // 1024} KB, XMP after the pixels")
        for reader in ("creditcheck", "pillow"):
            start = time.perf_counter()
            out = subprocess.run(
                [sys.executable, "-c", CHILD, reader, str(path)], capture_output=True, text=True, cwd=ROOT, check=True
            ).stdout.split()
            print(f"{reader:>12}: credit {out[0]}, peak {out[1]} MB, {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="64,256,1024,4096")
    parser.add_argument("--lazy-cap", type=int, default=256)
    args = parser.parse_args()
    scan([int(size) for size in args.sizes.split(",")], args.lazy_cap)
    png_memory()
