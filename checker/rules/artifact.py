"""ART rules: scraping and templating artefacts left around images."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule("ART001", "gallery-counter", "warning", 'A gallery counter ("6", "1 of 12") was left in the text.')
def gallery_counter(article: Article, context: Context):
    for image in article.images:
        if image.observed.gallery_counter:
            yield image.index, f"gallery counter {image.observed.gallery_counter!r} left beside the image"


@rule("ART002", "empty-credit-label", "error", 'A credit label ("Credit:") is shown with no credit after it.')
def empty_credit_label(article: Article, context: Context):
    for image in article.images:
        if image.observed.empty_credit_label:
            yield image.index, "credit label with no credit after it"
