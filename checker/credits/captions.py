"""Finding credit lines written into caption text, including ones a scrape glued on without a space.

    "...reports claimCredit: AP:Associated Press"   label credit, glued
    "...in Buffalo, N.Y.  (AP Photo/Jeffrey T. Barnes)"   parenthetical credit
    "...the SenateREUTERS/Jane Doe"                   agency-led credit, glued
    "...on Thursday. Tim Robberts/Getty Images"       slash credit after the last sentence
    "...© Ben Stansall/AFP/Getty Images"              copyright sign

Credits are peeled off the end of the text one at a time, so a caption that carries two credits (the Washington
Post's doubled credit) yields both, in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checker.credits.parse import LABEL_WORDS, parse, strip_labels
from checker.credits.registry import Registry, default_registry
from checker.model import Credit

_MAX_WORDS = 16
_LABEL = re.compile(rf"(?:{LABEL_WORDS})\s*:|(?:Photo|Picture|Image)s?\s+by\b|PHOTO BY\b")
_BRACKETED = re.compile(r"(?P<label>)[(\[](?P<body>[^()\[\]]{2,160})[)\]]\s*\.?\s*$")
_COPYRIGHT = re.compile(r"(?P<label>©|\([cC]\))\s*(?P<body>[^©]{2,120}?)\s*$")
_LEADING_AGENCY = re.compile(
    r"(?P<label>)(?P<body>(?:REUTERS|Reuters|AFP PHOTO|AFP Photo|AP Photo|AP PHOTO|AAP Image|AAPIMAGE|ANSA|EPA|EPA-EFE)"
    r"\s*/\s*[^/()\n]{2,60}(?:/[^/()\n]{1,60}){0,3})\s*$"
)
_SENTENCE_TAIL = re.compile(r"[.!?][\"'’”)]?\s*(?P<label>)(?P<body>[^.!?()\[\]\n]{3,120})$")
_SEPARATOR_BEFORE = set("([{|–—-/,;:")
_SENTENCES = re.compile(r"[.!?]\s+[A-Z][a-z]+\s+\w+\s+\w+")  # a second sentence: not a credit


@dataclass(frozen=True)
class CreditSpan:
    start: int  # where the credit, with its label, begins in the text
    raw: str  # the credit without its label or brackets' outer space
    label: str | None
    glued: bool  # no space or separator between caption and credit
    empty: bool = False  # a label with nothing after it
    credit: Credit | None = None  # `raw` parsed, when finding the span took parsing it


def split_credits(text: str, registry: Registry | None = None) -> tuple[str, list[CreditSpan]]:
    """Split text into the caption and the credits at its end (reading order)."""
    registry = registry or default_registry()
    spans: list[CreditSpan] = []
    rest = text.rstrip()
    for _ in range(3):
        span = _last_credit(rest, registry)
        if span is None:
            break
        spans.insert(0, span)
        rest = rest[: span.start].rstrip()
    return rest, spans


def _last_credit(text: str, registry: Registry) -> CreditSpan | None:
    best: CreditSpan | None = None
    for finder in (_label_credit, _bracketed_credit, _copyright_credit, _leading_agency_credit, _tail_credit):
        span = finder(text, registry)
        if span is not None and (best is None or span.start < best.start):
            best = span
    return best


def _tail_start(text: str, longest: int) -> int:
    """Where to start looking for a pattern anchored at the end that spans at most `longest` characters:
    searching the whole of a long caption tries the pattern at every position."""
    return max(0, len(text) - longest)


def _glued(text: str, start: int) -> bool:
    if start == 0:
        return False
    before = text[start - 1]
    return not before.isspace() and before not in _SEPARATOR_BEFORE


def _is_credit_like(body: str) -> bool:
    if not 0 < len(body.split()) <= _MAX_WORDS or _SENTENCES.search(body):
        return False
    return body.count("(") == body.count(")") and body.count("[") == body.count("]")


# Each finder first asks for the one character or word its pattern cannot do without (plain substring tests),
# so most captions skip the regular expressions: a caption is searched up to three times, five finders each.


def _label_credit(text: str, registry: Registry) -> CreditSpan | None:
    if ":" not in text and "by" not in text and "BY" not in text:
        return None
    pos = 0
    while match := _LABEL.search(text, pos):
        body, label, glued = text[match.end() :].strip(), match.group(0).strip(), _glued(text, match.start())
        if not body:
            return CreditSpan(match.start(), "", label, glued, empty=True)
        if _is_credit_like(body):
            return CreditSpan(match.start(), body, label, glued)
        pos = match.end()
    return None


def _bracketed_credit(text: str, registry: Registry) -> CreditSpan | None:
    if text.rstrip(" .")[-1:] not in (")", "]"):
        return None
    match = _BRACKETED.search(text, _tail_start(text, 170))
    if not match or not _is_credit_like(match.group("body")):
        return None
    body = match.group("body").strip()
    unlabelled = strip_labels(body)
    credit = parse(unlabelled, registry)
    if credit.agency is None and unlabelled == body:
        return None  # an aside in brackets, not a credit
    label = body[: len(body) - len(unlabelled)].strip() if body.endswith(unlabelled) else ""
    return CreditSpan(match.start(), unlabelled, label or None, _glued(text, match.start()), credit=credit)


def _copyright_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "©" not in text and "(c)" not in text and "(C)" not in text:
        return None
    match = _COPYRIGHT.search(text)
    if not match or not _is_credit_like(match.group("body")):
        return None
    return CreditSpan(match.start(), match.group("body"), match.group("label"), _glued(text, match.start()))


def _leading_agency_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "/" not in text:
        return None
    match = _LEADING_AGENCY.search(text, _tail_start(text, 320))
    if not match:
        return None
    return CreditSpan(match.start("body"), match.group("body"), None, _glued(text, match.start("body")))


def _tail_credit(text: str, registry: Registry) -> CreditSpan | None:
    if "/" not in text and " via " not in text and " | " not in text:
        return None
    match = _SENTENCE_TAIL.search(text, _tail_start(text, 130))
    if not match:
        return None
    body = match.group("body").strip()
    if not re.search(r"/| via | \| ", body) or len(body.split()) > 10:
        return None
    credit = parse(body, registry)
    if credit.agency is None:
        return None
    start = match.start("body") + (len(match.group("body")) - len(match.group("body").lstrip()))
    return CreditSpan(start, body, None, _glued(text, start), credit=credit)
