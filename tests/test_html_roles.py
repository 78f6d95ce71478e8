"""Content or chrome: each image gets a role and the signal for it; chrome is listed, never judged."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.reader import read_html

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="canonical" href="https://news.example.com/2024/05/01/storm-hits-coast/">
</head><body>
<main><article class="story">
<h1>Storm hits the coast</h1>
<figure class="lead"><img src="https://cdn.example.com/photos/storm-lead.jpg" alt="Waves" width="1200" height="800">
<figcaption>Waves break over the sea wall on Monday. <span class="credit">Jane Doe/Reuters</span></figcaption></figure>
<p>Gusts of 80mph battered the coast overnight, closing roads and cutting power to thousands of homes across the
region, the authorities said on Tuesday morning as the clean-up began.</p>
{body}
</article></main>
{after}
</body></html>"""


def _read(body: str = "", after: str = ""):
    """The article read from PAGE with `body` inside the story and `after` below it."""
    return read_html("page.html", PAGE.format(body=body, after=after).encode("utf-8"), default_registry(), charset=None)


def _roles(body: str = "", after: str = ""):
    return [(i.src.rsplit("/", 1)[-1], i.role, i.evidence.role_reason) for i in _read(body, after).images]


def _findings(body: str = "", after: str = "", tmp: Path | None = None):
    assert tmp is not None
    page = tmp / "page.html"
    page.write_text(PAGE.format(body=body, after=after), encoding="utf-8")
    (doc,) = audit_paths([str(page)]).documents
    return doc


LEAD = ("storm-lead.jpg", "content", None)


def test_teaser_cards_each_an_article_linked_elsewhere_without_caption(tmp_path: Path) -> None:
    cards = "".join(
        f"""<li><article class="post-view"><a href="https://news.example.com/2024/05/0{n}/other-story-{n}/">
        <figure><div class="image-wrapper"><img src="https://cdn.example.com/photos/AP2400{n}.jpg" width="525">
        </div></figure><h3>Other story {n}</h3></a></article></li>"""
        for n in range(1, 4)
    )
    after = f'<div class="river"><ul>{cards}</ul></div>'
    roles = _roles(after=after)
    assert roles[0] == LEAD
    assert [r[1] for r in roles[1:]] == ["chrome"] * 3
    assert all(r[2].startswith("teaser") for r in roles[1:]), roles
    doc = _findings(after=after, tmp=tmp_path)
    assert {f.image for f in doc.findings} <= {0}  # nothing raised on the cards
    assert doc.images[1].role == "chrome"


def test_in_body_promo_strip_of_linked_thumbnails() -> None:
    strip = """<div class="inline-links"><ul>
      <li><a href="/2024/04/30/flood-warning/"><img src="https://cdn.example.com/photos/flood.jpg" width="300"></a>
          <a href="/2024/04/30/flood-warning/">Flood warning issued</a></li>
      <li><a href="/2024/04/29/ferry/"><img src="https://cdn.example.com/photos/ferry.jpg" width="300"></a>
          <a href="/2024/04/29/ferry/">Ferries cancelled</a></li>
    </ul></div>"""
    roles = _roles(body=strip)
    assert roles == [
        LEAD,
        ("flood.jpg", "chrome", "teaser: linked to another page (/2024/04/30/flood-warning/)"),
        ("ferry.jpg", "chrome", "teaser: linked to another page (/2024/04/29/ferry/)"),
    ]


def test_spacers_icons_and_pixels() -> None:
    body = """<img src="https://cdn.example.com/ui/divider.png" data-width="624" data-height="1">
      <img src="https://cdn.example.com/ui/banner_top_640x3.png">
      <img src="https://cdn.example.com/ui/rating-5-stars.png">
      <img src="https://www.facebook.com/tr?id=1&amp;ev=PageView" width="1" height="1">
      <img src="https://smrt.as/ck" style="height:0px; width:0px;display: none;border:none">
      <img src="/static/share.svg">"""
    roles = _roles(body=body)
    assert roles == [
        LEAD,
        ("banner_top_640x3.png", "chrome", "furniture: 640x3 px"),
        ("rating-5-stars.png", "chrome", "furniture: 'rating' in its URL or class"),
    ]  # a 1-pixel spacer, the tracking pixels (by attributes, by inline style) and the SVG icon: no images to audit


def test_house_ad_and_author_byline_are_chrome() -> None:
    body = """<aside class="promo-box"><figure><img src="https://cdn.example.com/ads/subscribe.jpg" width="600">
      <figcaption>Subscribe for $1 a week</figcaption></figure></aside>
      <div class="byline"><img src="https://cdn.example.com/people/jane.jpg" width="120"><span>By Jane Roe</span></div>"""
    assert _roles(body=body) == [
        LEAD,
        ("subscribe.jpg", "chrome", "in site chrome: aside.promo-box"),
        ("jane.jpg", "chrome", "in site chrome: div.byline"),
    ]


def test_photo_in_an_aside_of_the_story_is_unsure_and_raises_no_error(tmp_path: Path) -> None:
    body = """<aside class="story-enhancement"><figure class="story-photo">
      <img src="https://cdn.example.com/photos/meadows.jpg" width="800">
      <figcaption><p>Rep. Mark Meadows at the White House. | Patrick Semansky/AP Photo</p></figcaption>
      </figure></aside>"""
    doc = _findings(body=body, tmp=tmp_path)
    image = doc.images[1]
    assert (image.role, image.evidence.role_reason) == ("unsure", "in site chrome: aside.story-enhancement")
    assert (image.caption, image.credit.raw, image.credit.agency) == (
        "Rep. Mark Meadows at the White House.",
        "Patrick Semansky/AP Photo",
        "ap",
    )
    assert not [f for f in doc.findings if f.image == 1 and f.severity == "error"]


def test_uncredited_photo_in_the_story_is_content_and_flagged(tmp_path: Path) -> None:
    body = '<figure><img src="https://cdn.example.com/photos/pier.jpg" width="900"><figcaption>The pier.</figcaption></figure>'
    doc = _findings(body=body, tmp=tmp_path)
    assert doc.images[1].role == "content"
    assert ("CRD001", "error") in {(f.rule, f.severity) for f in doc.findings if f.image == 1}


def test_same_photo_twice_is_one_image() -> None:
    body = """<div class="bucketwrap"><div class="imagewrap">
      <img src="https://cdn.example.com/photos/ap_1634-ec3b-s1100-c50.jpg" alt="Roof is escorted"></div>
      <div class="credit-caption"><p class="caption">Roof is escorted.</p><span class="credit">Chuck Burton/AP</span></div>
      <div class="enlarge"><img src="https://cdn.example.com/photos/ap_1634-ec3b-s1200.jpg" alt="Roof is escorted">
      </div></div>"""
    roles = _roles(body=body)
    assert [r[:2] for r in roles] == [
        LEAD[:2],
        ("ap_1634-ec3b-s1100-c50.jpg", "content"),
        ("ap_1634-ec3b-s1200.jpg", "chrome"),
    ]
    assert roles[2][2].startswith("duplicate")


def test_video_poster_is_chrome() -> None:
    body = """<figure><div class="media"><img src="https://cdn.example.com/photos/clip-poster.jpg"
      alt="Video player loading"></div><figcaption>The storm arrives. Credit: John Roe/Associated Press</figcaption>
      </figure>"""
    assert _roles(body=body)[1] == ("clip-poster.jpg", "chrome", "video poster: alt 'Video player loading'")


def test_link_to_the_photos_own_page_is_no_teaser() -> None:
    body = """<table class="mediabox"><tr><td><a href="/dynamic/files/photos/8/804a421f38c1_0.html?SITE=AP">
      <img src="https://news.example.com/photos/8/804a421f38c1_0-small.jpg" alt="AP Photo" width="180"></a><br>
      <span class="apCaption">AP Photo/Uncredited</span></td></tr></table>"""
    assert _roles(body=body)[1] == ("804a421f38c1_0-small.jpg", "content", None)
    # a story named like its picture, the picture in a folder of its own, is another page
    teaser = """<div class="box"><a href="//news.example.com/view/AEN20231228002700315">
      <img src="https://img.example.com/etc/inner/EN/2023/12/28/AEN20231228002700315_03_i_T2.jpg" width="300"></a>
      </div>"""
    assert _roles(body=teaser)[1] == (
        "AEN20231228002700315_03_i_T2.jpg",
        "chrome",
        "teaser: linked to another page (//news.example.com/view/AEN20231228002700315)",
    )


def test_figures_that_repeat_linking_only_to_their_licence_and_photographer(tmp_path: Path) -> None:
    figure = """<figure class="wp-caption alignnone"><a href="https://cdn.example.com/up/{name}.jpg">
      <img src="https://cdn.example.com/up/{name}-946x675.jpg" alt="{caption}" width="760"></a>
      <figcaption class="wp-caption-text">{caption}{credit}</figcaption></figure><p>More of the story.</p>"""
    body = "".join(
        figure.format(name=name, caption=caption, credit=credit)
        for name, caption, credit in (
            (
                "chart",
                "The network of firms.",
                '<span class="media-license-caption"> <a rel="license" '
                'href="https://creativecommons.org/licenses/by-sa/2.0/">CC-BY-SA 2.0</a></span>',
            ),
            ("office", "The shared office.", ""),
            (
                "cider",
                "Cider and ice.",
                ' Foto: <a href="https://creativecommons.org/licenses/by-nc/2.0/">CC-BY-NC 2.0'
                '</a> <a href="https://www.flickr.com/photos/someone/542710106/">Jane Roe</a>',
            ),
        )
    )
    assert _roles(body=body)[1:] == [
        ("chart-946x675.jpg", "content", None),
        ("office-946x675.jpg", "content", None),
        ("cider-946x675.jpg", "content", None),
    ]
    doc = _findings(body=body, tmp=tmp_path)
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images[1:]] == [
        ("The network of firms.", "CC-BY-SA 2.0"),
        ("The shared office.", None),
        ("Cider and ice.", "CC-BY-NC 2.0 Jane Roe"),
    ]
    errors = {(f.image, f.rule) for f in doc.findings if f.severity == "error"}
    assert errors == {(2, "CRD001")}


def test_two_photos_captioned_alike_are_two_images() -> None:
    figure = """<figure class="media-landscape"><img src="https://cdn.example.com/news/{name}_n.jpg" width="976">
      <span class="story-image-copyright">Jane Roe (Local Press)</span><figcaption class="media-caption">
      <span class="media-caption__text">The three reporters charged under the section</span></figcaption></figure>
      <p>Story paragraph.</p>"""
    body = figure.format(name="_104039849_4414") + figure.format(name="_104039846_4417")
    assert _roles(body=body)[1:] == [
        ("_104039849_4414_n.jpg", "content", None),
        ("_104039846_4417_n.jpg", "content", None),
    ]
    # the same file shown again elsewhere with the same caption is one photo
    again = figure.format(name="_104039849_4414") + figure.format(name="_104039849_4414")
    roles = _roles(body=again)
    assert [r[1] for r in roles[1:]] == ["content", "chrome"]
    assert roles[2][2].startswith("duplicate")


def test_audio_player_poster_is_chrome() -> None:
    player = """<div class="module"><div class="holder" itemscope itemtype="http://schema.org/AudioObject">
      <span itemprop="name" content="Audio: episode 16"></span>
      <img width="184" height="104" src="https://cdn.example.com/media/podcast4686.jpg"
      alt="Dr Jane Roe &copy; picture alliance/dpa Foto: John Doe">
      <iframe id="pp_audio655164" src="/news/audio655164-player.html"></iframe></div></div>"""
    assert _roles(body=player)[1] == ("podcast4686.jpg", "chrome", "audio player poster: div.holder")
    bare = """<div class="module"><div class="holder"><img width="300" src="https://cdn.example.com/media/ep17.jpg">
      <audio src="https://cdn.example.com/media/ep17.mp3" controls></audio></div></div>"""
    assert _roles(body=bare)[1] == ("ep17.jpg", "chrome", "audio player poster: div.holder")


def test_photo_beside_a_video_embed_is_no_poster() -> None:
    body = """<div class="block"><figure><img src="https://cdn.example.com/photos/harbour.jpg" width="900">
      <figcaption>The harbour at dawn. (AP Photo/Jane Roe)</figcaption></figure>
      <div class="embed"><iframe src="https://player.example.com/video/123"></iframe></div></div>"""
    assert _roles(body=body)[1] == ("harbour.jpg", "content", None)


# --- share and tools bars ---------------------------------------------------------------------------------------


def test_send_to_kindle_button_in_a_tools_list_is_chrome() -> None:
    """A button image of a share bar (no size, a file name that says nothing) is chrome: its own link sends the
    page, or its list item sits among links that share, mail or print it."""
    body = """<p class="tools"><a href="#" onclick="kindle()" title="Send to Kindle"><img
      src="https://cdn.example.com/assets/white-15.png" alt="Send to Kindle"></a></p>
      <ul class="article-tools"><li><a href="#" onclick="send()"><img src="https://cdn.example.com/assets/k-2.png"></a></li>
      <li><a href="mailto:?subject=Storm">Email</a></li><li><a href="javascript:window.print()">Print</a></li></ul>
      <div><button class="ShareButton"><img src="https://cdn.example.com/assets/s.png"></button></div>"""
    assert _roles(body)[1:] == [
        ("white-15.png", "chrome", "share or tools button: its link says 'send to'"),
        ("k-2.png", "chrome", "share or tools button: in a list of share links (mailto, print)"),
        ("s.png", "chrome", "share or tools button: its button says 'share'"),
    ]


def test_a_photo_beside_a_share_bar_stays_what_it_was() -> None:
    """A photo next to share links (not in a link or list item of its own), a captioned photo in a link that
    shares (a teaser by its link, unsure for its agency credit), a link whose address only contains the letters
    of "share", and a photo's enlarge button in a box that also holds share links (not a list or a box named for
    sharing) are not share buttons."""
    body = """<div class="lead"><img src="https://cdn.example.com/p/harbour.jpg" width="900"><div class="share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=x">Twitter</a></div></div>
      <figure><a href="https://www.facebook.com/sharer/sharer.php?u=y"><img src="https://cdn.example.com/p/pier.jpg"
      width="900"></a><figcaption>The pier. <span class="credit">Jo Roe/AP</span></figcaption></figure>
      <p><a href="#shared-spaces"><img
      src="https://cdn.example.com/p/square.jpg" width="900"></a></p>
      <div class="frame"><button class="enlarge"><img src="https://cdn.example.com/p/dunes.jpg"></button>
      <a href="https://www.facebook.com/sharer/sharer.php?u=z">Facebook</a>
      <a href="https://pinterest.com/pin/create/?url=z">Pinterest</a></div>"""
    assert _roles(body)[1:] == [
        ("harbour.jpg", "unsure", "no caption, credit or figure around it"),
        ("pier.jpg", "unsure", "teaser: linked to another page (https://www.facebook.com/sharer/sharer.php?u=y)"),
        ("square.jpg", "content", None),
        ("dunes.jpg", "unsure", "no caption, credit or figure around it"),
    ]


def test_a_picture_whose_only_words_are_its_file_name_is_unsure(tmp_path: Path) -> None:
    """A header picture with no caption or credit whose alt text only repeats its file name: a banner as often as a
    photo, so no error; one whose alt text describes it stays content and its missing credit is an error."""
    banner = (
        '<picture><img src="https://cdn.example.com/up/current-stories-1445x790.jpg" alt="current-stories"></picture>'
    )
    photo = '<picture><img src="https://cdn.example.com/up/harbour-1445x790.jpg" alt="Boats moored in the harbour"></picture>'
    assert _roles(banner)[1:] == [
        (
            "current-stories-1445x790.jpg",
            "unsure",
            "no caption or credit, and an alt text that only repeats its file name",
        )
    ]
    assert _roles(photo)[1:] == [("harbour-1445x790.jpg", "content", None)]
    doc = _findings(banner + photo, tmp=tmp_path)
    assert [(f.image, f.severity) for f in doc.findings if f.rule == "CRD001"] == [(1, "warning"), (2, "error")]


def _slide(n: int, name: str = "slide") -> str:
    return (
        f'<figure><a href="https://cdn.example.com/g/{n}-{name}-1080.jpg"><img src="https://cdn.example.com/g/'
        f'{n}-{name}-1080.jpg" alt="Harbour storm"></a><figcaption>Harbour storm</figcaption></figure>'
    )


def test_a_gallery_shown_whole_only_in_noscript_gives_every_slide() -> None:
    """A script gallery showing its first slide, all its slides in <noscript>, every one captioned with the
    gallery's title: the first slide once, each other slide an image of its own (not copies of one photo)."""
    body = (
        '<div class="gallery">' + _slide(1).replace("<figure>", '<figure class="slide">') + "</div>"
        "<noscript><div>" + "".join(_slide(n) for n in range(1, 5)) + "</div></noscript>"
    )
    assert [(name, role_) for name, role_, _ in _roles(body)[1:]] == [
        (f"{n}-slide-1080.jpg", "content") for n in range(1, 5)
    ]


def test_a_noscript_copy_of_a_lazy_image_stays_one_image() -> None:
    body = (
        '<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example.com/g/pier.jpg" alt="Pier">'
        '<noscript><img src="https://cdn.example.com/g/pier.jpg" alt="Pier"></noscript>'
        "<figcaption>The pier at dusk.</figcaption></figure>"
    )
    assert [(name, role_) for name, role_, _ in _roles(body)[1:]] == [("pier.jpg", "content")]


def test_renditions_of_one_photo_captioned_alike_stay_copies() -> None:
    body = (
        '<div class="media">'
        + "".join(
            f'<figure><img src="https://cdn.example.com/g/harbour-storm-{w}.jpg"><figcaption>Harbour storm'
            "</figcaption></figure>"
            for w in (320, 640, 1200)
        )
        + "</div>"
    )
    assert [role_ for _, role_, _ in _roles(body)[1:]].count("content") == 1


def test_a_link_to_the_source_its_credit_names_is_no_teaser() -> None:
    """Screenshots linked to the archive their credit names are the article's images; the same figures linked to
    another site their credit does not name, or to the page's own site, stay teasers."""

    def figure(n: int, href: str, credit: str) -> str:
        return (
            f'<figure class="figure"><a href="{href}{n}/"><img src="https://cdn.example.com/s/shot-{n}.png" '
            f'width="800"></a><figcaption><div class="figure__title"><p>The mayor speaks on state TV, part {n}.</p>'
            f'</div><div class="figure__credits"><p>{credit}</p></div></figcaption></figure>'
        )

    sourced = "".join(
        figure(n, "https://archive.example.org/id/", "Screenshot from archive.example.org") for n in (1, 2, 3)
    )
    assert [role_ for _, role_, _ in _roles(sourced)[1:]] == ["content"] * 3
    elsewhere = "".join(
        figure(n, "https://other.example.net/story-", "Screenshot from archive.example.org") for n in (1, 2, 3)
    )
    assert [role_ for _, role_, _ in _roles(elsewhere)[1:]] == ["chrome"] * 3
    own = "".join(figure(n, "https://news.example.com/2024/", "Photo: news.example.com") for n in (1, 2, 3))
    assert [role_ for _, role_, _ in _roles(own)[1:]] == ["chrome"] * 3


def test_formulas_set_in_a_line_of_text_are_chrome() -> None:
    body = """<p>Each point <img src="https://cdn.example.com/math/render/svg/f5e3" class="mwe-math-fallback-image-inline"
      style="vertical-align: -0.338ex; width:2.064ex; height:2.176ex;" alt="x_{i}"> is mapped.</p>
      <img src="https://cdn.example.com/p/chart.png" style="width: 40em; height: 30em" alt="">"""
    roles = _roles(body=body)
    assert roles[1] == ("f5e3", "chrome", "furniture: drawn at the size of the text (a formula, glyph or emoji)")
    assert roles[2][:2] == ("chart.png", "content")  # drawn taller than a line of text: a picture


def test_a_gallerys_thumbnail_strip_of_renditions_is_copies_of_its_slides() -> None:
    slides = "".join(
        f'<li class="slide"><img src="https://cdn.example.com/uploads/2017/08/{name}.jpg?1" width="780" '
        f'alt="{name}"></li>'
        for name in ("dress-blue", "dress-red")
    )
    thumbs = "".join(
        f'<div class="nav-item"><img src="https://cdn.example.com/uploads/2017/08/{name}-200x135.jpg" width="200" '
        f'alt="{name}"></div>'
        for name in ("dress-blue", "dress-red")
    )
    roles = _roles(body=f'<div class="gallery"><ul>{slides}</ul><div class="nav">{thumbs}</div></div>')
    assert [r[:2] for r in roles] == [
        LEAD[:2],
        ("dress-blue.jpg?1", "content"),
        ("dress-red.jpg?1", "content"),
        ("dress-blue-200x135.jpg", "chrome"),
        ("dress-red-200x135.jpg", "chrome"),
    ]
    assert all(reason.startswith("duplicate") for _, _, reason in roles[3:])


def test_two_captioned_crops_of_one_upload_stay_two_figures() -> None:
    body = """<figure><img src="https://cdn.example.com/uploads/chart-860x484.png" width="860">
      <figcaption>The network of firms. Click to enlarge.</figcaption></figure><p>Story text.</p>
      <figure><img src="https://cdn.example.com/uploads/chart-902x675.png" width="902">
      <figcaption>The network of firms, in full.</figcaption></figure>"""
    assert [r[:2] for r in _roles(body=body)] == [
        LEAD[:2],
        ("chart-860x484.png", "content"),
        ("chart-902x675.png", "content"),
    ]


def test_slides_at_a_resizer_named_by_their_query_and_loaded_from_data_lazy() -> None:
    slide = """<div><div class="slide-media"><img data-lazy="https://media.example.com/r/?d=20161214&amp;i={n}&amp;w=&amp;ll=780&amp;pl=468" alt=""></div>
      <div class="module-caption">Yellen holds a news conference. <span class="module-credit">REUTERS/Gary Cameron</span></div>
      <div class="module-num">{n}/3</div></div>"""
    body = '<div class="slider">' + "".join(slide.format(n=n) for n in (1, 2, 3)) + "</div>"
    article = _read(body)
    slides = [
        (i.src.split("i=")[-1].split("&")[0], i.role, i.credit.agency if i.credit else None) for i in article.images[1:]
    ]
    assert slides == [("1", "content", "reuters"), ("2", "content", "reuters"), ("3", "content", "reuters")]


def test_a_share_widget_carrying_the_pages_picture_is_chrome() -> None:
    body = """<div class="js-sharebar" data-title="Storm hits the coast" data-link="https://cnn.it/x"
      data-image-src="https://cdn.example.com/photos/storm-tease.jpg"></div>"""
    assert _roles(body=body)[1] == (
        "storm-tease.jpg",
        "chrome",
        "share widget: the picture of the post it shares, not one it shows",
    )


def test_a_counter_pixel_kept_for_browsers_without_scripts_is_no_image(tmp_path: Path) -> None:
    """A bare GIF in <noscript> (a page-view meter) is no picture; a bare photo there is one (the only copy)."""
    body = (
        '<div><noscript><img src="http://meter-svc.example.com/meter.gif"/></noscript></div><p>More text.</p>'
        '<div><noscript><img src="https://cdn.example.com/entry/600x720/1701843/image.jpg"></noscript></div>'
    )
    assert [name for name, _, _ in _roles(body)] == ["storm-lead.jpg", "image.jpg"]
    doc = _findings(body="<div><noscript><img src='/meter.gif'></noscript></div>", tmp=tmp_path)
    assert len(doc.images) == 1 and not [f for f in doc.findings if f.image == 1]


def test_a_picture_under_a_play_button_is_a_videos_poster() -> None:
    """A video's still with a play control laid over it ("playOverlay"), in the story: listed, not judged."""
    body = (
        '<div class="thumbnailContainer"><div class="wideThumb"><img src="https://cdn.example.com/video-thumbWide.jpg"'
        ' width="190" height="126" alt=""><a href="javascript:void(0);" class="playOverlay"></a></div>'
        '<h6><a href="javascript:void(0);" class="video">The fight for schools</a></h6></div>'
    )
    assert _roles(body)[1] == ("video-thumbWide.jpg", "chrome", "video player poster: div.wideThumb")


def test_an_id_naming_the_storys_picture_outweighs_a_chrome_word_in_its_class() -> None:
    """ "div#articleImage.relatedPhoto" holds the story's photo; a class "related-article-image" stays a teaser's."""
    photo = (
        '<div class="relatedPhoto landscape" id="{id}"><img src="https://cdn.example.com/r/?i=732065862&amp;w=460" '
        'alt="Obama speaks."><div class="captionText"><p>Obama speaks in New York.</p>'
        '<p class="credit">Credit: Reuters/Jason Reed</p></div></div>'
    )
    shown = _read(photo.format(id="articleImage"))
    assert [(i.role, i.credit.raw if i.credit else None) for i in shown.images][1] == ("content", "Reuters/Jason Reed")
    other = _roles(body=photo.format(id="related-article-image"))
    assert other[1][1] == "chrome"


def test_a_hover_preview_in_a_small_box_is_chrome_and_a_caption_named_by_its_id_is_read() -> None:
    """A gallery's slide with its caption in "<cite id='galleryCaption001'>" (a caption by its id), and the thumbnail
    strip's hover preview, an image in a 60x60 px box with no size of its own."""
    body = (
        '<div class="galleryPhotoContainer"><img src="https://cdn.example.com/assets/saturn-horizontal-gallery.jpg" '
        'alt="Saturn and Earth."><cite id="galleryCaption001">Saturn and Earth, seen by Cassini in 2006.</cite></div>'
        '<div id="galleryThumb001" style="position:absolute;width:60px;height:60px;display:none">'
        '<img src="https://cdn.example.com/assets/saturn-topics.jpg" border="0"/></div>'
    )
    article = _read(body)
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in article.images][1:] == [
        ("saturn-horizontal-gallery.jpg", "content", "Saturn and Earth, seen by Cassini in 2006."),
        ("saturn-topics.jpg", "chrome", None),
    ]
    assert article.images[2].evidence.role_reason == "furniture: in a box of 60x60 px"


def test_a_lightbox_thumbnail_with_its_caption_is_a_slide_and_a_vote_button_a_control() -> None:
    """A lightbox gallery (jQuery Galleriffic: "ul.thumbs > li > a.thumb[href=photo.jpg] > img 75x56" and a
    "div.caption" beside the link) on a page that marks no article: each thumbnail is a slide, listed with its
    caption (unsure: outside the story's text, so no error); the caption's "vote for this image" button is a control."""
    slides = "".join(
        f'<li><a class="thumb" href="../images/pia1701{n}-43.jpg"><img src="../images/pia1701{n}-43.jpg" width="75" '
        f'height="56" alt="Slide {n}"></a><div class="caption"><div class="photo_caption">Newborn stars, seen by '
        f'Spitzer, number {n}.<span class="vote"><img src="../images/gallery/thumbsup-novote.jpg" '
        'alt="vote for this image"></span></div></div></li>'
        for n in (7, 8)
    )
    story = "<p>" + " ".join(["New views from the Spitzer Space Telescope show blooming stars."] * 30) + "</p>"
    page = f'<html><body><div id="content">{story}</div><ul class="thumbs">{slides}</ul></body></html>'
    found = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in found.images] == [
        ("pia17017-43.jpg", "unsure"),
        ("thumbsup-novote.jpg", "chrome"),
        ("pia17018-43.jpg", "unsure"),
        ("thumbsup-novote.jpg", "chrome"),
    ]
    assert [i.caption for i in found.images if i.role == "unsure"] == [
        "Newborn stars, seen by Spitzer, number 7.",
        "Newborn stars, seen by Spitzer, number 8.",
    ]


def test_a_lightbox_picture_whose_alt_is_a_wire_caption_is_read_outside_the_article() -> None:
    """A sidebar gallery's picture, linked to its larger file, whose alt text is the wire caption and its credit in
    brackets: read, caption and credit, though it stands outside the article."""
    caption = "FILE - In this June 3, 2012 file photo, Oklahoma pitcher Jonathan Gray throws a pitch in Virginia."
    picture = (
        '<div id="sidebar"><div class="gallery"><div class="main-image"><a href="https://s3.example.com/photos/'
        f'cam3980064/original.jpg?1370584330" class="highslide"><img alt="{caption} (AP Photo/Andrew Shurtleff, '
        'File)" src="https://s3.example.com/photos/cam3980064/gallery.jpg?1370584330"></a></div></div></div>'
    )
    found = _read(after=picture).images[1]
    assert (
        found.caption,
        found.credit.raw if found.credit else None,
        found.credit.agency if found.credit else None,
    ) == (
        caption,
        "AP Photo/Andrew Shurtleff, File",
        "ap",
    )
    assert found.role != "chrome"


def test_an_uncaptioned_gif_without_alt_text_and_a_chevron_are_decoration() -> None:
    """A section header or bullet drawn as a GIF with no alt text, caption or credit, and a pager's chevron: chrome.
    A GIF with alt text stays what it was."""
    body = (
        '<p><img src="/sites/default/files/science-now-header.gif"></p>'
        '<p><img src="https://www.example.com/assets/images/newsite/chevron.jpg"></p>'
        '<p><img src="https://cdn.example.com/2024/05/storm-surge-animation.gif" alt="The surge, hour by hour"></p>'
    )
    assert [(name, role) for name, role, _ in _roles(body)][1:] == [
        ("science-now-header.gif", "chrome"),
        ("chevron.jpg", "chrome"),
        ("storm-surge-animation.gif", "content"),
    ]


def test_a_stream_servers_photos_are_told_apart_by_their_query_and_a_thumbnail_by_its_alt() -> None:
    """Photos served by a script ("StreamServer.cls?STREAMOID=…") are different photos when their identifiers
    differ; "img#mainPhoto" is the story's picture though it stands outside the story's text; a gallery thumbnail
    whose alt text is the main photo's caption is its copy, another thumbnail no copy of it."""
    server = "/csp/cms/sites/dt.common.streams.StreamServer.cls?STREAMOID="
    caption = "In this 2006 image of Saturn as captured by Cassini, Earth can be seen as the small, blue dot."
    other = "In this image from Voyager I taken in 1990, Earth appears as a pale, blue dot in the dark."
    story = "<p>" + " ".join(["Cassini will photograph Earth from Saturn on Friday, NASA said."] * 30) + "</p>"
    page = (
        f'<html><body><div id="top"><a href="javascript:galleryLink(1)"><img id="mainPhoto" src="{server}xXp1">'
        f'</a><div id="lgPhotoCaption">{caption}</div></div><div id="content">{story}</div>'
        f'<ul id="Gallery"><li><a href="javascript:show(1)"><img src="{server}C9uE" alt="{caption}"></a></li>'
        f'<li><a href="javascript:show(2)"><img src="{server}Pu4H" alt="{other}"></a></li></ul></body></html>'
    )
    found = read_html("page.html", page.encode(), default_registry()).images
    assert [(i.src.rsplit("=", 1)[-1], i.role, i.caption) for i in found][:2] == [
        ("xXp1", "unsure", caption),
        ("C9uE", "chrome", None),
    ]
    assert found[2].src.endswith("Pu4H") and not (found[2].evidence.role_reason or "").startswith("duplicate")


def test_a_figures_labelled_credit_block_and_two_pictures_described_apart() -> None:
    """A <figure> whose credit is a block of its own with a label ("Credit: Name / Shutterstock") and no credit
    class; two pictures side by side whose file names share a long prefix but whose alt texts differ: two pictures."""
    body = (
        '<figure class="wp-block-image"><div class="media-with-label__image"><img src="https://cdn.example.com/'
        'uploads/2026/03/shutterstock_77260183-orig.jpg" width="1024" height="684" alt=""></div>'
        '<div class="media-with-label__label">Credit: Mihai Simonia / Shutterstock</div></figure>'
        '<table><tr><th><img src="/files/firefox-click-notext.png" alt="Right-clicking on a page" width="250"></th>'
        '<th><img src="/files/firefox-click-link.png" alt="Right-clicking on a link" width="250"></th></tr></table>'
    )
    found = _read(body).images
    credited = found[1]
    assert (credited.credit.raw, credited.credit.agency) == ("Mihai Simonia / Shutterstock", "shutterstock")
    assert [(i.src, i.evidence.role_reason) for i in found[2:]] == [
        ("/files/firefox-click-notext.png", "no caption, credit or figure around it"),
        ("/files/firefox-click-link.png", "no caption, credit or figure around it"),
    ]


def test_templates_srcset_commas_card_articles_and_a_lightbox_copy() -> None:
    """A client-side template's placeholder file ("…/__image_url__") is no picture, though a file name with a
    template part ("photo-{{size}}_x2.jpg") is; a srcset URL with commas in it is one URL ("…/r/c_1,h_239/x.jpg");
    an <article> whose class names chrome and holds no story text is a card; a figure's lightbox copy (the same
    long alt text, another folder) is the figure's copy."""
    alt = (
        "A member of the Indonesian military looks out of the window during a search. (Juni Kriswanto/AFP/Getty Images)"
    )
    body = (
        '<figure><img src="https://static.example.com/photos/ALTERNATES/w220/web-dip29nw1.JPG" width="220" '
        f'alt="{alt}"><figcaption>A member of the Indonesian military looks out of the window during a search. '
        "(Juni Kriswanto/AFP/Getty Images)</figcaption></figure>"
        '<div class="modal_target"><img src="" data-src="https://static.example.com/photos/ALTERNATES/w620/'
        f'web-dip29nw1.JPG" width="620" height="349" alt="{alt}"></div><p class="byline">WASHINGTON — The Globe</p>'
        '<p><img src="https://static.example.com/graphics/detail_robinson-{{size}}_x2.jpg" width="600"></p>'
    )
    after = (
        '<article class="multi-story multi-story__related"><h2>Recommended For You</h2><ul><li>'
        '<a href="#__url__"><img class="picture-img" srcset="https://www.example.com/r/c_1,h_478,w_478/__image_url__"'
        ' alt="__alt__"></a></li><li><a href="https://www.example.com/tag/holiday-gifts/"><img class="picture-img" '
        'srcset="https://www.example.com/r/c_1,h_239,w_239//2014/12/16/stocking-stuffers-3.jpg" alt="Gift ideas">'
        "</a></li></ul></article>"
    )
    found = _read(body, after).images
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in found][1:] == [
        ("web-dip29nw1.JPG", "content"),
        ("web-dip29nw1.JPG", "chrome"),
        ("detail_robinson-{{size}}_x2.jpg", "content"),
        ("stocking-stuffers-3.jpg", "chrome"),
    ]
    assert found[4].src == "https://www.example.com/r/c_1,h_239,w_239//2014/12/16/stocking-stuffers-3.jpg"


def test_a_figures_caption_in_the_paragraph_after_its_picture() -> None:
    """ "<p><img></p>" then "<p><em>Figure 1: …</em></p>": the italic paragraph, or one numbered as a figure, is the
    picture's caption; an ordinary paragraph after a picture is not."""
    body = (
        '<p><img src="humans-agents-image1.png" alt="The software delivery feedback loops" width="800"></p>'
        "<p><em>Figure 1: The why loop iterates over ideas and software</em></p>"
        '<p><img src="humans-agents-image2.png" alt="The how loop" width="800"></p>'
        "<p>Figure 2: The how loop has multiple levels of inner loops</p>"
        '<p><img src="humans-agents-image3.png" alt="Both loops" width="800"></p>'
        "<p>The agent then runs both loops, and the human reviews what it built before the next iteration.</p>"
    )
    found = _read(body).images
    assert [i.caption for i in found][1:] == [
        "Figure 1: The why loop iterates over ideas and software",
        "Figure 2: The how loop has multiple levels of inner loops",
        None,
    ]


def test_a_captions_title_counter_and_repeated_capital_credit_are_left_out() -> None:
    """A slide's title inside its caption box ("<span class='listicle--title'>"), a counter before the caption ("1 of
    2. "), a credit in capitals printed again before the caption: none of them is caption; a caption that begins
    with its source's name ("UC Global photo of …") keeps it."""
    body = (
        '<figure><img src="https://cdn.example.com/a.jpg" width="600"><figcaption>'
        '<span class="listicle--title">BACK IN THE LIMO</span><p>Take a spin in this fresh take.</p></figcaption></figure>'
        '<figure><img src="https://cdn.example.com/b.jpg" width="600"><figcaption>1 of 2. The minister speaks in '
        'Lisbon. <span class="credit">REUTERS/Hugo Correia</span></figcaption></figure>'
        '<figure><img src="https://cdn.example.com/c.jpg" width="600"><figcaption>CAPE COD TIMES FILE Sunscreens '
        'fade with time. <span class="photoCredit">CAPE COD TIMES FILE</span></figcaption></figure>'
        '<figure><img src="https://cdn.example.com/d.jpg" width="600"><figcaption>UC Global photo of a phone. '
        '<span class="credit">UC Global</span></figcaption></figure>'
    )
    found = _read(body).images
    assert [i.caption for i in found][1:] == [
        "Take a spin in this fresh take.",
        "The minister speaks in Lisbon.",
        "Sunscreens fade with time.",
        "UC Global photo of a phone.",
    ]


def test_a_short_storys_article_with_a_sidebar_class_is_no_card() -> None:
    """A short story whose own <article> carries "has-sidebar" in its classes: its photo stays content (only an
    <article> whose class names a list of other stories is a card)."""
    page = (
        '<html><body><article class="post has-sidebar"><h1>Storm</h1><figure><img src="https://cdn.example.com/'
        'storm.jpg" width="800"><figcaption>Waves hit the wall. <span class="credit">Jane Doe/Reuters</span>'
        "</figcaption></figure><p>A short brief of two sentences. The storm passed overnight.</p></article>"
        "</body></html>"
    )
    (image,) = read_html("page.html", page.encode(), default_registry()).images
    assert (image.role, image.credit.agency if image.credit else None) == ("content", "reuters")


def test_a_link_to_the_photo_at_another_size_is_its_zoom_and_an_ad_servers_picture_is_furniture() -> None:
    """ "…/image/sz.1.4006527/640x360" linked to "…/image/sz.1.4006527/860x860" (a dot in a folder's name) is the
    photo's zoom, not a teaser; a picture from an ad server is furniture though its link looks like its own page."""
    from checker.readers.html.role import furniture, photo_page

    assert photo_page("/image/sz.1.4006527/860x860", "https://cdn.example.de/image/sz.1.4006527/640x360?v=1")
    assert not photo_page("/politik/gender-1.4006527", "https://cdn.example.de/image/sz.1.4006527/640x360")
    ad = "http://ad.doubleclick.net/ad/us.example/news/article;type=mpu;sz=300x250;ord=1651?"
    assert furniture(ad, {}) == "furniture: 'doubleclick.net' in its URL or class"


@pytest.mark.parametrize(
    ("src", "furnished"),
    [
        ("/img/quote-bottom.png", True),
        ("https://cdn.example.com/theme/quotes_left.gif", True),
        ("https://cdn.example.com/2019/06/quote-of-the-day-crowd.jpg", False),  # a photo, named after a quote
    ],
)
def test_a_pull_quotes_drawn_quotation_mark_is_furniture(src: str, furnished: bool) -> None:
    """A pull quote's drawn quotation mark ("/img/quote-bottom.png") is furniture; a photo named after a quote is
    not."""
    from checker.readers.html.role import furniture

    assert (furniture(src, {}) == "furniture: a pull quote's quotation mark") is furnished


@pytest.mark.parametrize(
    ("src", "furnished"),
    [
        ("http://img.example.com/images/sub/tit_tech_AD.gif", True),
        ("//images.example.com/views/html/images/title_editor.gif", True),
        ("https://cdn.example.com/2019/06/title_fight.jpg", False),  # a photo named after a title fight
    ],
)
def test_a_heading_drawn_as_a_gif_is_furniture(src: str, furnished: bool) -> None:
    from checker.readers.html.role import furniture

    assert (furniture(src, {}) == "furniture: a heading drawn as a GIF") is furnished


def test_readers_comments_are_chrome_but_a_flag_or_an_opinion_class_is_not() -> None:
    """A comment's box ("comment-body", CSS modules' "comment--2g6iCC-R", a "comments" section) holds readers'
    pictures, never the story's; a wrapper flagged "has-comments" or "comments-open", or an opinion piece's class
    "comment", holds the story."""
    from checker.credits.registry import default_registry
    from checker.readers.html.reader import read_html

    page = """<html><body class="node-comments-enabled"><div class="post has-comments comments-open">
      <article class="opinion comment"><h1>Title</h1><p>The council voted on Tuesday to close the bridge for
      repairs over the summer months.</p><figure><img src="https://e.com/a/bridge.jpg"><figcaption>The bridge.
      Photo: Jane Doe/AP</figcaption></figure><p>More text of the story goes on here.</p>
      <div id="talk"><div class="x comment--2g6iCC-R"><p><img src="https://e.com/u/pic.jpg"></p><p>Nice</p></div>
      <div class="comments"><p><img src="https://e.com/u/two.jpg"></p><p>Mine too</p></div></div></article>
      </div></body></html>"""
    article = read_html("p.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images] == [  # type: ignore[union-attr]
        ("bridge.jpg", "content"),
        ("pic.jpg", "chrome"),
        ("two.jpg", "chrome"),
    ]


def test_a_link_inside_a_captions_closing_credit_is_no_teaser() -> None:
    """Photos in plain paragraphs, each caption an <i> that ends with its credit, the photographer's name linked
    to their page: the article's images with their credits, though the paragraphs repeat and each links away.
    The same paragraphs whose link is a headline stay teasers."""

    def photo(n: int, credit: str) -> str:
        return (
            f'<p><span class="enclosure"><div class="image-none"><img src="https://cdn.example.com/a/shelter-{n}.jpg"'
            f' width="640" height="345"><br><i> The shelter under the post office, view {n}. {credit}</i></div>'
            "</span></p>"
        )

    credited = "".join(
        photo(n, '(<a href="https://www.flickr.com/photos/robbing_peter/">Robbing Peter</a>/Flickr)') for n in (1, 2, 3)
    )
    article = _read(credited)
    assert [(i.role, i.credit.raw if i.credit else None) for i in article.images[1:]] == [
        ("content", "Robbing Peter/Flickr")
    ] * 3
    headlines = "".join(
        photo(n, f'<a href="https://other.example.net/story-{n}/">Read the next story</a>') for n in (1, 2, 3)
    )
    assert [role_ for _, role_, _ in _roles(headlines)[1:]] == ["chrome"] * 3


def test_the_storys_byline_beside_a_bare_lead_photo_is_no_credit() -> None:
    """A byline box named for a credit ("article-byline") beside an uncaptioned lead photo credits the writer:
    it links to an author's page and holds the story's time. The photo has no credit."""
    byline = (
        '<div class="article-byline"><ul><li>by</li><li><a href="https://news.example.com/author/jane-roe/">'
        '<span>Jane Roe</span></a></li></ul><time datetime="9:58 AM EST">9:58 AM EST</time></div>'
        '<figure class="primary-image"><img src="https://cdn.example.com/a/speaker.jpg" alt=""></figure>'
    )
    article = _read(byline)
    assert [(i.src.rsplit("/", 1)[-1], i.credit) for i in article.images[1:]] == [("speaker.jpg", None)]


def test_a_lightbox_link_around_one_undescribed_picture_is_unsure(tmp_path: Path) -> None:
    """A lightbox-classed link to a photo gallery's page around one picture whose alt text is its file name, no
    caption or credit: a promo banner as often as a photo, so no error on it; one that says what it shows stays a
    slide."""
    banner = (
        '<p><a class="lightbox-link" href="https://news.example.com/photos/2016/04/15/through-the-years-photos">'
        '<img alt="0426-remembering-footer-2" src="https://cdn.example.com/2016/11/28/0426-remembering-footer-5.jpg">'
        "</a></p>"
    )
    assert [(name, role_) for name, role_, _ in _roles(banner)[1:]] == [("0426-remembering-footer-5.jpg", "unsure")]
    doc = _findings(banner, tmp=tmp_path)
    assert {(f.rule, f.severity) for f in doc.findings if f.image == 1 and f.rule == "CRD001"} == {
        ("CRD001", "warning")
    }
    described = banner.replace('alt="0426-remembering-footer-2"', 'alt="The singer on stage in Minneapolis in 1985"')
    assert [role_ for _, role_, _ in _roles(described)[1:]] == ["content"]


def test_story_sections_alike_with_links_in_their_prose_are_no_teaser_cards() -> None:
    """A CMS that splits the story into blocks of one class: a chart in one of them is the story's, though each
    block repeats and its paragraphs link to other pages."""
    prose = (
        '<p>Markets watchers expect higher growth as <a href="https://news.example.com/tax-reform/">tax reform</a> '
        "and infrastructure spending go ahead, but electricity use grows more slowly than the economy, and the shift "
        "to efficient products like LED bulbs and flat screen TVs has capped demand since the recovery began in "
        "2009, he said, adding that the trend was likely to continue for years.</p>"
    )
    sections = "".join(
        f'<div class="group-container"><div class="group">{prose}{prose}'
        f'<p><img class="inlineChart" src="https://cdn.example.com/charts/energy-mix-{n}.png"></p></div></div>'
        for n in (1, 2, 3)
    )
    assert [role_ for _, role_, _ in _roles(sections)[1:]] == ["content"] * 3


def test_a_figcaption_that_is_only_the_credit_gives_no_caption() -> None:
    figure = (
        '<figure class="img full"><img src="https://cdn.example.com/cropped/gettyimages-457536286.jpg" alt="">'
        '<figcaption><span class="img-with-credentials">Getty Images</span></figcaption></figure>'
    )
    (image,) = _read(figure).images[1:]
    assert (image.caption, image.credit.raw if image.credit else None) == (None, "Getty Images")


def test_a_short_story_alone_in_the_body_holds_its_pictures() -> None:
    """A reader view's short story, its paragraphs straight in <body> under an <h2>: the picture between them is
    the story's (unsure with no caption or credit, so no error), not 'outside the article'."""
    paragraph = "<p>The dress, made of 6,000 white pearls and valued at $150,000, was taken from her hotel room.</p>"
    page = (
        "<h2>Lupita Nyong'o</h2><h4>Pearl dress stolen</h4>"
        + paragraph * 2
        + '<img alt="0225-dress-01" src="https://cdn.example.com/2015/02/26/0225-dress-4.jpg">'
        + paragraph * 3
    )
    article = read_html("p.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images] == [("0225-dress-4.jpg", "unsure")]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("src", "thumbnail"),
    [
        ("https://img.example.net/tenant/amp/entityid/AAklvVK.img?h=75&w=100&m=6&q=60", True),
        ("https://img.example.net/tenant/amp/entityid/AAkk5fh.img?h=410&w=728&m=6&q=60", False),
        ("https://cdn.example.com/photos/storm.jpg?width=1200", False),
    ],
)
def test_a_resizer_asked_for_a_thumbnails_size_is_furniture(src: str, thumbnail: bool) -> None:
    from checker.readers.html.role import furniture

    assert (furniture(src, {}) == "furniture: a resizer asked for a thumbnail's size") is thumbnail


def test_cards_written_as_articles_of_their_own_beside_the_storys_are_chrome(tmp_path: Path) -> None:
    """'Top Articles' under the story: each card an <article> inside a link to another story, a headline and a
    line, beside the story's own <article>; and the links to the previous and next posts. Chrome, no error."""
    story = "<p>" + "People have found all sorts of valuables in and around their homes, from cash to antiques. " * 20
    card = (
        '<a href="https://news.example.com/2016/12/story-{n}/"><article class="post-preview small-post">'
        '<img src="https://cdn.example.com/uploads/2016/12/card-{n}-370x208.jpg" width="370" height="208">'
        '<div class="text-holder"><h3><a href="https://news.example.com/2016/12/story-{n}/">Headline {n}</a></h3>'
        "<p>A line about the other story.</p></div></article></a>"
    )
    page = (
        '<html><body><main><article class="post"><h1>Hidden cash</h1>'
        '<img src="https://cdn.example.com/uploads/2014/07/lead-772x436.jpg" width="772" height="436">'
        f"{story}</p>"
        '<div class="next-post"><a href="https://news.example.com/2016/12/next/"><img '
        'src="https://cdn.example.com/uploads/2016/12/next-236x234.jpg"></a><h3><a href="https://news.example.com/'
        '2016/12/next/">The next story</a></h3></div></article>'
        '<section class="important-articles"><h1>Top Articles</h1>'
        + "".join(card.format(n=n) for n in (1, 2))
        + "</section></main></body></html>"
    )
    article = read_html("p.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images] == [  # type: ignore[union-attr]
        ("lead-772x436.jpg", "content"),
        ("next-236x234.jpg", "chrome"),
        ("card-1-370x208.jpg", "chrome"),
        ("card-2-370x208.jpg", "chrome"),
    ]


def test_a_call_to_action_box_promoting_a_gallery_is_chrome() -> None:
    cta = (
        '<div id="cta-6" class="post-content column cta clearfix"><div class="column cta__thumb">'
        '<a class="image-button" href="https://news.example.com/photos/3841/actor-movie-star"></a>'
        '<img class="image--full" src="https://cdn.example.com/2013512/rs_300x300-actor.jpg"></div>'
        '<div class="column cta__text"><h2 class="cta__title">Photos</h2><p><strong><a href="https://news.example.com'
        "/photos/3841/best-roles/\">The actor's best roles</a></strong></p></div></div>"
    )
    assert [(name, role_) for name, role_, _ in _roles(cta)[1:]] == [("rs_300x300-actor.jpg", "chrome")]


def test_a_video_figures_poster_credited_to_an_agency_is_unsure_not_chrome() -> None:
    """A lead figure named for a video (its play button on the poster) whose poster is an agency's photo with the
    credit printed: shown on the page, so listed as unsure with its credit; the same figure with no credit stays
    chrome."""
    figure = (
        '<figure class="article-figure video v-lead"><div class="img-wrap"><picture><img src="https://cdn.example.com'
        '/images/Politics/AP-clinton-01-161216_12x5_1600.jpg" width="1600" height="669" alt="PHOTO: Clinton speaks '
        'at a ceremony in Washington."><span class="video-play-button">Play</span></picture>{credit}</div>'
        '<figcaption><span class="caption">Clinton: The grudge behind the hack</span></figcaption></figure>'
    )
    credited = _read(figure.format(credit='<span class="credit">Evan Vucci/AP Photo</span>')).images[1]
    assert (credited.role, credited.credit.agency if credited.credit else None) == ("unsure", "ap")
    assert _read(figure.format(credit="")).images[1].role == "chrome"


def test_a_gallery_scripts_slides_take_their_caption_from_data_description() -> None:
    """Galleria's slides as hidden spans: the picture in data-image, the caption in data-description (ending in a
    handout's line), the credit in data-credit."""
    slide = (
        '<span class="resimg" data-position="gallery-photo" data-image="https://media.example.com/photo/2016/12/08/'
        'slide-{n}.png" data-title="Week in crime" data-description="A man was convicted of fraud, authorities said.'
        '&#10;&#10;Photo: County Prosecutor" data-credit="Jeff Goldman | NJ Advance Media"> </span>'
    )
    gallery = (
        '<div id="galleria"><div style="display:none">' + "".join(slide.format(n=n) for n in (1, 2)) + "</div></div>"
    )
    images = _read(gallery).images[1:]
    assert [(i.caption, i.credit.raw if i.credit else None) for i in images] == [
        ("A man was convicted of fraud, authorities said.", "Jeff Goldman | NJ Advance Media")
    ] * 2


def test_a_placeholder_beside_its_noscript_copy_is_read_from_the_copy() -> None:
    """Vox's figures: a lazy <img> whose src is a placeholder GIF and whose URL sits on its wrapper, and the photo
    in <noscript>: the copy names the photo, so it is the image (nothing else on the figure says where it is)."""
    figure = (
        '<figure class="e-image"><span class="e-image__image" data-original="https://cdn.example.com/file/2664254/'
        'surface-rt.jpg"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAUEBAAAACwAAAAAAQABAAACAkQBADs" '
        'alt="Surface RT pictures"><noscript><img src="https://cdn.example.com/file/2664254/surface-rt.jpg" '
        'alt="Surface RT pictures"></noscript></span></figure>'
    )
    assert [(name, role_) for name, role_, _ in _roles(figure)[1:]] == [("surface-rt.jpg", "content")]


def test_the_lead_photos_upload_shown_again_in_another_folder_is_a_duplicate() -> None:
    """The lead photo's upload (its file name holds a UUID) shown again bare from another folder (a reading list's
    card of this story): the same photo, listed as chrome."""
    name = "lady-gaga-taylor-kinney-9662aa39-cb01-4b53-9aa0-7aa8c6e3e94f.jpg"
    body = (
        f'<figure><img src="https://img.example.com/article-leads/{name}" alt=""><figcaption>Taylor Kinney and Lady '
        "Gaga arrive at the awards (Paul Morigi/WireImage)</figcaption></figure><p>Lady Gaga shared a photo of her "
        f'former fiance with her mother.</p><p><img src="https://img.example.com/reading-list/{name}"></p>'
    )
    roles = {i.src.split("/")[-2]: i.role for i in _read(body).images}
    assert (roles["article-leads"], roles["reading-list"]) == ("content", "chrome")


@pytest.mark.parametrize(
    ("alt", "control"),
    [
        ("Share on MySpace", True),
        ("Post to Facebook", True),
        ("Share this story", True),
        ("Share prices fall in Tokyo", False),  # a photo's description that starts with the word
        ("Post office workers on strike in Leeds", False),
        ("Like MSN Lifestyle on Facebook", True),  # the page's own account on a network
        ("Lady Gaga on Instagram", False),
    ],
)
def test_a_share_buttons_alt_text_names_a_control(alt: str, control: bool) -> None:
    """A share button's picture named for the network it posts to ("Share on MySpace") is a control, whatever the
    network; a photo described with the same first word is not."""
    from checker.readers.html.role import furniture

    found = furniture("http://cdn.example.com/cms/ShareOnMySpace/small.png", {"alt": alt})
    assert (found is not None and found.startswith("furniture: a control")) is control


def test_a_short_storys_wrapper_flagged_promoted_holds_the_story_and_a_slug_alt_is_no_video() -> None:
    """A news brief (under a long story's length of text) in Drupal's "node-article node-promoted" wrapper: the
    state class holds the story, so its picture is content. A picture whose alt text is its file's slug
    ("Video-shows-….jpg") is no video poster; an author's headshot beside the byline is chrome."""
    from checker.credits.registry import default_registry
    from checker.readers.html.reader import read_html

    story = "".join(
        f"<p>Motorola will announce a new phone at the trade show in Barcelona next month, paragraph {n}.</p>"
        for n in range(9)
    )
    page = f"""<html><head><meta property="og:image" content="https://cdn.example.com/moto-2017.jpg"></head><body>
      <nav><a href="/">Home</a></nav><div id="node-5" class="node node-article node-promoted">
      <div class="partial headshot image"><img src="https://cdn.example.com/authors/jane-doe_400x400.jpg"
      alt="Jane Doe"></div><div class="byline">By <a href="/author/jane-doe">Jane Doe</a></div>
      <div class="article-body"><p><img src="https://cdn.example.com/moto-2017.jpg" alt=""></p>{story}
      <p><img src="https://cdn.example.com/Video-shows-whale-taking-tuna-bait.jpg"
      alt="Video-shows-whale-taking-tuna-bait.jpg" width="900" height="500"></p></div></div>
      <footer><p>About us</p></footer></body></html>"""
    found = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in found.images] == [
        ("jane-doe_400x400.jpg", "chrome"),
        ("moto-2017.jpg", "content"),
        ("Video-shows-whale-taking-tuna-bait.jpg", "content"),
    ]


def test_a_picture_polyfill_with_no_noscript_is_read_from_its_source() -> None:
    """picturefill 1's markup with no <noscript> fallback ("<div data-picture><div data-src=…></div><div
    data-src=… data-media=…></div></div>"): the source without a media query stands for the picture, once, and
    its credit beside it is read."""
    from checker.credits.registry import default_registry
    from checker.readers.html.reader import read_html

    story = "".join(
        f"<p>Publisher and retailer settle their dispute over e-book prices, part {n}.</p>" for n in range(30)
    )
    page = f"""<html><body><article><h1>Peace over book prices</h1><div id="featured-image-wrapper">
      <div class="featured-image" data-picture data-alt="Peace over book prices">
      <div data-src="https://cdn.example.com/2014/11/532292240-1.jpg?w=600"></div>
      <div data-src="https://cdn.example.com/2014/11/532292240-1.jpg?w=720&amp;h=480" data-media="(min-width: 640px)">
      </div></div><div class="wp-caption-text featured"><span class="credit">Photo: Getty Images</span></div></div>
      {story}</article></body></html>"""
    found = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.credit.agency if i.credit else None) for i in found.images] == [
        ("532292240-1.jpg?w=600", "content", "getty")
    ]


def test_dialogs_blog_post_bodies_photo_asides_alt_credits_and_featured_slideshows() -> None:
    """A hidden share dialog's thumbnails ("div.modal#pinterest-modal") are chrome; a blog's "post_body" marks the
    article, so a picture in it is the article's (uncredited: the error a licensing editor acts on); a captioned photo in an <aside> named for
    it ("single-photo") is listed, unsure; an alt text that is the whole credit ("Mandel Ngan / AFP / Getty
    Images") credits its photo."""
    from checker.credits.registry import default_registry
    from checker.readers.html.reader import read_html

    text = "Verizon adds new channels to its FiOS service this week, the company said on Monday."
    page = f"""<html><body><div class="content_holder"><div class="post_content"><div class="post_body">{text}<br>
      <img src="https://cdn.example.com/media/2010/08/fios119gui.jpg" width="600" height="400"><br>{text * 20}
      <aside class="single-photo expandable-collapsed"><img src="https://cdn.example.com/2014/01/iringpic.jpg"
      width="600" height="400"><p class="caption">The iRings go on sale in the spring.
      <span class="credit">Sean Fujiwara</span></p></aside>
      <img src="https://cdn.example.com/2011/08/newsfeed_0824.jpg?w=455" alt="Mandel Ngan / AFP / Getty Images"
      width="455" height="300"></div></div>
      <div id="pinterest-modal" class="modal" style="display: none;"><ul><li><div class="overlay">
      <img src="https://cdn.example.com/images/21391/share-thumb_400.jpg" alt="Exhausted Sylvie"></div></li></ul>
      </div></div></body></html>"""
    found = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.credit.raw if i.credit else None) for i in found.images] == [
        ("fios119gui.jpg", "content", None),
        ("iringpic.jpg", "unsure", "Sean Fujiwara"),
        ("newsfeed_0824.jpg?w=455", "content", "Mandel Ngan / AFP / Getty Images"),
        ("share-thumb_400.jpg", "chrome", None),
    ]


def test_a_featured_slideshow_after_the_story_on_a_page_without_article_markup_is_chrome() -> None:
    """A reader view's page (no article markup): after the story's last paragraph, a "Featured Slide Shows" heading
    opens another gallery, whose slides' own paragraphs are no story's: its pictures are chrome."""
    from checker.credits.registry import default_registry
    from checker.readers.html.reader import read_html

    story = "".join(
        f"<p>Uber is an ideological campaign as much as a company, the author argues, part {n}.</p>" for n in range(12)
    )
    slides = "".join(
        f'<li><img alt="" src="https://media.example.com/2015/03/Photo{n}.jpg"><div><h4>Slideshow {n}</h4>'
        f"<p>A girl in a classroom in Kabul reads aloud to her classmates at the start of the day, photo {n}.</p>"
        "</div></li>"
        for n in (1, 2)
    )
    page = f"<html><body><div><h1>Title</h1>{story}<h3>Featured Slide Shows</h3><ul>{slides}</ul></div></body></html>"
    found = read_html("page.html", page.encode(), default_registry())
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in found.images] == [
        ("Photo1.jpg", "chrome"),
        ("Photo2.jpg", "chrome"),
    ]


def test_a_gif_in_a_figure_of_its_own_is_a_picture_and_a_bare_gif_a_decoration() -> None:
    """An animated map set in a <figure> of the article, with no alt text, caption or credit, is the article's
    picture (its missing credit is the error); a bare GIF beside the text is a page's decoration."""
    body = """<figure><img src="https://cdn.example.com/2014/12/white-christmas-map.gif"></figure>
      <p><img src="https://cdn.example.com/img/section-bullet.gif"> More on the forecast below.</p>"""
    assert [(src, role) for src, role, _ in _roles(body)[1:]] == [
        ("white-christmas-map.gif", "content"),
        ("section-bullet.gif", "chrome"),
    ]
