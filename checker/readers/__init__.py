"""The table of input formats. Readers turn one document into an Article; they only extract.

A new input format is one module under readers/ with a function `read(doc, registry, selectors) -> Article`, and
one entry in FORMATS: the file name endings that name the format and a test that recognises its content (for
standard input, pipes and files without a telling extension). Entries are tried in table order when sniffing.
Containers of documents (JSON Lines, WARC) are not formats: they are in checker/sources/.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any

from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.model import Article
from checker.plain import Value, replace
from checker.policy.selectors import HtmlSelectors
from checker.readers.document import Document

__all__ = [
    "FORMATS",
    "SNIFF_BYTES",
    "Document",
    "InputFormat",
    "format_by_name",
    "json_not_an_article",
    "not_an_article",
    "read",
    "sniff",
]

Reader = Callable[[Document, Registry, HtmlSelectors | None], Article]
SNIFF_BYTES = 2048  # how much of a document's start the content tests see


class InputFormat(Value, frozen=True):
    read: Reader
    extensions: tuple[str, ...]  # lower-case file name endings
    sniff: Callable[[bytes], bool]  # does this start of a document look like the format?
    by_path: bool = False  # the reader opens the file itself (and reads only what it needs)
    asset: bool = False  # inside a directory, a file of this format belongs to articles and is not one


# --- content tests -------------------------------------------------------------------------------------------

_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"GIF8", b"RIFF")
_HTML_STARTS = (
    b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<div", b"<article", b"<section", b"<main",
    b"<figure", b"<title", b"<header", b"<link", b"<script",
)  # fmt: skip


def _start(head: bytes) -> bytes:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:512].lower()


def _is_image(head: bytes) -> bool:
    return head.startswith(_IMAGE_MAGIC)


def _is_html(head: bytes) -> bool:
    start = _start(head)
    if start.startswith(b"<?xml"):  # XHTML: an XML declaration, then the page
        start = start.partition(b"?>")[2].lstrip()
    while start.startswith(b"<!--"):  # comments before the page (a CMS's or a crawler's note)
        start = start.partition(b"-->")[2].lstrip()
    return start.startswith(_HTML_STARTS)


def _is_json(head: bytes) -> bool:
    """A JSON object or array: `{` then a key, `[` then a value (a TOML `[section]` is not JSON)."""
    from checker.readers import kinds  # what is not an article: only files without a telling name need it

    return kinds.json_start(_start(head))


def _is_text(head: bytes) -> bool:
    return b"\x00" not in head


# --- adapters for readers whose signature predates the table -----------------------------------------------------

# Each reader is imported by the first document of its format (a run over text files never loads lxml); the names
# stay attributes of this module, so they can be replaced in tests.
_LAZY = {
    "read_text": "checker.readers.text",
    "read_html": "checker.readers.html.reader",
    "read_cms_json": "checker.readers.cms_json",
    "read_image": "checker.readers.image",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(_LAZY[name]), name)
    globals()[name] = value
    return value


def _reader(name: str) -> Any:
    return globals().get(name) or __getattr__(name)


def _text(doc: Document, registry: Registry, selectors: HtmlSelectors | None) -> Article:
    data = doc.content()
    if b"\x00" in data:
        raise ReadError("binary content in a text document (NUL bytes)")
    return _reader("read_text")(doc.source, decode_utf8(data), registry)


def _html(doc: Document, registry: Registry, selectors: HtmlSelectors | None) -> Article:
    # charset: the one the transport declared (a WARC record's HTTP header), if any
    return _reader("read_html")(doc.source, doc.content(), registry, selectors, charset=doc.charset)


def _json(doc: Document, registry: Registry, selectors: HtmlSelectors | None) -> Article:
    return _reader("read_cms_json")(doc.source, doc.content(), registry, selectors)


def _image(doc: Document, registry: Registry, selectors: HtmlSelectors | None) -> Article:
    return _reader("read_image")(doc, registry)


FORMATS: dict[str, InputFormat] = {
    "image": InputFormat(
        _image,
        # .xmp and .c2pa sidecars belong to the photo beside them: assets in a directory walk, never articles
        (".jpg", ".jpeg", ".png", ".tif", ".tiff", ".webp", ".gif", ".heic", ".avif", ".xmp", ".c2pa"),
        _is_image,
        by_path=True,
        asset=True,
    ),
    "html": InputFormat(_html, (".html", ".htm", ".xhtml"), _is_html),
    "json": InputFormat(_json, (".json",), _is_json),  # Arc XP ANS, WordPress REST
    "text": InputFormat(_text, (".txt", ".text"), _is_text),  # scraped text; last: anything without NUL bytes
}


def not_an_article(name: str, head: bytes | None, named: bool = False) -> str | None:
    """Why a file that no article extension names is not an article (code, configuration, data, unrelated JSON),
    or None when it may be one. `head` is its start (None: not read yet, judge the name alone); `named`: a user
    named the file itself or an include pattern, so a prose-like name (Markdown, PHP...) is judged by content."""
    from checker.readers import kinds

    reason = None if named else kinds.by_name(kinds.name_tags(name))
    if reason is None and head is not None and not _is_image(head) and not _is_html(head):
        reason = kinds.by_content(head)
    return reason


def json_not_an_article(head: bytes) -> str | None:
    """Why a `.json` file is not an article: it has none of the fields of a CMS document."""
    from checker.readers import kinds

    return None if kinds.is_cms_json(head) else "JSON with no Arc XP ANS or WordPress REST fields, not an article"


def format_by_name(name: str) -> str | None:
    """The format a file name's ending says, if any."""
    lower = name.lower()
    return next((fmt for fmt, entry in FORMATS.items() if lower.endswith(entry.extensions)), None)


def sniff(head: bytes) -> str:
    """The format of content without a telling name: the first entry whose test passes, else "unknown"."""
    head = head[:SNIFF_BYTES]
    return next((fmt for fmt, entry in FORMATS.items() if entry.sniff(head)), "unknown")


def read(doc: Document, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    """The Article of one document, by its format's reader; ReadError when it cannot be read."""
    entry = FORMATS.get(doc.format)
    if entry is not None and entry.by_path and doc.path is not None:
        return entry.read(doc, registry, selectors)
    data = doc.content()
    if not data.strip():
        raise ReadError("empty document: no content to check")
    if entry is None:
        raise ReadError(f"unsupported format: {doc.format} (no reader for it yet)")
    if entry.by_path:
        raise ReadError(f"{doc.format} content needs a file: give its path instead of piping it")
    return entry.read(replace(doc, data=data), registry, selectors)


def decode_utf8(data: bytes) -> str:
    """Strict UTF-8 (a BOM is dropped); the error names the first bad byte's offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReadError(f"invalid UTF-8 at byte {exc.start}: {data[exc.start : exc.start + 4]!r}") from None
