"""What reading C2PA Content Credentials costs: read_embedded with the C2PA step on against off, same process.

    python bench/c2pa_bench.py [--images DIR] [--signed 100] [--rounds 9]

Three sets, each read with `read_embedded(path)` and `read_embedded(path, content_credentials=False)` in
interleaved rounds (best round of each, page cache warm):
- the real images of ../shared/corpus/images (or --images): almost none carry a manifest, so the ratio is the
  cost of the quick structural look (and the sidecar stat) on images without Content Credentials;
- the same images with the SDK called on every file (no quick look): what the quick look saves;
- --signed JPEGs made here (1600x1067 pixels with IPTC, XMP and EXIF), unsigned: the common newsroom case;
- the same JPEGs signed (bench/c2pa_fixtures.py): the cost of
  reading and validating a manifest with c2pa-python (which hashes the whole file).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from c2pa_fixtures import DIGITAL_CAPTURE, Authority, created, manifest, sign
from synth import Credits, jpeg

from checker.metadata import c2pa as content_credentials
from checker.metadata import read_embedded

ROOT = Path(__file__).resolve().parents[1]
CORPUS_CANDIDATES = (ROOT.parent / "shared" / "corpus" / "images", Path("/work/shared/corpus/images"))


def timed(paths: list[Path], read: Callable[[Path], object]) -> float:
    start = time.perf_counter()
    for path in paths:
        read(path)
    return time.perf_counter() - start


def compare(paths: list[Path], rounds: int, on: Callable[[Path], object], off: Callable[[Path], object]):
    """Best and median seconds per pass for on and off, interleaved round by round."""
    times: dict[str, list[float]] = {"on": [], "off": []}
    timed(paths, on), timed(paths, off)  # warm-up: imports, SDK context, page cache
    for i in range(rounds):
        order = (("on", on), ("off", off)) if i % 2 == 0 else (("off", off), ("on", on))
        for name, read in order:
            times[name].append(timed(paths, read))
    ratios = [a / b for a, b in zip(times["on"], times["off"], strict=True)]
    return min(times["on"]), min(times["off"]), statistics.median(ratios)


def report(title: str, paths: list[Path], best_on: float, best_off: float, median_ratio: float) -> None:
    n = len(paths)
    print(f"{title}: {n} files")
    print(f"  C2PA step off: {best_off / n * 1e6:8.1f} us/image ({n / best_off:7.0f} images/s)")
    print(f"  C2PA step on:  {best_on / n * 1e6:8.1f} us/image ({n / best_on:7.0f} images/s)")
    print(f"  ratio on/off:  {best_on / best_off:.3f} (best rounds), {median_ratio:.3f} (median of round ratios)")


def sdk_on_every_file(path: Path) -> object:
    """read_embedded's work plus the SDK on the file whatever the quick look says (what it saves)."""
    embedded = read_embedded(path, content_credentials=False)
    content_credentials._validate(path, "embedded", "", None, None, None)
    return embedded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=Path, default=next((p for p in CORPUS_CANDIDATES if p.is_dir()), None))
    parser.add_argument("--signed", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()

    def on(p: Path) -> object:
        return read_embedded(p)

    def off(p: Path) -> object:
        return read_embedded(p, content_credentials=False)

    if args.images and args.images.is_dir():
        corpus = sorted(p for p in args.images.iterdir() if p.is_file())
        with_store = sum(1 for p in corpus if read_embedded(p).c2pa is not None)
        report(
            f"corpus {args.images} ({with_store} with Content Credentials)",
            corpus,
            *compare(corpus, args.rounds, on, off),
        )
        report(
            "corpus, SDK called on every file",
            corpus,
            *compare(corpus, max(3, args.rounds // 3), sdk_on_every_file, off),
        )
    else:
        print("corpus images not found: pass --images DIR")

    keys = Authority.make("bench root").signer("Associated Press")
    credits = Credits(credit="AP", byline=["Jane Doe"], copyright="© 2026 AP", caption="A photo")
    template = jpeg(credits, size=(1600, 1067), seed=3)  # IPTC, XMP and EXIF too, as a wire photo has
    with tempfile.TemporaryDirectory() as tmp:
        plain = [Path(tmp) / f"plain_{i:04d}.jpg" for i in range(args.signed)]
        for path in plain:
            path.write_bytes(template)
        report("the same JPEGs unsigned", plain, *compare(plain, args.rounds, on, off))
        signed = []
        for i in range(args.signed):
            data, _ = sign(keys, manifest(created(DIGITAL_CAPTURE), title=f"photo_{i}.jpg"), asset=template)
            path = Path(tmp) / f"photo_{i:04d}.jpg"
            path.write_bytes(data)
            signed.append(path)
        assert all((e := read_embedded(p).c2pa) is not None and e.validation == "untrusted" for p in signed)
        kib = sum(p.stat().st_size for p in signed) / len(signed) / 1024
        report(f"signed JPEGs (1600x1067, {kib:.0f} KiB mean)", signed, *compare(signed, args.rounds, on, off))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
