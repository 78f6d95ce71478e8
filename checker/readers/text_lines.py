"""Scraped text cut into pieces: each line, or each part of a line a scraper flattened, with the kind of text it is.

    "Image copyright Getty Images Image caption The pair have ..."   one line, four pieces:
        label(credit_next) "Image copyright" | text "Getty Images" | label(caption_next) | text "The pair have ..."

A piece is a label, a gallery counter, an image reference, a credit on its own, a caption with a credit at its
end or start, a decoy (footer, byline, dateline), page chrome, or plain text. Which pieces make an image is decided
in checker/readers/text_assembly.py and checker/readers/text.py; the wording of each kind is in
checker/readers/text_patterns.py.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from typing import Literal

from checker import lazy_re
from checker.credits.captions import LeadingCredit, leading_credit, name_and_agency, split_credits, studio_credit
from checker.credits.parse import looks_like_credit, looks_like_person, parse, plausible_credit, strip_labels
from checker.credits.registry import Registry
from checker.evidence import SeenCredit
from checker.plain import Value, field
from checker.readers import text_patterns as P
from checker.readers.text_formats import (
    ATTRIBUTE_RUN,
    as_markdown,
    attributes_end,
    attributes_run_on,
    furniture_attributes,
    reference,
    rst_images,
    rst_paragraphs,
    rst_unescaped,
    unlinked_from_file,
)
from checker.textnorm import clean, fold, mostly_cjk, word_count

Kind = Literal["blank", "chrome", "decoy", "ref", "label", "counter", "credit", "capcredit", "text"]
CAPTION_KINDS = ("text", "capcredit")
_TRAILING_SEPARATOR = lazy_re.compile(r"\s*[|•·–—-]\s*$")
_LEADING_SEPARATOR = lazy_re.compile(r"^\s*[|•·–—:-]\s*")
_TERMINAL = lazy_re.compile(r"[.!?。！？][\"'’”)」』）]*$")
_BRACKET_OPENERS = {"(", "["}
_URL = lazy_re.compile(r"\bwww\.|https?:|\.\w{2,4}/|\.\.\.|…")


class Piece(Value):
    line: int  # 0-based line of the text
    kind: Kind
    text: str  # cleaned
    first_on_line: bool = True
    indent: bool = False  # the line starts with white space (a scrape's alt-text line)
    column: int = 0  # white space before the line's text
    role: P.LabelRole | None = None  # labels
    counter_words: bool = False  # counters: "Image 3 of 7" or "3 of 7", not a bare number nor a bare "4/5"
    total: str | None = None  # counters: the "7" of "3 of 7"
    src: str | None = None  # references
    alt: str | None = None
    title: str | None = None  # Markdown references: the image's title (its tooltip)
    caption: str = ""  # captions with a credit: the caption without it
    credits: list[SeenCredit] = field(default_factory=list)
    strong: bool = False  # credits: a label, a slash, several words; not one bare agency name
    roll: bool = False  # credits: a roll of the article's photo credits ("Photos by A, B (Shutterstock), C.")
    credit_first: bool = False
    after_gap: bool = False  # blank lines the page prints between all its blocks stood before it (text.py)
    link: bool = False  # the whole line was one Markdown link ("[Send A Tip](/send-a-tip/)"): navigation
    href: str | None = None  # that link's address
    cites: int = 0  # Markdown links inside the line's text ("… outlined in several [patents](…) …")
    heading: bool = False  # a Markdown heading ("# Title"): never a caption
    doubled: bool = False  # the line printed one passage twice in a row ("X. X."): alt text and caption (text.py)
    alt_in_brackets: bool = False  # doubled as "[X] X": the picture's alt text in brackets, then its caption
    used: bool = False

    @property
    def terminal(self) -> bool:
        return bool(_TERMINAL.search(self.text))

    @property
    def words(self) -> int:
        return word_count(self.text)


_MARKUP_ONLY = lazy_re.compile(r"(?:</?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>\s*)+")
_RST_DIRECTIVE = lazy_re.compile(r"\.\. [\w-]+::")


def _split_leading_refs(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A markdown image reference that starts a line of text ("![](photo.img) (C) Name/Getty Images Caption."), as
    html2text writes an image inline in its caption's paragraph: the reference, then the rest of the line, each read
    as a line of its own (same line number). Not a row of images, nor a list item (a teaser card)."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, line = lines[index]
        index += 1
        if (line.lstrip()[:1] in ("-", "*", "•") or line.lstrip()[:1].isdigit()) and _slide_item(line):
            line = P.LIST_START.sub("", line, count=1)  # a gallery's slide written as a list item, not a card
        if (at := line.find("![", 1)) > 0 and line[at - 1] in _BEFORE_INLINE_PICTURE and _LEADING_REF.match(line[at:]):
            out.append((number, line[:at]))  # 'Media caption … partner"![alt](photo.jpg)The' (html2text): the text
            line = line[at:]  # before the picture is a passage of its own; the picture and its glued caption go on
        if line.lstrip()[:3] in ("[![", "[ !"):
            line = unlinked_from_file(line)  # "[![](photo-300x200.jpg)](photo.jpg)Text": a lightbox's picture
        lead = _LEADING_REF.match(line) if "![" in line[:8] else None
        rest = line[lead.end() :].strip() if lead else ""
        if rest[:2] == "| ":
            rest = rest[2:].strip()  # "![…](photo.jpg) |  Caption …": html2text's table row, the caption's cell
        if lead and rest[:1] == "{" and "](data:" in lead.group(0):  # pandoc's attributes: a lazy loader's photo
            attributes = " ".join([rest, *(text for _, text in lines[index : index + _ATTRIBUTE_LINES])])
            if (found := _LAZY_SOURCE.search(attributes.partition("}")[0])) is not None:
                line = _PLACEHOLDER_ADDRESS.sub(f"({found.group(1)})", lead.group(0), count=1) + " " + rest
                lead = _LEADING_REF.match(line)
                rest = line[lead.end() :].strip() if lead else ""
        if lead and rest[:1] == "{":
            rest, index = attributes_run_on(rest, lines, index)  # pandoc's attributes wrapped over lines: joined
        if lead and rest[:1] == "{" and (end := attributes_end(rest)) >= 0:
            attributes, rest = rest[:end], rest[end + 1 :]  # pandoc's attributes of the picture: no text
            rest = rest.strip().rstrip("\\").strip()
            if furniture_attributes(attributes):
                out.append((number, rest))  # an avatar, a logo, a picture drawn small: no photo
                continue
            if not rest:
                out.append((number, lead.group(0).strip()))
                continue
        if lead and rest and "![" not in rest:
            # its paragraph's next lines, wrapped (a caption html2text glued to its picture)
            taken: list[tuple[int, str]] = []
            worded = rest.lstrip("*_")[:1].isalpha() and "{" not in rest  # not markup
            # a caption's first word alone, where the wrap broke a long picture line ("…_3x2_md.jpg)Luiz" / "Inácio …")
            worded = worded and (len(rest.split()) > 1 or (rest.isalpha() and len(line) >= _WRAPPED_PICTURE_LINE))
            worded = worded and not P.CLOSING_COUNTER.search(rest)  # "Firefox Nightly [3/10]": the slide's caption ends
            while worded and index < len(lines) and len(taken) < _GLUED_LINES and _goes_on(lines[index][1]):
                taken.append(lines[index])
                index += 1
            out.append((number, lead.group(0).strip()))
            for part_number, part in _inline_figures(number, rest, taken):  # html2text's figures in a row
                out.append((part_number, part))
            out += [(n, "") for n, _ in taken]
        else:
            out.append((number, line))
    return out


def _figure_item(cleaned: str, lines: list[tuple[int, str]], position: int, registry: Registry) -> bool:
    """A list item that is one picture, not linked, alone in its list, the next line in it (indented) a caption
    with an agency's credit ("* ![photo.jpg](…)" / "  In this image released by A24 Films, … (AP Photo/Name)"): the
    story's photo, which a CMS set in a list (a slideshow of one), not another story's card."""
    if not _LONE_LISTED_PICTURE.match(cleaned):
        return False
    around = [line for _, line in (lines[position - 2 : position] + lines[position + 1 : position + 3])]
    if any(P.LIST_START.match(line) for line in around):
        return False  # a list of several: cards
    below = next((line for _, line in lines[position + 1 : position + 3] if line.strip()), "")
    if not below[:1].isspace():
        return False
    return any(span.credit is not None and span.credit.agency for span in split_credits(below.strip(), registry)[1])


_LONE_LISTED_PICTURE = lazy_re.compile(r"^\s*[*•+-]\s+!\[[^\[\]]*\]\([^()]+\)\s*$")


def _next_to(raw: list[str], out: list[Piece], number: int) -> bool:
    """The line follows the last piece read with no blank line between (the lines of a picture's attributes, read
    with it, lie between)."""
    return out[-1].line < number <= out[-1].line + 1 + ATTRIBUTE_RUN and all(
        raw[between].strip() for between in range(out[-1].line + 1, number)
    )


def _without_pandoc_spans(text: str) -> str:
    """pandoc Markdown's bracketed spans ("[Police use a water cannon …]{.dcr-19x4pdv}", over lines too) as their
    text, and SVG icons written inline ("![](data:image/svg+xml;…)", kept inside a picture's alt text) left out: the
    picture's alt text and its credit read as written. Line breaks stay where they were."""
    text = _INLINE_ICON.sub("", text)
    for _ in range(_SPAN_DEPTH):
        text, found = _PANDOC_SPAN.subn(r"\1", text)
        if not found:
            break
    return text


_INLINE_ICON = lazy_re.compile(r"!\[\]\(data:image/svg\+xml[^()\s]{0,20000}\)")  # an icon, not a lazy photo's stand-in
_PANDOC_SPAN = lazy_re.compile(r"\[([^\[\]]{0,2000})\]\{[.#][^{}\n]{0,200}\}")
_SPAN_DEPTH = 3


def _inline_figures(number: int, rest: str, taken: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The caption glued to a picture and its paragraph's next lines, cut where the next picture starts (html2text
    flows a gallery's figures into one paragraph: "![a](1.jpg)Caption. EPA/NAME ![b](2.jpg)Caption. …"): the
    caption, then each later picture and its caption, each at the line it starts on."""
    out: list[tuple[int, str]] = []
    text_number, text = number, rest
    for line_number, line in [(number, None), *taken]:
        if line is not None:
            text = f"{text} {line.strip()}".strip()
        while (at := text.find("![", 1)) > 0 and (picture := _LEADING_REF.match(text[at:])) is not None:
            out.append((text_number, text[:at].strip()))
            out.append((line_number, picture.group(0).strip()))
            text, text_number = text[at + picture.end() :].strip(), line_number
    out.append((text_number, text))
    return [(n, t) for n, t in out if t]


# A lazy loader's photo in a picture's attributes, where its address is a placeholder ("data:image/gif;base64,…")
_LAZY_SOURCE = lazy_re.compile(r"\bdata-(?:lazy-)?(?:src|original)=\"((?:https?:)?/[^\"\s]+)\"")
_PLACEHOLDER_ADDRESS = lazy_re.compile(r"\(data:[^()\s]*\)")
_ATTRIBUTE_LINES = 3


def _goes_on(line: str) -> bool:
    """A line that continues the paragraph above it: text, not a blank line, a picture or a list item."""
    text = line.strip()
    if len(text) <= _SECTION_HEADING and P.SECTION_END.match(text):
        return False  # "Stories »", "Related": a heading over other stories
    if text and not text.strip("-=_|: "):
        return False  # "---": a rule (html2text's table's), no words
    return bool(text) and not _PICTURE_START.match(line) and not P.LIST_START.match(line)


_SECTION_HEADING = 60


_GLUED_LINES = 4
_BEFORE_INLINE_PICTURE = frozenset(".!?\"'”’)")  # a passage ends right before a picture html2text put inline
_WRAPPED_PICTURE_LINE = 72  # characters: a picture's line this long, one word after it, was wrapped after that word


_LEADING_REF = lazy_re.compile(rf"^\s*!\[[^\]]*\]\((?:<[^<>\n]+>|{P.MD_DESTINATION})(?:\s+\"[^\"]*\")?\)(?=\s*\S)")


# A srcset list written into the address ("a.jpg%20750w,%20a-300x163.jpg%20300w"): its first candidate
_CANDIDATES = lazy_re.compile(r"(?:\s|%20)\d{2,5}[wx](?:,|$)")


def _slide_item(line: str) -> bool:
    """A list item that is one picture and its caption, the caption repeating the picture's alt text or closed by
    a slide's counter ("- ![Firefox Aurora Firefox Aurora](…/shot.png) Firefox Aurora [2/10]", trafilatura): a
    slide of the story's gallery; or one picture linked to its own file. A teaser card's item links to its story
    instead."""
    bare = P.LIST_START.sub("", line, count=1)
    linked = _LINKED_REF.match(bare.strip().replace("[ ![", "[![", 1).replace(") ](", ")](", 1))
    if linked is not None and P.IMAGE_FILE.search(linked[2]):
        return True  # "1. [ ![HTC Touch](a.jpg) ](a.jpg)": a lightbox's slide, its link opening the photo
    lead = _LEADING_REF.match(bare)
    if lead is None:
        return False
    caption = bare[lead.end() :].strip()
    if not caption or "](" in caption or "![" in caption:
        return False
    if P.CLOSING_COUNTER.search(caption):
        return True
    alt = clean(bare[bare.index("[") + 1 : bare.index("](")])
    return bool(alt) and fold(caption) in (fold(alt), fold(doubled(alt) or ""))


def _unbracketed(address: str) -> str:
    """A Markdown address in angle brackets, as CommonMark writes one with spaces ("(<…/Bildschirmfoto 1.png>)")."""
    return address[1:-1] if address[:1] == "<" and address[-1:] == ">" else address


def _first_candidate(src: str) -> str:
    found = _CANDIDATES.search(src)
    return src[: found.start()] if found else src


def _json_text_lines(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """An extractor's JSON record written as the text (trafilatura's `output_format="json"`: {"text": "…"} on one
    line): the paragraphs of its text field, a blank line after each, each keeping the line number of the record."""
    out: list[tuple[int, str]] = []
    for number, line in lines:
        field = None
        if line.startswith("{") and line.rstrip().endswith("}"):
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if isinstance(record, dict):
                field = next((record[k] for k in _JSON_TEXT_KEYS if isinstance(record.get(k), str)), None)
        if not field:
            out.append((number, line))
            continue
        for part in field.splitlines():  # one paragraph a line: a blank line between them, as text outputs print
            out += [(number, part), (number, "")]
    return out


_JSON_LINES = 3  # lines of a text that is one JSON record (a record, perhaps a trailing newline or two)
_JSON_TEXT_KEYS = ("text", "raw_text", "maintext", "content", "article_text", "body")


def _unmangled(line: str) -> str:
    """The two garbled characters of UTF-8 read as Latin-1 that credits care about: "Ã©" is "é" ("RÃ©union" has no
    copyright sign in it) and "Â©" is "©". (Decoding whole lines again would also undo text garbled twice over, and
    make it worse.)"""
    return line.replace("Ã©", "é").replace("Â©", "©")


def _front_matter(raw: list[str]) -> int:
    """The lines of a YAML front matter block that opens the document ("---", "key: value" lines, "---"), as
    Markdown converters write a page's title and metadata; 0 when there is none."""
    if not raw or raw[0].strip() != "---":
        return 0
    for number, line in enumerate(raw[1:FRONT_MATTER_LINES], 2):
        if line.strip() in ("---", "..."):
            return number if number > 2 else 0
        if not _FRONT_MATTER_LINE.match(line):
            return 0
    return 0


FRONT_MATTER_LINES = 40
_FRONT_MATTER_LINE = lazy_re.compile(r"^(?:[\w-]+\s*:(?:\s.*)?|\s+\S.*|\s*-\s.*|\s*)$")  # key: value, a list item


# An HTML character reference a converter left undecoded ("Fr&#xFC;chte", "&amp;", "&#xA0;"): read as the character.
# A text with a few of them is a converter's; one "&amp;" in a story's words stays as written.
_ENTITY = lazy_re.compile(r"&(?:#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});")
_ENTITY_SCAN = 200_000  # characters searched for them
_ENTITIES = 3


# A link's words joined by underscores, as html2text 1.3 (the C++ program) underlines a link in plain text
# ("(Public_domain)", "2014:_A_video_showcase,_part_2"): words again. Not a file's or an address's name
# ("Avijit_Roy.jpg", "…/photo_1.png"), nor Markdown's "_emphasis_".
# Each part a word as written in prose (or a number), one of them capitalised: not a program's identifier
# ("dfp_ad", "traditionalSignIn_password", "SERVICE_WORKER_PATH"), a class name or a user name ("stock_photo_world").
_TOKEN = lazy_re.compile(r"\S+")
_NAMED_FILE = lazy_re.compile(r"[/@=#{}<>\\|]|\.(?:jpe?g|png|gif|webp|svg|html?|php|aspx?)\b", re.IGNORECASE)
_PROSE_PART = lazy_re.compile(r"^[“\"‘'(]?(?:[A-ZÀ-Þ]?[a-zß-ÿ'’-]+|\d+|[A-Z])[.,:;!?”\"’)]*$")
_UNDERSCORED_LINKS = 5


def _link_words(token: str) -> bool:
    word = token.strip("()[]\"“”‘’'.,:;!?*")
    if "_" not in word or word[:1] == "_" or _NAMED_FILE.search(word):
        return False
    parts = word.split("_")
    return all(_PROSE_PART.match(part) for part in parts) and any(part[:1].isupper() for part in parts)


def _unlinked(line: str) -> str:
    """A link's words spaced again inside a line of other words ("… in 1952. (Public_domain)"); a line that is links
    only (a teaser's headline, a menu item) keeps them joined, as a link's words do not make a caption."""
    tokens = _TOKEN.findall(line)
    beside = sum(1 for token in tokens if not _link_words(token) and _WORD.search(token))
    if beside < _WORDS_BESIDE_LINK or len(tokens) == beside:
        return line
    return _TOKEN.sub(lambda m: m.group(0).replace("_", " ") if _link_words(m.group(0)) else m.group(0), line)


_WORD = lazy_re.compile(r"[^\W\d_]{2,}")
_WORDS_BESIDE_LINK = 2


def _entity(match: re.Match[str]) -> str:
    decoded = html.unescape(match.group(0))
    return " " if decoded in ("\n", "\r", "\xa0") else decoded


def pieces(text: str, registry: Registry) -> list[Piece]:
    if "]{" in text and "![" in text:
        text = _without_pandoc_spans(text)
    raw = text.splitlines()
    if "_" in text and sum(map(_link_words, text[:_ENTITY_SCAN].split())) >= _UNDERSCORED_LINKS:
        raw = [_unlinked(line) if "_" in line else line for line in raw]
    if "Ã" in text or "Â" in text:
        raw = [_unmangled(line) for line in raw]
    captions: dict[int, int] | None = None  # reStructuredText's figure captions: first line -> last
    if ".. " in text and (" image::" in text or " figure::" in text):
        raw, captions = rst_images(raw)
    lines = _split_leading_refs(_rejoin_doubled(_unwrap(_rejoin_markdown(_rejoin_brackets(raw))), registry))
    if captions is not None:
        lines = [(number, rst_unescaped(line)) for number, line in rst_paragraphs(lines, captions)]
    if "&" in text and len(_ENTITY.findall(text, 0, _ENTITY_SCAN)) >= _ENTITIES:  # (after unwrapping: as printed)
        lines = [(number, _ENTITY.sub(_entity, line) if "&" in line else line) for number, line in lines]
    if "_" in text or "*" in text:
        lines = _rejoin_emphasis(lines)
    lines = _rejoin_links(lines)
    if "References" in text and "[1]" in text:
        lines = _numbered_pictures(lines)
        # the link numbers lynx and ELinks print before a link's words ("(Credit: [100]Wikimedia Foundation)")
        lines = [(number, _LINK_NUMBER.sub("", line) if "[" in line else line) for number, line in lines]
    if text[:1] == "{" and len(raw) <= _JSON_LINES:
        lines = _json_text_lines(lines)
    lines, cards = as_markdown(text, lines, raw)
    front = _front_matter(raw)
    slides = _slide_items(lines)
    within_feed = _within_feed_items(lines)
    out: list[Piece] = []
    card_item = False  # the last line read was a teaser card's list item, or went on with one
    for position, (number, line) in enumerate(lines):
        if number < front:  # a Markdown export's metadata block ("title: Headline | Reuters"): not the page's text
            out.append(Piece(number, "chrome", clean(line)))
            continue
        cleaned = clean(line)
        if "¶" in cleaned:  # pandoc's mark between a figure caption's paragraphs: a break, read as a space
            cleaned = " ".join(cleaned.replace("¶", " ").split())
        if position in cards:
            out.append(Piece(number, "chrome", cleaned))  # a teaser card: a picture, a headline, its link
            continue
        if not cleaned or (cleaned[0] == "<" and _MARKUP_ONLY.fullmatch(cleaned)):
            out.append(Piece(number, "blank", ""))  # raw HTML a markdown converter left ("<div class=entry>")
            continue
        if cleaned[:3] == ".. " and _RST_DIRECTIVE.match(cleaned):
            out.append(Piece(number, "chrome", cleaned))  # ".. container:: profile-image": layout, not words
            continue
        indent = line[:1].isspace()
        cleaned = _SINGLE_EMPHASIS.sub(r"\1", cleaned)
        if number in slides:
            cleaned = P.LIST_START.sub("", cleaned, count=1)  # a slide's caption, not an item of a list
        if cleaned[-1:] in "*_":  # "Caption. *(Name/Outlet)*": a closing credit set in italics
            cleaned = _TRAILING_EMPHASIS.sub(r"\2", cleaned)
        if (copy := _TWICE_REFERENCED.fullmatch(cleaned)) is not None:
            cleaned = copy.group(1)  # a lazy loader's picture and its <noscript> copy, side by side: one picture
        if P.IMAGE_ROW.match(cleaned):  # several images side by side (author avatars, thumbnails): no article photo
            out.append(Piece(number, "chrome", cleaned, indent=indent))
            continue
        if P.CHROME.search(cleaned):
            out.append(Piece(number, "chrome", cleaned, indent=indent))
            continue
        if "![" in cleaned and _figure_item(cleaned, lines, position, registry):
            cleaned = P.LIST_START.sub("", cleaned, count=1)  # a list of one photo, its credited caption under it
        if "![" in cleaned and (P.TEASER_ITEM.match(cleaned) or _LINKED_CARD.match(cleaned)):
            # a teaser card: an image beside a link, or inside it with the card's title
            out.append(Piece(number, "chrome", cleaned, indent=indent))
            card_item = P.LIST_START.match(line) is not None
            continue
        if (
            out
            and out[-1].line == number - 1
            and out[-1].kind == "text"
            and P.LIST_MARKER.fullmatch(out[-1].text)
            and raw[number][:1].isspace()
            and P.IMAGE_REF.match(cleaned)
        ):
            # "-" / "  [thumb.jpg]" / "  Headline": a list item that opens with a picture, written under its marker
            # (pandoc's plain writer): a teaser card, as "- ![](thumb.jpg) Headline" is
            out.append(Piece(number, "chrome", cleaned, indent=indent))
            card_item = True
            continue
        if card_item and raw[number][:1].isspace() and out and out[-1].kind == "chrome" and _next_to(raw, out, number):
            # a teaser card's list item goes on, indented, on the lines right under it (pandoc: the <noscript>
            # copy of its picture, then its headline): the card's too
            out.append(Piece(number, "chrome", cleaned, indent=indent))
            continue
        card_item = False
        cites = 0
        link, heading = bool(_NUMBERED_LINK.match(cleaned)), cleaned.startswith("#")  # "[361]Headline": lynx, w3m
        marked_heading = heading  # "#### MORE FROM REUTERS": a section's heading, no credit ("h6. Name/Paper" is)
        heading = heading or bool(_BOLD_LINE.fullmatch(cleaned))  # "**** Headline ****": a card's title in bold
        to_photos = False  # the line's one link leads to a photo agency's or library's page of the picture
        photo_page = False  # … to the page of one photo ("…/wiki/File:Kernel-panic.jpg", "flickr.com/photos/…")
        href = None
        if "](" in cleaned or "**" in cleaned or "__" in cleaned or cleaned.startswith("#"):
            whole = _WHOLE_LINK.fullmatch(P.MARKDOWN_EMPHASIS.sub("", cleaned).strip())
            link = whole is not None
            href = whole.group(0).rsplit("](", 1)[1].split()[0].rstrip(")") if whole is not None else None
            to_photos = whole is not None and _PHOTO_SERVICE.search(whole.group(0)) is not None
            photo_page = whole is not None and _PHOTO_PAGE.search(whole.group(0)) is not None
            cites = 0 if link else len(P.MARKDOWN_LINK.findall(cleaned))
            if cleaned[:1] == "[" and _AUTHOR_LINK.match(cleaned):
                out.append(Piece(number, "chrome", _plain_markdown(cleaned), indent=indent))
                continue  # "[ AFP](/auteur/2005-afp) 30 avril 2015": a byline, its name linked to the author's page
            cleaned = _plain_markdown(cleaned)
            if not cleaned:
                out.append(Piece(number, "blank", ""))
                continue
            if P.CHROME.search(cleaned):
                out.append(Piece(number, "chrome", cleaned, indent=indent))
                continue
        cleaned = P.SHARE_PREFIX.sub("", cleaned) or cleaned
        cleaned = P.TRAILING_TOGGLE.sub("", cleaned) or cleaned
        picture_link = None
        if cleaned[:3] == "[![" and (linked := _LINKED_REF.match(cleaned)) and not P.IMAGE_FILE.search(linked[2]):
            cleaned, picture_link = linked[1], linked[2]  # "[![alt](photo.jpg "t")](/other-story.html)": linked
        ref = P.IMAGE_REF.match(cleaned)
        if ref:
            src, alt = (
                (_first_candidate(_ESCAPED.sub(r"\1", _unbracketed(ref.group("md")))), _alt(ref.group("alt")))
                if ref.group("md")
                else (ref.group("bare") or ref.group("bracketed") or ref.group("named"), None)
            )
            title = clean(ref.group("title") or "") or None
            out.append(
                Piece(
                    number,
                    "ref",
                    cleaned,
                    indent=indent,
                    src=src,
                    alt=alt,
                    title=title,
                    link=bool(picture_link),
                    href=picture_link,
                )
            )
            continue
        if (linked_alt := _LYNX_LINKED.fullmatch(cleaned)) is not None:
            # lynx -image_links: a picture inside a link, its alt text and then its file ("Caption (Name/dpa)-[a.jpg]")
            out.append(Piece(number, "ref", cleaned, indent=indent, src=linked_alt.group(2), alt=linked_alt.group(1)))
            continue
        if (stem := _FILE_STEM.fullmatch(cleaned)) is not None:  # a picture printed as its file's name for alt text
            out.append(Piece(number, "ref", cleaned, indent=indent, src=None, alt=stem.group(1)))
            continue
        if "-" in cleaned and _slug_stem(cleaned) and _between_blank_lines(lines, position):
            # "trends-in-public-schooling" between blank lines: a CMS's slug as the alt text ("neo-banks" in a
            # sentence a scrape broke at its links is a word of it)
            out.append(Piece(number, "ref", cleaned, indent=indent, src=None, alt=cleaned))
            continue
        if STUB.fullmatch(cleaned) is not None:  # "[]", "[24cb08abdf]": a picture with no alt text
            out.append(Piece(number, "ref", cleaned, indent=indent, src=None, alt=None))
            continue
        if cleaned[:1] == "[" and (pictured := _bracketed_picture(cleaned, registry)) is not None:
            out.append(Piece(number, "ref", cleaned, indent=indent, src=None, alt=pictured))
            continue
        cleaned = _MARKDOWN_ESCAPE.sub(r"\1", cleaned)
        passage, around = doubled(cleaned), None
        twice = passage is not None and _sentence_like(passage) and not P.LIST_START.match(passage)
        bracketed = twice and cleaned[:1] == "["
        if twice:  # a flattened slide's alt text and caption, the same words: read once, marked as printed twice
            cleaned = passage  # type: ignore[assignment]
        elif (around := _doubled_around_credit(cleaned, registry)) is not None and not P.LIST_START.match(cleaned):
            cleaned, twice = around[0], True  # alt text, credit, caption: the caption, its credit read below
        elif (caption := _after_alt(cleaned)) is not None:
            cleaned = caption
        line_pieces: list[Piece] = []
        if (closing := P.CLOSING_COUNTER.search(cleaned)) is not None and closing.start() > 0:
            cleaned = cleaned[: closing.start()].rstrip()  # "Firefox Aurora [2/10]": the slide's counter, set apart
            counted = closing.group(1)
        else:
            counted = None
        led = P.COUNTER_LED.match(cleaned)  # "1 of 2. A general view of ...": a slideshow's counter, then the caption
        if led:
            total = re.search(r"(\d+)\s*$", led.group(1))
            line_pieces.append(
                Piece(number, "counter", led.group(1), counter_words=True, total=total.group(1) if total else None)
            )
            cleaned = cleaned[led.end() :]
        for position, (segment, role) in enumerate(_split_line(cleaned), len(line_pieces)):
            piece = _classify(number, segment, role, registry)
            piece.first_on_line, piece.indent = position == 0, indent and position == 0
            piece.column = len(line) - len(line.lstrip())
            piece.link, piece.heading, piece.href, piece.cites = link, heading, href, cites
            line_pieces.append(piece)
        if around is not None and len(line_pieces) == 1 and line_pieces[0].kind == "text":
            piece = line_pieces[0]
            piece.kind, piece.caption, piece.strong = "capcredit", piece.text, True
            piece.text, piece.credits = f"{piece.text} {around[1]}", [SeenCredit(around[1], "caption_tail")]
        if marked_heading and P.SECTION_END.match(cleaned):
            for piece in line_pieces:
                if piece.kind in ("credit", "capcredit"):
                    piece.kind, piece.credits, piece.caption = "text", [], ""
        if len(line_pieces) == 1 and line_pieces[0].kind in CAPTION_KINDS and out:
            line_pieces = [_credited_after_alt(out[-1], line_pieces[0], registry) or line_pieces[0]]
            if out[-1].kind == "ref" and out[-1].line == number and line_pieces[0].kind == "text":
                line_pieces = [_name_glued_before(line_pieces[0]) or line_pieces[0]]
        for piece in line_pieces:
            piece.doubled = twice and piece.kind in CAPTION_KINDS and len(line_pieces) == 1
            piece.alt_in_brackets = piece.doubled and bracketed
        for piece, after in itertools.pairwise(line_pieces):
            if piece.kind == "capcredit" and all(c.empty for c in piece.credits) and after.role == "credit_next":
                # "... by the police. Credit" then "Credit... Name": a hidden label before the shown one
                piece.kind, piece.text, piece.credits = "text", piece.caption, []
        if P.LIST_START.match(cleaned) and all(p.kind == "label" or not p.text.strip("*•+-") for p in line_pieces):
            # "* Bildrechte" in a footer's list of links: a page's link, not a label of what follows
            line_pieces = [Piece(number, "chrome", cleaned, indent=indent)]
        if photo_page and len(line_pieces) == 1 and line_pieces[0].kind == "text" and _under_picture(out):
            # "[Kevin](https://en.wikipedia.org/wiki/…#/media/File:Kernel-panic.jpg)" under a picture: its
            # photographer's name linked to the photo's page in a library
            line_pieces = [_photo_page_credit(line_pieces[0], registry)]
        if link and not to_photos and any(p.kind in ("credit", "capcredit") for p in line_pieces):
            # a line that is all one link, its text a credit: lynx's "[36]Cole Hamels and Kyle Kendrick. (Gene J.
            # Puskar/AP)", a wiki's "[[/2013/07/story/|AP Photo/Peter A. Harris]]": a teaser card's picture
            line_pieces = [Piece(number, "chrome", cleaned, indent=indent)]
        if (P.LIST_START.match(cleaned) or number in within_feed) and any(
            p.kind in ("credit", "capcredit", "counter") for p in line_pieces
        ):
            # "• Donald Trump 2018 in Davos | Bildquelle: dpa": a credited picture in a list is a teaser card; "• Currency
            # wars | vox 3": a link and its count of shares
            line_pieces = [Piece(number, "chrome", cleaned, indent=indent)]
        if counted is not None and line_pieces and line_pieces[-1].kind in CAPTION_KINDS:
            of = counted.rsplit("/", 1)[-1].strip()
            line_pieces.append(Piece(number, "counter", counted, first_on_line=False, counter_words=True, total=of))
        out.extend(line_pieces)
    for piece in out:
        if piece.kind == "ref" and piece.line in within_feed:
            piece.kind = "chrome"  # a picture in a feed's entry: that post's, not the story's
    return out


def _under_picture(out: list[Piece]) -> bool:
    """The last piece read, blank lines aside, is a picture's reference."""
    last = next((piece for piece in reversed(out) if piece.kind != "blank"), None)
    return last is not None and last.kind == "ref"


def _photo_page_credit(piece: Piece, registry: Registry) -> Piece:
    """A short line linked to a photo library's page, read as a credit; longer, it stays text (a caption)."""
    if word_count(piece.text) > PHOTO_PAGE_WORDS:
        return piece
    seen = SeenCredit(piece.text, "credit_line", parsed=parse(piece.text, registry))
    return Piece(piece.line, "credit", piece.text, credits=[seen], strong=True, link=True, href=piece.href)


PHOTO_PAGE_WORDS = 5


_ALT_CAPTION_WORDS = 4  # words before the credit, for a bracketed line to be a picture's alt text, not a credit


def _bracketed_picture(text: str, registry: Registry) -> str | None:
    """A picture a converter printed as its alt text in brackets, the alt text closing with an agency's credit in
    brackets ("[Rwandans burry victims of the 1994 genocide (Getty Images/AFP/Y. Chiba)]": pandoc's plain
    writer, w3m), or with an agency's labelled credit: its alt text."""
    found = _BRACKETED_PICTURE.match(text)
    if found is not None and parse(found.group(2), registry).agency is not None:
        return f"{found.group(1).strip()} ({found.group(2)})"
    inside = text[1:-1].strip() if text[-1:] == "]" and "[" not in text[1:] and "]" not in text[:-1] else ""
    lead = leading_credit(inside, registry) if inside else None  # "[REUTERS Police officers stand guard …]"
    if lead is not None and lead.credit.agency and says_credit(lead):
        return inside
    if inside and " " in inside:
        caption, spans = split_credits(inside, registry)
        last = spans[-1] if spans else None
        if (
            last is not None
            and last.label
            and not last.empty
            and word_count(caption) >= _ALT_CAPTION_WORDS
            and (last.credit or parse(last.raw, registry)).agency is not None
        ):
            return inside  # "[Peacekeepers at a camp in Sudan. Credit Ashraf Shazly/AFP — Getty Images]" (NYT)
    return None


# The same Markdown reference twice on a line, nothing else ("![a](x.jpg) ![a](x.jpg)"): a picture and its copy
_TWICE_REFERENCED = lazy_re.compile(r"(!\[[^\]]*\]\((?:\\.|[^)\\])+\))\s*\1")
# lynx -image_links -nolist prints a linked picture as its alt text, a hyphen and its file's name in brackets
# (with the list of links, "Alt-[3][a.jpg]", the numbered references say where the picture is: _numbered_pictures)
_LYNX_LINKED = lazy_re.compile(r"(\S.*?\S)-\[([\w.,?=&%~+-]{1,120}\.(?:jpe?g|png|webp|gif|avif))\]", re.IGNORECASE)
# A camera's or a social network's file name, the alt text a CMS gave a picture, alone on a line (in brackets for
# some converters): "54374685-602885716849316-3459489998221344768-n", "IMG_20190512_142233", "DSC_0042", a
# camera's own three-letter prefix ("GLJ_7912", printed "GLJ 7912" where the CMS made the underscore a space)
_FILE_STEM = lazy_re.compile(
    r"\[?((?:\d{6,}[-_]){2,}\d{6,}[-_][a-z]|(?i:IMG|DSCN?|DSCF|PXL|GOPR|P\d{3})[-_]?\d{4,}(?:[-_]\w{1,20})?"
    r"|[A-Z]{3}[ _]\d{4})\]?"
)
# A picture whose alt text is its file's name as a CMS made it from the title, printed alone on a line (Resiliparse,
# ELinks): lower-case words joined by hyphens ("trends-in-public-schooling", "average-scores"), or any words with
# an image file's ending ("Video-shows-false-killer-whale.jpg"); not "e-mail" or "follow-up" (one short word)
_SLUG_STEM = lazy_re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+|[\w]+(?:[-_][\w]+)+\.(?:jpe?g|png|gif|webp)", re.IGNORECASE)
_SLUG_WORD = 3  # letters of a word of the slug that counts (two of them at least)


def _slide_items(lines: list[tuple[int, str]]) -> set[int]:
    """Line numbers of list items that are a slideshow's slides: three or more items, the same heading (the
    gallery's title, which every slide repeats, a line of its own) printed between each item and the next, as a
    text browser flattens a carousel ("* Caption (Name/dpa)" / "Gallery title" / "Slide heading" / "Slide text" /
    "* Caption …"). A list of other stories has no line in common between its items."""
    items = [index for index, (_, line) in enumerate(lines) if P.LIST_START.match(line)]
    if len(items) < _SLIDES:
        return set()
    runs: list[list[int]] = [[items[0]]]
    shared: set[str] | None = None  # the headings printed between every two items of the last run
    for first, later in itertools.pairwise(items):
        between = {
            lines[at][1].strip()
            for at in range(first + 1, later)
            if lines[at][1][:1].strip()
            and len(lines[at][1].split()) >= _TITLE_WORDS
            and _between_blank_lines(lines, at)
        }  # (a heading of its own: not a line of the item's, which goes on indented under its marker)
        if later == first + 1 or not between:  # items side by side, or nothing between: no slideshow here
            runs.append([later])
            shared = None
        elif shared is not None and shared & between:
            runs[-1].append(later)
            shared &= between
        else:  # a run starts with this pair (the item before may close another list)
            runs.append([first, later])
            shared = between
    return {lines[index][0] for run in runs if len(run) >= _SLIDES for index in run}


_SLIDES = 3
_TITLE_WORDS = 3


def _within_feed_items(lines: list[tuple[int, str]]) -> set[int]:
    """Line numbers of the lines a feed's entry goes on over: a list item that opens with a time of day (a live
    blog's or a ticker's side column: "* 11:48" / "   Défense." / "   La vente …" / "   (photo AFP)"), then the
    lines indented under its text with no blank line between. A credit among them is another post's, as on a list
    item's own line."""
    within: set[int] = set()
    column: int | None = None
    for number, line in lines:
        if (start := _FEED_ITEM.match(line)) is not None:
            column = len(start.group(1))
        elif P.LIST_START.match(line):
            column = None
        elif column is not None and line.strip() and len(line) - len(line.lstrip()) >= column:
            within.add(number)
        else:
            column = None
    return within


_FEED_ITEM = lazy_re.compile(r"(\s*[*•+-]\s+)(?:\[\d{1,4}\])?\d{1,2}[:h.]\d{2}\b")


def _between_blank_lines(lines: list[tuple[int, str]], position: int) -> bool:
    """The line has a blank line (or the text's start or end) on either side."""
    before = lines[position - 1][1] if position > 0 else ""
    after = lines[position + 1][1] if position + 1 < len(lines) else ""
    return not before.strip() and not after.strip()


def _slug_stem(text: str) -> bool:
    if _SLUG_STEM.fullmatch(text) is None:
        return False
    named = text.lower().endswith((".jpg", ".jpeg", ".png", ".gif", ".webp"))
    if not named and not text.islower() and not _DATED_STEM.match(text):  # "0226-SUB-london-hotel-swipe-tmz-02"
        return False
    words = re.split(r"[-_.]", text)
    return sum(1 for w in words if len(w) >= _SLUG_WORD and w.isalpha()) >= 2


_DATED_STEM = lazy_re.compile(r"\d{4}-[A-Za-z]")  # a file named by its day first ("0226-…"), its words in any case


# A picture with no alt text as converters print it alone on a line: pandoc's plain text "[]", w3m's file name cut
# to ten characters ("[24cb08abdf]", "[fd8b-iekua]", "[dseifert-s]", "[ap_1634266]") or a hash
# ("[0871c75ccf1d480991af3cda45fe90bb]")
STUB = lazy_re.compile(r"\[\]|\[(?=[0-9a-z_-]*[\d_-])(?=[0-9a-z_-]*[a-z])[0-9a-z][0-9a-z_-]{7,61}\]")
_BRACKETED_PICTURE = lazy_re.compile(r"^\[([^\[\]()]{3,200})\(([^\[\]()]{3,80})\)\]$")


def _after_alt(text: str) -> str | None:
    """A text browser's alt text printed right before a caption that starts with the same words ("A nurse adjusts a
    patient's oxygen mask A nurse adjusts a patient's oxygen mask in the intensive care unit …", links glues them:
    "…maskA nurse …"): the caption alone. The alt text is three words or more."""
    anchor = text[:_ALT_ANCHOR]
    if len(anchor) < _ALT_ANCHOR:
        return None
    at = text.find(anchor, 1, _ALT_MAX)
    while at > 0:
        head = text[:at].rstrip()
        if text.startswith(head, at) and len(text) - at > len(head) and len(head.split()) >= _ALT_MIN_WORDS:
            return text[at:]
        at = text.find(anchor, at + 1, _ALT_MAX)
    return None


_ALT_ANCHOR = 12  # characters the caption must start with, as the alt text did
_ALT_MIN_WORDS = 3
_ALT_MAX = 600  # characters an alt text runs to at most: a line repeating itself is not searched to its end


_BOLD_LINE = lazy_re.compile(r"\*{2,4}\s*[^*]{4,200}?\s*\*{2,4}")  # a line all in bold (html2text): set as a heading
_NUMBERED_LINK = lazy_re.compile(r"^\[\d{1,4}\](?=\S)")  # lynx -dump writes a link's number before its text


def _numbered_pictures(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """lynx's pictures as links (-image_links): "[1][photo.jpg] Caption…" or "[3]alt text Caption…", the number
    leading to an image file in the reference list at the end ("1. https://…/photo.jpg"). Each is the picture, as a
    Markdown reference (with its alt text when lynx printed it and the caption starts with it again), then the rest
    of its line."""
    start = next((i for i, (_, line) in enumerate(lines) if line.strip() == "References"), None)
    if start is None:
        return lines
    files = {
        entry.group(1): entry.group(2)
        for _, line in lines[start + 1 :]
        if (entry := _REFERENCE_ENTRY.match(line)) is not None and P.IMAGE_FILE.search(entry.group(2))
    }
    if not files:
        return lines
    out: list[tuple[int, str]] = []
    for index, (number, line) in enumerate(lines):
        lead = _NUMBERED_PICTURE.match(line) if index < start else None
        if lead is None or lead.group(1) not in files:
            out.append((number, line))
            continue
        rest, alt = line[lead.end() :].strip(), ""
        words = rest.split()
        for size in range(min(len(words) // 2, _ALT_WORDS), 2, -1):  # "alt text alt text and more": the alt text
            if rest[len(head := " ".join(words[:size])) :].lstrip().startswith(head):
                rest, alt = rest[len(head) :].lstrip(), head
                break
        else:
            if len(words) <= _ALT_ALONE and rest[-1:] not in ".!?":  # "[107]Javasmom's picture": its alt text alone
                rest, alt = "", rest
        # a block of its own: the line above, a paragraph lynx printed right before it, is no alt text
        out += [(number, ""), (number, reference(alt, files[lead.group(1)]))]
        if rest:
            out.append((number, rest))
    return out


_LINK_NUMBER = lazy_re.compile(r"\[\d{1,4}\](?=[^\s\[\]])")
_LISTED_ADDRESS = lazy_re.compile(r"^\s*\d{1,4}\.\s+\S+\s*$")  # " 303. mailto:?subject=…", one word after the number
_REFERENCE_ENTRY = lazy_re.compile(r"^\s*(\d{1,4})\.\s+((?:https?:)?//\S+)\s*$")
_NUMBERED_PICTURE = lazy_re.compile(r"^\s*\[(\d{1,4})\](?:\[[^\[\]\s]+\](?=\s|$))?")  # "[1]" and "[photo.jpg]"
_ALT_WORDS = 30
_ALT_ALONE = 6  # words of a picture's link text that are its alt text, not a caption


def _credited_after_alt(before: Piece, piece: Piece, registry: Registry) -> Piece | None:
    """A slide's alt text on one line, then its caption, the same words, with the credit glued on ("... on the 10th
    hole" then "... on the 10th hole Matt Dunham AP"): the second line is the caption and its credit."""
    head = before.text
    if before.kind != "text" or len(head.split()) < 4 or not piece.text.startswith(head + " "):
        return None
    found = line_credit(piece.text[len(head) :].strip(), registry)
    if found is None:
        return None
    seen = found[0]
    seen = SeenCredit(seen.text, "caption_tail", seen.label, glued=True, parsed=seen.parsed)
    return Piece(piece.line, "capcredit", piece.text, caption=head, credits=[seen], strong=True)


def _name_glued_before(piece: Piece) -> Piece | None:
    """Text beside a picture on its line that starts with a name glued to the caption's first name, no space
    between ("![…](…jpg) Carolyn SilveiraSara Horowitz, the founder of …"): the photographer's credit, then the
    caption, as the page printed them in two elements."""
    match = _GLUED_NAME.match(piece.text)
    if match is None or not sentence_like(match.group("caption")):
        return None
    seen = SeenCredit(match.group("credit"), "caption_tail", None, glued=True)
    caption = match.group("caption")
    return Piece(piece.line, "capcredit", piece.text, caption=caption, credits=[seen], strong=True, credit_first=True)


# two or three capitalised words, the last of three lower-case letters or more, glued to two capitalised words
_GLUED_NAME = lazy_re.compile(
    r"^(?P<credit>[A-Z][a-z'’-]+(?: [A-Z][a-z'’.-]+)?(?: [A-Z][a-z'’-]*[a-z]{3}))"
    r"(?P<caption>[A-Z][a-z'’-]+ [A-Z][a-z'’-]+\b.{20,})$"
)


# "![Image 3: A man walks ...](src)": a reader that numbers the page's images into their alt texts (an empty alt
# becomes "Image 3"); the number is the reader's, not the page's.
_NUMBERED_ALT = lazy_re.compile(r"^Image \d+(?::\s*|$)")


def _alt(text: str) -> str | None:
    """A Markdown image's alt text as the page wrote it, or None when it wrote none (an emphasis a writer kept
    around all of it, "*Caption. (Photo: Name / Agency)*" or "''…''", left out)."""
    alt = _NUMBERED_ALT.sub("", clean(_MARKDOWN_ESCAPE.sub(r"\1", text)))
    alt = said_twice(alt) or alt  # its alt text and its title joined, the same words (trafilatura)
    return _EMPHASIZED.sub(r"\2", alt) or None


_EMPHASIZED = lazy_re.compile(r"^(\*\*|\*|__|_|'{2,3}|//|/)(\S(?:.*\S)?)\1$")


def _plain_markdown(line: str) -> str:
    """The words a reader sees of a Markdown line: links as their text, no emphasis or heading marks. A line
    that is one image reference is left whole."""
    if P.IMAGE_REF.match(line):
        return line
    return clean(P.MARKDOWN_EMPHASIS.sub("", P.MARKDOWN_LINK.sub(r"\1", line)))


def _rejoin_doubled(lines: list[tuple[int, str]], registry: Registry) -> list[tuple[int, str]]:
    """A passage printed twice that a text browser wrapped (and centred) over a few lines, joined back into one line
    at its first line: the lines that together print the same words twice in a row, the second time starting
    inside a line."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, line = lines[index]
        end = index
        whole = clean(line) if line.strip() else ""
        if whole and doubled(whole) is None and _doubled_around_credit(whole, registry) is None:
            for later in range(index + 1, min(index + 1 + _DOUBLED_LINES, len(lines))):
                if not lines[later][1].strip():
                    break
                group = [clean(part) for _, part in lines[index : later + 1]]
                joined = " ".join(group)
                passage = doubled(joined)
                if passage is None and _doubled_around_credit(joined, registry) is not None:
                    end = later  # alt text, credit and caption wrapped over lines: joined whole
                    break
                if passage is not None:
                    counts = list(itertools.accumulate(len(part.split()) for part in group))
                    # the halves meeting at a line's end: a line printed twice, alt text over caption (text.py)
                    end = later if len(passage.split()) not in counts else index
                    break
        if end > index:
            out.append((number, " ".join(part.strip() for _, part in lines[index : end + 1])))
        else:
            out.append((number, line))
        index = end + 1
    return out


_DOUBLED_LINES = 3  # further lines a passage printed twice runs over


def _rejoin_markdown(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A Markdown image reference a converter wrapped over several lines (html2text wraps at 78 characters, inside
    the alt text and inside the address: "![Former US President leaves" / "court.](https://cdn/a-" / "b.jpg)") joined
    back into one line, at its first line. The alt text's lines join with a space, the address's with nothing."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, line = lines[index]
        if line.lstrip()[:2] == "[[" and "]]" not in line:
            end = _double_bracket_end(lines, index)  # Org's and Muse's "[[address][text wrapped over lines]]"
            if end is not None:
                out.append((number, " ".join(part.strip() for _, part in lines[index : end + 1])))
                index = end + 1
                continue
        if (
            line.lstrip()[:1] == "["
            and "](" in line
            and "![" not in line
            and ")" not in line[line.rfind("](") :]
            and (end := _address_end(lines, index)) is not None
        ):
            # a link alone, its address wrapped ("[Kevin](https://…/File:Kernel-" / "panic.jpg)"): one line
            out.append((number, line.rstrip() + "".join(part.strip() for _, part in lines[index + 1 : end + 1])))
            index = end + 1
            continue
        if "![" not in line or _reference_closed(line):
            out.append((number, line))
            index += 1
            continue
        joined, end = line.rstrip(), index
        for later in range(index + 1, min(index + _MARKDOWN_WRAP_LINES, len(lines))):
            part = lines[later][1].strip()
            if not part:
                break
            joined += ("" if _inside_address(joined) else " ") + part
            if _reference_closed(joined):
                end = later
                break
        if end == index:
            out.append((number, line))
            index += 1
            continue
        out.append((number, joined))
        index = end + 1
    return out


def _address_end(lines: list[tuple[int, str]], index: int) -> int | None:
    """The line that ends the address left open at the end of the line at `index` and the link with it (a link
    alone on its lines): the next or the one after, no space in it."""
    for later in range(index + 1, min(index + 3, len(lines))):
        part = lines[later][1].strip()
        if not part or " " in part:
            return None
        if ")" in part:
            return later if part.endswith(")") else None
    return None


def _double_bracket_end(lines: list[tuple[int, str]], index: int) -> int | None:
    """The line that closes the "[[" link opened on the line at `index`, within a few lines and no blank line."""
    for later in range(index + 1, min(index + _MARKDOWN_WRAP_LINES, len(lines))):
        part = lines[later][1]
        if not part.strip() or "[[" in part:
            return None
        if "]]" in part:
            return later
    return None


def _reference_closed(text: str) -> bool:
    """Every "![" of the line has its alt text and address closed (and a link around it, its own address)."""
    start = text.find("![")
    outer = text.rfind("[", 0, start)
    if outer >= 0 and not text[outer + 1 : start].strip():
        start = outer  # "[ ![alt](src) ](href)": a linked image closes with its link
    depth = 0
    inside = False  # in an address "( ... )"
    previous = ""
    escaped = False
    for ch in text[start:]:
        if escaped:
            escaped, previous = False, ""
            continue
        if ch == "\\":
            escaped = True
        elif inside:
            inside = ch != ")"
        elif ch == "(" and previous == "]":
            inside = True
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        previous = ch
    return depth <= 0 and not inside


def _inside_address(text: str) -> bool:
    """The text ends inside a reference's address: "](" opened and not yet closed (an escaped bracket, "\\(\\)",
    and a pair of brackets inside the address do not close it: "filters:no_upscale\\(\\):focal(1x0:2x2)/a-")."""
    at = text.rfind("](")
    if at < 0:
        return False
    depth, escaped = 1, False
    for ch in text[at + 2 :]:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return False
    return True


_MARKDOWN_WRAP_LINES = 12  # lines a wrapped reference runs over at most
# A converter's backslash escape of Markdown punctuation in text ("\(Photo by Name/AFP\)", "\- Source", "1\.")
_MARKDOWN_ESCAPE = lazy_re.compile(
    r"\\([\\`*_{}\[\]()#+\-.!|/\"'])"
)  # (and a JSON string's "\/" and "\""; pandoc's "\'")
_SINGLE_EMPHASIS = lazy_re.compile(r"^[*_]([^*_].*[^*_\\])[*_]$")  # "*© Thomson Reuters 2020*": a line in italics
_TRAILING_EMPHASIS = lazy_re.compile(r"(?<=\s)([*_])(\([^()*_]{2,160}\)|\[[^\[\]*_]{2,160}\])\1$")


def _unwrap(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Lines a text browser wrapped at its width (lynx -dump, w3m -dump) joined back, each at its first line.

    The width is learned from the page: many lines end within a few characters of the longest one. A line is the
    wrapped start of the next when the next line's first word would not have fitted after it."""
    widths = [len(line.rstrip()) for _, line in lines]
    # a word longer than the width (an address) stands on a line of its own, past the width: not counted in it (nor
    # one after its number in lynx's list of links); nor a picture or a bracketed alt text, wrapped over lines and
    # joined back into one line before
    width = max(
        (
            size
            for size, (_, line) in zip(widths, lines, strict=True)
            if " " in line.strip()
            and not _PICTURE_START.match(line)
            and line.lstrip()[:1] != "["
            and not _LISTED_ADDRESS.match(line)  # lynx's numbered list of link addresses: an address each
            # a list item holding a Markdown link or picture: its addresses are not cut (html2text's rails of cards)
            and not ("](" in line and P.LIST_START.match(line))
        ),
        default=0,
    )
    # wrapped lines: long, and the next line goes on (a paragraph ends with a blank line or a short line)
    wrapped = sum(
        1
        for (_, line), after in zip(lines, widths[1:], strict=False)
        if len(line.rstrip()) >= width - _WRAP_SLACK and after and not line.lstrip().startswith("![")
    )
    if width < _MIN_WRAP or wrapped < _WRAPPED_LINES:
        return lines
    out: list[tuple[int, str]] = []
    for number, line in lines:
        if (
            out
            and line.strip()
            and not P.LIST_START.match(line)
            and not _picture_alone(out[-1][1])  # its caption glued on may wrap ("![](photo.jpg)Caption …")
            and (out[-1][1].lstrip()[:2] == "![" or not _PICTURE_START.match(out[-1][1]))  # "@image{…}": alone
            and not _PICTURE_START.match(line)  # a picture of Markdown, Org, reST, Haddock… starts its own line
            and not _ROFF_REQUEST_LINE.match(line)  # ".PP", "@caption{": a request or a command, on a line of its own
            and line.lstrip()[:1] != "<"  # a tag starts a line of markup
            and not _ADDRESS_START.match(line)  # html-to-text's picture, "[https://…/photo.jpg]", stands alone
            and not _BRACKETED_FILE.match(line)  # lynx's and w3m's picture, "[6a4fe4a0-fab1.png]", stands alone
            and not _ADDRESS_START.match(out[-1][1].rsplit("\n", 1)[-1])
            and P.label_role(line.strip()) is None  # "Fullscreen", "Enlarge this image": a control stands alone
            and not (line.lstrip()[:1] == "[" and _ENDS_SENTENCE.search(out[-1][1]))  # "…d'alerte." / "[alt] caption"
        ):
            last_number, last = out[-1]
            tail = last.rstrip().rsplit("\n", 1)[-1]
            whole = doubled(_JOINED.sub(" ", last))
            wraps = len(tail) + 1 + len(line.split()[0]) > width or bool(doubled(_JOINED.sub(" ", last + " " + line)))
            if tail.strip() and wraps and whole is None:
                out[-1] = (last_number, last.rstrip() + "\n" + line.rstrip())
                continue
        out.append((number, line))
    return [(number, _JOINED.sub(" ", line)) for number, line in out]


def _rejoin_links(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Sentences a scrape cut at their links, in a text with next to no blank lines (BeautifulSoup's
    get_text("\n") puts every element on a line of its own: "… celebs from" / "Walt Disney" / "to" / "Leonardo
    DiCaprio" / ", knew how to live it up."), joined back, each at its first line.

    A line that ends no sentence takes the next when that goes on in lower case or with punctuation, or when the
    next is a few words (a link's text) and the one after it goes on so. Labels, counters and chrome stand alone."""
    if not dense(len(lines), sum(1 for _, line in lines if not line.strip())):
        return lines
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, line = lines[index]
        index += 1
        while line.strip() and not _ENDS_SENTENCE.search(line) and index < len(lines):
            nxt = lines[index][1].strip()
            after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
            if not nxt or not _joinable(nxt):
                break
            if not _GOES_ON.match(nxt) and not (len(nxt.split()) <= _LINK_WORDS and _GOES_ON.match(after)):
                break
            line = line.rstrip() + ("" if nxt[0] in _CLOSING_MARKS else " ") + nxt
            index += 1
        out.append((number, line))
    return out


def _joinable(line: str) -> bool:
    """A line that may go on a sentence: not a label, a counter or chrome on a line of its own, nor a credit-first
    caption led by a site's address ("matrixpictures.co.uk Covered bodies lay …")."""
    first = line.split(None, 1)[0].rstrip(",.;:)!?")
    if any(mark in first for mark in "./:@"):
        return False
    return P.label_role(line) is None and not P.COUNTER_LINE.match(line) and not P.CHROME.search(line)


def dense(lines: int, blank: int) -> bool:
    """A text with next to no blank lines: a scrape that puts every element on a line of its own and sets no
    paragraph apart (BeautifulSoup's get_text("\n")). Both the lines' joining and the caption rules ask."""
    return lines >= _DENSE_LINES and blank * _DENSE_SHARE < lines


_DENSE_LINES = 40  # lines a text needs before its having no blank line says how it was scraped
_DENSE_SHARE = 10  # a dense text has fewer blank lines than one in this many
_LINK_WORDS = 4  # words of a link's text that a scrape put on a line of its own
_GOES_ON = lazy_re.compile(r"[a-zà-ÿ]|[,.;:)!?’”'](?:\s|$)")
_CLOSING_MARKS = ",.;:)!?’”'"


def _picture_alone(line: str) -> bool:
    """The line starts with a Markdown picture and holds nothing after it."""
    if not line.lstrip().startswith("!["):
        return False
    lead = _LEADING_REF.match(line)
    return lead is None or not line[lead.end() :].strip()


_JOINED = lazy_re.compile(r"\n\s*")
_ENDS_SENTENCE = lazy_re.compile(r"[.!?»”\"]\s*$")  # a paragraph's last line: a picture in brackets after it is a block
_ROFF_REQUEST_LINE = lazy_re.compile(r"^\.[A-Za-z]{1,7}\b|^\s*@[a-z]+\{")  # and Texinfo's "@caption{…"
_PICTURE_START = lazy_re.compile(
    r"^\s*(?:!\[|\[!\[|\[\[|\.\. |<<(?:https?:)?/|@image\{|!(?:https?:)?/|image::?"
    r"|<(?:img|graphic|imagedata|inline-graphic|draw:image)\b)"
)
_ADDRESS_START = lazy_re.compile(r"^\s*\[(?:https?:)?//")
_ESCAPED = lazy_re.compile(r"\\(.)")  # a Markdown converter's backslash escape inside an address
# a link to a photo agency's or a photo library's page ("[Justin Sullivan/Getty Images](https://www.gettyimages.com/…)")
_PHOTO_SERVICE = lazy_re.compile(
    r"\]\((?:https?:)?//[^/)]*(?:gettyimages|apimages|apnews|reuters|afp|epa|shutterstock|alamy|flickr|istockphoto"
    r"|unsplash|pexels|wikimedia|wikipedia|creativecommons|imago|dpa|picture-alliance|magnumphotos)",
    re.IGNORECASE,
)
_PHOTO_PAGE = lazy_re.compile(
    r"\]\((?:https?:)?//[^)\s]*(?:[/:]File:|#/media/|flickr\.com/photos/|gettyimages\.[\w.]+/detail/|apimages\.com/"
    r"|shutterstock\.com/[\w/-]*image|alamy\.com/|istockphoto\.com/|unsplash\.com/photos/|pexels\.com/photo/)",
    re.IGNORECASE,
)
# A line that starts with a name linked to an author's page: a byline
_AUTHOR_LINK = lazy_re.compile(
    r"\[\s*[^\[\]]{1,60}\]\([^()\s]*/(?:auteurs?|authors?|autor(?:es|en|in)?|autori?|journalist(?:s|e|en)?|reporters?"
    r"|byline|staff|profiles?|people)/[^()\s]*\)",
    re.IGNORECASE,
)
_WHOLE_LINK = lazy_re.compile(r"(?<!!)\[[^\[\]]*\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
_BRACKETED_FILE = lazy_re.compile(r"^\s*\[[^\[\]\s]{1,200}\.(?:jpe?g|png|gif|webp|avif)\]\s*$", re.IGNORECASE)
_MIN_WRAP = 60  # narrower pages are not wrapped text: lines of a list
_WRAP_SLACK = 15  # a wrapped line ends this close to the width at most
_WRAPPED_LINES = 8  # lines that long before the page counts as wrapped


_WRAPPED_ADDRESS = lazy_re.compile(r"^\[(?:https?:)?//\S+$")  # a picture's address in brackets, cut at the line's end


def _rejoin_brackets(lines: list[str]) -> list[tuple[int, str]]:
    """A credit a scrape split over lines ("(" / "Image:" / "Agency)") joined back into one, at its first line."""
    out: list[tuple[int, str]] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        opened = line.lstrip()[:1] == "[" and line.lstrip()[1:2] not in "[!" and "]" not in line  # "[alt text" wrapped
        if opened and (end := _bracket_closed(lines, number)) is not None:
            parts = [part.strip() for part in lines[number : end + 1]]
            address = _WRAPPED_ADDRESS.match(parts[0]) and not any(" " in part for part in parts)
            out.append((number, ("" if address else " ").join(parts)))  # "[https://…/" / "29020c….jpeg?w=1000]"
            out.extend((n, "") for n in range(number + 1, end + 1))
            number = end + 1
            continue
        if line.rstrip().endswith(" (") and (end := _bracket_tail(lines, number)) is not None:
            # "Propaganda looked cooler in 1952. (" / "Public domain" / ")": a caption's credit in brackets, cut at
            # the link inside it (BeautifulSoup's get_text("\n") puts each element on a line of its own)
            joined = line.rstrip()
            for part in lines[number + 1 : end + 1]:
                part = part.strip()
                joined += part if joined.endswith("(") or part[:1] in "/)" else f" {part}"
            out.append((number, joined))
            out.extend((n, "") for n in range(number + 1, end + 1))
            number = end + 1
            continue
        if line.lstrip()[:1] == "[" and (linked := _linked_picture_over_lines(lines, number)) is not None:
            # "[ ![](photo.jpg)" / "](/live#item-6178)": html2text's linked picture, wrapped at its link
            out.append((number, linked[0]))
            out.extend((n, "") for n in range(number + 1, linked[1] + 1))
            number = linked[1] + 1
            continue
        if line.strip() in _BRACKET_OPENERS:
            closer = ")" if line.strip() == "(" else "]"
            for end in range(number + 1, min(number + 4, len(lines))):
                if lines[end].strip().endswith(closer):
                    out.append((number, line.strip() + " ".join(part.strip() for part in lines[number + 1 : end + 1])))
                    out.extend((n, "") for n in range(number + 1, end + 1))
                    number = end + 1
                    break
            else:
                out.append((number, line))
                number += 1
            continue
        out.append((number, line))
        number += 1
    return out


def _rejoin_emphasis(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A passage in italics a converter wrapped over lines ("_The basement … is one of many once-" / "certified
    shelters … time" / "in. (Scott Heins/Gothamist)_", html2text's caption) joined back into one line, at its
    first line, when it closes within EMPHASIS_LINES lines and no blank line."""
    out: list[tuple[int, str]] = []
    index = 0
    while index < len(lines):
        number, line = lines[index]
        end = _emphasis_end(lines, index)
        if end is None:
            out.append((number, line))
            index += 1
            continue
        out.append((number, " ".join(text.strip() for _, text in lines[index : end + 1])))
        index = end + 1
    return out


def _emphasis_end(lines: list[tuple[int, str]], index: int) -> int | None:
    """The line that closes the italics opened at the start of the line at `index`, or None."""
    head = lines[index][1].lstrip()
    mark = head[:1]
    if mark not in ("_", "*") or head[1:2] in (mark, " ", "") or head.rstrip().endswith(mark):
        return None
    for end in range(index + 1, min(index + EMPHASIS_LINES, len(lines))):
        part = lines[end][1].strip()
        if not part or mark in part[:-1]:
            return None
        if part.endswith(mark):
            return end
    return None


EMPHASIS_LINES = 6


def _linked_picture_over_lines(lines: list[str], start: int) -> tuple[str, int] | None:
    """A Markdown picture inside a link written over two or three lines ("[" / "![](a.jpg)" / "](/story)"), joined
    back into one, and its last line; None if the lines are not one."""
    head = lines[start].strip()
    if head != "[" and not head.replace(" ", "").startswith("[!["):
        return None

    def joined(end: int, separator: str) -> str:
        return separator.join(part.strip() for part in lines[start : end + 1]).replace("[ ![", "[![", 1)

    for end in range(start + 1, min(start + 4, len(lines))):
        part = lines[end].strip()
        if part.startswith("]("):
            if _LINKED_REF.match(picture := joined(end, "")):
                return picture, end
            return (card, end) if _LINKED_CARD.match(card := joined(end, " ")) else None
        if not part:
            return None
        if part.startswith("![") or end == start + 1:
            continue
        if "](" in part and part.endswith(")"):  # "[" / "![](thumb.png)" / "Sign Up for Newsletters Go ](/news)"
            return (card, end) if _LINKED_CARD.match(card := joined(end, " ")) else None
    return None


# A picture and a title inside one link: "[![](thumb.png) Sign Up for Newsletters Go](/newsletters/)", a card
_LINKED_CARD = lazy_re.compile(r"^\[\s*!\[[^\[\]]*\]\([^()\s]+\)\s*[^\s\[\]][^\[\]]*\]\([^()\s]+\)$")


# A Markdown picture inside a link, alone on its line: "[![alt](photo.jpg "title")](/other-story.html)"
_LINKED_REF = lazy_re.compile(r'^\[(!\[[^\[\]]*\]\([^()\s]+(?:\s+"[^"]*")?\))\]\(([^()\s]+)\)\s*$')


def _bracket_tail(lines: list[str], start: int) -> int | None:
    """The line that closes with ")" the bracket left open at the end of line `start`, within a few short lines
    (a credit's words, no sentence) and no blank line."""
    for end in range(start + 1, min(start + 4, len(lines))):
        part = lines[end].strip()
        if not part or "(" in part or len(part.split()) > _BRACKET_TAIL_WORDS:
            return None
        if part.endswith(")"):
            return end
    return None


_BRACKET_TAIL_WORDS = 6


def _bracket_closed(lines: list[str], start: int) -> int | None:
    """The line that closes, with "]" at its end, the bracket opened at the start of line `start`: a converter's
    picture printed as its alt text in brackets and wrapped, within a few lines and no blank line; or a link's
    text wrapped before its address."""
    for end in range(start + 1, min(start + 4, len(lines))):
        part = lines[end].strip()
        if part and "[" not in part and part.find("]") == part.find("](") >= 0 and part.endswith(")"):
            return end  # a link's text wrapped before its address: "[ Christopher Michel/Flickr" / "](https://…)"
        if not part or "[" in part or ("]" in part and not part.endswith("]")):
            return None
        if part.endswith("]"):
            return end
    return None


def _split_line(text: str) -> list[tuple[str, P.LabelRole | None]]:
    """The line cut at the labels and gallery counters a scraper flattened into it."""
    lower = text.lower()
    if not any(key in lower for key in P.INLINE_KEYS):
        return [(text, None)]
    cuts: list[tuple[int, int, P.LabelRole | Literal["counter"]]] = []
    for match in P.INLINE_LABEL_RE.finditer(text):
        label = next(P.INLINE_ROLES[name] for name, value in match.groupdict().items() if value is not None)
        cuts.append((match.start(), match.end(), label))
    cuts.extend((m.start(), m.end(), "counter") for m in P.COUNTER_WORDED_RE.finditer(text))
    if cuts:
        cuts.extend((m.start(), m.end(), "counter") for m in P.COUNTER_BARE_RE.finditer(text))
    if not cuts:
        return [(text, None)]
    cuts.sort()
    out: list[tuple[str, P.LabelRole | None]] = []
    at = 0
    for start, end, kind in cuts:
        if start < at:
            continue  # overlapping matches: the first wins
        before = _LEADING_SEPARATOR.sub("", _TRAILING_SEPARATOR.sub("", text[at:start]))
        if before.strip():
            out.append((before.strip(), None))
        out.append((text[start:end].strip(" :,"), None if kind == "counter" else kind))
        at = end
    rest = _LEADING_SEPARATOR.sub("", text[at:]).strip()
    if rest:
        out.append((rest, None))
    return out


_ROLL_LABEL = lazy_re.compile(
    r"^(?:(?:photos|images|pictures|photographs)\s*(?:by\b|:)|(?:photo|image|picture)\s+credits?\s*:)\s*", re.IGNORECASE
)
_ROLL_SPLIT = lazy_re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
ROLL_ITEMS = 3  # credits a roll names at least
ROLL_ITEM_WORDS = 5


def _credit_roll(text: str, registry: Registry) -> list[SeenCredit] | None:
    """The credits of a roll at the article's end ("Photos by cmgirl (Shutterstock), Macrovector (Shutterstock),
    J E Theriot, davidd."), each a credit of its own; None unless every item reads as a credit or a user name."""
    label = _ROLL_LABEL.match(text)
    if label is None:
        return None
    items = [item.strip() for item in _ROLL_SPLIT.split(text[label.end() :].strip().rstrip(".")) if item.strip()]
    if len(items) < ROLL_ITEMS:
        return None
    parsed = [parse(item, registry) for item in items]
    for item, credit in zip(items, parsed, strict=True):
        if len(item.split()) > ROLL_ITEM_WORDS:
            return None
        if " " in item and credit.agency is None and not looks_like_credit(item, registry):
            return None  # "the author": words, not a name ("davidd", "cmgirl (Shutterstock)" are)
    label_text = label.group(0).strip()
    return [
        SeenCredit(item, "caption_tail", label_text, parsed=credit) for item, credit in zip(items, parsed, strict=True)
    ]


def _heading_over_label(caption: str) -> bool:
    """Whether the words before an empty credit label make a heading with it ("Story Source:") rather than a
    caption whose credit was left out: a word or two that name no picture (a picture's word keeps the caption,
    "Pictured above Source:")."""
    return len(caption.split()) <= HEADING_WORDS and not _PICTURE_WORD.search(caption)


HEADING_WORDS = 2
_PICTURE_WORD = lazy_re.compile(r"\b(?:photo|image|picture|foto|bild|illustration|graphic|video)", re.IGNORECASE)


def _classify(number: int, text: str, role: P.LabelRole | None, registry: Registry) -> Piece:
    if role is not None:
        return Piece(number, "label", text, role=role)
    label = P.label_role(text)
    if label is not None:
        return Piece(number, "label", text, role=label)
    counter = P.COUNTER_LINE.match(text)
    if counter:
        total = re.search(r"(?:of|/|von|de|sur)\s*(\d+)\s*$", text, re.IGNORECASE)
        worded = not text.isdigit() and "/" not in text  # "4/5" alone: a rating or a score as often as a slide
        return Piece(number, "counter", text, counter_words=worded, total=total.group(1) if total else None)
    if _decoy(text) or _copyright_notice(text, registry):
        return Piece(number, "decoy", text)
    roll = _credit_roll(text, registry) if text[:1] in "PIpi" else None
    if roll:
        return Piece(number, "credit", text, credits=roll, strong=True, roll=True)
    whole = line_credit(text, registry)
    if whole is not None:
        seen, strong = whole
        return Piece(number, "credit", text, credits=[seen], strong=strong)
    caption, spans = split_credits(text, registry)
    if any(span.weak for span in spans):  # "Search [Search]": no sign of a credit on a line of its own
        caption, spans = text, []
    whole_span = len(spans) == 1 and spans[0].start == 0 and spans[0].label is None
    if (whole_span or not spans) and text[:1] == "[" and text[-1:] == "]" and "[" not in text[1:-1]:
        # "[Caption. Photo: Name/Agency]", "[Caption © Name]" (an alt text a text browser printed in brackets)
        inside = split_credits(text[1:-1], registry)
        if inside[0].strip() and inside[1] and inside[1][-1].label:
            caption, spans = inside
    if spans:
        credits = [SeenCredit.from_span(span) for span in spans]
        if any(not c.empty for c in credits):  # "Credit Credit... Name": a hidden label doubled, not an empty one
            credits = [c for c in credits if not c.empty]
        lead = leading_credit(caption, registry) if caption else None
        if lead is not None and not lead.bare:
            caption = caption[lead.end :].strip()
            credits.insert(0, SeenCredit(lead.raw, "caption_tail", lead.label, glued=True, parsed=lead.credit))
        if not clean(caption):
            strong = any(c.label for c in credits) or any("/" in c.text for c in credits)
            return Piece(number, "credit", text, credits=credits, strong=strong or len(text.split()) > 1)
        if P.date_stamp(clean(caption).rstrip(" /|,-–—")):
            # "AFP 30 avril 2015 à 07:19": a wire story's byline and time; "Dec. 22, 2016, 3:36 PM UTC / Source:
            # Zillow": when the story was published, and where its facts come from
            return Piece(number, "decoy", text)
        if all(c.empty for c in credits) and _heading_over_label(clean(caption)):
            return Piece(number, "text", text)  # "Story Source:" over the story's sources: a heading, no caption
        return Piece(number, "capcredit", text, caption=clean(caption), credits=credits, strong=True)
    lead = leading_credit(text, registry)
    if lead is not None:
        caption = text[lead.end :].strip()
        # a bare agency name before a full sentence is a byline's as often, unless in capitals as credits are
        # written ("REUTERS Police officers stand guard …", "AFP PHOTO …")
        if P.date_stamp(caption):
            return Piece(number, "decoy", text)
        if _sentence_like(caption) and not (lead.bare and _TERMINAL.search(caption) and not says_credit(lead)):
            seen = SeenCredit(lead.raw, "caption_tail", lead.label, glued=True, parsed=lead.credit)
            return Piece(number, "capcredit", text, caption=caption, credits=[seen], strong=True, credit_first=True)
    return Piece(number, "text", text)


def says_credit(lead: LeadingCredit) -> bool:
    """A credit before its caption that says it is one: written in capitals, as credits are ("REUTERS", "AFP PHOTO";
    "EPA", not "AP"), or an agency's name of two words or more and nothing else ("Getty Images A cook …")."""
    if lead.raw.isupper() and len(lead.raw.replace(" ", "")) >= _CAPITAL_CREDIT:
        return True
    return bool(lead.credit.agency) and lead.credit.photographer is None and len(lead.raw.split()) >= _AGENCY_NAME_WORDS


_CAPITAL_CREDIT = 3  # letters of a capitals credit before a caption
_AGENCY_NAME_WORDS = 2


def _decoy(text: str) -> bool:
    if P.VIDEO_SOURCE_LINE.match(text):
        return True
    if len(text.split()) <= 5 and P.VIDEO_SOURCE.match(text) and text[:1].isupper():
        return True
    if P.FOOTER.search(text) or P.DATELINE.match(text) or P.DATELINE_BARE.match(text) or P.BYLINE_START.match(text):
        return True
    if len(text.split()) <= P.BYLINE_TIME_WORDS and P.BYLINE_TIME.search(text):
        return True  # a byline and when it was published, "USA TODAY Sports 3:58 p.m. EDT July 18, 2013"
    return len(text.split()) <= 12 and bool(P.BYLINE.search(text))


def _copyright_notice(text: str, registry: Registry) -> bool:
    """A copyright sign, then a year or a date, before a name no registry knows ("© 2000-2019 Site.com, Inc.",
    "™ & © 2016 Cable News Network", "©SZ vom 15.05.2019/vit"): the page's notice. "© 2019 Getty Images" stays a
    credit."""
    notice = P.COPYRIGHT_NOTICE.search(text)
    if notice is None or _PHOTO_LABEL_BEFORE.search(text[: notice.start()]):
        return False  # "Photo: © 2019 Jane Doe": a photo's credit with its year
    named = text[notice.start() : notice.end() + _NOTICE_NAME]
    return registry.match(named.lstrip("©").strip()) is None


_PHOTO_LABEL_BEFORE = lazy_re.compile(r"(?:photo|foto|bild|image|picture|credit)\w*\s*:?\s*$", re.IGNORECASE)
_NOTICE_NAME = 40  # characters after the year where the notice's owner stands


# "Courtesy of" and a name of one to five words, alone on a line: who gave the photo
_COURTESY = lazy_re.compile(r"^courtesy(?:\s+of)?\s+(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,4}$", re.IGNORECASE)


def line_credit(text: str, registry: Registry) -> tuple[SeenCredit, bool] | None:
    """A line that is only a credit, labelled or not ("Photograph: Name/Agency", "Jim Watson/AFP/Getty Images"),
    with whether it is strong evidence on its own (a label, a slash, an agency name of several words)."""
    inner = text
    if len(inner) >= 2 and inner[0] in "([" and inner[-1] in ")]":
        inner = inner[1:-1].strip()
    elif inner[-1:] == ")" and "(" not in inner:
        inner = inner[:-1].strip()  # "Andy Kropa/Invision/AP)": a bracket opened on the line above
    bare = strip_labels(inner)
    if not bare or inner[:1].isdigit() or (not bare[:1].isalnum() and bare[:1] not in "\"“‘'("):
        return None
    if len(bare.split()) > 12 or not looks_like_credit(bare, registry):
        return None
    if _URL.search(P.EMAIL.sub("", bare)):
        return None
    if ": " in bare or " by " in bare:
        head, spans = split_credits(inner, registry)
        if head.strip() and spans and spans[-1].label:
            return None  # "[Murdoch in 2014. Photo: Dan Steinberg/Invision/AP Photo]": a caption and its credit
    label = inner[: inner.find(bare)].strip() or None if bare != inner else None
    if label is not None and not any(ch.isalnum() or ch == "©" for ch in label):
        label = None  # an opening quote mark labels nothing: '"Old acquaintance"' is a quoted title
    credit = parse(bare, registry)
    if label is None and credit.photographer is None and "/" not in bare:
        credit = name_and_agency(bare, registry) or credit  # "Paul Cunningham USA TODAY Sports": a name, an agency
    if label is not None and not plausible_credit(bare, label, registry):
        return None  # "Photos: Hurricane Irene", "Photo: Royal Wedding Preparations Begin": headlines
    if label is None and credit.agency is None:
        if " via " in bare:  # "Twitter/EirikurH via Storyful"
            return SeenCredit(bare, "credit_line", None, parsed=credit), False
        if _person_for_outlet(bare):  # "Craig McDean/GQ": weak alone, a credit under an image reference
            bracketed = text[:1] == "(" and text[-1:] == ")"  # "(Michele Crowe/The White House)": a photo's
            return SeenCredit(bare, "credit_line", None, parsed=credit), bracketed
        if _COURTESY.match(bare):  # "Courtesy of Zillow", "Courtesy Jane Doe": a handout's credit, said so
            return SeenCredit(bare, "credit_line", None, parsed=credit), True
        if text[:1] == "(" and text[-1:] == ")" and studio_credit(bare):
            return SeenCredit(bare, "credit_line", None, parsed=credit), True  # "(Al ‘Hughes’ Dukes Photography)"
        return None  # "Space / Astronomy", "Hurricane Irene": navigation and headlines, not credits
    shaped = "/" in bare or " | " in bare or " via " in bare or " for " in bare
    if label is None:
        hit_part = next((part for part in re.split(r"\s*[/|]\s*|\s+via\s+", bare) if registry.match(part)), bare)
        if len(hit_part.split()) > 5:
            return None  # "AP Sources Say Trump Will Veto": a headline, not a credit
        if not shaped and credit.photographer is None and not _only_credit_words(bare, registry):
            return None  # "Bloomberg Customers", "Reuters Graphics Team": a menu heading, not a credit
    if credit.agency is None:
        # "Photo: Jane Smith", "Illustration: MCKIBILLO" are credits; "Photo: Royal Wedding Preparations" a headline
        strong = shaped or credit.photographer is not None or len(bare.split()) == 1
    else:
        # one bare wire-service name ("AP", "Reuters") is a byline or source as often as a credit
        strong = (
            label is not None or shaped or len(bare.split()) > 1 or not registry.agencies[credit.agency].writes_news
        )
    return SeenCredit(bare, "credit_line", label, parsed=credit), strong


def _person_for_outlet(text: str) -> bool:
    """A photographer's name and the outlet they shot for, its name capitalised, or their address there ("Craig
    McDean/GQ", "Stephen Crowley/The New York Times", "Mike Cason/mcason@al.com")."""
    parts = [part.strip() for part in text.split("/")]
    if len(parts) != 2 or not looks_like_person(parts[0]):
        return False
    if P.EMAIL.fullmatch(parts[1]):
        return True
    outlet = parts[1].split()
    if outlet[:1] == ["The"]:
        outlet = outlet[1:]  # "Stephen Crowley/The New York Times"
    return 1 <= len(outlet) <= 3 and all(word[:1].isupper() for word in outlet)


def _only_credit_words(text: str, registry: Registry) -> bool:
    """An unlabelled line naming an agency says nothing else but words credits use ("Reuters Pictures", "AFP
    Photo", "Getty Images Europe"... are aliases or these)."""
    hit = registry.match(text)
    if hit is None:
        return False
    rest = text.replace(hit[1], " ", 1).split()
    return all(word.lower().strip(".,;:") in _CREDIT_WORDS for word in rest)


_CREDIT_WORDS = frozenset(
    [
        "photo",
        "photos",
        "photograph",
        "photography",
        "images",
        "image",
        "pictures",
        "picture",
        "pool",
        "staff",
        "file",
        "files",
        "handout",
        "creative",
        "editorial",
        "archive",
        "archives",
        "news",
        "agency",
        "sport",
        "sports",
        "entertainment",
        "europe",
        "north",
        "america",
        "asia",
        "contributor",
        "stringer",
        "rf",
        "plus",
    ]
)


def said_twice(text: str) -> str | None:
    """The words a text prints twice in a row, however few ("Firefox Aurora Firefox Aurora"), else None."""
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and not len(words) % 2 and words[:half] == words[half:] else None


def doubled(text: str, least: int = 0) -> str | None:
    """The passage a line prints twice in a row ("Cars slide on the road. Cars slide on the road."), else None: a
    scraper that flattens a slide prints its alt text and then its caption, the same words. `least`: the words the
    passage needs (_DOUBLED_WORDS unless the caller knows the line is a caption)."""
    words = text.split()
    half = len(words) // 2
    if len(words) % 2 or half < (least or _DOUBLED_WORDS):
        return None
    first = words[:half]
    if first[0][:1] == "[" and first[-1][-1:] == "]":  # "[alt text] caption": the alt text in brackets (html2text)
        first = [first[0][1:], *first[1:-1], first[-1][:-1]]
    return " ".join(first) if first == words[half:] else None


_DOUBLED_WORDS = 5


def _doubled_around_credit(text: str, registry: Registry) -> tuple[str, str] | None:
    """The passage a line prints twice with a credit between ("The scars. Kevin C. Downs/for New York Daily News
    The scars."): a picture's alt text, its credit and its caption, flattened; (passage, credit), else None. The
    words between must say whose photo it is (an agency, a label, or a name and a slash): a card list prints a
    headline, its section ("Company Town") and the headline again."""
    words = text.split()
    for middle in range(1, _CREDIT_BETWEEN_WORDS + 1):
        half, odd = divmod(len(words) - middle, 2)
        if half < _DOUBLED_WORDS:
            break
        if odd or words[0] != words[half + middle] or words[:half] != words[half + middle :]:
            continue
        passage, credit = " ".join(words[:half]), " ".join(words[half : half + middle])
        if passage[0].islower():
            break  # the end of a wrapped line ("suffered scars … News London Rene suffered scars …"), not a caption
        if _sentence_like(passage) and plausible_credit(credit) and _says_whose(credit, registry):
            return passage, credit
    return None


def _says_whose(credit: str, registry: Registry) -> bool:
    named = parse(credit, registry)
    return named.agency is not None or (
        named.photographer is not None and ("/" in credit or strip_labels(credit) != credit)
    )


_CREDIT_BETWEEN_WORDS = 10


def _sentence_like(text: str) -> bool:
    """Caption-shaped: a few words, some of them lower-case (not a headline in Title Case, not a name); in Chinese
    or Japanese, which have no case, a few words with a clause's comma or a full stop (a headline has neither:
    "河南马戏团脱逃老虎到动物园时已死亡_死因待鉴定")."""
    if mostly_cjk(text):
        return word_count(text) >= _CJK_SENTENCE_WORDS and ("，" in text or "。" in text)
    words = text.split()
    if len(words) < 3:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= max(1, len(words) // 4)


_CJK_SENTENCE_WORDS = 4


def sentence_like(text: str) -> bool:
    return _sentence_like(text)


def same_text(a: str, b: str) -> bool:
    return bool(a) and fold(a) == fold(b)
