"""Credits printed away from their photo: the lead photo's credit as a line of the story ("[Featured Image by
Name/Getty Images]", "Titelbild: dpa") or in the story's meta block after a header that shows the photo bare; and
a line that credits a story's pictures together ("Photos: Getty Images"), whose bare pictures take it as unsure.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from checker import lazy_re
from checker.credits.parse import (
    plausible_credit,
)
from checker.evidence import SeenCredit
from checker.readers.html.caption_text import (
    caption_credit,
    names_credit,
)
from checker.readers.html.copies import original_photo, photo_address
from checker.readers.html.page import (
    ARTICLE,
    TEXT,
    Page,
)
from checker.readers.html.seen import Seen
from checker.readers.photo_files import unarchived
from checker.textnorm import clean


def featured_credit(seen: list[Seen], og_image: str | None, page: Page) -> None:
    """The credit of the page's lead photo printed as a line of the story, away from the photo ("[Featured Image
    by Joe Raedle/Getty Images]", "Titelbild: dpa"): for the lead photo (the og:image, in any rendition) when it
    is shown with no credit, from a short paragraph of the article that holds it."""
    if not og_image or page.registry is None:
        return
    lead = original_photo(photo_address(og_image))
    item = next((s for s in seen if s.evidence.src and original_photo(photo_address(s.evidence.src)) == lead), None)
    path = urlsplit(unarchived(og_image)).path  # (a capture's address: the original's path)
    if item is None and len(path) > _RESIZED_PATH:  # an image resizer's address, the photo's own in its query
        item = next((s for s in seen if s.evidence.src and path in unquote(s.evidence.src)), None)
    if item is None or item.evidence.role == "chrome" or item.evidence.credits:
        return
    story = next((a for a in item.lineage if a.tag in ("article", "main") or page.places(a) & ARTICLE), None)
    if story is None:
        return
    lines = {clean(text) for p in story.iter("p") if len(text := TEXT(p)) <= FEATURED_LINE}
    found = [m for line in lines if (m := _FEATURED.match(line))]
    if len(found) == 1:
        text, label = found[0].group("credit").strip(), found[0].group("label").strip()
        item.evidence.credits.append(SeenCredit(text, "credit_line", label=label))
        item.evidence.signals.append("featured-credit-line")
    elif not found and not any(map(clean, item.evidence.captions)) and (line := _credit_after_lead(item, story, page)):
        caption, credits = line
        item.evidence.captions.insert(0, caption)
        item.evidence.credits += credits
        item.evidence.signals.append("lead-credit-element")


def _credit_after_lead(item: Seen, story, page: Page) -> tuple[str, list[SeenCredit]] | None:
    """The lead photo shown bare, its "caption | credit" in the one element named for a credit that the story
    prints after it and before its next picture (a header shows the photo, the story's meta block its credit:
    "Rep. Mark Meadows. | Alex Wong/Getty Images"), when that credit names an agency."""
    after, found = False, []
    for element in story.iter():
        if element is item.element:
            after = True
        elif not after or not isinstance(element.tag, str):
            continue
        elif element.tag == "img":
            break
        elif names_credit(element) and not any(f in found for f in element.iterancestors()):
            found.append(element)
    if len(found) != 1 or page.registry is None:
        return None
    text = clean(TEXT(found[0]))
    if not text or len(text) > FEATURED_LINE:
        return None
    caption, credits = caption_credit(text, page.registry)
    if not credits or not all(seen.parsed and seen.parsed.agency for seen in credits):
        return None
    return caption, credits


_RESIZED_PATH = 12  # characters: a path long enough to name one photo ("/c2/76/6165…/20191229-mark-meadows.jpg")


FEATURED_LINE = 160  # characters: a line that credits the lead photo is short


_FEATURED = lazy_re.compile(
    r"^[\[(]?\s*(?P<label>(?:featured|feature|header|top|lead|cover|hero|title|main)\s+(?:image|photo|picture|pic)"
    r"(?:\s+(?:by|credit|courtesy(?:\s+of)?|via|source))?\s*[:\-–]?|(?:Titelbild|Beitragsbild|Aufmacherbild|Headerbild)"
    r"\s*:|题图(?:来自|：|:))\s*(?P<credit>[^\[\]()]{2,100}?)\s*[\])]?\.?$",
    re.IGNORECASE,
)


def story_credit_line(seen: list[Seen], page: Page) -> None:
    """A story that credits its pictures together, in a line of its own ("Imagen | Dacia, Tesla y Mercedes",
    "Photos: Getty Images"): its pictures shown with no credit beside them take that credit, and are unsure (which
    picture is whose, the page does not say): listed, with no error raised on them."""
    bare = [
        s
        for s in seen
        if s.evidence.role in ("content", "unsure")
        and not s.evidence.credits
        and not any(map(clean, s.evidence.captions))
    ]
    if not bare or page.registry is None:
        return
    units = {id(s.unit) for s in seen}  # (a figure's own "Foto: Name" is its credit, not the story's line)
    story = next((a for a in bare[0].lineage if a.tag in ("article", "main") or page.places(a) & ARTICLE), None)
    if story is None:
        return
    for paragraph in story.iter("p", "h5", "h6"):  # (a small heading under the story: "<h6>Photos: Getty Images</h6>")
        text = TEXT(paragraph)
        if len(text) > FEATURED_LINE or (found := _STORY_CREDIT.match(clean(text))) is None:
            continue
        if any(a.tag in ("figure", "figcaption") or id(a) in units for a in paragraph.iterancestors()):
            continue
        credit, label = found.group("credit").strip(), found.group("label").strip()
        if plausible_credit(credit, label, page.registry):
            for item in bare:
                if any(a is story for a in item.lineage):
                    item.evidence.credits.append(SeenCredit(credit, "credit_line", label=label))
                    item.evidence.signals.append("story-credit-line")
                    item.evidence.unsure(
                        f"the story credits its pictures together, in a line of its own ({text[:60]!r})"
                    )
            return


# "Imagen | Dacia, Tesla y Mercedes", "Fotos: dpa", "Photos: Jane Doe": the pictures' credit as a line of the story
_STORY_CREDIT = lazy_re.compile(
    r"^(?P<label>im[aá]gen(?:es)?|fotos?|fotograf[ií]as?|photos?|photographs|images?|pictures|bilder?)\s*[|:]\s*"
    r"(?P<credit>[^|:]{2,100})$",
    re.IGNORECASE,
)
