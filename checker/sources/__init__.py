"""The one stream of documents, for `check` and `audit` alike.

Each PATH becomes documents, in a stable order: a file (its format by name, else by content, from the table in
checker/readers); a directory tree (walked; images inside are assets of articles, hidden and configuration files
are passed over, each listed as Skipped); a container of documents (CONTAINERS below: JSON Lines, WARC), streamed
record by record; or `-`, standard input, read whole and once and recognised from its content, named `<stdin>`.
A path that is not a regular file (a pipe, /dev/stdin) is read the same way, so no byte is read twice or lost.
A new container kind is one module here with `documents(source, handle)` and `looks_like(head)`, plus one entry
(the module is imported when a file is first found to be, or may be, of its kind).
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from importlib import import_module
from pathlib import Path
from typing import BinaryIO

from checker.model import Skipped
from checker.plain import Value
from checker.readers import FORMATS, Document, format_by_name, json_not_an_article, not_an_article, sniff
from checker.sources import tree
from checker.sources.select import Selection

__all__ = ["CONTAINERS", "STDIN", "STDIN_SOURCE", "Container", "Document", "Selection", "file_entries", "stream"]

STDIN = "-"  # the PATH that means standard input
STDIN_SOURCE = "<stdin>"  # the name its document (or container) goes by in reports
HEAD_BYTES = 1 << 16  # how much of a file without a telling name is read to recognise it


class Container(Value, frozen=True):
    """A file that holds many documents."""

    module: str  # checker.sources.<module>, with documents(source, handle) and looks_like(head)
    suffixes: tuple[str, ...]  # lower-case file name endings
    empty: str  # the reason a file holding no document is listed as skipped (every input is accounted for)

    def documents(self, source: str, handle: BinaryIO) -> Iterator[Document]:
        return import_module(f"checker.sources.{self.module}").documents(source, handle)

    def sniff(self, head: bytes) -> bool:
        return import_module(f"checker.sources.{self.module}").looks_like(head)


CONTAINERS: dict[str, Container] = {
    "jsonl": Container("jsonl", (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"), "JSON Lines file with no records"),
    "warc": Container("warc", (".warc", ".warc.gz", ".arc", ".arc.gz"), "web archive with no HTML responses"),
}


def stream(
    paths: Iterable[str], stdin: BinaryIO | None = None, selection: Selection | None = None
) -> Iterator[Document | Skipped]:
    """Every document under the given paths; entries passed over come out as Skipped.

    A path given by name is a document even when missing (its audit entry then says so), unless its name or
    content says it is no article (code, configuration, unrelated JSON: skipped, with the reason) or, with
    `selection.force_exclude`, an exclude pattern matches it.
    """
    selection = selection or Selection()
    for name in paths:
        if name == STDIN:
            data = (stdin or sys.stdin.buffer).read()
            yield from _content(STDIN_SOURCE, "", data)
            continue
        path = Path(name)
        try:
            mode: int | None = os.stat(path).st_mode  # one stat tells a folder from a file, and a file's kind
        except (OSError, ValueError):
            mode = None  # _file reports why
        if mode is not None and stat.S_ISDIR(mode):
            for item in tree.walk(path, selection):
                if isinstance(item, Skipped):
                    yield item
                else:
                    yield from _file(tree.display(item), item, True, selection)
        elif selection.force_exclude and (pattern := selection.excluded(path)) is not None:
            yield Skipped(source=tree.display(name), reason=f"excluded by the pattern {pattern!r}")
        else:
            yield from _file(tree.display(name), path, False, selection, mode)


def file_entries(
    source: str, path: Path, in_tree: bool, selection: Selection | None = None
) -> Iterator[Document | Skipped]:
    """What `stream` yields for one file: given by name, or found in a directory tree (archive shards)."""
    return _file(source, path, in_tree, selection or Selection())


def _file(
    source: str, path: Path, in_tree: bool, selection: Selection, mode: int | None = None
) -> Iterator[Document | Skipped]:
    """`mode` is the file's st_mode when the caller has just read it."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode if mode is None else mode)
    except OSError as exc:
        yield Document(source, "unknown", path=path, error=_unreadable(exc))
        return
    if not regular:  # a pipe or device: what is read from it cannot be read again
        try:
            with path.open("rb") as handle:
                data = handle.read()
        except OSError as exc:
            yield Document(source, "unknown", path=path, error=_unreadable(exc))
            return
        yield from _content(source, path.name, data)
        return
    kind = _container_by_name(path.name)
    fmt = format_by_name(path.name) if kind is None else None
    reason = None
    if (kind is None and fmt is None) or fmt == "json":
        try:
            with path.open("rb") as handle:
                head = handle.read(HEAD_BYTES)
        except OSError as exc:
            yield Document(source, "unknown", path=path, error=_unreadable(exc))
            return
        if fmt == "json":
            reason = json_not_an_article(head) if head.strip() else None
        else:
            kind = _container_by_content(head)
            fmt = sniff(head)
            if kind is None and head.strip():  # an empty file is an empty document: an error, not a skip
                reason = not_an_article(path.name, head, named=selection.included(path))
    if reason is not None:
        yield Skipped(source=source, reason=reason)
    elif kind is not None:
        yield from _open_container(kind, source, path)
    elif in_tree and fmt in FORMATS and FORMATS[fmt].asset:
        yield Skipped(source=source, reason=f"{fmt} file: an asset of articles, not an article")
    else:
        yield Document(source, fmt or "unknown", path=path)


def _content(source: str, name: str, data: bytes) -> Iterator[Document | Skipped]:
    """Documents from bytes already read (standard input, a pipe), recognised by name, else by content."""
    kind = _container_by_name(name)
    fmt = format_by_name(name) if kind is None else None
    reason = json_not_an_article(data[:HEAD_BYTES]) if fmt == "json" and data.strip() else None
    if kind is None and fmt is None:
        kind = _container_by_content(data[:HEAD_BYTES])
        fmt = sniff(data)
        if kind is None and data.strip():
            reason = not_an_article(name, data[:HEAD_BYTES])
    if reason is not None:
        yield Skipped(source=source, reason=reason)
    elif kind is not None:
        yield from _contained(kind, source, io.BytesIO(data))
    else:
        yield Document(source, fmt or "unknown", data=data)


def _open_container(kind: str, source: str, path: Path) -> Iterator[Document | Skipped]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Document(source, kind, error=_unreadable(exc))
        return
    with handle:
        yield from _contained(kind, source, handle)


def _contained(kind: str, source: str, handle: BinaryIO) -> Iterator[Document | Skipped]:
    empty = True
    for doc in CONTAINERS[kind].documents(source, handle):
        empty = False
        yield doc
    if empty:
        yield Skipped(source=source, reason=CONTAINERS[kind].empty)


def _container_by_name(name: str) -> str | None:
    lower = name.lower()
    return next((kind for kind, entry in CONTAINERS.items() if lower.endswith(entry.suffixes)), None)


def _container_by_content(head: bytes) -> str | None:
    return next((kind for kind, entry in CONTAINERS.items() if entry.sniff(head)), None)


def _unreadable(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    return f"cannot read file: {exc.strerror or exc}"
