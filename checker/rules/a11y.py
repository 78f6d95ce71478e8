"""A11Y rules: accessibility of images."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule("A11Y001", "missing-alt", "warning", "An image has no alt text (WCAG 1.1.1).")
def missing_alt(article: Article, context: Context):
    if not article.alt_observable:
        return  # the input cannot show alt text (a scrape that dropped it everywhere)
    for image in article.images:
        if not (image.alt or "").strip():
            yield image.index, "image has no alt text"
