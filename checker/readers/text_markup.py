"""Raw HTML left in a scraped text, as the lines a text reader reads.

Markdown converters pass through the markup they have no Markdown for (`<figure>`, `<img>` with a `srcset`), and
CMS exports keep WordPress's caption shortcode (`[caption id=...]<img ...> Caption. (AP Photo/Name)[/caption]`).
Each `<img>` becomes a Markdown reference `![alt](src)` on a line of its own; the text between block tags
(`<figcaption>`, `<p>`, `<br>`, a credit's `<cite>` or `<span class="credit">`) becomes a line of its own; inline tags
and the shortcode's brackets are dropped, and entities are decoded. No pattern here reads past the next "<", ">" or
"[", so a hostile line costs time in proportion to its length. Every line keeps its line number, so findings
point at the line the markup stood on. A line without a known tag is left as it is ("x < y", "<3").

Why by hand rather than lxml: the fragments are single lines of a text, often cut mid-element by the converter,
and only a handful of tags matter; a tag pattern over the line keeps the text reader free of a parser.
"""

from __future__ import annotations

import html
import re

from checker import lazy_re
from checker.readers.text_formats import declared_small, reference
from checker.readers.text_patterns import IMAGE_FILE

_TAG = lazy_re.compile(
    r"<(/?)(img|figure|figcaption|picture|source|p|div|span|a|em|strong|b|i|u|br|hr|cite|small|section|article|"
    r"header|footer|aside|ul|ol|li|h[1-6]|blockquote|noscript|iframe|video|audio|center|font|sup|sub|time|textobject|"
    r"table|tr|td|th|tbody|thead|caption|"
    # XML writers' pictures and blocks (pandoc's DocBook, JATS, TEI, OpenDocument): <imagedata fileref=…>,
    # <graphic xlink:href=…> or <graphic url=…>, <draw:image xlink:href=…>, and their inline elements
    r"imagedata|inline-graphic|graphic|draw:image|para|title|mediaobject|inlinemediaobject|imageobject|figdesc|"
    r"head|text:p|text:h|ulink|link|xref|emphasis|phrase|text:span|text:a|hi|ref|named-content|class)(?![\w:-])"
    r"((?:\"[^\"<>]*\"|'[^'<>]*'|[^<>\"'])*)>",
    re.IGNORECASE,
)
_PICTURES = {"img", "imagedata", "inline-graphic", "graphic", "draw:image"}
_SHORTCODE = lazy_re.compile(r"\[/?(?:caption|wp_caption)\b[^\[\]]*\]", re.IGNORECASE)
_ATTRIBUTE = lazy_re.compile(r"(?<![\w:-])([\w:-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")
_INLINE = {"a", "em", "strong", "b", "i", "u", "font", "sup", "sub", "time", "ulink", "link", "xref", "emphasis"}
_INLINE |= {"phrase", "text:span", "text:a", "hi", "ref", "named-content", "class"}  # JATS's and Muse's spans
_CAPTION_CLASS = lazy_re.compile(r"\bclass\s*=\s*[\"']?[^\"'>]*\b(?:caption|cutline)\b", re.IGNORECASE)
_CREDIT_CLASS = lazy_re.compile(r"credit|copyright|byline|source|author|photographer", re.IGNORECASE)
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-lazy", "src", "fileref", "xlink:href", "url")
# onclick="window.location = '/news/…'": where a picture takes the reader
_NAVIGATES = lazy_re.compile(r"location(?:\.href)?\s*=\s*['\"]([^'\"\s]{1,500})['\"]")


_BR_IN_TEXT = lazy_re.compile(r"\s*\w")  # words go on after the break


def has_markup(line: str) -> bool:
    return ("<" in line and _TAG.search(line) is not None) or "[caption" in line or "[/caption" in line


def markup_lines(line: str) -> list[str]:
    """The line's text between block tags, each `<img>` a Markdown reference; the lines in order."""
    out: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        text = html.unescape("".join(buffer)).strip()
        if text and text != "fig:":  # pandoc's mark of a figure's picture (its title "fig:")
            out.append(text)
        buffer.clear()

    position = 0
    line = _SHORTCODE.sub("\n", line)
    if "](" in line:  # a Markdown link around an <img>, "[<span><img …></span>](/story)": a linked picture
        line = _LINKED_IMG.sub(_linked_picture, line)
    if _LIST_ITEM.match(line):  # a list item's <a href="/story"><img></a>: a card of another story, as in Markdown
        line = _RAW_LINKED_IMG.sub(_raw_linked_picture, line)
    for match in _TAG.finditer(line):
        buffer.append(line[position : match.start()])
        position = match.end()
        closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
        if name in _PICTURES:
            flush()
            reference = _reference(attributes)
            if reference:
                out.append(reference)
        elif name in _INLINE or (name == "span" and not (closing or _CREDIT_CLASS.search(attributes))):
            continue
        elif name == "br" and _BR_IN_TEXT.match(line, position) and line[: match.start()].rstrip()[-1:].isalnum():
            buffer.append(" ")  # "attend<br />the premiere": a break inside a sentence, not a block's end
        elif name == "span" and closing:
            continue  # a credit span's end: its text is flushed at the next block
        else:
            flush()
            # '<div class="caption">' alone on its line, its text on the next lines (pandoc's GFM): a caption label
            if (
                not closing
                and name in ("div", "p")
                and _CAPTION_CLASS.search(attributes)
                and not line[match.end() :].strip()
            ):
                out.append("Caption:")
    buffer.append(line[position:])
    flush()
    return [piece for text in out for piece in ([text] if text.startswith("![") else text.split("\n")) if piece.strip()]


# "[<span class=\"thumb\"><img …></span>](https://…)": the link a Markdown converter wrote around a raw <img>
# (and "[<img …>Video title](https://youtube…)": the link's words after the picture, a card's title)
_LINKED_IMG = lazy_re.compile(
    r"\[\s*(?:<span\b[^<>]*>\s*)*<img\b((?:\"[^\"<>]*\"|'[^'<>]*'|[^<>\"'])*)>\s*(?:</span>\s*)*([^\[\]<>]{0,300})"
    r"\]\(([^()\s]{1,2000})\)",
    re.IGNORECASE,
)


_LIST_ITEM = lazy_re.compile(r"^\s*(?:[-*+•]|\d{1,2}\.)\s+<a\b", re.IGNORECASE)
# <a href="…"><img …></a>, the link's address not the picture's file (a lightbox's)
_RAW_LINKED_IMG = lazy_re.compile(
    r"<a\b[^<>]*?\bhref=[\"']([^\"'<>\s]{1,2000})[\"'][^<>]*>\s*<img\b((?:\"[^\"<>]*\"|'[^'<>]*'|[^<>\"'])*)>\s*</a>",
    re.IGNORECASE,
)


def _raw_linked_picture(match: re.Match[str]) -> str:
    picture = _reference(match.group(2))
    if not picture or IMAGE_FILE.search(match.group(1)):
        return match.group(0)
    return f"[{picture}]({match.group(1)})"


def _linked_picture(match: re.Match[str]) -> str:
    picture = _reference(match.group(1))
    title = match.group(2).strip()
    if not picture:
        return title
    return f"[{picture}]({match.group(3)})" + (f" {title}" if title else "")


def _reference(attributes: str) -> str | None:
    values = {name.lower(): html.unescape(value.strip("\"'")) for name, value in _ATTRIBUTE.findall(attributes)}
    for name in _LAZY_SOURCES:
        src = values.get(name, "").strip()
        if src and not src.startswith("data:"):
            break
    else:
        return None
    if declared_small(values):
        return None
    picture = reference(" ".join(values.get("alt", "").split()), src)
    target = _NAVIGATES.search(values.get("onclick", ""))
    # a picture that takes the reader to another page when clicked is a link to it, as a linked picture would be
    return f"[{picture}]({target.group(1)})" if target else picture
