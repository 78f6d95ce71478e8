"""HTML pages: every article image with its alt text, caption and credit, located by line and column.

Parsed with lxml (libxml2), which keeps each element's source line: CI annotations need it, and the lexbor
parser (selectolax), though ~2.5x faster on ../shared/corpus/html, keeps no positions.

An image's *unit* is the largest figure-like element around it that holds no other image (a <figure>, a
WordPress .wp-caption, a gallery slide...). Captions and credits are looked for inside the unit by the selectors
in HtmlSelectors, which a publisher's policy can replace for its own markup.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from itertools import chain

from lxml import etree

from checker.credits.registry import Registry
from checker.errors import ReadError
from checker.evidence import ImageEvidence, SeenCredit, decide
from checker.model import Article, ImageRecord, LineLocation
from checker.policy.selectors import HtmlSelectors
from checker.readers.html.jsonld import read_jsonld
from checker.readers.html.position import locate
from checker.readers.html.select import Classifier
from checker.textnorm import clean

MAX_UNIT_TEXT = 2000  # a "figure" holding more text than this is a section of the page, not a figure
MAX_CLIMB = 6
# Words in an image's URL or class that mark site furniture (plain substring tests: a case-insensitive regex
# alternation costs several microseconds per URL, and there are hundreds of images per page).
_FURNITURE_WORDS = (
    "logo",
    "icon",
    "avatar",
    "sprite",
    "pixel",
    "spacer",
    "blank.",
    "1x1",
    "badge",
    "emoji",
    "grey_line",
)
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-url", "data-image", "data-hi-res-src", "src")
_SRCSET = ("srcset", "data-srcset", "data-lazy-srcset")
_IGNORE_ATTR = "data-creditcheck-ignore"
_UNLOCATED = LineLocation(line=1, column=1)  # replaced once every image of the page is located
_IMAGE_URL = re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:$|[?#&])|/image/|/img/|/images/", re.I)
# Bits of _Page.places: the three selectors, then fixed tag sets. Page-wide elements (a class such as
# "avatar-round-shape" on <body>) say nothing about where an image sits; wrappers that do not count as a level
# (libxml2 nests elements after an unclosed <source> inside it) are climbed through.
_CHROME, _FIGURE, _ARTICLE, _PAGE_WIDE, _TRANSPARENT, _FIGURE_TAG = 1, 2, 4, 8, 16, 32
_FIXED_TAGS = ("html, body, main, article", "source, picture, noscript", "figure")
_IMG_TAGS = ("img", "amp-img")
_CREDIT, _CAPTION, _NOISE = 1, 2, 4  # bits of _Page.roles


class _Page:
    """The page's selectors, asked only around its images."""

    def __init__(self, selectors: HtmlSelectors):
        self.places = Classifier([selectors.chrome, selectors.figure, selectors.article, *_FIXED_TAGS])
        self._roles = Classifier([selectors.credit, selectors.caption, selectors.noise])
        self._context: dict = {}  # element -> _CHROME / _ARTICLE bits for it and its ancestors

    def in_chrome(self, element, lineage: list) -> bool:
        own = self.places(element)
        return bool((own & _CHROME and not own & _PAGE_WIDE) or self.above(lineage) & _CHROME)

    def above(self, lineage: list) -> int:
        """_CHROME and _ARTICLE if any element of a lineage (nearest ancestor first) is chrome or article,
        remembered per element so that images sharing ancestors ask about each ancestor once."""
        todo = []
        bits = 0
        context = self._context
        for ancestor in lineage:
            known = context.get(ancestor)
            if known is not None:
                bits = known
                break
            todo.append(ancestor)
        known, classify = self.places.known, self.places.classify
        for ancestor in reversed(todo):  # from the top down: an element is inside if it or its parent is
            own = known.get(ancestor)
            if own is None:
                own = classify(ancestor)
            bits |= own & _ARTICLE if own & _PAGE_WIDE else own & (_CHROME | _ARTICLE)
            context[ancestor] = bits
        return bits

    def roles(self, unit) -> tuple[set, set, set]:
        """The credit, caption and noise elements of a unit and its subtree."""
        found: tuple[set, set, set] = (set(), set(), set())
        roles = self._roles
        combined = roles.within(unit) if roles.combined else {}
        for node in unit.iter():
            bits = roles.simple(node)
            if combined:
                bits |= combined.get(node, 0)
            if bits:
                for bit, bucket in zip((_CREDIT, _CAPTION, _NOISE), found, strict=False):
                    if bits & bit:
                        bucket.add(node)
        return found


def read_html(source: str, data: bytes, registry: Registry, selectors: HtmlSelectors | None = None) -> Article:
    selectors = selectors or HtmlSelectors()
    root = parse_page(data)
    scripts, noscripts, found = _scan(root)
    structured, jsonld_date = read_jsonld(scripts)
    dropped = _dedupe_noscript(noscripts)
    page = _Page(selectors)
    images: list[ImageRecord] = []
    units: list = []
    elements: list = []
    candidates = [(element, list(element.iterancestors())) for element in _image_elements(found, dropped)]
    held = Counter(chain.from_iterable(lineage for _, lineage in candidates))  # images under each ancestor
    for element, lineage in candidates:
        unit = _unit(element, lineage, held, page)
        attributes = dict(element.items())  # one call: most of them are asked for below
        src = _src(element, attributes)
        furniture = _skippable(attributes, src) or not page.above(lineage) & _ARTICLE
        if furniture and unit is element and not (attributes.get("data-caption") or attributes.get("data-credit")):
            continue  # nothing around it could caption or credit it: decided without reading further
        if page.in_chrome(element, lineage):
            continue
        caption_text, credit_texts = _caption_and_credits(unit, element, page)
        if furniture and not caption_text and not credit_texts:
            continue  # site furniture: logos, avatars, teasers outside the article
        evidence = _evidence(element, src, caption_text, credit_texts, structured.get(_key(src)) if src else None)
        record = decide(evidence, registry, len(images))
        images.append(record)
        units.append((unit, lineage))
        elements.append(element)
    for record, location in zip(images, locate(data, elements, [e for e, _ in candidates]), strict=True):
        record.location = location
    head = _head(root)
    return Article(
        source=source,
        format="html",
        title=_title(root, head),
        published=_published(head, jsonld_date),
        text=_body_text(root, page, units),
        images=images,
    )


# no ID table: nothing here looks elements up by id, and building it costs 2% of the parse
_PARSER = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, huge_tree=False, collect_ids=False)
_TEXT = etree.XPath("string()", smart_strings=False)


_DATE_NAMES = {"article:published_time", "datePublished", "pubdate", "publish-date", "date", "DC.date.issued"}
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def _head(root):
    """The <head> among the root's children. (lxml's tag-filtered iterators look one match ahead, so
    `next(root.iter("head"))` walks the whole page looking for a second <head>.)"""
    return next((child for child in root if child.tag == "head"), None)


def _title(root, head) -> str | None:
    title = next((t for t in head if t.tag == "title"), None) if head is not None else None
    if title is None:
        title = next(root.iter("title"), None)  # misplaced: libxml2 moved it into <body>
    return clean(title.text or "") or None if title is not None else None


def _published(head, jsonld_date: str | None) -> dt.date | None:
    """The publication day the page states: meta tags in <head>, then JSON-LD datePublished."""
    metas = (
        []
        if head is None
        else [
            m.get("content") or ""
            for m in head.iter("meta")
            if m.get("property") in _DATE_NAMES or m.get("name") in _DATE_NAMES or m.get("itemprop") in _DATE_NAMES
        ]
    )
    for value in (*metas, jsonld_date or ""):
        match = _ISO_DAY.match(value)
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                continue
    return None


def parse_page(data: bytes):
    """The page as an lxml tree (plain etree elements: lxml.html's Python element classes cost more than the
    parse on big pages)."""
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(f"not parseable as HTML: {exc}") from None
    if root is None:
        raise ReadError("not parseable as HTML: no elements")
    return root


def _drop_tree(element) -> None:
    """Remove an element and its children, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _drop_tag(element) -> None:
    """Remove an element but keep its children and text in its place."""
    parent = element.getparent()
    if parent is None:
        return
    at = parent.index(element)
    text, tail = element.text or "", element.tail or ""
    previous = element.getprevious()
    if text:
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
    children = list(element)
    for offset, child in enumerate(children):
        parent.insert(at + offset, child)
    if tail:
        if children:
            children[-1].tail = (children[-1].tail or "") + tail
        elif previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _scan(root) -> tuple[list, list, list]:
    """The page's <script> and <noscript> elements, and its image candidates in document order: <img>,
    <amp-img>, and <div> or <span> placeholders that carry an image URL (lazy loaders that insert the <img> with
    script, BBC data-src; gallery slides, Washington Post data-image). One walk: lxml's C-level tag filter
    walks a tree far faster than XPath, but each walk of a big page still costs a quarter of a millisecond."""
    scripts, noscripts, found = [], [], []
    for element in root.iter(*_IMG_TAGS, "div", "span", "noscript", "script"):
        tag = element.tag
        if tag in _IMG_TAGS:
            found.append(element)
        elif tag == "script":
            scripts.append(element)
        elif tag == "noscript":
            noscripts.append(element)
        else:
            url = element.get("data-src") or element.get("data-image")
            if url and _IMAGE_URL.search(url):
                found.append(element)
    return scripts, noscripts, found


def _dedupe_noscript(noscripts: list) -> set:
    """A lazy-loaded <img> repeated in <noscript> is one image: drop the copy, keep it where it is the only one.
    Returns the images dropped."""
    dropped: set = set()
    for noscript in noscripts:
        parent = noscript.getparent()
        inside = list(noscript.iter("img"))
        if parent is None or not inside:
            continue
        if sum(1 for _ in parent.iter("img")) > len(inside):
            _drop_tree(noscript)  # the page shows the lazy <img> beside it
            dropped.update(inside)
        else:
            _drop_tag(noscript)
    return dropped


def _image_elements(found: list, dropped: set) -> list:
    """The candidates left once <noscript> copies are gone: placeholders only where no <img> was put inside."""
    return [e for e in found if e not in dropped and (e.tag in _IMG_TAGS or next(e.iter(*_IMG_TAGS), None) is None)]


def _unit(img, lineage: list, held: Counter, page: _Page):
    """The largest figure-like ancestor that holds only this image and not much more text."""
    best = img
    depth = 0
    known, classify = page.places.known, page.places.classify  # the memo read inline: this loop is hot
    for ancestor in lineage:
        bits = known.get(ancestor)
        if bits is None:
            bits = classify(ancestor)
        if bits & _TRANSPARENT:
            continue
        depth += 1
        if depth > MAX_CLIMB or bits & _PAGE_WIDE or held[ancestor] > 1:
            break
        if bits & (_FIGURE | _FIGURE_TAG):
            if len(_TEXT(ancestor)) > MAX_UNIT_TEXT:
                break
            best = ancestor
            if bits & _FIGURE_TAG:
                break  # the semantic unit: its caption is inside it
    return best


def _text(element, noise: set, skip: set) -> str:
    """Visible text: without screen-reader labels, scripts and UI controls (`noise`), or `skip`."""
    hidden = noise | skip
    if not any(h is element or any(a is element for a in h.iterancestors()) for h in hidden):
        return clean(_TEXT(element))  # nothing to leave out inside it: libxml2 joins the text
    parts: list[str] = []
    _visible(element, hidden, parts)
    return clean(" ".join(parts))


def _visible(node, hidden: set, parts: list[str]) -> None:
    """The text of a subtree in document order, without the subtrees of `hidden` elements. (A module function:
    a recursive closure is a reference cycle that would keep the whole page alive until the next collection.)"""
    if node in hidden:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            _visible(child, hidden, parts)
        if child.tail:
            parts.append(child.tail)


def _outermost(nodes: list) -> list:
    if len(nodes) < 2:
        return nodes
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _innermost(nodes: list) -> list:
    if len(nodes) < 2:
        return nodes
    chosen = set(nodes)
    return [n for n in nodes if not any(d in chosen for d in n.iterdescendants())]


def _caption_and_credits(unit, img, page: _Page) -> tuple[str, list[SeenCredit]]:
    nodes = list(unit.iter())
    credit_matches, caption_matches, noise = page.roles(unit)
    credit_nodes = _innermost([n for n in nodes if n in credit_matches and n not in noise])
    credit_set = set(credit_nodes)
    texts = [t for n in credit_nodes if (t := _text(n, noise, set()))]
    credits = [SeenCredit(text, "credit_element") for text in dict.fromkeys(texts)]
    for holder in (img, unit):
        value = clean(holder.get("data-credit") or "")
        if value and value not in texts:
            credits.append(SeenCredit(value, "data_attribute"))
            texts.append(value)
    caption_nodes = _outermost([n for n in nodes if n in caption_matches and n not in credit_set])
    caption = " ".join(t for n in caption_nodes if (t := _text(n, noise, credit_set)))
    if not caption:
        caption = clean(unit.get("data-caption") or img.get("data-caption") or "")
    return caption, credits


def _evidence(img, src, caption_text: str, credits: list[SeenCredit], structured: str | None) -> ImageEvidence:
    if structured:
        credits = [*credits, SeenCredit(structured, "jsonld")]
    return ImageEvidence(
        location=_UNLOCATED,
        src=src,
        alt=img.get("alt") if img.tag in _IMG_TAGS else img.get("data-alt"),
        captions=[caption_text],
        credits=credits,
        signals=["figure" if credits or caption_text else "image"],
        ignore=_ignores(img),
    )


def _src(element, attributes: dict) -> str | None:
    for attribute in _LAZY_SRC:
        value = (attributes.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    for attribute in _SRCSET:
        value = (attributes.get(attribute) or "").strip()
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


def _skippable(attributes: dict, src: str | None) -> bool:
    if src is None:
        return True
    text = f"{src} {attributes.get('class') or ''}".lower()
    for word in _FURNITURE_WORDS:
        if word in text:
            return True
    if src.lower().split("?")[0].endswith(".svg"):
        return True
    for attribute in ("width", "height"):
        value = (attributes.get(attribute) or "").strip().rstrip("px")
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


_PARAGRAPH_TEXT = etree.XPath(".//p//text()", smart_strings=False)


def _body_text(root, page: _Page, units: list[tuple]) -> str:
    """Paragraph text of the article around the images, figures taken out (for captions repeated in the body).
    `units` are (unit, lineage of its image).

    Runs last: it removes the image units from the tree. Pages without captioned images need no body text."""
    if not units:
        return ""
    tops = []  # the outermost article element above each unit (so no two of them nest)
    for unit, lineage in units:
        above = lineage[lineage.index(unit) + 1 :] if unit in lineage else lineage
        tops.append(next((a for a in reversed(above) if page.places(a) & _ARTICLE), None))
    scope = list(dict.fromkeys(top for top in tops if top is not None)) or [root]
    for unit, _ in units:
        if unit.getparent() is not None:
            _drop_tree(unit)
    return " ".join([text for container in scope for text in _PARAGRAPH_TEXT(container)])  # rules fold it
