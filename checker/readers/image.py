"""An image file given as a document: its embedded metadata is the whole article."""

from __future__ import annotations

from functools import lru_cache

from checker.credits.parse import parse
from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.metadata import read_embedded
from checker.model import Article, Credit, ImageRecord, LineLocation
from checker.readers.document import Document


def read_image(doc: Document, registry: Registry) -> Article:
    """The credit of a lone image is the credit line it carries (IPTC 2:110 / photoshop:Credit)."""
    if doc.path is None:
        raise ReadError("an image is read from its file: give its path")
    embedded = read_embedded(doc.path, name=doc.source)
    if embedded.error:
        raise ReadError(embedded.error)
    credit = _credit(embedded.credit, registry) if embedded.credit else None
    image = ImageRecord(
        index=0, src=doc.source, credit=credit, embedded=embedded, location=LineLocation(line=1, column=1)
    )
    return Article(source=doc.source, format="image", images=[image], alt_observable=False, shows_captions=False)


@lru_cache(maxsize=4096)
def _credit(raw: str, registry: Registry) -> Credit:
    """A credit line parsed once per run, however many photos carry it (agencies' lines repeat). The records
    share it: nothing changes a credit once read."""
    return parse(raw, registry)
