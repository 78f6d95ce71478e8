"""Photo reuse: recall and false matches of the near-duplicate hash match on altered copies of real photos, and speed.

    python bench/reuse_bench.py [--corpus ../shared/corpus/images] [--threshold 12] [--speed 100000]

Every image of the corpus that Pillow decodes and that is not near-blank is an original. Each original is
altered as an archive alters photos: re-saved as JPEG at quality 60 and 85, scaled to 1/2 and 3/4, cropped by
5% and 10% on every side. A copy is found (recall) when its hash lies within the threshold of its original's;
a false match is a copy or an original within the threshold of a *different* photo. Which corpus files show
the same photo (the corpus holds one photo in several formats and sizes) is decided by the pixels: mean
absolute difference below 12 grey levels at 32x32, a far finer test than 128 bits.
Speed: near_groups over N random 128-bit hashes (the cost per distinct photo of an archive).
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

from PIL import Image, ImageChops, ImageStat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker.archive.phash import dhash  # noqa: E402
from checker.archive.reuse import THRESHOLD, near_groups  # noqa: E402

SAME_PHOTO_MAD = 12


def variants(image: Image.Image) -> dict[str, Image.Image]:
    w, h = image.size
    out: dict[str, Image.Image] = {}
    for quality in (60, 85):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality)
        out[f"jpeg q{quality}"] = Image.open(io.BytesIO(buffer.getvalue()))
    out["scaled 1/2"] = image.resize((max(1, w // 2), max(1, h // 2)), Image.Resampling.LANCZOS)
    out["scaled 3/4"] = image.resize((max(1, w * 3 // 4), max(1, h * 3 // 4)), Image.Resampling.LANCZOS)
    for pct in (5, 10):
        dx, dy = w * pct // 100, h * pct // 100
        out[f"cropped {pct}%"] = image.crop((dx, dy, w - dx, h - dy))
    return out


def hash_of(image: Image.Image, folder: Path) -> int | None:
    path = folder / "copy.jpg"
    image.convert("RGB").save(path, "JPEG", quality=95)
    value = dhash(path)
    return int(value, 16) if value else None


def same_photo(a: Image.Image, b: Image.Image) -> bool:
    small = [i.convert("L").resize((32, 32), Image.Resampling.BILINEAR) for i in (a, b)]
    return ImageStat.Stat(ImageChops.difference(*small)).mean[0] < SAME_PHOTO_MAD


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "images")
    parser.add_argument("--threshold", type=int, default=THRESHOLD)
    parser.add_argument("--speed", type=int, default=100_000, help="random hashes for the speed measure (0: skip)")
    args = parser.parse_args()
    t = args.threshold

    originals: list[tuple[str, int, Image.Image]] = []
    for path in sorted(args.corpus.iterdir()):
        value = dhash(path)
        if value is None:
            continue
        try:
            with Image.open(path) as image:
                pixels = image.convert("RGB")
        except Exception:
            continue
        originals.append((path.name, int(value, 16), pixels))
    print(f"{len(originals)} decodable, non-blank corpus images; threshold {t} of 128 bits")

    photo = list(range(len(originals)))  # photo id per original: files showing the same photo share one
    for i, j in combinations(range(len(originals)), 2):
        if photo[j] == j and same_photo(originals[i][2], originals[j][2]):
            photo[j] = photo[i]
    print(f"{len(set(photo))} distinct photos among them (pixels compared at 32x32)")

    false_pairs = [
        (originals[i][0], originals[j][0], (originals[i][1] ^ originals[j][1]).bit_count())
        for i, j in combinations(range(len(originals)), 2)
        if photo[i] != photo[j]
    ]
    closest = min(d for _, _, d in false_pairs)
    print(
        f"originals of different photos: closest {closest} bits; within threshold: "
        f"{sum(d <= t for _, _, d in false_pairs)} of {len(false_pairs)} pairs"
    )

    found: dict[str, list[int]] = {}
    false_matches = 0
    with tempfile.TemporaryDirectory() as folder:
        for k, (_, value, image) in enumerate(originals):
            for kind, copy in variants(image).items():
                other = hash_of(copy, Path(folder))
                if other is None:
                    continue
                found.setdefault(kind, []).append((value ^ other).bit_count())
                false_matches += sum(
                    1 for j, o in enumerate(originals) if photo[j] != photo[k] and (o[1] ^ other).bit_count() <= t
                )
    print(f"{'copy':12} {'found':>9}  distances to the original (max)")
    for kind, distances in found.items():
        hits = sum(d <= t for d in distances)
        print(f"{kind:12} {hits:4}/{len(distances):<4} {100 * hits / len(distances):5.1f}%  max {max(distances)}")
    print(f"false matches (a copy within the threshold of a different photo): {false_matches}")

    if args.speed:
        rng = random.Random(7)
        hashes = [rng.getrandbits(128) for _ in range(args.speed)]
        started = time.perf_counter()
        near_groups(hashes, t)
        spent = time.perf_counter() - started
        print(
            f"near_groups over {args.speed} distinct hashes: {spent:.1f} s ({1e6 * spent / args.speed:.0f} us per hash)"
        )


if __name__ == "__main__":
    main()
