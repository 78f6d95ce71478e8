"""IMG rules: the image files behind an article."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule(
    "IMG002",
    "image-file-unreadable",
    "warning",
    "An image the article references could not be found or read under --images.",
)
def image_unreadable(article: Article, context: Context):
    for image in article.images:
        embedded = image.embedded
        if embedded and embedded.error and not embedded.outside_root:
            yield image.index, embedded.error
        elif embedded and embedded.warnings:
            yield image.index, "; ".join(embedded.warnings)


@rule(
    "IMG003",
    "image-path-escapes-root",
    "error",
    'An image reference points outside the --images root ("../", or a link out of it); it was not read.',
)
def image_escapes_root(article: Article, context: Context):
    for image in article.images:
        if image.embedded and image.embedded.outside_root:
            yield image.index, image.embedded.error
