"""HTML report of an archive audit at several sizes: time, peak memory, and the time a browser takes to open it.

    python bench/report_bench.py [--sizes 25000 50000 100000] [--base 2000] [--no-browser]

Audits a synthetic archive of --base HTML documents (bench/archive_bench.py: one to three photos each, with
IPTC/XMP/EXIF credits, under the sample licensing policy) once, then writes audits of each size by repeating
its JSON Lines under new document names (real audit lines, so real findings). For each size, in a fresh
process: the floor (reading and JSON-parsing every line, the least any report must do) and `html_report.write`
(with thumbnails from the images folder), timed in the same process, and that process's peak memory.
Then the report is opened in Debian's chromium (headless, via playwright) and the time until the findings
table is drawn is read from the page (performance.now() at the end of the report's script), best of 3.
Both time and memory should grow linearly with the documents.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def child(prefix: Path, images: Path, out: Path) -> None:
    """One size, in its own process: floor, then the report; prints times and peak memory as JSON."""
    from checker.report import html_report
    from checker.report.load import load

    started = time.perf_counter()
    with Path(f"{prefix}.jsonl").open("rb") as handle:
        documents = sum(1 for line in handle if json.loads(line))
    floor = time.perf_counter() - started
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as handle:
        html_report.write(load(prefix), handle, images)
    report = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"documents": documents, "floor": floor, "report": report, "peak_kib": peak_kib}))


def scale(base: Path, prefix: Path, documents: int) -> None:
    """An audit of `documents` documents: the base audit's lines again and again, each under a new name."""
    lines = Path(f"{base}.jsonl").read_text(encoding="utf-8").splitlines()
    with Path(f"{prefix}.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(documents):
            record = json.loads(lines[n % len(lines)])
            record["source"] = f"{record['source']}#copy{n // len(lines)}"
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    shutil.copy(f"{base}.summary.json", f"{prefix}.summary.json")


def open_time(path: Path) -> tuple[float, int]:
    """Best of 3: milliseconds until the report's script has drawn the table, and the findings it holds."""
    from playwright.sync_api import sync_playwright

    best, findings = float("inf"), 0
    with sync_playwright() as playwright:
        for _ in range(3):
            with tempfile.TemporaryDirectory() as profile:
                context = playwright.chromium.launch_persistent_context(
                    profile, executable_path=shutil.which("chromium") or "/usr/bin/chromium", args=ARGS, headless=True
                )
                page = context.new_page()
                page.goto(path.as_uri(), timeout=120_000)
                page.wait_for_selector("html[data-ready-ms]", timeout=120_000)
                best = min(best, float(page.evaluate("+document.documentElement.dataset.readyMs")))
                findings = int(page.inner_text("#shown").split(" of ")[1].split()[0])
                context.close()
    return best, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[25_000, 50_000, 100_000])
    parser.add_argument("--base", type=int, default=2000, help="documents actually audited")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("PREFIX", "IMAGES", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*(Path(p) for p in args.child))
        return

    from archive_bench import make_archive

    from checker.archive.run import run_archive
    from checker.audit import Settings
    from checker.policy.config import load

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        pages, images = make_archive(root / "archive", args.base, 200)
        base = root / "base"
        settings = Settings(policy=load(ROOT / "samples" / "newsroom-policy.toml"), images_root=images, phash=True)
        run_archive([str(pages)], settings, base, jobs=os.cpu_count() or 1)
        print(f"base audit: {args.base} documents; report of each size ({os.cpu_count()} cores):")
        print(f"{'documents':>10} {'findings':>9} {'MB':>6} {'floor s':>8} {'report s':>9} {'ratio':>6} "
              f"{'peak MiB':>9} {'us/doc':>7} {'KiB/doc':>8} {'open ms':>8}")  # fmt: skip
        for size in args.sizes:
            prefix, out = root / f"run{size}", root / f"report{size}.html"
            scale(base, prefix, size)
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(prefix), str(images), str(out)],
                capture_output=True,
                text=True,
                check=True,
            )
            m = json.loads(done.stdout)
            opened, findings = (float("nan"), 0) if args.no_browser else open_time(out)
            print(
                f"{m['documents']:>10} {findings:>9} {out.stat().st_size / 1e6:>6.1f} {m['floor']:>8.2f} "
                f"{m['report']:>9.2f} {m['report'] / m['floor']:>6.1f} {m['peak_kib'] / 1024:>9.0f} "
                f"{1e6 * m['report'] / size:>7.1f} {m['peak_kib'] / size:>8.2f} {opened:>8.0f}"
            )
            Path(f"{prefix}.jsonl").unlink()


if __name__ == "__main__":
    main()
