"""CMS JSON: Arc XP ANS stories, galleries and images, and WordPress REST posts and media.

ANS (washingtonpost/ans-schema): an image's caption is `caption`, its alt text `alt_text`, its credit
`credits.by[]` (`name` the photographer, `affiliation` the agency: Arc maps IPTC Credit there), else
`vanity_credits`; images sit in `content_elements`, `promo_items` and galleries. WordPress REST: a post's
`content.rendered` is HTML, read by the HTML reader; a media item's `caption.rendered` is what the page shows,
and `media_details.image_meta` is the embedded IPTC WordPress extracted (its `credit` falls back to the
By-line when the photo has no Credit), held as the image's embedded metadata.
"""

from __future__ import annotations

import datetime as dt
import json

from checker import lazy_re
from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.evidence import ImageEvidence, SeenCredit, decide
from checker.model import Article, Embedded, ImageRecord, MetaFields, PointerLocation
from checker.policy.selectors import HtmlSelectors
from checker.readers.html.reader import read_html
from checker.readers.jsonpos import PointerIndex
from checker.textnorm import clean

_TAGS = lazy_re.compile(r"<[^>]+>")
_DAY = lazy_re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def read_cms_json(source: str, data: bytes, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    try:
        document = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ReadError(f"not valid JSON: {exc}") from None
    if _is_ans(document):
        article = _ans(source, document, registry)
    elif _is_wordpress(document):
        article = _wordpress(source, document, registry, selectors)
    else:
        raise ReadError(
            "JSON of an unknown shape: expected an Arc XP ANS story/gallery/image or WordPress REST posts or media"
        )
    positions = PointerIndex(data)  # each image's JSON pointer, with its line and column in the source
    for image in article.images:
        if isinstance(image.location, PointerLocation):
            image.location = positions.locate(image.location)
    return article


# --- ANS --------------------------------------------------------------------------------------------------------


def _is_ans(document) -> bool:
    return isinstance(document, dict) and (
        "content_elements" in document
        or (document.get("type") in ("story", "gallery", "image") and "version" in document)
    )


def _ans(source: str, story: dict, registry: Registry) -> Article:
    images: list[ImageRecord] = []
    texts: list[str] = []
    for pointer, element in _ans_elements(story, ""):
        kind = element.get("type")
        if kind == "image":
            images.append(_ans_image(len(images), pointer, element, registry))
        elif kind == "text" and isinstance(element.get("content"), str):
            texts.append(_plain(element["content"]))
    return Article(
        source=source,
        format="ans",
        title=_plain(_headline(story)) or None,
        text="\n".join(texts),
        images=images,
        published=_day(story.get("display_date") or story.get("first_publish_date") or story.get("publish_date")),
    )


def _ans_elements(node: dict, pointer: str):
    """(JSON pointer, element) for the node and every element inside it, in reading order."""
    yield pointer or "/", node
    for key in ("promo_items", "content_elements"):
        value = node.get(key)
        if isinstance(value, dict):  # promo_items: {"basic": {...}, ...}
            for name, item in value.items():
                if isinstance(item, dict):
                    yield from _ans_elements(item, f"{pointer}/{key}/{name}")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, dict):
                    yield from _ans_elements(item, f"{pointer}/{key}/{index}")


def _ans_image(index: int, pointer: str, element: dict, registry: Registry) -> ImageRecord:
    credits = element.get("credits")
    credits = credits if isinstance(credits, dict) else {}
    people = [p for p in credits.get("by", []) if isinstance(p, dict)]
    raw = "/".join(
        dict.fromkeys(
            v
            for p in people
            for v in (p.get("name") or p.get("byline"), p.get("affiliation"))
            if isinstance(v, str) and v.strip()
        )
    )
    vanity = element.get("vanity_credits")
    vanity = vanity if isinstance(vanity, dict) else {}
    if not raw:
        raw = "/".join(p.get("name", "") for p in vanity.get("by", []) if isinstance(p, dict) and p.get("name"))
    copyright = element.get("copyright") if isinstance(element.get("copyright"), str) else None
    evidence = ImageEvidence(
        location=PointerLocation(pointer=pointer),
        src=element.get("url"),
        alt=element.get("alt_text") if isinstance(element.get("alt_text"), str) else None,
        captions=[_plain(element.get("caption") or "")],
        credits=[SeenCredit(raw, "cms_field")] if raw else [],
        signals=["ans-image"],
        embedded=_embedded(element.get("url") or pointer, None, copyright) if copyright else None,
    )
    return decide(evidence, registry, index)


def _headline(story: dict) -> str:
    headlines = story.get("headlines")
    return headlines.get("basic", "") if isinstance(headlines, dict) else ""


# --- WordPress REST ---------------------------------------------------------------------------------------------


def _is_wordpress(document) -> bool:
    items = document if isinstance(document, list) else [document]
    return bool(items) and all(
        isinstance(i, dict) and ("content" in i or "media_details" in i or "source_url" in i) for i in items
    )


def _wordpress(source: str, document, registry: Registry, selectors: HtmlSelectors | None) -> Article:
    items = document if isinstance(document, list) else [document]
    images: list[ImageRecord] = []
    texts: list[str] = []
    published = None
    for number, item in enumerate(items):
        pointer = f"/{number}" if isinstance(document, list) else ""
        published = published or _day(item.get("date_gmt") or item.get("date"))
        if "media_details" in item or item.get("media_type") == "image":
            images.append(_wordpress_media(len(images), pointer or "/", item, registry))
        elif isinstance(item.get("content"), dict) and isinstance(item["content"].get("rendered"), str):
            html = item["content"]["rendered"]
            page = read_html(
                source, f"<html><body><article>{html}</article></body></html>".encode(), registry, selectors
            )
            for image in page.images:
                image.index = len(images)
                image.location = PointerLocation(pointer=f"{pointer}/content/rendered")
                images.append(image)
            texts.append(page.text)
    return Article(source=source, format="wordpress", text="\n".join(texts), images=images, published=published)


def _wordpress_media(index: int, pointer: str, item: dict, registry: Registry) -> ImageRecord:
    meta = (item.get("media_details") or {}).get("image_meta") or {}
    embedded = None
    if isinstance(meta, dict) and (meta.get("credit") or meta.get("copyright")):
        embedded = _embedded(
            item.get("source_url") or pointer, meta.get("credit") or None, meta.get("copyright") or None
        )
    evidence = ImageEvidence(
        location=PointerLocation(pointer=pointer),
        src=item.get("source_url"),
        alt=item.get("alt_text") if isinstance(item.get("alt_text"), str) else None,
        captions=[_plain(_rendered(item.get("caption")))],
        signals=["wordpress-media"],
        embedded=embedded,
    )
    return decide(evidence, registry, index)


# --- shared -----------------------------------------------------------------------------------------------------


def _embedded(name: str, credit: str | None, copyright: str | None) -> Embedded:
    """Metadata the CMS holds for the photo (ANS copyright, WordPress image_meta), as embedded metadata."""
    fields = MetaFields(credit=credit, copyright=copyright)
    return Embedded(file=name, format="cms", iptc=fields, credit=credit, copyright=copyright)


def _rendered(value) -> str:
    if isinstance(value, dict):
        value = value.get("rendered") or value.get("raw") or ""
    return value if isinstance(value, str) else ""


def _plain(html: str) -> str:
    import html as entities

    return clean(entities.unescape(_TAGS.sub(" ", html)))


def _day(value) -> dt.date | None:
    match = _DAY.match(value) if isinstance(value, str) else None
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None
