"""The page an image is read on: where each element sits (site chrome, a figure, the article, page-wide
wrappers), which elements are captions, credits or noise by the configured selectors, where the story's own text
is, and the page's links and galleries. Every step of the HTML reader asks it; it is built once per page.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from checker import lazy_re
from checker.credits.registry import Registry
from checker.policy.selectors import HtmlSelectors
from checker.readers.html import role
from checker.readers.html.gallery import GALLERY, Galleries
from checker.readers.html.select import Classifier, query
from checker.readers.photo_files import file_key
from checker.readers.text_patterns import SECTION_END

STORY_TEXT = 1500  # characters of paragraph text that only the story's own container holds
IGNORE_ATTRIBUTE = "data-creditcheck-ignore"
_NOT_YET = object()  # a value not computed yet (None is an answer)

# Bits of Page.places: the three selectors, then fixed tag sets. Page-wide elements (a class such as
# "avatar-round-shape" on <body>) say nothing about where an image sits; wrappers that do not count as a level
# (libxml2 nests elements after an unclosed <source> inside it) are climbed through.
CHROME, FIGURE, ARTICLE, PAGE_WIDE, WRAPPER, FIGURE_TAG, GALLERY_BOX = 1, 2, 4, 8, 16, 32, 64
_FIXED_TAGS = ("html, body, main, article", "source, picture, noscript", "figure", GALLERY)
CREDIT, CAPTION, NOISE = 1, 2, 4  # bits of Page.roles

PARAGRAPH_TEXT = etree.XPath(".//p//text()", smart_strings=False)
_CHILD_PARAGRAPH_TEXT = etree.XPath("./p//text()", smart_strings=False)  # of the element's own paragraphs


def text_size(texts: list[str]) -> int:
    """How much text there is, in characters of alphabetic writing: a Chinese, Japanese or Korean character says
    about what three letters do (a word of English is five or six characters with its space, one of Chinese two)."""
    size = 0
    for text in texts:
        size += len(text) if text.isascii() else len(text) + CJK_WEIGHT * len(_CJK.findall(text))
    return size


_CJK = lazy_re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_WEIGHT = 2  # extra characters counted for each CJK character


class Page:
    """The page's selectors, asked only around its images, and what the page says about itself."""

    def __init__(self, selectors: HtmlSelectors, url: str | None = None, registry: Registry | None = None):
        self.registry = registry
        self.places = Classifier([selectors.chrome, selectors.figure, selectors.article, *_FIXED_TAGS])
        self._roles = Classifier([selectors.credit, selectors.caption, selectors.noise])
        self._context: dict = {}  # element -> CHROME / ARTICLE bits for it and its ancestors
        self._holder: dict = {}  # element -> the nearest chrome holder among it and its ancestors, or None
        self._ignored: dict = {}  # element -> the rule codes its data-creditcheck-ignore and its ancestors' name
        self._captions: dict = {}  # element (with the kinds asked for, when not both) -> holds_caption
        self._story: dict = {}  # element -> whether it holds the story's text
        self.links = role.Links(url)
        self.galleries = Galleries(self.places, GALLERY_BOX)
        self.figures: list = []  # the page's <figure> elements (set by the scan)
        self.lead: str | None = None  # the file name of the page's og:image, its lead photo
        self._article_selector = selectors.article
        self._story_root: Any = _NOT_YET  # the story's container on a page without article markup (`in_story`)
        self._article_element: Any = _NOT_YET  # the article element of a page that marks one (`holds_story`)
        self._short: Any = _NOT_YET  # the article element of a page whose story is short (`_short_article`)
        self._story_article: Any = _NOT_YET  # the <article> that holds the story (`story_article`)
        self.lineages: list = []  # the ancestors of each image candidate (set by read_html)
        self._after_story: set | None = None  # the images after the last paragraph of the story (`after_story`)

    def is_lead(self, src: str) -> bool:
        """The image is the page's og:image, at that size or another ("53462567_303.jpg" of "…_304.jpg")."""
        if self.lead is None:
            return False
        key = file_key(src)
        return key == self.lead or _rendition(key) == _rendition(self.lead)

    def chrome_holder(self, element, lineage: list):
        """The element that makes the image site chrome (itself or its nearest chrome ancestor), or None: the
        first of them that is chrome, not page-wide and does not hold the story."""
        own = self.places(element)
        if (
            own & CHROME
            and not _wide(element, own)
            and not self.holds_story(element)
            and not names_lead_picture(element)
        ):
            return element
        if not lineage or not self.above(lineage) & CHROME:
            return None
        return self._holder[lineage[0]]  # set by `above`

    def holds_caption(self, element, kinds: int = CREDIT | CAPTION) -> bool:
        """The element is or holds a caption or credit element (`kinds`: a caption element only) with text."""
        key = element if kinds == CREDIT | CAPTION else (element, kinds)
        known = self._captions.get(key)
        if known is None:
            roles = self._roles
            known = self._captions[key] = any(roles.simple(node) & kinds for node in element.iter()) and not (
                _AD_LABEL.match(TEXT(element))
            )
        return known

    def above(self, lineage: list) -> int:
        """CHROME and ARTICLE if any element of a lineage (nearest ancestor first) is chrome or article,
        remembered per element so that images sharing ancestors ask about each ancestor once; and, for each
        ancestor, the nearest chrome holder at or above it (`_holder`)."""
        todo = []
        bits = 0
        holder = None
        context = self._context
        for ancestor in lineage:
            known = context.get(ancestor)
            if known is not None:
                bits = known
                holder = self._holder[ancestor]
                break
            todo.append(ancestor)
        known, classify = self.places.known, self.places.classify
        holders = self._holder
        for ancestor in reversed(todo):  # from the top down: an element is inside if it or its parent is
            own = known.get(ancestor)
            if own is None:
                own = classify(ancestor)
            if own & CHROME and (_wide(ancestor, own) or self.holds_story(ancestor) or names_lead_picture(ancestor)):
                own &= ~CHROME
            if own & CHROME:
                holder = ancestor
            bits |= own & ARTICLE if _wide(ancestor, own) else own & (CHROME | ARTICLE)
            context[ancestor] = bits
            holders[ancestor] = holder
        return bits

    def ignores(self, element, lineage: list) -> list[str]:
        """The rule codes that data-creditcheck-ignore attributes on the element and its ancestors (nearest first)
        name, "*" for an attribute that names none; each ancestor read once per page."""
        above: tuple = ()
        if lineage:
            known = self._ignored
            todo = []
            for ancestor in lineage:
                codes = known.get(ancestor)
                if codes is not None:
                    above = codes
                    break
                todo.append(ancestor)
            for ancestor in reversed(todo):
                above = known[ancestor] = (*_own_ignores(ancestor), *above)
        return [*_own_ignores(element), *above]

    def in_article(self, element, lineage: list) -> bool:
        """The image sits in the article: inside its markup, or in the story's container on a page without any."""
        return bool(self.above(lineage) & ARTICLE) or self.in_story(element, lineage)

    def in_story(self, element, lineage: list) -> bool:
        """On a page without article markup, the image sits in the story's container (`story_root`)."""
        story = self._story_root
        if story is _NOT_YET:
            # most pages hold an image in their article markup: they have some (`above` is asked of every image)
            marked = any(self.above(ancestors) & ARTICLE for ancestors in self.lineages if ancestors)
            story = None if marked else _story_root(element.getroottree().getroot(), self._article_selector)
            self._story_root = story
        return story is not None and story in lineage

    def after_story(self, element) -> bool:
        """On a page without article markup, the image comes after the last paragraph of the story's container
        (a widget after the story: another gallery, a banner, a row of reactions), or after a heading there that
        opens other stories ("Featured Slide Shows": the slides' own paragraphs are no story's)."""
        if self._after_story is None:
            self._after_story = set()
            story = self._story_root if self._story_root is not _NOT_YET else None
            if story is not None:
                after: list = []
                ended = False  # a heading that opens other stories ("Featured Slide Shows", "Related"): the end
                for node in story.iter(etree.Element):
                    tag = node.tag
                    if tag == "img":
                        after.append(node)
                    elif tag in ("h2", "h3", "h4"):
                        ended = ended or bool(SECTION_END.match(TEXT(node).strip()))
                    elif tag == "p" and not ended and text_size([TEXT(node).strip()]) >= _STORY_PARAGRAPH:
                        after = []
                    tail = node.tail
                    if tail and not ended and text_size([tail.strip()]) >= _STORY_PARAGRAPH:
                        after = []  # a story written as text between <br>s, not in <p>s: its words follow the image
                self._after_story = set(after)
        return element in self._after_story

    def marks_article(self) -> bool:
        """The page marks its article (<article>, <main>, an element the article selectors match) around an image."""
        if self._story_root is _NOT_YET:
            lineage = next((lineage for lineage in self.lineages if lineage), None)
            if lineage is None:
                return False
            self.in_story(lineage[0], lineage)
        return self._story_root is None

    def holds_story(self, element) -> bool:
        """The element holds the story's text (more paragraph text than any rail or footer): a class such as
        "article-author-ruler" on the article's wrapper does not make the article chrome. On a page that marks its
        article, it must also be or hold that article: a sidebar's live feed can run longer than the story."""
        known = self._story.get(element)
        if known is None:
            size = text_size(PARAGRAPH_TEXT(element))
            known = size > STORY_TEXT
            if not known and size >= SHORT_STORY and (short := self._short_article(element)) is not None:
                known = short is element or any(a is element for a in short.iterancestors())
            if known and (article := self._article(element)) is not None:
                anchor, most = article
                if not (anchor is element or any(a is element for a in anchor.iterancestors())):
                    # inside the article, most of its text; beside it, none of it
                    known = size >= STORY_SHARE * most and any(a is anchor for a in element.iterancestors())
            self._story[element] = known
        return known

    def _short_article(self, element):
        """On a page whose story is short (a news brief: no element the article selectors match holds a long
        story's text), the match with the most paragraph text, if it holds STORY_SHARE of the page's: a wrapper
        around it holds the story, whatever its class says ("node-article node-promoted", a state of the node)."""
        if self._short is _NOT_YET:
            root = element.getroottree().getroot()
            sized = [(text_size(PARAGRAPH_TEXT(m)), m) for m in query(self._article_selector)(root)]
            most, best = max(sized, key=lambda pair: pair[0], default=(0, None))
            total = text_size(PARAGRAPH_TEXT(root))
            self._short = best if SHORT_STORY <= most <= STORY_TEXT and most >= STORY_SHARE * total else None
        return self._short

    def story_article(self, element):
        """Of the page's <article> elements, the one with the most paragraph text, if that is a story's worth."""
        if self._story_article is _NOT_YET:
            root = element.getroottree().getroot()
            sized = [(text_size(PARAGRAPH_TEXT(a)), a) for a in root.iter("article")]
            best = max(sized, key=lambda pair: pair[0], default=(0, None))
            self._story_article = best[1] if best[0] > STORY_TEXT else None
        return self._story_article

    def _article(self, element) -> tuple[Any, int] | None:
        """The page's article element and its paragraph text size: of the elements its article selectors match,
        the one with the most, if that is a story's worth (teaser cards written as <article> are not); on a page
        without article markup, the story's container its paragraph text shows."""
        if self._article_element is _NOT_YET:
            best = None
            root = element.getroottree().getroot()
            for match in query(self._article_selector)(root):
                size = text_size(PARAGRAPH_TEXT(match))
                if size > (best[1] if best else STORY_TEXT):
                    best = (match, size)
            if best is None:  # no article markup: the story's container, if the page's text tells it (`in_story`)
                if self._story_root is _NOT_YET:
                    self._story_root = _story_root(root, self._article_selector)
                if self._story_root is not None:
                    best = (self._story_root, text_size(PARAGRAPH_TEXT(self._story_root)))
            self._article_element = best
        return self._article_element

    def attribution(self, link, card) -> bool:
        """A link that credits the photo rather than leads to another story: a licence link (rel=license), a
        link in a credit element, or a link in a caption after a credit label ("Foto: <a>CC-BY 2.0</a>
        <a>Jane Doe</a>", a link to the photographer's page) or within its prose (a source it cites). (Inside
        `card`, the element that repeats.)"""
        if "license" in (link.get("rel") or "").lower().split():
            return True
        for ancestor in link.iterancestors():
            if ancestor is card:
                return False
            bits = self._roles.simple(ancestor)
            if bits & CREDIT:
                return True
            if bits & CAPTION:
                text, linked = TEXT(ancestor), TEXT(link)
                before = text.partition(linked)[0] if linked.strip() else ""
                # or a link inside the caption's prose, a source it cites (a card's caption is its headline link)
                return CREDIT_LABEL.search(before) is not None or 2 * len(linked.split()) < len(text.split())
        return False

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
                for bit, bucket in zip((CREDIT, CAPTION, NOISE), found, strict=False):
                    if bits & bit:
                        bucket.add(node)
        return found


STORY_SHARE = 0.75  # of the page's paragraph text, that the story's container holds on a page without markup


def _story_root(root, article_selector: str):
    """On a page that marks no article (no <article>, <main> or element the article selectors match): the
    innermost element that holds at least STORY_SHARE of the page's paragraph text, found by descending from
    <body> into the child with the most. None on a page with article markup or too little text to tell."""
    if next(root.iter("article", "main"), None) is not None or query(article_selector)(root):
        return None
    node = next((child for child in root if child.tag == "body"), root)
    total = text_size(PARAGRAPH_TEXT(node))
    short = total <= STORY_TEXT
    if short and ((block := _text_block(node)) is not None or total < SHORT_STORY):
        return block
    while True:  # a short story in paragraphs (a club's news): found as a long one is, holding a headline
        best, most = None, 0
        for child in node:
            if isinstance(child.tag, str):
                size = text_size(PARAGRAPH_TEXT(child))
                if size > most:
                    best, most = child, size
        if best is None or most < STORY_SHARE * total:
            if node.tag == "body" and text_size(_CHILD_PARAGRAPH_TEXT(node)) >= STORY_SHARE * total:
                return node  # the page is the story alone (a reader view's, an extractor's or a CMS body's HTML)
            if short and not _under_headline(node):
                return None  # a short page's box of text beside its story (a magazine's asset box)
            return node if node.tag not in ("body", "html") else None
        node = best


def _under_headline(node) -> bool:
    """The element holds an <h1>, or one stands before it beside it (the story's title over its text)."""
    return next(node.iter("h1"), None) is not None or any(
        sibling.tag == "h1" for sibling in node.itersiblings(preceding=True)
    )


_STORY_PARAGRAPH = 80  # characters: a paragraph of the story, not a widget's label or a reactions counter


SHORT_STORY = 400  # characters of paragraph text: less, and a page says too little to find its story by


def _text_block(body):
    """A story written without paragraphs, as text and <br><br> in one element: the element whose own text runs
    longest, if it runs longer than STORY_TEXT."""
    best, most = None, 0
    for element in body.iter("div", "td", "section", "span"):
        size = text_size(_OWN_TEXT(element))
        if size > most:
            best, most = element, size
    return best if most > STORY_TEXT else None


_OWN_TEXT = etree.XPath("./text()", smart_strings=False)


# An id that names the story's own picture ("articleImage", "lead-photo"): an element that is one on the page, so
# a chrome word in its class ("relatedPhoto") does not make it chrome. Not a class: "related-article-image" is a
# teaser card's, repeated down a rail.
_LEAD_PICTURE_ID = lazy_re.compile(
    r"^(?:article|story|lead|main|hero|top)[-_]?(?:image|photo|picture|img|media|figure)s?$", re.I
)


def _wide(element, own: int) -> bool:
    """<html>, <body> or <main>, whose classes never make the page chrome; an <article> too, unless its class names
    a list of other stories ("multi-story__related", "recommended"): then it is a card, when it holds no story text.
    (A story's own <article> may carry "has-sidebar" or "author-box" in its classes.)"""
    if not own & PAGE_WIDE:
        return False
    return element.tag != "article" or _CARD_ARTICLE.search(element.get("class") or "") is None


_CARD_ARTICLE = lazy_re.compile(r"related|recommend|promo|teaser|recirc|popular|more-stor|more-news", re.IGNORECASE)


def names_lead_picture(element) -> bool:
    found = element.get("id")
    return bool(found) and _LEAD_PICTURE_ID.match(found) is not None


TEXT = etree.XPath("string()", smart_strings=False)


# No text, or only the label of an advertisement slot ("Advertisement:", "Anzeige"): never a caption
_AD_LABEL = lazy_re.compile(
    r"^\W*(?:(?:advertisement|anzeige|werbung|sponsored|publicit[ée]|publicidad|pubblicit[àa]|reklame)\W*)?$",
    re.IGNORECASE,
)


CREDIT_LABEL = lazy_re.compile(
    r"\b(?:(?:Image|Photo|Picture)\s+(?:credit|source)|Bildquelle|Quelle|Foto|Photo|Credit|Source|Bild)\s*:|©|\(c\)",
    re.IGNORECASE,
)


def _own_ignores(element) -> list[str]:
    value = element.get(IGNORE_ATTRIBUTE)
    if value is None:
        return []
    return [c.strip() for c in value.split(",") if c.strip()] or ["*"]


def _rendition(key: str) -> str:
    """A file name without the size its resizer wrote into it ("photo-300x200.jpg", "53462567_303.jpg")."""
    return _RENDITION.sub("", key)


_RENDITION = lazy_re.compile(r"[_-](?:\d{2,4}x\d{2,4}|\d{3,4})(?=\.[a-z0-9]{2,5}$)")
