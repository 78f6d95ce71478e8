"""The one place where an image's caption, licensing credit, other credits and role are decided.

Readers only collect what they saw around an image, as an ImageEvidence: caption candidates, every credit string
with where it was seen (caption tail, a line of its own, a credit element, a data-* attribute, JSON-LD, a CMS
field), the alt text, a gallery counter, and the signals that make it content or chrome. `decide` turns that
into the ImageRecord the rules judge, parsing each credit string exactly once. Rules read the result and never
parse a credit again.

Which credit licenses the image: among the credits shown, the last one that names an agency, where credit markup
(a credit element, a data-* attribute, a CMS credit field) outranks a credit written into the caption text
("Photo: Jane Doe" beside "(AP Photo/Jane Doe)" is licensed from AP). With no agency named, the last credit shown.
A credit only in JSON-LD never licenses the image; it is kept as `structured_credit` for comparison.
"""

from __future__ import annotations

from checker.credits.captions import CreditSpan, split_credits
from checker.credits.parse import names_no_one, parse
from checker.credits.registry import Registry
from checker.model import Credit, CreditSeen, Embedded, Evidence, ImageRecord, Location, Observed, Role
from checker.plain import Value, field
from checker.textnorm import clean, fold

# How strongly each place a credit was seen speaks for the image: markup made for credits outranks text.
_RANK: dict[CreditSeen, int] = {
    "caption_tail": 0,
    "alt": 0,
    "credit_line": 1,
    "credit_element": 2,
    "data_attribute": 2,
    "cms_field": 2,
    "jsonld": -1,  # never the licensing credit
}


class SeenCredit(Value):
    """One credit string as a reader saw it."""

    text: str  # without its label and enclosing brackets
    where: CreditSeen
    label: str | None = None  # "Credit:", "Photo:", "©" ... as written
    glued: bool = False  # no space or separator between it and the caption
    empty: bool = False  # a label with nothing after it
    parsed: Credit | None = None  # `text` parsed, when finding it already took parsing it

    @classmethod
    def from_span(cls, span: CreditSpan, where: CreditSeen = "caption_tail") -> SeenCredit:
        return cls(span.raw, where, span.label, span.glued, span.empty, span.credit)


class ImageEvidence(Value):
    """Everything a reader collected about one image, before any decision."""

    location: Location
    src: str | None = None
    alt: str | None = None
    # Caption candidates, most specific first; the first that is not empty is the caption. Credits written at
    # the end of a caption's text are split off by `decide` unless the reader split them already (`caption_split`).
    captions: list[str] = field(default_factory=list)
    caption_split: tuple[str, list[CreditSpan]] | None = None
    credits: list[SeenCredit] = field(default_factory=list)  # credits seen outside the caption text, in order
    counter: str | None = None  # a gallery counter left beside the image
    signals: list[str] = field(default_factory=list)  # what the image was recognised by
    lines: tuple[int, int] | None = None  # scraped text: first and last line of the block
    role: Role = "content"
    role_reason: str | None = None
    ignore: list[str] = field(default_factory=list)
    embedded: Embedded | None = None  # metadata a CMS holds for the photo

    def chrome(self, reason: str) -> None:
        self.role, self.role_reason = "chrome", reason

    def unsure(self, reason: str) -> None:
        if self.role == "content":
            self.role, self.role_reason = "unsure", reason


def decide(evidence: ImageEvidence, registry: Registry, index: int = 0) -> ImageRecord:
    """The image record: caption, licensing credit, other credits and artefacts, from what was seen."""
    caption_text = next((text for text in map(clean, evidence.captions) if text), "")
    if evidence.caption_split is not None:
        caption, spans = evidence.caption_split
    elif caption_text:
        caption, spans = split_credits(caption_text, registry)
    else:
        caption, spans = "", []
    seen = [SeenCredit.from_span(span) for span in spans] + evidence.credits
    parsed: dict[str, Credit] = {}  # each string parsed once
    # a stable sort by rank keeps reading order within a rank
    shown = sorted(
        (
            (c, _parsed(c, registry, parsed))
            for c in seen
            if c.text.strip() and _RANK[c.where] >= 0 and not names_no_one(c.text)
        ),
        key=lambda pair: _RANK[pair[0].where],
    )
    named = [pair for pair in shown if pair[1].agency]
    primary = named[-1] if named else (shown[-1] if shown else None)
    chosen = primary[0] if primary else None
    # the others, markup first: each is compared with the licensing credit (CRD002, CRD003)
    others = [credit for c, credit in sorted(shown, key=lambda pair: -_RANK[pair[0].where]) if c is not chosen]
    structured = next((c for c in seen if c.where == "jsonld" and c.text.strip()), None)
    if caption and chosen is not None and fold(caption) == fold(chosen.text):
        caption = ""  # <figcaption><span>Getty Images</span></figcaption>: the credit alone, no caption
    return ImageRecord(
        index=index,
        src=evidence.src,
        alt=evidence.alt,
        caption=clean(caption) or None,
        credit=primary[1] if primary else None,
        location=evidence.location,
        embedded=evidence.embedded,
        observed=Observed(
            gallery_counter=evidence.counter,
            credit_glued=any(c.glued for c in seen),
            credit_label=chosen.label if chosen else next((c.label for c in seen if c.empty), None),
            empty_credit_label=any(c.empty for c in seen),
            other_credits=others,
            structured_credit=_parsed(structured, registry, parsed) if structured else None,
        ),
        role=evidence.role,
        evidence=Evidence(
            signals=list(dict.fromkeys(evidence.signals)),
            lines=list(evidence.lines) if evidence.lines else None,
            role_reason=evidence.role_reason,
        ),
        ignore=evidence.ignore,
    )


def _parsed(seen: SeenCredit, registry: Registry, memo: dict[str, Credit]) -> Credit:
    """The credit string parsed (once per string), marked with where it was seen."""
    credit = seen.parsed or memo.get(seen.text)
    if credit is None:
        credit = parse(seen.text, registry)
    memo[seen.text] = credit
    return credit.model_copy(update={"seen": seen.where})
