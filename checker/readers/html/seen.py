"""One image of a page as the HTML reader saw it, shared by the reader and the steps that weigh images
against one another (checker/readers/html/copies.py)."""

from __future__ import annotations

from checker.evidence import ImageEvidence
from checker.plain import Value


class Seen(Value):
    """One image of the page as read: its element, unit, ancestors and evidence."""

    element: object
    unit: object
    lineage: list
    evidence: ImageEvidence
    captioned: bool  # a caption or credit was found for it


def short_src(href: str | None) -> str:
    """An address cut short for a reason's text."""
    return (href or "")[:80]
