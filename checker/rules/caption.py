"""CAP rules: is there a caption, and is it written once where it belongs."""

from __future__ import annotations

from checker import lazy_re
from checker.model import Article
from checker.rules import Context, rule
from checker.textnorm import fold

NEAR_DUPLICATE = 0.9  # SequenceMatcher ratio above which alt text counts as a copy of the caption
MIN_REPEATED = 20  # folded characters a caption needs before a repeat in the body means anything


@rule(
    "CAP001",
    "missing-caption",
    "warning",
    "An image in an article has no caption.",
    why="""
        The caption tells readers what the photo shows, and it is where most publishers print the credit. An
        image nobody captioned is often one whose origin nobody recorded: the desk cannot say which licence it
        is used under when an agency asks.
    """,
    fires='<figure><img src="flood.jpg" alt="A flooded street"><span class="credit">AP Photo/Jane Doe</span></figure>',
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. <span class="credit">AP Photo/Jane Doe</span></figcaption>
        </figure>
    """,
    fix="Write a caption that says who, what, where and when, and keep the credit beside it.",
    settings="[html] caption: the CSS selectors of your own caption markup, when the defaults miss it.",
)
def missing_caption(article: Article, context: Context):
    """An image with no caption text. Not judged for an image file checked on its own, outside any page."""
    if not article.shows_captions:
        return
    for image in article.images:
        if not (image.caption or "").strip():
            yield image.index, "image has no caption"


@rule(
    "CAP002",
    "alt-duplicates-caption",
    "warning",
    "The alt text repeats the caption.",
    why="""
        Screen readers read the alt text and then the caption: a copy makes their users hear the same words
        twice and learn nothing about what the picture shows (WCAG 1.1.1 asks for a text alternative that
        serves the same purpose as the image). A copied caption is also a sign of a CMS filling alt text
        automatically.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="Water fills the high street.">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="Cars stand in brown water up to their doors outside a row of shops">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    fix="Describe what the image shows in the alt text; leave the news and the credit to the caption.",
    settings="[html] caption: the CSS selectors of your own caption markup.",
)
def alt_duplicates_caption(article: Article, context: Context):
    """Alt text and caption (credit removed) compared after folding case, accents, punctuation and spacing: equal,
    or alike by a difflib SequenceMatcher ratio of at least 0.9."""
    for image in article.images:
        if not image.alt or not image.caption:
            continue
        from difflib import SequenceMatcher  # here, not at start-up: most runs (a photo's) never get this far

        alt, caption = fold(image.alt), fold(image.caption)
        if alt and (alt == caption or SequenceMatcher(None, alt, caption).ratio() >= NEAR_DUPLICATE):
            yield image.index, "alt text repeats the caption; describe what the image shows instead"


@rule(
    "CAP003",
    "caption-repeated-in-body",
    "info",
    "A caption also stands word for word in the article body.",
    why="""
        A caption repeated in the body text is usually a template or scraping fault: the caption block was
        printed twice, or its text leaked into the story, where readers meet it out of place. It also hides the
        caption from tools (and agency crawlers) that look for it beside the image.
    """,
    fires="""
        <p>Water fills the high street after the river burst its banks.</p>
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street after the river burst its banks. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    passes="""
        <p>The river burst its banks on Sunday night.</p>
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street after the river burst its banks. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    fix="Print the caption once, beside the image; check the template or the export that copied it.",
    settings="[html] article and noise: what counts as the article body, and what is left out of it.",
)
def caption_repeated_in_body(article: Article, context: Context):
    """A caption of at least 20 characters (after folding case, accents and punctuation) that also stands in the
    article's body text."""
    body = fold(article.text)
    units = {fold(unit) for unit in _SENTENCE_END.split(article.text)}  # body lines and sentences, whole
    for image in article.images:
        caption = fold(image.caption or "")
        # a whole line or sentence of the body, or a run of them; a short caption that is only a piece of a
        # longer body sentence ("Kim Jong Un" in "... said Kim Jong Un on Monday.") is not a repeat
        if len(caption) >= MIN_REPEATED and caption in body and (caption in units or _covers_sentences(caption, units)):
            yield image.index, "caption text also appears in the article body"


_SENTENCE_END = lazy_re.compile(r"\n|(?<=[.!?])[\"'’”)]*\s+")


def _covers_sentences(caption: str, units: set[str]) -> bool:
    """The caption is made of whole body sentences: it starts with one and ends with one."""
    return any(caption.startswith(u) for u in units if u) and any(caption.endswith(u) for u in units if u)
