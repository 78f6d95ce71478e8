"""HTML met in stop 34's blind sets. A magazine's cover photo set behind its headline as an inline CSS background
(`<div id="cover-main" style="background:url(…/la-traffic.jpg)">`), the file of the page's og:image: the story's
lead photo, found (its caption printed elsewhere, unsure: warnings only); a background that is not the og:image is
no image. A photo rotator's thumbnail strip: copies of its slides."""

from __future__ import annotations

from pathlib import Path

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

COVER = """<!doctype html><html><head><meta charset="utf-8">
<meta property="og:image" content="https://media.example.com/2018/08/la-traffic.jpg">
</head><body>
<section class="cover-wrapper">
<div id="cover-main" style=" background:url(https://proxy.example.com/width/1200/https://media.example.com/2018/08/la-traffic.jpg); background-position: center"></div>
<div class="pattern" style="background-image:url(https://media.example.com/design/stripes.png)"></div>
</section>
<section class="main"><h1>Despite everything, U.S. emissions dipped in 2019</h1>
<p>Coal has been in a slow-motion death spiral over the past ten years, and last year it fell faster than ever,
a new analysis of federal data shows, as utilities closed plants across the country.</p>
</section></body></html>"""


def test_the_og_images_file_as_a_cover_background_is_the_lead_photo(tmp_path: Path) -> None:
    article = read_html("page.html", COVER.encode(), default_registry(), charset=None)
    assert [(i.src, i.role) for i in article.images] == [
        ("https://proxy.example.com/width/1200/https://media.example.com/2018/08/la-traffic.jpg", "unsure")
    ]
    page = tmp_path / "page.html"
    page.write_text(COVER, encoding="utf-8")
    (doc,) = audit_paths([str(page)]).documents
    assert {f.severity for f in doc.findings} == {"warning"}


ROTATOR = """<!doctype html><html><head><meta charset="utf-8"></head><body><article>
<h1>Boyfriend of reality star will sue club</h1>
<p>The boyfriend of a reality television star is suing the club where he was attacked, the paper has learned, saying
security was negligent in failing to protect its patrons.</p>
<div class="rotator"><ul>
<li><figure><img src="http://static3.example.com/fs/1.207!/img/httpImage/image.jpg_gen/derivatives/article_970/mob15n-3-web.jpg"
 alt="Rene seeks damages."><figcaption>Rene seeks damages. <span class="credit">Kevin Downs/for The Daily News</span>
</figcaption></figure></li>
<li><figure><img src="http://static3.example.com/fs/1.208!/img/httpImage/image.jpg_gen/derivatives/article_970/mob15n-2-web.jpg"
 alt="Rene suffered scars."><figcaption>Rene suffered scars. <span class="credit">Kevin Downs/for The Daily News</span>
</figcaption></figure></li></ul>
<ul class="thumbs">
<li><img src="http://assets.example.com/fs/1.207!/img/httpImage/image.jpg_gen/derivatives/article_rotator_thumbs_50_50/mob15n-3-web.jpg"></li>
<li><img src="http://assets.example.com/fs/1.208!/img/httpImage/image.jpg_gen/derivatives/article_rotator_thumbs_50_50/mob15n-2-web.jpg"></li>
</ul></div>
<p>The suit, which will be filed on Thursday, seeks unspecified damages for his physical and emotional scars, the
lawyer said.</p></article></body></html>"""


def test_a_rotators_thumbnails_from_another_cdn_shard_and_a_derivative_folder_are_copies() -> None:
    """A CMS's derivatives of one upload, named by their size ("article_970", "article_rotator_thumbs_50_50") and
    served from two shards of one CDN ("static3.", "assets."): the thumbnail strip repeats the slides."""
    article = read_html("page.html", ROTATOR.encode(), default_registry(), charset=None)
    assert [(i.src.rsplit("/", 2)[-2], i.role) for i in article.images] == [
        ("article_970", "content"),
        ("article_970", "content"),
        ("article_rotator_thumbs_50_50", "chrome"),
        ("article_rotator_thumbs_50_50", "chrome"),
    ]
