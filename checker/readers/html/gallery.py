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
from dataclasses import dataclass

_MARKS = ("gallery", "slideshow", "carousel", "lightbox", "slider", "swiper", "diashow", "bildergalerie")
_GALLERY_TAGS = ("amp-carousel", "amp-lightbox", "amp-story", "amp-image-lightbox")
_NUMBER_ATTRIBUTE = re.compile(r"^data-[\w-]*(?:index|slide|item|number|position|count|idx|nr)[\w-]*$")
_INTEGER = re.compile(r"^\s*#?(\d{1,3})\s*$")


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


class Galleries:
    """Gallery elements above images, remembered per element (images of a page share their ancestors)."""

    def __init__(self) -> None:
        self._marked: dict = {}
        self._lists: dict = {}

    def root(self, lineage: list, levels: int = 12):
        """The nearest gallery element above an image, or None."""
        marked = self._marked
        for ancestor in lineage[:levels]:
            flag = marked.get(ancestor)
            if flag is None:
                flag = marked[ancestor] = is_gallery(ancestor)
            if flag:
                return ancestor
            if ancestor.tag in ("body", "article", "main"):
                return None
        return None

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
_IMAGE_URL = re.compile(r"^(?:https?:)?//\S+?\.(?:jpe?g|png|webp|gif|avif)(?:[?#]\S*)?$|^(?:https?:)?//\S+/image", re.I)
_MIN_SLIDES = 2


@dataclass
class ScriptSlide:
    src: str
    caption: str
    credit: str
    alt: str
    gallery_key: bool  # the list's key names a gallery ("slides", "gallery", "photos"...)


def script_slides(scripts: list) -> list[tuple[object, ScriptSlide]]:
    """(script element, slide) for every slide of a gallery found in a script's JSON: a list of at least two
    objects each with an image URL (directly or in an "image" object) and a caption or credit."""
    found: list[tuple[object, ScriptSlide]] = []
    for script in scripts:
        text = script.text or ""
        kind = (script.get("type") or "").lower()
        if "ld+json" in kind or len(text) < 40 or ('"caption' not in text and '"credit' not in text):
            continue
        for data in _json_values(text):
            for key, items in _lists(data):
                slides = [slide for item in items if (slide := _slide_of(item, key))]
                if len(slides) >= _MIN_SLIDES and len(slides) * 2 >= len(items):
                    found.extend((script, slide) for slide in slides)
    return found


def _json_values(text: str):
    """The JSON values in a script: the whole text, or each object or array literal assigned in it."""
    stripped = text.strip()
    decoder = json.JSONDecoder()
    if stripped[:1] in "{[":
        try:
            yield json.loads(stripped)
            return
        except ValueError:
            pass
    for match in re.finditer(r"=\s*([\[{])", text):
        try:
            value, _ = decoder.raw_decode(text, match.start(1))
        except ValueError:
            continue
        yield value


def _lists(data, key: str = ""):
    stack = [(key, data)]
    while stack:
        name, item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.items())
        elif isinstance(item, list):
            if len(item) >= _MIN_SLIDES and all(isinstance(x, dict) for x in item):
                yield name, item
            stack.extend((name, x) for x in item)


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
