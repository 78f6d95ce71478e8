"""Archive audit at two sizes: documents/s, images/s and peak memory of the whole process tree.

    python bench/archive_bench.py [--sizes 1000 20000] [--jobs N] [--photos 400]

Writes a synthetic archive per size (HTML articles, each showing one to three of a pool of JPEGs that carry
IPTC, XMP and EXIF credits) under a temporary folder, runs `creditcheck audit --images ... --no-cache` on it
as a user would, samples the resident memory of the creditcheck process and its workers every 50 ms from /proc,
and compares the sizes: throughput should stay within 20% and peak memory within 1.5x.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from synth import Credits, jpeg

AGENCIES = [
    ("AFP/Getty Images", "Christof Stache"),
    ("REUTERS", "Mario Anzuoni"),
    ("AP", "Jane Doe"),
    ("PA Wire", "Martin Rickett"),
    ("Shutterstock", "Etienne Laurent"),
    ("Alamy Stock Photo", "Jim Ekstrand"),
]
CREDIT_SHOWN = [
    "{name}/Getty Images",
    "REUTERS/{name}",
    "(AP Photo/{name})",
    "{name}/PA Wire",
    "{name}/Shutterstock",
    "{name}/Alamy Stock Photo",
]
FILLER = "<p>" + "Councillors met on Tuesday to discuss the harbour plan and its cost to residents. " * 6 + "</p>"


def make_archive(root: Path, articles: int, photos: int) -> tuple[Path, Path]:
    rng = random.Random(11)
    images, pages = root / "images", root / "articles"
    images.mkdir(parents=True)
    for n in range(photos):
        credit, name = AGENCIES[n % len(AGENCIES)]
        (images / f"p{n:04d}.jpg").write_bytes(
            jpeg(Credits(credit=credit, byline=[name], source=credit, copyright=f"© {credit}"), size=(320, 214), seed=n)
        )
    for n in range(articles):
        folder = pages / f"{2015 + n % 10}" / f"{n % 12 + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        figures = []
        for k in range(rng.randint(1, 3)):
            photo = rng.randrange(photos)
            shown = CREDIT_SHOWN[photo % len(AGENCIES)].format(name=AGENCIES[photo % len(AGENCIES)][1])
            figures.append(
                f'<figure><img src="/images/p{photo:04d}.jpg" alt="Photo {k} of story {n}">'
                f'<figcaption>Scene {k} from story {n}.<span class="credit">{shown}</span></figcaption></figure>'
            )
        date = f"{2015 + n % 10}-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
        (folder / f"story-{n:06d}.html").write_text(
            f'<!doctype html><html><head><meta property="article:published_time" content="{date}">'
            f"<title>Story {n}</title></head><body><header><nav>Menu</nav></header><main><article>"
            f"<h1>Story {n}</h1>{FILLER}{''.join(figures)}{FILLER}</article></main><footer>Footer</footer></body></html>",
            encoding="utf-8",
        )
    return pages, images


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def run(pages: Path, images: Path, out: Path, jobs: int) -> tuple[float, int, str]:
    command = [
        sys.executable,
        "-m",
        "checker",
        "audit",
        str(pages),
        "--images",
        str(images),
        "--out",
        str(out),
        "--no-cache",
        "--no-progress",
        "--jobs",
        str(jobs),
        "--exit-zero",
    ]
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1]
    )
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss_kib(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    elapsed = time.perf_counter() - start
    stop.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"creditcheck audit failed: {stderr}")
    return elapsed, peak, stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--photos", type=int, default=400)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        pages, images = make_archive(Path(tmp) / "startup", 1, args.photos)
        startup = min(run(pages, images, Path(tmp) / "out-startup" / "audit", args.jobs)[0] for _ in range(3))
        print(f"start-up (interpreter, imports, worker pool) for a 1-document archive: {startup:.2f} s")
        for size in args.sizes:
            pages, images = make_archive(Path(tmp) / str(size), size, args.photos)
            seconds, peak, _line = run(pages, images, Path(tmp) / f"out-{size}" / "audit", args.jobs)
            summary = (Path(tmp) / f"out-{size}" / "audit.summary.json").read_text()
            import json

            counts = json.loads(summary)
            image_count = counts["summary"]["images"]
            steady = seconds - startup
            rows.append((size, seconds, size / steady, image_count / steady, peak / 1024))
            print(
                f"N={size:>6}: {seconds:7.1f} s  {size / seconds:7.1f} documents/s overall, "
                f"{size / steady:7.1f} documents/s and {image_count / steady:7.1f} images/s after start-up, "
                f"peak RSS {peak / 1024:6.1f} MiB (process tree)"
            )
    if len(rows) >= 2:
        (n1, _, d1, _, m1), (n2, _, d2, _, m2) = rows[0], rows[-1]
        print(
            f"throughput after start-up N={n2} / N={n1}: {d2 / d1:.2f} (target 0.8-1.2); "
            f"peak memory N={n2} / N={n1}: {m2 / m1:.2f}x (target at most 1.5x)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
