"""Galleries read as first-class: every slide an image with its own caption and credit.

Three shapes are read here, none tied to a site:
- a gallery element (amp-carousel, a class or id naming a gallery, slideshow, carousel or lightbox, a data-gallery*
  or data-slide* attribute) marks its slides as content even inside a wrapper the chrome selectors match (a
  lightbox in an <aside>, a state class such as "gallery--promo");
- slides whose captions and credits sit in a separate list in the gallery, joined to the slide by slide number
  (a numeric data-* attribute) or, failing numbers, by position;
- slides that exist only in a script's JSON (a list of objects each with an image URL and a caption or credit).
"""

from __future__ import annotations

import json
import re

from checker import lazy_re
from checker.plain import Value
from checker.readers.html.select import Classifier
from checker.textnorm import fold

ALT_SHOWN_AS_CAPTION = "gallery-alt-caption"  # signal: a slide's caption is its alt text, which the gallery shows
_MARKS = ("gallery", "slideshow", "carousel", "lightbox", "slider", "swiper", "diashow", "bildergalerie")
_GALLERY_TAGS = ("amp-carousel", "amp-lightbox", "amp-story", "amp-image-lightbox")
_NUMBER_ATTRIBUTE = lazy_re.compile(r"^data-[\w-]*(?:index|slide|item|number|position|count|idx|nr)[\w-]*$")
_INTEGER = lazy_re.compile(r"^\s*#?(\d{1,3})\s*$")


def is_gallery(element) -> bool:
    """The element marks a gallery: by tag, class or id, or a data-gallery* / data-slide* attribute."""
    if element.tag in _GALLERY_TAGS:
        return True
    for name, value in element.items():
        if name.startswith(("data-gallery", "data-slide")):
            return True
        if name in ("class", "id"):
            lowered = value.lower()
            if any(mark in lowered for mark in _MARKS):
                return True
    return False


# is_gallery as a selector list, for the classifier (class and id values tested once per page)
GALLERY = (
    "amp-carousel, amp-lightbox, amp-story, amp-image-lightbox, [class*=gallery], [class*=slideshow], "
    "[class*=carousel], [class*=lightbox], [class*=slider], [class*=swiper], [class*=diashow], "
    "[class*=bildergalerie], [id*=gallery], [id*=slideshow], [id*=carousel], [id*=lightbox], [id*=slider], "
    "[data-gallery], [data-gallery-item], [data-gallery-id], [data-gallery-index], [data-slide], "
    "[data-slide-index], [data-slide-id], [data-slideshow], .slides"
)


class Galleries:
    """Gallery elements above images, remembered per element (images of a page share their ancestors)."""

    def __init__(self, classifier: Classifier | None = None, bit: int = 1) -> None:
        """`classifier` answers GALLERY as `bit` (the reader's own, so that each element is classified once)."""
        self._marked = classifier or Classifier([GALLERY])
        self._bit = bit
        self._lists: dict = {}
        self._roots: dict = {}  # (parent, levels) -> the gallery root of an image in it
        self._stories: dict = {}  # gallery element -> whether it holds an <article> with its <h1>: a story
        self._headed: dict = {}  # <article> -> whether it holds an <h1>
        self._alt_shown: dict = {}  # gallery element -> whether its caption area shows the slides' alt texts

    def root(self, lineage: list, levels: int = 12):
        """The outermost gallery element above an image (a slide marked data-gallery-item sits in the gallery
        that holds the captions), within `levels` and below the article; None if there is none."""
        if not lineage:
            return None
        key = (lineage[0], levels)  # images in one parent share the answer
        if key in self._roots:
            return self._roots[key]
        known, classify = self._marked.known, self._marked.classify
        found = None
        for ancestor in lineage[:levels]:
            if ancestor.tag in ("body", "main") or (ancestor.tag == "article" and self._is_story(ancestor)):
                break  # (a slide may sit in an <article> of its own: one without the story's <h1> is a slide's)
            bits = known.get(ancestor)
            if bits is None:
                bits = classify(ancestor)
            if bits & self._bit:
                if self._holds_story(ancestor):
                    break  # a slider holding a whole story ("div.content-slider" around the page): layout, no gallery
                found = ancestor
        self._roots[key] = found
        return found

    def _is_story(self, article) -> bool:
        """An <article> that holds a story's headline (<h1>); a slide's own <article> holds none."""
        held = self._headed.get(article)
        if held is None:
            held = self._headed[article] = next(article.iter("h1"), None) is not None
        return held

    def _holds_story(self, element) -> bool:
        """A gallery candidate that holds a story's <article> (a slider around the whole page)."""
        held = self._stories.get(element)
        if held is None:
            held = self._stories[element] = any(self._is_story(article) for article in element.iter("article"))
        return held

    def shows_alt_as_caption(self, gallery) -> bool:
        """The gallery prints the current slide's alt text (or title) as its caption, in one caption area for all
        slides (script swaps it): a text element outside the slides equals one slide's alt. Each slide's alt is
        then its caption."""
        known = self._alt_shown.get(gallery)
        if known is None:
            known = self._alt_shown[gallery] = _alt_shown(gallery)
        return known

    def caption_item(self, image, lineage: list, gallery, held, has_role):
        """For a slide with nothing around it, the element of a separate caption list that belongs to it, joined
        by slide number or position; None if there is none. `has_role(element)` tells whether an element holds a
        caption or credit element."""
        slide, siblings = _slide(lineage, gallery, held)
        if slide is None:
            return None
        number = _number(slide)
        candidates = self._caption_lists(gallery, held, has_role)
        if number is not None:
            for item in (item for items in candidates for item in items):
                if _number(item) == number:
                    return item
        position = siblings.index(slide)
        for items in candidates:
            if len(items) == len(siblings):
                return items[position]
        return None

    def _caption_lists(self, gallery, held, has_role) -> list[list]:
        """Lists in the gallery whose items hold a caption or credit and no image, several items long."""
        known = self._lists.get(gallery)
        if known is not None:
            return known
        lists = []
        for element in gallery.iter():
            if not isinstance(element.tag, str) or held[element]:
                continue
            items = [child for child in element if isinstance(child.tag, str) and not held[child]]
            if len(items) >= 2 and len({child.tag for child in items}) == 1 and sum(map(has_role, items)) >= 2:
                lists.append(items)
        self._lists[gallery] = lists
        return lists


def gallery_slide(lineage: list, gallery, held):
    """The slide of a gallery that holds the image, or None. A slideshow of one picture (a CMS's photo box, built
    as a slideshow whatever it holds) has one slide: the gallery's child above the image."""
    slide = _slide(lineage, gallery, held)[0]
    if slide is None and gallery is not None and held[gallery] == 1:
        slide = next((ancestor for ancestor in lineage if ancestor.getparent() is gallery), None)
    return slide


def _slide(lineage: list, gallery, held) -> tuple:
    """The slide holding the image (the ancestor that is one of several image-holding children of one parent)
    and those children, in order."""
    for ancestor in lineage:
        if ancestor is gallery:
            return None, []
        parent = ancestor.getparent()
        if parent is None:
            return None, []
        siblings = [child for child in parent if held[child]]
        if len(siblings) >= 2:
            return ancestor, siblings
    return None, []


def _number(element) -> int | None:
    """A slide number written on the element or its first child (data-index="3", data-slide="3")."""
    for candidate in (element, next(iter(element), None)):
        if candidate is None or not isinstance(candidate.tag, str):
            continue
        for name, value in candidate.items():
            if _NUMBER_ATTRIBUTE.match(name):
                match = _INTEGER.match(value)
                if match:
                    return int(match.group(1))
    return None


# --- slides known only from a script's JSON ---------------------------------------------------------------------

_URL_KEYS = ("url", "src", "image", "imageUrl", "image_url", "contentUrl", "href", "original", "large", "path")
_CAPTION_KEYS = ("caption", "description", "captionText", "caption_text", "subtitle", "text", "title")
_CREDIT_KEYS = (
    "credit",
    "credits",
    "creditText",
    "copyright",
    "copyrightNotice",
    "photographer",
    "byline",
    "source",
    "author",
    "attribution",
)
_IMAGE_URL = lazy_re.compile(
    r"^(?:https?:)?//\S+?\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?$|^(?:https?:)?//\S+/image", re.I
)
_MIN_SLIDES = 2


class ScriptSlide(Value):
    src: str
    caption: str
    credit: str
    alt: str
    gallery_key: bool  # the list's key names a gallery ("slides", "gallery", "photos"...)


def script_slides(scripts: list, page: bytes | None = None) -> list[tuple[object, ScriptSlide]]:
    """(script element, slide) for every slide of a gallery found in a script's JSON: a list, under a key naming
    slides, a gallery, photos, images or items, of at least two objects each with an image URL (directly or in
    an "image" object) and a caption or credit. Only those lists are decoded, not the script's whole JSON.

    `page`, the page's bytes: none if they hold no "caption" or "credit" key, tested once a script passes the
    cheaper tests on its own text (a scan of the whole page costs more than those of its scripts)."""
    found: list[tuple[object, ScriptSlide]] = []
    candidates = []
    for script in scripts:
        text = script.text or ""
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind or len(text) < 40 or not _may_hold_slides(text):
            continue
        candidates.append((script, text))
    if not candidates or (page is not None and not _caption_key(candidates, page)):
        return found
    for script, text in candidates:
        decoder = json.JSONDecoder()
        for key, end in _list_keys(text):
            if _LIST_WORD.search(key.lower()) is None:
                continue
            try:
                items, _ = decoder.raw_decode(text, end - 1)
            except ValueError:
                continue
            if not isinstance(items, list) or len(items) < _MIN_SLIDES:
                continue
            slides = [slide for item in items if isinstance(item, dict) and (slide := _slide_of(item, key))]
            if len(slides) >= _MIN_SLIDES and len(slides) * 2 >= len(items):
                found.extend((script, slide) for slide in slides)
    return found


def _caption_key(candidates: list[tuple[object, str]], page: bytes) -> bool:
    """The page's bytes hold a "caption" or "credit" key: the texts of its candidate scripts, which are part of
    them, are asked first (a scan of the whole page costs more)."""
    if any('"caption' in text or '"credit' in text for _, text in candidates):
        return True
    return b'"caption' in page or b'"credit' in page


def _alt_shown(gallery) -> bool:
    """A text element of the gallery that holds no picture and whose text is one slide's alt or title, among at
    least two described slides (see Galleries.shows_alt_as_caption)."""
    described = {
        fold(text)
        for img in gallery.iter("img")
        if (text := (img.get("title") or img.get("alt") or "").strip()) and len(text) <= _SHOWN_ALT
    }
    if len(described) < _MIN_SLIDES:
        return False
    for element in gallery.iter("div", "p", "span", "figcaption"):
        if element.text and len(element) == 0 and fold(element.text) in described:
            return True  # (no children: no picture in it)
    return False


_SHOWN_ALT = 300  # characters: a caption area's text, not a slide's paragraph


# "slides": [ ... — a key naming a list of pictures, in JSON or a script's object literal. Found from its closing
# quote and the ":[" after it on: a scan for the key's opening quote tries a match at every string of the script,
# twice as slow.
_LIST_START = lazy_re.compile(r"\"\s*:\s*\[")
_KEY_BEFORE = lazy_re.compile(r"\"([\w-]{1,40})\Z")  # the key, ending at the quote before the colon
MAX_KEY = 40


def _list_keys(text: str):
    r"""(key, offset after its "[") of every `"key": [` in the text, in order (the matches of
    `"([\w-]{1,40})"\s*:\s*\[`, which cannot overlap)."""
    for match in _LIST_START.finditer(text):
        quote = match.start()
        key = _KEY_BEFORE.search(text, max(0, quote - MAX_KEY - 1), quote)
        if key is not None:
            yield key.group(1), match.end()


_LIST_WORD = lazy_re.compile("slide|galler|photo|image|items|media")


def _may_hold_slides(text: str) -> bool:
    """Cheap tests before any JSON is parsed: a caption or credit key and a word naming a gallery. (One pattern
    for both words: str's substring search skips slowly over script text full of the letters of "caption".)"""
    return _CAPTION_WORD.search(text) is not None and any(word in text for word in _GALLERY_WORDS)


_CAPTION_WORD = lazy_re.compile("caption|credit")
_GALLERY_WORDS = ("galler", "Galler", "GALLER", "slide", "Slide", "SLIDE", "carousel", "Carousel")


def _text(value) -> str:
    if isinstance(value, str):
        return re.sub(r"<[^>]+>", " ", value).strip()
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("text") or value.get("value") or "")
    if isinstance(value, list):
        return ", ".join(t for t in map(_text, value) if t)
    return ""


def _url(item: dict) -> str | None:
    for key in _URL_KEYS:
        value = item.get(key)
        if isinstance(value, str) and _IMAGE_URL.match(value.strip()):
            return value.strip()
        if isinstance(value, dict):
            nested = _url(value)
            if nested:
                return nested
    return None


def _slide_of(item: dict, key: str) -> ScriptSlide | None:
    src = _url(item)
    if src is None:
        return None
    caption = next((t for k in _CAPTION_KEYS if k != "title" and (t := _text(item.get(k)))), "")
    credit = next((t for k in _CREDIT_KEYS if (t := _text(item.get(k)))), "")
    image = item.get("image")
    if isinstance(image, dict):
        caption = caption or next((t for k in _CAPTION_KEYS if k != "title" and (t := _text(image.get(k)))), "")
        credit = credit or next((t for k in _CREDIT_KEYS if (t := _text(image.get(k)))), "")
    if not caption and not credit:
        return None
    alt = _text(item.get("alt") or item.get("altText") or "")
    lowered = key.lower()
    return ScriptSlide(src, caption, credit, alt, any(m in lowered for m in ("slide", "galler", "photo", "image")))
