"""A magazine's cover photo set behind its headline as an inline CSS background (`<div id="cover-main"
style="background:url(…/la-traffic.jpg)">`), the file of the page's og:image: the story's lead photo, found (its
caption printed elsewhere, unsure: warnings only). A background that is not the og:image is no image."""

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
