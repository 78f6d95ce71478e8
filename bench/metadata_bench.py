"""Credit fields from N JPEGs carrying IPTC + XMP + EXIF: creditcheck against `exiftool -fast` in batch.

    python bench/metadata_bench.py [--count 1000] [--width 1600] [--height 1067]

Both readers run in one process each, on the same files, reading the same ten fields; the exiftool side is
one batch invocation (its start-up included, as a pipeline would pay it). The files are written once to a
temporary folder, so the page cache is warm for both.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synth import Credits, jpeg

from checker.metadata import read_embedded

AGENCIES = ["AFP/Getty Images", "REUTERS", "AP", "PA Wire", "EPA-EFE/Shutterstock", "Alamy Stock Photo"]
NAMES = ["Christof Stache", "Mario Anzuoni", "Jane Doe", "Martin Rickett", "Etienne Laurent", "Jim Ekstrand"]
TAGS = [
    "-IPTC:Credit",
    "-XMP-photoshop:Credit",
    "-IPTC:By-line",
    "-XMP-dc:Creator",
    "-IFD0:Artist",
    "-IPTC:CopyrightNotice",
    "-XMP-dc:Rights",
    "-IFD0:Copyright",
    "-IPTC:Source",
    "-XMP-photoshop:Source",
]


def make(folder: Path, count: int, size: tuple[int, int]) -> list[Path]:
    rng = random.Random(7)
    paths = []
    template = {}
    for i in range(count):
        k = rng.randrange(len(AGENCIES))
        if k not in template:  # encode pixels once per agency; metadata differs per file below
            template[k] = jpeg(
                Credits(
                    credit=AGENCIES[k],
                    byline=[NAMES[k]],
                    copyright=f"© 2024 {AGENCIES[k]}",
                    source=AGENCIES[k].split("/")[0],
                    caption=f"Photo {k}",
                    exif_artist=NAMES[k],
                    exif_copyright=AGENCIES[k],
                ),
                size=size,
            )
        path = folder / f"photo_{i:05d}.jpg"
        path.write_bytes(template[k])
        paths.append(path)
    return paths


def ours(paths: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    credited = sum(1 for p in paths if read_embedded(p).credit)
    return time.perf_counter() - start, credited


def exiftool(folder: Path) -> tuple[float, int]:
    start = time.perf_counter()
    out = subprocess.run(
        ["exiftool", "-fast", "-j", "-q", *TAGS, "-ext", "jpg", str(folder)], capture_output=True, check=True
    ).stdout
    elapsed = time.perf_counter() - start
    credited = sum(
        1 for r in json.loads(out) if r.get("IPTC:Credit") or r.get("XMP-photoshop:Credit") or r.get("Credit")
    )
    return elapsed, credited


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--width", type=int, default=1600)
    parser.add_argument("--height", type=int, default=1067)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = make(folder, args.count, (args.width, args.height))
        mean_kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        ours(paths[:20])  # import and cache warm-up
        t_ours, n_ours = ours(paths)
        print(f"files: {len(paths)} JPEGs {args.width}x{args.height}, {mean_kb:.0f} KiB mean, IPTC+XMP+EXIF each")
        print(f"creditcheck: {len(paths) / t_ours:9.0f} images/s ({t_ours:.3f} s, {n_ours} with a credit)")
        if shutil.which("exiftool") is None:
            print("exiftool: not installed")
            return 0
        t_tool, n_tool = exiftool(folder)
        print(f"exiftool -fast: {len(paths) / t_tool:6.0f} images/s ({t_tool:.3f} s, {n_tool} with a credit)")
        print(f"speed-up: {t_tool / t_ours:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
