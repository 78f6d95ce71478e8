"""A photo set in an <aside> that the page's structured data marks as its article's picture (schema.org
itemprop="associatedMedia", USA TODAY 2014) is the story's, not site chrome; and its caption is the rest of the
paragraph its printed credit stands in, when the credit is also written into a <meta itemprop="copyrightHolder">."""

from __future__ import annotations

from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="canonical" href="https://news.example.com/story/news/2014/10/02/ebola-patient/16591753/">
</head><body><article class="story">
<h1>Liberia says Dallas Ebola patient lied on exit documents</h1>
<p>Liberian authorities said Thursday they will prosecute the Dallas Ebola patient when he returns home for
allegedly lying on his airport departure screening questionnaire, officials said.</p>
<div class="story-asset image-asset"><aside {aside} class="wide single-photo">
<img itemprop="url" src="https://cdn.example.com/2014/10/02/1412278085000-GTY-456535992.jpg" alt="GTY 456535992"
 width="540"><meta itemprop="name" content="GTY 456535992">
<p>The home in Liberia where the patient rented a room.<meta itemprop="copyrightHolder"
 content="John Moore/Getty Images"><span class="credit">(Photo: John Moore/Getty Images)</span></p>
</aside></div>
<p>It is not clear whether he knew of the woman's diagnosis at the time he left the country, officials in Liberia
said on Thursday evening.</p>
</article></body></html>"""

MICRODATA = 'itemprop="associatedMedia" itemscope itemtype="http://schema.org/ImageObject"'


def _image(aside: str) -> tuple[str, str | None, str | None]:
    article = read_html("page.html", PAGE.format(aside=aside).encode("utf-8"), default_registry())
    (image,) = article.images
    return image.role, image.caption, image.credit.raw if image.credit else None


def test_an_aside_marked_as_the_articles_media_holds_a_content_photo() -> None:
    assert _image(MICRODATA) == (
        "content",
        "The home in Liberia where the patient rented a room.",
        "John Moore/Getty Images",
    )


def test_an_aside_without_that_mark_leaves_the_photo_unsure() -> None:
    """Only its tag makes it chrome, and the photo is an agency's: listed, no error raised on it."""
    assert _image('itemscope itemtype="http://schema.org/ImageObject"') == (
        "unsure",
        "The home in Liberia where the patient rented a room.",
        "John Moore/Getty Images",
    )
