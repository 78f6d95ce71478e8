"""JSON Lines: one article a line, `{"url"|"id"|"source": ..., "html"|"body_html"|"text"|"body": ..., "format"?: ...}`.

Read line by line, never whole; a gzip-compressed file is read through gzip. A line that is not an article is
that line's error entry, named `file:line`, and the lines after it are read as usual; a compressed file cut short
or corrupt ends with an error entry for the line it could not read. A file that does not start with a JSON object
is one error, not an error per line. A page in an "html" field is text already: it is handed on as UTF-8 and said
to be UTF-8, whatever <meta charset> it carries (the HTML standard's order: the transport's encoding first).
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from checker.readers import Document
from checker.sources.gz import gunzip_head, maybe_gunzip

_HEAD = 1 << 12
_FORMAT_KEYS = (("html", "html"), ("body_html", "html"), ("text", "text"), ("body", "text"))


def looks_like(head: bytes) -> bool:
    """A first line that is a whole JSON object, followed by another object or naming an article's content."""
    head = gunzip_head(head).lstrip(b"\xef\xbb\xbf \t\r\n")
    first, newline, rest = head.partition(b"\n")
    if not newline or not first.startswith(b"{"):
        return False
    try:
        record = json.loads(first)
    except (ValueError, UnicodeDecodeError):
        return False
    if not isinstance(record, dict):
        return False
    return rest.lstrip().startswith(b"{") or any(isinstance(record.get(key), str) for key, _ in _FORMAT_KEYS)


def documents(source: str, handle: BinaryIO, first_line: int = 1) -> Iterator[Document]:
    """The records of a JSON Lines file, or of a byte range of one starting at line `first_line` (archive shards)."""
    if first_line == 1:  # a whole file, or its first range: is it JSON Lines at all?
        head = handle.read(_HEAD)
        handle.seek(0)
        start = gunzip_head(head).lstrip(b"\xef\xbb\xbf \t\r\n")
        if start and not start.startswith(b"{"):
            yield Document(source, "jsonl", error=f"not a JSON Lines file: it starts with {start[:40]!r}")
            return
    with maybe_gunzip(handle) as lines:
        number = first_line - 1
        try:
            for number, line in enumerate(lines, first_line):
                if line.strip():
                    yield _record(source, number, line)
        except (OSError, EOFError, zlib.error) as exc:  # a truncated or corrupt .gz
            yield Document(f"{source}:{number + 1}", "jsonl", error=f"cannot read past line {number}: {exc}")


def _record(source: str, number: int, line: bytes) -> Document:
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as exc:
        return Document(where, "jsonl", error=f"line {number} is not JSON: {exc}")
    if not isinstance(record, dict):
        return Document(where, "jsonl", error=f"line {number} is not a JSON object")
    name = str(record.get("url") or record.get("id") or record.get("source") or where)
    for key, fmt in _FORMAT_KEYS:
        value = record.get(key)
        if isinstance(value, str):
            declared = record.get("format")
            kind = declared if declared in ("html", "text") else fmt
            return Document(name, kind, data=value.encode("utf-8"), charset="utf-8" if kind == "html" else None)
    return Document(name, "jsonl", error=f"line {number} has no html or text field")
