"""A page parsed, and the elements that may be its images: <img>, <amp-img>, and placeholders that carry an image
URL in a lazy-load attribute (a loader's <div data-src>, a slide's data-image, a slide or cover shown as an inline
background). The copies a page writes for browsers without scripts (<noscript>) are weighed here too: one photo is
one candidate. And each candidate's address: the photo's own URL among a lazy loader's attributes, src, srcset and
a <picture>'s sources.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

from checker import lazy_re
from checker.errors import ReadError
from checker.readers.html.decode import decoded, sniff
from checker.readers.html.gallery import is_gallery
from checker.readers.html.limits import check_complete
from checker.readers.photo_files import file_key

_TEXT = etree.XPath("string()", smart_strings=False)
LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "data-url", "data-image", "data-hi-res-src", "src")
IMAGE_URL = lazy_re.compile(r"\.(?:jpe?g|png|webp|gif|avif)(?:$|[?#&])|/image/|/img/|/images/", re.I)
IMG_TAGS = ("img", "amp-img")


# no ID table: nothing here looks elements up by id, and building it costs 2% of the parse; huge_tree: limits.py
_PARSER = etree.HTMLParser(
    encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, huge_tree=True, collect_ids=False
)


def parse_page(data: bytes, charset: str | None = None):
    """The page as an lxml tree (plain etree elements: lxml.html's Python element classes cost more than the
    parse on big pages), decoded as the HTML standard says (decode.sniff)."""
    return decode_and_parse(data, charset)[1]


def decode_and_parse(data: bytes, charset: str | None = None) -> tuple[bytes, object]:
    """The page's bytes as UTF-8 (as given when they are) and its tree. libxml2 is told the encoding; a page in
    another encoding than UTF-8 is converted first, so that source lines and columns are counted in the bytes
    the tree was parsed from."""
    encoding, _ = sniff(data, charset)
    if encoding not in ("utf-8", "utf-8-sig"):
        data = decoded(data, encoding).encode("utf-8")
    try:
        root = etree.fromstring(data, _PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise ReadError(f"not parseable as HTML: {exc}") from None
    if root is None:
        raise ReadError("not parseable as HTML: no elements")
    check_complete(_PARSER.error_log)
    return data, root


def drop_tree(element) -> None:
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


def scan(
    root, lazy: tuple[str, ...], backgrounds: bool = False, lead: str | None = None
) -> tuple[list, list, list, list]:
    """The page's <script>, <noscript> and <figure> elements, and its image candidates in document order: <img>,
    <amp-img>, and <div>, <span>, <li> or <figure> placeholders that carry an image URL in a lazy-load attribute
    (loaders that insert the <img> with script, BBC data-src; gallery slides, Washington Post data-image). One walk:
    lxml's C-level tag filter walks a tree far faster than XPath, but each walk of a big page still costs a
    quarter of a millisecond. `lazy` are the data-* attribute names that may hold an image URL on this page.

    Most pages have no <div>, <span> or <li> placeholder: a walk over those alone, asking only their lazy-load
    attributes, says so for less than the dispatch on every element's tag would cost; they join the walk in
    document order only on a page that has one. `backgrounds`: the page sets an inline background image, which a
    gallery's slide may show its photo by, or the page its lead photo (`lead`, the og:image's file: a magazine's
    cover behind its headline; `_background_picture`)."""
    scripts, noscripts, found, figures = [], [], [], []
    placeholders = ("div", "span", "li") if backgrounds or (lazy and _has_placeholder(root, lazy)) else ()
    for element in root.iter(*IMG_TAGS, *placeholders, "figure", "noscript", "script"):
        tag = element.tag
        if tag in IMG_TAGS:
            found.append(element)
            continue
        if tag == "script":
            scripts.append(element)
            continue
        if tag == "noscript":
            noscripts.append(element)
            continue
        if tag == "figure":
            figures.append(element)
        elif _picture_source(element):
            continue  # picturefill's <span data-src data-media>: a source of the picture, not an image of its own
        if backgrounds and _background_picture(element, lead):
            found.append(element)
            continue
        for name in lazy:
            url = element.get(name)
            if url and IMAGE_URL.search(url):
                found.append(element)
                break
    return scripts, noscripts, found, figures


def _background_picture(element, lead: str | None) -> bool:
    """An element that shows a photo as its inline background image: a gallery's slide (`<div class="slide"
    style="background-image:url(…/photo.jpg)">` in a slideshow), an image as an <img> in the slide would be; or
    the page's og:image (`lead`, its file) shown as a cover (`<div id="cover-main" style="background:url(…/la-
    traffic.jpg)">`), the story's lead photo."""
    style = element.get("style")
    url = background_url(style) if style else None
    if url is None:
        return False
    if lead is not None and file_key(url) == lead:
        return True
    named = (element.get("class") or "").lower()
    if "slide" not in named and element.get("data-slide") is None:
        return False
    return any(is_gallery(ancestor) for ancestor in islice(element.iterancestors(), 3))


def background_url(style: str) -> str | None:
    match = _BACKGROUND.search(style)
    return match.group(1).strip() if match and IMAGE_URL.search(match.group(1)) else None


INLINE_BACKGROUND = lazy_re.compile(rb"style\s*=\s*[\"'][^\"'>]*background[^\"'>]*url\(")


_BACKGROUND = lazy_re.compile(r"background(?:-image)?\s*:[^;]*?url\(\s*['\"]?([^'\")]+)", re.I)


def _picture_source(element) -> bool:
    """One of the sources a picture polyfill chooses from: a media query of its own, or a child of the
    element that marks the picture (`<span data-picture>`), whose <noscript> holds the <img>. Where the picture
    has no <noscript> (nor <img>), its source without a media query stands for it."""
    if element.get("data-media") is not None:
        return True
    parent = element.getparent()
    if parent is None or parent.get("data-picture") is None:
        return False
    return next(parent.iter("noscript", *IMG_TAGS), None) is not None


def _has_placeholder(root, lazy: tuple[str, ...]) -> bool:
    """Some <div>, <span> or <li> of the page carries an image URL in a lazy-load attribute."""
    for element in root.iter("div", "span", "li"):
        for name in lazy:
            url = element.get(name)
            if url and IMAGE_URL.search(url):
                return True
    return False


# data-* attributes that hold an image URL, by name ("data-src", "data-retina-src", "data-dejavu-src",
# "data-image", "data-hi-res-src"...), found in the page's bytes so that elements are asked only about those
_LAZY_NAME = lazy_re.compile(
    rb"data-[\w-]*?(?:src|image|img|original)[\w-]*|data-lazy(?=\s*=)"
)  # a literal start: a fast scan


# "data-sharingimage", "data-share-image", "data-pin-media": the picture a share button posts, shown nowhere
_SHARED_PICTURE = ("shar", "social", "pin-", "tweet", "facebook")


_NOT_A_URL = ("set", "sizes", "caption", "credit", "alt", "title", "width", "height", "id", "type", "count")


def lazy_attributes(data: bytes) -> tuple[str, ...]:
    """The names of the data-* attributes on this page that may hold an image URL, most common kinds first."""
    names = {match.decode("ascii") for match in set(_LAZY_NAME.findall(data))}
    names = {n for n in names if not n.endswith(_NOT_A_URL) and not any(word in n for word in _SHARED_PICTURE)}
    return tuple(sorted(names, key=lambda n: (n not in LAZY_SRC, n)))


def dedupe_noscript(noscripts: list) -> set:
    """A lazy-loaded <img> repeated in <noscript> is one image: drop the copy, keep it where it is the only one.
    Returns the images dropped."""
    dropped: set = set()
    for noscript in noscripts:
        parent = noscript.getparent()
        inside = list(noscript.iter("img"))
        if parent is None or not inside:
            continue
        beside = [img for img in parent.iter("img") if img not in inside]
        if (
            len(beside) == len(inside)
            and all((img.get("src") or "data:").startswith("data:") and not _file_keys(img) for img in beside)
            and all(_file_keys(img) for img in inside)
        ):
            _drop_tag(noscript)  # the <img> beside it holds only a placeholder ("data:image/gif…"): the copy
            dropped.update(beside)  # for browsers without scripts is the one that names the photo
            continue
        if beside:
            new = _not_shown(parent, inside) if len(inside) >= _NOSCRIPT_GALLERY else []
            if len(new) >= _NOSCRIPT_GALLERY:  # a gallery the page's script shows: its other pictures are images
                dropped.update(img for img in inside if img not in new)
                _drop_tag(noscript)
                continue
            drop_tree(noscript)  # the page shows the lazy <img> beside it
            dropped.update(inside)
        elif len(inside) == 1 and _bare_pixel(inside[0]) and not _TEXT(noscript).strip():
            drop_tree(noscript)  # "<noscript><img src=…/meter.gif></noscript>": a tracking pixel for browsers
            dropped.update(inside)  # without scripts, no picture
        else:
            _drop_tag(noscript)
    return dropped


def _bare_pixel(img) -> bool:
    """A GIF with nothing but its address (no alt text, size, class or srcset): a counter's pixel. A photo kept for
    browsers without scripts is a JPEG or a resizer's address, often as bare ("<img src=…/image.jpg>")."""
    bare = not any(img.get(name) for name in ("alt", "width", "height", "class", "srcset", "title"))
    return bare and (img.get("src") or "").split("?")[0].lower().endswith(".gif")


_NOSCRIPT_GALLERY = 2  # pictures in a <noscript> that the page shows nowhere else, for it to be more than a copy


def _not_shown(parent, inside: list) -> list:
    """The pictures of a <noscript> whose files no image beside it shows."""
    shown = {key for img in parent.iter("img") if img not in inside for key in _file_keys(img)}
    return [img for img in inside if not _file_keys(img) & shown]


def _file_keys(img) -> set[str]:
    """The file names of the image URLs in an <img>'s attributes (src, lazy-load attributes, srcsets)."""
    return {file_key(token) for value in img.attrib.values() for token in value.split() if IMAGE_URL.search(token)}


def image_elements(found: list, dropped: set) -> list:
    """The candidates left once <noscript> copies are gone: placeholders only where no <img> was put inside."""
    return [e for e in found if e not in dropped and (e.tag in IMG_TAGS or next(e.iter(*IMG_TAGS), None) is None)]


_SRCSET = ("srcset", "data-srcset", "data-lazy-srcset")


def image_address(element, attributes: dict, lazy: tuple[str, ...] = ()) -> str | None:
    """The image's URL: a lazy-load attribute first (the src of a lazy image is a placeholder), then src, then
    the first candidate of a srcset or of a <picture>'s <source>. Other data-*src* names of the page (a zoom
    view's "data-mediaviewer-src") only where the src is no photo's own address."""
    lazy = tuple(name for name in lazy if name in attributes)
    own = (attributes.get("src") or "").strip() if lazy else ""
    if own and not own.startswith("data:") and _url_like(own) and not _PLACEHOLDER_NAME.search(own.rsplit("/", 1)[-1]):
        lazy = ()
    placeholder = None  # a lazy loader's stand-in in src, kept only if nothing names the photo
    for attribute in (*LAZY_SRC[:-1], *lazy, "src"):
        value = (attributes.get(attribute) or "").strip()
        if value.lower() in _NO_VALUE:
            continue  # data-url="null": a script's empty setting
        if value and not value.startswith("data:") and (attribute in LAZY_SRC or _url_like(value)):
            if _CANDIDATE_LIST.search(value):  # a srcset list written into src ("a.jpg%20940w,%20a-670x388.jpg")
                return re.split(r"\s|%20", value, maxsplit=1)[0]
            if attribute == "src" and _PLACEHOLDER_NAME.search(value.rsplit("/", 1)[-1]):
                placeholder = value  # "…/img/placeholder.png" in a <picture> whose <source>s name the photo
                continue
            return value
    for attribute in _SRCSET:
        value = (attributes.get(attribute) or "").strip()
        if value:
            return _first_candidate(value)
    if element.tag not in IMG_TAGS and (style := attributes.get("style")):
        return background_url(style)  # a slide or a cover shown as a background (`_background_picture`)
    for ancestor in element.iterancestors():  # libxml2 nests an <img> after <source> inside it
        if ancestor.tag == "picture":
            for source in ancestor.iter("source"):
                value = (source.get("srcset") or source.get("data-srcset") or "").strip()
                if value:
                    return _first_candidate(value)
        if ancestor.tag not in ("source", "picture"):
            break
    return placeholder


def _first_candidate(srcset: str) -> str:
    """A srcset's first image URL, as the HTML standard reads it: the run of characters up to white space, less
    trailing commas (a comma inside it is part of it: ".../r/c_1,h_478,w_478/photo.jpg")."""
    return srcset.split()[0].rstrip(",")


# the file a lazy loader shows until the photo loads ("blank.gif", "lazy-placeholder.png", "grey.png")
_PLACEHOLDER_NAME = lazy_re.compile(
    r"blank|spacer|placeholder|transparent|1x1|pixel|lazy|loading|empty|leer|gr[ae]y", re.I
)


_NO_VALUE = frozenset({"null", "undefined", "none", "false", "true", "#", "about:blank"})


_CANDIDATE_LIST = lazy_re.compile(r"(?:\s|%20)\d{2,5}[wx],(?:\s|%20)")


_NOT_IMAGE_FILE = (".js", ".css", ".html", ".htm", ".mp4", ".m3u8", ".json", ".svg")


def _url_like(value: str) -> bool:
    """A value of an unfamiliar lazy-load attribute that can be an image URL."""
    if IMAGE_URL.search(value):
        return True
    return value.startswith(("http", "//", "/")) and not value.split("?")[0].lower().endswith(_NOT_IMAGE_FILE)
