"""Bounded memory beyond PNG: a metadata structure repeated millions of times is kept a bounded number of times.

A 16 MB file of 20-byte Photoshop IIM resources made 800,000 parsed dataset dictionaries, and a file of tiny XMP
packets one list entry per packet; the readers now keep 64 IIM blocks, 4096 datasets per block and 8 packets.
The child's peak memory must stay under 200 MB (measured: 85-92 MB, against 363-533 MB and up to 27 s before).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile.bounded import documents, run_bounded

SIZE = 16 * 1024 * 1024
PEAK_MB = 200
IIM_CREDIT = b"\x1c\x02\x6e\x00\x02AP"  # IIM 2:110 Credit "AP"


def _repeat(unit: bytes, head: bytes = b"") -> bytes:
    return head + unit * ((SIZE - len(head)) // len(unit))


CASES = {
    # not an image format: scanned for the blocks' own signatures
    # resource, empty name, size 7, the dataset, a pad byte
    "iim-resources": _repeat(b"8BIM\x04\x04\x00\x00\x00\x00\x00\x07" + IIM_CREDIT + b"\x00", b"%!PS-Adobe-3.0\n"),
    "iim-datasets": _repeat(IIM_CREDIT, b"%!PS-Adobe-3.0\n8BIM\x04\x04\x00\x00" + SIZE.to_bytes(4, "big")),
    "xmp-packets": _repeat(b"<rdf:RDF></rdf:RDF>"),
}


@pytest.mark.parametrize("name", CASES.keys())
def test_repeated_structures_are_kept_a_bounded_number_of_times(site: Path, name: str) -> None:
    (site / name).write_bytes(CASES[name])
    (site / "article.txt").write_text(f"A file\n\n![A file]({name})\nA file. Photo: AP\n")
    articles = [str(site / "article.txt"), str(site / "ordinary.txt")]
    run = run_bounded("check", *articles, "--images", str(site), "--format", "json", cpu_seconds=60, memory_mb=1024)
    assert run.returncode in (0, 1), run
    assert run.peak_mb < PEAK_MB, run
    docs = documents(run.stdout)
    assert set(docs) == {"article.txt", "ordinary.txt"}
    embedded = docs["article.txt"]["images"][0]["embedded"]
    if name.startswith("iim"):
        assert (embedded["credit"], embedded["iptc_blocks"]) == ("AP", 64 if name == "iim-resources" else 1)
    else:  # eight packets tried, each refused: one warning each
        assert len(embedded["warnings"]) == 8 and embedded["credit"] is None
