"""META rules, and CRD003 for embedded blocks: the credit a photo carries against the one the page shows."""

from __future__ import annotations

from functools import lru_cache

from checker.credits.parse import parse, same_agency
from checker.credits.registry import Registry
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
            found.append((block, _parsed(raw, context.registry)))
    return found


@lru_cache(maxsize=4096)
def _parsed(raw: str, registry: Registry) -> Credit:
    """A block's credit parsed once, however many rules and blocks read it (the result is only read)."""
    return parse(raw, registry)


@rule(
    "META001",
    "credit-disagrees-with-metadata",
    "error",
    "The page credits one agency while the photo's embedded metadata credits another.",
    why="""
        Agencies write their credit into every photo they deliver (IPTC Credit Line, XMP photoshop:Credit), and
        their enforcement partners read it back from the published file. A page credit naming another agency
        means the image was swapped, re-used from another supplier, or credited from memory: the licence the
        desk relies on may not cover it.
    """,
    fires="""
        The page: <figcaption>Water fills the high street. Photo: Jane Doe/Reuters</figcaption>
        The photo (with --images): IPTC Credit Line "AP"
    """,
    passes="""
        The page: <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        The photo (with --images): IPTC Credit Line "AP"
    """,
    fix="Credit the agency the file's metadata names, or replace the file with the one the page's supplier sent.",
)
def credit_disagrees(article: Article, context: Context):
    """With --images (or a CMS that holds the photo's metadata, such as WordPress's image_meta), the page's
    credit names an agency and none of the agencies named by the photo's IPTC, XMP or EXIF credit (or, failing a
    credit, its copyright notice) is the same one or in the same chain."""
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
    why="""
        The credit line in a photo's metadata is the one its supplier requires. Publishing the photo without
        any credit, while the file itself says whose it is, is the clearest case an enforcement firm can make.
    """,
    fires="""
        The page: <figcaption>Water fills the high street.</figcaption>
        The photo (with --images): IPTC Credit Line "AP"
    """,
    passes="""
        The page: <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        The photo (with --images): IPTC Credit Line "AP"
    """,
    fix="Show the credit the photo's metadata gives, in the agency's form.",
)
def metadata_credit_not_shown(article: Article, context: Context):
    """With --images (or a CMS that holds the photo's metadata), the photo carries a credit line and the page
    shows no credit for it. Not judged for an image file checked on its own, outside any page."""
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
    """With --images, the photo's own IPTC, XMP and EXIF credits name different agencies. A credit cut at IPTC
    IIM's 32 bytes, the start of a longer one, is no conflict."""
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
    why="""
        An image a generative model made, or composited with one, must not pass for a photograph: editorial
        codes, platform rules and (in the EU) the AI Act's transparency duties ask for disclosure, and agencies
        mark such files with IPTC Digital Source Type so that publishers can.
    """,
    fires="The photo (with --images): XMP Iptc4xmpExt:DigitalSourceType .../digitalsourcetype/trainedAlgorithmicMedia",
    passes="The photo (with --images): XMP Iptc4xmpExt:DigitalSourceType .../digitalsourcetype/digitalCapture",
    fix="""
        Say in the caption that the image was generated (or altered) with AI, as your standards require; this
        rule reports every such image, whether or not the caption already says so, for the desk to confirm.
    """,
)
def ai_generated(article: Article, context: Context):
    """With --images, the photo's IPTC Digital Source Type is trainedAlgorithmicMedia or
    compositeWithTrainedAlgorithmicMedia."""
    for image in article.images:
        kind = image.embedded.digital_source_type if image.embedded else None
        if kind and kind.rstrip("/").rsplit("/", 1)[-1] in AI_SOURCE_TYPES:
            yield (
                image.index,
                f"embedded Digital Source Type {kind.rsplit('/', 1)[-1]}: disclose AI generation in the caption",
            )
