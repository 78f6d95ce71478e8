"""Issue 13, item 1: a referenced file Pillow cannot open is scanned for metadata in linear time.

The XMP packet scan was a lazy regular expression that rescanned to the end of the file from every unclosed
"<x:xmpmeta": 64 KB took 1.9 s, 1 MB ran past 300 s, and killing the run lost every document's report. The
EPS "%BeginPhotoshop" scan had the same shape. Now 4 MB takes well under a second; the bound asserted here is
a generous CPU limit on the child (a quadratic scan of 4 MB would need hours).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile.bounded import documents, run_bounded

SIZE = 4 * 1024 * 1024
UNCLOSED = {
    "xmpmeta": b"<x:xmpmeta ",
    "rdf": b"<rdf:RDF ",
    "eps": b"%BeginPhotoshop: 1\n",
    "closing-without-bracket": b"<x:xmpmeta></x:xmpmeta \t",
}


@pytest.mark.parametrize("pattern", UNCLOSED.values(), ids=UNCLOSED.keys())
def test_unclosed_packets_do_not_hang_the_run(site: Path, pattern: bytes) -> None:
    (site / "hostile.img").write_bytes((pattern * (SIZE // len(pattern) + 1))[:SIZE])
    (site / "article.txt").write_text(
        "Two photos\n\n![Hostile](hostile.img)\nA file. Photo: Reuters\n\n![Boats](boats.jpg)\nBoats. Photo: AP\n"
    )
    articles = [str(site / "article.txt"), str(site / "ordinary.txt")]
    run = run_bounded("check", *articles, "--images", str(site), "--format", "json", cpu_seconds=30, memory_mb=1024)
    assert run.returncode in (0, 1), run
    docs = documents(run.stdout)
    assert set(docs) == {"article.txt", "ordinary.txt"}
    assert all(d["status"] == "ok" for d in docs.values())
    hostile, boats = docs["article.txt"]["images"]
    assert hostile["embedded"]["error"] == "not an image format Pillow can open, and no metadata block was found in it"
    assert boats["embedded"]["credit"] == "AP"
    assert {f["rule"] for f in docs["article.txt"]["findings"] if f["image"] == 0} >= {"IMG002"}
    assert docs["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"
