"""WARC (and ARC) web archives: every HTML response, named by its target URI, read record by record."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from checker.readers import Document, sniff
from checker.sources.gz import gunzip_head

SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def looks_like(head: bytes) -> bool:
    return gunzip_head(head).startswith((b"WARC/", b"filedesc://"))


def documents(source: str, handle: BinaryIO) -> Iterator[Document]:
    from warcio.archiveiterator import ArchiveIterator  # imported by the runs that read a WARC file, only

    count = 0
    try:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = record.http_headers.get_header("Content-Type") or ""
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{count}"
            count += 1
            kind = content_type.lower()
            if "html" in kind:
                yield Document(uri, "html", data=record.content_stream().read(), charset=charset(content_type))
            elif not kind:
                data = record.content_stream().read()
                if sniff(data) == "html":
                    yield Document(uri, "html", data=data)
    except Exception as exc:  # ArchiveLoadFailed, a truncated gzip, and whatever else warcio raises on hostile input
        yield Document(f"{source}#{count}", "warc", error=f"WARC record {count} unreadable: {exc}")


def charset(content_type: str) -> str | None:
    """The charset parameter of an HTTP Content-Type (`text/html; charset="ISO-8859-1"` -> `iso-8859-1`)."""
    for parameter in content_type.split(";")[1:]:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'").lower() or None
    return None
