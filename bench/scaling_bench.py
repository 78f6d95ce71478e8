"""Per-document costs of `creditcheck audit`, for planning 10M- and 100M-article runs (README, "Scaling").

    python bench/scaling_bench.py [--articles 2000] [--photos 30]

Runs `creditcheck audit --jobs 1` (one process: its CPU time is the per-document cost a worker pays) on:
  - HTML articles alone (as bench/archive_bench.py writes them, 1-3 figures each), without --images;
  - the same with --images and small photos (320x214);
  - articles showing 4000x3000 photos (bench/photo_bench.py), with --images, first and second sight of the photos
    (the second run with another policy, so every document is audited again and the photos' hashes come from
    the cache).
For each: CPU ms per document (user + system, from wait4, start-up excluded by subtracting a 1-article run), peak
resident memory, output (PREFIX.jsonl) and cache bytes per document. Then the CPU-hours for 10M and 100M articles.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_bench import make_archive
from photo_bench import make as make_camera

ROOT = Path(__file__).resolve().parents[1]


def audit(pages: Path, out: Path, extra: list[str]) -> tuple[float, float]:
    """CPU seconds and peak resident MiB of one `audit --jobs 1`. The peak comes from GNU time, which forks the
    audit from its own small process: a child forked from this one would report this process's peak if larger."""
    command = [sys.executable, "-m", "checker", "audit", str(pages), "--out", str(out), "--jobs", "1"]
    command += ["--no-progress", "--exit-zero", *extra]
    command = ["/usr/bin/time", "-f", "%M", *command]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    errors = process.stderr.read().decode() if process.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"creditcheck audit failed: {errors}")
    return usage.ru_utime + usage.ru_stime, int(errors.strip().splitlines()[-1]) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--photos", type=int, default=30)
    args = parser.parse_args()
    n = args.articles
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        one_pages, one_images = make_archive(folder / "one", 1, 1)
        fixed, _ = min(audit(one_pages, folder / "o1" / "run", ["--no-cache"]) for _ in range(3))
        fixed_images, _ = min(
            audit(one_pages, folder / "o2" / "run", ["--no-cache", "--images", str(one_images)]) for _ in range(3)
        )
        pages, small = make_archive(folder / "html", n, 400)
        camera_pages, camera, _ = make_camera(folder / "camera", n, args.photos)
        other = folder / "other.toml"
        other.write_text('[rules]\nCRD007 = "off"\n')
        runs = [
            ("HTML only", pages, [], fixed),
            ("HTML + small photos", pages, ["--images", str(small)], fixed_images),
            ("HTML + 4000x3000 photos, first sight", camera_pages, ["--images", str(camera)], fixed_images),
            (
                "HTML + 4000x3000 photos, seen before",
                camera_pages,
                ["--images", str(camera), "--config", str(other)],
                fixed_images,
            ),
        ]
        for k, (label, inputs, extra, start) in enumerate(runs):
            out = folder / f"run{k}" / "run"
            cache = folder / ("camera.sqlite" if "4000" in label else f"cache{k}.sqlite")
            cpu, rss = audit(inputs, out, [*extra, "--cache", str(cache)])
            output = Path(f"{out}.jsonl").stat().st_size / n
            rows.append((label, (cpu - start) / n * 1000, rss, output / 1024, cache.stat().st_size / n / 1024))
    print(f"{n} articles each, `audit --jobs 1`, start-up ({fixed:.2f} s; {fixed_images:.2f} s with --images) excluded")
    print(f"{'':40} {'CPU ms/doc':>10} {'peak MiB':>9} {'out KiB/doc':>11} {'cache KiB/doc':>13}")
    for label, ms, rss, out_kib, cache_kib in rows:
        print(f"{label:40} {ms:10.2f} {rss:9.0f} {out_kib:11.1f} {cache_kib:13.1f}")
    print("CPU-hours (one core) for 10M / 100M articles:")
    for label, ms, *_ in rows:
        print(f"  {label:38} {ms * 1e7 / 3.6e6:8.1f} / {ms * 1e8 / 3.6e6:8.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
