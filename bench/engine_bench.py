"""The Dask engine against the local engine on one machine, and what the Dask client itself costs per document.

    python bench/engine_bench.py [--documents 3000] [--rounds 3] [--workers 2] [--kind tree|jsonl]

Writes a synthetic archive (HTML articles showing one to three of a pool of JPEGs, as bench/archive_bench.py), then
starts a Dask cluster the way a real one is started (`dask scheduler` and `dask worker --nworkers N --nthreads 1`,
separate processes on this machine), and runs, interleaved round by round:
  - `creditcheck audit --jobs N` (local engine),
  - `creditcheck audit --engine dask --scheduler ADDRESS` (the client; its workers are the cluster's),
both with --images and --no-cache. It prints documents/s of each, the Dask engine as a ratio of the local engine
measured in the same round (target at least 0.9x), and the CPU time of the Dask client process (from wait4; the
workers' CPU is not in it): its fixed cost, from a 1-document archive, and per further document (target at most
0.1 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_bench import make_archive

ROOT = Path(__file__).resolve().parents[1]


def as_jsonl(pages: Path, target: Path) -> Path:
    """The tree's articles as one JSON Lines file (source = file name, html = the page)."""
    with target.open("w", encoding="utf-8") as handle:
        for path in sorted(pages.rglob("*.html")):
            handle.write(json.dumps({"url": path.name, "html": path.read_text(encoding="utf-8")}) + "\n")
    return target


def audit(inputs: Path, images: Path, out: Path, extra: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds of the creditcheck process itself (children it waited for included)."""
    command = [sys.executable, "-m", "checker", "audit", str(inputs), "--images", str(images), "--out", str(out)]
    command += ["--no-cache", "--no-progress", "--exit-zero", *extra]
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"creditcheck audit failed: {process.stderr.read().decode() if process.stderr else ''}")
    return elapsed, usage.ru_utime + usage.ru_stime


def start_cluster(folder: Path, workers: int) -> tuple[list[subprocess.Popen], str]:
    scheduler_file = folder / "scheduler.json"
    dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    scheduler = subprocess.Popen(
        [*dask, "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(scheduler_file)],
        **quiet,
    )
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "distributed.cli.dask_worker",
            "--nworkers",
            str(workers),
            "--nthreads",
            "1",
            "--no-dashboard",
            "--local-directory",
            str(folder / "workers"),
            "--scheduler-file",
            str(scheduler_file),
        ],
        cwd=ROOT,
        **quiet,
    )
    deadline = time.monotonic() + 60
    while not scheduler_file.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    address = json.loads(scheduler_file.read_text())["address"]
    from distributed import Client

    with Client(address) as client:
        client.wait_for_workers(workers, timeout=60)
    return [worker, scheduler], address


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--photos", type=int, default=400)
    parser.add_argument("--kind", choices=["tree", "jsonl"], default="tree")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pages, images = make_archive(folder / "site", args.documents, args.photos)
        inputs = as_jsonl(pages, folder / "archive.jsonl") if args.kind == "jsonl" else pages
        one_pages, one_images = make_archive(folder / "one", 1, 1)
        processes, address = start_cluster(folder, args.workers)
        try:
            dask_flags = ["--engine", "dask", "--scheduler", address]
            fixed = min(audit(one_pages, one_images, folder / "one-out" / "run", dask_flags)[1] for _ in range(3))
            local_best = dask_best = float("inf")
            ratios, client_cpu = [], []
            for _ in range(args.rounds):
                local, _ = audit(inputs, images, folder / "local" / "run", ["--jobs", str(args.workers)])
                remote, cpu = audit(
                    inputs, images, folder / "dask" / "run", ["--engine", "dask", "--scheduler", address]
                )
                local_best, dask_best = min(local_best, local), min(dask_best, remote)
                ratios.append(local / remote)
                client_cpu.append(cpu)
            same = (folder / "local" / "run.jsonl").read_bytes() == (folder / "dask" / "run.jsonl").read_bytes()
        finally:
            for process in processes:
                process.terminate()
                process.wait(timeout=30)
    n = args.documents
    print(f"{n} documents ({args.kind}), {args.workers} workers, best of {args.rounds} interleaved rounds")
    print(
        f"  local engine --jobs {args.workers}: {n / local_best:7.1f} documents/s ({local_best:.2f} s, start-up included)"
    )
    print(f"  dask engine, {args.workers} workers: {n / dask_best:7.1f} documents/s ({dask_best:.2f} s)")
    print(f"  dask / local, same round: best {max(ratios):.2f}x, worst {min(ratios):.2f}x (target >= 0.9x)")
    low = min(client_cpu)
    print(
        f"  dask client CPU: {low:.2f} s in all; {fixed:.2f} s for a 1-document archive (start-up, connecting); "
        f"{(low - fixed) / (n - 1) * 1000:.3f} ms per further document (target <= 0.1)"
    )
    print(f"  outputs byte-identical: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
