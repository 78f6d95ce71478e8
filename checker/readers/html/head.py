"""What a page says about itself: its own address, its og:image (the lead photo's file), its title and its
publication day, from <head> (and, where a page misplaces them, from its body).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from lxml import etree

from checker import lazy_re
from checker.textnorm import clean


class HeadFacts:
    """What the page's <head> says about it, read in one pass over its children: the article's own URL (<link
    rel=canonical>, else og:url), its og:image, its <title> and the values of its publication-date meta tags in
    document order."""

    def __init__(self, head):
        self.url: str | None = None
        self.og_image: str | None = None
        self.title = None
        self.dates: list[str] = []
        if head is None:
            return
        og_url = None
        nested = False
        for element in head:
            tag = element.tag
            if tag == "meta":  # the value in `content`, or in `value` as some pages write it
                prop, name = element.get("property"), element.get("name")
                if og_url is None and (prop or name) == "og:url":
                    og_url = element.get("content") or element.get("value") or None
                if self.og_image is None and (prop or name) in ("og:image", "og:image:url"):
                    self.og_image = element.get("content") or element.get("value") or None
                if prop in _DATE_NAMES or name in _DATE_NAMES or element.get("itemprop") in _DATE_NAMES:
                    self.dates.append(element.get("content") or element.get("value") or "")
            elif tag == "link":
                if self.url is None and (element.get("rel") or "").lower() == "canonical":
                    self.url = element.get("href") or None
            elif tag == "title" and self.title is None:
                self.title = element
            if not nested and len(element):
                nested = True
        self.url = self.url or og_url
        if nested:  # a meta tag inside another element of <head> (libxml2 nests after an unclosed tag)
            self.dates = [
                m.get("content") or m.get("value") or ""
                for m in head.iter("meta")
                if m.get("property") in _DATE_NAMES or m.get("name") in _DATE_NAMES or m.get("itemprop") in _DATE_NAMES
            ]


_BODY_OG_IMAGE = etree.XPath("//body//meta[@property='og:image' or @property='og:image:url'][@content][1]/@content")


def body_og_image(root) -> str | None:
    """The og:image of a page that writes its meta tags into the body (an ASP.NET form's page), if any."""
    found = _BODY_OG_IMAGE(root)
    return str(found[0]).strip() or None if found else None


_DATE_NAMES = {"article:published_time", "datePublished", "pubdate", "publish-date", "date", "DC.date.issued"}


_ISO_DAY = lazy_re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def headline_address(root) -> str | None:
    """The page's own address, where its head names none, from its headline linked to itself ("<h1><a
    href="/world/20110410/163458489.html">…</a></h1>"): a story's address, not the home page a logo links to."""
    headline = next(root.iter("h1"), None)
    link = headline.find(".//a[@href]") if headline is not None else None
    href = (link.get("href") or "").strip() if link is not None else ""
    return href if urlsplit(href).path.strip("/").count("/") >= 1 else None


def head_of(root):
    """The <head> among the root's children. (lxml's tag-filtered iterators look one match ahead, so
    `next(root.iter("head"))` walks the whole page looking for a second <head>.)"""
    return next((child for child in root if child.tag == "head"), None)


def page_title(root, title) -> str | None:
    """The page's title: the <title> of <head> (`title`), else the first <title> anywhere."""
    if title is None:
        title = next(root.iter("title"), None)  # misplaced: libxml2 moved it into <body>
    return clean(title.text or "") or None if title is not None else None


def published(metas: list[str], jsonld_date: str | None) -> dt.date | None:
    """The publication day the page states: meta tags in <head> (their values: `metas`), then JSON-LD
    datePublished."""
    for value in (*metas, jsonld_date or ""):
        match = _ISO_DAY.match(value)
        if match:
            try:
                return dt.date(*map(int, match.groups()))
            except ValueError:
                continue
    return None
