"""Perceptual hash (difference hash) of an image: the same photo resized or recompressed hashes alike.

It needs pixels, so it decodes, at a reduced scale where the format allows it (JPEG draft mode: 1/2 to 1/8 of
each side, chosen by Pillow for the hash's size) and only up to MAX_PIXELS after that reduction: formats that
cannot be decoded at a reduced scale (PNG, TIFF, WebP, GIF) are decoded whole, so a larger one gets no hash
rather than hundreds of megabytes per worker. Archive audits use it to find one photo credited to different
agencies, and only when the image files are present.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from PIL import Image

HASH_SIZE = 8
MAX_PIXELS = 24_000_000  # decoded pixels at most (a 6000x4000 photo): up to 4 bytes each, plus a grey copy


def dhash(path: Path) -> str | None:
    """64-bit difference hash as 16 hex digits, or None when the image cannot be decoded within the bound."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)  # the bound below is tighter
            with Image.open(path) as image:
                image.draft("L", (HASH_SIZE * 4, HASH_SIZE * 4))  # JPEG: decode at 1/2..1/8 scale
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return None
                small = image.convert("L").resize((HASH_SIZE + 1, HASH_SIZE), Image.Resampling.BILINEAR)
                pixels = small.tobytes()
    except Exception:  # truncated or hostile files: no hash, the rest of the audit goes on
        return None
    bits = 0
    width = HASH_SIZE + 1
    for row in range(HASH_SIZE):
        for col in range(HASH_SIZE):
            bits = (bits << 1) | (pixels[row * width + col] > pixels[row * width + col + 1])
    return f"{bits:016x}"
