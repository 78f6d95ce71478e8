"""What `audit --images` costs per image reference with camera-size photos, measured against the same archive
audited without --images in the same run.

    python bench/photo_bench.py [--articles 600] [--photos 30] [--rounds 2]

Writes articles (as bench/archive_bench.py) that show one to three of a pool of 4000x3000 photo-like JPEGs (several
MB each), then runs `creditcheck audit --jobs 1` three ways, interleaved round by round:
  - without --images (the floor: reading and judging the articles),
  - with --images and an empty cache (every photo decoded once, at its first sight, in draft mode),
  - with --images, the cache of that run and another policy (every document audited again; the photos' hashes
    come from the cache, as for any photo already seen).
Each --images run's extra CPU over the floor is printed per image reference (target: at most 3 ms once a photo
has been seen).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_bench import AGENCIES, CREDIT_SHOWN, FILLER
from metadata_bench import camera_jpeg

ROOT = Path(__file__).resolve().parents[1]


def make(root: Path, articles: int, photos: int) -> tuple[Path, Path, int]:
    rng = random.Random(5)
    images, pages = root / "images", root / "articles"
    images.mkdir(parents=True)
    pages.mkdir()
    for n in range(photos):
        (images / f"p{n:04d}.jpg").write_bytes(camera_jpeg(n % len(AGENCIES), n))
    references = 0
    for n in range(articles):
        figures = []
        for k in range(rng.randint(1, 3)):
            photo = rng.randrange(photos)
            shown = CREDIT_SHOWN[photo % len(AGENCIES)].format(name=AGENCIES[photo % len(AGENCIES)][1])
            figures.append(
                f'<figure><img src="/images/p{photo:04d}.jpg" alt="Photo {k}">'
                f'<figcaption>Scene {k}.<span class="credit">{shown}</span></figcaption></figure>'
            )
            references += 1
        (pages / f"story-{n:05d}.html").write_text(
            f"<!doctype html><html><body><main><article><h1>Story {n}</h1>{FILLER}{''.join(figures)}"
            "</article></main></body></html>",
            encoding="utf-8",
        )
    return pages, images, references


def audit(pages: Path, out: Path, extra: list[str]) -> float:
    """CPU seconds of the audit (user + system, its workers included)."""
    command = [sys.executable, "-m", "checker", "audit", str(pages), "--out", str(out), "--jobs", "1"]
    command += ["--no-progress", "--exit-zero", *extra]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"creditcheck audit failed: {process.stderr.read().decode() if process.stderr else ''}")
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        pages, images, references = make(folder / "site", args.articles, args.photos)
        mean = sum(p.stat().st_size for p in images.iterdir()) / args.photos / 2**20
        print(f"{args.articles} articles, {references} image references to {args.photos} photos of 4000x3000")
        print(f"({mean:.1f} MiB each; written in {time.perf_counter() - start:.0f} s), best of {args.rounds} rounds")
        policy = folder / "other.toml"
        policy.write_text('[rules]\nCRD007 = "off"\n')
        floor, first, seen = [], [], []
        for round_ in range(args.rounds):
            cache = folder / f"cache-{round_}.sqlite"
            floor.append(audit(pages, folder / "floor" / "run", ["--no-cache"]))
            with_images = ["--images", str(images), "--cache", str(cache)]
            first.append(audit(pages, folder / "first" / "run", with_images))
            seen.append(audit(pages, folder / "seen" / "run", [*with_images, "--config", str(policy)]))
        summary = json.loads((folder / "seen" / "run.summary.json").read_text())
        assert summary["counts"]["computed"] == args.articles, "the second --images run must audit every document"
    base = min(floor)
    print(f"  without --images:                      {base:6.2f} s CPU (the floor)")
    for label, values in (("--images, photos first seen", first), ("--images, photos seen before", seen)):
        extra = min(values) - base
        print(f"  {label:38} {min(values):6.2f} s CPU, {extra / references * 1000:6.2f} ms per image reference")
    print("  target: at most 3 ms per image reference once a photo has been seen")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
