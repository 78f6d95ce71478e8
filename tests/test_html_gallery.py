"""Galleries as first-class: every slide an image, each with its own caption and credit."""

from __future__ import annotations

from pathlib import Path

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Storm in pictures</title></head><body>
<article><h1>Storm in pictures</h1><p>Gusts of 80mph battered the coast overnight.</p>
{gallery}
<p>The Met Office said winds would ease by Sunday.</p></article></body></html>"""


def _images(gallery: str):
    article = read_html("page.html", PAGE.format(gallery=gallery).encode("utf-8"), default_registry())
    return [
        (i.src.rsplit("/", 1)[-1], i.role, i.caption, i.credit.raw if i.credit else None, i.credit and i.credit.agency)
        for i in article.images
    ]


def test_slides_joined_to_a_separate_caption_list_by_slide_number() -> None:
    gallery = """<div class="media-gallery">
      <ul class="gallery-track">
        <li data-gallery-item data-index="0"><img src="https://cdn.example.com/g/waves.jpg" width="960"></li>
        <li data-gallery-item data-index="1"><img src="https://cdn.example.com/g/tree.jpg" width="960"></li>
        <li data-gallery-item data-index="2"><img src="https://cdn.example.com/g/crane.jpg" width="960"></li>
      </ul>
      <ol class="gallery-captions">
        <li data-index="2"><p class="caption">A crane toppled in the wind.</p><span class="credit">Reuters</span></li>
        <li data-index="0"><p class="caption">Waves break over the wall.</p><span class="credit">AP Photo/Jon Doe</span></li>
        <li data-index="1"><p class="caption">A fallen tree blocks the A39.</p><span class="credit">PA Wire</span></li>
      </ol></div>"""
    assert _images(gallery) == [
        ("waves.jpg", "content", "Waves break over the wall.", "AP Photo/Jon Doe", "ap"),
        ("tree.jpg", "content", "A fallen tree blocks the A39.", "PA Wire", "pa"),
        ("crane.jpg", "content", "A crane toppled in the wind.", "Reuters", "reuters"),
    ]


def test_slides_joined_by_position_when_unnumbered() -> None:
    gallery = """<div class="slideshow">
      <div class="frames"><div class="frame"><img src="https://cdn.example.com/g/one.jpg"></div>
        <div class="frame"><img src="https://cdn.example.com/g/two.jpg"></div></div>
      <div class="texts"><div class="text"><span class="caption-text">First slide.</span>
        <span class="photo-credit">Getty Images</span></div>
        <div class="text"><span class="caption-text">Second slide.</span><span class="photo-credit">EPA</span></div>
      </div></div>"""
    assert _images(gallery) == [
        ("one.jpg", "content", "First slide.", "Getty Images", "getty"),
        ("two.jpg", "content", "Second slide.", "EPA", "epa"),
    ]


def test_gallery_with_a_promo_state_class_is_not_chrome() -> None:
    gallery = """<section class="gallery gallery--promo-open">
      <figure><img src="https://cdn.example.com/g/a.jpg"><figcaption><p>Sandbags at a shop door.</p>
        <p>AFP via Getty Images</p></figcaption></figure>
      <figure><img src="https://cdn.example.com/g/b.jpg"><figcaption><p>A flooded road.</p><p>Reuters</p>
        </figcaption></figure></section>"""
    assert _images(gallery) == [
        ("a.jpg", "content", "Sandbags at a shop door.", "AFP via Getty Images", "getty"),
        ("b.jpg", "content", "A flooded road.", "Reuters", "reuters"),
    ]


def test_slides_only_in_a_script_json() -> None:
    gallery = """<div class="gallery-embed" data-gallery-id="g7"></div>
      <script>window.__GALLERY__ = {"id": "g7", "slides": [
        {"image": {"url": "https://cdn.example.com/g/s1.jpg"}, "caption": "Crowds on the pier.",
         "credit": "Photo: Jane Doe/AFP"},
        {"image": {"url": "https://cdn.example.com/g/s2.jpg"}, "caption": "<p>A lifeboat launches.</p>",
         "credit": "Kyodo"}]};</script>"""
    assert _images(gallery) == [
        ("s1.jpg", "content", "Crowds on the pier.", "Jane Doe/AFP", "afp"),
        ("s2.jpg", "content", "A lifeboat launches.", "Kyodo", "kyodo"),
    ]


def test_teaser_carousel_linking_elsewhere_stays_chrome() -> None:
    gallery = """<div class="carousel related-carousel">
      <div class="card"><a href="/2024/04/30/flood/"><img src="https://cdn.example.com/t/flood.jpg"></a>
        <span class="byline">By Jane Roe</span></div>
      <div class="card"><a href="/2024/04/29/ferry/"><img src="https://cdn.example.com/t/ferry.jpg"></a>
        <span class="byline">By John Roe</span></div>
      <div class="card"><a href="/2024/04/28/bus/"><img src="https://cdn.example.com/t/bus.jpg"></a>
        <span class="byline">By Jim Roe</span></div></div>"""
    assert [(name, role) for name, role, *_ in _images(gallery)] == [
        ("flood.jpg", "chrome"),
        ("ferry.jpg", "chrome"),
        ("bus.jpg", "chrome"),
    ]


def test_slide_with_a_printed_caption_takes_the_bracketed_credit_its_alt_ends_with(tmp_path: Path) -> None:
    # a teaser-styled slide box ("teaserImg"), but a slide of the story's gallery: it links nowhere and prints a caption
    gallery = """<div class="gallery"><div class="slideshow"><ul class="slides">
      <li><div class="teaserImg"><img src="https://cdn.example.com/image/101_303.jpg"
        alt="Exhibition in the museum (picture alliance/dpa/K. Gabbert)"></div>
        <div class="teaserText"><h4>The coast in pictures</h4><p>Sandbags at a shop door in Lyme Regis.</p></div></li>
      <li><div class="teaserImg"><img src="https://cdn.example.com/image/102_303.jpg"
        alt="Map of the coast from 1902 (public domain)"></div>
        <div class="teaserText"><h4>The coast in pictures</h4><p>The old harbour wall, as drawn in 1902.</p></div></li>
      <li><div class="teaserImg"><img src="https://cdn.example.com/image/103_303.jpg" alt="A pier at dusk"></div>
        <div class="teaserText"><h4>The coast in pictures</h4><p>The pier before the storm.</p></div></li>
      <li><div class="teaserImg"><img src="https://cdn.example.com/image/104_303.jpg" alt="Warriors in 1906 (Downluke)">
        </div><div class="teaserText"><h4>The coast in pictures</h4><p>An uprising against colonial rule.</p></div></li>
      </ul></div></div>"""
    assert _images(gallery) == [
        ("101_303.jpg", "content", "Sandbags at a shop door in Lyme Regis.", "picture alliance/dpa/K. Gabbert", "dpa"),
        ("102_303.jpg", "content", "The old harbour wall, as drawn in 1902.", "public domain", None),
        ("103_303.jpg", "content", "The pier before the storm.", None, None),  # a caption, and no credit anywhere
        # brackets not read as a credit may hold one all the same: the slide is listed, never judged as uncredited
        ("104_303.jpg", "unsure", "An uprising against colonial rule.", None, None),
    ]
    page = tmp_path / "gallery.html"
    page.write_text(PAGE.format(gallery=gallery), encoding="utf-8")
    (doc,) = audit_paths([str(page)]).documents
    assert [(f.rule, f.severity) for f in doc.findings if f.image in (2, 3) and f.rule.startswith("CRD")] == [
        ("CRD001", "error"),  # a caption, and no credit anywhere
        ("CRD001", "warning"),  # perhaps a credit not read: its missing credit as a warning, not an error
    ]


def test_slides_shown_as_inline_background_images() -> None:
    gallery = """<div class="hero slideshow"><div class="slides">
      <div class="slide current" style="background-image:url(https://cdn.example.com/g/gal1.jpg)">
        <div class="courtesy"><strong></strong></div></div>
      <div class="slide" style="background-image: url('https://cdn.example.com/g/gal2.jpg')">
        <div class="courtesy"><strong>Reuters</strong></div></div></div></div>
      <div class="banner" style="background-image:url(https://cdn.example.com/g/texture.jpg)"></div>"""
    assert [(name, role, credit) for name, role, _, credit, _ in _images(gallery)] == [
        ("gal1.jpg", "content", None),
        ("gal2.jpg", "content", "Reuters"),
    ]  # a background that is no gallery's slide (a texture, a banner) is no image


def test_slide_carrying_its_picture_url_has_its_own_paragraph_as_caption() -> None:
    gallery = """<aside><div class="slideshow"><ul>
      <li class="slide" data-imageurl="https://cdn.example.com/g/bowl.jpg"><h2>Fall bowl</h2>
        <p>A halved <a href="/globe">globe</a> used as a bowl, with pinecones and acorns.</p></li>
      <li class="slide" data-imageurl="https://cdn.example.com/g/vase.jpg"><h2>Glass vase</h2>
        <p>Bring fall's colours indoors.</p><p>A simple glass vase does it.</p></li>
      <li class="slide" data-imageurl="https://cdn.example.com/g/end.jpg"><h2>More ideas</h2><p>View all</p></li>
      </ul></div></aside>"""
    assert [(name, role, caption) for name, role, caption, *_ in _images(gallery)] == [
        ("bowl.jpg", "content", "A halved globe used as a bowl, with pinecones and acorns."),
        ("vase.jpg", "content", "Bring fall's colours indoors. A simple glass vase does it."),
        ("end.jpg", "chrome", None),  # two words are a button, not a caption: a slide in an <aside>, uncaptioned
    ]


def test_captioned_photo_takes_the_bracketed_credit_its_alt_ends_with_only_when_its_caption_has_none() -> None:
    gallery = """<figure><img src="https://cdn.example.com/p/court.jpg" alt="The courthouse (Oregonian file photo)">
      <figcaption>The courthouse was dedicated in 2006.</figcaption></figure>
      <figure><img src="https://cdn.example.com/p/gaga.jpg" alt="Out in New York [Getty]">
      <figcaption>Out in New York [Getty]</figcaption></figure>"""
    assert _images(gallery) == [
        ("court.jpg", "content", "The courthouse was dedicated in 2006.", "Oregonian file photo", None),
        ("gaga.jpg", "content", "Out in New York", "Getty", "getty"),
    ]
    article = read_html("page.html", PAGE.format(gallery=gallery).encode("utf-8"), default_registry())
    assert article.images[1].observed.other_credits == []  # the caption's credit, not the alt's again beside it


def test_a_gallery_that_shows_each_slides_alt_text_as_its_caption() -> None:
    """One caption area under the slides shows the current slide's alt text (a script swaps it): each slide's
    alt text is its caption. The slide named "logos", kept in the folder of the other slides, is a slide, not the
    site's logo; the gallery's arrows (classes naming an icon, alt texts "vorheriges Bild", "Vollbild") are
    controls."""
    folder = "https://scr.example.com/screenshots/1104/browser/thumb480"
    slides = "".join(
        f'<li class="gg_embedded"><a href="https://scr.example.com/?d=1104"><img src="{folder}/{name}"'
        f' title="{alt}" alt="{alt}" style="width:480px; height:290px;"></a></li>'
        for name, alt in (
            ("snap-0012.jpg", "Browser 5.0 on Windows"),
            ("snap-0013.jpg", "The menu button in Browser 5.0"),
            ("new-channel-logos.png", "New logos for the Nightly and Aurora channels"),
        )
    )
    gallery = f"""<div class="gallery"><ul>{slides}</ul><ul class="gg_counter">
      <li><img src="https://www.example.com/_img/gg/links.png" class="gg_embeddedIconPrev" alt="vorheriges Bild"></li>
      <li>3/3</li><li><img src="https://www.example.com/_img/gg/rechts.png" class="gg_embeddedIconNext"
      alt="nächstes Bild"></li></ul><div class="gg_sub"><div class="gg_subText">New logos for the Nightly and
      Aurora channels</div><img src="https://www.example.com/_img/gg/fullscreen.png" class="gg_embeddedIconFS"
      alt="Vollbild"></div></div>"""
    assert _images(gallery) == [
        ("snap-0012.jpg", "content", "Browser 5.0 on Windows", None, None),
        ("snap-0013.jpg", "content", "The menu button in Browser 5.0", None, None),
        ("new-channel-logos.png", "content", "New logos for the Nightly and Aurora channels", None, None),
        ("links.png", "chrome", None, None, None),
        ("rechts.png", "chrome", None, None, None),
        ("fullscreen.png", "chrome", None, None, None),
    ]


def test_the_storys_lead_picture_opening_its_own_gallery_page() -> None:
    """Right under the story's headline, a picture links to the gallery's own page ("/fotostrecke/…") with the
    launcher's words over it ("Fotostrecke: 9 Bilder"): the story's own picture, listed as unsure (no error), its
    launcher's words no caption. A teaser of another story's gallery further down stays chrome."""
    page = """<!doctype html><html><head><meta charset="utf-8"></head><body><div id="column">
      <h1>Retro-PC</h1><h2>Commodore revives the C64</h2><p class="author">By Matthias Kremp</p>
      <div id="topAsset"><div class="galleryBig"><div class="galleryBigPic"><a href="/fotostrecke/fotostrecke-66472.html"
      title="Still a prototype: the new 64"><img src="https://www.example.de/images/image-199885-panoV9-siub.jpg"
      width="520" height="250" alt="Still a prototype: the new 64"></a><div class="picLayer"><a
      href="/fotostrecke/fotostrecke-66472.html"><span><strong>Fotostrecke:</strong> 9 Bilder</span></a></div></div>
      </div></div><p>The home computer of the eighties returns, rebuilt with today's parts, and every game of the
      decade runs on it, says the company that bought the name.</p>
      <div class="rail"><p>Other stories</p><a href="/fotostrecke/fotostrecke-11111.html"><img
      src="https://www.example.de/images/image-100000-thumb.jpg" width="120" height="90" alt="Cars of the year"></a>
      </div></div></body></html>"""
    article = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in article.images] == [
        ("image-199885-panoV9-siub.jpg", "unsure", None),
        ("image-100000-thumb.jpg", "chrome", None),
    ]
