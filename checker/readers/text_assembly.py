"""Image blocks assembled from a scraped text's pieces, in one walk down the text, the way a person reads it: a
label says what the next words are, a credit line closes the caption above it, a counter or a reference opens a
block, alt text repeated above a caption is the alt text. The passes of checker/readers/text.py then weigh the
blocks against the rest of the page (teaser cards, galleries, text printed twice).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checker import lazy_re
from checker.credits.captions import CreditSpan, LeadingCredit, leading_credit, source_and_caption, split_credits
from checker.credits.parse import LABEL_WORDS, SITE_BUTTON, looks_like_credit, looks_like_person, parse
from checker.credits.registry import Registry
from checker.evidence import SeenCredit
from checker.readers import text_patterns as P
from checker.readers.photo_files import file_key
from checker.readers.text_block import (
    Block,
    next_piece,
    title_cased,
)
from checker.readers.text_lines import (
    CAPTION_KINDS,
    Piece,
    dense,
    line_credit,
    said_twice,
    same_text,
    says_credit,
    sentence_like,
)
from checker.textnorm import clean, fold, mostly_cjk


class Assembler:
    """One pass over the pieces: each piece fills a free slot of the image being built, or closes it and opens
    the next. Pieces join an image only when they touch it (same line, or no blank line between)."""

    def __init__(self, parts: list[Piece], registry: Registry):
        self.parts, self.registry = parts, registry
        self.credits_below_gap = _credits_below_gap(parts) >= _PAGE_STYLE_MIN
        # next to no blank line that says anything: a scrape that prints every element on a line of its own
        # (get_text("\n")), or one whose blank lines stand between every block and were closed as ordinary gaps.
        # No paragraph is set apart by a blank line, so what sets a caption apart is the line over it not being
        # the body's
        self.dense = dense(len(parts), sum(1 for p in parts if p.kind == "blank"))
        self.blocks: list[Block] = []
        self.cur: Block | None = None

    def run(self) -> list[Block]:
        previous: int | None = None  # the last piece that was not blank
        for index, piece in enumerate(self.parts):
            if piece.kind == "blank":
                continue
            near = previous is not None and (
                self._near(previous, index)
                or self._caption_below_reference(index)
                or self._credit_paragraph_below_caption(index)
                or self._slide_paragraph(index)
                or self._picture_again(index)
            )
            if self.cur is not None and not near and self.cur.pending is None:
                self._close()
            handler = getattr(self, f"_on_{piece.kind}")
            handler(index, piece, near, previous)
            previous = index
        self._close()
        return self.blocks

    # -- helpers ---------------------------------------------------------------------------------------------

    def _picture_again(self, index: int) -> bool:
        """This reference shows the open bare reference's file again, one blank line below (pandoc: a lazy loader's
        picture, then its <noscript> copy, each in its own block)."""
        cur, piece = self.cur, self.parts[index]
        if cur is None or cur.ref is None or cur.caption is not None or cur.credits or piece.kind != "ref":
            return False
        if sum(1 for i in range(max(cur.members) + 1, index) if self.parts[i].kind == "blank") > 1:
            return False
        first = self.parts[cur.ref]
        return bool(first.src and piece.src) and file_key(first.src or "") == file_key(piece.src or "")

    def _caption_below_reference(self, index: int) -> bool:
        """Markdown-like scrapes put a blank line between an image reference and its caption: across one blank
        line, a bare reference takes a caption that carries a credit, or that repeats the reference's alt text."""
        cur = self.cur
        if cur is None or cur.ref is None or cur.caption is not None:
            return False
        if sum(1 for i in range(max(cur.members) + 1, index) if self.parts[i].kind == "blank") > 1:
            return False
        piece = self.parts[index]
        if cur.credits:  # (the alt text printed again under the credit: the caption, as the page shows it)
            return piece.kind == "text" and (
                _caption_under_credited_alt(cur, piece, self._next(index))
                or bool(cur.alt and not piece.heading and same_text(cur.alt, piece.text))
            )
        captionable = piece.kind == "text" and piece.words <= P.CAPTION_MAX_WORDS and not piece.heading
        credit_below = self._credit_under(index) or self._labelled_credit_paragraph(index) is not None
        if captionable and not piece.link and credit_below:
            return True
        return (
            piece.kind in ("capcredit", "credit")
            or bool(piece.kind == "text" and cur.alt and same_text(cur.alt, piece.text))
            or self._name_under_picture(index)
        )

    def _name_under_picture(self, index: int) -> bool:
        """A name alone under a bare picture, a paragraph of its own ("![…](…jpg)" / "West Mercia Police" / story):
        the picture's credit, printed under it, as blogs and BuzzFeed print it. Names only, every word capitalised,
        not a heading's opening ("The Results", "What Happens Next")."""
        cur, piece = self.cur, self.parts[index]
        if cur is None or cur.ref is None or cur.caption is not None or cur.credits:
            return False
        if piece.kind != "text" or piece.link or piece.heading or piece.terminal:
            return False
        following = next((p for p in self.parts[index + 1 :] if p.kind != "blank"), None)
        if following is not None and following.line <= piece.line + 1:
            return False  # a paragraph of its own: a blank line under it
        words = piece.text.split()
        return (
            0 < len(words) <= _NAME_LINE_WORDS
            and len(piece.text) > 1  # "X": a close button's letter, no name
            and not (piece.text.isalpha() and piece.text.isupper())  # "PODCAST", "VIDEO": a section's kicker
            and _NAME_LINE.fullmatch(piece.text) is not None  # no label ("Episode Description:"), no numbers
            and all(word[:1].isupper() for word in words)
            and fold(words[0]) not in _HEADING_STARTS
            and not (cur.alt and same_text(cur.alt, piece.text))
            and not SITE_BUTTON.match(piece.text)  # "Go Pro", "Check It Out": a site's button
        )

    def _slide_paragraph(self, index: int) -> bool:
        """A slide written as paragraphs, one blank line apart: its picture, its counter ("2 of 3"), its caption,
        its credit naming an agency ("AFP")."""
        cur, piece = self.cur, self.parts[index]
        if cur is None or cur.ref is None or (cur.caption is not None and cur.credits):
            return False
        if sum(1 for i in range(max(cur.members) + 1, index) if self.parts[i].kind == "blank") > 1:
            return False
        if cur.counter is None:
            return cur.caption is None and not cur.credits and piece.kind == "counter" and piece.counter_words
        if cur.caption is None:
            return piece.kind == "text" and sentence_like(piece.text) and piece.words <= _CAPTION_UNDER_WORDS
        return piece.kind == "credit" and any(s.parsed is not None and s.parsed.agency for s in piece.credits)

    def _credit_paragraph_below_caption(self, index: int | None) -> bool:
        """A picture, its caption across a blank line, then the credit across another: DocBook's and pandoc's
        paragraphs ("Saban talks with the media …" then "(Photo: Marvin Gentry, USA TODAY Sports)")."""
        cur = self.cur
        return (
            cur is not None
            and cur.ref is not None
            and cur.caption is not None
            and not cur.credits
            and cur.caption_via == "reference"
            and index is not None
            and self._labelled_credit_paragraph(cur.caption) == index
        )

    def _labelled_credit_paragraph(self, index: int) -> int | None:
        """The paragraph after the piece's, across one blank line, when it is one labelled credit ("(Photo: Name,
        Agency)")."""
        blanks = 0
        for i in range(index + 1, len(self.parts)):
            piece = self.parts[i]
            if piece.kind == "blank":
                blanks += 1
                continue
            if blanks == 0 and piece.kind == "text":
                continue  # the piece's paragraph goes on
            after = self.parts[i + 1] if i + 1 < len(self.parts) else None
            alone = after is None or after.kind == "blank"
            labelled = any(seen.label for seen in piece.credits) or (  # or an agency's, "Jane Doe/Reuters"
                piece.strong and any(seen.parsed is not None and seen.parsed.agency for seen in piece.credits)
            )
            return i if blanks == 1 and piece.kind == "credit" and piece.first_on_line and alone and labelled else None
        return None

    def _credit_under(self, index: int) -> bool:
        """A credit line touches the piece from below: a caption, and its credit on the line under it."""
        below = self._next(index)
        return below is not None and below.kind == "credit" and below.first_on_line

    def _near(self, a: int, b: int) -> bool:
        """No blank line between pieces a and b."""
        return all(self.parts[i].kind != "blank" for i in range(a + 1, b))

    def _section_heading(self, index: int) -> bool:
        """The text piece reads as a heading in Title Case over a paragraph of the body."""
        if not title_cased(self.parts[index].text):
            return False
        after = next_piece(self.parts, index)
        return after is not None and self.parts[after].kind == "text" and wrapped_paragraph(self.parts, after)

    def _next(self, index: int) -> Piece | None:
        """The next piece that is not blank, when it touches this one."""
        for i in range(index + 1, len(self.parts)):
            if self.parts[i].kind != "blank":
                return self.parts[i] if self._near(index, i) else None
        return None

    def _next_paragraph(self, index: int) -> Piece | None:
        """The first piece of the next paragraph, across blank lines (a few)."""
        for i in range(index + 1, min(len(self.parts), index + _PARAGRAPH_GAP)):
            if self.parts[i].kind != "blank":
                return self.parts[i] if self.parts[i].first_on_line else None
        return None

    def _open(self) -> Block:
        self._close()
        self.cur = Block()
        return self.cur

    def _close(self) -> None:
        block, self.cur = self.cur, None
        if block is None or (block.caption is None and not block.credits and block.ref is None):
            return
        self._caption_above(block)
        self._alt_above(block)
        self._over_linked_picture(block)
        self.blocks.append(block)

    def _over_linked_picture(self, block: Block) -> None:
        """A credited block with no picture of its own, right over a picture linked to another page: the caption
        and credit of a teaser card ("… indique le ministère. / (photo AFP)" / "[![](photo.jpg)](/live#item)")."""
        if block.ref is not None or block.outside is not None or not block.credits:
            return
        after = next_piece(self.parts, max(block.members))
        if after is not None and self.parts[after].kind == "ref" and self.parts[after].link:
            block.outside = "a caption and credit over a picture linked to another page: a teaser card"

    def _caption_above(self, block: Block) -> None:
        """A block that starts with its credit (a credit line, a credit label) and has no caption: the text just
        above it is the caption ("Kristi Noem at the White House." / "Photograph: Alex Wong/Getty Images")."""
        first = min(block.members)
        starts_with_credit = bool(block.credits) and (block.credits[0][0] == first or self.parts[first].kind == "label")
        if block.ref == first and self.parts[first].kind == "ref":
            starts_with_credit = False  # a picture whose alt text holds its credit: the alt text is its caption
        if self.parts[first].kind == "label" and self.parts[first].role == "marker":
            starts_with_credit = False  # "Enlarge this image" is a control on the picture: above it is the body
        if starts_with_credit and first > 0 and P.LINKED_PICTURE.match(self.parts[first - 1].text):
            block.outside = "a picture linked to another page, its credit under it: a teaser card"
            return
        if block.caption is not None or not starts_with_credit:
            return
        after = next_piece(self.parts, max(block.members))
        if after is not None and self.parts[after].kind == "label" and self.parts[after].role == "caption_next":
            return  # "Image copyright" / "EPA" / "Image caption" / caption (BBC): its caption is labelled below
        above = first - 1
        if above < 0:
            return
        piece = self.parts[above]
        if piece.kind == "text" and piece.link and not piece.used:
            # a headline linking to a story, its byline or credit under it: a list of other stories
            block.outside = "a credit or byline under a line that links to another story: a teaser"
            return
        if piece.kind != "text" or piece.used or piece.words > P.CAPTION_MAX_WORDS or piece.indent:
            return
        if piece.heading:
            return  # a heading is no caption
        if not any(ch.isalpha() for ch in piece.text) or _SLUG.fullmatch(piece.text):
            return  # a list bullet or a rule the scrape left ("*", "---"), an image's file name ("grist-graph")
        if P.NOT_CAPTION.search(piece.text) or P.SECTION_END.match(piece.text):
            return  # a byline or a time stamp over the lead photo's credit; a section's heading ("More from …")
        credit = self.parts[first]
        if (
            credit.after_gap
            and piece.words > _GAP_CAPTION_WORDS
            and not (
                self.credits_below_gap
                and any(seen.parsed is not None and seen.parsed.agency for seen in credit.credits)
            )
        ):
            return  # a paragraph, a blank line, then a credit: the paragraph is the story's (on a page that sets
            # its captions apart from their credits, an agency's credit under a long caption is that caption's)
        learned = credit.kind == "credit" and credit.after_gap and not credit.strong
        if learned and not self.credits_below_gap:
            return  # one bare agency name under a paragraph: a source line as often as a credit
        # a sentence ending in a full stop right above is the body's, unless it stands alone over the credit
        alone = above == 0 or self.parts[above - 1].kind == "blank" or piece.after_gap or credit.after_gap
        alone = alone or (self.dense and (credit.kind == "label" or credit.strong) and self._set_apart(above))
        if not piece.terminal or alone:
            self._caption(block, above, "page-style" if learned else "above")

    def _set_apart(self, index: int) -> bool:
        """In a text with no blank lines, the piece over this one is no paragraph of the body (a control, a short
        line) or is this very text (the alt text, then the caption)."""
        over = self.parts[index - 1]
        return not is_paragraph(over) or same_text(over.text, self.parts[index].text)

    def _reopen_credit_block(self, index: int) -> Block | None:
        """A credit label and its credit, blank lines, then "Image caption" (BBC): the caption label goes on the
        image its credit opened, when only blank lines stand between them."""
        last = self.blocks[-1] if self.blocks else None
        if last is None or last.caption is not None or not last.credits or last.ref is not None:
            return None
        if any(self.parts[i].kind != "blank" for i in range(max(last.members) + 1, index)):
            return None
        self.blocks.pop()
        self.cur = last
        return last

    def _credit_next(self, index: int) -> bool:
        """The next piece (across blank lines) is a credit line."""
        after = next_piece(self.parts, index)
        return after is not None and self.parts[after].kind == "credit"

    def _set_apart_above(self, block: Block) -> bool:
        """In a text with no blank lines, the block opens with a credit label or a strong credit line, and over it
        stands a caption-shaped line that no paragraph runs into ("Image" / caption / "Credit" / name): the caption
        is above; the line below is the next section's heading or the body."""
        first = min(block.members)
        opener = self.parts[first]
        if first < 2 or not (opener.kind == "label" or (opener.kind == "credit" and opener.strong)):
            return False
        return self._caption_shaped_above(block) and self._set_apart(first - 1)

    def _caption_shaped_above(self, block: Block) -> bool:
        """On a page that prints its credits under their captions, the caption of a credit is the text above it."""
        first = min(block.members)
        above = self.parts[first - 1] if first > 0 else None
        return (
            above is not None
            and above.kind == "text"
            and not above.used
            and sentence_like(above.text)
            and above.words <= P.CAPTION_MAX_WORDS
        )

    def _alt_above(self, block: Block) -> None:
        """The line just above the block, when the scrape indents it or it repeats the caption: the alt text."""
        first = min(block.members)
        above = first - 1
        if above < 0 or block.alt is not None:
            return
        piece = self.parts[above]
        caption = self.parts[block.caption] if block.caption is not None else None
        text = (caption.caption if caption.kind == "capcredit" else caption.text) if caption else ""
        if self.parts[first].after_gap:
            return  # across a blank line: the alt text of a teaser card as often as the image's
        if piece.kind == "text" and not piece.used and (piece.indent or same_text(piece.text, text)):
            block.alt = piece.text
            self._take(block, above, "alt-line")

    def _take(self, block: Block, index: int, signal: str) -> None:
        block.add(index, signal)
        self.parts[index].used = True

    def _caption(self, block: Block, index: int, via: str) -> None:
        block.caption, block.caption_via = index, via
        self._take(block, index, f"caption-{via}")

    def _credit(self, block: Block, index: int, seen: SeenCredit, signal: str) -> None:
        if block.pending == "credit" and seen.label is None:
            seen.label = block.pending_label
        block.credits.append((index, seen))
        block.pending = block.pending_label = None
        self._take(block, index, signal)

    # -- one handler per kind of piece -------------------------------------------------------------------------

    def _on_chrome(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        self._close()

    _on_decoy = _on_chrome

    def _on_ref(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        cur = self.cur
        if (
            cur is not None
            and near
            and cur.ref is not None
            and cur.caption is None
            and not cur.credits
            and cur.alt
            and same_text(cur.alt, piece.alt or "")
        ):  # the same image referenced twice (a spacer, then the photo; two sizes; its <noscript> copy): one image
            first = self.parts[cur.ref].src or ""
            if P.FURNITURE_SRC.search(first) or P.PLACEHOLDER_SRC.search(first):
                cur.ref = index
            self._take(cur, index, "reference-repeated")
            return
        named = cur if cur is not None else self.blocks[-1] if self.blocks else None
        if named is not None and self._named_then_shown(named, index, piece):
            if named is not cur:  # closed by the underline between them: opened again
                self.blocks.pop()
                self.cur = named
            named.ref, named.alt = index, piece.alt  # the picture itself, after its file's name: one picture
            self._take(named, index, "reference-named")
            return
        block = self._open()
        block.ref, block.alt = index, piece.alt
        self._take(block, index, "image-reference")
        for attribute in (piece.alt, piece.title):  # "Firmenschild | Bildquelle: dpa": a credit the page wrote there
            if attribute and not block.credits:
                block.credits += [(index, seen) for seen in _alt_credits(attribute, self.registry)]

    def _label_caption_wrapped(self, cur: Block, index: int, previous: int | None) -> bool:
        """The caption after a caption label goes on over the next line: a text browser wrapped its paragraph (the
        label on the caption's line, the line right under it going on with the sentence: in lower case, or after a
        comma). A line under a caption that ends with no full stop (BBC's) is the body's as often."""
        if cur.caption is None or cur.caption_via != "label" or previous is None or previous != max(cur.members):
            return False
        caption, piece, last = self.parts[cur.caption], self.parts[index], self.parts[previous]
        if caption.kind != "text" or caption.first_on_line or piece.line != last.line + 1 or not piece.first_on_line:
            return False
        return piece.text[:1].islower() or last.text.rstrip()[-1:] in (",", ";")

    def _named_then_shown(self, cur: Block, index: int, piece: Piece) -> bool:
        """The open block is a bare file name ("WEB18-Facebook-1160x768.jpg": a link to the file's page, set as a
        heading) and this reference, a line or two below with nothing worded between, shows that same file."""
        if cur.ref is None or cur.caption is not None or cur.credits or cur.alt or not piece.src:
            return False
        named = self.parts[cur.ref]
        if "/" in (named.src or "/") or index - cur.ref > _NAMED_GAP:
            return False
        between = self.parts[cur.ref + 1 : index]
        if any(p.kind != "blank" and any(c.isalnum() for c in p.text) for p in between):
            return False
        return file_key(named.src or "") == file_key(piece.src)

    def _on_label(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        cur = self.cur
        if piece.role == "credit_next":
            # "Credit" then "Credit...": a label printed twice (a hidden one for screen readers), one credit to come
            doubled = cur is not None and cur.pending == "credit" and previous == max(cur.members) and near
            if cur is None or (not doubled and (cur.credits or cur.pending)):
                cur = self._open()
            cur.pending, cur.pending_label = "credit", piece.text
            self._take(cur, index, "credit-label")
        elif piece.role == "caption_next":
            ends_line = index + 1 >= len(self.parts) or self.parts[index + 1].line != piece.line
            if not piece.first_on_line and ends_line and previous is not None and self.parts[previous].words > 8:
                return  # "… See the best of Reuters photography. See more | Photo caption": a link's text
            if cur is None:
                cur = self._reopen_credit_block(index)
            if cur is None or cur.caption is not None:
                cur = self._open()
            cur.pending, cur.caption_label = "caption", piece.text
            self._take(cur, index, "caption-label")
        elif piece.role == "caption_end":
            before = self.parts[previous] if previous is not None and near else None
            if before is not None and before.kind in CAPTION_KINDS and not before.used:
                if cur is None or cur.caption is not None or cur.credits:
                    cur = self._open()
                self._caption(cur, previous, "label")  # type: ignore[arg-type]
                self._credits_of(cur, previous)  # type: ignore[arg-type]
            elif cur is None:
                cur = self._open()
            self._take(cur, index, "caption-label")
        else:
            if cur is None or cur.credits or (cur.caption is not None and cur.alt is not None and cur.markers):
                cur = self._open()  # (a slide read whole, its alt line and caption: the marker starts the next)
            cur.markers.append(piece.text)
            self._take(cur, index, "marker")

    def _on_counter(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        cur, after = self.cur, self._next(index)
        if not piece.counter_words:  # a bare number: only between the lines of an image
            same_line = previous is not None and self.parts[previous].line == piece.line
            if (
                cur is not None
                and near
                and same_line
                and cur.counter is None
                and (cur.caption is not None or cur.credits)
            ):
                cur.counter = index
                self._take(cur, index, "counter")
            elif after is not None and after.kind in ("capcredit", "credit"):
                block = self._open()
                block.counter = index
                self._take(block, index, "counter")
            return
        if (
            cur is not None
            and near
            and cur.counter is not None
            and cur.caption is None
            and slide_number(self.parts[cur.counter].text) == slide_number(piece.text)
        ):
            self._take(cur, index, "counter-repeated")  # "Image 1 of / 8 Caption Close Image 1 of 8"
            return
        has_content = cur is not None and (cur.caption is not None or bool(cur.credits))
        same_line = previous is not None and self.parts[previous].line == piece.line
        before = self.parts[previous] if previous is not None and near and same_line else None
        if (
            before is not None
            and before.kind == "text"
            and not before.used
            and piece.total is not None  # "3/10", "3 of 10": a slide's number (not "Picture 7", a title)
            and (after is None or after.line != piece.line)  # the counter closes the line
            and not _MARKUP_CUT.search(before.text)
            and (cur is None or (cur.ref is None and not has_content))
        ):
            # a slide's caption closed by its counter on its own line, no picture or credit open ("Firefox Aurora
            # [3/10]", w3m's gallery: the alt text on the line above)
            block = self._open()
            self._caption(block, previous, "counter-line")  # type: ignore[arg-type]
            block.counter = index
            self._take(block, index, "counter")
            return
        caption_follows = after is not None and after.kind in CAPTION_KINDS and not same_line
        if cur is not None and near and cur.counter is None and has_content and (same_line or not caption_follows):
            cur.counter = index  # a counter after its caption ("... Hide Caption 2 of 8")
            self._take(cur, index, "counter")
            return
        if cur is not None and near and cur.counter is None and not has_content and cur.pending is None:
            block = cur  # after a marker ("Play slideshow 1 of 35")
        else:
            block = self._open()
        block.counter = index
        self._take(block, index, "counter")

    def _on_credit(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        if piece.roll:  # a roll of the article's photo credits: one picture each, not shown in the text
            for credit in piece.credits:
                self._credit(self._open(), index, credit, "credit-roll")
            self._close()
            return
        cur = self.cur
        seen = piece.credits
        if (alt_block := self._alt_credited_above(index, seen)) is not None:
            for credit in seen:  # "![… (Photo credit should read JIM WATSON/AFP/Getty Images)](…)" / "JIM WATSON/AFP/…"
                alt_block.credits.append((index, credit))
            alt_block.members.append(index)
            alt_block.signals.append("credit-repeated")
            piece.used = True
            return
        after = self._next(index)
        beyond = after or self._next_paragraph(index)  # (across a blank line: html2text's "Associated Press  ")
        if beyond is not None and beyond.kind in ("text", "decoy") and self._wire_byline(piece, beyond):
            return  # "Associated Press" over "BALTIMORE — Kentucky Derby winner ...": the story's byline
        if self._mid_sentence(piece, previous, after):
            return  # "As both" / "NBC News" / "and" / "Bloomberg" / "have reported, …": a link in a sentence
        waiting = cur is not None and near and cur.caption is not None and not cur.credits
        if after is not None and not waiting and P.NOT_CAPTION.search(after.text) and self._agency_alone(piece):
            return  # "Associated Press" over "Published 11:26 pm EST": the story's byline, over its time stamp
        if previous is not None and self._agency_alone(piece) and self._under_byline_or_headline(previous, near):
            return  # "By Associated Press," then "Associated Press"; a linked headline, then its wire's name
        if cur is not None and near and cur.credits and cur.credits[-1][1].empty:
            _, empty = cur.credits.pop()  # "Caption. Image:" then the credit on the next line
            cur.pending, cur.pending_label = "credit", empty.label
        if cur is not None and cur.pending == "credit":  # a label says what follows, across blank lines too
            for credit in seen:
                self._credit(cur, index, credit, "credit-after-label")
            return
        if (
            cur is not None
            and near
            and cur.credits
            and previous in (cur.credits[-1][0], cur.repeat)  # right after its credit, or its caption printed again
            and all(
                same_text(cur.credits[-1][1].text, credit.text) or _same_agency_alone(cur.credits[-1][1], credit)
                for credit in seen
            )
            # a credit alone, then the same credit again: two pictures a scrape printed no trace of (innerText)
            and (cur.caption is not None or cur.ref is not None or cur.markers or previous == cur.repeat)
        ):  # the same credit printed twice in a row
            for credit in seen:
                self._credit(cur, index, credit, "credit-repeated")
            return
        if cur is not None and near and not cur.credits:
            for credit in seen:
                self._credit(cur, index, credit, "credit-line")
            return
        after = self._next(index)
        caption_below = (
            after is not None
            and after.kind == "text"
            and not after.terminal
            and not after.text.endswith(":")
            and sentence_like(after.text)
        )
        if cur is not None and near and cur.caption is not None and not caption_below and piece.strong:
            for credit in seen:  # "caption (Foto: dpa)" then "Foto: Kay Nietfeld": a second credit line
                self._credit(cur, index, credit, "second-credit-line")
            return
        block = self._open()
        for credit in seen:
            self._credit(block, index, credit, "credit-line" if piece.strong else "weak-credit-line")

    def _mid_sentence(self, piece: Piece, previous: int | None, after: Piece | None) -> bool:
        """An agency's bare name between a line that ends no sentence and one that goes on in lower case: a link's
        text a scrape put on a line of its own, in the middle of a sentence."""
        if previous is None or after is None or after.kind != "text" or not after.text[:1].islower():
            return False
        above = self.parts[previous]
        return above.kind == "text" and not above.terminal and not above.used and self._agency_alone(piece)

    def _alt_credited_above(self, index: int, seen: list[SeenCredit]) -> Block | None:
        """The picture just above, across blank lines only, whose alt text already holds this credit: the credit
        printed under the picture again, not a picture of its own."""
        last = self.cur if self.cur is not None else self.blocks[-1] if self.blocks else None
        if last is None or last.ref is None or not last.credits or any(c.where != "alt" for _, c in last.credits):
            return None
        if any(self.parts[i].kind != "blank" for i in range(max(last.members) + 1, index)):
            return None
        written = [fold(c.text) for _, c in last.credits]
        return last if all(any(fold(credit.text) in alt for alt in written) for credit in seen) else None

    def _wire_byline(self, piece: Piece, after: Piece) -> bool:
        """A news agency's bare name (no label, no photographer) on the line over a paragraph that opens with a
        dateline: the agency wrote the story."""
        if not (P.DATELINE.match(after.text) or P.DATELINE_BARE.match(after.text)):
            return False
        return self._agency_alone(piece)

    def _under_byline_or_headline(self, previous: int, near: bool) -> bool:
        """The line above is a byline ("By Associated Press,"), or the paragraph above (across a blank line too)
        is one link: a headline in a list of other stories, whose wire service is named under it."""
        above = self.parts[previous]
        if near and above.kind == "decoy" and P.BYLINE_START.match(above.text):
            return True
        start = previous
        while start > 0 and self.parts[start - 1].kind != "blank" and previous - start < 2:
            start -= 1
        return self.parts[start].link and (start == 0 or self.parts[start - 1].kind == "blank")

    def _agency_alone(self, piece: Piece) -> bool:
        """The piece is only the name of a news agency: no label, no photographer."""
        for seen in piece.credits:
            credit = seen.parsed
            if seen.label or credit is None or credit.agency is None or credit.photographer is not None:
                return False
            if not self.registry.agencies[credit.agency].writes_news:
                return False
        return bool(piece.credits)

    def _on_capcredit(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        cur = self.cur
        if cur is not None and near and cur.caption is not None and cur.credits:
            first = self.parts[cur.caption]
            if first.kind == "capcredit" and same_text(first.text, piece.text):
                cur.alt = first.caption  # the whole caption and credit printed twice
                self._take(cur, index, "caption-repeated")
                for credit in piece.credits:
                    cur.credits.append((index, credit))
                return
        if cur is not None and near and cur.caption is not None and not cur.credits and cur.markers:
            first = self.parts[cur.caption]
            if first.kind == "text" and same_text(first.text, piece.caption):
                cur.alt = first.text  # a slide's alt text after its marker, then its caption and credit
                self._caption(cur, index, "credit")
                self._credits_of(cur, index)
                return
        if not (cur is not None and near and cur.caption is None and (not cur.credits or cur.pending == "caption")):
            cur = self._open()
        cur.pending = None
        self._caption(cur, index, "credit")
        self._credits_of(cur, index)
        if piece.doubled:  # caption and credit printed twice on one line: the first time is the alt text
            cur.alt = cur.alt or piece.caption

    def _credits_of(self, block: Block, index: int) -> None:
        for credit in self.parts[index].credits:
            block.credits.append((index, credit))

    def _on_doubled(self, index: int, piece: Piece, near: bool) -> None:
        """A passage printed twice on one line (a flattened slide: its alt text, then its caption): an image's
        caption and alt text. Under a bare reference it is that reference's; otherwise it opens an image."""
        cur = self.cur
        if (
            cur is not None
            and near
            and cur.caption_via == "doubled"
            and not cur.credits
            and self.parts[cur.caption].text == piece.text  # type: ignore[index]
        ):
            self._take(cur, index, "doubled-again")  # the same picture again, touching: an <img> and its <noscript>
            return
        if not (cur is not None and near and cur.ref is not None and cur.caption is None and not cur.credits):
            cur = self._open()
        cur.alt = cur.alt or piece.text
        self._caption(cur, index, "doubled")

    def _on_text(self, index: int, piece: Piece, near: bool, previous: int | None) -> None:
        cur = self.cur
        if piece.doubled:
            self._on_doubled(index, piece, near)
            return
        if (
            cur is not None
            and near
            and (
                # the caption's paragraph goes on, and its credit paragraph follows
                (
                    previous == max(cur.members)
                    and self._credit_paragraph_below_caption(self._labelled_credit_paragraph(index))
                )
                # or a text browser wrapped it after its label ("Image caption Hundreds of people flocked" / "to …")
                or self._label_caption_wrapped(cur, index, previous)
            )
        ):
            caption = self.parts[cur.caption]  # type: ignore[index]
            caption.text = f"{caption.text} {piece.text}"
            self._take(cur, index, "caption-continued")
            return
        if cur is not None and near and cur.caption is not None and cur.credits and cur.alt is None:
            first = self.parts[cur.caption]
            if first.kind == "capcredit" and same_text(first.caption, piece.text):
                cur.alt = first.text  # the alt text (caption and credit), then the caption again without it
                self._take(cur, index, "caption-repeated")
                cur.repeat = index
                return
        if cur is not None and near and self._name_under_picture(index):
            self._credit(cur, index, SeenCredit(piece.text, "credit_line"), "name-under-picture")
            return
        if cur is not None and (near or cur.pending is not None):  # a label says what follows, across blanks too
            if cur.pending == "caption":
                cur.pending = None
                self._caption(cur, index, "label")
                return
            if cur.pending == "credit":
                cur.pending = None
                if piece.words <= 8 and looks_like_credit(piece.text, self.registry):
                    self._credit(
                        cur, index, SeenCredit(piece.text, "credit_line", cur.pending_label), "credit-after-label"
                    )
                    return
            if cur.caption is None and not cur.credits and caption_toggle(cur) and _name_twice(piece.text):
                # "toggle caption U.S. Treasury Department U.S. Treasury Department": the credit a toggle shows
                self._credit(cur, index, SeenCredit(piece.text, "credit_line"), "credit-after-toggle")
                return
            # a caption has words: not a rule of box-drawing characters, not a line that is one link or a heading;
            # a caption toggle with the credit after it closes the image: the caption it toggles came before
            # (a heading right under a picture that repeats its alt text, or over the picture's credit, is its
            # caption set as a heading: a converter's <figcaption> written "## Caption")
            heading_caption = piece.heading and cur.ref is not None and cur.caption is None and not cur.credits
            heading_caption = heading_caption and (
                bool(cur.alt and same_text(cur.alt, piece.text)) or self._credit_next(index)
            )
            captionable = (
                not piece.link
                and not _toggled(cur)
                and (not piece.heading or heading_caption)
                and any(ch.isalpha() for ch in piece.text)
            )
            captionable = captionable and not _MARKUP_LEFT.match(piece.text)
            # a long passage citing pages in links, under a picture set in its paragraph: the paragraph goes on
            captionable = captionable and not (piece.cites and piece.words > _CAPTION_UNDER_WORDS)
            # a text with no blank lines (trafilatura's): under a picture with no alt text, or one whose alt text holds
            # its caption, a passage as long as the story's paragraphs (sharing few of the alt's words) is the story's
            captionable = captionable and not (
                self.dense
                and cur.ref is not None
                and piece.line > self.parts[cur.ref].line  # (not a caption glued to the picture's own line)
                and piece.words > _BODY_LINE_WORDS
                and (not cur.alt or _alt_told_else(cur.alt, piece.text))
            )
            if cur.caption is None and piece.words <= P.CAPTION_MAX_WORDS and captionable:
                repeats_alt = bool(cur.alt and same_text(cur.alt, piece.text))
                # a credit, then the alt text again ("Name/for Outlet London Rene and …"): the caption all the same
                repeats_alt = repeats_alt or bool(cur.alt and notice_before_alt(piece.text, [], cur.alt))
                across = piece.after_gap and not repeats_alt
                # under a reference, a caption reads as one: a sentence, not a list item, a heading or code
                shaped = repeats_alt or (
                    sentence_like(piece.text) and not LIST_ITEM.match(piece.text) and not _long_cjk(piece.text)
                )
                # across a blank line, an image that has its credit is complete: the next block is the body's
                complete = piece.after_gap and bool(cur.credits) and not repeats_alt
                under_ref = (
                    not across
                    or _caption_under_credited_alt(cur, piece, self._next(index))
                    or self._credit_under(index)
                ) and (repeats_alt or not _alt_captions_else(cur, piece.text))
                lead_in = piece.text.endswith(":")  # "You may also like these photo galleries:": a list follows
                if cur.ref is None and cur.alt is None and (cur.counter is not None or cur.markers):
                    below_alt = self._next(index)
                    if (
                        _BRACKETED_ALT.fullmatch(piece.text)
                        and below_alt is not None
                        and below_alt.kind
                        in (
                            "text",
                            "capcredit",
                        )
                    ):  # w3m's "[Neutron star image]", then the slide's caption: the alt text, not the caption
                        cur.alt = piece.text[1:-1].strip()
                        self._take(cur, index, "alt-line")
                        return
                if (cur.ref is not None and under_ref and shaped) or (
                    (cur.counter is not None or cur.markers) and not complete and not lead_in
                ):
                    via = "reference" if cur.ref is not None else "counter" if cur.counter is not None else "marker"
                    self._caption(cur, index, via)
                    return
                # across a blank line: caption-shaped, not a section's heading ("Pregnant Women and Infants" over
                # a paragraph)
                below = not piece.after_gap or (sentence_like(piece.text) and not self._section_heading(index))
                below = below and not (self.credits_below_gap and self._caption_shaped_above(cur))
                below = below and not (self.dense and self._set_apart_above(cur))
                below = below and not P.NOT_CAPTION.search(piece.text)  # "By" / "Marc Santora": the byline
                below = below and not piece.text.endswith(_DASHES)  # "Dekalb, Ill. —": the story's dateline
                if self.dense and not piece.terminal and (goes_on := self._next(index)) is not None:
                    below = below and not (goes_on.kind == "text" and goes_on.text[:1].islower())  # a sentence
                    # a link cut from the story's first line ("Retiring early" / "takes time and …")
                if cur.credits and cur.ref is None and not piece.terminal and piece.words <= 40 and below:
                    self._caption(cur, index, "below")  # a credit line, then its caption
                    return
        self._close()  # text that joins no image is the body's: the image before it is complete
        before = self.parts[previous] if previous is not None and near else None
        if before is not None and before.kind == "text" and not before.used and _alt_repeat(before, piece):
            block = self._open()
            block.alt = before.text
            self._take(block, previous, "alt-line")  # type: ignore[arg-type]
            self._caption(block, index, "alt-repeat")  # open still: its credit may follow


def _alt_told_else(alt: str, text: str) -> bool:
    """The alt text is a caption of its own (a described photo) and `text` shares few of its words."""
    words = {word for word in fold(alt).split() if len(word) > _SHORT_WORD}
    if len(alt.split()) < _ALT_CAPTION_WORDS or not words:
        return False
    shared = words & {word for word in fold(text).split() if len(word) > _SHORT_WORD}
    return len(shared) * 2 < len(words)


_ALT_CAPTION_WORDS = 8  # words of an alt text that holds the photo's caption


_BODY_LINE_WORDS = 35  # words of a passage under a picture, in a text with no blank lines, for it to be the story's


_SHORT_WORD = 3  # letters of the words left out when two passages' words are compared ("the", "and")


_NAME_LINE_WORDS = 4


_NAME_LINE = lazy_re.compile(r"[^\W\d_][\w .'’&/-]*")


_HEADING_STARTS = frozenset(
    # (and a source's line: "From The Atlantic", "Via Reuters Graphics")
    {"the", "a", "an", "what", "how", "why", "when", "where", "who", "which", "more", "read", "from", "via", "by"}
)


def _toggled(block: Block) -> bool:
    """A "toggle caption" control, then the credit: the control stands after the caption it shows and hides
    ("Caption. Name/AP hide caption / toggle caption / Name/AP"), so the text below it is the body's, even where
    the scrape lost the caption ("Enlarge this image toggle caption Name/AFP Name/AFP" / first paragraph)."""
    return bool(block.credits) and caption_toggle(block)


def caption_toggle(block: Block) -> bool:
    return any(_CAPTION_TOGGLE.search(marker) for marker in block.markers)


def _name_twice(text: str) -> bool:
    """A short name printed twice in a row ("U.S. Treasury Department U.S. Treasury Department"): the credit shown
    beside a caption toggle and again under the picture."""
    return len(text.split()) <= 2 * _NAME_WORDS and said_twice(text) is not None


_NAME_WORDS = 8


_CAPTION_TOGGLE = lazy_re.compile(r"toggle\s*caption", re.IGNORECASE)


def _long_cjk(text: str) -> bool:
    """A passage of Chinese or Japanese longer than captions run (the story's next paragraph, where a scrape keeps
    no blank line between them)."""
    return len(text) > _CJK_CAPTION_CHARACTERS and mostly_cjk(text)


_CJK_CAPTION_CHARACTERS = 60


def _alt_credits(alt: str, registry: Registry) -> list[SeenCredit]:
    """Credits a page wrote into an image's alt text: a labelled one ("| Bildquelle: dpa", "(Photo by Name/AFP)"),
    one in brackets that names an agency ("(picture-alliance/dpa/L. Schwedes)"), or a "Name/Name" in brackets
    closing the alt text ("(imago/UIG)"); or an alt text that is all one credit ("Mandel Ngan / AFP / Getty Images").
    A pilcrow (pandoc's mark between a caption's paragraphs) is a space."""
    alt = " ".join(alt.replace("¶", " ").split())
    if _KEYWORD_SLUG.fullmatch(alt.rpartition(":")[2].strip()):
        return []  # "Image: US-SPACE-AEROSPACE-NASA": an agency's keyword slug, no credit
    if (paired := source_and_caption(alt)) is not None:  # BBC's hidden labels: "Image source, Getty Images …"
        return [SeenCredit(paired[1], "alt", "Image source", parsed=parse(paired[1], registry))]
    if (licensed := _LICENSED_LEAD.match(alt)) is not None:  # "Foto: Name CC BY 2.0 Austria von …": the licence ends it
        credit = licensed.group("credit")
        return [SeenCredit(credit, "alt", licensed.group("label"), glued=True, parsed=parse(credit, registry))]
    whole = line_credit(alt, registry) if "(" not in alt and "[" not in alt else None
    if whole is not None and whole[1] and (whole[0].label or "/" in whole[0].text or _agency_named(whole[0], registry)):
        return [SeenCredit(whole[0].text, "alt", whole[0].label, parsed=whole[0].parsed)]
    spans = split_credits(alt, registry)[1]
    found = [
        SeenCredit.from_span(span, "alt")
        for span in spans
        if not span.empty
        and (
            span.label
            or (_shaped(alt, span) and _agency(span, registry))
            # "… black cod. (Ellen M. Banner / The Seattle Times)": a photographer and the outlet, in brackets
            or (span.credit is not None and span.credit.photographer is not None and "/" in span.raw)
        )
    ]
    if not spans:
        tail = _ALT_SLASH_CREDIT.search(alt)
        if tail and looks_like_credit(tail.group(1), registry):
            found.append(SeenCredit(tail.group(1).strip(), "alt"))
    if not found and (lead := leading_credit(alt, registry)) is not None and _written_as_credit(lead):
        found.append(SeenCredit(lead.raw, "alt", lead.label, glued=True, parsed=lead.credit))  # "REUTERS Police …"
    head, bar, after = alt.rpartition(" | ")
    if not found and bar and head.strip() and len(after.split()) <= _BAR_CREDIT_WORDS:
        parsed = parse(after.strip(), registry)  # "Commuters walk along a sidewalk in Tokyo. | AP": an agency's credit
        if parsed.agency is not None:
            found.append(SeenCredit(after.strip(), "alt", parsed=parsed))
    return found


_BAR_CREDIT_WORDS = 6  # words after an alt text's last " | " for them to be its credit


# An agency's keyword slug for the picture, written as its alt text after a label: no credit
_KEYWORD_SLUG = lazy_re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+){2,}")


# A labelled credit closed by a Creative Commons licence, then the alt text's description (an extractor that joins
# an image's title, "Foto: Name CC BY 2.0", and its alt text)
_LICENSED_LEAD = lazy_re.compile(
    rf"^(?P<label>(?:{LABEL_WORDS})\s*:)\s*(?P<credit>[^:()\[\]]{{2,80}}?\bCC[\s-]?(?:BY(?:[\s-](?:SA|NC|ND)){{0,2}}|0)"
    r"(?:[\s-]?\d\.\d)?)\s+\S"
)


def _agency_named(seen: SeenCredit, registry: Registry) -> bool:
    """An alt text that is an agency's name of two words or more and nothing else ("Getty Images", "AP Photo"):
    pandoc writes a figure's caption as its picture's alt text, and the caption was the credit alone."""
    hit = registry.match(seen.text)
    return hit is not None and fold(hit[1]) == fold(seen.text) and len(seen.text.split()) >= _AGENCY_WORDS


_AGENCY_WORDS = 2


def _written_as_credit(lead: LeadingCredit) -> bool:
    """A credit before its caption that says it is one: a label, a slash, or capitals ("REUTERS", "AFP PHOTO")."""
    return not lead.bare or says_credit(lead)


def _agency(span: CreditSpan, registry: Registry) -> str | None:
    """The agency the span's credit names (parsed here when finding it took no parsing: "REUTERS/Yves Herman")."""
    return (span.credit or parse(span.raw, registry)).agency


def _shaped(alt: str, span: CreditSpan) -> bool:
    """A credit in an alt text shaped as one: in brackets, or parts joined by a slash ("Name/Agency")."""
    return alt[span.start : span.start + 1] in ("(", "[") or "/" in span.raw


_ALT_SLASH_CREDIT = lazy_re.compile(r"\s\(([^()\s/]{2,30}(?:\s?/\s?[^()/]{2,30}){1,3})\)$")


# What a converter left of markup it could not write: a link's end "](…)", an attribute list "{class: …}", code
# quotes "``{class: image_icon}](…)". No caption starts so.
# code, a style, pandoc's "{#id width=…}", a script link's rest ("|javascript:pop_me_up2(…)")
_MARKUP_LEFT = lazy_re.compile(r"^(?:`|\{\s*[\w-]+\s*:|\]\(|\{[#.][\w-]|[\[\]\"|:\s]*javascript:)")


def _caption_under_credited_alt(block: Block, piece: Piece, after: Piece | None) -> bool:
    """A reference whose alt text carries the credit, then across a blank line one short line that reads as a
    caption (a sentence without its full stop), a paragraph of its own (`after`: the piece touching it from below,
    a wrapped paragraph's next line): the figure's caption. The alt text names the photo; the credit in it says
    the page printed the figure, caption and all."""
    return (
        (after is None or after.after_gap)  # a blank line after it (one the reader closed still counts)
        and bool(block.credits)
        and all(seen.where == "alt" for _, seen in block.credits)
        and not piece.terminal
        and not piece.heading
        and piece.words <= _CAPTION_UNDER_WORDS
        and sentence_like(piece.text)
    )


_CAPTION_UNDER_WORDS = 30


def _credits_below_gap(parts: list[Piece]) -> int:
    """How many credits stand alone on a line across a blank line from caption-shaped text above them."""
    count = 0
    for index, piece in enumerate(parts[1:], 1):
        above = parts[index - 1]
        if piece.kind == "credit" and piece.first_on_line and piece.after_gap and above.kind == "text":
            count += sentence_like(above.text) and above.words <= P.CAPTION_MAX_WORDS
    return count


_SLUG = lazy_re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+")


_PAGE_STYLE_MIN = 3  # credits laid out the same way before the page's layout is trusted


_NAMED_GAP = 3  # pieces from a file's name to the picture of that file (a heading's underline, a blank line)


PARAGRAPH_WORDS = 15  # a line this long is a paragraph of the body, whatever the page


def slide_number(counter: str) -> str:
    """The slide number of a gallery counter ("Image 3 of 7" -> "3")."""
    numbers = re.findall(r"\d+", counter)
    return numbers[0] if numbers else ""


_MARKUP_CUT = lazy_re.compile(r"!\[|\]\(|\)\]|<[a-z/]")  # a picture's or a link's markup, cut: no caption


def _alt_repeat(alt: Piece, caption: Piece) -> bool:
    """A line printed twice in a row, the scrape's alt text over the caption (not across a blank line: a teaser
    card's alt text and title on a page that spaces its blocks). Printed in brackets twice, "[alt]" over "[alt]",
    it is one picture's alt text shown for two of its sizes: no caption."""
    return (
        not caption.after_gap
        and not (caption.text[:1] == "[" and caption.text[-1:] == "]")
        and not LIST_ITEM.match(caption.text)
        and 4 <= caption.words <= 60
        and alt.text == caption.text
        and sentence_like(caption.text)
    )


# A picture as w3m prints it, its alt text in brackets on a line of its own ("[Neutron star image]")
_BRACKETED_ALT = lazy_re.compile(r"\[[^\[\]()]{3,120}\]")


# A list item as text browsers and Markdown converters print it: navigation and link lists, not slides
LIST_ITEM = lazy_re.compile(r"^(?:[*•+-]|\d{1,2}\.)\s")


def _same_agency_alone(first: SeenCredit, again: SeenCredit) -> bool:
    """The second credit is the first one's agency alone ("… (Photo: Getty Images)" / "Getty"): a short form the
    page prints under the picture as well, not another picture."""
    one, two = first.parsed, again.parsed
    return (
        one is not None
        and two is not None
        and two.agency is not None
        and two.agency == one.agency
        and two.photographer is None
        and not again.label
    )


_DASHES = ("—", "–", "--", " -")


def alt_caption(alt: str, credit: SeenCredit) -> str:
    """The caption an alt text holds before the credit written into it ("¶ Faster networks could be in the works.
    ¶ Photo by Getty Images"): a sentence, else nothing (an alt that names the photo is no caption)."""
    marker = credit.label or credit.text
    at = alt.rfind(marker)
    head = clean(alt[:at].replace("¶", " ")).strip(" |-–—,;(") if at > 0 else ""
    if not head and credit.text and alt.startswith(credit.text):  # "AFP/FRANCISCO LEONG Le nouveau premier …"
        head = clean(alt[len(credit.text) :]).strip(" |-–—,;:)")
    return head if sentence_like(head) and head[-1:] in ".!?" else ""


def _alt_captions_else(block: Block, text: str) -> bool:
    """The picture's alt text holds its credit and a caption beside it, and `text` (the line under the picture)
    says something else: the story's, not the caption."""
    credits = [seen for _, seen in block.credits]
    if not block.alt or not credits or not all(seen.where == "alt" for seen in credits):
        return False
    caption = alt_caption(block.alt, credits[0])
    return bool(caption) and not same_text(caption, text)


def notice_before_alt(caption: str, credits: list[SeenCredit], alt: str) -> tuple[str, SeenCredit] | None:
    """A caption line that is a copyright notice and then the alt text again ("(C) Photo courtesy of Pexels, Public
    Domain The reason why..." under an image whose alt is "The reason why..."): the notice is the credit. The line
    is the caption, or the one credit, a notice whose words ran on into the caption ("(C) Name Caption words.")."""
    if not credits:
        line = caption
    elif not caption and len(credits) == 1 and (credits[0].label or "").strip() in _NOTICE_LABELS:
        line = f"{credits[0].label} {credits[0].text}"
    else:
        return None
    label = next((label for label in _NOTICE_LABELS if line.startswith(label)), None)
    alt = clean(alt)
    body = clean(line[len(label or "") :])
    if len(alt.split()) < DESCRIBED or body == alt:
        return None
    # the alt text again after the notice, whole or cut where a converter wrapped the line ("… News Rene seeks")
    start = " ".join(alt.split()[:DESCRIBED])
    again = next((at for at in _positions(body, start) if at > 0 and alt.startswith(body[at:])), None)
    if again is None:
        return None
    credit = body[:again].strip(" ,;|-–")
    if not credit or len(credit.split()) > _NOTICE_WORDS:
        return None
    if label is None:  # no notice: a photographer and an outlet ("Kevin C. Downs/for New York Daily News")
        named = _PHOTOGRAPHER_FOR.match(credit)
        if named is None or not looks_like_person(named.group(1)):
            return None
    return alt, SeenCredit(credit, "caption_tail", label=label)


# "Name/for Outlet", "Name for The Outlet", "Name/Outlet": a photographer and who the photo was taken for
_PHOTOGRAPHER_FOR = lazy_re.compile(
    r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})(?: ?/ ?for | for | ?/ ?)(?:[Tt]he )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}$"
)


def _positions(text: str, part: str) -> Iterator[int]:
    at = text.find(part)
    while at >= 0:
        yield at
        at = text.find(part, at + 1)


_NOTICE_WORDS = 12


_GAP_CAPTION_WORDS = 30  # words of a caption set apart from its credit by a blank line, at most


_NOTICE_LABELS = ("©", "(C)", "(c)")


_BODY_WORDS = 8


def wrapped_paragraph(parts: list[Piece], index: int) -> bool:
    """The text piece is (part of) a paragraph of the body: a sentence of some length, on one line or wrapped over
    touching lines (html2text and text browsers wrap at a width), the last of them ending a sentence."""
    if parts[index].words >= _LONG_LINE_WORDS and parts[index].terminal:
        return True  # a paragraph on a line of its own, as long as no text browser's width wraps a line at
    start = end = index
    while start > 0 and _paragraph_line(parts[start - 1]):
        start -= 1
    while end + 1 < len(parts) and _paragraph_line(parts[end + 1]):
        end += 1
    run = parts[start : end + 1]
    return sum(p.words for p in run) >= _BODY_WORDS and run[-1].terminal


_LONG_LINE_WORDS = 25


def _paragraph_line(piece: Piece) -> bool:
    return piece.kind == "text" and piece.first_on_line and not piece.used and not piece.after_gap


DESCRIBED = 3  # alt words that describe a photo ("Damage to a seafront cafe"), not name a thing ("Market square")


def is_paragraph(piece: Piece) -> bool:
    return piece.kind == "text" and piece.first_on_line and piece.words >= PARAGRAPH_WORDS and piece.terminal


_PARAGRAPH_GAP = 4  # pieces looked at for the next paragraph: a few blank lines
