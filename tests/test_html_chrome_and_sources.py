"""Where a picture's address and its caption come from on pages that hide them, and which repeated pictures are no
photos: a signed resizer address, a resizer's thumbnail size in the path, a file shown again and again, a lazy
loader's placeholder inside a <picture>, a table caption with a script in it, a slider that holds the whole story,
and a caption that is only "Name/Outlet"."""

from __future__ import annotations

from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="canonical" href="https://news.example.com/2024/05/01/storm-hits-coast/">
</head><body>{outside}
<main><article class="story">
<h1>Storm hits the coast</h1>
<p>Gusts of 80mph battered the coast overnight, closing roads and cutting power to thousands of homes across the
region, the authorities said on Tuesday morning as the clean-up began.</p>
{body}
<p>Engineers worked through the night to restore power, and most homes were reconnected by the afternoon, the
company said in a statement on its website.</p>
</article></main>
</body></html>"""


def _images(body: str, outside: str = "") -> list[tuple[str, str, str | None, str | None]]:
    article = read_html(
        "page.html", PAGE.format(body=body, outside=outside).encode("utf-8"), default_registry(), charset=None
    )
    return [
        (i.src.rsplit("/", 1)[-1][:40], i.role, i.caption, i.credit.raw if i.credit else None) for i in article.images
    ]


def test_a_signed_resizer_address_is_no_signature_image() -> None:
    """ "…&signature=60b7…" signs the address; nested inside a resizer's own address it is percent-encoded."""
    src = (
        "https://o.example.com/images/dims?resize=980%2C640&amp;image_uri=https%3A%2F%2Fo.example.com%2Fdims%3F"
        "crop%3D1599%26signature%3D353dad%26image_uri%3Dhttp%253A%252F%252Fx.example.com%252Freview-gallery-6.jpg"
        "&amp;client=cbc7&amp;signature=60b7c061"
    )
    found = _images(f'<figure><img src="{src}"><figcaption>Devindra Hardawar/AOL</figcaption></figure>')
    assert found == [("dims?resize=980%2C640&image_uri=https%3A", "content", None, "Devindra Hardawar/AOL")]


def test_a_resizers_thumbnail_size_in_the_path_is_an_avatar() -> None:
    found = _images(
        '<p><img src="https://cdn.example.com/fit/c/32/32/1*VN9AINEbi2CS8bHWeu80GQ.png" alt="Backchannel"></p>'
    )
    assert found == [("1*VN9AINEbi2CS8bHWeu80GQ.png", "chrome", None, None)]


def test_one_file_shown_three_times_with_nothing_said_is_an_ornament() -> None:
    divider = '<figure><img src="https://cdn.example.com/max/800/1*ohyycinH18fz98TCyUzVgQ.png"></figure><p>Text.</p>'
    found = _images(divider * 3)
    assert [role for _, role, _, _ in found] == ["chrome"] * 3
    twice = _images(divider * 2)  # two copies: one photo shown twice, one of them stays
    assert [role for _, role, _, _ in twice] == ["content", "chrome"]
    ad = '<img src="https://cdn.example.com/images/house_ads/support_banner.png" alt="Thank you for supporting us">'
    in_one = _images(f"<p>{ad}{ad}{ad}</p>")  # copies in one element count too
    assert [role for _, role, _, _ in in_one] == ["chrome"] * 3


def test_a_placeholder_src_inside_a_picture_gives_way_to_its_sources() -> None:
    body = """<figure><picture>
    <source srcset="https://img.example.com/img/crop229123088/7427609654-w420/Fruchtgrossmarkt.jpg"
      media="(max-width: 420px)">
    <img src="https://www.example.com/resources/img/placeholder.png" alt="Exotic fruit in demand." width="820">
    </picture><figcaption><p>Exotic fruit in demand.</p><p>Foto: Michael Rauhe</p></figcaption></figure>"""
    assert _images(body) == [("Fruchtgrossmarkt.jpg", "content", "Exotic fruit in demand.", "Michael Rauhe")]


def test_a_table_caption_with_a_share_script_and_a_view_larger_link() -> None:
    body = """<table><tr><td><img src="https://i.example.com/images/i/000/071/trippy-image.jpg" width="270"></td></tr>
    <tr><td><span><script>var d = "Magic mushrooms can create vivid hallucinations";
    document.write('<a href="https://pinterest.com/pin/"><img src="//assets.example.com/PinExt.png"></a>');</script>
    </span>Magic mushrooms can create vivid hallucinations.<br><span>Credit: WhiteHaven/Shutterstock.com</span>
    <span><a href="javascript:void(0);">View full size image</a></span></td></tr></table>"""
    assert _images(body) == [
        (
            "trippy-image.jpg",
            "content",
            "Magic mushrooms can create vivid hallucinations.",
            "WhiteHaven/Shutterstock.com",
        )
    ]


def test_a_slider_around_the_whole_story_is_no_gallery() -> None:
    """A page laid out as slides of stories: a related story's card beside the article is no gallery slide."""
    page = PAGE.replace("<main>", '<div class="content-slider"><div class="content-slide"><main>').replace(
        "</main>",
        """</main><div class="related-article"><ul><li>
        <p class="media"><img alt="" src="https://scd.example.com/files/small/20150226-roy.jpg"></p>
        <div class="copy"><h4>BANGLADESH</h4><p>Atheist US blogger hacked to death</p></div>
        <p><a href="/en/20150227-atheist-us-blogger">Read more</a></p></li></ul></div></div></div>""",
    )
    article = read_html("page.html", page.format(body="", outside="").encode("utf-8"), default_registry(), charset=None)
    assert [(i.role, "gallery" in i.evidence.signals) for i in article.images] == [("chrome", False)]


def test_a_picture_linked_alone_between_paragraphs_is_not_called_a_teaser() -> None:
    """LWN links each screenshot in the story to a page of its larger view: no headline, no words in the link, a
    paragraph on each side. Listed as unsure (no error on it), not dropped as a teaser; with a headline in the
    link it is a teaser."""
    long = "<p>" + "The release brings a new query builder and a simplification tool to the map editor. " * 3 + "</p>"
    alone = f'{long}<a href="/Articles/637747/"><img src="/images/2015/03-qgis-map-sm.png" alt="[QGIS main interface]" width="350"></a>{long}'
    assert _images(alone) == [("03-qgis-map-sm.png", "unsure", None, None)]
    titled = f'{long}<a href="/Articles/637747/"><img src="/images/2015/03-qgis-map-sm.png" alt="[QGIS main interface]" width="350"> QGIS 2.8 lands</a>{long}'
    assert _images(titled) == [("03-qgis-map-sm.png", "chrome", None, None)]


def test_a_panels_portraits_captioned_by_biographies_are_no_story_photos() -> None:
    """A board of contributors: each portrait captioned by the person's biography, the name in capitals."""
    body = "".join(
        f'<figure><img src="https://media.example.com/panel/{name}.jpg" width="200"><figcaption>{bio}</figcaption>'
        "</figure>"
        for name, bio in (
            ("pelham", "JAY PELHAM is president of TotalBank, a South Florida-based retail-commercial bank."),
            ("liftin", "DR. ELAINE LIFTIN is president and executive director at the Council for Educational Change."),
        )
    )
    assert [role for _, role, _, _ in _images(body)] == ["chrome", "chrome"]


def test_a_play_button_drawn_over_a_poster_is_furniture() -> None:
    found = _images('<p><img src="https://i.example.com/cnwk.1d/i/tron/overlays/video-overlay-med.png"></p>')
    assert [role for _, role, _, _ in found] == ["chrome"]


def test_a_networks_follow_code_is_furniture() -> None:
    qr = '<div class="overlay__qr"><img src="https://s.example.com/assets/snapchat-QR-f9e427774952023202aa82ff5db0b1b5.png"></div>'
    shot = '<p><img src="https://cdn.example.com/2016/10/snapchat-story-screenshot.png" alt="The story as posted"></p>'
    assert [(name, role) for name, role, _, _ in _images(qr + shot)] == [
        ("snapchat-QR-f9e427774952023202aa82ff5db0", "chrome"),
        ("snapchat-story-screenshot.png", "content"),
    ]


def test_drupal_image_styles_are_one_photo_and_an_audience_counter_is_no_image() -> None:
    """ ".../files/styles/<style>/public/name.jpg" is a rendition of ".../files/name.jpg": one photo, the other copy
    listed as chrome; "b.scorecardresearch.com/p?c1=2&…" is a counter's request, no picture at all."""
    body = """<figure><img src="https://www.example.com/sites/default/files/lede_art_ignatieff_0.jpg"
    alt="Michael Ignatieff speaking"></figure>
    <div class="cover"><img src="https://www.example.com/sites/default/files/styles/static_cover_img_500/public/lede_art_ignatieff_0.jpg?itok=sov-jf0V"></div>
    <noscript><img src="http://b.scorecardresearch.com/p?c1=2&amp;c2=15230262&amp;cv=2.0&amp;cj=1"></noscript>"""
    assert [role for _, role, _, _ in _images(body)] == ["content", "chrome"]


def test_a_one_picture_slideshow_whose_slide_is_an_article_of_its_own() -> None:
    """A CMS's photo box built as a slideshow of one slide, the slide wrapped in an <article> of its own, in a
    container named for a teaser section: the slide's text gives its caption and credit; "Photo by: Unknown" says
    there is no credit."""
    box = """<div class="views_slideshow_cycle_main"><div id="views_slideshow_cycle_teaser_section_photo_box"
    class="views-slideshow-cycle-main-frame"><div class="views_slideshow_cycle_slide"><article><div class="content">
    <h2 class="element-invisible"><a href="/file/4461876">{name}.jpg</a></h2>
    <img src="https://www.example.com/sites/default/files/styles/full/public/media/ap/{name}.jpg?itok=0AB" width="960">
    <div class="field-authors"><h3>Photo by:&nbsp;</h3><div>{credit}</div></div>
    <div class="field-description">{caption}</div></div></article></div></div></div>"""
    selma = box.format(
        name="544d821c",
        credit="The Associated Press",
        caption='A scene from "Selma." (AP Photo/Paramount Pictures, Atsushi Nishijima)',
    )
    found = _images(selma)
    assert [(role, credit) for _, role, _, credit in found] == [
        ("content", "AP Photo/Paramount Pictures, Atsushi Nishijima")
    ]
    assert "544d821c.jpg" not in (found[0][2] or "")  # Drupal's "element-invisible" file name: a screen reader's
    bag = box.format(name="f645ad45", credit="Unknown", caption="")
    assert [(role, credit) for _, role, _, credit in _images(bag)] == [("content", None)]
