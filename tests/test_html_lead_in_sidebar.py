"""The story's photo set in a side column: a radio show's episode page puts the guest's photo, with its caption,
in `<ul class="story-sidebar">`, and the page's og:image is that photo (another crop of the same file). Site chrome by
its box, the story's photo by the og:image and its caption: listed as unsure (its missing credit a warning, never
an error). The same box's other pictures stay chrome; and in a video's box the og:image is the video's poster."""

from __future__ import annotations

from pathlib import Path

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta property="og:image" content="http://www.example.org/i/200/200/c/80/1/StacyKeach-1.jpg">
</head><body>
<div id="main"><article><h1>Stacy Keach on his career</h1>
<p>The actor talks about Shakespeare, Mike Hammer and forty years of playing detectives on stage and screen, and
about the stutter he has had since childhood, in an hour-long conversation recorded in New York last week.</p>
<p>He says the theatre is where he still feels most at home, though television made his name across the country
and paid for the productions he wanted to mount himself.</p>
</article>
<ul class="story-sidebar">
<li><a href="#"><img src="http://www.example.org/i/200/0/c/80/1/StacyKeach-1.jpg" title="Stacy Keach"></a>
<p class="image-caption"><span class="caption">Stacy Keach</span></p></li>
<li><img src="http://www.example.org/i/200/0/c/80/1/sponsor-banner.jpg" alt="Sponsor"></li>
</ul>
{video}
</div></body></html>"""

VIDEO = """<div class="SingleVideo"><figure><img src="http://www.example.org/i/200/0/c/80/1/StacyKeach-1.jpg">
<figcaption>Stacy Keach on stage in 2012. <span class="credit">Evan Vucci/AP Photo</span></figcaption></figure></div>"""


def _roles(html: str) -> list[tuple[str, str]]:
    article = read_html("page.html", html.encode(), default_registry(), charset=None)
    return [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images]


def test_the_og_image_with_its_caption_in_a_side_column_is_the_storys_photo() -> None:
    assert _roles(PAGE.replace("{video}", "")) == [("StacyKeach-1.jpg", "unsure"), ("sponsor-banner.jpg", "chrome")]


def test_in_a_videos_box_the_og_image_is_its_poster() -> None:
    sidebar = PAGE.split('<ul class="story-sidebar">')[0] + VIDEO + "</div></body></html>"
    assert _roles(sidebar) == [("StacyKeach-1.jpg", "chrome")]


def test_its_missing_credit_is_a_warning(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE.replace("{video}", ""), encoding="utf-8")
    (doc,) = audit_paths([str(page)]).documents
    assert [(f.rule, f.severity) for f in doc.findings if f.rule == "CRD001"] == [("CRD001", "warning")]
