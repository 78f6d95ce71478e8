"""Scraped plain text: image blocks found by their credit lines, with the alt text and gallery counter above.

A scraped gallery image typically reads (The Sun, ../shared/seed):

     ISIS chief ... reports claim               <- alt text (the scrape indents it)
    6                                           <- gallery counter
    ISIS chief ... reports claimCredit: AP:...  <- caption with the credit glued on

Everything that is not an image block or page chrome is body text.
"""

from __future__ import annotations

import re

from checker.credits.captions import split_credits
from checker.credits.registry import Registry
from checker.evidence import ImageEvidence, SeenCredit, decide
from checker.model import Article, LineLocation
from checker.textnorm import clean, fold

_COUNTER = re.compile(
    r"^\s*(?:\d{1,3}|\d{1,3}\s*(?:of|/)\s*\d{1,3}|(?:Image|Photo|Picture|Slide)\s+\d{1,3}(?:\s+of\s+\d{1,3})?)\s*$",
    re.IGNORECASE,
)
# An image reference on its own line: a path or URL to an image file, or Markdown ![alt](src).
_IMAGE_REF = re.compile(
    r"^\s*(?:!\[(?P<alt>[^\]]*)\]\((?P<md>[^)\s]+)[^)]*\)|(?P<bare>\S+\.(?:jpe?g|png|webp|gif|tiff?|avif|heic)(?:\?\S*)?))\s*$",
    re.IGNORECASE,
)
_CHROME = re.compile(
    r"^(?:jump|skip)(?: directly)? to (?:the )?(?:main )?content|^topics$|^advertisement$|^share(?: this)?(?: article)?$"
    r"|\[email\W*protected\]|^we pay for your stories|^(?:sign up|subscribe)\b|^comments?$|^(?:read more|related)$"
    r"|^(?:follow us|view comments|most read)\b",
    re.IGNORECASE,
)


def is_chrome(line: str) -> bool:
    text = clean(line)
    return not text or bool(_CHROME.search(text))


def read_text(source: str, text: str, registry: Registry) -> Article:
    lines = text.splitlines()
    used: set[int] = set()
    found: list[ImageEvidence] = []
    for number, line in enumerate(lines):
        caption, spans = split_credits(line, registry)
        if not spans:
            continue
        used.add(number)
        first = number
        caption = clean(caption)
        credits: list[SeenCredit] = []
        signals = ["credit-at-line-end"]
        if (
            not caption
            and _free(lines, used, number - 1)
            and not _COUNTER.match(lines[number - 1])
            and not _IMAGE_REF.match(lines[number - 1])
        ):
            first = number - 1  # a credit-only line under its caption line
            caption = clean(lines[first])
            used.add(first)
            credits, spans, signals = [SeenCredit.from_span(s, "credit_line") for s in spans], [], ["credit-line"]
        counter, alt, above = _preceding(lines, used, first, caption)
        src, ref_alt = _image_ref(lines, used, above)
        top = above if src else above + 1  # the block's first line: image reference, alt or counter
        evidence = ImageEvidence(
            location=LineLocation(line=first + 1, column=1 + len(lines[first]) - len(lines[first].lstrip())),
            src=src,
            alt=alt if alt is not None else ref_alt,
            captions=[caption],
            caption_split=(caption, spans),
            credits=credits,
            counter=counter,
            signals=signals + (["counter"] if counter else []) + (["alt-line"] if alt is not None else []),
            lines=(top + 1, number + 1),
        )
        found.append(evidence)
    for number in range(len(lines)):  # images shown with neither caption nor credit
        if number not in used:
            src, alt = _image_ref(lines, used, number)
            if src:
                found.append(
                    ImageEvidence(
                        location=LineLocation(line=number + 1, column=1),
                        src=src,
                        alt=alt,
                        signals=["image-reference"],
                        lines=(number + 1, number + 1),
                    )
                )
    found.sort(key=lambda evidence: getattr(evidence.location, "line", 0))
    images = [decide(evidence, registry, index) for index, evidence in enumerate(found)]
    body = [clean(line) for n, line in enumerate(lines) if n not in used and not is_chrome(line)]
    return Article(
        source=source,
        format="text",
        text="\n".join(body),
        images=images,
        alt_observable=any(image.alt is not None for image in images),
    )


def _free(lines: list[str], used: set[int], number: int) -> bool:
    return number >= 0 and number not in used and not is_chrome(lines[number])


def _image_ref(lines: list[str], used: set[int], number: int) -> tuple[str | None, str | None]:
    """An image reference line at `number` (src, Markdown alt), marked as used."""
    if number < 0 or number in used:
        return None, None
    match = _IMAGE_REF.match(lines[number])
    if not match:
        return None, None
    used.add(number)
    if match.group("md"):
        return match.group("md"), clean(match.group("alt")) or None
    return match.group("bare"), None


def _preceding(lines: list[str], used: set[int], first: int, caption: str) -> tuple[str | None, str | None, int]:
    """The gallery counter and alt-text lines directly above an image block, marked as used,
    and the number of the line above them."""
    counter = alt = None
    above = first - 1
    if _free(lines, used, above) and _COUNTER.match(lines[above]):
        counter = lines[above].strip()
        used.add(above)
        above -= 1
    if _free(lines, used, above) and not _IMAGE_REF.match(lines[above]):
        line = lines[above]
        if line[:1].isspace() or (caption and fold(line) == fold(caption)):
            alt = clean(line)
            used.add(above)
            above -= 1
    return counter, alt, above
