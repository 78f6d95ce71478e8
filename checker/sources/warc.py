"""WARC (and ARC) web archives: every HTML response, named by its target URI, read record by record.

A damaged archive loses only what is damaged. Each record is checked before it is audited: its block must hold
the bytes its Content-Length declares and end where the next record starts, and in a .gz its gzip member must
end. A record cut short (a truncated download) or an unreadable stretch becomes one error entry named by the
byte offset where the damage starts (`crawl.warc.gz@12345`, the offset `warcio extract` takes; in a .gz, the
offset of the gzip member); every complete record before it is audited as usual. A file that does not start
like a WARC or ARC file is an error, not an archive with no pages.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Generator, Iterator
from typing import Any, BinaryIO

from checker.plain import Value
from checker.readers import Document, sniff
from checker.sources.gz import MAGIC, gunzip_head

_STARTS = (b"WARC/", b"filedesc://")
_HEAD = 1 << 12
_BLOCK = 1 << 16
_ONE_MEMBER = "shares its gzip member with the next record"
_NON_CHUNKED = "non-chunked gzip"  # in warcio's refusal to read on past such a member


def looks_like(head: bytes) -> bool:
    return gunzip_head(head).startswith(_STARTS)


def documents(source: str, handle: BinaryIO) -> Iterator[Document]:
    head = handle.read(_HEAD)
    handle.seek(0)
    if not head.strip():
        return  # an empty file: the stream lists it as an archive with no pages
    content = gunzip_head(head).lstrip(b"\r\n")
    if not content and head.startswith(MAGIC):
        yield Document(f"{source}@0", "warc", error=f"WARC record at byte 0 unreadable: {_gzip_problem(head)}")
        return
    if any(start.startswith(part) for start in (MAGIC, *_STARTS) for part in (head, content)):  # "WAR"
        yield Document(f"{source}@0", "warc", error="WARC record at byte 0 is cut short: the file ends in its header")
        return
    if not content.startswith(_STARTS):
        yield Document(source, "warc", error=f"not a WARC or ARC file: it starts with {content[:40]!r}")
        return

    try:
        yield from _archive(source, handle, head.startswith(MAGIC))
    except Exception as exc:  # a last resort: whatever else goes wrong costs this file only
        yield Document(source, "warc", error=f"cannot read this web archive on: {_short(exc)}")


class _Stop(Value, frozen=True):
    """Where and why warcio stopped reading."""

    offset: int  # a record's start (its gzip member's, in a .gz)
    problem: str
    resync: bool = False  # readable records may follow: look for the next one
    skip: int = 0  # with _ONE_MEMBER: records of that member already read


def _archive(source: str, handle: BinaryIO, gz: bool) -> Iterator[Document]:
    end = handle.seek(0, 2)
    start: int | None = 0
    while start is not None:
        handle.seek(start)
        stop = yield from _read(source, handle, start, end)
        if stop is None:
            return
        if stop.problem == _ONE_MEMBER:
            yield from _gzip_stream(source, handle, stop.offset, stop.skip)
            return
        offset = stop.offset
        resume = _resume(handle, offset + 1, end, gz) if stop.resync else None
        then = f"; bytes {offset} to {resume} skipped, reading resumes at byte {resume}" if resume else ""
        if stop.resync and resume is None:
            then = f"; nothing readable follows it (bytes {offset} to {end} skipped)"
        yield Document(f"{source}@{offset}", "warc", error=f"WARC record at byte {offset} {stop.problem}{then}")
        start = resume  # always past the damage: every pass reads on from further in the file


def _read(source: str, handle: BinaryIO, start: int, end: int) -> Generator[Document, None, _Stop | None]:
    """The documents from `start` on, up to the first damage that stops warcio (returned), or up to a gzip member
    holding more than one record, which warcio refuses to read on from (_ONE_MEMBER)."""
    records = _records_class()(handle)
    last = start  # the start of the last record read: warcio's offsets past a bad gzip member can be nonsense
    try:
        for record in records:
            offset = records.offset if last <= records.offset < end else last
            last = offset
            doc = _document(source, offset, record)
            problem, whole = _damage(records, record)  # reads the record to its end
            if problem == _ONE_MEMBER:
                return _Stop(offset, problem)
            if problem:
                yield Document(f"{source}@{offset}", "warc", error=f"WARC record at byte {offset} {problem}")
            if doc is not None and whole:
                yield doc
    except Exception as exc:  # ArchiveLoadFailed, zlib.error, a truncated header: whatever warcio raises
        if _NON_CHUNKED in str(exc):  # the member of the last record holds the next one too
            return _Stop(last, _ONE_MEMBER, skip=1)
        offset = records.offset if last <= records.offset < end else last
        return _Stop(offset, f"unreadable: {_short(exc)}", resync=True)
    if last <= records.offset < end:  # warcio ends quietly at a record whose header the file does not hold whole
        return _Stop(records.offset, f"is cut short: the file ends {end - records.offset} bytes into it")
    return None


def _gzip_stream(source: str, handle: BinaryIO, offset: int, skip: int) -> Iterator[Document]:
    """The records of a gzip member holding several (a whole WARC file gzipped at once: valid, though it cannot
    be read from the middle), read decompressed to the end, but the first `skip` (already read); damage there is
    named by the member's offset and said at which byte of the decompressed stream it is."""
    handle.seek(offset)
    stream = _Gunzip(handle)
    records = _records_class()(stream)
    where, inside = f"{source}@{offset}", f"of the gzip stream at byte {offset}"
    problem: str | None = None
    try:
        for number, record in enumerate(records):
            at = records.offset
            doc = _document(source, offset, record) if number >= skip else None
            problem, whole = _damage(records, record)
            if problem and number >= skip:
                yield Document(where, "warc", error=f"WARC record at byte {at} {inside} {problem}")
            if doc is not None and whole:
                yield doc
    except Exception as exc:  # a corrupt stream (zlib.error), warcio's failures
        yield Document(where, "warc", error=f"WARC record at byte {records.offset} {inside} unreadable: {_short(exc)}")
        return
    at, read = records.offset, stream.tell()
    if stream.cut and at < read:  # warcio ends quietly in a record's header
        error = f"WARC record at byte {at} {inside} is cut short: the file ends {read - at} bytes into it"
        yield Document(where, "warc", error=error)
    elif stream.cut and not problem:  # the records read are whole; the stream is not
        error = f"the gzip stream at byte {offset} is cut short after {read} bytes of WARC records (a truncated file)"
        yield Document(where, "warc", error=error)


class _Gunzip:
    """gzip members decompressed as they are read, a block at a time. Unlike GzipFile, a stream cut short gives
    what it holds and then sets `cut`, where GzipFile raises EOFError and drops the last block: warcio takes an
    EOFError for the end of the archive and would stop without a word."""

    def __init__(self, handle: BinaryIO):
        self._handle = handle
        self._inflate = zlib.decompressobj(wbits=31)
        self._position = 0
        self.cut = False

    def tell(self) -> int:
        return self._position

    def read(self, size: int | None = -1) -> bytes:
        want = size if size is not None and size > 0 else _BLOCK
        out: list[bytes] = []
        got = 0
        while got < want:
            inflate = self._inflate
            if inflate.eof:  # the next member, if any
                data = inflate.unused_data or self._handle.read(_BLOCK)
                if not data:
                    break
                self._inflate = inflate = zlib.decompressobj(wbits=31)
            else:
                data = inflate.unconsumed_tail or self._handle.read(_BLOCK)
                if not data:
                    self.cut = True
                    break
            chunk = inflate.decompress(data, want - got)  # never more than asked: no decompression bomb
            out.append(chunk)
            got += len(chunk)
        self._position += got
        return b"".join(out)


def _resume(handle: BinaryIO, position: int, end: int, gz: bool) -> int | None:
    """The first offset at or after `position` where a readable record starts (the start of a gzip member, or
    of a line starting a WARC header), found by a linear scan; None if there is none."""
    marker, skip = (MAGIC + b"\x08", 0) if gz else (b"\nWARC/", 1)
    while position < end:
        handle.seek(position)
        block = handle.read(_BLOCK)
        found = block.find(marker)
        if found < 0:
            if len(block) < len(marker):
                return None
            position += len(block) - len(marker) + 1
            continue
        candidate = position + found + skip
        if _readable(handle, candidate):
            return candidate
        position = position + found + 1
    return None


def _readable(handle: BinaryIO, offset: int) -> bool:
    """A record whose header warcio reads, with a valid Content-Length, starts at `offset`."""
    handle.seek(offset)
    try:
        record = next(iter(_records_class()(handle)), None)
        return record is not None and _declared_length(record)
    except Exception:  # not a record: the scan goes on
        return False


def _document(source: str, offset: int, record: Any) -> Document | None:
    """The record's page, if it is an HTML response (or a response of no declared type that sniffs as HTML)."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = record.http_headers.get_header("Content-Type") or ""
    uri = (
        record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("uri") or f"{source}@{offset}"
    )
    kind = content_type.lower()
    if "html" in kind:
        return Document(uri, "html", data=record.content_stream().read(), charset=charset(content_type))
    if not kind:
        data = record.content_stream().read()
        if sniff(data) == "html":
            return Document(uri, "html", data=data)
    return None


def _damage(records: Any, record: Any) -> tuple[str | None, bool]:
    """What is wrong with the record just read, if anything, and whether its content is whole all the same;
    reads it to its end (and past the blank lines after it)."""
    raw = record.raw_stream
    while raw.read(_BLOCK):
        pass
    missing = getattr(raw, "limit", 0)  # bytes of the declared Content-Length the file did not hold
    records.read_to_end()
    if not _declared_length(record):  # warcio reads on to the end of the file, or reads nothing
        return "has no valid Content-Length: its header is cut short or corrupt", False
    if missing > 0:
        declared = record.length if isinstance(record.length, int) else "?"
        return f"is cut short: {missing} of its {declared} bytes are missing (a truncated or corrupt file)", False
    if records.misaligned is not None:
        return f"does not end where its Content-Length says: {records.misaligned!r} follows it", False
    decompressor = records.reader.decompressor
    if decompressor is not None and not decompressor.eof:
        if records.next_line:  # another record follows in the same gzip member
            return _ONE_MEMBER, False
        return "is cut short: the file ends inside its gzip member (a truncated file)", False  # unverified content
    return None, True


def _declared_length(record: Any) -> bool:
    """The record's header declares its length (Content-Length, or an ARC header's length field)."""
    declared = record.rec_headers.get_header("Content-Length") if record.format == "warc" else record.length
    return str(declared if declared is not None else "").strip().isdigit()


@functools.cache
def _records_class() -> type:
    """warcio's ArchiveIterator (imported only by runs that read a WARC file), recording instead of printing a
    record whose Content-Length does not end at a blank line (warcio writes the record's bytes to stderr)."""
    from warcio.archiveiterator import ArchiveIterator

    class Records(ArchiveIterator):
        misaligned: bytes | None = None  # what followed the last record where a blank line should have

        def _consume_blanklines(self) -> tuple[bytes | None, int]:
            self.misaligned = None
            empty_size = 0
            first_line = True
            while True:
                line = self.reader.readline()
                if not line:
                    return None, empty_size
                if not line.rstrip() or first_line:
                    empty_size += len(line)
                    if line.rstrip():
                        self.misaligned = line[:40]
                        self.err_count += 1
                    first_line = False
                    continue
                return line, empty_size

    return Records


def _gzip_problem(head: bytes) -> str:
    try:
        zlib.decompressobj(wbits=31).decompress(head, 1)
    except zlib.error as exc:
        return f"not a readable gzip stream ({exc})"
    return "the gzip stream is cut short"


def _short(exc: Exception) -> str:
    """The exception on one line, its quote of the bad bytes made printable and short; the kind of a warcio
    failure that is not one of its own reports (an AttributeError on a header it could not parse) is named."""
    text = "".join(c if c.isprintable() else "." for c in " ".join(str(exc).split()))
    if type(exc).__name__ != "ArchiveLoadFailed":
        text = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return text if len(text) <= 120 else text[:117] + "..."


def charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type (`text/html; charset="ISO-8859-1"` -> `iso-8859-1`)."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None
