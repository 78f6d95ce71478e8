"""Readers turn one document into an Article. Each input format is one module; they only extract."""

from __future__ import annotations

from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.model import Article
from checker.policy.selectors import HtmlSelectors
from checker.readers.cms_json import read_cms_json
from checker.readers.html.reader import read_html
from checker.readers.image import read_image
from checker.readers.text import read_text
from checker.sources import Document, decode_utf8, read_bytes


def read(doc: Document, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    """A document on disk."""
    if doc.format == "image":
        return read_image(doc, registry)
    return read_data(doc.source, doc.format, read_bytes(doc), registry, selectors)


def read_data(
    source: str, fmt: str, data: bytes, registry: Registry, selectors: HtmlSelectors | None = None
) -> Article:
    """A document's bytes, wherever they came from (a file, a JSON Lines record, a WARC record)."""
    if not data.strip():
        raise ReadError("empty document: no content to check")
    if fmt == "text":
        if b"\x00" in data:
            raise ReadError("binary content in a text document (NUL bytes)")
        return read_text(source, decode_utf8(data), registry)
    if fmt == "html":
        return read_html(source, data, registry, selectors)
    if fmt == "json":
        return read_cms_json(source, data, registry, selectors)
    raise ReadError(f"unsupported format: {fmt} (no reader for it yet)")
