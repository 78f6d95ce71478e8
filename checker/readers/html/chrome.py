"""The decision for each image: article content, site chrome or unsure, with the signal that decided it. It weighs
the single signals of role.py (URL and size, the link around a picture, repeated cards) against where the image
sits on the page (page.py) and what was found around it: a teaser card, a promotion's box, a linked picture that
opens another page, a video's poster, an icon drawn small, a picture in a rail are chrome; an agency's captioned
photo in such a place is unsure (listed and judged, but never raising an error).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from urllib.parse import urlsplit

from checker import lazy_re
from checker.credits.captions import split_credits
from checker.credits.parse import (
    parse,
)
from checker.evidence import ImageEvidence
from checker.readers.html import role
from checker.readers.html.around import (
    caption_beside,
    wire_alt,
)
from checker.readers.html.candidates import (
    IMG_TAGS,
)
from checker.readers.html.caption_text import (
    CAPTION_NAME,
    CREDIT_NAME,
    attribute_texts,
    caption_and_credits,
)
from checker.readers.html.page import (
    ARTICLE,
    CAPTION,
    PAGE_WIDE,
    PARAGRAPH_TEXT,
    TEXT,
    Page,
    names_lead_picture,
    text_size,
)
from checker.readers.html.seen import short_src
from checker.readers.text_patterns import AUTHOR_BIO
from checker.textnorm import clean, fold


def chrome_without_reading(
    element,
    lineage,
    attributes,
    src: str,
    unit,
    gallery,
    page: Page,
    furniture: str | None,
    held: Counter,
    lightbox: bool = False,
) -> str | None:
    """Chrome that nothing around the image could make content, decided before reading its caption: furniture
    by URL, class or size (`furniture`: role.furniture's reason), an image inside site chrome (navigation, footer,
    rails, related links, video players) that is not a gallery slide, an image outside the article with no figure
    around it and no agency's credit beside it.

    A figure inside site chrome is chrome too, without reading its caption, unless only its tag makes the holder
    chrome (an <aside> of the story, where a captioned agency photo is unsure: `decide_role`) or the image is the page's
    og:image (its own caption in a side column makes it the story's photo, unsure: `decide_role`). Its caption and credit
    are then not in the audit: a chrome image is listed with its role and reason, never judged."""
    if furniture and unit is element and not _written_caption(attributes):
        return furniture
    if element.tag not in IMG_TAGS and "share" in (attributes.get("class") or "").lower():
        return "share widget: the picture of the post it shares, not one it shows"
    if gallery is None:
        holder = page.chrome_holder(element, lineage)
        if holder is not None and (unit is element or not _weak_chrome(holder, unit)) and not page.is_lead(src):
            return (
                f"in site chrome: {_describe(holder)}"  # (the page's own og:image: its caption decides, in decide_role)
            )
    outside = unit is element and not page.above(lineage) & ARTICLE and not page.is_lead(src)
    outside = outside and not page.in_story(element, lineage)
    outside = outside and not names_lead_picture(element)  # <img id="mainPhoto">: the story's picture, by name
    if lightbox and not page.marks_article():
        outside = False  # a captioned slide, on a page whose story is found only by its text
    if (
        outside
        and not _written_caption(attributes)
        and not _agency_credit_beside(unit, element, lineage, held, page)
        and (page.registry is None or wire_alt(element, page.registry) is None)
    ):
        return "outside the article, nothing around it"
    return None


def lightbox_slide(element, furniture: str, page: Page) -> bool:
    """A thumbnail drawn small ("furniture: 75x56 px") that links to an image file, its full-size photo, with a
    caption in the box around the link: a lightbox gallery's slide (jQuery Galleriffic's "ul.thumbs > li > a.thumb
    + div.caption"), not an icon."""
    if not furniture.endswith(" px"):
        return False
    link = role.lightbox_link(element)
    if link is None:
        return False
    box = link.getparent()
    return box is not None and any(
        child is not link and isinstance(child.tag, str) and page.holds_caption(child, CAPTION) for child in box
    )


def named_like_slides(src: str, furniture: str, gallery) -> bool:
    """An image of a gallery that its file's name alone calls furniture ("furniture: 'logo' in its URL or class"),
    kept in the folder of the gallery's other pictures, of which there are at least two: a slide ("new logos of
    the browser"), not the site's logo."""
    if not furniture.startswith("furniture: '") or "in its URL" not in furniture or "/" not in src:
        return False
    folder = src.split("?")[0].rsplit("/", 1)[0]
    beside = {
        address
        for img in gallery.iter(*IMG_TAGS)
        if (address := img.get("src") or img.get("data-src") or "") != src
        and address.split("?")[0].rsplit("/", 1)[0] == folder
    }
    return len(beside) >= _SLIDES_BESIDE


_SLIDES_BESIDE = 2


def _agency_credit_beside(unit, element, lineage, held: Counter, page: Page) -> bool:
    """A caption block beside the image credits an agency of the registry (a lead photo above the article's
    markup: <a><img></a><p class="photo_credit">Photograph by Name/Bloomberg</p>)."""
    beside = caption_beside(unit, element, lineage, held, page)
    if beside is None or page.registry is None:
        return False
    _, credits = caption_and_credits(beside, None, page)
    return any((seen.parsed or parse(seen.text, page.registry)).agency for seen in credits)


def _credit_links(evidence: ImageEvidence, page: Page):
    """`page.attribution`, and a link whose words are part of a credit seen for this image, as its caption's
    closing credit ("… a mail room. (<a href=flickr>Robbing Peter</a>/Flickr)" in an unmarked <i>) or in a credit
    element: the photographer's or the source's page, not another story."""
    credits: list[str] = []  # the image's credits, folded, worked out at the first link asked about

    def attribution(link, card) -> bool:
        if page.attribution(link, card):
            return True
        linked = fold(clean(TEXT(link)))
        if not linked:
            return False
        if not credits:
            credits.extend(f" {fold(seen.text)} " for seen in evidence.credits)
            caption = clean(evidence.captions[0] or "")
            if evidence.caption_split is None and caption and page.registry is not None:
                evidence.caption_split = split_credits(caption, page.registry)  # kept for decide, as _agency_photo
            if evidence.caption_split is not None:
                credits.extend(f" {fold(span.raw)} " for span in evidence.caption_split[1])
            credits.append("")  # worked out, even when there is none
        return any(f" {linked} " in credit for credit in credits)

    return attribution


def _card_article(element, lineage: list, page: Page, src: str):
    """The <article> around the image when it is a card, not the story: the page's story is another <article>,
    neither holding nor held by this one, and this one says little (a headline and a line: at most role.CARD_TEXT
    characters) and links to another page ("Top Articles": <a href><article><img><h3><a>…")."""
    own = next((a for a in lineage if a.tag == "article"), None)
    story = page.story_article(element)
    if own is None or story is None or own is story:
        return None
    if any(a is story for a in own.iterancestors()) or any(a is own for a in story.iterancestors()):
        return None
    if len(clean("".join(own.itertext()))) > role.CARD_TEXT:
        return None
    parent = own.getparent()
    links = [*own.iter("a"), *([parent] if parent is not None and parent.tag == "a" else [])]
    return own if any(page.links.other_page(a.get("href"), src) for a in links) else None


def _written_caption(attributes: dict) -> bool:
    """The image carries a caption or credit in an attribute (data-caption, data-credit, cutline, credit...)."""
    items = list(attributes.items())
    return bool(attribute_texts(items, CAPTION_NAME) or attribute_texts(items, CREDIT_NAME))


_PLAYER = lazy_re.compile(r"video|player", re.IGNORECASE)


def decide_role(
    evidence: ImageEvidence, element, lineage, unit, gallery, furniture, src: str, held, page: Page
) -> None:
    """Chrome or unsure, with the signal, for an image whose caption and credit have been read. Where signals
    conflict (a captioned photo credited to an agency inside a box that looks like chrome) the image is unsure:
    listed with the others, but no error is raised on it."""
    captioned = bool(evidence.captions[0] or evidence.credits)
    holder = page.chrome_holder(element, lineage)
    if holder is not None and captioned and _weak_chrome(holder, unit) and _article_media(holder):
        holder = None  # '<aside itemprop="associatedMedia">': the story's own photo, by its structured data
    if holder is not None and not (gallery is not None and captioned):
        # (a gallery slide with a caption or credit is content wherever the gallery sits, if it links nowhere)
        reason = f"in site chrome: {_describe(holder)}"
        if _weak_chrome(holder, unit) and (
            _agency_photo(evidence, page) or (captioned and holder.tag == "aside" and _named_for_picture(holder))
        ):
            # a photo credited to an agency in an <aside> of the story, or in a figure named for a video (its
            # poster); a captioned photo in an <aside> named for it ("single-photo"): shown on the page, so listed,
            # but no error on it
            evidence.unsure(reason)
        elif captioned and page.is_lead(src) and not _PLAYER.search(reason):
            # the page's og:image with a caption of its own in a side column: the story's photo, set beside it (in
            # a video's box, "div.SingleVideo", it is the video's poster)
            evidence.unsure(f"{reason}; but the page's og:image, with its own caption")
        else:
            evidence.chrome(reason)
        return
    poster = _video_poster(element, src, unit, lineage, held, page)
    if not poster and _VIDEO_CAPTION.match(evidence.captions[0] or ""):
        poster = f"video poster: its caption says so ({evidence.captions[0][:40]!r})"
    if poster:
        evidence.chrome(poster)
        return
    if not evidence.credits and AUTHOR_BIO.match(clean(evidence.captions[0] or "")):
        evidence.chrome("an author's photo: its caption is the author's biography")  # "Jane Doe is the author of …"
        return
    if furniture:
        evidence.chrome(furniture) if not _agency_photo(evidence, page) else evidence.unsure(furniture)
        return
    share = role.share_control(lineage, held, dict(element.items())) if not captioned else None
    if share:
        evidence.chrome(share)
        return
    link = role.enclosing_link(lineage, held)
    sourced = link is not None and _source_link(link, evidence, page.links.host)
    if link is not None and page.links.other_page(link.get("href"), src) and not sourced and not role.opens_photo(link):
        reason = f"teaser: linked to another page ({short_src(link.get('href'))})"
        if _agency_photo(evidence, page):
            evidence.unsure(reason)
        elif _linked_between_paragraphs(link, evidence, src):
            evidence.unsure(reason + "; but a picture alone between the story's paragraphs, as its larger view's is")
        elif _gallery_under_headline(link, lineage):
            evidence.unsure(reason + "; but under the story's headline, opening a gallery: the story's own")
        else:
            evidence.chrome(reason)
        return
    if not evidence.credits and unit is not element and (href := _linked_caption(unit, src, page)) is not None:
        evidence.chrome(f"teaser: its caption is one link to another page ({short_src(href)})")
        return
    card = None
    if not sourced:
        credited = _credit_links(evidence, page)
        card = role.repeated_card(lineage, page.links, held, attribution=credited, src=src)
    if card is not None:
        reason = f"teaser card: one of several alike ({_describe(card)}) linking to other pages"
        evidence.unsure(reason) if _agency_photo(evidence, page) else evidence.chrome(reason)
        return
    if (teaser := _card_article(element, lineage, page, src)) is not None:
        reason = f"teaser card: an <article> of its own beside the story's ({_describe(teaser)}), linking elsewhere"
        evidence.unsure(reason) if _agency_photo(evidence, page) else evidence.chrome(reason)
        return
    if not captioned and gallery is None and not (evidence.alt or "").strip() and _gif(src) and unit.tag != "figure":
        # (a GIF set in a <figure> of its own is shown as a picture: an animated map, a chart)
        evidence.chrome("a GIF with no alt text, caption or credit: a page's decoration (a header, a bullet)")
        return
    marked = page.above(lineage) & ARTICLE  # else, if it gets this far, in the story's container (`in_story`)
    if not marked and not page.in_story(element, lineage):
        if not captioned and page.is_lead(src):
            evidence.unsure("outside the article, no caption or credit; the page's og:image")
        elif not captioned:
            evidence.chrome("outside the article, no caption or credit")
        elif gallery is None:
            evidence.unsure("outside the article")
        return
    if not captioned and not marked and page.after_story(element):
        evidence.chrome("after the story's last paragraph, no caption or credit, on a page that marks no article")
    elif not captioned and not marked and page.is_lead(src):
        evidence.signals.append("lead-og-image")  # in the story's text, before its words end: the story's picture
    elif not captioned and not marked:
        # a page that marks no article shows where its story is only by its text: shop and product pages do too
        evidence.unsure("no caption or credit, on a page that marks no article")
    elif gallery is not None and UNREAD_SLIDE_CREDIT in evidence.signals:
        evidence.unsure("a gallery slide whose alt text ends in brackets that may hold a credit in a shape not read")
    elif gallery is not None and (captioned or held[gallery] > 1 or not _undescribed(evidence.alt, src)):
        evidence.signals.append("gallery-slide")
    elif gallery is not None:
        # a lightbox link around one picture, nothing said of it: a gallery's promo banner as often as a photo
        evidence.unsure("the only picture of its gallery, no caption or credit, an alt text that repeats its file name")
    elif not captioned and unit is element and not _in_text(element, lineage, page):
        # nothing says what it is: no caption, no credit, no figure, not in the story's paragraphs
        evidence.unsure("no caption, credit or figure around it")
    elif not captioned and not page.is_lead(src) and _undescribed(evidence.alt, src):
        # a banner or header picture as often as a photo: nothing of its own says what it shows
        evidence.unsure("no caption or credit, and an alt text that only repeats its file name")
    elif (
        not any(seen.text.strip() for seen in evidence.credits)
        and (box := _link_list_box(lineage, held, page)) is not None
    ):
        evidence.unsure(f"uncredited, in a box with a list of links to other pages ({_describe(box)}): a promotion")


def _linked_caption(unit, src: str, page: Page) -> str | None:
    """The address of the other page a figure's caption is one link to, all its text ("<figcaption><a
    href="…/galerias/…">The presidents' teams</a></figcaption>": a gallery's or a story's teaser), else None."""
    caption = next(unit.iter("figcaption"), None)
    if caption is None:
        return None
    links = caption.findall(".//a")
    text = " ".join(TEXT(caption).split())
    if len(links) != 1 or not text or " ".join(TEXT(links[0]).split()) != text:
        return None
    href = links[0].get("href")
    return href if page.links.other_page(href, src) else None


LINK_LIST = 3  # links to other pages in one list that make the box around a picture a promotion's


BOX_LEVELS = 4


BOX_TEXT = 400  # characters of paragraph text a promotion's box holds at most (a line or two of blurb)


def _link_list_box(lineage: list, held, page: Page):
    """The small box around the picture (holding no other image, not the story) that also holds a list of
    LINK_LIST or more links to other pages: a magazine issue's table of contents, a "more from" box."""
    for ancestor in lineage[:BOX_LEVELS]:
        if (
            held[ancestor] > 1
            or ancestor.tag in ("article", "main", "body", "header")
            or page.places(ancestor) & ARTICLE
            or text_size(PARAGRAPH_TEXT(ancestor)) > BOX_TEXT  # prose around it: the story, not a box
        ):
            return None
        for listing in ancestor.iter("ul", "ol"):
            links = [a.get("href") for a in listing.iter("a")]
            if sum(1 for href in links if page.links.other_page(href)) >= LINK_LIST:
                return ancestor
    return None


def _gif(src: str) -> bool:
    return src.split("?", 1)[0].lower().endswith(".gif")


def _undescribed(alt: str | None, src: str) -> bool:
    """An alt text that only repeats the image's file name ("aktuelle-artikel" for aktuelle-artikel-1445x790.jpg):
    a CMS's default, describing nothing. (No alt text at all says less: a photo in the story's text often has
    none, and its missing credit stays an error.)"""
    words = _WORDS.findall((alt or "").lower())
    if not words:
        return False
    name = _WORDS.findall(_FILE_STEM.sub("", src.rsplit("/", 1)[-1].split("?", 1)[0]).lower())
    return words == name[: len(words)]


_WORDS = lazy_re.compile(r"[^\W\d_]+")


_FILE_STEM = lazy_re.compile(r"(?:[-_]\d+x\d+)?\.\w{2,5}$")


def _source_link(link, evidence: ImageEvidence, own_host: str) -> bool:
    """A link to where the picture comes from, its credit naming the link's site ("Screenshot aus dem Nationalen
    Archiv nava.hu" on a link to nava.hu/id/...): the photo's source, not another story. Never a link to the page's
    own site (a teaser of its own stories credited to the site)."""
    host = (urlsplit(link.get("href") or "").hostname or "").removeprefix("www.")
    if not host or "." not in host or host == own_host:
        return False
    credits = " ".join(seen.text for seen in evidence.credits).lower()
    return host in credits


def _linked_between_paragraphs(link, evidence: ImageEvidence, src: str) -> bool:
    """A link around the picture alone, no words of its own, between two paragraphs of prose, the picture described
    by its alt text: where a site links a photo in the story to a page of its larger view ("<p>…</p><a
    href="/Articles/637747/"><img alt="[QGIS main interface]"></a><p>…</p>"), not a teaser's headline and link."""
    if TEXT(link).strip() or not (evidence.alt or "").strip() or _undescribed(evidence.alt, src):
        return False
    before, after = link.getprevious(), link.getnext()
    return all(
        node is not None and node.tag == "p" and len(TEXT(node).split()) >= _PARAGRAPH_WORDS for node in (before, after)
    )


_PARAGRAPH_WORDS = 20


def _gallery_under_headline(link, lineage: list) -> bool:
    """A picture set right under the story's headline (an <h1> among the few elements before its box) whose link
    opens a photo gallery's page ("/fotostrecke/fotostrecke-66472.html", "…/photo-gallery/…"): the story's lead
    picture opening its own gallery, not a teaser of another story."""
    path = urlsplit(link.get("href") or "").path
    if not role.GALLERY_WORD.search(path):
        return False
    for box in lineage[:HEADLINE_BOXES]:
        before = [e for e in islice(box.itersiblings(preceding=True), HEADLINE_BEFORE) if isinstance(e.tag, str)]
        if any(e.tag == "h1" for e in before):
            return True
    return False


HEADLINE_BOXES = 4  # boxes up from the picture, before which the story's headline is looked for
HEADLINE_BEFORE = 3  # elements before each box (a byline and a subtitle may stand between)


def _in_text(element, lineage: list, page: Page) -> bool:
    """The image sits in the story's text: inside a paragraph, or among the paragraphs of the story."""
    for ancestor in lineage[:3]:
        if ancestor.tag == "p" or page.places(ancestor) & ARTICLE or page.holds_story(ancestor):
            return True
        if ancestor.tag not in role.TRANSPARENT:
            break
    return False


_STRONG_CHROME = ("related", "promo", "teaser", "recirc", "sidebar", "rail", "more", "popular", "newsletter", "advert")


def _named_for_picture(element) -> bool:
    """The element's class or id names a picture ("single-photo", "inline-image", "figure-wrap")."""
    named = _named(element)
    return any(word in named for word in _PICTURE_WORDS)


_PICTURE_WORDS = ("photo", "image", "picture", "figure")


def _weak_chrome(holder, unit) -> bool:
    """A chrome element that only its tag makes chrome (an <aside> in the story holds inline photos as well as
    pull quotes), or the image's own figure that a chrome word names ("article-figure video v-lead", a video's
    poster), not a class naming related links, promos or rails."""
    named = _named(holder)
    return (holder.tag == "aside" or holder is unit) and not any(word in named for word in _STRONG_CHROME)


def _article_media(element) -> bool:
    """The element is marked, in schema.org microdata, as its article's picture: itemprop "associatedMedia" or
    "image" (the Article's properties), not only typed an ImageObject (a card's thumbnail may be one too)."""
    return bool({"associatedmedia", "image"} & set((element.get("itemprop") or "").lower().split()))


def _named(element) -> str:
    """The element's class and id, in lower case: the words a page names it by."""
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


_SLUG_ALT = lazy_re.compile(r"\w+(?:[-_]\w+){2,}(?:\.[a-z]{3,4})?", re.IGNORECASE)


_VIDEO_WORDS = lazy_re.compile(r"\bvideo\b|\bplayer\b|\bplay(?:ing)?\b|\bwatch\b", re.IGNORECASE)


def _video_poster(element, src: str, unit, lineage: list, held: Counter, page: Page) -> str | None:
    """A video's or an audio player's poster image: its alt says video or player, a <video> is in its unit, or it
    is part of a player: a block around it, holding no other image, typed a schema.org AudioObject or VideoObject,
    or the image's own box holds an <audio>, a <video> or a player <iframe> beside it. Looked for below the
    article's body (which may embed a video beside one photo)."""
    alt = element.get("alt") or ""
    if alt and _VIDEO_WORDS.search(alt) and len(alt) < 60 and not _SLUG_ALT.fullmatch(alt):
        return f"video poster: alt {alt[:40]!r}"  # (not a story's slug as its file's name: "Video-shows-whale-…")
    if unit is not element and next(unit.iter("video"), None) is not None:
        return "video poster: a <video> beside it"
    path = src.partition("?")[0]  # (not parsed: an address on a page may be no valid URL)
    if _VIDEO_FOLDER.search(path):
        return f"video poster: its file is in a video folder ({path[:60]!r})"
    if _VIDEO_HOST_THUMB.search(path):
        return f"video poster: a video platform's thumbnail of a clip ({path[:60]!r})"
    levels = 0
    for ancestor in lineage:
        if ancestor.tag in role.TRANSPARENT:
            continue
        levels += 1
        if levels > PLAYER_LEVELS or page.places(ancestor) & (ARTICLE | PAGE_WIDE):
            break
        if held[ancestor] > 1 and levels > 1:  # (its own box may hold the play button's image too)
            break
        kind = _player(ancestor, levels == 1)
        if kind:
            return None if page.holds_story(ancestor) else f"{kind} player poster: {_describe(ancestor)}"
    return None


# "/video/world/2011/04/06/….cnn.640x360.jpg": a clip's still
_VIDEO_FOLDER = lazy_re.compile(r"/videos?/", re.IGNORECASE)


# a clip's thumbnail as YouTube and Vimeo serve it ("//img.youtube.com/vi/jP6fEHm-lA0/hqdefault.jpg",
# "https://i.ytimg.com/vi_webp/…/maxresdefault.webp", "https://i.vimeocdn.com/video/…_640.jpg")
_VIDEO_HOST_THUMB = lazy_re.compile(
    r"(?:^|//)(?:img\.youtube\.com|i\d?\.ytimg\.com)/vi(?:_webp)?/|(?:^|//)i\.vimeocdn\.com/video/", re.IGNORECASE
)


_VIDEO_CAPTION = lazy_re.compile(r"^\s*(?:video|watch|vid[eé]o|clip)\s*:", re.IGNORECASE)  # "Video: Buck: Raise ..."


PLAYER_LEVELS = 3  # how far up from a poster image its player's block is looked for


_PLAYER_TYPE = lazy_re.compile(r"schema\.org/(Audio|Video)Object", re.IGNORECASE)


_PLAYER_FRAME = lazy_re.compile(r"audio|video|podcast|player", re.IGNORECASE)


def _player(block, own_box: bool) -> str | None:
    """'audio' or 'video' if the block is a media player: a schema.org AudioObject or VideoObject, or, for the
    image's own box, an <audio> or <video> element or an <iframe> whose address or id names a player among
    its children (a player further away sits beside the photo, not around it)."""
    typed = _PLAYER_TYPE.search(block.get("itemtype") or "")
    if typed:
        return typed.group(1).lower()
    if not own_box:
        return None
    for media in block:
        if media.tag in ("audio", "video"):
            return str(media.tag)
        named = f"{media.get('src') or ''} {media.get('id') or ''}" if media.tag == "iframe" else ""
        if named and _PLAYER_FRAME.search(named):
            return "audio" if "audio" in named.lower() or "podcast" in named.lower() else "video"
        if media.tag in ("a", "button", "span", "div") and any(
            _PLAY_CONTROL.search(f"{control.get('class') or ''} {control.get('id') or ''}")
            for control in media.iter("a", "button", "span", "div")
        ):
            return "video"  # a play button laid over the picture ("playOverlay", "play_button"): it starts a video
    return None


# a play control's class: "playOverlay", "play-button", "btn-play", "video-play-icon" (not "display", "playlist")
_PLAY_CONTROL = lazy_re.compile(
    r"(?:^|[\s_-])play(?:[-_]?(?:overlay|button|btn|icon|arrow))?(?:$|[\s_-])|playOverlay|playButton|playIcon", re.I
)


def _agency_photo(evidence: ImageEvidence, page: Page) -> bool:
    """A caption and a credit naming an agency: what a photo in the story has and a teaser or ad seldom has.
    Parses each credit once (decide reuses the parse)."""
    if (not evidence.captions[0] and not evidence.credits) or page.registry is None:
        return False
    if "caption-attribute" in evidence.signals:
        return False  # read from attributes, not printed
    found = False
    for seen in evidence.credits:
        if seen.where == "jsonld":
            continue
        if seen.parsed is None:
            seen.parsed = parse(seen.text, page.registry)
        found = found or seen.parsed.agency is not None
    caption = clean(evidence.captions[0])
    if caption and evidence.caption_split is None:
        evidence.caption_split = split_credits(caption, page.registry)
    spans = evidence.caption_split[1] if evidence.caption_split else []
    found = found or any(span.credit and span.credit.agency for span in spans)
    return found and bool(caption)


def _describe(element) -> str:
    """An element as a CSS-like name: tag#id.class."""
    name = str(element.tag)
    if element.get("id"):
        name += "#" + element.get("id")[:40]
    if element.get("class"):
        name += "." + ".".join(element.get("class").split()[:3])[:60]
    return name


UNREAD_SLIDE_CREDIT = "slide-alt-bracket-unread"  # signal: see slide_caption
