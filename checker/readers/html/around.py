"""Where an image's caption and credit are when its figure does not hold them: an element beside the image's
wrapper, the box a picture shares with its text, a table's next row, the paragraph under a bare picture, a line of
its own, a gallery slide's own text, or the alt text itself when it carries the agency's credit.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import islice
from typing import Any

from checker import lazy_re
from checker.credits.captions import CreditSpan, photographed_by, rights_only, split_credits
from checker.credits.parse import (
    looks_like_credit,
    parse,
)
from checker.credits.registry import Registry
from checker.evidence import SeenCredit
from checker.model import CreditSeen
from checker.readers.html import role
from checker.readers.html.candidates import (
    IMAGE_URL,
    IMG_TAGS,
)
from checker.readers.html.caption_text import (
    BOX_CAPTION,
    CREDIT_LINE_WORDS,
    WRITTEN_WORD,
    attribute_texts,
    caption_credit,
    names_credit,
    outermost,
    unit_text,
    unlabelled,
    without_controls,
)
from checker.readers.html.gallery import gallery_slide
from checker.readers.html.page import (
    CAPTION,
    CREDIT_LABEL,
    TEXT,
    Page,
)
from checker.readers.photo_files import file_key
from checker.textnorm import clean, fold, word_count

SIBLING_LEVELS = 3  # how far up from the image a caption or credit beside its wrapper is looked for


def caption_paragraph(element, lineage: list, held: Counter, registry: Registry | None = None) -> list | None:
    """The paragraph right after a paragraph that holds only the picture, when it reads as a figure's caption: all
    of it in italics ("<p><em>Figure 1: The why loop …</em></p>"), numbered as a figure ("Figure 2: …"), or ending
    with an agency's credit ("… by the speaker. Jane Smith/Reuters"); or it and the paragraph after it, when that
    one is an agency's credit alone ("Jane Doe/Reuters")."""
    box = lineage[0] if lineage and lineage[0].tag == "a" and len(lineage) > 1 else None
    holder = lineage[1] if box is not None else (lineage[0] if lineage else None)
    if holder is not None and holder.tag in ("p", "center", "div") and held[holder] == 1 and not TEXT(holder).strip():
        after = holder.getnext()
    elif box is None and element.getprevious() is not None and not (element.tail or "").strip():
        after = element.getnext()  # a picture bare among the story's paragraphs: "…</p><img …><p>caption</p>"
    else:
        return None
    if after is None or held[after]:
        return None
    text = " ".join(TEXT(after).split())
    if CAPTION_LABEL.match(text) and len(text) <= _FIGURE_CAPTION_CHARACTERS:
        return [after]  # "<img …><font face="楷体">图注：…</font>": a line its label names the caption, in any element
    if not (after.tag == "p" or (after.tag == "div" and _one_styled_child(after))):
        return None
    if not text or len(text) > _FIGURE_CAPTION_CHARACTERS:
        return None
    children = [child for child in after if isinstance(child.tag, str)]
    emphasized = (
        len(children) == 1
        and _caption_styled(children[0])
        and not (after.text or "").strip()
        and not (children[0].tail or "").strip()
    )
    if emphasized or _FIGURE_NUMBER.match(text):
        return [after]
    if _bold_credited(children, after, text):
        return [
            after
        ]  # "<p><strong>资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄</strong></p>": set in bold, credited
    if _short_line_over_story(after, text):
        return [after]
    if registry is None or len(text.split()) > _CAPTION_PARAGRAPH_WORDS:
        return None
    if _ends_with_agency_credit(text, registry) or photographed_by(text):
        return [after]
    credit = after.getnext()
    if credit is None or credit.tag != "p" or held[credit]:
        return None
    line = " ".join(TEXT(credit).split())
    whole = caption_credit(line, registry)  # a paragraph that is one credit, naming an agency
    if len(line.split()) <= CREDIT_LINE_WORDS and not whole[0] and any(c.parsed and c.parsed.agency for c in whole[1]):
        return [after, credit]
    return None


def paragraph_caption(paragraph: list) -> str:
    """The caption text of the paragraphs `caption_paragraph` found, without controls or a caption label."""
    text = without_controls(" ".join(unit_text(p, set(), set()) for p in paragraph))
    return CAPTION_LABEL.sub("", text, count=1)


# A label that names the line after a picture its caption ("图注：…", "Caption: …", "Bildunterschrift: …")
CAPTION_LABEL = lazy_re.compile(
    r"^\s*(?:图注|图说|图片说明|(?:photo\s+|image\s+|picture\s+)?caption|bildunterschrift|légende|pie\s+de\s+foto)\s*[:：]\s*",
    re.IGNORECASE,
)


def _one_styled_child(block) -> bool:
    """A block whose text is all in one child that styles it (bold, small, a font)."""
    children = [child for child in block if isinstance(child.tag, str)]
    return (
        len(children) == 1
        and children[0].tag in ("b", "strong", "em", "i", "small", "font")
        and not (block.text or "").strip()
        and not (children[0].tail or "").strip()
    )


def _bold_credited(children: list, after, text: str) -> bool:
    """The paragraph's text all in bold ("<b>", "<strong>", a <font> inside them) and ending with a photographer's
    or provider's credit ("…启动仪式。（刘通摄）", "…中新社记者 贾天勇 摄"): a caption, not a subheading."""
    if len(children) != 1 or children[0].tag not in ("b", "strong") or (after.text or "").strip():
        return False
    return photographed_by(text)


def _short_line_over_story(after, text: str) -> bool:
    """A paragraph of one short sentence ("小花家。", "The school's gate.") between the picture and a paragraph of
    the story many times longer: the picture's caption."""
    if len(text) > _SHORT_CAPTION or not _SENTENCE_STOP.search(text):
        return False
    story = after.getnext()
    return (
        story is not None and story.tag == "p" and len(" ".join(TEXT(story).split())) >= _STORY_OVER_CAPTION * len(text)
    )


_SHORT_CAPTION = 30  # characters


_STORY_OVER_CAPTION = 4


_SENTENCE_STOP = lazy_re.compile(r"[.。!！?？][\"'’”」』)）]*$")


def _caption_styled(element) -> bool:
    """Text set as a caption: in italics, or small ("<small>", "<font size=2>", "<font style="font-size: 9pt">")."""
    tag = element.tag
    return tag in ("em", "i", "small") or (
        tag == "font" and bool(element.get("size") or "font-size" in (element.get("style") or ""))
    )


def _ends_with_agency_credit(text: str, registry: Registry) -> bool:
    """The text ends with a credit that names an agency ("… by the speaker. Jane Smith/Reuters")."""
    return _agency_tail(text, registry) is not None


def _agency_tail(text: str, registry: Registry) -> tuple[str, list[CreditSpan]] | None:
    """The caption and the credits ending the text, when one names an agency and a caption comes before them."""
    caption, spans = split_credits(text, registry)
    if caption.strip() and any((span.credit or parse(span.raw, registry)).agency for span in spans):
        return caption, spans
    return None


_CAPTION_PARAGRAPH_WORDS = 60


_FIGURE_NUMBER = lazy_re.compile(r"^(?:Figure|Fig\.|Abbildung|Abb\.|Image|Photo)\s*\d{1,3}\s*[:.—–-]", re.IGNORECASE)


_FIGURE_CAPTION_CHARACTERS = 400


def slide_caption(element, lineage: list, gallery, held, page: Page) -> tuple[str, list[SeenCredit], bool] | None:
    """A gallery slide that marks no caption: its own text, when it is short and ends with a credit (a timeline's
    slide: a date, a title, a few lines about the picture, then "(Themba Hadebe, AP)"), or, when its text names
    no credit, its paragraphs with the credit its picture's alt or title text ends with in brackets (a slide that
    prints a caption and writes "Exhibition in Berlin (picture alliance/dpa/Name)" into the picture's alt). The
    flag: the alt text ends in brackets not read as a credit ("(Downluke)"), which may hold one all the same."""
    own = element.tag not in IMG_TAGS  # a slide that carries its picture's URL itself (<li data-imageurl>)
    slide = gallery_slide([element, *lineage] if own else lineage, gallery, held)
    if slide is None or page.registry is None:
        return None
    text = without_controls(unit_text(slide, page.roles(slide)[2], set()))  # no screen reader's label ("photo.jpg")
    if not text or len(text) > SLIDE_TEXT:
        return None
    caption, spans = split_credits(text, page.registry)
    credits = [SeenCredit.from_span(span) for span in spans if not span.empty]
    if not credits and (printed := _paragraphs(slide)):
        bracketed = alt_bracket_credit(element, page.registry)
        credits, caption = bracketed or [], printed
        if not bracketed and word_count(printed) >= SLIDE_CAPTION_WORDS:
            return printed, [], bracketed is not None  # a slide's own paragraph: its caption, with no credit read
    pictured = _PICTURED.search(caption)  # "… is born in Mvezo. Pictured: His statue.": what the photo shows
    return (caption[pictured.end() :] if pictured else caption, credits, False) if credits else None


def _paragraphs(element) -> str:
    """The text of the element's paragraphs (of the outermost, where a <p> sits inside another)."""
    return clean(" ".join(unit_text(p, set(), set()) for p in outermost(list(element.iter("p")))))


def alt_bracket_credit(element, registry: Registry) -> list[SeenCredit] | None:
    """The credit in brackets that ends the picture's alt or title text ("… in 1902 (picture-alliance / akg-images)");
    [] where brackets end it that read as no credit ("(Downluke)": a credit, perhaps, in a shape not read); None where
    neither ends in brackets."""
    bracketed: list[SeenCredit] | None = None
    for name in ("alt", "title"):
        value = clean(element.get(name) or "")
        if not value.endswith(_CLOSING_BRACKETS):
            continue
        bracketed = []
        _, spans = split_credits(value, registry)
        found = [SeenCredit.from_span(span, "alt") for span in spans if not span.empty]
        if len(found) == 1:
            return found
    return bracketed


_CLOSING_BRACKETS = (")", "]")


SLIDE_CAPTION_WORDS = 4  # words of a slide's paragraph, for it to be its caption rather than a label or a button


_PICTURED = lazy_re.compile(r"\bPictured\s*:\s*(?=\S)")


_ANY_NAME = lazy_re.compile("")


def attribute_caption(element, lineage: list, page: Page) -> tuple[str, list[SeenCredit]]:
    """For an image with nothing printed around it: a caption written into an attribute for a lightbox
    (data-caption, data-fresco-caption... on the image or its link), or a title or alt text that carries a credit
    after a label or a bar ("Firmenschild | Bildquelle: dpa")."""
    link = next((a for a in lineage[:3] if a.tag == "a"), None)
    for holder in (element, link):
        if holder is None:
            continue
        for name, value in holder.items():
            if "caption" in name and name.startswith("data-") and attribute_texts([(name, value)], _ANY_NAME):
                caption = without_controls(clean(re.sub(r"<[^>]+>", " ", value)))
                if page.registry is not None:
                    caption, credits = caption_credit(caption, page.registry)
                    for credit in credits:
                        credit.where = "data_attribute"
                    return caption, credits
                return caption, []
    for name in ("title", "alt"):
        value = clean(element.get(name) or "")
        match = CREDIT_LABEL.search(value)
        if match and page.registry is not None:
            before = value[: match.start()]
            text, label = unlabelled(value[match.start() :])
            closing = _CLOSING.get(before.rstrip()[-1:])
            if closing and text.endswith(closing):  # "(Credit: Nasa)": the brackets set the whole credit off
                before, text = before.rstrip()[:-1], text[:-1].rstrip()
            head, _, _ = before.rpartition("|")
            if text and len(text.split()) <= CREDIT_LINE_WORDS:
                caption = (head or before).strip(" |")
                return caption, [SeenCredit(text, "alt", label=label, parsed=parse(text, page.registry))]
    if page.registry is not None and (found := wire_alt(element, page.registry)) is not None:
        return found
    if (given := component_caption(element, lineage)) is not None:
        return given, []  # (its credit is split off where every caption's is)
    return "", []


_CLOSING = {"(": ")", "[": "]", "（": "）"}


def component_caption(element, lineage: list) -> str | None:
    """The caption a script component beside the image is given (Vue's '<the-news-image :imagem="&quot;…/photo.jpg
    &quot;" :nome="&quot;Caption./Foto: Handout&quot;">', a custom element that draws the photo's caption): a
    custom element (its tag holds a hyphen) following the image or its wrapper, one of whose attributes names the
    image's file while another holds text of a few words."""
    keys = {file_key(value) for value in element.attrib.values() if IMAGE_URL.search(value)}
    if not keys:
        return None
    for level in (element, *lineage[:COMPONENT_LEVELS]):
        for sibling in islice(level.itersiblings(), COMPONENT_LEVELS):
            if not isinstance(sibling.tag, str) or "-" not in sibling.tag:
                continue
            values = [_bound(value) for value in sibling.attrib.values()]
            if not any(file_key(value) in keys for value in values if IMAGE_URL.search(value)):
                continue
            texts = [
                v for v in values if len(v.split()) >= COMPONENT_WORDS and not IMAGE_URL.search(v) and "://" not in v
            ]
            if texts:
                return clean(max(texts, key=len))
    return None


COMPONENT_LEVELS = 2
COMPONENT_WORDS = 3


def _bound(value: str) -> str:
    """An attribute's value as text: a JSON string as a component's bound property holds it ('"Caption \\u00e9"')."""
    value = value.strip()
    if len(value) > 1 and value[0] == value[-1] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            return value
        return decoded if isinstance(decoded, str) else value
    return value


def wire_alt(element, registry: Registry) -> tuple[str, list[SeenCredit]] | None:
    """An alt text that is a wire caption: sentences, then an agency's credit in brackets ("… including Oklahoma's
    Gray. (AP Photo/Andrew Shurtleff, File)"), on a picture that links to its own larger file (a lightbox)."""
    if role.lightbox_link(element) is None:
        return None
    alt = clean(element.get("alt") or "")
    found = _BRACKETED_TAIL.search(alt) if alt.endswith(")") else None
    if found is None or len(alt[: found.start()].split()) < _WIRE_CAPTION_WORDS:
        return None
    credit = parse(found.group(1), registry)
    if credit.agency is None:
        return None
    return alt[: found.start()].strip(), [SeenCredit(found.group(1), "alt", parsed=credit)]


def alt_agency_credit(element, registry: Registry) -> SeenCredit | None:
    """An agency's credit or a rights statement in brackets closing the image's alt or title text, "Ruanda
    Symbolbild Völkermord (picture-alliance/AP Photo/R. Mazalan)", "Felicien Kabuga (Public domain)", or the whole
    alt text a photographer's and an agency's credit ("Mandel Ngan / AFP / Getty Images"): where a page that
    prints no credit writes it."""
    for name in ("alt", "title"):
        value = clean(element.get(name) or "")
        if " / " in value and len(value.split()) <= CREDIT_LINE_WORDS and looks_like_credit(value, registry):
            credit = parse(value, registry)  # "Mandel Ngan / AFP / Getty Images": an alt text that is the credit
            if credit.agency is not None and credit.photographer is not None:
                return SeenCredit(value, "alt", parsed=credit)
        found = _BRACKETED_TAIL.search(value) if value.endswith(")") else None
        if found is None:
            continue
        credit = parse(found.group(1), registry)
        if credit.agency is not None and ("/" in found.group(1) or registry.match(found.group(1))):
            return SeenCredit(found.group(1), "alt", parsed=credit)
        if rights_only(found.group(1)):  # "Felicien Kabuga (Public domain)": the terms it is used under
            return SeenCredit(found.group(1), "alt", parsed=credit)
    return None


_BRACKETED_TAIL = lazy_re.compile(r"\(([^()]{3,80})\)$")


_WIRE_CAPTION_WORDS = 8


def wrappers(element, lineage: list, held: Counter, levels: int = SIBLING_LEVELS) -> list:
    """The elements around an image that hold no other image and no text, up to `levels` up: a <div> or <a> that
    carries the image's caption or credit in an attribute, not a box of the page that says more."""
    around = []
    for ancestor in lineage[:levels]:
        if held[ancestor] > 1 or ancestor.tag in ("body", "html", "article", "main"):
            break
        around.append(ancestor)
    # only those that carry an attribute named for a caption or credit matter: most images have none, and
    # asking an element for its text costs more than asking it for its attribute names
    named = [i for i, ancestor in enumerate(around) if WRITTEN_WORD.search(" ".join(ancestor.keys()))]
    found = []
    for ancestor in around[: named[-1] + 1] if named else ():
        if any(text.strip() for text in ancestor.itertext()):
            break
        found.append(ancestor)
    return found


def caption_beside(unit, element, lineage: list, held: Counter, page: Page):
    """A caption or credit printed beside the image's wrapper rather than inside it: the next (or previous)
    sibling of the image, its unit, or a wrapper holding only this image, up to SIBLING_LEVELS up, that holds a
    caption or credit element and no image."""
    climbed = 0
    for level in (element, *lineage):
        if level is not element and held[level] > 1:
            return None
        if level.tag in ("body", "html", "article", "main"):
            return None
        for sibling in (_next_past_bars(level), level.getprevious()):
            if (
                sibling is not None
                and isinstance(sibling.tag, str)
                and page.holds_caption(sibling)
                and (not held[sibling] or (_only_furniture(sibling) and page.holds_caption(sibling, CAPTION)))
                and not _story_byline(sibling)
            ):
                return sibling
        if level is unit or climbed:
            climbed += 1
        if climbed > SIBLING_LEVELS:
            return None
    return None


def _next_past_bars(level):
    """The next sibling, past up to BARS_BETWEEN elements that show no text and no picture but furniture (a share
    bar of icons, a clearing <div>) set between a photo and its caption."""
    sibling = level.getnext()
    for _ in range(BARS_BETWEEN):
        if sibling is None or not isinstance(sibling.tag, str) or TEXT(sibling).strip() or not _only_furniture(sibling):
            return sibling
        sibling = sibling.getnext()
    return sibling


BARS_BETWEEN = 2


def _story_byline(element) -> bool:
    """The story's byline, named for a credit ("article-byline") but crediting the writer: it links to an author's
    page or marks its author (rel/itemprop "author"), or holds the story's date (<time>)."""
    for node in element.iter("a", "time", "span", "div"):
        if node.tag == "time" or "author" in (node.get("rel") or "").split() or node.get("itemprop") == "author":
            return True
        if node.tag == "a" and _AUTHOR_PAGE.search(node.get("href") or ""):
            return True
    return False


_AUTHOR_PAGE = lazy_re.compile(r"/(?:author|authors|autor|auteur|autore)/", re.IGNORECASE)


def _only_furniture(element) -> bool:
    """Every image in the element is furniture (a caption box's camera icon, its "view larger" button; such a box
    counts beside an image when it holds a caption element: a byline's box holds the author's avatar)."""
    return all(role.furniture(img.get("src") or "", dict(img.items())) for img in element.iter(*IMG_TAGS))


SLIDE_TEXT = 700  # characters: a timeline's slide says more than a caption, and no slide holds a story


def top_and_box(element, lineage: list) -> tuple[Any, Any]:
    """The outermost wrapper (<a>, <picture>, <span>...) around the image, or the image itself, and the first
    ancestor that is more than a wrapper (None when there is none)."""
    top = element
    for ancestor in lineage:
        if ancestor.tag not in role.TRANSPARENT:
            return top, ancestor
        top = ancestor
    return top, None


def caption_box(element, lineage: list, held: Counter, page: Page):
    """(box, paragraph) for an image in a plain box that holds it and then one short paragraph, and nothing
    else: <div><a href="#"><img></a><p>caption</p></div>. The paragraph is the caption (empty: a figure
    without one), unless it is only a link, a headline leading elsewhere. A <div> in place of the paragraph
    counts when its text ends in a labelled credit (<div>caption<div>Photograph by <span>Name</span></div></div>)."""
    top, box = top_and_box(element, lineage)
    if box is None or box.tag != "div" or held[box] != 1 or (box.text or "").strip():
        return None
    children = [child for child in box if isinstance(child.tag, str)]
    if len(children) != 2 or children[0] is not top or children[1].tag not in ("p", "div", "span"):
        return None
    paragraph = children[1]
    if paragraph.tag == "div" and labelled_credits(unit_text(paragraph, set(), set()), page, "credit_element") is None:
        return None
    if any((child.tail or "").strip() for child in children) or next(paragraph.iter(*IMG_TAGS), None) is not None:
        return None
    text = TEXT(paragraph).strip()
    linked = sum(len(TEXT(link).strip()) for link in paragraph.iter("a"))
    if len(text) > BOX_CAPTION or (text and linked >= len(text)):
        return None
    return box, paragraph


def alt_printed_beside(element, lineage: list, held: Counter) -> str | None:
    """The picture's alt text printed again in the element right after it (or after the link around it), a
    block of text and nothing else: <a><img alt="Kuh Gisela im Kräutergarten"></a><div>Kuh Gisela im
    Kräutergarten</div>. That is its caption, shown."""
    alt = clean(element.get("alt") or "")
    if not _describes(alt):
        return None
    top, _ = top_and_box(element, lineage)
    after = top.getnext()
    if after is None or after.tag not in ("div", "p", "span", "small", "em", "i") or held[after]:
        return None
    if (top.tail or "").strip() or next(after.iter("a"), None) is not None:
        return None
    return alt if fold(clean(TEXT(after))) == fold(alt) else None


def _describes(alt: str) -> bool:
    """An alt text long enough to be a caption when the page prints it again: three words (six characters of
    Chinese), not a name ("Logo", "Kuh")."""
    return word_count(alt) >= _ALT_CAPTION_WORDS


_ALT_CAPTION_WORDS = 3


_TABLE_ROWS = 3  # a picture's row, its caption's row and a credit's: a table with more rows lays out a page


def table_caption(element, lineage: list, held: Counter, page: Page) -> tuple[str, list[SeenCredit]] | None:
    """The caption in the cell under the picture's, in a small table that holds pictures in one row only:
    <table><tr><td><img></td></tr><tr><td><em>Caption</em></td></tr></table> (Markdown tables used as figures,
    older pages' photo boxes). A cell of more than a caption's length, or only a link, is no caption."""
    _, cell = top_and_box(element, lineage)
    if cell is None or cell.tag not in ("td", "th") or held[cell] != 1 or TEXT(cell).strip():
        return None
    row = cell.getparent()
    table = next((a for a in lineage if a.tag == "table"), None)
    if row is None or row.tag != "tr" or table is None or held[row] != held[table]:
        return None
    rows = list(table.iter("tr"))
    if len(rows) > _TABLE_ROWS or rows.index(row) + 1 >= len(rows):
        return None
    cells = [c for c in row if c.tag in ("td", "th")]
    below = [c for c in rows[rows.index(row) + 1] if c.tag in ("td", "th")]
    if len(below) != len(cells):
        return None
    under = below[cells.index(cell)]
    text = without_controls(unit_text(under, set(), set()))
    linked = sum(len(TEXT(link).strip()) for link in under.iter("a"))
    if not text or len(text) > BOX_CAPTION or linked >= len(text) or page.registry is None:
        return None
    found = labelled_credits(text, page, "credit_line")
    if found is not None:
        return found
    caption, credits = caption_credit(text, page.registry)
    if not credits and (tail := _agency_tail(caption, page.registry)) is not None:
        caption, credits = tail[0], [SeenCredit.from_span(span, "credit_line") for span in tail[1]]
    return caption.strip(), credits or credit_cell(table, under)


def table_of(cell):
    return next((a for a in cell.iterancestors() if a.tag == "table"), None)


def credit_cell(table, caption_cell) -> list[SeenCredit]:
    """The credit in the one other cell of a picture's table named for a credit ('<td class="articleGraphicCredit">
    Share Conference</td>' in the row over the picture, its caption in the row under it)."""
    inside = set(caption_cell.iter())
    named = [c for c in table.iter("td", "th") if c not in inside and names_credit(c)]
    if len(named) != 1 or not 0 < len(line := clean(TEXT(named[0]))) <= CREDIT_CELL:
        return []
    credit, label = unlabelled(line)
    return [SeenCredit(credit, "credit_element", label=label)] if credit else []


CREDIT_CELL = 80  # characters: a table cell named for the credit holds a credit, not a paragraph


def own_line(element, lineage: list, held: Counter, page: Page) -> tuple[str, list[SeenCredit]] | None:
    """The caption and credit printed in the image's own paragraph, after it: <p><img><br><em>(Credit: Name /
    Source)</em></p>. Only a paragraph that holds this image first, nothing before it, and a short text that ends
    in a labelled credit ("Credit:", "Foto:", "©") or is all in italics: a story paragraph that starts with an
    image is no caption."""
    top, box = top_and_box(element, lineage)
    if box is None or box.tag not in ("p", "div") or held[box] != 1 or (box.text or "").strip():
        return None
    if next((child for child in box if isinstance(child.tag, str)), None) is not top:
        return None
    text = clean(TEXT(box))
    found = labelled_credits(text, page, "credit_line")
    if found is None and text and len(text) <= BOX_CAPTION:
        # "<div><img><br><i>Physical mockup of rumored iPad mini design</i></div>": the box's text, all in italics
        italic = [child for child in box if child.tag in ("i", "em") and clean(TEXT(child)) == text]
        if italic and top is not None and not (top.tail or "").strip() and not (italic[0].tail or "").strip():
            return text, []
        alt = clean(element.get("alt") or "")
        if _describes(alt) and fold(alt) == fold(text):
            # "<p><img alt="“救命啊SOS”纸团。…"> “救命啊SOS”纸团。…</p>": the alt text printed again, the caption shown
            return caption_credit(text, page.registry) if page.registry is not None else (text, [])
    return found


def labelled_credits(text: str, page: Page, where: CreditSeen) -> tuple[str, list[SeenCredit]] | None:
    """(caption, credits) for a short text that ends in credits each with its label ("... the island. Photograph by
    Name", "(Credit: Name / Source)"), else None: unlabelled words at a text's end may be the caption's own."""
    if not text or len(text) > BOX_CAPTION or page.registry is None:
        return None
    caption, spans = split_credits(text, page.registry)
    if not spans or not all(span.raw and (span.label or _set_off(text, span)) for span in spans):
        return None
    return caption.strip(), [SeenCredit.from_span(span, where) for span in spans]


def _set_off(text: str, span: CreditSpan) -> bool:
    """A credit in brackets found by more than its shape ("(AP Photo/Name)", "(WBAL Photo by Name)"): as plain a
    mark of a credit as a label."""
    return text[span.start : span.start + 1] in "([（" and not span.weak


def labelled_credit_block(holder, caption: str, page: Page) -> tuple[str, list[SeenCredit]]:
    """The caption up to a paragraph of `holder` that is only labelled credits ("Photo: Name • Agency,"), and
    those credits; the caption as it is, and none, when no paragraph is."""
    for block in holder.iter("p", "div"):
        text = unit_text(block, set(), set()).strip(" ,;")
        if text and (found := labelled_credits(text, page, "credit_element")) and not found[0]:
            return caption.partition(text)[0].strip(" ,;"), found[1]  # what follows the credit is the box's links
    return caption, []


def following_credits(first, held: Counter, page: Page, most: int = 2) -> list:
    """Siblings right after a caption found beside an image that hold a caption or credit and no image."""
    found: list = []
    sibling = first.getnext()
    while sibling is not None and len(found) < most and isinstance(sibling.tag, str):
        if held[sibling] or not page.holds_caption(sibling) or _same_kind(sibling, first):
            break
        found.append(sibling)
        sibling = sibling.getnext()
    return found


def _same_kind(a, b) -> bool:
    """Items of one list (the captions of several images), not parts of one caption."""
    return a.tag == b.tag and a.get("class") == b.get("class")
