"""ART rules: scraping and templating artefacts left around images."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule(
    "ART001",
    "gallery-counter",
    "warning",
    'A gallery counter ("6", "1 of 12") was left in the text.',
    why="""
        A slide counter left beside an image is gallery furniture that a feed, an export or a scrape carried
        into the article: it tells readers nothing, and shows that the caption and credit around it passed
        through the same unchecked step.
    """,
    fires="""
        Floods close the high street

         A flooded high street
        3 of 12
        Water fills the high street. Photo: Jane Doe/AP
    """,
    passes="""
        Floods close the high street

         A flooded high street
        Water fills the high street. Photo: Jane Doe/AP
    """,
    fix="Leave the gallery's counters out of the article text (in the export or the template that copied them).",
)
def gallery_counter(article: Article, context: Context):
    """A line holding only a counter ("6", "3 of 12", "Image 4", "5/20") between an image's alt text and its
    caption, in scraped text."""
    for image in article.images:
        if image.observed.gallery_counter:
            yield image.index, f"gallery counter {image.observed.gallery_counter!r} left beside the image"


@rule(
    "ART002",
    "empty-credit-label",
    "error",
    'A credit label ("Credit:") is shown with no credit after it.',
    why="""
        "Credit:" with nothing after it is a credit field the CMS left empty: the image is published
        uncredited, which is what agencies' enforcement looks for, and the empty label shows it to readers.
    """,
    fires="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. Credit:</figcaption>
        </figure>
    """,
    passes="""
        <figure><img src="flood.jpg" alt="A flooded street">
          <figcaption>Water fills the high street. Credit: AP Photo/Jane Doe</figcaption>
        </figure>
    """,
    fix="Fill in the credit field in the CMS; a template should print no label for an empty field.",
)
def empty_credit_label(article: Article, context: Context):
    """A credit label ("Credit:", "Photo:", "Picture:", "©"...) at the end of the caption or in a credit element,
    with no credit after it. The image is not also reported as CRD001."""
    for image in article.images:
        if image.observed.empty_credit_label:
            yield image.index, "credit label with no credit after it"
