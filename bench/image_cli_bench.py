"""`creditcheck check` over image files against `exiftool -fast` over the same files, interleaved, as ratios.

    python bench/image_cli_bench.py [--small 2000] [--camera 20] [--real DIR] [--rounds 5]

The issue's targets: the CLI over 2,000 small JPEGs at least 10x `exiftool -fast` in batch, and over camera-size
JPEGs at least 2x. Three sets of files, written once to a temporary folder (so the page cache is warm):
  - small: --small 320x214 JPEGs, each with its own IPTC, XMP and EXIF (caption, by-line, copyright year and
    photographer differ from file to file, as in a real archive: only agency credit lines repeat, so a memo keyed
    by file content or by caption gains nothing here that it would not gain on real photos);
  - camera: --camera 4000x3000 photo-like JPEGs (several MB each; six pixel templates, each file its own IPTC);
  - real: the JPEGs of --real (default ../shared/corpus/images, or CREDITCHECK_SHARED's): cameras' and agencies'
    own files.
For each set, every round runs, in turn, `creditcheck check FILES --format json` (as a user would, through
`python -m checker`) and one `exiftool -fast -j` batch over the same files (ten credit tags). Each run's wall time
and CPU time (user + system of the child, from wait4: steadier than wall time on a shared machine) are taken;
the ratio is exiftool's time over creditcheck's in the same round (above 1: creditcheck is faster), printed as
the median and best over rounds. "Per further image" takes a one-file run of each off (start-up aside: the
speed at which each reads and judges headers), from CPU times. --baseline DIR runs another checkout's CLI (say,
`git worktree add DIR main`) in the same rounds, so a change is measured against its starting point under the same
load.

creditcheck runs as a user's `pip install` leaves it (bench/installed.py: a fresh virtual environment with the
package's files and their bytecode; the baseline likewise). --editable runs `python -m checker` of this environment
instead, whose editable install's finder every start loads, with the checkout's bytecode cached in the temporary
folder (PYTHONPYCACHEPREFIX), or, with --no-bytecode, compiled at each start.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from installed import install
from metadata_bench import AGENCIES, NAMES, TAGS, camera_jpeg
from synth import Credits, iim, jpeg, photoshop_app13

ROOT = Path(__file__).resolve().parents[1]
WORDS = [
    "harbour",
    "flood",
    "street",
    "crowd",
    "minister",
    "stadium",
    "river",
    "market",
    "storm",
    "parade",
    "bridge",
    "protest",
]


def credits(i: int, rng: random.Random) -> Credits:
    """File i's metadata: an agency's credit line, with a caption, by-line and notice of its own."""
    k = rng.randrange(len(AGENCIES))
    name = f"{rng.choice(NAMES).split()[0]} {rng.choice(NAMES).split()[-1]}"
    caption = " ".join(rng.choice(WORDS) for _ in range(8)).capitalize() + f", photo {i}."
    return Credits(
        credit=AGENCIES[k],
        byline=[name],
        copyright=f"© {2000 + i % 25} {AGENCIES[k]}",
        source=AGENCIES[k].split("/")[0],
        caption=caption,
        exif_artist=name,
        exif_copyright=AGENCIES[k],
    )


def make_small(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    rng = random.Random(7)
    paths = []
    for i in range(count):
        path = folder / f"small_{i:05d}.jpg"
        path.write_bytes(jpeg(credits(i, rng), size=(320, 214), seed=i % 16))
        paths.append(path)
    return paths


def make_camera(folder: Path, count: int) -> list[Path]:
    """Six encoded camera-size photos; each file is one of them with an IPTC block of its own in front."""
    folder.mkdir()
    rng = random.Random(11)
    templates = [camera_jpeg(k, k) for k in range(min(count, 6))]
    paths = []
    for i in range(count):
        c = credits(i, rng)
        own = photoshop_app13([iim([(1, 90, b"\x1b%G"), (2, 110, c.credit.encode()), (2, 120, c.caption.encode())])])
        data = templates[i % len(templates)]
        path = folder / f"camera_{i:03d}.jpg"
        path.write_bytes(data[:2] + own + data[2:])
        paths.append(path)
    return paths


def real_jpegs(folder: Path | None) -> list[Path]:
    if folder is None:
        shared = os.environ.get("CREDITCHECK_SHARED") or ROOT.parent.parent / "shared"  # ../shared of the worktree
        folder = Path(shared) / "corpus" / "images"
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in (".jpg", ".jpeg") and p.is_file())


CLI_ENV = dict(os.environ)


def timed(command: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> tuple[float, float, bytes]:
    """Wall seconds, CPU seconds (user + system of the child) and standard output of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    assert process.stdout is not None
    out = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # exiftool exits 1 when a file has none of the tags
        raise SystemExit(f"{command[0]} failed: exit {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_utime + usage.ru_stime, out


def cli(paths: list[Path], python: str = sys.executable, checkout: Path | None = None) -> tuple[float, float, int]:
    """creditcheck check over the files, run by `python` (an installed creditcheck's), or with this environment's
    python in a checkout's folder."""
    command = [python, "-m", "checker", "check", *map(str, paths), "--format", "json", "--exit-zero"]
    wall, cpu, out = timed(command, CLI_ENV, checkout)
    documents = json.loads(out)["documents"]
    return wall, cpu, sum(1 for d in documents if d["images"] and d["images"][0].get("credit"))


def exiftool(paths: list[Path]) -> tuple[float, float, int]:
    wall, cpu, out = timed(["exiftool", "-fast", "-j", "-q", *TAGS, *map(str, paths)])
    records = json.loads(out or b"[]")
    return wall, cpu, sum(1 for r in records if r.get("Credit"))


Run = Callable[[list[Path]], tuple[float, float, int]]


def measure(label: str, paths: list[Path], rounds: int, clis: dict[str, Run]) -> None:
    mean_kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
    wall_ratio: dict[str, list[float]] = {name: [] for name in clis}
    cpu_ratio: dict[str, list[float]] = {name: [] for name in clis}
    further: dict[str, list[float]] = {name: [] for name in clis}
    best: dict[str, tuple[float, float]] = {}
    counts: dict[str, int] = {}
    contestants: dict[str, Run] = {"exiftool -fast": exiftool, **clis}
    for _ in range(rounds):
        one = {name: run(paths[:1])[1] for name, run in contestants.items()}
        runs = {}
        for name, run in contestants.items():
            wall, cpu, counts[name] = run(paths)
            runs[name] = (wall, cpu)
            old = best.get(name, (wall, cpu))
            best[name] = (min(old[0], wall), min(old[1], cpu))
        tool_wall, tool_cpu = runs["exiftool -fast"]
        for name in clis:
            wall_ratio[name].append(tool_wall / runs[name][0])
            cpu_ratio[name].append(tool_cpu / runs[name][1])
            further[name].append((tool_cpu - one["exiftool -fast"]) / max(runs[name][1] - one[name], 1e-3))
    print(f"{label}: {len(paths)} JPEGs, {mean_kb:.0f} KiB mean; {rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for name, (wall, cpu) in best.items():
        print(f"  {name:18} best {wall:7.3f} s wall {cpu:7.3f} s CPU  ({len(paths) / cpu:6.0f} images/CPU-s, "
              f"{counts[name]} with a credit)")  # fmt: skip
    for name in clis:
        print(
            f"  exiftool / {name}: wall {statistics.median(wall_ratio[name]):5.2f}x median,"
            f" {max(wall_ratio[name]):5.2f}x best; CPU {statistics.median(cpu_ratio[name]):5.2f}x median,"
            f" {max(cpu_ratio[name]):5.2f}x best; per further image (CPU) {statistics.median(further[name]):5.2f}x"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2000)
    parser.add_argument("--camera", type=int, default=20)
    parser.add_argument("--real", type=Path, default=None, help="folder of real photos (its *.jpg files)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-bytecode", action="store_true", help="compile creditcheck's modules at each start")
    parser.add_argument("--editable", action="store_true", help="run this checkout in this environment, not installed")
    parser.add_argument(
        "--baseline", type=Path, default=None, help="another checkout (git worktree or archive) run in the same rounds"
    )
    args = parser.parse_args()
    if shutil.which("exiftool") is None:
        print("exiftool: not installed; nothing to compare against")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_bytecode:  # the checkout's modules compiled at each start; the standard library's cached
            CLI_ENV["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            CLI_ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            CLI_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        sets = [
            ("small 320x214", make_small(Path(tmp) / "small", args.small) if args.small else []),
            ("camera 4000x3000", make_camera(Path(tmp) / "camera", args.camera) if args.camera else []),
            ("real photos", real_jpegs(args.real)),
        ]
        print(f"creditcheck's bytecode: {'compiled at each start' if args.no_bytecode else 'cached'}")
        clis: dict[str, Run] = {}
        if args.editable:
            clis["creditcheck"] = cli
            if args.baseline is not None:
                baseline = args.baseline.resolve()
                clis["baseline"] = lambda paths: cli(paths, checkout=baseline)
        else:  # as a user's pip install leaves it (bench/installed.py)
            python = str(install(Path(tmp) / "venv"))
            clis["creditcheck"] = lambda paths: cli(paths, python)
            if args.baseline is not None:
                old = str(install(Path(tmp) / "baseline", args.baseline.resolve()))
                clis["baseline"] = lambda paths: cli(paths, old)
        print(f"creditcheck: {'this checkout, editable' if args.editable else 'installed (bench/installed.py)'}")
        for label, paths in sets:
            if paths:
                for run in clis.values():
                    run(paths[:1])  # writes the bytecode cache
                measure(label, paths, args.rounds, clis)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
