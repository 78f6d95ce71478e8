"""The caption and credits printed for an image: the text of its figure (or of an element beside it) as a reader
sees it, hidden parts and controls taken out, split into caption and credit lines by the elements named for
them, by their labels and by how credits are written.
"""

from __future__ import annotations

import re

from checker import lazy_re
from checker.credits.captions import split_credits
from checker.credits.parse import (
    looks_like_credit,
    looks_like_person,
    names_organisation,
    parse,
    plausible_credit,
    split_parts,
    strip_labels,
)
from checker.credits.registry import Registry
from checker.evidence import SeenCredit
from checker.readers.html.candidates import IMG_TAGS
from checker.readers.html.copies import COUNTER
from checker.readers.html.page import IGNORE_ATTRIBUTE, TEXT, Page
from checker.textnorm import clean

_UNSHOWN = ("script", "style", "template")


def unit_text(element, noise: set, skip: set) -> str:
    """Visible text: without screen-reader labels, scripts and UI controls (`noise`), or `skip`."""
    hidden = noise | skip
    if not noise and (scripts := set(element.iterdescendants(*_UNSHOWN))):
        hidden |= scripts  # a caller that asked nothing left out: a script inside is still never shown
    if not any(h is element or any(a is element for a in h.iterancestors()) for h in hidden):
        if next(element.iterdescendants(*_BLOCKS), None) is None:
            return clean(TEXT(element))  # nothing to leave out inside it: libxml2 joins the text
        pieces: list[str] = []
        _lines(element, pieces)  # a line break or a block between two texts: "© Alamy<br>One of..."
        return clean("".join(pieces))
    parts: list[str] = []
    _visible(element, hidden, parts)
    return clean(" ".join(parts))


def _visible(node, hidden: set, parts: list[str]) -> None:
    """The text of a subtree in document order, without the subtrees of `hidden` elements. (A module function:
    a recursive closure is a reference cycle that would keep the whole page alive until the next collection.)"""
    if node in hidden:
        return
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            _visible(child, hidden, parts)
        if child.tail:
            parts.append(child.tail)


# Elements that start a new line: the texts on either side of them are not one word ("© Alamy<br>Caption")
_BLOCK_TAGS = ("br", "p", "div", "li", "ul", "ol", "dl", "dd", "figcaption", "figure", "blockquote", "table", "tr")


_BLOCKS = frozenset(
    (*_BLOCK_TAGS, "dt", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "header", "footer", "section")
)


def _lines(node, parts: list[str]) -> None:
    """The text of a subtree in document order, a space where a line break or a block begins or ends."""
    if node.text:
        parts.append(node.text)
    for child in node:
        if isinstance(child.tag, str):
            block = child.tag in _BLOCKS
            if block:
                parts.append(" ")
            _lines(child, parts)
            if block:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def outermost(nodes: list) -> list:
    if len(nodes) < 2:
        return nodes
    chosen = set(nodes)
    return [n for n in nodes if not any(a in chosen for a in n.iterancestors())]


def _innermost(nodes: list) -> list:
    if len(nodes) < 2:
        return nodes
    chosen = set(nodes)
    return [n for n in nodes if not any(d in chosen for d in n.iterdescendants())]


def caption_and_credits(unit, img, page: Page, wrappers: tuple | list = ()) -> tuple[str, list[SeenCredit]]:
    """The caption text and the credits shown in a unit (or in an element beside the image: `img` None), and
    those written into attributes of the image, the unit or `wrappers` (elements around the image that hold no
    other image)."""
    nodes = list(unit.iter())
    credit_matches, caption_matches, noise = page.roles(unit)
    # a "-copyright-label" or "credit-label" element is the label of the credit beside it, not a credit
    # and so is one inside a credit that says only "Credit" ('<span class="credit-description">Credit</span>: AP')
    labels = {
        n
        for n in credit_matches
        if "label" in (n.get("class") or "").lower()
        or (_LABEL_WORD.match(TEXT(n)) and any(a in credit_matches for a in n.iterancestors()))
    }
    credit_nodes = _innermost([n for n in nodes if n in credit_matches and n not in noise and n not in labels])
    if len(credit_nodes) > 1 and page.registry is not None:
        credit_nodes = _credits_not_captions(credit_nodes, caption_matches, noise, labels, page.registry)
    credit_set = set(credit_nodes)
    credits: list[SeenCredit] = []
    texts: list[str] = []
    for node in credit_nodes:
        shown = unit_text(node, noise, labels)
        if not shown.strip():  # '<span class="source_image" data-copyright="AFP/Name">' shown by CSS from its attribute
            shown = next(iter(attribute_texts(node.items(), CREDIT_NAME)), "")
        text, label = unlabelled(shown)
        if label is None and (inner := [n for n in labels if n in set(node.iterdescendants())]):
            text, label = text.lstrip(" :|–—-"), " ".join(TEXT(n).strip() for n in inner) + ":"  # "Credit: AP"
        if text and text not in texts:
            texts.append(text)
            credits.append(SeenCredit(text, "credit_element", label=label))
    holders = list(dict.fromkeys((img, *wrappers, unit))) if img is not None else [unit]
    for holder in holders:  # credits written into attributes (data-credit, credit, data-photo-credit...)
        for written in attribute_texts(holder.items(), CREDIT_NAME):
            text, label = unlabelled(written)
            if text and text not in texts:
                credits.append(SeenCredit(text, "data_attribute", label=label))
                texts.append(text)
    caption_nodes = outermost([n for n in nodes if n in caption_matches and n not in credit_set])
    if not credits and len(caption_nodes) == 1 and page.registry is not None:
        line = _credit_line(caption_nodes[0], noise, page.registry)
        if line is not None:
            credit_set.add(line[0])
            credits.append(line[1])
    if not credits and not caption_nodes and img is not None and unit.tag == "figure":
        credits = _labelled_block(unit, img, noise)
    before_icon = None
    if not credits and len(caption_nodes) <= 1 and page.registry is not None:
        split = _icon_credit(caption_nodes[0] if caption_nodes else unit, noise, page.registry)
        if split is not None:  # '<figcaption>Caption <i class="fa fa-camera"></i>Name / Studio</figcaption>'
            before_icon, credit = split
            credits.append(credit)
    caption = (
        " ".join(t for n in caption_nodes if (t := unit_text(n, noise, credit_set | labels)))
        if before_icon is None
        else before_icon
    )
    titles = {n for n in nodes if n is not unit and _TITLE_CLASS.search(n.get("class") or "")} if caption else set()
    if titles:  # "<span class='listicle--title'>BACK IN THE LIMO</span><p>Take a spin …": the title is no caption
        untitled = " ".join(t for n in caption_nodes if (t := unit_text(n, noise, credit_set | labels | titles)))
        caption = untitled or caption
    printed = [n for n in credit_nodes if n.tag != "meta"]  # (<meta itemprop="copyrightHolder">: nothing printed)
    if not caption and len(printed) == 1 and img is not None:
        caption = _around_credit(printed[0], unit, noise, credit_set | labels)
    if not caption:  # a caption written into an attribute (data-caption, cutline, data-cutline...), of the figure's
        # caption element too ('<figcaption data-caption="…">', shown by CSS)
        caption = next(
            (
                text
                for holder in (unit, *holders, *caption_nodes)
                for text in attribute_texts(holder.items(), CAPTION_NAME)
            ),
            "",
        )
    caption = without_controls(caption)
    if not caption and len(credits) == 1 and credits[0].label is None and page.registry is not None:
        # a credit element that holds the caption too ('<div class="copyright"><p>Caption</p><span>© AFP/ Name</span>')
        head, spans = split_credits(credits[0].text, page.registry)
        if head and len(spans) == 1 and spans[0].label and len(head.split()) >= _CAPTION_IN_CREDIT_WORDS:
            caption, credits = head, [SeenCredit(spans[0].raw, "credit_element", label=spans[0].label)]
    if not credits and caption and page.registry is not None:
        caption, credits = caption_credit(caption, page.registry)
    if len(credits) == 1 and _SYNDICATED.match(credits[0].text) and _source_line(caption, page.registry):
        # "© Provided by Business Insider Inc" / "Nintendo/Apple": the partner that syndicates the story, then the
        # photo's own credit, which is no caption
        caption, credits = "", [SeenCredit(caption, "credit_line")]
    return caption, credits


_CAPTION_IN_CREDIT_WORDS = 3


_SYNDICATED = lazy_re.compile(r"^(?:©\s*)?Provided by\s", re.IGNORECASE)


def _source_line(text: str, registry: Registry | None) -> bool:
    """A few words that read as a photo's credit, not a caption: names set off by a slash ("Nintendo/Apple")."""
    words = text.split()
    return (
        0 < len(words) <= _SOURCE_CAPTION_WORDS
        and "/" in text
        and registry is not None
        and looks_like_credit(text, registry)
    )


_LABEL_WORD = lazy_re.compile(
    r"^\s*(?:photo(?:graph)?s?|credits?|image|picture|pic|foto|bild|source|quelle|crédits?)\s*:?\s*$", re.IGNORECASE
)


def _labelled_block(figure, img, noise) -> list[SeenCredit]:
    """A <figure> that marks no caption or credit: a block of its own beside the picture whose text is one
    labelled credit ("<div class='media-with-label__label'>Credit: Name / Shutterstock</div>")."""
    for node in figure:
        if not isinstance(node.tag, str) or node is img or img in node.iterdescendants():
            continue
        raw = unit_text(node, noise, set())
        if not raw or len(raw.split()) > CREDIT_LINE_WORDS + 2:
            continue
        text, label = unlabelled(raw)
        if label and text:
            return [SeenCredit(text, "credit_element", label=label)]
    return []


def _around_credit(credit, unit, noise: set, skip: set) -> str:
    """The caption a credit element is printed in, when no element is marked as the caption: the rest of its
    block (<div><cite>Cliff Welch/Icon SMI</cite>Maurkice Pouncey denies ...</div>, <p>Caption <span
    class="credit">AP</span></p>), a block of the unit's that holds no image and no more than a caption."""
    holder = credit.getparent()
    if holder is unit and sum(1 for _ in unit.iter(*IMG_TAGS)) == 1:
        # a slide's box: its picture, its counter ("1 of 3"), a caption paragraph and the credit beside it
        text = COUNTER.sub("", without_controls(unit_text(unit, noise, skip)), count=1).strip()
        return text if len(text) <= BOX_CAPTION else ""
    if holder is None or holder is unit or holder.tag not in ("div", "p", "span", "small"):
        return ""
    if next(holder.iter(*IMG_TAGS), None) is not None:
        return ""
    text = without_controls(unit_text(holder, noise, skip))
    return text if len(text) <= BOX_CAPTION else ""


def _credits_not_captions(credit_nodes: list, caption_matches: set, noise: set, labels: set, registry) -> list:
    """Credit elements without those that both selectors match ("image__caption attribution") beside another
    credit element, when their text does not read as a credit or their class names a caption while another's
    names a credit: those are the caption."""
    texts = {n: unlabelled(unit_text(n, noise, labels))[0] for n in credit_nodes}
    captions = []
    for node in credit_nodes:
        others = [n for n in credit_nodes if n is not node and texts[n]]
        if node not in caption_matches or not texts[node] or not others:
            continue
        if not looks_like_credit(texts[node], registry) or (
            _names_caption(node) and not names_credit(node) and any(map(names_credit, others))
        ):
            captions.append(node)
    if not captions or len(captions) == len(credit_nodes):
        return credit_nodes
    return [n for n in credit_nodes if n not in captions]


def _names_caption(element) -> bool:
    return "caption" in (element.get("class") or "").lower() or element.get("itemprop") in ("caption", "description")


def names_credit(element) -> bool:
    named = (element.get("class") or "").lower()
    return "credit" in named or "copyright" in named


# Attributes that hold an image's caption or credit, by name: data-caption, cutline, data-cutline, photo-caption;
# data-credit, credit, data-photo-credit, data-byline, data-photographer, data-copyright. (The lightbox captions
# data-fresco-caption... are read only for an image with nothing else around it: _attribute_caption.)
# (data-description: what gallery scripts such as Galleria show under a slide, beside its data-title)
CAPTION_NAME = lazy_re.compile(
    r"^(?:data-caption|data-description|[\w:-]*cutline[\w-]*|(?!data-)[\w:-]*caption[\w-]*)$"
)


CREDIT_NAME = lazy_re.compile(r"^(?:data-)?[\w:-]*(?:credit|byline|photographer|copyright)[\w-]*$")


# ...but not names that hold a setting, an id or an address rather than text (data-credit-position, caption-id)
_SETTING_NAME = lazy_re.compile(
    r"[-_:](?:id|ids|url|uri|link|href|src|position|pos|style|class|type|align|enabled|visible|show|hide|hidden|"
    r"display|count|index|length|template|format|color|colour|size|width|height|lang|target|ref|key)$"
)


_NOT_TEXT = lazy_re.compile(r"^(?:https?:|//|/|\{|\[|#|true$|false$|null$|none$|undefined$|yes$|no$)", re.IGNORECASE)


def attribute_texts(items, names: re.Pattern) -> list[str]:
    """The texts of the attributes (`items`: (name, value) pairs) whose names `names` matches: not an ignore
    marker, a setting or an id, nor a value that is a URL, a flag or markup without letters."""
    found: list[str] = []
    if WRITTEN_WORD.search(" ".join(name for name, _ in items)) is None:
        return found  # most elements: no attribute named for a caption or credit
    for name, value in items:
        if not names.match(name) or name == IGNORE_ATTRIBUTE or _SETTING_NAME.search(name):
            continue
        text = clean(_MARKUP.sub(" ", value) if "<" in value else value)
        if text and not _NOT_TEXT.match(text) and any(c.isalpha() for c in text) and text not in found:
            found.append(text)
    return found


_MARKUP = lazy_re.compile(r"<[^>]+>")


WRITTEN_WORD = lazy_re.compile("caption|cutline|credit|byline|photographer|copyright|data-description")


_LINE_TAGS = ("p", "span", "div", "small", "em", "i", "cite", "strong", "b")


CREDIT_LINE_WORDS = 10  # a credit printed as a line of its own is short


def _icon_credit(caption, noise: set, registry: Registry) -> tuple[str, SeenCredit] | None:
    """(caption, credit) of a caption that marks its credit with a camera icon instead of a word ('<i class="fa
    fa-camera"></i>Eric Wagner / Illumination Studio'): the icon is the credit's label, the text after it the
    credit when it is short and credit-shaped (not a gallery's "12 photos"), the text before it the caption."""
    icon = next(
        (
            e
            for e in caption.iter("i", "span", "svg", "em", "b")
            if _CAMERA_ICON.search(e.get("class") or "") and not TEXT(e).strip()
        ),
        None,
    )
    if icon is None:
        return None
    before: list[str] = []
    after: list[str] = []
    passed = False

    def walk(element) -> None:
        nonlocal passed
        if element is icon:
            passed = True
            return
        if element in noise or element.tag in _UNSHOWN:
            return
        (after if passed else before).append(element.text or "")
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            (after if passed else before).append(child.tail or "")

    walk(caption)
    text = clean(" ".join(after))
    if not text or len(text.split()) > CREDIT_LINE_WORDS or not plausible_credit(text, "Photo:", registry):
        return None
    return clean(" ".join(before)), SeenCredit(text, "credit_element", parsed=parse(text, registry))


# a camera or photo icon in a caption's markup ("fa fa-camera", "icon-camera", "glyphicon-camera", "photo-icon")
_CAMERA_ICON = lazy_re.compile(
    r"(?:^|[\s_-])camera(?:$|[\s_-])|icon[-_]?(?:camera|photo)|(?:camera|photo)[-_]icon", re.I
)


def _credit_line(caption, noise: set, registry: Registry):
    """(element, credit) for a caption whose last line is a credit in an element of its own without a credit
    class (<figcaption><p>caption</p><p>AFP via Getty Images</p></figcaption>): the line is only agency and
    photographer names. A first line is a credit line too when it is that or a credit after a label
    (<span>© Jane Doe/Instagram</span><br><span class="caption">caption</span>): a credit written before the
    caption, which the caption text's credit split (credits at the end) does not find."""
    lines = [
        c
        for c in caption
        if isinstance(c.tag, str) and c.tag != "br" and c not in noise and next(c.iter(*IMG_TAGS), None) is None
    ]
    if len(lines) < 2:
        return None
    for line, first in ((lines[-1], False), (lines[0], True)):
        if line.tag not in _LINE_TAGS:
            continue
        text, label = unlabelled(unit_text(line, noise, set()))
        if not text or len(text.split()) > CREDIT_LINE_WORDS:
            continue
        if _only_credit(text, registry) or (first and label is not None and looks_like_credit(text, registry)):
            return line, SeenCredit(text, "credit_line", label=label, parsed=parse(text, registry))
    return None


def _only_credit(text: str, registry: Registry) -> bool:
    """The text names an agency and nothing but agencies and people ("Name/AFP via Getty Images", "Reuters")."""
    parts = split_parts(text)
    return any(_names_agency(p, registry) for p in parts) and all(
        _names_agency(p, registry) or looks_like_person(p) for p in parts
    )


def _names_agency(part: str, registry: Registry) -> bool:
    """The part is an agency's name and nothing more."""
    hit = registry.match(part)
    return hit is not None and len(part) <= len(hit[1]) + 7  # "AP Photo", "Getty Images"


def caption_credit(caption: str, registry: Registry) -> tuple[str, list[SeenCredit]]:
    """A caption that is only a credit ("Andrew Harnik/Shutterstock" in a figcaption) is a credit line; a credit
    after the caption's last " | " is one too ("Rep. Mark Meadows. | Alex Wong/Getty Images")."""
    paired = _SOURCE_AND_CAPTION.match(caption) or _CAPTION_AND_SOURCE.match(caption)
    if paired is not None:  # BBC's hidden labels: "Image source, Getty Images Image caption, The glacier …"
        text, credit = paired.group("credit").strip(" ,"), parse(paired.group("credit").strip(" ,"), registry)
        return paired.group("caption").strip(), [
            SeenCredit(text, "credit_element", label="Image source", parsed=credit)
        ]
    head, bar, tail = caption.rpartition(" | ")
    if bar and len(tail.split()) <= CREDIT_LINE_WORDS:
        text, label = unlabelled(tail)
        credit = parse(text, registry)
        if credit.agency or credit.photographer:
            return head.strip(), [SeenCredit(text, "credit_line", label=label, parsed=credit)]
    if _source_caption(caption):  # "West Mercia Police", "Facebook" as the caption: the photo's source
        return "", [SeenCredit(caption, "credit_line", parsed=parse(caption, registry))]
    if len(caption.split()) <= CREDIT_LINE_WORDS // 2 + 2:
        text, label = unlabelled(caption)
        credit = parse(text, registry)
        if credit.agency and all(
            _names_agency(part, registry) or looks_like_person(part) for part in split_parts(text)
        ):
            return "", [SeenCredit(text, "credit_line", label=label, parsed=credit)]
        if _PERSON_SLASH_OUTLET.match(text) and looks_like_person(text.split("/")[0].strip()):
            return "", [SeenCredit(text, "credit_line", label=label, parsed=credit)]  # "Devindra Hardawar/AOL"
    return caption, []


# A photographer's name and an outlet's, joined by a slash and nothing else ("Devindra Hardawar/AOL", "Jane Doe /
# The Denver Post"): the way a credit is written, never a caption
_PERSON_SLASH_OUTLET = lazy_re.compile(
    r"^[A-ZÀ-Þ][\w.'’-]+(?: [A-ZÀ-Þ][\w.'’-]+){1,3} ?/ ?(?:The )?[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,3}$"
)


def _source_caption(caption: str) -> bool:
    words = caption.split()
    return (
        0 < len(words) <= _SOURCE_CAPTION_WORDS
        and all(word[:1].isupper() for word in words)
        and caption[-1] not in ".!?"
        and names_organisation(caption)
    )


_SOURCE_CAPTION_WORDS = 4  # a caption of names only, this short, that names an organisation is the photo's source


_SOURCE_AND_CAPTION = lazy_re.compile(
    r"^\s*(?:Image|Photo) source,?\s*(?P<credit>.{2,120}?)\s*(?:Image|Media) caption,?\s*(?P<caption>.+)$", re.DOTALL
)


_CAPTION_AND_SOURCE = lazy_re.compile(
    r"^\s*(?:Image|Media) caption,?\s*(?P<caption>.+?)\s*(?:Image|Photo) source,?\s*(?P<credit>.{2,120})$", re.DOTALL
)


# A label glued to the credit by a visually hidden element ("CreditEd Murray/NJ.com")
_GLUED_LABEL = lazy_re.compile(
    r"^(?:Image credit|Photo credit|Image copyright|Image source|Credits?|Photos?|Photograph|Picture|Image|Foto|Bild"
    r"|Bildquelle|Quelle|Source)(?=[A-Z\u00c0-\u00de(\u00a9])"
)


# Labels the credit parser leaves in place ("Bildquelle: dpa", "Photo credit - Reuters")
_LABEL_PREFIX = lazy_re.compile(
    r"^(?:Bildquelle|Bildrechte|Bildnachweis|Fotonachweis|Quelle|Fotos?|Photo credit|Image credit|Image source"
    r"|Image copyright|Copyright|Credits?|Photos?|Photograph|Source|Fuente|Foto de|Crédito)\s*[:\-–|]\s*",
    re.IGNORECASE,
)


# Controls printed at the end of a caption or credit ("| Close", "Enlarge this image", "toggle caption")
CONTROLS = lazy_re.compile(
    r"(?:\s*\|)?\s*\b(?:Close|Schlie\u00dfen|Fermer|Cerrar|Chiudi|Enlarge(?: this image)?|Expand|Zoom|"
    r"(?:hide|show|toggle) caption|(?:view|see) (?:full[- ]size|larger|full) (?:image|photo|picture))\s*$",
    re.IGNORECASE,
)


_LONGEST_CONTROL = len("view full-size picture")
# A gallery's launcher, all of a picture's text: its name and how many pictures it holds, or a button's words
_LAUNCHER = lazy_re.compile(
    r"^(?:(?:(?:(?:photo\s*)?gallery|slide\s*show|galerie|bildergalerie|fotostrecke|bilderstrecke|diaporama|galer[ií]a"
    r"|fotogaler[ií]a)\s*:?\s*)?\(?\d{1,3}\s+(?:photos?|pictures?|images?|bilder|fotos?|im[aá]genes)\)?"
    r"|(?:view|see|open|browse)\s+(?:the\s+)?(?:all\s+\d{1,3}\s+)?(?:photo\s+)?(?:gallery|photos|pictures|slide\s*show))$",
    re.IGNORECASE,
)
_LONGEST_LAUNCHER = 48


def without_controls(text: str) -> str:
    """The text without the controls that end it ("Enlarge this image", "Close"); nothing when all of it is a
    gallery's launcher ("Fotostrecke: 9 Bilder", "Photo gallery: 12 photos", "View gallery")."""
    if len(text) <= _LONGEST_LAUNCHER and _LAUNCHER.match(text.strip()):
        return ""
    while text:
        # a control ends the text: only its word, white space and a bar can match, so the search starts at most
        # one word before the end, and before any white space and bars that lead up to it
        start = max(0, len(text.rstrip()) - _LONGEST_CONTROL)
        while start and (text[start - 1].isspace() or text[start - 1] == "|"):
            start -= 1
        match = CONTROLS.search(text, start)
        stripped = (text[: match.start()] + text[match.end() :] if match else text).rstrip(" |")
        if stripped == text:
            return text
        text = stripped
    return text


def unlabelled(text: str) -> tuple[str, str | None]:
    """A credit element's text without its leading label and enclosing brackets, and the label as written."""
    text = without_controls(clean(text))
    labelled = _LABEL_PREFIX.match(text)
    if labelled and labelled.end() < len(text):
        stripped, _ = unlabelled(text[labelled.end() :])
        return stripped, labelled.group(0).strip()
    glued = _GLUED_LABEL.match(text)
    if glued:
        text = text[glued.end() :]
    stripped = strip_labels(text)
    label = glued.group(0) if glued else None
    if stripped != text:
        at = text.find(stripped)
        prefix = text[:at].strip(" ([") if at > 0 else ""
        label = label or prefix or None
    return stripped, label


BOX_CAPTION = 300  # characters: a paragraph longer than this beside an image is story text, not its caption


_TITLE_CLASS = lazy_re.compile(r"title|headline|(?:^|[-_\s])hed(?:$|[-_\s])", re.IGNORECASE)
