"""CAP rules: is there a caption, and is it written once where it belongs."""

from __future__ import annotations

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
    for image in article.images:
        caption = fold(image.caption or "")
        if len(caption) >= MIN_REPEATED and caption in body:
            yield image.index, "caption text also appears in the article body"
