"""HTML pages: every article image with its alt text, caption and credit, located by line and column.

Parsed with lxml (libxml2), which keeps each element's source line: CI annotations need it, and the lexbor
parser (selectolax), though ~1.3x faster on ../shared/corpus/html, keeps no positions.

An image's *unit* is the largest figure-like element around it that holds no other image (a <figure>, a
WordPress .wp-caption, a gallery slide...). Captions and credits are looked for inside the unit by the selectors
in HtmlSelectors, which a publisher's policy can replace for its own markup.
"""

from __future__ import annotations

import re
from functools import cache

import lxml.html
from cssselect import GenericTranslator
from lxml import etree
from pydantic import BaseModel, ConfigDict

from checker.captions import split_credits
from checker.credits import parse
from checker.errors import ReadError
from checker.htmlpos import Locator
from checker.jsonld import image_objects
from checker.model import Article, ImageRecord, Observed
from checker.registry import Registry
from checker.textnorm import clean


class HtmlSelectors(BaseModel):
    """CSS selectors for a publisher's markup (policy: [html] in creditcheck.toml)."""

    model_config = ConfigDict(extra="forbid")

    article: str = "article, main, [itemprop=articleBody], [role=main]"
    chrome: str = ("nav, footer, aside, [role=navigation], [role=contentinfo], [role=complementary], "
                   "[role=banner], [class*=related], [class*=newsletter], [class*=promo], [class*=advert], "
                   "[class*=Promo], [class*=Related], [class*=video], [class*=player], [class*=author], [class*=Author], "
                   "[class*=avatar], [class*=contrib], [class*=sidebar]")
    figure: str = ("figure, [class*=caption], [class*=figure], [class*=image], [class*=photo], [class*=media], "
                   "[class*=gallery], [class*=slide], [class*=asset], [class*=thumbnail], [data-credit], "
                   "[data-caption]")
    caption: str = "figcaption, [class*=caption], [itemprop=caption], [itemprop=description]"
    credit: str = ("[class*=credit], [class*=copyright], [class*=attribution], [class*=source], [class*=byline], "
                   "[itemprop=copyrightHolder], [itemprop=creator], [itemprop=author], figcaption small, "
                   "figcaption cite")
    noise: str = (".off-screen, .visually-hidden, .sr-only, .screen-reader-text, [class*=truncated], "
                  "[class*=more-caption], [class*=captionlink], button, svg, label, input, script, style")


MAX_UNIT_TEXT = 2000  # a "figure" holding more text than this is a section of the page, not a figure
MAX_CLIMB = 6
_SKIP_SRC = re.compile(r"logo|icon|avatar|sprite|pixel|spacer|blank\.|1x1|badge|emoji|grey_line|\.svg(?:$|\?)", re.I)
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-url", "data-image", "data-hi-res-src", "src")
_SRCSET = ("srcset", "data-srcset", "data-lazy-srcset")
_IGNORE_ATTR = "data-creditcheck-ignore"
_IMAGE_URL = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:$|[?#&])|/image/|/img/|/images/", re.I)
# Wrappers that do not count as a level: libxml2 nests elements after an unclosed <source> inside it.
_TRANSPARENT = {"source", "picture", "noscript"}


@cache
def _xpath(selector: str) -> etree.XPath:
    return etree.XPath(GenericTranslator().css_to_xpath(selector))


class _Page:
    """Selector matches computed once per page."""

    def __init__(self, root, selectors: HtmlSelectors):
        self.root = root
        self.figure = set(_xpath(selectors.figure)(root))
        self.caption = set(_xpath(selectors.caption)(root))
        self.credit = set(_xpath(selectors.credit)(root))
        self.noise = set(_xpath(selectors.noise)(root))
        self.article = list(_xpath(selectors.article)(root))
        # page-wide classes ("avatar-round-shape" on <body>) say nothing about where an image sits
        self.chrome = {e for e in _xpath(selectors.chrome)(root) if e.tag not in ("html", "body", "main", "article")}


def read_html(source: str, data: bytes, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    selectors = selectors or HtmlSelectors()
    try:
        root = lxml.html.document_fromstring(data, parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"not parseable as HTML: {exc}") from None
    structured = image_objects(root)
    for script in list(root.iter("script", "style", "template")):
        if script.getparent() is not None:
            script.drop_tree()
    _dedupe_noscript(root)
    page = _Page(root, selectors)
    locate = Locator(data)
    in_article = _ancestor_set(page.article)
    images: list[ImageRecord] = []
    units: list = []
    for element in _image_elements(root):
        if _inside(element, page.chrome):
            continue
        unit = _unit(element, page)
        caption_text, credit_texts = _caption_and_credits(unit, element, page)
        src = _src(element)
        if not caption_text and not credit_texts and (element not in in_article or _skippable(element, src)):
            continue  # site furniture: logos, avatars, teasers outside the article
        record = _record(len(images), element, src, caption_text, credit_texts, registry, locate)
        record.observed.structured_credit = structured.get(_key(src)) if src else None
        record.ignore = _ignores(element)
        images.append(record)
        units.append(unit)
    return Article(
        source=source,
        format="html",
        title=clean(root.findtext(".//title") or "") or None,
        text=_body_text(page, units),
        images=images,
    )


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(no_network=True, remove_comments=True, huge_tree=False)


def _dedupe_noscript(root) -> None:
    """A lazy-loaded <img> repeated in <noscript> is one image: drop the copy, keep it where it is the only one."""
    for noscript in list(root.iter("noscript")):
        parent = noscript.getparent()
        if parent is None:
            continue
        outside = [img for img in parent.iter("img") if not any(a is noscript for a in img.iterancestors())]
        if outside:
            noscript.drop_tree()
        else:
            noscript.drop_tag()


def _image_elements(root):
    """<img> and <amp-img>, and placeholders that carry their image in attributes: lazy loaders that insert
    the <img> with script (BBC data-src) and gallery slides (Washington Post data-image)."""
    for element in root.iter():
        if element.tag in ("img", "amp-img"):
            yield element
        elif isinstance(element.tag, str) and (element.get("data-src") or element.get("data-image")):
            url = element.get("data-src") or element.get("data-image")
            if _IMAGE_URL.search(url) and next(element.iter("img", "amp-img"), None) is None:
                yield element


def _ancestor_set(elements) -> set:
    inside = set()
    for element in elements:
        inside.update(element.iter())
    return inside


def _inside(element, group: set) -> bool:
    return element in group or any(a in group for a in element.iterancestors())


def _unit(img, page: _Page):
    """The largest figure-like ancestor that holds only this image and not much more text."""
    best = img
    depth = 0
    for ancestor in img.iterancestors():
        if ancestor.tag in _TRANSPARENT:
            continue
        depth += 1
        if depth > MAX_CLIMB or ancestor.tag in ("body", "html") or ancestor in page.article:
            break
        if sum(1 for _ in ancestor.iter("img", "amp-img")) > 1:
            break
        if ancestor in page.figure or ancestor.tag == "figure":
            if len(ancestor.text_content()) > MAX_UNIT_TEXT:
                break
            best = ancestor
            if ancestor.tag == "figure":
                break  # the semantic unit: its caption is inside it
    return best


def _text(element, page: _Page, skip: set) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if node in skip or node in page.noise:
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            if isinstance(child.tag, str):
                walk(child)
            elif child.tail:
                parts.append(child.tail)
        if node is not element and node.tail:
            parts.append(node.tail)

    walk(element)
    return clean(" ".join(parts))


def _outermost(nodes: list) -> list:
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _innermost(nodes: list) -> list:
    chosen = set(nodes)
    return [n for n in nodes if not any(d in chosen for d in n.iterdescendants())]


def _caption_and_credits(unit, img, page: _Page) -> tuple[str, list[str]]:
    nodes = list(unit.iter())
    credit_nodes = _innermost([n for n in nodes if n in page.credit and n not in page.noise])
    credit_set = set(credit_nodes)
    credits = [t for n in credit_nodes if (t := _text(n, page, set()))]
    for holder in (img, unit):
        if holder.get("data-credit"):
            credits.append(clean(holder.get("data-credit")))
    caption_nodes = _outermost([n for n in nodes if n in page.caption and n not in credit_set])
    caption = " ".join(t for n in caption_nodes if (t := _text(n, page, credit_set)))
    if not caption:
        caption = clean(unit.get("data-caption") or img.get("data-caption") or "")
    return caption, list(dict.fromkeys(credits))


def _record(index, img, src, caption_text, credit_texts, registry, locate) -> ImageRecord:
    caption, spans = split_credits(caption_text, registry) if caption_text else ("", [])
    inline = [clean(s.raw) for s in spans if s.raw]
    shown = credit_texts or inline
    # the credit that names an agency is the one to license against ("Photo: Name" beside "(AP Photo/Name)")
    named = [c for c in inline + credit_texts if parse(c, registry).agency]  # credit markup wins over inline
    primary = named[-1] if named else (shown[-1] if shown else None)
    others = [c for c in credit_texts + inline if c != primary]
    last_inline = spans[-1] if spans else None
    return ImageRecord(
        index=index,
        src=src,
        alt=img.get("alt") if img.tag in ("img", "amp-img") else img.get("data-alt"),
        caption=clean(caption) or None,
        credit=parse(primary, registry) if primary else None,
        location=locate(img),
        observed=Observed(
            credit_glued=bool(last_inline and last_inline.glued),
            credit_label=last_inline.label if last_inline and not credit_texts else None,
            empty_credit_label=any(s.empty for s in spans),
            other_credits=list(dict.fromkeys(others)),
        ),
    )


def _src(element) -> str | None:
    for attribute in _LAZY_SRC:
        value = (element.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for attribute in _SRCSET:
        value = (element.get(attribute) or "").strip()
        if value:
            return value.split(",")[0].split()[0]
    for ancestor in element.iterancestors():  # libxml2 nests an <img> after <source> inside it
        if ancestor.tag == "picture":
            for source in ancestor.iter("source"):
                value = (source.get("srcset") or source.get("data-srcset") or "").strip()
                if value:
                    return value.split(",")[0].split()[0]
        if ancestor.tag not in ("source", "picture"):
            break
    return None


def _skippable(img, src: str | None) -> bool:
    if src is None or _SKIP_SRC.search(src) or _SKIP_SRC.search(img.get("class") or ""):
        return True
    for attribute in ("width", "height"):
        value = (img.get(attribute) or "").strip().rstrip("px")
        if value.isdigit() and int(value) < 100:
            return True
    return False


def _ignores(img) -> list[str]:
    codes: list[str] = []
    for element in (img, *img.iterancestors()):
        value = element.get(_IGNORE_ATTR)
        if value is not None:
            codes += [c.strip() for c in value.split(",") if c.strip()] or ["*"]
    return codes


def _key(src: str) -> str:
    return src.split("?")[0].rstrip("/").rsplit("/", 1)[-1].lower()


def _body_text(page: _Page, units: list) -> str:
    skip = _ancestor_set(units) | _ancestor_set(page.chrome)
    scope = page.article or [page.root]
    paragraphs = []
    for root in _outermost(scope):
        for p in root.iter("p"):
            if p not in skip:
                paragraphs.append(_text(p, page, set()))
    return "\n".join(p for p in paragraphs if p)


