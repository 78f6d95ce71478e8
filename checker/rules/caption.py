"""CAP rules: is there a caption, and is it written once where it belongs."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from checker.model import Article
from checker.rules import Context, rule
from checker.textnorm import fold

NEAR_DUPLICATE = 0.9  # SequenceMatcher ratio above which alt text counts as a copy of the caption
MIN_REPEATED = 20  # folded characters a caption needs before a repeat in the body means anything


@rule("CAP001", "missing-caption", "warning", "An image has no caption.")
def missing_caption(article: Article, context: Context):
    if not article.shows_captions:
        return
    for image in article.images:
        if not (image.caption or "").strip():
            yield image.index, "image has no caption"


@rule(
    "CAP002",
    "alt-duplicates-caption",
    "warning",
    "The alt text repeats the caption, so screen-reader users hear it twice and learn nothing from the alt.",
)
def alt_duplicates_caption(article: Article, context: Context):
    for image in article.images:
        if not image.alt or not image.caption:
            continue
        alt, caption = fold(image.alt), fold(image.caption)
        if alt and (alt == caption or SequenceMatcher(None, alt, caption).ratio() >= NEAR_DUPLICATE):
            yield image.index, "alt text repeats the caption; describe what the image shows instead"


@rule("CAP003", "caption-repeated-in-body", "info", "A caption also stands word for word in the article body.")
def caption_repeated_in_body(article: Article, context: Context):
    body = fold(article.text)
    units = {fold(unit) for unit in _SENTENCE_END.split(article.text)}  # body lines and sentences, whole
    for image in article.images:
        caption = fold(image.caption or "")
        # a whole line or sentence of the body, or a run of them; a short caption that is only a piece of a
        # longer body sentence ("Kim Jong Un" in "... said Kim Jong Un on Monday.") is not a repeat
        if len(caption) >= MIN_REPEATED and caption in body and (caption in units or _covers_sentences(caption, units)):
            yield image.index, "caption text also appears in the article body"


_SENTENCE_END = re.compile(r"\n|(?<=[.!?])[\"'’”)]*\s+")


def _covers_sentences(caption: str, units: set[str]) -> bool:
    """The caption is made of whole body sentences: it starts with one and ends with one."""
    return any(caption.startswith(u) for u in units if u) and any(caption.endswith(u) for u in units if u)
