"""Scraped plain text: image blocks assembled from the pieces around them, the way a person reads the scrape.

A scrape shows an image as a block of a few lines (or a few pieces of one flattened line), in many orders:

     ISIS chief ... reports claim               <- alt text (the scrape indents it, or repeats the caption)
    6                                           <- gallery counter
    ISIS chief ... reports claimCredit: AP:...  <- caption with the credit glued on           (The Sun, seed)

    Image copyright Getty Images Image caption The pair have been friends    (BBC, flattened on one line)
    Enlarge this image toggle caption Name/AFP/Getty Images                  (NPR: markers, then the credit)
    Kristi Noem at the White House. / Photograph: Alex Wong/Getty Images      (caption, then a credit line)
    1 of 12 / Caption text (AP Photo/Name)                                   (gallery: counter, caption)
    ![alt](images/a.jpg) / Caption                                           (Markdown reference, caption)

checker/readers/text_lines.py cuts the text into pieces of known kinds (label, counter, reference, credit,
caption with credit, decoy, chrome, text); this module joins neighbouring pieces into images, then looks for
images shown with no credit at all (alt repeated as caption, a gallery of slides), and hands each image's
evidence to checker.evidence.decide. Everything that is not an image block or page chrome is body text.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from checker import lazy_re
from checker.credits.captions import CreditSpan, leading_credit, split_credits
from checker.credits.parse import TOP_PICTURE, looks_like_credit, looks_like_person
from checker.credits.registry import Registry
from checker.evidence import ImageEvidence, SeenCredit, decide
from checker.model import Article, LineLocation
from checker.readers import text_patterns as P
from checker.readers.photo_files import file_key, same_stem
from checker.readers.text_assembly import (
    DESCRIBED,
    LIST_ITEM,
    PARAGRAPH_WORDS,
    Assembler,
    alt_caption,
    caption_toggle,
    is_paragraph,
    notice_before_alt,
    slide_number,
    wrapped_paragraph,
)
from checker.readers.text_block import (
    TEASER_RUN,
    Block,
    bare_reference,
    menu_item,
    next_piece,
    previous_piece,
    under_headline,
)
from checker.readers.text_cards import (
    headline_list,
    label_grid,
    link_lists,
    linked_heading_cards,
    linked_title_cards,
    listed_headline_cards,
    titled_cards,
)
from checker.readers.text_lines import (
    STUB,
    Piece,
    doubled,
    pieces,
    same_text,
    sentence_like,
)
from checker.textnorm import clean, fold, word_count


def is_chrome(line: str) -> bool:
    text = clean(line)
    return not text or bool(P.CHROME.search(text))


def read_text(source: str, text: str, registry: Registry) -> Article:
    parts = _close_ordinary_gaps(_plain_indent(pieces(text, registry)))
    parts = _credit_first_style(parts, registry)
    parts = _source_lists(parts, registry)
    _bracketed_names(parts, registry)
    _one_name_in_brackets(parts)
    _title_line(parts)
    blocks = _teaser_lists(_printed_again(_reference_joins(Assembler(parts, registry).run(), parts), parts), parts)
    blocks += _uncredited_galleries(parts)
    blocks += _repeated_short_lines(parts)
    blocks += _pictured_lines(parts)
    _top_picture_credit(blocks, parts)
    _after_the_article(blocks, parts)
    linked_heading_cards(blocks, parts)
    listed_headline_cards(blocks, parts)
    linked_title_cards(blocks, parts)
    titled_cards(blocks, parts)
    headline_list(blocks, parts)
    label_grid(blocks, parts)
    link_lists(blocks, parts)
    _shown_twice(blocks, parts)
    _badges(blocks, parts)
    series: dict[str | None, set[str]] = {}  # a gallery's counters: the slide numbers seen per total
    for piece in parts:
        if piece.kind == "counter" and piece.counter_words:
            series.setdefault(piece.total, set()).add(slide_number(piece.text))
    lone = [b for b in blocks if b.caption_via == "doubled" and not b.credits and b.ref is None and b.counter is None]
    for block in lone:
        # one passage printed twice, no picture, no credit: a title shown twice as often as a slide (a run of them
        # is a gallery's slides, flattened, unless it reads as a headline: a card's alt text and title); printed
        # twice again, for a picture and its <noscript> copy, it is a picture's alt text
        headline = not parts[block.caption].terminal  # type: ignore[index]
        if (len(lone) == 1 or headline) and "doubled-again" not in block.signals:
            block.weak = True
    credited = Counter(parts[b.counter].total for b in blocks if b.counter is not None and b.credits)
    found = [evidence for block in blocks if (evidence := _evidence(block, parts, series, credited)) is not None]
    found.sort(key=lambda evidence: getattr(evidence.location, "line", 0))
    found = _credit_at_the_end(found)
    _gallery_titles(found)
    images = [decide(evidence, registry, index) for index, evidence in enumerate(found)]
    return Article(
        source=source,
        format="text",
        text=_body(parts),
        images=images,
        # a chrome line read as a picture's alt text ("international-reports" under a menu) shows no alt text:
        # only a content image's, or one the text gives an address for
        alt_observable=any(image.alt is not None and (image.role != "chrome" or image.src) for image in images),
    )


def _plain_indent(parts: list[Piece]) -> list[Piece]:
    """An indented line marks a scrape's alt text only where most lines are not indented: a scraper that indents
    its blocks by nesting depth (inscriptis, lynx) says nothing with it."""
    solid = [piece for piece in parts if piece.kind != "blank" and piece.first_on_line]
    if solid and sum(piece.column > 0 for piece in solid) * 2 > len(solid):
        for piece in parts:
            piece.indent = False
    return parts


def _close_ordinary_gaps(parts: list[Piece]) -> list[Piece]:
    """On a page whose scraper puts blank lines between every block (inscriptis, html2text, w3m, Markdown), a blank
    line says nothing: a caption, a blank line, then its credit alone on a line are one image. The page's own
    paragraphs tell its style: when most long lines of text are followed by blank lines, every run of blank lines
    no longer than the usual one goes, and a longer run stays as one blank line."""
    gaps: list[int] = []
    for index, piece in enumerate(parts):
        if piece.kind != "text" or piece.words < PARAGRAPH_WORDS or not piece.first_on_line:
            continue
        end = index + 1
        while end < len(parts) and parts[end].kind == "blank":
            end += 1
        if end < len(parts):
            gaps.append(end - index - 1)
    spaced = sorted(gap for gap in gaps if gap > 0)
    if len(gaps) < 3 or len(spaced) < _SPACED_SHARE * len(gaps):
        return parts
    usual = spaced[len(spaced) // 2]
    out: list[Piece] = []
    run: list[Piece] = []
    for piece in [*parts, Piece(-1, "text", "")]:
        if piece.kind == "blank":
            run.append(piece)
            continue
        if len(run) > usual:
            out.append(run[0])
        elif run:
            piece.after_gap = True
        run = []
        out.append(piece)
    return out[:-1]


_SPACED_SHARE = 0.6  # share of paragraphs followed by a blank line that makes a page "spaced"


def _credit_first_style(parts: list[Piece], registry: Registry) -> list[Piece]:
    """On a page whose captions start with their credit (three or more lines "AGENCY Caption ..."):

    - the other captions written the same way start with a credit the registry does not know ("Fame Flynet
      Forensics work at the scene ..."): an unpunctuated line whose first words are a platform name, a
      "Name / Name" credit, a web address, or words that start two or more such lines before a capital;
    - a gallery flattened onto one line is cut where the next credit starts ("... in the city Getty Images There
      were fears ...").
    """
    if sum(1 for p in parts if p.kind == "capcredit" and p.credit_first) < 3:
        return parts
    lines = [p for p in parts if p.kind == "text" and not p.terminal and 5 <= p.words <= 50]
    heads: Counter[str] = Counter()
    for piece in lines:
        words = piece.text.split()
        heads.update(" ".join(words[:size]) for size in (1, 2, 3) if words[size][:1].isupper())
    for piece in lines:
        words = piece.text.split()
        for size in (3, 2, 1):
            head, caption = " ".join(words[:size]), " ".join(words[size:])
            if not caption[:1].isupper() or not sentence_like(caption) or not looks_like_credit(head, registry):
                continue
            known = head in P.PLATFORM_CREDITS or "/" in head or bool(_DOMAIN.fullmatch(head))
            if known or (heads[head] >= 2 and head.lower() not in _SENTENCE_STARTS):
                piece.kind, piece.caption, piece.credit_first = "capcredit", caption, True
                piece.credits = [SeenCredit(head, "caption_tail", None, glued=True)]
                break
    out: list[Piece] = []
    for piece in parts:
        out.extend(_flattened(piece, registry) if piece.kind == "capcredit" and piece.credit_first else [piece])
    return out


def _flattened(piece: Piece, registry: Registry) -> list[Piece]:
    """A credit-first caption cut at each further credit-first caption flattened into it."""
    caption = piece.caption
    cuts: list[tuple[int, SeenCredit, int]] = []  # where a credit starts, the credit, where its caption starts
    for match in _CAPITALISED_AFTER_LOWER.finditer(caption):
        start = match.start(1)
        if cuts and start < cuts[-1][2]:
            continue
        lead = leading_credit(caption[start:], registry)
        if lead is None:
            continue
        head_part = lead.raw.split("/")[-1].strip()
        hit = registry.match(head_part)
        if hit is None or fold(hit[1]) != fold(head_part):
            continue  # only a full agency name cuts
        credit = SeenCredit(lead.raw, "caption_tail", lead.label, glued=True, parsed=lead.credit)
        cuts.append((start, credit, start + lead.end))
    if not cuts:
        return [piece]
    piece.caption = caption[: cuts[0][0]].strip()
    out = [piece]
    for number, (_, credit, begin) in enumerate(cuts):
        end = cuts[number + 1][0] if number + 1 < len(cuts) else len(caption)
        rest = caption[begin:end].strip()
        out.append(
            Piece(
                piece.line,
                "capcredit",
                rest,
                first_on_line=False,
                column=piece.column,
                caption=rest,
                credits=[credit],
                strong=True,
                credit_first=True,
            )
        )
    return out


_CAPITALISED_AFTER_LOWER = lazy_re.compile(r"[a-z0-9’']\s+([A-Z])")
_DOMAIN = lazy_re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|co\.uk|net|org|de|fr|es|it|uk|au|ca)")
# words that start captions as well as credits: never taken for a credit learned from the page
_SENTENCE_STARTS = frozenset(
    ["the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "this", "that", "his", "her", "their"]
)


def _under_bare_link(block: Block, parts: list[Piece]) -> bool:
    """The line right above the block is a text browser's link number alone ("[41]", w3m and lynx): a link that
    holds only a picture, whose alt text or title is the caption-like line under it."""
    above = min(block.members) - 1
    return above >= 0 and parts[above].kind == "text" and _BARE_LINK.fullmatch(parts[above].text) is not None


_BARE_LINK = lazy_re.compile(r"\[\d{1,4}\]")


def _uncredited_galleries(parts: list[Piece]) -> list[Block]:
    """Slides of a gallery flattened one a line, each starting with the gallery's title and carrying no credit
    ("Port of Duisburg turns 300 Trading place of ..." x 11): three or more touching lines of text that share
    their first words."""
    blocks: list[Block] = []
    run: list[int] = []

    def flush() -> None:
        # slides are sentences: a list of products or links sharing their first words has no stops
        if len(run) >= 3 and any(parts[index].terminal for index in run):
            for index in run:
                block = Block(weak=True)
                block.add(index, "gallery-title-repeated")
                block.caption, block.caption_via = index, "gallery"
                parts[index].used = True
                blocks.append(block)
        run.clear()

    previous: Piece | None = None
    for index, piece in enumerate(parts):
        if piece.kind == "text" and not piece.used and piece.words >= 10 and not LIST_ITEM.match(piece.text):
            if run and previous is not None and not piece.after_gap and _shared_start(previous.text, piece.text) >= 3:
                run.append(index)
            else:
                flush()
                run.append(index)
            previous = piece
        else:
            flush()
            previous = None
    flush()
    return blocks


def _gallery_titles(found: list[ImageEvidence]) -> None:
    """A flattened gallery that prints its title before every slide's caption ("Photos: North Korea launches
    rocket The Kwangmyongsong carrier rocket ..." x 8): the words all its captions start with, when they end
    before a capitalised word, are the title, not the caption. A gallery is the slides of one counter series
    ("N of 8") or the lines found by their shared start; three captions at least."""
    groups: dict[str, list[ImageEvidence]] = {}
    for evidence in found:
        if "gallery-title-repeated" in evidence.signals:
            groups.setdefault("title", []).append(evidence)
        elif evidence.counter and (total := _COUNTER_TOTAL.search(evidence.counter)):
            groups.setdefault(f"of {total.group(1)}", []).append(evidence)
    for slides in groups.values():
        texts = [_caption_of(evidence) for evidence in slides]
        if len(slides) < _GALLERY_MIN or not all(texts):
            continue
        title = _common_words(texts)
        if not _is_title(title, texts):
            continue
        for evidence, text in zip(slides, texts, strict=True):
            rest = text[len(" ".join(title)) :].strip()
            if evidence.caption_split is not None:
                evidence.caption_split = (rest, evidence.caption_split[1])
            evidence.captions = [rest, *evidence.captions[1:]]


def _caption_of(evidence: ImageEvidence) -> str:
    if evidence.caption_split is not None:
        return evidence.caption_split[0]
    return evidence.captions[0] if evidence.captions else ""


def _common_words(texts: list[str]) -> list[str]:
    """The words every text starts with."""
    first, *others = (text.split() for text in texts)
    common = 0
    while common < len(first) and all(common < len(o) - 1 and o[common] == first[common] for o in others):
        common += 1
    return first[:common]


def _is_title(title: list[str], texts: list[str]) -> bool:
    """Words that read as a gallery's title before each caption: two words with letters at least, not ending on a
    word that runs on into the sentence ("FILE - In this"), each caption going on with a capital or a number and
    some words."""
    if sum(any(ch.isalpha() for ch in word) for word in title) < 2 or title[-1].lower() in _RUNS_ON:
        return False
    for text in texts:
        rest = text.split()[len(title) :]
        if len(rest) < DESCRIBED or not (rest[0][:1].isupper() or rest[0][:1].isdigit()):
            return False
    return True


_COUNTER_TOTAL = lazy_re.compile(r"\bof\s*/?\s*(\d+)", re.IGNORECASE)
_GALLERY_MIN = 3
_RUNS_ON = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "with",
        "by",
        "-",
        "–",
    ]
)


def _repeated_short_lines(parts: list[Piece]) -> list[Block]:
    """A short line between paragraphs that the page prints again elsewhere: a caption shown twice (a lead image
    and its lightbox, a gallery and its teaser), but with nothing else to tell it from a pull quote or a repeated
    headline, so it is reported as unsure. The page's first lines (headline, standfirst) are left out."""
    solid = [i for i, p in enumerate(parts) if p.kind != "blank"]
    seen = Counter(parts[i].text for i in solid if parts[i].kind == "text")
    blocks: list[Block] = []
    for position in range(3, len(solid) - 1):
        index = solid[position]
        piece = parts[index]
        if piece.kind != "text" or piece.used or seen[piece.text] != 2 or not 5 <= piece.words <= 30:
            continue
        if not sentence_like(piece.text) or piece.text.endswith((":", "?")):
            continue
        before, after = parts[solid[position - 1]], parts[solid[position + 1]]
        if not all(p.kind == "text" and p.words >= 25 and p.terminal for p in (before, after)):
            continue  # not between two paragraphs of the body
        if seen[before.text] > 1 or seen[after.text] > 1:
            continue  # the paragraphs around it are printed twice as well: the story printed again (a hidden copy)
        block = Block(weak=True)
        block.add(index, "short-line-repeated")
        block.caption, block.caption_via = index, "repeated"
        piece.used = True
        blocks.append(block)
    return blocks


def _pictured_lines(parts: list[Piece]) -> list[Block]:
    """A short paragraph that opens by saying what the picture shows ("图为…", "Pictured: …", "Im Bild: …"): a
    caption, its picture left out by the extractor."""
    blocks: list[Block] = []
    for index, piece in enumerate(parts):
        if (
            piece.kind == "text"
            and not piece.used
            and piece.words <= P.CAPTION_MAX_WORDS
            and _PICTURED.match(piece.text)
        ):
            block = Block()
            block.add(index, "pictured-caption")
            block.caption, block.caption_via = index, "pictured"
            piece.used = True
            blocks.append(block)
    return blocks


# "图为…" / "上图为…" (the picture shows), "Pictured: …", "PICTURED ABOVE: …", "Im Bild: …", "Sur la photo : …"
_PICTURED = lazy_re.compile(
    r"^(?:(?:上|下|左|右)?图(?:片)?为\S|(?i:pictured(?:\s+(?:above|below|left|right|top))?|im bild|auf dem bild"
    r"|sur (?:la|cette) photo|en la (?:foto|imagen))\s*:\s*\S)"
)


def _shared_start(a: str, b: str) -> int:
    """How many words two lines start with alike (words of letters: markup and numbers do not make a title)."""
    words = 0
    for x, y in zip(a.split(), b.split(), strict=False):
        if x != y:
            break
        words += any(ch.isalpha() for ch in x)
    return words


# A list item holding only a text browser's marker of a picture ("• [hero_wide_]"): a list of other stories' cards
_LISTED_PICTURE = lazy_re.compile(r"^[*•+-]\s*\[[^\[\]]{1,80}\]$")


def _with_next_line(block: Block, parts: list[Piece], caption_text: str) -> str:
    """The caption with the lines right under it, up to the first that holds a link's address: where the converter
    wrapped a link's words or its address ("[Cats want O'Neill as boss this" / "week](/sol/…)", "How to Use a
    Stability Ball" / "](http://…)")."""
    end = max(block.members)
    text, last = caption_text, parts[end]
    for after in range(end + 1, min(end + 1 + _LINK_LINES_UNDER, len(parts))):
        piece = parts[after]
        if piece.kind != "text" or piece.line != last.line + 1:
            break
        text, last = f"{text} {piece.text}", piece
        if "](" in piece.text:
            break
    return text


def _linked_elsewhere(caption: str) -> bool:
    """The caption opens a link to another page ("[Headline](/other-story)"), or is the words and address of a link
    that holds the picture too ("Headline ](/other-story)")."""
    return bool(_LINKED_CAPTION.match(caption) or _LINK_CLOSED.match(caption))


_LINK_LINES_UNDER = 3  # lines a card's wrapped title and link run on under the caption read

# the rest of a link that holds the picture too ("[ ![](…/poster.jpg) Watch the New Trailer! ](http://…/trailer)"):
# the caption is the link's words, then its address
_LINK_CLOSED = lazy_re.compile(r"^[^\[\]()]{3,200}\]\((?:https?:)?/[^)\s]")
# a caption that opens with a Markdown link to another page (a wrapped one, which no line of its own reads as a
# link; its address may be cut where the converter wrapped it): "[Vitali's clash set to top Poles ](/sol/…)", not a
# link to a picture's file or an anchor
_LINKED_CAPTION = lazy_re.compile(
    r"^\[[^\[\]]{3,200}\]\((?![#)]|javascript:|mailto:)(?![^)\s]*\.(?:jpe?g|png|gif|webp)(?:[?#][^)\s]*)?(?:\)|\s|$))"
    r"[^)\s]+(?:\)|\s|$)",
    re.IGNORECASE,
)
_BULLET = lazy_re.compile(r"^[•▪◦]\s")  # a text browser's bullet (not "-" or "*": a caption may start with one)


def _weak_credits(caption: str) -> tuple[str, list[SeenCredit]]:
    """A picture's caption and the credit its shape alone shows ("Attach moss. (Lucy Akins)", "… 24th. Jerome
    Miron, US Presswire"): taken once the picture is found, never a sign of one."""
    rest, spans = split_credits(caption)
    if not spans or not all(span.weak for span in spans):
        return caption, []
    return rest, [SeenCredit.from_span(span) for span in spans]


def _evidence(
    block: Block, parts: list[Piece], series: dict[str | None, set[str]], credited: Counter[str | None]
) -> ImageEvidence | None:
    caption = parts[block.caption] if block.caption is not None else None
    caption_text = ""
    if caption is not None:
        caption_text = caption.caption if caption.kind == "capcredit" else caption.text
    credits = [seen for _, seen in block.credits]
    if caption is None and credits and all(seen.where == "alt" for seen in credits) and block.alt:
        caption_text = alt_caption(block.alt, credits[0])
    if block.alt and (split := notice_before_alt(caption_text, credits, block.alt)) is not None:
        caption_text, credits = split[0], [split[1]]
    counter = parts[block.counter].text if block.counter is not None else None
    strong_credit = any(parts[i].strong or parts[i].kind == "capcredit" or seen.label for i, seen in block.credits)
    strong_credit = strong_credit or (bool(credits) and caption_toggle(block))  # a picture's control, its credit
    if block.ref is None and credits and all(_bare_word(seen) for seen in credits):
        strong_credit = False  # "Edition: U.S. / Global": one unlabelled word, no agency, and no picture in sight
    if block.ref is None and credits and all(_source_only(seen) for seen in credits):
        strong_credit = False  # "Source:" / "Ludwig-Maximilians-Universität München": a news release's source
    if caption is None and not credits and block.ref is None:
        return None
    if caption is not None and not credits and block.ref is None and _ATTRIBUTE_CODE.search(caption_text):
        return None  # "toggle--open' : 'caption-toggle'\">": an attribute's code a converter printed, no caption
    if caption is not None and not credits and block.ref is None and _headline(block, parts, caption_text):
        return None  # the page's title, or a line printed four times or more, with no credit or picture: the
        # headline (in <title>, <h1>, and the metadata's name and headline)
    if not credits and block.ref is not None and _stub(parts[block.ref]) and not _stub_in_story(block, parts):
        return None  # "[]", "[w150h100f1t0]": a bare picture with no alt text outside the story's paragraphs
    anchor = block.credits[-1][0] if block.credits else block.caption if block.caption is not None else block.members[0]
    if "top-picture-credit" in block.signals and block.ref is not None:
        anchor = block.ref  # the credit printed far from it (as `_credit_at_the_end` leaves it): at the picture
    line = parts[anchor].line
    lines = [parts[i].line for i in block.members]
    evidence = ImageEvidence(
        location=LineLocation(line=line + 1, column=1 + parts[anchor].column),
        src=parts[block.ref].src if block.ref is not None else None,
        alt=block.alt,
        captions=[caption_text],
        caption_split=(caption_text, []),
        credits=credits,
        counter=counter,
        signals=block.signals + [f"marker:{m}" for m in block.markers],
        lines=(min(lines) + 1, max(lines) + 1),
    )
    strong = (
        strong_credit
        or block.ref is not None
        or block.caption_via in ("label", "alt-repeat", "reference", "page-style", "doubled")
        or (block.caption_via in ("counter", "counter-line") and parts[block.counter].counter_words)  # type: ignore[index]
        # (a control's words over a passage of several sentences: a gallery's "Back to Gallery", then the story)
        or (
            block.caption_via == "marker"
            and any(len(m) > 2 for m in block.markers)
            and not _reads_as_body(caption_text)
        )
    )
    if caption is None and block.ref is None and not strong_credit:
        return None  # one agency name alone on a line ("AP"), nothing around it: a byline as often as a credit
    if block.ref is None and caption is not None and _menu_items(block, parts) and _menu_credits(block, parts):
        return None  # "Film/TV" / "All Film/TV" / "UPROXX TV", "Bloomberg Law/BNA" between other products: a site
        # menu's items, not a caption and a credit
    if block.ref is None and credits and all(seen.empty for seen in credits) and _picture_next(block, parts):
        return None  # "Episode Teaser Image:" over the picture: the picture's own label, not a second image
    if block.ref is None and credits and all(_owner_notice(seen) for seen in credits):
        if caption is None or _menu_items(block, parts) or _piped_list(caption_text or ""):
            return None  # "© THE INTERCEPT", "© by WhatsBroadcast" alone, or under "Privacy Notice", or before
            # "CGV | Mentions légales | Publicité": the page's or a partner's notice
        if _action_below(block, parts):
            return None  # "Newsletter" / "© by WhatsBroadcast" / "Weitere Infos lesen hier »": a partner's promotion
    if block.counter is not None and block.caption_via == "counter" and not credits:
        if not sentence_like(caption_text):
            return None  # a counter over a headline: a carousel of stories
        if len(series.get(parts[block.counter].total, ())) < 2:
            if not caption.terminal and caption.words < 12:  # type: ignore[union-attr]
                return None  # one "1 of 12" over a headline: a carousel of stories
            strong = False  # one "1 of 12" over a sentence: a gallery as often as a carousel
        elif credited.get(parts[block.counter].total, 0) >= 2:
            strong = False  # one slide without a credit among credited slides: an end or advertising slide maybe
    alt = block.alt or ""
    if block.outside is None and caption is not None and _LISTED_PICTURE.match(caption_text or ""):
        block.outside = "a list item that holds only a picture's marker ('• [hero_wide_]'): a card of another story"
    elif block.outside is None and caption is not None and block.caption_via == "above" and _BULLET.match(caption_text):
        block.outside = "a list item's picture, its credit under it: a card of another story"
    elif (
        block.outside is None
        and caption is not None
        and not credits
        and _linked_elsewhere(_with_next_line(block, parts, caption_text))
    ):
        block.outside = "its caption is a link to another page, or ends one around the picture: a card of another story"
    elif block.outside is None and block.ref is None and not credits and _under_bare_link(block, parts):
        block.outside = "a linked picture, its link's number alone over the caption ('[41]'): a card of another story"
    if block.outside is None and block.ref is not None and parts[block.ref].link:
        block.outside = "a picture linked to another page: a teaser card"  # (a link to its own file is unwrapped)
    if block.outside is not None:
        evidence.chrome(block.outside)
    elif block.doubt is not None:
        evidence.unsure(block.doubt)
    elif "credit-roll" in block.signals:
        evidence.unsure("one of a roll of photo credits: its picture is not in the text")
    elif not credits and P.AUTHOR_BIO.match(caption_text or ""):
        evidence.chrome("an author's photo: its caption is the author's biography")
    elif block.ref is not None and not credits and looks_like_person(alt) and _contact_below(block, parts):
        evidence.chrome("an author's portrait: a name, then an e-mail address under it")
    elif block.ref is not None and _furniture(evidence.src or "", caption is not None or bool(credits)):
        evidence.chrome(f"furniture: image file {(evidence.src or '')[:80]!r}")
    elif block.ref is not None and not credits and not alt and _GIF.search(evidence.src or ""):
        evidence.chrome("a GIF with no alt text or credit: a page's decoration (a header, a bullet)")  # as in HTML
    elif block.ref is not None and _video_poster(block, parts):
        evidence.chrome("a video player's poster: the player's lines (duration, 'Now playing', source) follow it")
    elif block.ref is not None and not credits and P.VIDEO_ALT.match(alt):  # (a line under it: the video's)
        evidence.chrome(f"a video player's poster (alt text {alt[:40]!r})")
    elif block.ref is not None and not credits and P.AVATAR_ALT.match(alt):
        evidence.chrome(f"a user's picture (alt text {alt[:40]!r})")
    elif block.ref is not None and caption is None and not credits and P.DOMAIN_ALT.match(alt):
        evidence.chrome(f"a site's logo (alt text {alt[:40]!r}, an address)")
    elif block.ref is not None and not credits and P.CONTROL_ALT.match(alt):  # a line under it is no caption
        evidence.chrome(f"a page control's image (alt text {alt[:40]!r})")
    elif (
        block.ref is not None
        and caption is not None
        and not credits
        and caption.line == parts[block.ref].line
        and (not alt or P.FILE_NAME_ALT.search(alt) is not None)
    ):  # html2text flows an inline picture into its paragraph: the story's words as often as a caption
        evidence.unsure("a picture named only by its file, the passage glued after it on its line with no credit")
    elif block.ref is not None and caption is None and not credits and _shown_again(block, parts):
        evidence.chrome("a small copy of the picture shown again right below it (the same alt text)")
    elif block.ref is not None and caption is None and not credits:
        if under_headline(block, parts):
            evidence.unsure("an image reference right under the headline, with no caption or credit: a lead photo")
        elif _above_headline(block, parts):
            evidence.unsure("an image reference right above the headline, with no caption or credit: a lead photo")
        elif not _between_paragraphs(block, parts):
            evidence.chrome("an image reference outside the article's paragraphs, with no caption or credit")
        elif (named := _NAMED_LAST.search(alt)) is not None and looks_like_person(named.group(1)):
            evidence.unsure("its alt text closes with a name in brackets, the photo's credit as often, and no credit")
        elif len(alt.split()) < DESCRIBED or P.FILE_NAME_ALT.search(alt):
            evidence.unsure("an image reference between paragraphs, with no alt text, caption or credit")
        elif _GIF.search(evidence.src or "") and len(alt.split()) <= _GIF_ALT_WORDS:
            evidence.unsure("a GIF with a few words of alt text and no caption or credit: a decoration as often")
        elif not sentence_like(alt):
            evidence.unsure("an image reference whose alt text reads as a headline, with no caption or credit")
    elif not strong or block.weak:
        evidence.unsure("only weak signals: " + ", ".join(dict.fromkeys(block.signals)))
    elif (
        credits and all(seen.empty or not seen.text.strip() for seen in credits) and block.ref is None and not block.alt
    ):
        evidence.unsure("an empty credit label and no image reference: a promotion's box as often as a photo")
    elif (
        not credits
        and _repeated_body(block.caption_via, caption_text or "")
        and not (caption is not None and caption.alt_in_brackets)  # "[X] X": a picture's alt text, no pull quote
    ):
        evidence.unsure(
            "a passage printed twice with no credit: a paragraph or pull quote repeated, as often as a caption"
        )
    elif not credits and block.caption_via == "alt-repeat" and block.ref is None and _byline_below(block, parts):
        evidence.unsure("a passage printed twice over a byline: a story's headline as often as a picture's caption")
    elif not credits and block.caption_via == "label" and fold(block.caption_label).strip(" :") == "caption":
        evidence.unsure("a bare 'Caption' label with no credit: a table's caption as often as an image's")
    elif not credits and block.ref is None and block.caption_via == "alt-repeat" and caption is not None:
        if not caption.terminal:  # (a picture's alt text then its caption is a sentence as often as not)
            evidence.unsure("a line printed twice with no credit or picture, ending no sentence: a headline as often")
    elif not credits and block.caption_via == "label" and caption is not None and menu_item(caption):
        evidence.unsure("a caption label over a title of a few words, no credit: a slideshow's promotion as often")
    if caption is not None and caption.kind != "capcredit" and not evidence.credits:
        rest, weak = _weak_credits(caption_text)  # found without them, so they decide nothing above
        if weak:
            evidence.captions, evidence.caption_split, evidence.credits = [rest], (rest, []), weak
    return evidence


_COPIES = 2  # times a page prints one photo: a sticky header's copy, and the article's


def _shown_twice(blocks: list[Block], parts: list[Piece]) -> None:
    """The same captioned and credited picture printed twice on the page, apart (a sticky header's copy of the
    lead photo, then the article's): one photo. The copy in the article's flow stands, the other is chrome."""
    copies: dict[tuple[str, ...], list[Block]] = {}
    for block in blocks:
        if block.outside is None and block.caption is not None and block.credits and block.counter is None:
            caption = fold(_caption_text(parts[block.caption]))
            if len(caption.split()) >= DESCRIBED:
                copies.setdefault((caption, *sorted(fold(seen.text) for _, seen in block.credits)), []).append(block)
    position = {id(block): n for n, block in enumerate(b for b in blocks if b.caption is not None or b.credits)}
    for same in copies.values():
        if not 2 <= len(same) <= _COPIES:
            continue  # (three times or more, apart: photos that share one caption, a house's rooms, not one photo)
        at = [position[id(block)] for block in same]
        if any(later - first > 1 for first, later in itertools.pairwise(at)):
            continue  # other pictures between: a gallery's slides that share a wire caption
        if any(_words_between(first, later, parts) < _APART_WORDS for first, later in itertools.pairwise(same)):
            continue  # side by side: two slides with one caption as often as one picture
        flowing = [block for block in same if _between_paragraphs(block, parts)]
        keep = flowing[0] if len(flowing) == 1 else same[0]
        for block in same:
            if block is not keep:
                block.outside = "the same caption and credit printed again elsewhere on the page: one photo"


def _badges(blocks: list[Block], parts: list[Piece]) -> None:
    """One picture file with no alt text shown again and again down the page (a shop's "Prime" badge in each
    product box, a section's icon): a badge or an icon, not a photo of the story. A photo printed more than once
    (a sticky header's copy) carries its alt text."""
    shown: dict[str, list[Block]] = {}
    for block in blocks:
        picture = parts[block.ref] if block.ref is not None else None
        if picture is not None and picture.src and not picture.alt:
            shown.setdefault(file_key(picture.src), []).append(block)
    for same in shown.values():
        if len(same) >= _BADGE_SHOWN:
            for block in same:
                block.outside = block.outside or f"one picture file with no alt text shown {len(same)} times: a badge"


_BADGE_SHOWN = 3  # times one file is shown for it to be a badge


def _words_between(first: Block, later: Block, parts: list[Piece]) -> int:
    return sum(piece.words for piece in parts[max(first.members) + 1 : min(later.members)] if piece.kind == "text")


_APART_WORDS = 20  # words of the page between two printings of one picture (a headline, a byline, a dek)


def _byline_below(block: Block, parts: list[Piece]) -> bool:
    """A byline ("by Matt Snyder") within the two lines under the block (a headline's dek between them)."""
    last = max(block.members)
    below = [p for p in parts[last + 1 :] if p.kind != "blank"][:2]
    return any(P.BYLINE_START.match(p.text) for p in below)


def _picture_next(block: Block, parts: list[Piece]) -> bool:
    """A picture's reference is on the line right under the block."""
    last = max(block.members)
    after = next_piece(parts, last)
    return after is not None and parts[after].kind == "ref" and parts[after].line <= parts[last].line + 1


def _title_line(parts: list[Piece]) -> None:
    """The text's first line written as a page's <title>, the site's name after a dash or a bar ("U.S. Stocks Rise
    to Records - Bloomberg"): a title, not a caption and its credit."""
    at = next_piece(parts, -1)
    first = parts[at] if at is not None else None
    if first is None or first.kind != "capcredit" or first.credit_first or len(first.credits) != 1:
        return
    lead = first.credits[0].text[:1]
    if lead and lead in _TITLE_SEPARATORS and not first.terminal:
        first.kind, first.credits, first.caption = "text", [], ""


_TITLE_SEPARATORS = "-–—|"


def _headline(block: Block, parts: list[Piece], text: str) -> bool:
    """The block's caption, printed twice, is the page's headline: the text's first line, above the block, says it
    (alone, or with the site's name after a dash or a bar, as <title> does); or it is printed four times or more."""
    first = next_piece(parts, -1)
    twice = block.caption_via in ("alt-repeat", "doubled", "repeated")
    if first is not None and twice and first not in block.members and text:
        first_text = parts[first].text
        head, key = clean(first_text).casefold(), clean(text).casefold()  # (fold drops the dash or bar)
        rest = head[len(key) :].lstrip() if head.startswith(key) else None
        if rest is not None and (not rest or rest[0] in _TITLE_SEPARATORS):
            return True
    return _printed(parts, text) >= _TITLE_PRINTS


def _printed(parts: list[Piece], text: str) -> int:
    """How many pieces of the text print these words."""
    key = fold(text)
    return sum(1 for piece in parts if piece.kind in ("text", "capcredit") and fold(_caption_text(piece)) == key)


_TITLE_PRINTS = 4  # a page prints its headline in <title>, <h1>, and its metadata's name and headline


def _menu_items(block: Block, parts: list[Piece]) -> bool:
    """The block's caption and the lines just above and below it (if any) are each a few words that end no
    sentence: the items of a site's menu ("Padres" / "High Schools / Preps" / "Gulls"), one of them shaped like a weak credit."""
    before, after = previous_piece(parts, min(block.members)), next_piece(parts, max(block.members))
    if block.caption is None or not menu_item(parts[block.caption]):
        return False
    return all(i is None or menu_item(parts[i]) for i in (before, after))  # the text's start or end counts too


def _menu_credits(block: Block, parts: list[Piece]) -> bool:
    """The block's credits could be menu items: weak ones, or lines of a few words each that name no photographer
    and agency, labelled at most by a bare word on its own line (a finance site's "Credit" section) or as a story's
    source ("Source:" / "KGUN 9" between "Share This" and "TAGS")."""
    if not any(parts[i].strong or parts[i].kind == "capcredit" or seen.label for i, seen in block.credits):
        return True
    return all(
        menu_item(parts[i])
        and (not seen.label or seen.label.isalpha() or _source_only(seen))
        and not (seen.parsed is not None and seen.parsed.agency and seen.parsed.photographer)  # "Name/AFP"
        for i, seen in block.credits
    )


def _source_only(seen: SeenCredit) -> bool:
    """A credit labelled only "Source:", naming no agency: a story's or a release's source as often as a photo's."""
    agency = seen.parsed.agency if seen.parsed is not None else None
    return agency is None and bool(seen.label) and _SOURCE_LABEL.match(seen.label or "") is not None


_SOURCE_LABEL = lazy_re.compile(r"^\s*(?:story\s+)?(?:source|quelle|fuente)\s*:?\s*$", re.IGNORECASE)


def _source_lists(parts: list[Piece], registry: Registry) -> list[Piece]:
    """A reading list: headlines, each with its source alone in brackets under it ("(Reuters)", "(The Telegraph)",
    "(Military Times)"), three times or more, some of them no photo agency: the sources of stories, no credits."""
    bracketed = [p for p in parts if p.kind in ("credit", "text") and _BRACKETED_SOURCE.match(p.text)]
    if len(bracketed) < _SOURCE_RUN or sum(p.kind == "text" for p in bracketed) < _SOURCE_RUN - 1:
        return parts  # few, or nearly all of them credits: a page's photo credits, each in brackets
    for piece in bracketed:
        if piece.kind == "credit" and not any(seen.label for seen in piece.credits):
            piece.kind, piece.credits = "decoy", []
    return parts


def _bracketed_names(parts: list[Piece], registry: Registry) -> None:
    """A page that credits its pictures as tabloids do, a name alone in square brackets closing the caption ("Has
    Sean Penn popped the question? [Wenn]", "… for the last year [Splash]"): twice or more, on caption-shaped
    lines that end no sentence with a full stop, the names are credits (one alone could be an editor's aside)."""
    found: list[tuple[Piece, str, CreditSpan]] = []
    for piece in parts:
        if piece.kind != "text" or piece.text[-1:] != "]" or not piece.first_on_line:
            continue
        caption, spans = split_credits(piece.text, registry)
        if len(spans) != 1 or not spans[0].weak or piece.text[spans[0].start] != "[":
            continue
        if (
            caption.endswith(".")
            or not _BRACKETED_CAPTION_WORDS[0] <= len(caption.split()) <= _BRACKETED_CAPTION_WORDS[1]
        ):
            continue
        if "[" in caption or "]" in caption or not sentence_like(caption):
            continue  # "Asunto: [ ] Texto: [ ] [Enviar]": a form's fields and its button, as text browsers print them
        found.append((piece, caption, spans[0]))
    if len(found) < 2:
        return
    for at, (piece, caption, span) in enumerate(found):
        again = found[at + 1][0] if at + 1 < len(found) else None
        if again is not None and again.text == piece.text and again.line - piece.line <= _REPEAT_GAP:
            continue  # the same line again just below (ELinks prints the alt text, then the caption): one picture
        piece.kind, piece.caption, piece.strong = "capcredit", clean(caption), True
        piece.credits = [SeenCredit.from_span(span)]


def _one_name_in_brackets(parts: list[Piece]) -> None:
    """A page that credits its photographer in round brackets after every caption ("Glass cloche terrariums (Lucy
    Akins)", "Dig a hole in the oasis. (Lucy Akins)", lynx printing each picture's caption): the same person's
    name closing ONE_NAME_LINES short lines or more is their credit (once, it could be anyone's aside)."""
    found: dict[str, list[tuple[Piece, str]]] = {}
    for piece in parts:
        if piece.kind != "text" or piece.text[-1:] != ")" or not piece.first_on_line:
            continue
        match = _NAME_IN_BRACKETS.match(piece.text)
        if match is None or not looks_like_person(match["name"]):
            continue
        caption = match["caption"].strip()
        if caption[:1] in _QUOTE_MARKS or not 1 <= len(caption.split()) <= _ONE_NAME_CAPTION_WORDS:
            continue  # "'We will win.' (Jane Doe)": a quotation and who said it
        found.setdefault(match["name"].strip(), []).append((piece, caption))
    for name, lines in found.items():
        if len(lines) < ONE_NAME_LINES:
            continue
        for piece, caption in lines:
            caption = doubled(caption, least=1) or caption  # "Attach moss. Attach moss.": alt text, then caption
            piece.kind, piece.caption, piece.strong = "capcredit", clean(caption), True
            piece.credits = [SeenCredit(name, "caption_tail")]


_NAME_IN_BRACKETS = lazy_re.compile(r"^(?P<caption>[^()]+?)\s*\((?P<name>[^()]{3,40})\)$")
_QUOTE_MARKS = "\"'“”‘’„«»"
_ONE_NAME_CAPTION_WORDS = 25
ONE_NAME_LINES = 3
_BRACKETED_CAPTION_WORDS = (3, 40)
_REPEAT_GAP = 2  # lines from a picture's alt text to its caption printed again (a blank line between)
_BRACKETED_SOURCE = lazy_re.compile(r"^\(\s*[^()/:]{2,40}?\s*\)$")
_SOURCE_RUN = 3


def _bare_word(seen: SeenCredit) -> bool:
    """A credit that is one word with no label and no agency ("Smith", "Global") written apart from its caption:
    after a slash at a line's end, as often a navigation line's last link as a photo's credit. (A page style that
    glues the credit before its caption, "Matrix A crazed gunman ...", is a credit's own pattern.)"""
    agency = seen.parsed.agency if seen.parsed is not None else None
    return not seen.label and not seen.glued and agency is None and len(seen.text.split()) < 2


def _video_poster(block: Block, parts: list[Piece]) -> bool:
    """An image reference a video player's lines follow ("Video Ad Feedback", "Now playing", a duration "02:12", a
    "Source:" of the video): the poster of a video, whatever its alt text says (a credit written into it too)."""
    if block.caption is not None and P.VIDEO_LINE.match(parts[block.caption].text):
        return True  # "Media playback is unsupported on your device" read as its caption
    seen = 0
    for piece in parts[max(block.members) + 1 :]:
        if piece.kind == "blank":
            continue
        if piece.kind == "ref" or seen == _VIDEO_LOOKAHEAD:
            return False
        if P.VIDEO_LINE.match(piece.text) or (piece.kind == "decoy" and P.VIDEO_SOURCE_LINE.match(piece.text)):
            return True
        seen += 1
    return False


_VIDEO_LOOKAHEAD = 2  # lines after a reference where a player's controls stand


def _shown_again(block: Block, parts: list[Piece]) -> bool:
    """The picture's alt text (a few words at least) is the alt text of another picture a few pieces below: a
    thumbnail and the larger view it opens ("Enlarge image"), one photo."""
    if block.ref is None:
        return False
    picture = parts[block.ref]
    if not picture.alt or len(picture.alt.split()) < DESCRIBED:
        return False
    for piece in parts[block.ref + 1 : block.ref + 1 + _AGAIN_WITHIN]:
        if piece.kind == "ref" and piece.alt and same_text(piece.alt, picture.alt) and piece.src != picture.src:
            return True
        if piece.kind == "text" and piece.words > P.CAPTION_MAX_WORDS:
            return False  # a paragraph of the story between them: two figures that share an alt text
    return False


_AGAIN_WITHIN = 8  # pieces (blank lines included)


def _furniture(src: str, described: bool) -> bool:
    """Site furniture by its file's name (logo, icon, spacer...). A lazy-loading placeholder (a data: address,
    "leer.gif") is furniture only when no caption or credit says it stands for a photo."""
    if P.PLACEHOLDER_SRC.search(src):
        return not described
    if "=" in src and any(0 < int(size) < P.SMALL_IMAGE for size in P.QUERY_SIZE.findall(src)):
        return True  # a resizer asked for an icon's size ("...img?h=17&w=0": a publisher's logo by the byline)
    if (folder := _SIZE_FOLDER.search(src.split("?")[0])) is not None:
        width, height = int(folder.group(1)), int(folder.group(2))
        if max(width, height) >= _ASPECT_SIDE and max(width, height) < P.SMALL_IMAGE:
            return True  # a resizer's folder for a thumbnail ("…/60x60/…/author.jpg": a byline's avatar)
    resized = P.RESIZER_PATH.search(src.split("?")[0])
    if resized is not None and 0 < min(int(resized.group(1)), int(resized.group(2))) < P.SMALL_IMAGE:
        return True  # "…/fit/c/32/32/…png": a resizer asked for an avatar's size
    if (named := P.NAMED_SIZE.search(src.split("?")[0].rsplit("/", 1)[-1])) is not None:
        width, height = (int(size) for size in (named.group(1, 2) if named.group(1) else named.group(3, 4)))
        labelled = named.group(1) is not None  # "w16_h16" says it is a size; "16x9" may be an aspect ratio
        sized = labelled or max(width, height) >= P.SMALL_IMAGE or min(width, height) >= _ASPECT_SIDE
        if 0 < min(width, height) < P.SMALL_IMAGE and sized:
            return True  # "…size1_w16_h16.png": a logo's file, "banner_640x3.png": a rule's, "43x32.png": an avatar's
    return bool(P.FURNITURE_SRC.search(src))


def _piped_list(text: str) -> bool:
    """Short items between bars ("CGV | Mentions légales | Qui sommes-nous ? | Publicité"): a footer's links."""
    items = text.split(" | ")
    return len(items) >= PIPED_ITEMS and sum(word_count(item) <= 4 for item in items) >= 0.75 * len(items)


PIPED_ITEMS = 4


_SIZE_FOLDER = lazy_re.compile(r"/(\d{1,4})x(\d{1,4})/")
_ASPECT_SIDE = 20  # "/16x9/", "/3x4/": an aspect ratio's folder, not a size's


def _owner_notice(seen: SeenCredit) -> bool:
    """A copyright sign before a name no registry knows, standing alone: the site's or a partner's notice."""
    return (seen.label or "").strip().lower() in ("©", "(c)", "copyright") and (
        seen.parsed is None or seen.parsed.agency is None
    )


def _action_below(block: Block, parts: list[Piece]) -> bool:
    """The line under the block is a link's call to action ("Weitere Infos lesen hier »", "See all →")."""
    below = next_piece(parts, max(block.members))
    return below is not None and P.CALL_TO_ACTION.match(parts[below].text.strip()) is not None


def _contact_below(block: Block, parts: list[Piece]) -> bool:
    """An e-mail address within CONTACT_LINES pieces under the block ("Shahien Nasiripour" /
    "shahien@huffingtonpost.com | HuffPost Reporting"): a reporter's box, not a photo of the story."""
    start = max(block.members) + 1
    return any(P.EMAIL.search(piece.text) for piece in parts[start : start + CONTACT_LINES] if piece.kind != "blank")


CONTACT_LINES = 5


_GIF = lazy_re.compile(r"\.gif(?:$|[?#])", re.IGNORECASE)


def _above_headline(block: Block, parts: list[Piece]) -> bool:
    """The block's reference stands right above the page's first heading, blank lines aside, with no other
    picture above it: a lead photo a page puts before its headline (a site's logo is furniture before this)."""
    index = max(block.members) + 1
    while index < len(parts) and parts[index].kind == "blank":
        index += 1
    if index == len(parts) or not parts[index].heading:
        return False
    return not any(piece.heading or piece.kind == "ref" for piece in parts[: min(block.members)])


# Markup or a template's code left in a line: a tag's end after a quote ('…toggle\'">'), "[hidden]=", 'class="…'
_ATTRIBUTE_CODE = lazy_re.compile(r"[\"']\s*/?>|\]=[\"']|\b[\w-]+=[\"']")


def _top_picture_credit(blocks: list[Block], parts: list[Piece]) -> None:
    """A credit that says it is the top picture's ("Top photo by Name", "Lead image: Name/AFP"), wherever the story
    prints it (at its foot, under another picture): the first picture's, when that one has no credit of its own."""
    pictures = sorted(
        (b for b in blocks if b.ref is not None and not _furniture(parts[b.ref].src or "", True)),
        key=lambda b: min(b.members),
    )
    if not pictures or pictures[0].credits:
        return
    for block in blocks:
        if block is pictures[0]:
            continue
        for item in block.credits:
            at = parts[item[0]].line  # the pieces its line was cut into, just before it: "Featured" + "Image Credit"
            line = " ".join(piece.text for piece in parts[max(0, item[0] - 3) : item[0] + 1] if piece.line == at)
            if _TOP_LABEL.match(item[1].label or "") or _TOP_LABEL.match(line):
                block.credits.remove(item)
                pictures[0].credits.append(item)
                pictures[0].signals.append("top-picture-credit")
                if not block.credits and block.caption is not None and parts[block.caption].line == at:
                    block.caption = None  # "Featured", the rest of the credit's line: no caption of a picture
                return


_TOP_LABEL = lazy_re.compile(TOP_PICTURE, re.IGNORECASE)


def _credit_at_the_end(found: list[ImageEvidence]) -> list[ImageEvidence]:
    """A story with one picture, printed with no credit, and below it one "Photo credit: …" line with no picture
    of its own (a blog's credit for its lead photo, at the foot of the story, after its sources): that picture's
    credit. Any other count of either and each stands as it is."""
    bare = [e for e in found if e.src is not None and not e.credits and e.role == "content"]
    orphans = [
        e
        for e in found
        if e.src is None
        and e.role != "chrome"
        and e.credits
        and all(c.label and "credit" in c.label.lower() for c in e.credits)
        and not _URL_ONLY.sub("", e.captions[0] if e.captions else "").strip()
    ]
    pictures = [e for e in found if e.src is not None and e.role != "chrome"]
    if len(bare) != 1 or len(orphans) != 1 or len(pictures) != 1:
        return found
    picture, orphan = bare[0], orphans[0]
    if getattr(orphan.location, "line", 0) <= getattr(picture.location, "line", 0):
        return found
    picture.credits = list(orphan.credits)
    picture.signals.append("credit-at-the-end")
    return [e for e in found if e is not orphan]


_URL_ONLY = lazy_re.compile(r"\[?(?:https?://|www\.)\S+\]?")


def _stub(piece: Piece) -> bool:
    return piece.alt is None and piece.src is None and STUB.fullmatch(piece.text) is not None


def _stub_in_story(block: Block, parts: list[Piece]) -> bool:
    """A picture printed with no alt text ("[]", "[24cb08abdf]") is the story's only between two of its paragraphs,
    and printed once: a file name printed again and again is a list's thumbnail."""
    text = parts[block.ref].text  # type: ignore[index]
    if text != "[]" and sum(1 for piece in parts if piece.kind == "ref" and piece.text == text) > 1:
        return False
    return all(_paragraph_beside(block, parts, step) for step in (-1, 1))


def _paragraph_beside(block: Block, parts: list[Piece], step: int) -> bool:
    index = (min(block.members) - 1) if step < 0 else (max(block.members) + 1)
    while 0 <= index < len(parts) and (parts[index].kind == "blank" or (step > 0 and index in block.members)):
        index += step
    return 0 <= index < len(parts) and parts[index].kind == "text" and wrapped_paragraph(parts, index)


def _between_paragraphs(block: Block, parts: list[Piece]) -> bool:
    """An image block in the article's flow: a paragraph of the body (a full sentence of some length) just above
    or below it, other image blocks and blank lines aside."""
    for step, start in ((-1, min(block.members) - 1), (1, max(block.members) + 1)):
        index = start
        titled = sectioned = pictured = False
        while 0 <= index < len(parts):
            piece = parts[index]
            if piece.kind in ("blank", "ref") or piece.used:
                if piece.kind == "ref" and sectioned:
                    break  # another picture under the heading: the paragraph is that picture's
                pictured = pictured or piece.kind == "ref"
                index += step
                continue
            if piece.kind == "text" and wrapped_paragraph(parts, index):
                return True
            short = piece.kind == "text" and piece.words <= 15 and not piece.terminal
            if step == 1 and not titled and short and index == start:
                titled = True  # the headline right under a lead image, then the first paragraph
                index += step
                continue
            if step == 1 and not titled and short and piece.heading and not pictured:
                titled = sectioned = True  # the next section's heading, across a blank line, then its paragraph
                index += step
                continue
            break
    return False


def _repeated_body(via: str, caption: str) -> bool:
    """A caption found only by being printed twice that reads as body text: over two lines, several sentences or
    a quotation; on one line (the same words twice in a row, which a paragraph never is), a quotation."""
    if via == "alt-repeat":
        return _reads_as_body(caption)
    return via == "doubled" and bool(_QUOTED.search(caption))


def _reads_as_body(text: str) -> bool:
    """A passage that reads as body text or a quotation rather than a caption: several sentences, a quotation."""
    return bool(_QUOTED.search(text)) or len(re.findall(r"[.!?](?:\s|$)", text)) >= _BODY_SENTENCES


_NAMED_LAST = lazy_re.compile(r"\(([^()]{3,60})\)\s*$")  # "A new street sign (Tahir Della)": a name closing an alt
_QUOTED = lazy_re.compile('["\u201c\u201d\u00ab\u00bb]')
_BODY_SENTENCES = 3
_GIF_ALT_WORDS = 4  # alt words of a GIF that say what it points at ("Look here m8"), not describe a picture


def _after_the_article(blocks: list[Block], parts: list[Piece]) -> None:
    """Image blocks below the article's end: after the body's last paragraph, a heading that opens a list of other
    stories ("Related", "More stories", "Mehr zum Thema") or a page footer, then the block. Such blocks are teaser
    cards (a credited photo and caption of another story), not the article's images.

    The body is the longest run of paragraphs (sentences of some length), a run being cut by such a heading or
    footer and by long stretches of other lines."""
    ends = [i for i, piece in enumerate(parts) if _section_end(piece)]
    body = _body_run(parts, ends)
    if body is None:
        return
    last = body[1]
    end = next((i for i in ends if i > last), None)
    if end is None:
        return
    heading = parts[end].text
    below = [block for block in blocks if min(block.members) > end]
    if len(below) == 1 and parts[end].kind == "decoy" and below[0].ref is not None and below[0].credits:
        # one credited picture after the story's own rights line, alone: an extractor that moved the story's
        # photo to its end (trafilatura) as often as another story's card
        below[0].doubt = f"below {heading[:40]!r}, after the article's last paragraph, the only picture there"
        return
    for block in below:
        block.outside = f"below {heading[:40]!r}, after the article's last paragraph: a card of another story"


def _section_end(piece: Piece) -> bool:
    """A heading that opens a list of other stories, or a page footer."""
    if not piece.first_on_line or piece.kind not in ("text", "chrome", "decoy"):
        return False
    if piece.kind == "decoy":
        return bool(P.FOOTER.search(piece.text))
    return len(piece.text) <= 60 and bool(P.SECTION_END.match(piece.text))


def _body_run(parts: list[Piece], ends: list[int]) -> tuple[int, int] | None:
    """First and last piece of the longest run of body paragraphs (by words), and of the runs after it that go on
    with the story across a heading of links ("READ MORE:" and a list, inside the story): as long as half of it
    at least, in two paragraphs or more, with few other lines between them."""
    cut = set(ends)
    # [start, last, words, paragraphs, other lines between its paragraphs, those of them set apart by blank lines]
    runs: list[list[int]] = []
    start = -1
    gap = apart = 0
    for index, piece in enumerate(parts):
        if index in cut:
            start = -1
            continue
        if piece.kind == "blank" or piece.used or piece.kind == "chrome" or LIST_ITEM.match(piece.text):
            continue
        if is_paragraph(piece) and not piece.doubled:  # (a passage printed twice is a picture's, or a card's title)
            if start < 0 or gap > _BODY_GAP:
                start = index
                runs.append([index, index, 0, 0, 0, 0])
            run = runs[-1]
            between = bool(run[3])
            run[1:] = [index, run[2] + piece.words, run[3] + 1, run[4] + gap * between, run[5] + apart * between]
            gap = apart = 0
        else:
            gap += 1
            apart += _set_apart(parts, index)
    if not runs:
        return None
    # headings that open other stories' lists ("Recommended", "TRENDING"), not a list of links inside the story
    # ("READ MORE:", "Related:"): the story does not go on across them
    closing = [i for i in ends if not _IN_STORY_LIST.match(parts[i].text)]
    # below such a heading, summaries each under a headline of its own are a list of other stories, however many
    # words they add up to: the body is another run, where there is one
    body_like = [k for k, run in enumerate(runs) if not (_card_list(run) and any(i < run[0] for i in closing))]
    best = max(body_like or range(len(runs)), key=lambda k: (runs[k][2], -k))
    last = runs[best][1]
    for run in runs[best + 1 :]:
        if run[2] * 2 < runs[best][2] or run[3] < 2 or run[4] > run[3]:
            break  # (a list of other stories has a headline over each summary: more other lines than paragraphs)
        if any(last < i < run[0] for i in closing):
            break
        last = run[1]
    return runs[best][0], last


def _card_list(run: list[int]) -> bool:
    """A run of paragraphs (three or more) each under a line of its own set apart by blank lines: a headline over
    each summary, a list of other stories. (A story wrapped at a fixed width has its paragraphs' other lines between
    them, but those are not set apart.)"""
    return run[3] >= _CARDS and run[5] >= run[3] - 1


_CARDS = 3


def _set_apart(parts: list[Piece], index: int) -> bool:
    """Blank lines (or the text's edge) above and below the piece's line: the pieces on other lines around it
    start further away than the next line (a paragraph joined from wrapped lines is numbered by its first)."""
    line = parts[index].line
    before, after = index - 1, index + 1
    while before >= 0 and parts[before].line == line:
        before -= 1
    while after < len(parts) and parts[after].line == line:
        after += 1
    return (before < 0 or parts[before].line < line - 1) and (after >= len(parts) or parts[after].line > line + 1)


_IN_STORY_LIST = lazy_re.compile(r"^(?:read|see)\s+(?:more|also)\b|^related\b", re.IGNORECASE)


_BODY_GAP = 10  # lines other than paragraphs, images and lists that a run of the body reaches across


def _reference_joins(blocks: list[Block], parts: list[Piece]) -> list[Block]:
    """A bare image reference, then its caption printed a few lines below as a block of its own (Markdown
    converters put the alt text in the reference, then the figure's caption and credit): one image, when the
    caption repeats the alt text in other words, or when a credited caption follows the reference directly."""
    out: list[Block] = []
    for block in blocks:
        ref = out[-1] if out else None
        if (
            ref is not None
            and bare_reference(ref)
            and block.ref is None
            and (block.caption is not None or block.credits)
        ):
            between = [p for p in parts[max(ref.members) + 1 : min(block.members)] if p.kind != "blank"]
            short = len(between) <= 2 and all(
                p.kind in ("text", "chrome") and p.words < PARAGRAPH_WORDS for p in between
            )
            alike = (
                bool(ref.alt) and block.caption is not None and _alike(ref.alt, _caption_text(parts[block.caption]))  # type: ignore[arg-type]
            )
            # (a credit alone, blank lines after the reference: "![…](a.jpg)" / "" / "" / "[Kevin](…/File:a.jpg)")
            if short and (alike or (not between and (not ref.alt or block.caption is None) and block.credits)):
                block.members[:0] = ref.members
                block.signals[:0] = [*ref.signals, "caption-below-reference"]
                block.ref, block.alt = ref.ref, block.alt or ref.alt
                out[-1] = block
                continue
        out.append(block)
    return out


def _alike(a: str, b: str) -> bool:
    """Two wordings of one caption: most words shared ("Al-Aqsa Martyrs Hospital ... on November 05, 2023" and
    "Al Aqsa Martyrs Hospital ... on Nov. 05, 2023")."""
    x, y = set(re.findall(r"\w+", fold(a))), set(re.findall(r"\w+", fold(b)))
    return len(x) >= DESCRIBED and len(y) >= DESCRIBED and len(x & y) >= _ALIKE * max(len(x), len(y))


_ALIKE = 0.6  # share of words two wordings of a caption have in common


def _printed_again(blocks: list[Block], parts: list[Piece]) -> list[Block]:
    """One image a scraper printed several times in a row (caption and credit, then "toggle caption" and the
    credit, then the caption and credit again): the later copies join the first as its alt text and repeated
    credit, when nothing but image pieces and blank lines stands between them."""
    out: list[Block] = []
    for block in blocks:
        first = out[-1] if out else None
        titled = first is not None and _title_then_caption(first, block, parts)
        if first is not None and (titled or _same_image(first, block, parts)):
            if titled:
                first.credits = [(index, seen) for index, seen in first.credits if not seen.empty]  # the label, cut
            for index in _captions_again(first, block, parts):
                parts[index].used = True
                first.members.append(index)
            first.members += block.members
            first.signals += ["printed-again", *block.signals]
            first.markers += block.markers
            first.credits += block.credits
            if block.caption is not None:
                if first.caption is None:
                    first.caption, first.caption_via = block.caption, block.caption_via
                elif first.alt is None:
                    first.alt = _caption_text(parts[block.caption])
            continue
        out.append(block)
    return out


def _teaser_lists(blocks: list[Block], parts: list[Piece]) -> list[Block]:
    """Headlines each printed twice (a card's image alt text, then its link), three or more in a row: a list of
    teasers, not images of the article. Their lines go back to the body."""
    runs: list[list[Block]] = []
    for block in blocks:
        if block.caption_via != "alt-repeat":
            continue
        last = runs[-1][-1] if runs else None
        touching = last is not None and all(
            p.kind == "blank" for p in parts[max(last.members) + 1 : min(block.members)]
        )
        if touching:
            runs[-1].append(block)
        else:
            runs.append([block])
    teasers = {id(block) for run in runs if len(run) >= TEASER_RUN for block in run}
    for block in blocks:
        if id(block) in teasers:
            for index in block.members:
                parts[index].used = False
    return [block for block in blocks if id(block) not in teasers]


def _same_image(first: Block, later: Block, parts: list[Piece]) -> bool:
    if not first.credits or not later.credits:
        return False
    if first.ref is not None and later.ref is not None and not _one_photo(parts[first.ref].src, parts[later.ref].src):
        return False  # two pictures, one credit: a gallery's slides by one photographer
    if parts[min(later.members)].line - parts[max(first.members)].line > _REPEAT_LINES:
        return False
    if not (
        first.markers
        or later.markers
        or first.ref is not None
        or later.ref is not None
        or (
            first.caption is not None
            and later.caption is not None
            and any(seen.label for _, seen in first.credits + later.credits)
        )
    ):  # the same caption and credit twice, no picture, control or label: two slides of one scene; a labelled
        return False  # credit alone twice ("(Image credit: Name)" x 2): two pictures the scrape left no trace of
    again = set(_captions_again(first, later, parts))
    if any(
        not (p.used or p.kind in ("blank", "label", "counter") or _BRACKETED_WORD.fullmatch(p.text)) and i not in again
        for i, p in enumerate(parts[max(first.members) + 1 : min(later.members)], max(first.members) + 1)
    ):
        return False  # body text between: two images (a picture's marker, "[gettyimage]", is none)
    shown = {fold(seen.text) for _, seen in first.credits}
    if not all(fold(seen.text) in shown for _, seen in later.credits):
        return False
    if later.caption is None or first.caption is None:
        return True
    a, b = fold(_caption_text(parts[first.caption])), fold(_caption_text(parts[later.caption]))
    return bool(a) and bool(b) and (a.startswith(b) or b.startswith(a))


_REPEAT_LINES = 8


def _title_then_caption(first: Block, later: Block, parts: list[Piece]) -> bool:
    """A linked picture's title printed by its reference, cut at the line's end after its credit's label ("[12]Artist
    concept of the Centaur … Credit:" / "NASA-[13][lcross-impact.jpg]", lynx), then the caption printed under the
    picture with its credit, a few lines on: one picture, credited as the caption says."""
    if first.ref is None or later.ref is not None or first.caption is None or later.caption is None:
        return False
    if not first.credits or not all(seen.empty for _, seen in first.credits):
        return False
    if not later.credits or any(seen.empty for _, seen in later.credits):
        return False
    if parts[min(later.members)].line - parts[max(first.members)].line > _TITLE_LINES:
        return False
    between = parts[max(first.members) + 1 : min(later.members)]
    if any(p.kind not in ("blank", "text") or p.words > _TITLE_REST_WORDS for p in between):
        return False
    a, b = fold(_caption_text(parts[first.caption])), fold(_caption_text(parts[later.caption]))
    return len(a.split()) >= DESCRIBED and (a.startswith(b) or b.startswith(a))


_TITLE_LINES = 4
_TITLE_REST_WORDS = 4  # what wrapped onto the next line: the credit and the picture's reference
_BRACKETED_WORD = lazy_re.compile(r"\[[\w.-]{1,40}\]")  # w3m's "[gettyimage]": a picture's file name, cut short


def _one_photo(a: str | None, b: str | None) -> bool:
    """Two picture addresses of one photo: the same, or renditions of it (NPR's "…-s1100-c50.jpg" on the page and
    "…-s1200.jpg" in its enlarge overlay)."""
    return a == b or (a is not None and b is not None and same_stem(file_key(a), file_key(b)))


def _captions_again(first: Block, later: Block, parts: list[Piece]) -> list[int]:
    """The text pieces between two printings of an image that print its caption once more (NPR's figure read whole:
    caption and credit, "toggle caption", credit, caption, credit)."""
    if first.caption is None:
        return []
    caption = _caption_text(parts[first.caption])
    return [
        i
        for i in range(max(first.members) + 1, min(later.members))
        if parts[i].kind == "text" and not parts[i].used and same_text(parts[i].text, caption)
    ]


def _caption_text(piece: Piece) -> str:
    return piece.caption if piece.kind == "capcredit" else piece.text


def _body(parts: list[Piece]) -> str:
    """Body text: every piece that is neither in an image block nor page chrome, one line each."""
    lines: dict[int, list[str]] = {}
    for piece in parts:
        if piece.kind in ("blank", "chrome") or piece.used or piece.kind in ("label", "counter", "ref"):
            continue
        lines.setdefault(piece.line, []).append(piece.text)
    return "\n".join(" ".join(texts) for _, texts in sorted(lines.items()))


__all__ = ["fold", "is_chrome", "read_text"]
