"""A11Y rules: accessibility of images."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule(
    "A11Y001",
    "missing-alt",
    "warning",
    "An image has no alt text (WCAG 1.1.1).",
    why="""
        Screen-reader users learn what a photo shows from its alt text alone (WCAG 1.1.1, and accessibility law
        in many markets). An empty alt (alt="") marks an image as decoration, which a news photo is not.
    """,
    fires="""
        <figure><img src="flood.jpg">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="Cars stand in brown water up to their doors outside a row of shops">
          <figcaption>Water fills the high street. (AP Photo/Jane Doe)</figcaption>
        </figure>
    """,
    fix="Describe what the image shows in its alt attribute (or the CMS's alt text field).",
)
def missing_alt(article: Article, context: Context):
    """An image with no alt text, or only white space. Judged only where the input can show alt text: not in a
    scrape that dropped alt text for every image."""
    if not article.alt_observable:
        return  # the input cannot show alt text (a scrape that dropped it everywhere)
    for image in article.images:
        if not (image.alt or "").strip():
            yield image.index, "image has no alt text"
