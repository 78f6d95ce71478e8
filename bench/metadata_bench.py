"""Credit fields of JPEGs carrying IPTC + XMP + EXIF: creditcheck against `exiftool -fast` in batch, same run.

    python bench/metadata_bench.py [--small 2000] [--large 200] [--rounds 3]

Two sets of files: many small JPEGs (320x214) and camera-size ones (4000x3000, noisy pixels, so each is several
MB like a real photo; copies are hard links, so 200 take the disk space of six). For each set, in one run and
interleaved round by round:
  - the in-process reader (`read_embedded` over every file),
  - the CLI as a user runs it (`creditcheck check FILES --format json`: start-up, credit parsing, rules, report),
  - exiftool as a pipeline would run it (one `exiftool -fast -j` batch over the same files, ten credit tags).
Each figure is printed as the best of the rounds and as a speed-up against exiftool measured in the same round;
for the CLI and exiftool, also per further image (a one-file run's time taken off: start-up aside, the speed
at which each reads headers). The files are written once to a temporary folder, so the page cache is warm.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image
from synth import Credits, iim, jpeg, photoshop_app13, xmp_packet

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


def credits(k: int) -> Credits:
    return Credits(
        credit=AGENCIES[k],
        byline=[NAMES[k]],
        copyright=f"© 2024 {AGENCIES[k]}",
        source=AGENCIES[k].split("/")[0],
        caption=f"Photo {k}",
        exif_artist=NAMES[k],
        exif_copyright=AGENCIES[k],
    )


def camera_jpeg(k: int, seed: int) -> bytes:
    """A 4000x3000 photo-like JPEG (noise over a gradient: several MB, as a camera's) with the same metadata."""
    base = Image.linear_gradient("L").resize((4000, 3000)).convert("RGB")
    noise = Image.effect_noise((4000, 3000), 40 + seed % 7).convert("RGB")
    picture = Image.blend(base, noise, 0.5)
    c = credits(k)
    exif = Image.Exif()
    exif[0x013B], exif[0x8298], exif[0x010E] = c.exif_artist, c.exif_copyright, c.caption
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=90, exif=exif, xmp=xmp_packet(c))
    data = buffer.getvalue()
    return data[:2] + photoshop_app13([iim([(1, 90, b"\x1b%G"), (2, 110, c.credit.encode())])]) + data[2:]


def make(folder: Path, count: int, large: bool) -> list[Path]:
    folder.mkdir()
    rng = random.Random(7)
    template: dict[int, Path] = {}
    paths = []
    for i in range(count):
        k = rng.randrange(len(AGENCIES))
        path = folder / f"photo_{i:05d}.jpg"
        if k in template:  # the same photo again: a hard link (no disk), read through its own name
            os.link(template[k], path)
        else:  # encode pixels once per agency
            path.write_bytes(camera_jpeg(k, i) if large else jpeg(credits(k), size=(320, 214)))
            template[k] = path
        paths.append(path)
    return paths


def ours(paths: list[Path]) -> tuple[float, int]:
    start = time.perf_counter()
    credited = sum(1 for p in paths if read_embedded(p).credit)
    return time.perf_counter() - start, credited


def cli(paths: list[Path]) -> tuple[float, int]:
    command = [sys.executable, "-m", "checker", "check", *map(str, paths), "--format", "json", "--exit-zero"]
    start = time.perf_counter()
    out = subprocess.run(command, capture_output=True, check=True).stdout
    elapsed = time.perf_counter() - start
    documents = json.loads(out)["documents"]
    return elapsed, sum(1 for d in documents if d["images"] and d["images"][0].get("credit"))


def exiftool(folder: Path | list[Path]) -> tuple[float, int]:
    targets = [str(folder)] if isinstance(folder, Path) else [str(p) for p in folder]
    start = time.perf_counter()
    out = subprocess.run(
        ["exiftool", "-fast", "-j", "-q", *TAGS, "-ext", "jpg", *targets], capture_output=True, check=True
    ).stdout
    elapsed = time.perf_counter() - start
    credited = sum(
        1 for r in json.loads(out) if r.get("IPTC:Credit") or r.get("XMP-photoshop:Credit") or r.get("Credit")
    )
    return elapsed, credited


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("exiftool") is None:
        print("exiftool: not installed; nothing to compare against")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        sets = [
            ("small 320x214", make(Path(tmp) / "small", args.small, False)),
            ("camera 4000x3000", make(Path(tmp) / "large", args.large, True)),
        ]
        ours(sets[0][1][:20])  # import and cache warm-up
        for label, paths in sets:
            mean_kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
            best: dict[str, float] = {}
            ratios: dict[str, float] = {}
            counts: dict[str, int] = {}
            further: list[float] = []  # per round: CLI speed over exiftool's, per image beyond the first
            for _ in range(args.rounds):
                one_tool, one_cli = exiftool(paths[:1])[0], cli(paths[:1])[0]
                t_tool, counts["exiftool -fast"] = exiftool(paths[0].parent)
                for name, run in (("in-process reader", ours), ("creditcheck check (CLI)", cli)):
                    seconds, counts[name] = run(paths)
                    best[name] = min(best.get(name, seconds), seconds)
                    ratios[name] = max(ratios.get(name, 0.0), t_tool / seconds)
                    if name.startswith("creditcheck"):
                        further.append((t_tool - one_tool) / max(seconds - one_cli, 1e-6))
                best["exiftool -fast"] = min(best.get("exiftool -fast", t_tool), t_tool)
            print(f"{label}: {len(paths)} JPEGs, {mean_kb:.0f} KiB mean, IPTC+XMP+EXIF each; best of {args.rounds}")
            for name, seconds in best.items():
                ratio = f"  {ratios[name]:5.1f}x exiftool -fast" if name in ratios else ""
                print(
                    f"  {name:26} {len(paths) / seconds:8.0f} images/s ({seconds:.3f} s, "
                    f"{counts[name]} with a credit){ratio}"
                )
            print(
                f"  CLI per further image (start-up of both taken off): {statistics.median(further):.1f}x exiftool -fast"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
