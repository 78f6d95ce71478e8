"""Running creditcheck on hostile input in a child process held to CPU-time and address-space limits.

A hang or a runaway allocation in the code under test then kills the child (SIGXCPU, MemoryError) instead of
the test run, and the test asserts on what the child reports: its exit, its output, its time and its peak
memory. The peak is the child's own high-water mark (VmHWM, which belongs to the process image and so excludes
the test runner's memory that a fork+exec'd child's ru_maxrss inherits) or its workers', whichever is larger.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024

# Runs in the child: set the limits, run the CLI in this process, write the peak (kB) to argv[3] on exit.
_LAUNCHER = """
import atexit, resource, runpy, sys
cpu, memory, report = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

def peak():
    with open("/proc/self/status") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    with open(report, "w") as out:
        out.write(str(max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)))

atexit.register(peak)
sys.argv = ["creditcheck", *sys.argv[4:]]
runpy.run_module("checker", run_name="__main__")
"""


@dataclass
class Bounded:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall time
    peak_mb: float  # peak resident memory of the child or of one of its workers (0 if it was killed)

    def __str__(self) -> str:
        return f"exit {self.returncode} after {self.seconds:.1f} s, peak {self.peak_mb:.0f} MB: {self.stderr[-800:]}"


def run_bounded(*args: str, cpu_seconds: int, memory_mb: int, cwd: Path = ROOT) -> Bounded:
    """`creditcheck ARGS` under RLIMIT_CPU and RLIMIT_AS; killed after 3x the CPU limit of wall time."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "peak"
        command = [sys.executable, "-c", _LAUNCHER, str(cpu_seconds), str(memory_mb * MB), str(report), *args]
        start = time.monotonic()
        try:
            done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=3 * cpu_seconds)
            returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as expired:
            returncode, stdout, stderr = -9, expired.stdout or b"", expired.stderr or b""
        seconds = time.monotonic() - start
        peak = int(report.read_text()) / 1024 if report.exists() else 0.0
    return Bounded(returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace"), seconds, peak)


def documents(stdout: str) -> dict[str, dict]:
    """The documents of a `check --format json` audit, by file name."""
    return {Path(doc["source"]).name: doc for doc in json.loads(stdout)["documents"]}


def line_above_a_picture(site: Path, line: str, cpu_seconds: int = 30, memory_mb: int = 1024) -> dict:
    """`check` over a text of one hostile line above an ordinary credited picture ("Boats. Photo: AP"), beside the
    site's ordinary text: the hostile text's record, once the run ended as a run does."""
    (site / "hostile.txt").write_text(f"A page\n\n{line}\n\n![Boats](boats.jpg)\nBoats. Photo: AP\n")
    run = run_bounded(
        "check",
        str(site / "hostile.txt"),
        str(site / "ordinary.txt"),
        "--format",
        "json",
        cpu_seconds=cpu_seconds,
        memory_mb=memory_mb,
    )
    assert run.returncode in (0, 1), run
    docs = documents(run.stdout)
    assert set(docs) == {"hostile.txt", "ordinary.txt"}
    return docs["hostile.txt"]
