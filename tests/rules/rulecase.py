"""Articles built directly, as a reader would hand them to the rules, and the findings the rules make of them.

No reader runs here: each test states the evidence (caption, credit, alt, what was observed) and the exact
findings expected, so a rule test fails only when that rule's judgement changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from checker.credits.registry import default_registry
from checker.model import Article, Credit, Embedded, ImageRecord, Licence, LineLocation, MetaFields, Observed
from checker.policy.config import Policy, from_mapping
from checker.rules import Context, run

REGISTRY = default_registry()

# (rule, image, severity, message): a finding as the tests state it
Found = tuple[str, int | None, str, str]


def credit(raw: str, agency: str | None = None, photographer: str | None = None, **fields: Any) -> Credit:
    """A credit as the parser would give it: `agency` is the slug of the licensing agency."""
    name = REGISTRY.agencies[agency].name if agency else None
    return Credit(raw=raw, agency=agency, agency_name=name, photographer=photographer, **fields)


AP = credit("AP Photo/Jane Doe", "ap", "Jane Doe", seen="credit_element")


def image(index: int = 0, **fields: Any) -> ImageRecord:
    """An image with a caption, alt text and an AP credit unless the test says otherwise."""
    fields.setdefault("alt", "Cars stand in brown water outside a row of shops")
    fields.setdefault("caption", "Water fills the high street.")
    fields.setdefault("credit", AP)
    fields.setdefault("location", LineLocation(line=10 + index, column=1))
    if isinstance(fields.get("observed"), dict):
        fields["observed"] = Observed(**fields["observed"])
    return ImageRecord(index=index, **fields)


def article(*images: ImageRecord, **fields: Any) -> Article:
    fields.setdefault("text", "The river burst its banks on Sunday night.")
    return Article(source="story.html", format="html", images=list(images), **fields)


def embedded(iptc: str | None = None, xmp: str | None = None, exif: str | None = None, **fields: Any) -> Embedded:
    """A photo's metadata with the given credit in each block (EXIF has no credit field: its Copyright), `credit`
    resolved as the reader does: XMP, then IPTC, then EXIF."""
    blocks = {
        "iptc": MetaFields(credit=iptc) if iptc else None,
        "xmp": MetaFields(credit=xmp) if xmp else None,
        "exif": MetaFields(copyright=exif) if exif else None,
    }
    fields.setdefault("credit", xmp or iptc or exif)
    return Embedded(file="static/flood.jpg", format="JPEG", **blocks, **fields)


def licence(status: str, agency: str = "ap", **fields: Any) -> Licence:
    fields.setdefault("judged_on", dt.date(2025, 9, 1))
    fields.setdefault("date_source", "article")
    return Licence(status=status, agency=agency, **fields)


def findings(subject: Article | ImageRecord, policy: Policy | dict | None = None) -> list[Found]:
    """Every finding of every rule, in report order."""
    doc = subject if isinstance(subject, Article) else article(subject)
    if isinstance(policy, dict):
        policy = from_mapping(policy)
    context = Context(registry=(policy or Policy()).registry(), policy=policy or Policy())
    return [(f.rule, f.image, f.severity, f.message) for f in run(doc, context)]


def hits(code: str, subject: Article | ImageRecord, policy: Policy | dict | None = None) -> list[Found]:
    """The findings of one rule."""
    return [found for found in findings(subject, policy) if found[0] == code]
