"""HTML pages: every article image with its alt text, caption and credit, located by line and column.

Parsed with lxml (libxml2), which keeps each element's source line: CI annotations need it, and the lexbor
parser (selectolax), though ~2.5x faster on ../shared/corpus/html, keeps no positions.

An image's *unit* is the largest figure-like element around it that holds no other image (a <figure>, a
WordPress .wp-caption, a gallery slide...). Captions and credits are looked for inside the unit by the selectors
in HtmlSelectors, which a publisher's policy can replace for its own markup.
"""

from __future__ import annotations

from collections import Counter
from itertools import chain
from typing import Any

from checker import lazy_re
from checker.credits.captions import split_credits
from checker.credits.registry import Registry
from checker.evidence import ImageEvidence, SeenCredit, decide
from checker.model import Article, Evidence, ImageRecord, LineLocation
from checker.policy.selectors import HtmlSelectors
from checker.readers.html import role
from checker.readers.html.around import (
    CAPTION_LABEL,
    alt_agency_credit,
    alt_bracket_credit,
    alt_printed_beside,
    attribute_caption,
    caption_beside,
    caption_box,
    caption_paragraph,
    credit_cell,
    following_credits,
    labelled_credit_block,
    labelled_credits,
    own_line,
    paragraph_caption,
    slide_caption,
    table_caption,
    table_of,
    top_and_box,
    wrappers,
)
from checker.readers.html.candidates import (
    IMG_TAGS,
    INLINE_BACKGROUND,
    decode_and_parse,
    dedupe_noscript,
    drop_tree,
    image_address,
    image_elements,
    lazy_attributes,
    scan,
)
from checker.readers.html.caption_text import (
    caption_and_credits,
    caption_credit,
    unit_text,
    unlabelled,
    without_controls,
)
from checker.readers.html.chrome import (
    UNREAD_SLIDE_CREDIT,
    chrome_without_reading,
    decide_role,
    lightbox_slide,
    named_like_slides,
)
from checker.readers.html.copies import mark_duplicates
from checker.readers.html.gallery import ALT_SHOWN_AS_CAPTION, script_slides
from checker.readers.html.head import (
    HeadFacts,
    body_og_image,
    head_of,
    headline_address,
    page_title,
    published,
)
from checker.readers.html.jsonld import read_jsonld
from checker.readers.html.lead import (
    featured_credit,
    story_credit_line,
)
from checker.readers.html.page import (
    ARTICLE,
    FIGURE,
    FIGURE_TAG,
    PAGE_WIDE,
    PARAGRAPH_TEXT,
    TEXT,
    WRAPPER,
    Page,
)
from checker.readers.html.position import locate
from checker.readers.html.seen import Seen
from checker.readers.photo_files import file_key
from checker.readers.text_patterns import CLOSING_COUNTER
from checker.textnorm import clean

MAX_UNIT_TEXT = 2000  # a "figure" holding more text than this is a section of the page, not a figure
MAX_CLIMB = 6
_UNLOCATED = LineLocation(line=1, column=1)  # replaced once every image of the page is located


def read_html(
    source: str,
    data: bytes,
    registry: Registry,
    selectors: HtmlSelectors | None = None,
    *,
    charset: str | None = None,
) -> Article:
    """Every image of the page, each with its role (content, chrome or unsure) and the signal for it.

    `charset` is the encoding the transport declared (the HTTP Content-Type of a WARC record), if any."""
    selectors = selectors or HtmlSelectors()
    data, root = decode_and_parse(data, charset)
    lazy = lazy_attributes(data)
    head = head_of(root)
    facts = HeadFacts(head)
    og_image = facts.og_image or body_og_image(root)
    lead = file_key(og_image) if og_image else None
    backgrounds = INLINE_BACKGROUND.search(data) is not None
    scripts, noscripts, found, figures = scan(root, lazy, backgrounds, lead)
    structured, jsonld_date = read_jsonld(scripts)
    dropped = dedupe_noscript(noscripts)
    page = Page(selectors, facts.url or headline_address(root), registry)
    page.figures = figures
    page.lead = lead
    seen: list[Seen] = []
    claimed: set = set()  # captions found beside an image, each for one image
    candidates = [(element, list(element.iterancestors())) for element in image_elements(found, dropped)]
    copies = _copies(candidates)  # the same <img> written twice in one element counts once
    page.lineages = [lineage for _, lineage in candidates]
    held = Counter(chain.from_iterable(lineage for e, lineage in candidates if e not in copies))  # images under each
    held.update(e for e, _ in candidates if e.tag not in IMG_TAGS and e not in copies)  # a placeholder holds its own
    for element, lineage in candidates:
        attributes = dict(element.items())  # one call: most of them are asked for below
        src = image_address(element, attributes, lazy)
        if role.non_image(src, attributes):
            continue  # no image URL, a tracking pixel, an SVG icon: nothing to audit
        assert src is not None
        if element in copies:
            evidence = ImageEvidence(location=_UNLOCATED, src=src, alt=_alt(element), signals=["image"])
            evidence.chrome("duplicate: the same image written again in the same element")
            seen.append(Seen(element, element, lineage, evidence, False))
            continue
        unit = _unit(element, lineage, held, page)
        box = None
        if (unit is element or unit is top_and_box(element, lineage)[1]) and page.in_article(element, lineage):
            box = caption_box(element, lineage, held, page)  # in the story only: beside it, a box is a teaser
        if box is not None:
            unit = box[0]
        gallery = page.galleries.root(lineage)
        furniture = role.furniture(src, attributes) or role.small_box(element, attributes)
        lightbox = furniture is not None and lightbox_slide(element, furniture, page)
        if lightbox or (furniture is not None and gallery is not None and named_like_slides(src, furniture, gallery)):
            furniture = None  # drawn small, or named "logo", but a slide: its link opens the photo, or it is kept
            # where the gallery's photos are ("…/thumb480/aurora-nightly-beta-logos.png" among "…/thumb480/SNAG-…")
        reason = chrome_without_reading(
            element, lineage, attributes, src, unit, gallery, page, furniture, held, lightbox
        )
        if reason:
            evidence = ImageEvidence(location=_UNLOCATED, src=src, alt=_alt(element), signals=["image"])
            evidence.chrome(reason)
            if unit is not element:  # a figure in site chrome: its ignore codes, as a read image has them
                evidence.ignore = page.ignores(element, lineage)
            seen.append(Seen(element, unit, lineage, evidence, False))
            continue
        caption_text, credit_texts = caption_and_credits(unit, element, page, wrappers(element, lineage, held))
        signals = []
        if box is not None and not caption_text and not credit_texts:
            caption_text = without_controls(unit_text(box[1], set(), set()))
            if caption_text and page.registry is not None:
                caption_text, credit_texts = caption_credit(caption_text, page.registry)
            if caption_text and not credit_texts and (split := labelled_credits(caption_text, page, "credit_element")):
                caption_text, credit_texts = split  # "... island. Photograph by Name"
            signals.append("caption-box")
        elif (
            not caption_text
            and credit_texts
            and all(seen.where == "data_attribute" for seen in credit_texts)
            and (beside := caption_beside(unit, element, lineage, held, page)) is not None
            and beside not in claimed
        ):
            # a credit only in a data-* attribute, the printed caption beside the figure ("<figure><img
            # data-credit=…></figure><figcaption>Caption. (Name)</figcaption>"): the printed one is read
            claimed.add(beside)
            printed, printed_credits = caption_and_credits(beside, None, page)
            if printed or printed_credits:
                caption_text, credit_texts = printed, printed_credits or credit_texts
                signals.append("caption-beside")
        elif not caption_text and not credit_texts and (line := own_line(element, lineage, held, page)):
            caption_text, credit_texts = line
            signals.append("caption-line")
        elif not caption_text and not credit_texts:
            beside = caption_beside(unit, element, lineage, held, page)
            if beside is not None and beside in claimed:
                beside = None  # the caption of an image before it
            if beside is not None:
                claimed.add(beside)
            if beside is None and gallery is not None:
                beside = page.galleries.caption_item(element, lineage, gallery, held, page.holds_caption)
                if beside is not None:
                    signals.append("gallery-caption-list")
            elif beside is not None:
                signals.append("caption-beside")
            if beside is not None:
                caption_text, credit_texts = caption_and_credits(beside, None, page)
                if not credit_texts and beside.tag in ("td", "th", "tr") and (table := table_of(beside)) is not None:
                    credit_texts = credit_cell(table, beside)
                if caption_text and not credit_texts:  # "Photo: <strong>Name • Agency</strong>" in a block of its own
                    caption_text, credit_texts = labelled_credit_block(beside, caption_text, page)
                extras = following_credits(beside, held, page) if "caption-beside" in signals else []
                for extra in extras:  # a credit in the next sibling of the caption
                    claimed.add(extra)
                    more_caption, more_credits = caption_and_credits(extra, None, page)
                    caption_text = " ".join(t for t in (caption_text, more_caption) if t)
                    credit_texts += [c for c in more_credits if c.text not in {k.text for k in credit_texts}]
            else:
                caption_text, credit_texts = attribute_caption(element, lineage, page)
                if caption_text or credit_texts:
                    signals.append("caption-attribute")
                    labelled = None if caption_text else caption_paragraph(element, lineage, held)
                    if labelled and labelled[0] not in claimed and CAPTION_LABEL.match(TEXT(labelled[0])):
                        claimed.update(labelled)  # the alt text's credit ("(Credit: Nasa)"), the caption printed under
                        caption_text = paragraph_caption(labelled)
                        signals.append("caption-paragraph")
                elif gallery is not None and (own := slide_caption(element, lineage, gallery, held, page)):
                    caption_text, credit_texts, unread = own
                    signals.append("gallery-slide-text")
                    if unread:
                        signals.append(UNREAD_SLIDE_CREDIT)
                elif (
                    gallery is not None
                    and (shown := clean(attributes.get("title") or attributes.get("alt") or ""))
                    and page.galleries.shows_alt_as_caption(gallery)
                ):
                    caption_text = shown  # the gallery's caption area shows each slide's alt text in turn
                    signals.append(ALT_SHOWN_AS_CAPTION)
                elif (repeated := alt_printed_beside(element, lineage, held)) is not None and page.in_article(
                    element, lineage
                ):
                    caption_text = repeated
                    signals.append("caption-repeats-alt")
                elif (cell := table_caption(element, lineage, held, page)) is not None and page.in_article(
                    element, lineage
                ):
                    caption_text, credit_texts = cell
                    signals.append("caption-table-row")
                elif (paragraph := caption_paragraph(element, lineage, held, page.registry)) is not None and (
                    paragraph[0] not in claimed
                ):
                    claimed.update(paragraph)
                    caption_text = paragraph_caption(paragraph)
                    if page.registry is not None:
                        caption_text, credit_texts = caption_credit(caption_text, page.registry)
                    signals.append("caption-paragraph")
        if (
            not credit_texts
            and gallery is None  # a slide's alt credit would make a teaser gallery's slides look read
            and page.registry is not None
            and (written := alt_agency_credit(element, page.registry))
        ):
            credit_texts = [written]  # "… genocide (Getty Images/AFP/Y. Chiba)": the credit only its alt text gives
            signals.append("alt-credit")
        elif (
            not credit_texts
            and caption_text
            and gallery is None
            and page.registry is not None
            and not split_credits(caption_text, page.registry)[1]
        ):
            # a printed caption with no credit, and the credit only at the end of the alt text, in brackets
            # ("… (imago/UIG)")
            credit_texts = alt_bracket_credit(element, page.registry) or []
            if credit_texts:
                signals.append("alt-credit")
        evidence = _evidence(element, src, caption_text, credit_texts, structured.get(file_key(src)))
        evidence.ignore = page.ignores(element, lineage)
        evidence.signals += signals
        if gallery is not None:
            evidence.signals.append("gallery")
        decide_role(evidence, element, lineage, unit, gallery, furniture, src, held, page)
        seen.append(Seen(element, unit, lineage, evidence, bool(caption_text or credit_texts)))
    extra = _script_slides(scripts, seen, data) + _placeholder_figures(og_image, seen, held, page)
    seen += extra
    mark_duplicates(seen, held)
    featured_credit(seen, og_image, page)
    story_credit_line(seen, page)
    peers = [e for e, _ in candidates] + [s.element for s in extra]
    for item, location in zip(seen, locate(data, [s.element for s in seen], peers), strict=True):
        item.evidence.location = location
    images = [_record(s.evidence, registry, index) for index, s in enumerate(seen)]
    return Article(
        source=source,
        format="html",
        title=page_title(root, facts.title),
        published=published(facts.dates, jsonld_date),
        text=_body_text(root, page, [(s.unit, s.lineage) for s in seen if s.evidence.role != "chrome"]),
        images=images,
    )


def _record(evidence: ImageEvidence, registry: Registry, index: int) -> ImageRecord:
    """The image's record (evidence.decide). A chrome image with nothing read around it, most images of a page,
    has nothing for decide to weigh or parse: its record is written out directly, as decide would write it."""
    if (
        evidence.role == "chrome"
        and not evidence.captions
        and not evidence.credits
        and evidence.caption_split is None
        and evidence.counter is None
        and evidence.lines is None
        and evidence.embedded is None
    ):
        return ImageRecord(
            index=index,
            src=evidence.src,
            alt=evidence.alt,
            location=evidence.location,
            role="chrome",
            evidence=Evidence(signals=list(dict.fromkeys(evidence.signals)), role_reason=evidence.role_reason),
            ignore=evidence.ignore,
        )
    return decide(evidence, registry, index)


def _copies(candidates: list) -> set:
    """Images written twice in one parent with the same source attributes: the second is a copy."""
    first: dict = {}
    copies = set()
    for element, _ in candidates:
        sources = (element.get("src"), element.get("data-src"), element.get("srcset"))
        if sources == (None, None, None):
            continue  # a placeholder known by another attribute (a slide's data-image): no copy of its neighbours
        key = (element.getparent(), *sources)
        if key in first:
            copies.add(element)
        else:
            first[key] = element
    return copies


def _alt(element) -> str | None:
    return element.get("alt") if element.tag in IMG_TAGS else element.get("data-alt")


def _script_slides(scripts: list, seen: list[Seen], data: bytes) -> list[Seen]:
    """Gallery slides known only from a script's JSON, for the photos the markup does not show, on a page whose
    bytes hold a "caption" or "credit" key (`data`: asked only once a script could hold slides)."""
    slides = script_slides(scripts, data) if scripts else []
    if not slides:
        return []
    shown = {file_key(s.evidence.src) for s in seen if s.evidence.src}
    added: list[Seen] = []
    script: Any
    for script, slide in slides:
        key = file_key(slide.src)
        if key in shown:
            continue
        shown.add(key)
        text, label = unlabelled(slide.credit)
        credits = [SeenCredit(text, "data_attribute", label=label)] if text else []
        evidence = ImageEvidence(
            location=_UNLOCATED,
            src=slide.src,
            alt=slide.alt or None,
            captions=[slide.caption],
            credits=credits,
            signals=["gallery", "script-json"],
        )
        if not slide.gallery_key:
            evidence.unsure("a slide known only from a script's JSON")
        added.append(Seen(script, script, list(script.iterancestors()), evidence, True))
    return added


def _placeholder_figures(image: str | None, seen: list[Seen], held: Counter, page: Page) -> list[Seen]:
    """A lead <figure> with a credit but no image element (the script puts it in), on a page that shows no
    other photo: the page's og:image (`image`) is its photo."""
    if not image or any(s.evidence.role != "chrome" for s in seen):
        return []  # only for a page whose photos are all placeholders: og:image is the lead
    for figure in page.figures:
        if held[figure] or next(figure.iter(*IMG_TAGS), None) is not None:
            continue
        lineage = list(figure.iterancestors())
        if page.chrome_holder(figure, lineage) is not None or not page.above(lineage) & ARTICLE:
            continue
        caption_text, credits = caption_and_credits(figure, None, page)
        if not credits:
            continue
        evidence = _evidence(figure, image, caption_text, credits, None)
        evidence.ignore = page.ignores(figure, lineage)
        evidence.signals.append("og:image")
        evidence.unsure("no image element: the photo is the page's og:image")
        return [Seen(figure, figure, lineage, evidence, True)]
    return []


def _unit(img, lineage: list, held: Counter, page: Page):
    """The largest figure-like ancestor that holds only this image and not much more text."""
    best = img
    depth = 0
    known, classify = page.places.known, page.places.classify  # the memo read inline: this loop is hot
    for ancestor in lineage:
        bits = known.get(ancestor)
        if bits is None:
            bits = classify(ancestor)
        if bits & WRAPPER:
            continue
        depth += 1
        if depth > MAX_CLIMB or bits & PAGE_WIDE or held[ancestor] > 1:
            break
        if bits & (FIGURE | FIGURE_TAG):
            if len(TEXT(ancestor)) > MAX_UNIT_TEXT:
                break
            best = ancestor
            if bits & FIGURE_TAG:
                break  # the semantic unit: its caption is inside it
    return best


def _evidence(img, src, caption_text: str, credits: list[SeenCredit], structured: str | None) -> ImageEvidence:
    counter = None
    if caption_text:
        caption_text = _LEADING_COUNTER.sub("", caption_text)  # "1 of 2. Portugal's Prime Minister …"
        closing = CLOSING_COUNTER.search(caption_text)  # "Firefox Aurora [2/10]": a slide's counter left on
        if closing is not None and caption_text[closing.start() - 1 : closing.start()].isspace():
            caption_text, counter = caption_text[: closing.start()].rstrip(), closing.group(1)
        for seen in credits:  # "CAPE COD TIMES FILE Sunscreens' …" with the credit printed again after it (a
            # credit in capitals before the caption: "UC Global photo of …" is a sentence that names its source)
            if len(seen.text) > 3 and seen.text.isupper() and caption_text.startswith(seen.text + " "):
                caption_text = caption_text[len(seen.text) :].lstrip()
    if structured:
        credits = [*credits, SeenCredit(structured, "jsonld")]
    return ImageEvidence(
        location=_UNLOCATED,
        src=src,
        alt=_alt(img),
        captions=[caption_text],
        credits=credits,
        counter=counter,
        signals=["figure" if credits or caption_text else "image"],
    )


_LEADING_COUNTER = lazy_re.compile(r"^\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*[.:)]\s+")


def _body_text(root, page: Page, units: list[tuple]) -> str:
    """Paragraph text of the article around the images, figures taken out (for captions repeated in the body).
    `units` are (unit, lineage of its image).

    Runs last: it removes the image units from the tree. Pages without captioned images need no body text."""
    if not units:
        return ""
    tops = []  # the outermost article element above each unit (so no two of them nest)
    for unit, lineage in units:
        above = lineage[lineage.index(unit) + 1 :] if unit in lineage else lineage
        tops.append(next((a for a in reversed(above) if page.places(a) & ARTICLE), None))
    scope = list(dict.fromkeys(top for top in tops if top is not None)) or [root]
    for unit, _ in units:
        if unit.getparent() is not None:
            drop_tree(unit)
    return " ".join(chain.from_iterable(map(PARAGRAPH_TEXT, scope)))  # rules fold it
