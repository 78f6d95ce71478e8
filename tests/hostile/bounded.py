"""Running creditcheck on hostile input in a child process held to CPU-time and address-space limits.

A hang or a runaway allocation in the code under test then kills the child (SIGXCPU, MemoryError) instead of
the test run, and the test asserts on what the child reports: its exit, its output, its time and its peak
memory (the child's own, and its workers', from wait4).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MB = 1024 * 1024


@dataclass
class Bounded:
    returncode: int
    stdout: str
    stderr: str
    seconds: float  # wall time
    peak_mb: float  # peak resident memory of the child and the workers it waited for

    def __str__(self) -> str:
        return f"exit {self.returncode} after {self.seconds:.1f} s, peak {self.peak_mb:.0f} MB: {self.stderr[-800:]}"


def run_bounded(*args: str, cpu_seconds: int, memory_mb: int, cwd: Path = ROOT) -> Bounded:
    """`python -m checker ARGS` with RLIMIT_CPU and RLIMIT_AS set; killed after 3x the CPU limit of wall time."""

    def limits() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 1))
        resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(
            [sys.executable, "-m", "checker", *args], cwd=cwd, stdout=out, stderr=err, preexec_fn=limits
        )
        watchdog = threading.Timer(3 * cpu_seconds, proc.kill)
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            watchdog.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return Bounded(
            returncode=proc.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_mb=usage.ru_maxrss / 1024,  # kilobytes on Linux
        )


def documents(stdout: str) -> dict[str, dict]:
    """The documents of a `check --format json` audit, by file name."""
    return {Path(doc["source"]).name: doc for doc in json.loads(stdout)["documents"]}
