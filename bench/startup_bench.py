"""Cold start of `creditcheck check` on one small document, against exiftool on one JPEG and bare Python.

    python bench/startup_bench.py [--rounds 15] [--compile]

Each round runs every command once, in turn (interleaved, so load on the machine hits all alike); the figures are
the minimum and median over the rounds of wall time and of CPU time (user + system, from wait4: steadier than wall
time on a loaded machine), each printed as a ratio against `exiftool one.jpg` measured in the same run (the
issue's target: at most 1.5x). `creditcheck` is the installed console script.

creditcheck runs as a user's `pip install` leaves it (bench/installed.py): a fresh virtual environment holding this
checkout's package files and their bytecode, the dependencies taken from this environment. `--editable` runs this
environment's own `creditcheck` instead, the checkout's editable install, whose finder every start loads (about 10
ms here). Bytecode: an editable checkout has it only once Python has written it, which PYTHONDONTWRITEBYTECODE=1
prevents: then every run compiles creditcheck's sources again, and the bench says so; `--compile` writes it first.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from installed import ROOT, install

SAMPLES = ROOT / "samples"


def commands(folder: Path, creditcheck: str) -> dict[str, list[str]]:
    python = str(Path(creditcheck).with_name("python")) if Path(creditcheck).is_absolute() else sys.executable
    found = {
        "python -c pass": [python, "-c", "pass"],  # the same environment's interpreter
        "python: import pydantic.BaseModel": [python, "-c", "from pydantic import BaseModel"],
        "creditcheck check one.html": [creditcheck, "check", str(folder / "one.html"), "--exit-zero"],
        "creditcheck check one.txt": [creditcheck, "check", str(folder / "one.txt"), "--exit-zero"],
        "creditcheck check one.jpg": [creditcheck, "check", str(folder / "one.jpg"), "--exit-zero"],
    }
    if shutil.which("exiftool"):
        found["exiftool one.jpg"] = ["exiftool", str(folder / "one.jpg")]
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--editable", action="store_true", help="this environment's (editable) creditcheck")
    parser.add_argument("--compile", action="store_true", help="with --editable: write the checkout's bytecode first")
    args = parser.parse_args()
    if args.compile:
        compileall.compile_dir(ROOT / "checker", quiet=1)
    elif (
        args.editable and os.environ.get("PYTHONDONTWRITEBYTECODE") and not any(ROOT.glob("checker/__pycache__/cli.*"))
    ):
        print("note: PYTHONDONTWRITEBYTECODE is set and checker/ has no bytecode: every run compiles its sources")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.editable:
            creditcheck = shutil.which("creditcheck", path=str(Path(sys.executable).parent)) or "creditcheck"
        else:
            creditcheck = str(install(folder / "venv").parent / "creditcheck")
        print(
            f"creditcheck: {'the editable install of this environment' if args.editable else 'installed (bench/installed.py)'}"
        )
        shutil.copy(SAMPLES / "gallery.html", folder / "one.html")
        shutil.copy(SAMPLES / "wire-credits.txt", folder / "one.txt")
        shutil.copy(SAMPLES / "images" / "crane.jpg", folder / "one.jpg")
        runs = commands(folder, creditcheck)
        wall: dict[str, list[float]] = {name: [] for name in runs}
        cpu: dict[str, list[float]] = {name: [] for name in runs}
        for command in runs.values():  # warm the page cache
            subprocess.run(command, capture_output=True, check=False)
        for _ in range(args.rounds):
            for name, command in runs.items():
                seconds, used, status = timed(command)
                wall[name].append(seconds)
                cpu[name].append(used)
                if status not in (0, 1):
                    raise SystemExit(f"{name} failed with status {status}")
    print(f"{args.rounds} interleaved rounds; ratios against exiftool one.jpg in the same run (target <= 1.5x)")
    for label, table in (("wall", wall), ("cpu", cpu)):
        peer = table.get("exiftool one.jpg")
        for name, values in table.items():
            low, mid = min(values), statistics.median(values)
            ratio = f"  {low / min(peer):4.2f}x / {mid / statistics.median(peer):4.2f}x exiftool" if peer else ""
            print(f"{label} {name:36} min {low * 1000:6.1f} ms  median {mid * 1000:6.1f} ms{ratio}")
    return 0


def timed(command: list[str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and exit status of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, process.returncode


if __name__ == "__main__":
    raise SystemExit(main())
