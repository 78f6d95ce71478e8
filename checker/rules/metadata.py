"""META rules, and CRD003 for embedded blocks: the credit a photo carries against the one the page shows."""

from __future__ import annotations

from checker.credits.parse import parse, same_agency
from checker.model import Article, Credit, Embedded
from checker.rules import Context, rule

IIM_CREDIT_BYTES = 32  # IIM 2:110 holds 32 bytes: a longer credit is cut there, which is no conflict
AI_SOURCE_TYPES = ("trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia")


def _block_credits(embedded: Embedded, context: Context) -> list[tuple[str, Credit]]:
    found = []
    for block, fields in (("IPTC", embedded.iptc), ("XMP", embedded.xmp), ("EXIF", embedded.exif)):
        if fields is None:
            continue
        raw = fields.credit or fields.copyright or (fields.creator[0] if block == "EXIF" and fields.creator else None)
        if raw:
            found.append((block, parse(raw, context.registry)))
    return found


@rule(
    "META001",
    "credit-disagrees-with-metadata",
    "error",
    "The page credits one agency while the photo's embedded metadata credits another.",
)
def credit_disagrees(article: Article, context: Context):
    for image in article.images:
        if image.credit is None or image.credit.agency is None or image.embedded is None:
            continue
        named = [(block, credit) for block, credit in _block_credits(image.embedded, context) if credit.agency]
        if named and not any(same_agency(image.credit, credit) for _, credit in named):
            block, credit = named[0]
            yield (
                image.index,
                (
                    f"page credits {image.credit.agency_name} ({image.credit.raw!r}) but the photo's "
                    f"{block} metadata credits {credit.agency_name} ({credit.raw!r})"
                ),
            )


@rule(
    "META002",
    "metadata-credit-not-shown",
    "error",
    "The photo's embedded metadata carries a credit line the page does not show.",
)
def metadata_credit_not_shown(article: Article, context: Context):
    if not article.shows_captions:
        return
    for image in article.images:
        if image.credit is None and image.embedded is not None and image.embedded.credit:
            yield (
                image.index,
                f"the photo's metadata requires the credit {image.embedded.credit!r}; the page shows none",
            )


def _truncated(a: Credit, b: Credit) -> bool:
    short, long = sorted((a.raw, b.raw), key=len)
    return len(short.encode("utf-8")) == IIM_CREDIT_BYTES and long.startswith(short)


@rule("CRD003", "conflicting-credits", "error")
def embedded_blocks_conflict(article: Article, context: Context):
    for image in article.images:
        if image.embedded is None:
            continue
        credits = _block_credits(image.embedded, context)
        for i, (block_a, a) in enumerate(credits):
            for block_b, b in credits[i + 1 :]:
                if a.agency and b.agency and not same_agency(a, b) and not _truncated(a, b):
                    yield (
                        image.index,
                        (
                            f"embedded {block_a} credits {a.agency_name} ({a.raw!r}) but {block_b} "
                            f"credits {b.agency_name} ({b.raw!r})"
                        ),
                    )


@rule(
    "META003",
    "ai-generated-image",
    "info",
    "The photo's IPTC Digital Source Type says it was made by a generative model: the caption should say so.",
)
def ai_generated(article: Article, context: Context):
    for image in article.images:
        kind = image.embedded.digital_source_type if image.embedded else None
        if kind and kind.rstrip("/").rsplit("/", 1)[-1] in AI_SOURCE_TYPES:
            yield (
                image.index,
                f"embedded Digital Source Type {kind.rsplit('/', 1)[-1]}: disclose AI generation in the caption",
            )
