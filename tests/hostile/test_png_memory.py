"""Issue 13, item 4: PNG metadata is read without decoding pixels, and the pixel hash decodes within a bound.

Pillow's PNG reader decodes every pixel to answer getexif(): a 420 KB PNG took 592 MB to read its credit, and
`audit --images` decoded it again for the pixel hash. The PNG here is 9000x9000 (about 240 KB on disk, 324 MB
decoded), with its XMP after the pixel data; the child runs with its address space capped at 1 GB and its peak
resident memory must stay under 200 MB (measured: 41 MB for check and 48 MB for audit, against 349 MB and 433 MB before).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile.bounded import documents, run_bounded
from hostile.inputs import huge_png, itxt, itxt_bomb, xmp_packet

PEAK_MB = 200
ARTICLE = "A big picture\n\n![Big](big.png)\nA big picture. Photo: Reuters\n\n![Boats](boats.jpg)\nBoats. Photo: AP\n"


@pytest.fixture
def big_png_site(site: Path) -> Path:
    xmp = itxt(b"XML:com.adobe.xmp", xmp_packet("Reuters"))
    (site / "big.png").write_bytes(huge_png(9000, 9000, [xmp]))
    (site / "article.txt").write_text(ARTICLE)
    return site


def test_check_reads_png_metadata_without_decoding(big_png_site: Path) -> None:
    articles = [str(big_png_site / "article.txt"), str(big_png_site / "ordinary.txt")]
    run = run_bounded(
        "check", *articles, "--images", str(big_png_site), "--format", "json", cpu_seconds=60, memory_mb=1024
    )
    assert run.returncode in (0, 1), run
    assert run.peak_mb < PEAK_MB, run
    docs = documents(run.stdout)
    assert set(docs) == {"article.txt", "ordinary.txt"}
    big, boats = docs["article.txt"]["images"]
    assert (big["embedded"]["format"], big["embedded"]["credit"], big["embedded"]["error"]) == ("PNG", "Reuters", None)
    assert boats["embedded"]["credit"] == "AP"
    assert docs["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"


def test_audit_hashes_within_a_pixel_bound(big_png_site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    articles = [str(big_png_site / "article.txt"), str(big_png_site / "ordinary.txt")]
    run = run_bounded(
        "audit", *articles, "--images", str(big_png_site), "--out", str(out), "--no-cache", "--jobs", "2",
        cpu_seconds=60, memory_mb=1024,
    )  # fmt: skip
    assert run.returncode in (0, 1), run
    assert run.peak_mb < PEAK_MB, run
    docs = {
        Path(doc["source"]).name: doc for doc in map(json.loads, out.with_suffix(".jsonl").read_text().splitlines())
    }
    assert set(docs) == {"article.txt", "ordinary.txt"}
    big, boats = docs["article.txt"]["images"]
    assert (big["embedded"]["credit"], big["embedded"]["phash"]) == ("Reuters", None)  # too many pixels to hash
    assert boats["embedded"]["phash"] is not None
    assert docs["ordinary.txt"]["images"][0]["embedded"]["phash"] == boats["embedded"]["phash"]


def test_text_chunk_bombs_are_skipped(site: Path) -> None:
    """Six XMP chunks that inflate to 256 MB each, before the real one: each is inflated to 16 MB at most, then
    dropped (a cut packet would not parse), and the real XMP after them is still read."""
    bombs = [itxt_bomb(b"XML:com.adobe.xmp", 256)] * 6
    (site / "bomb.png").write_bytes(huge_png(64, 64, [*bombs, itxt(b"XML:com.adobe.xmp", xmp_packet("Reuters"))]))
    (site / "article.txt").write_text(ARTICLE.replace("big.png", "bomb.png"))
    articles = [str(site / "article.txt"), str(site / "ordinary.txt")]
    run = run_bounded("check", *articles, "--images", str(site), "--format", "json", cpu_seconds=60, memory_mb=1024)
    assert run.returncode in (0, 1), run
    assert run.peak_mb < PEAK_MB, run
    docs = documents(run.stdout)
    assert set(docs) == {"article.txt", "ordinary.txt"}
    bomb, boats = docs["article.txt"]["images"]
    assert (bomb["embedded"]["credit"], bomb["embedded"]["warnings"], boats["embedded"]["credit"]) == (
        "Reuters",
        [],
        "AP",
    )
