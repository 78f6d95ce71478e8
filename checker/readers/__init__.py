"""Readers turn one document into an Article. Each input format is one module; they only extract."""

from __future__ import annotations

from checker.errors import ReadError
from checker.model import Article
from checker.readers.html import HtmlSelectors, read_html
from checker.readers.image import read_image
from checker.readers.text import read_text
from checker.registry import Registry
from checker.sources import Document, decode_utf8, read_bytes


def read(doc: Document, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    if doc.format == "text":
        data = read_bytes(doc)
        if b"\x00" in data:
            raise ReadError("binary content in a text document (NUL bytes)")
        return read_text(doc.source, decode_utf8(data), registry)
    if doc.format == "html":
        return read_html(doc.source, read_bytes(doc), registry, selectors)
    if doc.format == "image":
        return read_image(doc, registry)
    if doc.format == "unknown" and not doc.path.exists():
        read_bytes(doc)  # raises the precise "file not found" / "cannot read" error
    raise ReadError(f"unsupported format: {doc.format} (no reader for it yet)")
