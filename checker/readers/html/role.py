"""Whether an image on a page is article content or site chrome, and the signal that says so.

Each test here looks at one kind of signal that holds across sites: what the image's URL and size attributes say
(spacers, icons, tracking pixels), where a link around it goes (a teaser links to another article), whether it
sits in a card repeated beside others like it (teaser lists, "more posts" rails), and where it is relative to the
article. The reader combines them with what it found around the image (caption, credit, gallery) in
`chrome.decide_role`; the reasons given here are the audit's `evidence.role_reason`.
"""

from __future__ import annotations

import re
from os.path import commonprefix
from urllib.parse import unquote, urlsplit

from checker import lazy_re
from checker.readers.controls import CONTROL_ALT
from checker.readers.text_patterns import QUERY_SIZE, RESIZER_PATH

# Words in an image's URL or class that mark site furniture (plain substring tests: a case-insensitive regex
# alternation costs several microseconds per URL, and there are hundreds of images per page).
_FURNITURE_WORDS = (
    "logo",
    "icon",
    "avatar",
    "sprite",
    "spacer",
    "blank.",
    "/1px.",  # a one-pixel spacer file, "…/img/3.0/1px.gif"
    "/trans.gif",  # a transparent spacer, "…/wordpress/img/trans.gif?m=…"
    "chevron",  # a menu's or a pager's arrow
    "video-overlay",  # a play button drawn over a video's poster ("…/overlays/video-overlay-med.png")
    "play-button",
    "playbutton",  # "…/_img/playbutton2.png" laid over a video's still
    "play_button",
    "/profile_images/",  # an embedded post's author picture ("pbs.twimg.com/profile_images/…_normal.jpg")
    "doubleclick.net",  # an ad server's picture: an ad
    "/creative/",  # an ad's artwork as an ad server files it ("…/afp-creative/creative/u113716014/….jpg")
    "ad_creative",  # "…/Ad_Creatives/1401362_….jpg", "ad-creatives/…"
    "ad-creative",
    "googlesyndication.com",
    "/pagead/",
    "throbber",  # a busy indicator: "…/images/throbber.gif", "…/indicators/facebook-loading.gif"
    "loading.gif",
    "loader.gif",
    "spinner.gif",
    "badge",
    "emoji",
    "grey_line",
    "placeholder",
    "rating",
    "signature",
    "gravatar",
    "button",
    "btn_",
    "btn-",
    "/btn",
    "/themes/",  # a WordPress theme's own images: search buttons, banners, section headers
    "/static/img",
    "/static/images",
)
# Words that sit inside ordinary ones ("Silicon-Valley.jpg", "iconic", "Decorating-Mistakes.jpg"): furniture only at
# the start of a word of the URL or class ("icon-share", "star-rating.png")
_WORD_START = {"icon": re.compile(r"(?<![a-z])icon(?!ic)"), "rating": re.compile(r"(?<![a-z])rating")}
_CAMEL_ICON = lazy_re.compile(r"(?<=[a-z])Icons?(?![a-z])")  # a camelCase word of the address: "SilkIconsPlugin"
_QUERY_KEY = lazy_re.compile(r"[?&][\w.-]{1,40}=")  # a query's parameter names say nothing of the image
_AD_HOST = lazy_re.compile(r"//ads?\.[\w-]+\.[\w.-]+/", re.IGNORECASE)  # a host "ad." or "ads." under a site's domain
_PIXEL_WORDS = ("pixel", "1x1", "/tr?", "beacon", "/b?", "tracking", "/p.gif", "transparent.", "t.gif")
_TRACKER_HOSTS = ("scorecardresearch.com", "quantserve.com", "chartbeat.net", "google-analytics.com")  # a counter's
# A share or follow button's file: "/images/i_facebook-small.png", "twitter_32.gif", "email.png"
# A section's heading drawn as a GIF: "/images/sub/tit_tech_AD.gif", "/images/title_editor.gif"
_HEADING_GIF = lazy_re.compile(r"/(?:tit|title)[_-][^/?#]*\.gif(?:$|[?#])")
_SOCIAL_FILE = lazy_re.compile(
    r"[/_-](?:facebook|twitter|email|share|rss|print|whatsapp|pinterest|linkedin)(?:[_-]\w*)?\.(?:png|gif|svg)"
    # a network's follow code: "…/assets/snapchat-QR-f9e4….png", "wechat_qrcode.jpg"
    r"|[/_-](?:snapchat|instagram|whatsapp|wechat|weixin|telegram|line|tiktok|facebook|twitter)[_-]?qr(?:[_-]?code)?\b"
)
# A pull quote's drawn quotation mark: "/img/quote-bottom.png", "quotes_left.gif"
_QUOTE_MARK_FILE = lazy_re.compile(r"[/_-]quot(?:e|es|ation)(?:[_-]\w*)?\.(?:png|gif|svg)")
_TEMPLATE = lazy_re.compile(r"__[A-Za-z]\w*__|\{\{.*\}\}|\$\{.*\}|%7B%7B.*%7D%7D", re.IGNORECASE)
SMALL = 100  # an image drawn smaller than this on either side is an icon, a badge or a spacer
_DIMENSIONS = lazy_re.compile(r"(?<![\d.])(\d{1,4})x(\d{1,4})(?![\d])")  # "640x3" in a file name
IMAGE_FILE = lazy_re.compile(r"\.(?:jpe?g|png|webp|gif|avif|tiff?)(?:$|[?#&])", re.IGNORECASE)


def non_image(src: str | None, attributes: dict) -> bool:
    """Nothing to audit: no image URL, an inline data: placeholder, a tracking pixel or an SVG icon."""
    if not src or src.startswith(("data:", "about:", "javascript:")):
        return True
    if ("__" in src or "{" in src or "%7B" in src) and _TEMPLATE.fullmatch(src.split("?")[0].rsplit("/", 1)[-1]):
        return True  # a client-side template's placeholder for the file ("…/w_478/__image_url__", "{{ image.src }}")
    lowered = src.lower()
    if lowered.split("?")[0].endswith(".svg"):
        return True
    width, height = dimensions(attributes, "")
    if (width is not None and width <= 2) or (height is not None and height <= 2):
        return True
    if (style := attributes.get("style")) and "px" in style and _drawn_invisible(style):
        return True  # '<img src="https://smrt.as/ck" style="height:0px; width:0px">': a counter's request
    if any(host in lowered for host in _TRACKER_HOSTS):
        return True  # "b.scorecardresearch.com/p?c1=2&…": an audience counter's request, no picture
    return any(word in lowered for word in _PIXEL_WORDS) and not IMAGE_FILE.search(lowered.split("/")[-1])


def _drawn_invisible(style: str) -> bool:
    """Whether an image's own inline style draws it 2 px or less on a side (0 px: a tracking pixel's)."""
    sizes = [int(m.group(1)) for m in (_STYLE_WIDTH.search(style), _STYLE_HEIGHT.search(style)) if m is not None]
    return any(size <= 2 for size in sizes)


def _query_values(src: str) -> str:
    """The address without its query's parameter names, a resizer's address of the photo unquoted first."""
    return _QUERY_KEY.sub("&", unquote(unquote(src)) if "%" in src else src)


def furniture(src: str, attributes: dict) -> str | None:
    """Why the image is site furniture by its own URL, class or size (a logo, an icon, a spacer), or None."""
    address = _query_values(src) if "=" in src else src  # "…&signature=60b7…": a signed URL, no signature
    text = f"{address} {attributes.get('class') or ''}".lower()
    word = next(
        (w for w in _FURNITURE_WORDS if w in text and (w not in _WORD_START or _WORD_START[w].search(text))), None
    )
    if word:
        return f"furniture: '{word.strip('.')}' in its URL or class"
    if _AD_HOST.search(src):
        return "furniture: an ad server's picture"  # "http://ad.example.cn/content_banner/…" (not "ad.nl", a paper)
    if _CAMEL_ICON.search(src):
        return "furniture: 'icon' in its URL"  # "/wmSilkIconsPlugin/images/exclamation.png"
    if _CAMEL_ICON.search(attributes.get("class") or ""):
        return "furniture: 'icon' in its class"  # 'class="gg_embeddedIconPrev"': a gallery's arrow
    if _SOCIAL_FILE.search(src.lower()):
        return "furniture: a share or follow button's file"
    if _QUOTE_MARK_FILE.search(src.lower()):
        return "furniture: a pull quote's quotation mark"
    if _HEADING_GIF.search(src.lower()):
        return "furniture: a heading drawn as a GIF"
    alt = attributes.get("alt") or attributes.get("title")
    if alt and len(alt) < 40 and CONTROL_ALT.match(alt.strip()):
        return f"furniture: a control ({alt.strip()[:30]!r})"
    for width, height in (dimensions(attributes, ""), _named_size(src)):
        if (width is not None and width < SMALL) or (height is not None and height < SMALL):
            return f"furniture: {width or '?'}x{height or '?'} px"
    if "=" in src and any(0 < int(size) < SMALL for size in QUERY_SIZE.findall(src)):
        return "furniture: a resizer asked for a thumbnail's size"  # "…/AAklvVK.img?h=75&w=100"
    style = attributes.get("style")
    if style and ("ex" in style or "em" in style):
        size = _TEXT_SIZED.search(style)
        if size and float(size.group(1)) <= TEXT_HEIGHT:
            return "furniture: drawn at the size of the text (a formula, glyph or emoji)"
    return None


def small_box(element, attributes: dict) -> str | None:
    """An image with no size of its own whose box (its parent, or the link's parent) is drawn smaller than a photo by
    its inline style: a thumbnail strip's hover preview ("<div style='width:60px;height:60px'><img …></div>")."""
    if attributes.get("width") or attributes.get("height"):
        return None
    box = element.getparent()
    if box is not None and box.tag == "a":
        box = box.getparent()
    style = box.get("style") if box is not None else None
    if not style or "px" not in style:
        return None
    width, height = _STYLE_WIDTH.search(style), _STYLE_HEIGHT.search(style)
    if width and height and int(width.group(1)) < SMALL and int(height.group(1)) < SMALL:
        return f"furniture: in a box of {width.group(1)}x{height.group(1)} px"
    return None


_STYLE_WIDTH = lazy_re.compile(r"(?<![\w-])width\s*:\s*(\d{1,4})px")
_STYLE_HEIGHT = lazy_re.compile(r"(?<![\w-])height\s*:\s*(\d{1,4})px")


# A height given in the text's own units (2.176ex, 1.2em): an image set in a line of text
_TEXT_SIZED = lazy_re.compile(r"(?<![\w-])height\s*:\s*(\d{1,3}(?:\.\d+)?)\s*(?:ex|em)\b")
TEXT_HEIGHT = 12  # ex or em: taller than this, an image sized in text units is drawn as a picture


def _number(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip().removesuffix("px")
    return int(value) if value.isdigit() and int(value) > 0 else None  # 0: size left to the stylesheet


def dimensions(attributes: dict, src: str) -> tuple[int | None, int | None]:
    """Width and height from the size attributes (width/height, data-width/data-height) or, failing both, a
    "WxH" in the file name (BBC "banner_top_640x3.png")."""
    width = _number(attributes.get("width")) or _number(attributes.get("data-width"))
    height = _number(attributes.get("height")) or _number(attributes.get("data-height"))
    if width is None and height is None and src:
        return _named_size(src)
    return width, height


def _named_size(src: str) -> tuple[int | None, int | None]:
    """A "WxH" in the file name (BBC "banner_top_640x3.png")."""
    match = _DIMENSIONS.search(src.split("?")[0].rsplit("/", 1)[-1])
    if match:
        width, height = int(match.group(1)), int(match.group(2))
        if max(width, height) >= SMALL:  # "16x9" is an aspect ratio, not a size
            return width or None, height or None
    resized = RESIZER_PATH.search(src.split("?")[0]) if "/" in src else None
    if resized:
        return int(resized.group(1)) or None, int(resized.group(2)) or None
    return None, None


class Links:
    """Which link targets lead to another page than the article itself."""

    def __init__(self, page_url: str | None):
        parts = urlsplit(page_url or "")
        self.host = parts.netloc.lower().removeprefix("www.")
        self.path = parts.path.rstrip("/")
        number = _STORY_NUMBER.search(self.path.rsplit("/", 1)[-1])
        self.story = number.group(1) if number else None  # "…/Millennial-Decorating-Mistakes-42696116"

    def other_page(self, href: str | None, src: str | None = None) -> bool:
        """A link to another page: not to an image file (a lightbox or the full-size photo), not to a page of the
        image `src` itself (named after its file), not to an anchor or script, not back to this article, nor to
        one of its own pages (a slide's view: "/photo-gallery/42696116/image/42696127/…" on the story 42696116)."""
        href = (href or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "data:")):
            return href.startswith("mailto:")
        parts = urlsplit(href)
        if IMAGE_FILE.search(parts.path) or (src and photo_page(parts.path, src)):
            return False
        host = parts.netloc.lower().removeprefix("www.")
        path = parts.path.rstrip("/")
        if host and self.host and host != self.host:
            return True
        if self.story and self.story in _PATH_PARTS.split(path):
            return False
        if self.path and _own_gallery(path, self.path):
            return False
        return bool(path) and path != self.path


def _own_gallery(path: str, page: str) -> bool:
    """The link is the story's own slideshow: in the story's folder, named as the story is but for a gallery's word
    ("…/arizona-home-slideshow" from "…/arizona-home-article")."""
    folder, _, name = path.rpartition("/")
    page_folder, _, page_name = page.rpartition("/")
    if folder != page_folder or not GALLERY_WORD.search(name):
        return False
    shared = len(commonprefix([name, page_name]))  # noqa: RUF071 (the names' common start, letter by letter)
    return len(page_name) >= OWN_STEM_LEAST and shared >= min(OWN_STEM, len(page_name))


OWN_STEM = 20  # characters a story's own gallery page shares with the start of the story's name (or all of it)
OWN_STEM_LEAST = 8
GALLERY_WORD = lazy_re.compile(
    r"slide-?show|gallery|galerie|galeria|photos|pictures|fotos|bilder|fotostrecke|diaporama", re.IGNORECASE
)
_STORY_NUMBER = lazy_re.compile(r"(?:^|\D)(\d{6,})(?:\.\w+)?$")  # a story's number ending its address
_PATH_PARTS = lazy_re.compile(r"[/_.-]")

SIZE_SUFFIX = 12  # characters a rendition adds to the photo's file name ("-small", "_1200x800")


def photo_page(path: str, src: str) -> bool:
    """The link's path names the image's own file in its own two folders, give or take a size suffix and the
    extension: the photo's page or a larger copy of it (".../photos/8/804a…61_0.html" around
    "/photos/8/804a…61_0-small.jpg"). A story's address that only shares the photo's name (a teaser's
    "/view/AEN2023…" around ".../2023/12/28/AEN2023…_03_i_T2.jpg") does not name its folder. A path with a
    folder named as the image's file ("/17-deeds.png/940x540/…") is the same photo at another size."""
    page = path.rstrip("/").rsplit("/", 1)[-1].split(".")[0]
    if len(page) >= _PHOTO_ID and page.isdigit() and page in urlsplit(src).path.split("/"):
        return True  # the photo's own page by its number: "/bilder/868788.html" around ".../868788/300.jpg"
    named = {part for part in path.lower().split("/") if _FILE_SEGMENT.search(part)}
    if named and named & set(urlsplit(src).path.lower().split("/")):
        return True  # the same file, its size in the folders after it: "/17-deeds.png/940x540/…" around "…/462x260/…"
    link = _segments(path)
    image = _segments(src.split("?")[0].split("#")[0])
    if len(link) < 3 or len(image) < 3 or link[-3:-1] != image[-3:-1] or not all(link[-3:-1]):
        return False  # not the same two folders ("/cta/redirect/1883108/…" is no page of "/cta/default/1883108/…")
    if _SIZE_SEGMENT.match(link[-1]) and _SIZE_SEGMENT.match(image[-1]):
        return True  # the photo at another size: ".../image/sz.1.4006527/860x860" around ".../640x360"
    short, long = sorted((link[-1], image[-1]), key=len)
    if not short or not long.startswith(short):
        return False
    return long == short or (long[len(short)] in "-_." and len(long) - len(short) <= SIZE_SUFFIX)


def _segments(path: str) -> list[str]:
    """A path's folders and its file's name without its extension (a dot in a folder's name stays)."""
    parts = path.rstrip("/").lower().split("/")
    parts[-1] = parts[-1].rsplit(".", 1)[0]
    return parts


_PHOTO_ID = 5  # digits of a number that names one photo
_FILE_SEGMENT = lazy_re.compile(r"\w\.(?:jpe?g|png|webp|gif|avif)$")  # a folder named as an image file
_SIZE_SEGMENT = lazy_re.compile(r"^(?:\d{2,4}x\d{2,4}|[wh]_?\d{2,4})$")


def opens_photo(link) -> bool:
    """The link carries the photo's larger file in an attribute of its own, for a lightbox script to open
    (`rel="…/1200.jpg"`, `data-image`, `data-src`): its href is the photo's page or a fallback, not another story."""
    return any(
        name != "href" and value.startswith(("/", "http")) and IMAGE_FILE.search(value) for name, value in link.items()
    ) or bool(_ENLARGES.search(" ".join(link.get(name) or "" for name in ("class", "target", "onclick", "rel"))))


# A link that says it opens the picture larger: its class, target window or script ("class="enlarge"",
# "target="photoWin"", "onclick="photoWinOpen2(…)"", "rel="lightbox"")
_ENLARGES = lazy_re.compile(r"enlarge|zoom|lightbox|fancybox|photo-?win|imagewin|popup-?(?:image|photo)", re.IGNORECASE)


def lightbox_link(element):
    """The <a> right around the image when it links to an image file (its larger copy, in a lightbox), or None."""
    link = element.getparent()
    if link is None or link.tag != "a" or not IMAGE_FILE.search(link.get("href") or ""):
        return None
    return link


def enclosing_link(lineage: list, held, levels: int = 5):
    """The <a href> around the image, within `levels` ancestors, below any element that holds another image
    or is the article itself (a link there is prose around it). A link holding other pictures too is the image's
    all the same when it holds a heading too (a gallery's teaser: its title, a large picture and two small ones)."""
    for ancestor in _levels(lineage, levels):
        link = ancestor.tag == "a" and ancestor.get("href") is not None
        if (
            link
            and held[ancestor] > 1
            and (next(ancestor.iter(*_HEADINGS), None) is not None or _one_picture(ancestor))
        ):
            return ancestor  # (or the others are furniture: a play button laid over a video's still)
        if held[ancestor] > 1 or ancestor.tag in ("article", "main", "body"):
            return None
        if link:
            return ancestor
    return None


def _one_picture(element) -> bool:
    """The element shows one picture and a play button's image laid over it (a video's still): every other image
    in it is furniture, a play button among them. (A "view larger" icon beside a picture says nothing of where
    its link goes.)"""
    pictures, buttons = 0, 0
    for img in element.iter("img", "amp-img"):
        src = img.get("src") or ""
        if not furniture(src, dict(img.items())):
            pictures += 1
        elif "play" in f"{src.rsplit('/', 1)[-1]} {img.get('class') or ''}".lower():
            buttons += 1
    return pictures <= 1 and buttons >= 1


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


TRANSPARENT = ("source", "picture", "noscript", "span", "a")


def _levels(lineage: list, levels: int):
    """The first `levels` ancestors, not counting those that only wrap the image (libxml2 nests an <img> after
    an unclosed <source> inside it; <picture> and <span> wrappers add nothing)."""
    counted = 0
    for ancestor in lineage:
        if ancestor.tag not in TRANSPARENT:
            counted += 1
            if counted > levels:
                return
        yield ancestor


def _signature(element) -> tuple:
    return (element.tag, element.get("class"))


def repeated_card(lineage: list, links: Links, held, levels: int = 5, attribution=None, src: str | None = None):
    """The card around the image if it is one of several alike: an ancestor whose parent holds at least two
    more children of the same tag and class, each with its own image, the card holding a link to another page
    and little text (teaser lists, "more posts" rails). Gallery slides repeat too, but link nowhere; figures
    of an article repeat too, but their only links credit the photo (`attribution(link, card)`: a licence, the
    photographer's page) or cite a source in the caption (a link inside its <figcaption>)."""
    for depth, ancestor in enumerate(_levels(lineage, levels)):
        parent = ancestor.getparent()
        if parent is None or held[ancestor] > 1:
            return None
        signature = _signature(ancestor)
        alike = sum(1 for sibling in parent if _signature(sibling) == signature and held[sibling] >= 1)
        if alike >= 3 or (alike >= 2 and ancestor.tag in ("article", "li")):
            if _paragraph_text(ancestor) > CARD_TEXT:
                return None  # a section of the story (a CMS splits the body into blocks alike), its links prose
            hrefs = [
                a.get("href")
                for a in ancestor.iter("a")
                if (attribution is None or not attribution(a, ancestor)) and not _in_figcaption(a, ancestor)
            ]
            if any(links.other_page(h, src) for h in hrefs):  # the photo at another size (`src`) is no other page
                return ancestor
            return None
        if depth and ancestor.tag in ("article", "li"):
            return None
    return None


CARD_TEXT = 600  # characters of paragraph text: a card holds a headline and a line or two, a story's section more


def _paragraph_text(element) -> int:
    return sum(len(text) for p in element.iter("p") for text in p.itertext())


def _in_figcaption(link, card) -> bool:
    """The link is part of a caption's prose (a source it cites), not the whole caption (a card's headline)."""
    for ancestor in link.iterancestors():
        if ancestor is card:
            return False
        if ancestor.tag == "figcaption":
            return len(" ".join(ancestor.itertext()).split()) > len(" ".join(link.itertext()).split())
    return False


# A link or button that acts on the page rather than leading to another one: share it, send it (to a phone, an
# e-reader, by mail), print it, bookmark it. By the address (a share endpoint, a mail or messenger scheme, a
# print script) or by what the link says it does (its class, id, title, label or action attribute).
_ACTION_HREF = lazy_re.compile(
    r"^(mailto|sms|whatsapp|fb-messenger|viber|tg):"
    r"|^javascript:.*?(print|share|mail|send|kindle)"
    r"|(?<![a-z])(share|sharer|sharearticle|sharing|sendtokindle|sendto|send-to|intent/tweet|pin/create)(?![a-z])"
    r"|[?&/](print)(?:[=/?&.]|$)",
    re.IGNORECASE,
)
_ACTION_WORDS = lazy_re.compile(
    r"(?<![a-z])(shar(?:e|ing|er)(?!d|holder|point)|send[\s_-]?to|kindle|whatsapp|messenger|print|e-?mail|tweet|"
    r"bookmark|pocket|pinterest|linkedin|facebook|twitter|reddit)",
    re.IGNORECASE,
)
_ACTION_ATTRIBUTES = ("class", "id", "title", "aria-label", "data-action", "data-share", "data-tool", "rel")
_CONTROL_TAGS = ("a", "button")
_TOOL_LISTS = ("ul", "ol", "menu")
_TOOL_NAME = lazy_re.compile(r"shar(?:e|ing)|social|tools|toolbar|actions|utilit", re.IGNORECASE)
PHOTO_SIZE = 200  # an image declared this large on a side is drawn as a photo, not as a button
MAX_TOOL_LINKS = 12  # a share bar holds a few buttons; a box with more links is something else
TOOL_LEVELS = 4


def _action(control) -> str | None:
    """What a link or button does to the page (share, send, print...), if its address or its own attributes say
    it acts on the page: the word that says so."""
    href = (control.get("href") or "").strip()
    match = _ACTION_HREF.search(href) if href else None
    if match is None:
        said = " ".join(control.get(name) or "" for name in _ACTION_ATTRIBUTES)
        match = _ACTION_WORDS.search(said) if said.strip() else None
    return next(word for word in match.groups() if word).lower() if match else None


def share_control(lineage: list, held, attributes: dict) -> str | None:
    """Why an image is a button of a share or tools bar ("Send to Kindle", print, e-mail), or None: its own link
    or button shares, sends or prints the page, or that link or its list item is one of a short list of links
    most of which do (a list, or a box named for sharing or tools). Asked only for an image with no caption or
    credit and not declared photo-sized (`attributes`: the image's)."""
    width, height = dimensions(attributes, "")
    if (width or 0) >= PHOTO_SIZE or (height or 0) >= PHOTO_SIZE:
        return None
    item = None  # the image's own link, button or list item
    for ancestor in _levels(lineage, 2):
        if held[ancestor] > 1 or ancestor.tag in ("article", "main", "body"):
            break
        if ancestor.tag in _CONTROL_TAGS:
            action = _action(ancestor)
            if action:
                return f"share or tools button: its {'button' if ancestor.tag == 'button' else 'link'} says {action!r}"
        if ancestor.tag in (*_CONTROL_TAGS, "li"):
            item = ancestor
            break
    if item is None:
        return None  # a photo beside a share bar is not one of its buttons
    for ancestor in lineage[lineage.index(item) + 1 : TOOL_LEVELS + 1]:
        if ancestor.tag in ("article", "main", "body", "html"):
            break
        if ancestor.tag not in _TOOL_LISTS and not _TOOL_NAME.search(
            f"{ancestor.get('class') or ''} {ancestor.get('id') or ''}"
        ):
            continue
        controls = list(ancestor.iter(*_CONTROL_TAGS))
        if len(controls) > MAX_TOOL_LINKS:
            break
        actions = [a for a in map(_action, controls) if a]
        if len(actions) >= 2 and len(actions) * 2 >= len(controls):
            return f"share or tools button: in a list of share links ({', '.join(dict.fromkeys(actions[:3]))})"
    return None
