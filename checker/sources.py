"""Finding input documents: files and directory trees, format by extension or by content."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from checker.errors import ReadError
from checker.model import Skipped

_BY_EXTENSION = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".tif": "image",
    ".tiff": "image",
    ".webp": "image",
    ".gif": "image",
    ".heic": "image",
    ".avif": "image",
}
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF8", b"RIFF")
SNIFF_BYTES = 2048
POLICY_FILES = {"creditcheck.toml", "pyproject.toml"}


@dataclass(frozen=True)
class Document:
    source: str  # the path as the user will recognise it
    path: Path
    format: str  # text, html, json, image, or unknown


def sniff(head: bytes) -> str:
    """The format of content without a telling extension."""
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<article")):
        return "html"
    if start.startswith((b"{", b"[")):
        return "json"
    if b"\x00" in head:
        return "unknown"
    return "text"


def format_of(path: Path) -> str:
    known = _BY_EXTENSION.get(path.suffix.lower())
    if known:
        return known
    try:
        with path.open("rb") as handle:
            return sniff(handle.read(SNIFF_BYTES))
    except OSError:
        return "unknown"


def discover(paths: Iterable[str]) -> Iterator[Document | Skipped]:
    """Every document under the given paths, in a stable order; files passed over come out as Skipped.

    A path given by name is always a document, even when missing (its audit entry then says so); inside a
    directory, images are assets rather than articles and hidden entries are passed over, each listed.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        else:
            yield Document(name, path, format_of(path) if path.exists() else "unknown")


def _walk(root: Path) -> Iterator[Document | Skipped]:
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop()
            yield Skipped(source=str(error.filename), reason=f"cannot list directory: {error.strerror}")
        dirs.sort()
        for hidden in [d for d in dirs if d.startswith(".")]:
            dirs.remove(hidden)
            yield Skipped(source=str(Path(folder, hidden)), reason="hidden directory")
        for file in sorted(files):
            path = Path(folder, file)
            if file.startswith("."):
                yield Skipped(source=str(path), reason="hidden file")
                continue
            if file in POLICY_FILES or path.suffix == ".toml":
                yield Skipped(source=str(path), reason="configuration file")
                continue
            fmt = format_of(path)
            if fmt == "image":
                yield Skipped(source=str(path), reason="image file: an asset of articles, not an article")
            else:
                yield Document(str(path), path, fmt)
    for error in unreadable:
        yield Skipped(source=str(error.filename), reason=f"cannot list directory: {error.strerror}")


def read_bytes(doc: Document) -> bytes:
    try:
        data = doc.path.read_bytes()
    except FileNotFoundError:
        raise ReadError("file not found") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
    return data


def decode_utf8(data: bytes) -> str:
    """Strict UTF-8 (a BOM is dropped); the error names the first bad byte's offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"invalid UTF-8 at byte {exc.start}: {data[exc.start : exc.start + 4]!r}") from None
