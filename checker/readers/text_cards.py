"""Teaser cards in a scraped text: pictures printed as cards (a picture above a linked heading, a headline list,
a grid of labelled thumbnails, lists of links with their pictures) are site chrome, each marked with the reason;
the passes run once the image blocks are assembled.
"""

from __future__ import annotations

import re
from collections import Counter

from checker import lazy_re
from checker.readers import text_patterns as P
from checker.readers.text_block import (
    TEASER_RUN,
    Block,
    bare_reference,
    menu_item,
    next_piece,
    under_headline,
)
from checker.readers.text_lines import (
    Piece,
    same_text,
)
from checker.textnorm import fold


def linked_heading_cards(blocks: list[Block], parts: list[Piece]) -> None:
    """Pictures with nothing said about them, each right under a heading that is one link ("### [Other
    story](/article/…)"), three or more on the page: cards of other stories. The page's first heading is the
    article's own, often linked to itself, over its lead photo."""
    cards = [
        block
        for block in blocks
        if block.ref is not None
        and block.caption is None
        and not block.credits
        and _under_linked_heading(block, parts)
        and not under_headline(block, parts)
    ]
    if len(cards) >= TEASER_RUN:
        for block in cards:
            block.outside = (
                block.outside or "a picture under a heading that links to another page: a card, one of several"
            )


def listed_headline_cards(blocks: list[Block], parts: list[Piece]) -> None:
    """Pictures with nothing said about them, each under a heading that opens a list item ("1." / "## Other
    story" / "![…](photo.jpg)" / its teaser text, pandoc's GitHub Markdown of a "related stories" list), two or more
    on the page: cards of other stories."""
    cards = [
        block
        for block in blocks
        if block.ref is not None and block.caption is None and not block.credits and _listed_headline(block, parts)
    ]
    if len(cards) >= _LISTED_CARDS:
        for block in cards:
            block.outside = block.outside or "a picture under a list item's headline: a card of another story"


def _listed_headline(block: Block, parts: list[Piece]) -> bool:
    above = [p for p in parts[max(0, block.ref - _ITEM_PIECES) : block.ref] if p.kind != "blank"]  # type: ignore[operator]
    return len(above) >= 2 and above[-1].heading and P.LIST_MARKER.fullmatch(above[-2].text) is not None


_LISTED_CARDS = 2


_ITEM_PIECES = 8  # pieces over a card's picture: its headline, the list item's marker and the blank lines between


def linked_title_cards(blocks: list[Block], parts: list[Piece]) -> None:
    """A picture with nothing said about it, right under it a link to another page whose text is the picture's
    alt text ("![Os times …](cover.jpg)" / "[Os times …](…/galerias/…)"): a gallery's or a story's teaser."""
    for block in blocks:
        if block.ref is None or block.credits or not block.alt or block.outside:
            continue
        below = []  # the lines under the picture, up to a blank line: the link may be wrapped over them
        for piece in parts[block.ref + 1 : block.ref + 1 + _LINK_LINES]:
            if piece.kind == "blank" or piece.kind == "ref":
                break
            below.append(piece)
        if not below or (block.caption is not None and parts[block.caption] is not below[0]):
            continue
        linked = _LINK_START.match(" ".join(piece.text for piece in below))  # a gallery's buttons may follow it
        title, href = (linked.group(1), linked.group(2)) if linked is not None else (below[0].text, below[0].href)
        if (
            (linked is not None or below[0].link)
            and same_text(title, block.alt)
            and href
            and not P.IMAGE_FILE.search(href)  # a lightbox's link: the photo
        ):
            block.outside = "a picture whose title under it links to another page: a teaser"


_LINK_LINES = 3  # lines a wrapped link runs over


_LINK_START = lazy_re.compile(r"^\[([^\[\]]{3,300})\]\(([^()\s]+)")


def titled_cards(blocks: list[Block], parts: list[Piece]) -> None:
    """Credited pictures the converter printed no reference for, each followed by a title (a short line, no
    sentence) and a line or two of text, then the next such picture, three or more in a row: a list of other
    stories' cards (picture, headline, teaser text, link), where an article's pictures have its paragraphs between
    them. (With their references printed, the same shape is a how-to's steps: picture, "Step 2", instruction.)"""
    ordered = sorted(blocks, key=lambda block: min(block.members))
    for title in (_title_under, _title_below):  # runs of one shape: a credit, then a title under it or its caption
        titles = [title(block, parts) if block.ref is None else None for block in ordered]
        # one title under every picture is a slideshow's own, printed with each slide: not other stories' headlines
        counts = Counter(titles)
        _titled_run(ordered, [t is not None and counts[t] < TEASER_RUN for t in titles], parts)


def _titled_run(ordered: list[Block], titled: list[bool], parts: list[Piece]) -> None:
    run: list[Block] = []
    for position, block in enumerate(ordered):
        if not titled[position]:
            _mark_cards(run)
            run = []
            continue
        run.append(block)
        after = ordered[position + 1] if position + 1 < len(ordered) else None
        if after is None or not _card_gap(block, after, parts):
            _mark_cards(run)
            run = []
    _mark_cards(run)


def headline_list(blocks: list[Block], parts: list[Piece]) -> None:
    """Pictures with nothing said about them, one headline between each and the next (no paragraph, no sentence
    ending in a full stop), three or more in a row: a list of other stories ("[kim_kanye-ffb8….jpg]" / "Will Kim
    Kardashian Divorce Kanye West?" / "[josh-murray-….jpg]" …), as a text browser prints an "Editor's Picks" box."""
    bare = sorted((b for b in blocks if bare_reference(b) and not b.outside), key=lambda b: min(b.members))
    run: list[Block] = []
    for block in bare:
        if run and _one_headline_between(run[-1], block, parts):
            run.append(block)
            continue
        _mark_cards(run, _HEADLINE_LIST)
        run = [block]
    _mark_cards(run, _HEADLINE_LIST)


def label_grid(blocks: list[Block], parts: list[Piece]) -> None:
    """Pictures each labelled with their name and a count ("The New Yorker Shorts" / "4 episodes"), no credit, and
    only blank lines between one and the next, three or more: a grid of links to series or galleries, where an
    article's pictures have its paragraphs between them (a gallery's slides, "Firefox Aurora", count nothing)."""
    labelled = sorted(
        (b for b in blocks if b.ref is not None and not b.credits and b.caption is not None and not b.outside),
        key=lambda b: min(b.members),
    )
    run: list[Block] = []
    for block in labelled:
        caption = parts[block.caption]  # type: ignore[index]
        alt = (block.alt or parts[block.ref].alt or "").strip()  # type: ignore[index]
        counted = bool(alt) and caption.text.startswith(alt) and _ITEM_COUNT.fullmatch(caption.text[len(alt) :].strip())
        short = counted and caption.words <= _GRID_LABEL_WORDS and not caption.terminal
        touching = bool(run) and all(p.kind == "blank" for p in parts[max(run[-1].members) + 1 : min(block.members)])
        if short and (touching or not run):
            run.append(block)
            continue
        _mark_cards(run, _GRID)
        run = [block] if short else []
    _mark_cards(run, _GRID)


_GRID = "a picture, its name and a count of what it links to, one of several in a row: a grid of links"


# what the picture's name is followed by: a count of the collection it opens ("4 episodes", "12 photos")
_ITEM_COUNT = lazy_re.compile(r"\d[\d,.]*\s+\w+")


_GRID_LABEL_WORDS = 8


def link_lists(blocks: list[Block], parts: list[Piece]) -> None:
    """Three or more credit lines in a row, each alone (no caption but a menu's item, no picture), under one label but each naming
    another source ("Photos from the Oregonian" / "Photos from the Beaverton Leader" / …): a menu's links to
    galleries, not pictures. (The same credit twice in a row is two pictures a scrape left no trace of.)"""
    alone = [
        b
        for b in blocks
        if b.ref is None
        and (b.caption is None or menu_item(parts[b.caption]))  # (the menu's items above or below: "Multimedia")
        and len(b.credits) == 1
        and not b.outside
    ]
    runs: list[list[Block]] = []
    for block in sorted(alone, key=lambda b: min(b.members)):
        index, seen = block.credits[0]
        last = runs[-1][-1] if runs else None
        joined = bool(seen.label) and last is not None and last.credits[0][1].label == seen.label
        joined = joined and last is not None and index == next_piece(parts, max(last.members))
        if joined:
            runs[-1].append(block)
        else:
            runs.append([block])
    for run in runs:
        if len(run) >= TEASER_RUN and len({fold(b.credits[0][1].text) for b in run}) == len(run):
            _mark_cards(run, "one of a list of links under one label, each to another source's photos: a menu")


def _one_headline_between(block: Block, after: Block, parts: list[Piece]) -> bool:
    between = [p for p in parts[max(block.members) + 1 : min(after.members)] if p.kind != "blank"]
    return (
        len(between) == 1
        and between[0].kind == "text"
        and not between[0].used
        and 0 < between[0].words <= _HEADLINE_WORDS
        and not between[0].text.rstrip().endswith(".")
    )


_HEADLINE_WORDS = 16


_HEADLINE_LIST = "a picture and a headline, one of several in a row: a list of other stories"


def _mark_cards(
    run: list[Block], reason: str = "a picture, a title and a line of text, one of several: a card"
) -> None:
    if len(run) >= TEASER_RUN:
        for block in run:
            block.outside = block.outside or reason


def _title_under(block: Block, parts: list[Piece]) -> str | None:
    """The title on the line under the block (a few words, no sentence), folded; None where there is none."""
    index = next_piece(parts, max(block.members))
    if index is None:
        return None
    piece = parts[index]
    titled = (
        piece.kind == "text"
        and not piece.used
        and 0 < piece.words <= _CARD_TITLE_WORDS
        and (not piece.terminal or piece.text.rstrip().endswith("?"))  # "Can Trump be trusted …?": a headline
        and not _STEP_TITLE.match(piece.text)  # "Step 2": a how-to's next step, under the last step's picture
    )
    return fold(piece.text) if titled else None


def _title_below(block: Block, parts: list[Piece]) -> str | None:
    """A credit whose caption was read from the line below it, and that line is a title (a few words, no
    sentence): a card's credit, then its headline ("© Vreni Frost" / "Warum Instagram-Posts … nicht Werbung sind").
    The title, folded; None where the block is not of that shape."""
    if block.caption_via != "below" or block.caption is None or not block.credits:
        return None
    caption = parts[block.caption]
    return fold(caption.text) if 0 < caption.words <= _CARD_TITLE_WORDS and not caption.terminal else None


_STEP_TITLE = lazy_re.compile(r"^(?:step|schritt|étape|paso|passo|stap)\s+\d{1,2}\b", re.IGNORECASE)


def _card_gap(block: Block, after: Block, parts: list[Piece]) -> bool:
    """Between two cards: the title and at most a few short lines, nothing like a run of paragraphs."""
    between = [p for p in parts[max(block.members) + 1 : min(after.members)] if p.kind != "blank"]
    return 0 < len(between) <= _CARD_LINES and sum(p.words for p in between) <= _CARD_WORDS


_CARD_TITLE_WORDS = 10


_CARD_LINES = 4


_CARD_WORDS = 80


def _under_linked_heading(block: Block, parts: list[Piece]) -> bool:
    """The block's reference stands right under a heading that is one link, blank lines aside."""
    index = min(block.members) - 1
    while index >= 0 and parts[index].kind == "blank":
        index -= 1
    return index >= 0 and parts[index].heading and parts[index].link
