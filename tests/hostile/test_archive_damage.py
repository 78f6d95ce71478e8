"""Issue 13, item 3: a truncated or corrupt web archive loses only what is damaged.

A .warc.gz cut short crashed the whole audit with a traceback at 48 of 378 cut points, dropped the partial record
silently at 210 and audited a truncated page as if whole at 105; a file named .warc that is not one was "0
documents, 0 failed". Now, at every cut point of a small archive (gzip and plain): no exception, every record the
cut left whole is audited, no cut record is, and the damage is an error entry named by its byte offset.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from pathlib import Path

import pytest
from archives import PAGE, write_warc

from checker.sources import jsonl, warc
from hostile.bounded import documents, run_bounded

PAGES = [
    (f"https://example.com/{n}", PAGE.format(n=n, date="2024-02-10", image=f"{n}.jpg", credit="AP Photo/Jane Doe"))
    for n in range(4)
]


def archive(tmp_path: Path, compressed: bool) -> tuple[bytes, list[tuple[int, int, str | None]]]:
    """A WARC of four HTML responses and a resource record, and each record's (offset, length, page URI)."""
    from warcio.archiveiterator import ArchiveIterator

    data = write_warc(tmp_path / "crawl.warc.gz", PAGES).read_bytes()
    if not compressed:
        data = gzip.decompress(data)
    records = ArchiveIterator(io.BytesIO(data))
    spans = []
    for record in records:
        uri = record.rec_headers.get_header("WARC-Target-URI") if record.rec_type == "response" else None
        spans.append((records.get_record_offset(), records.get_record_length(), uri))
    return data, spans


@pytest.mark.parametrize("compressed", [True, False], ids=["warc.gz", "warc"])
def test_every_cut_point(tmp_path: Path, compressed: bool, capfd: pytest.CaptureFixture[str]) -> None:
    data, spans = archive(tmp_path, compressed)
    assert [uri for _, _, uri in spans] == [uri for uri, _ in PAGES] + [None]
    starts = [offset for offset, _, _ in spans[1:]] + [len(data)]
    name = "crawl.warc.gz" if compressed else "crawl.warc"
    for cut in range(1, len(data)):
        docs = list(warc.documents(name, io.BytesIO(data[:cut])))  # never raises
        audited = [d.source for d in docs if d.error is None]
        damage = [d for d in docs if d.error is not None]
        whole = [uri for offset, length, uri in spans if uri and offset + length <= cut]
        assert audited == whole, cut  # each whole record, and no record cut short
        # a cut that falls between one record's content and the next record (the blank lines that end a record)
        # loses nothing; any other cut is reported, named by the offset of the record it damaged
        between = any(offset + length <= cut <= start for (offset, length, _), start in zip(spans, starts, strict=True))
        assert bool(damage) != between, (cut, [d.error for d in damage])
        for doc in damage:
            offset = int(doc.source.rsplit("@", 1)[1])
            assert doc.source == f"{name}@{offset}" and offset in {o for o, _, _ in spans}, doc
            assert doc.error and doc.error.startswith(f"WARC record at byte {offset} "), doc
    assert not capfd.readouterr().err  # warcio's warnings (with the record's bytes) are not printed


def test_every_cut_point_of_a_warc_gzipped_whole(tmp_path: Path) -> None:
    """A WARC gzipped as one member (`gzip crawl.warc`), which warcio refuses to read past its first record, is
    read decompressed: at every cut, each record whose bytes the cut left decompressible is audited, and the rest
    is an error."""
    plain, spans = archive(tmp_path, compressed=False)
    data = gzip.compress(plain)
    pages = [uri for uri, _ in PAGES]
    assert [d.source for d in warc.documents("whole.warc.gz", io.BytesIO(data))] == pages
    for cut in range(1, len(data)):
        docs = list(warc.documents("whole.warc.gz", io.BytesIO(data[:cut])))
        readable = len(zlib.decompressobj(wbits=31).decompress(data[:cut])) if cut > 10 else 0
        whole = [uri for offset, length, uri in spans if uri and offset + length <= readable]
        audited = [d.source for d in docs if d.error is None]
        (damage,) = [d for d in docs if d.error is not None]
        assert damage.source == "whole.warc.gz@0" and damage.error, cut
        # the cut right after the first record: nothing says yet that the member holds more than one record,
        # so the record is one whose gzip member is cut short (its checksum missing), as in a .warc.gz of members
        first = audited == [] and whole == pages[:1] and "ends inside its gzip member" in damage.error
        assert audited == whole or first, cut


def test_corrupt_record_in_the_middle(tmp_path: Path) -> None:
    """A damaged gzip member or WARC header: reading resumes at the next record, which is audited."""
    for compressed in (True, False):
        data, spans = archive(tmp_path, compressed)
        (start, _, _), (after, _, _) = spans[1], spans[2]
        broken = data[: start + 1] + b"\x00" * 24 + data[start + 25 :]  # the gzip header, or "WARC/1.0\r\nWARC-Type"
        docs = list(warc.documents("crawl", io.BytesIO(broken)))
        assert [d.source for d in docs if d.error is None] == [PAGES[0][0], PAGES[2][0], PAGES[3][0]]
        (damage,) = [d for d in docs if d.error is not None]
        assert damage.source == f"crawl@{start}"
        assert damage.error and damage.error.endswith(
            f"bytes {start} to {after} skipped, reading resumes at byte {after}"
        )


def test_a_cut_archive_in_a_run(site: Path) -> None:
    """Through the CLI: no traceback, the whole records and the other documents reported, the damage an error."""
    data = write_warc(site / "crawl.warc.gz", PAGES).read_bytes()
    (site / "crawl.warc.gz").write_bytes(data[: len(data) * 3 // 5])
    (site / "pages.warc").write_bytes(b"<html><body><p>A page, not an archive</p></body></html>\n")
    (site / "notes.jsonl").write_text("Notes\n" * 1000)  # one error, not one per line
    run = run_bounded("check", str(site), "--images", str(site), "--format", "json", cpu_seconds=30, memory_mb=1024)
    assert run.returncode == 1 and "Traceback" not in run.stderr, run
    docs = {d["source"]: d for d in json.loads(run.stdout)["documents"]}
    pages = [uri for uri, _ in PAGES]
    assert {uri: docs[uri]["status"] for uri in pages if uri in docs} == dict.fromkeys(pages[:2], "ok")
    (damage,) = [d for source, d in docs.items() if "crawl.warc.gz@" in source]
    assert damage["status"] == "error" and " is cut short" in damage["error"]
    assert docs[str(site / "pages.warc")]["error"].startswith("not a WARC or ARC file: it starts with b'<html>")
    assert docs[str(site / "notes.jsonl")]["error"] == "not a JSON Lines file: it starts with " + repr(
        b"Notes\n" * 6 + b"Note"
    )
    assert documents(run.stdout)["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"


def test_every_cut_point_of_a_gzipped_json_lines_file() -> None:
    """Each line the cut left whole (and decompressible) is audited; the rest is one error for the next line."""
    lines = [json.dumps({"url": f"https://example.com/{n}", "text": f"Story {n}. " + "word " * 40}) for n in range(60)]
    data = gzip.compress(("\n".join(lines) + "\n").encode())
    for cut in range(2, len(data)):  # (one byte is not yet gzip's magic: "not a JSON Lines file")
        docs = list(jsonl.documents("feed.jsonl.gz", io.BytesIO(data[:cut])))
        readable = zlib.decompressobj(wbits=31).decompress(data[:cut]).count(b"\n")
        assert [d.source for d in docs if d.error is None] == [f"https://example.com/{n}" for n in range(readable)]
        (damage,) = [d for d in docs if d.error is not None]
        assert damage.source == f"feed.jsonl.gz:{readable + 1}", cut
        assert damage.error and damage.error.startswith(f"cannot read past line {readable}: "), cut
