"""Perceptual hash (difference hash) of an image: the same photo resized or recompressed hashes alike.

It needs pixels, so it decodes, at a reduced scale (JPEG draft mode): archive audits use it to find one photo
credited to different agencies, and only when the image files are present.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image

HASH_SIZE = 8


def dhash(path: Path) -> str | None:
    """64-bit difference hash as 16 hex digits, or None when the image cannot be decoded."""
    try:
        with Image.open(path) as image:
            image.draft("L", (HASH_SIZE * 4, HASH_SIZE * 4))  # JPEG: decode at 1/2..1/8 scale
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
