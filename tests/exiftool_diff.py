"""Our metadata reader against exiftool, the reference reader: per (file, field) comparison."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from checker.metadata import read_embedded

# our (block, field) -> exiftool's -G1 tag
FIELDS = {
    ("iptc", "credit"): "IPTC:Credit",
    ("xmp", "credit"): "XMP-photoshop:Credit",
    ("iptc", "creator"): "IPTC:By-line",
    ("xmp", "creator"): "XMP-dc:Creator",
    ("exif", "creator"): "IFD0:Artist",
    ("iptc", "copyright"): "IPTC:CopyrightNotice",
    ("xmp", "copyright"): "XMP-dc:Rights",
    ("exif", "copyright"): "IFD0:Copyright",
    ("iptc", "source"): "IPTC:Source",
    ("xmp", "source"): "XMP-photoshop:Source",
}


def exiftool_values(files: list[Path]) -> dict[str, dict]:
    tags = [f"-{tag}" for tag in FIELDS.values()]
    out = subprocess.run(
        ["exiftool", "-j", "-G1", "-struct", "-q", "-q", *tags, *map(str, files)], capture_output=True, timeout=600
    ).stdout
    return {Path(r["SourceFile"]).name: r for r in json.loads(out.decode("utf-8", "replace") or "[]")}


def _norm(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = "; ".join(str(v).strip() for v in value if str(v).strip())
    text = " ".join(str(value).replace("\x00", " ").split())
    return text or None


def compare(files: list[Path]) -> tuple[int, list[tuple[str, str, str | None, str | None]]]:
    """(pairs where either reader has a value, [(file, tag, ours, exiftool's) that differ])."""
    reference = exiftool_values(files)
    pairs, differences = 0, []
    for path in files:
        embedded = read_embedded(path)
        theirs = reference.get(path.name, {})
        for (block, field), tag in FIELDS.items():
            fields = getattr(embedded, block)
            ours = _norm(getattr(fields, field) if fields else None)
            ref = _norm(theirs.get(tag))
            if ours is None and ref is None:
                continue
            pairs += 1
            if ours != ref:
                differences.append((path.name, tag, ours, ref))
    return pairs, differences


if __name__ == "__main__":
    import sys

    root = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/images")
    pairs, diffs = compare(sorted(p for p in root.iterdir() if p.is_file()))
    for diff in diffs:
        print(*diff, sep=" | ")
    print(f"{pairs - len(diffs)}/{pairs} equal ({(pairs - len(diffs)) / pairs:.1%})")
