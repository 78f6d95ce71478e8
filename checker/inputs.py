"""Archive inputs streamed one document at a time: files and directory trees, JSON Lines, WARC web archives.

Nothing is loaded whole: a JSON Lines file is read line by line and a WARC file record by record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from checker.model import Skipped
from checker.sources import Document, discover, sniff

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_FORMAT_KEYS = (("html", "html"), ("body_html", "html"), ("text", "text"), ("body", "text"))


@dataclass(frozen=True)
class Task:
    """One document to audit: its bytes (or, for an image file, its path), or why it could not be had."""

    source: str
    format: str
    data: bytes | None = None
    path: str | None = None
    error: str | None = None


def stream(paths: Iterable[str]) -> Iterator[Task | Skipped]:
    for item in discover(paths):
        if isinstance(item, Skipped):
            yield item
            continue
        name = item.path.name.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from _jsonl(item)
        elif name.endswith(WARC_SUFFIXES):
            yield from _warc(item)
        elif item.format == "image":
            yield Task(item.source, "image", path=str(item.path))
        else:
            yield _file(item)


def _file(doc: Document) -> Task:
    try:
        return Task(doc.source, doc.format, data=doc.path.read_bytes())
    except FileNotFoundError:
        return Task(doc.source, doc.format, error="file not found")
    except OSError as exc:
        return Task(doc.source, doc.format, error=f"cannot read file: {exc.strerror or exc}")


def _open(path: Path):
    if path.name.lower().endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def _opened(doc: Document, kind: str, opener):
    """(handle, None), or (None, the error Task) when the file cannot be opened."""
    try:
        return opener(doc.path), None
    except OSError as exc:
        return None, Task(doc.source, kind, error=f"cannot read file: {exc.strerror or exc}")


def _jsonl(doc: Document) -> Iterator[Task]:
    """One article per line: {"url"|"id"|"source": ..., "html"|"text"|"body": ..., "format"?: ...}."""
    handle, failure = _opened(doc, "jsonl", _open)
    if failure:
        yield failure
        return
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    yield _record(doc.source, number, line)
        except (OSError, EOFError) as exc:  # a truncated or corrupt .gz
            yield Task(f"{doc.source}:{number + 1}", "jsonl", error=f"cannot read past line {number}: {exc}")


def _record(source: str, number: int, line: bytes) -> Task:
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Task(where, "jsonl", error=f"line {number} is not JSON: {exc}")
    if not isinstance(record, dict):
        return Task(where, "jsonl", error=f"line {number} is not a JSON object")
    name = str(record.get("url") or record.get("id") or record.get("source") or where)
    for key, fmt in _FORMAT_KEYS:
        if isinstance(record.get(key), str):
            fmt = record.get("format") if record.get("format") in ("html", "text") else fmt
            return Task(name, fmt, data=record[key].encode("utf-8"))
    return Task(name, "jsonl", error=f"line {number} has no html or text field")


def _warc(doc: Document) -> Iterator[Task]:
    """HTML responses in a WARC file, each named by its target URI."""
    handle, failure = _opened(doc, "warc", lambda path: path.open("rb"))
    if failure:
        yield failure
        return
    with handle:
        count = 0
        try:
            for record in ArchiveIterator(handle):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                kind = (record.http_headers.get_header("Content-Type") or "").lower()
                uri = record.rec_headers.get_header("WARC-Target-URI") or f"{doc.source}#{count}"
                count += 1
                if "html" in kind:
                    yield Task(uri, "html", data=record.content_stream().read())
                elif not kind:
                    data = record.content_stream().read()
                    if sniff(data[:2048]) == "html":
                        yield Task(uri, "html", data=data)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            yield Task(f"{doc.source}#{count}", "warc", error=f"WARC record {count} unreadable: {exc}")
