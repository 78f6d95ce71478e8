"""An image block of a scraped text under construction (the pieces it is built from, by what each says), and
the steps from one piece to its neighbours that the text reader's passes share.
"""

from __future__ import annotations

from checker.evidence import SeenCredit
from checker.plain import Value, field
from checker.readers.text_lines import Piece


class Block(Value):
    """An image under construction: the pieces it was built from, by what each says."""

    members: list[int] = field(default_factory=list)  # piece indexes
    caption: int | None = None  # the piece holding the caption
    # how the caption was found: "label", "credit", "counter", "counter-line", "reference", "marker", "below"...
    caption_via: str = ""
    credits: list[tuple[int, SeenCredit]] = field(default_factory=list)
    counter: int | None = None
    ref: int | None = None
    alt: str | None = None
    markers: list[str] = field(default_factory=list)
    pending: str | None = None  # "credit" or "caption": a label said what comes next
    pending_label: str | None = None
    signals: list[str] = field(default_factory=list)
    weak: bool = False  # found only by a pattern of the page, never by a signal of its own
    outside: str | None = None  # why the block stands outside the article (a teaser card below its end)
    doubt: str | None = None  # why it may: listed, but judged no higher than a warning
    caption_label: str = ""  # the caption label as written ("Image caption", "CAPTION:")
    repeat: int | None = None  # the caption printed again after its caption-and-credit line (that was the alt text)

    def add(self, index: int, signal: str) -> None:
        self.members.append(index)
        self.signals.append(signal)


def title_cased(text: str) -> bool:
    """Every word longer than a short function word starts with a capital, and nothing ends a sentence."""
    words = [word for word in text.split() if len(word) > 3]
    return bool(words) and all(word[:1].isupper() for word in words) and text.rstrip()[-1:] not in ".!?"


def menu_item(piece: Piece) -> bool:
    short = piece.words <= _MENU_WORDS and not piece.terminal
    kind = piece.kind in ("text", "decoy", "chrome") or (piece.kind == "credit" and piece.first_on_line)
    return kind and short and (piece.words <= 2 or title_cased(piece.text))  # "Terms of Service"


_MENU_WORDS = 4


def next_piece(parts: list[Piece], index: int) -> int | None:
    """The index of the first piece after `index` that is not a blank line (-1: the text's first)."""
    return next((i for i in range(index + 1, len(parts)) if parts[i].kind != "blank"), None)


def previous_piece(parts: list[Piece], index: int) -> int | None:
    """The index of the last piece before `index` that is not a blank line."""
    return next((i for i in range(index - 1, -1, -1) if parts[i].kind != "blank"), None)


def under_headline(block: Block, parts: list[Piece]) -> bool:
    """The block's reference stands right under the page's first Markdown heading ("# Headline"), blank lines
    aside: where a lead photo stands."""
    index = min(block.members) - 1
    while index >= 0 and parts[index].kind == "blank":
        index -= 1
    if index < 0 or not parts[index].heading:
        return False
    return not any(piece.heading for piece in parts[:index])


def bare_reference(block: Block) -> bool:
    return block.ref is not None and block.caption is None and not block.credits and block.counter is None


TEASER_RUN = 3  # cards in a row, each a picture with a title of its own, that make a list of teasers
