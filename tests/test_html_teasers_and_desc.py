"""HTML met in stop 33's blind sets: a gallery's teaser (one link to another page around its title, a large picture
and two small ones), and a photo's caption in a BEM-named description box ("article__photo__desc")."""

from __future__ import annotations

from test_html_roles import LEAD, _read, _roles

GALLERY_TEASER = """<div class="gallery-box"><a href="https://magazine.example.com/photo/harbour-show/r~29bd/">
  <h3 class="gallery-box__title">A photographer who shoots like a film director</h3>
  <div class="gallery-box__image"><img src="https://cdn.example.com/resize/68a5_resize=291,194_.jpg"
    alt="A photographer who shoots like a film director"></div>
  <div class="gallery-box__image gallery-box__image--small"><img src="https://cdn.example.com/resize/330f_resize=140,93_.jpg"
    alt="Until You Wake Up, from the series"></div>
  <div class="gallery-box__image gallery-box__image--small"><img src="https://cdn.example.com/resize/b948_resize=140,93_.jpg"
    alt="I Can Hear You Call, from the series"></div></a></div>"""


def test_a_gallery_teaser_linking_elsewhere_is_chrome_every_picture_of_it() -> None:
    reason = "teaser: linked to another page (https://magazine.example.com/photo/harbour-show/r~29bd/)"
    assert _roles(body=GALLERY_TEASER) == [
        LEAD,
        ("68a5_resize=291,194_.jpg", "chrome", reason),
        ("330f_resize=140,93_.jpg", "chrome", reason),
        ("b948_resize=140,93_.jpg", "chrome", reason),
    ]


def test_a_link_around_a_picture_and_an_icon_with_no_title_is_not_taken_for_a_teaser() -> None:
    body = """<div class="media"><a href="b4192061633581.htm" title="Click to view media" rel="popup">
      <img src="https://images.example.com/mz/thumb_mz_1034_65pop.jpg" alt="null" width="190" height="577">
      <img class="plusIcon" src="https://images.example.com/icons/plus_icon_12x12.gif" alt="" width="12" height="12">
      </a><p><span class="photoCredit"></span></p></div>"""
    roles = _roles(body=body)
    assert roles[1][0] == "thumb_mz_1034_65pop.jpg" and not (roles[1][2] or "").startswith("teaser")


def test_a_caption_in_a_photo_description_box() -> None:
    body = """<div class="article__photo article__photo--opener">
      <a href="/storm-gallery/r~ada3/" class="lightbbox" data-img="https://cdn.example.com/original/9b6b.jpg">
      <div class="article__photo__image"><img src="https://cdn.example.com/resize/9b6b_resize=680,383_.jpg"
        alt="Lifeboat crews at the harbour wall."></div>
      <div class="article__photo__desc">Lifeboat crews at the harbour wall. | Foto: Reuters</div></a></div>"""
    image = _read(body, "").images[1]
    assert (image.role, image.caption, image.credit and image.credit.raw, image.credit and image.credit.agency) == (
        "content",
        "Lifeboat crews at the harbour wall.",
        "Reuters",
        "reuters",
    )


def test_a_video_platforms_thumbnail_is_a_video_poster() -> None:
    body = """<h4>The deformed man, <i><a href="/review/under-the-skin-202988">Under The Skin</a></i></h4>
      <div data-type="youtube" class="youtube inline size-big crop-16x9" data-youtube-id="jP6fEHm-lA0">
      <div><img src="//img.youtube.com/vi/jP6fEHm-lA0/hqdefault.jpg"></div><span class="caption"></span></div>"""
    assert _roles(body=body) == [
        LEAD,
        (
            "hqdefault.jpg",
            "chrome",
            "video poster: a video platform's thumbnail of a clip ('//img.youtube.com/vi/jP6fEHm-lA0/hqdefault.jpg')",
        ),
    ]


def test_a_figure_linked_to_the_storys_own_slideshow_is_the_storys_picture() -> None:
    body = """<figure class="media width-420 float-right has-slideshow-link">
      <a href="/2024/05/01/storm-hits-coast-slideshow"><img src="https://cdn.example.com/photos/harbour-wall.jpg"
      alt="The harbour wall"></a><figcaption class="caption">The harbour wall on Tuesday morning.</figcaption></figure>
      <figure><a href="/2024/05/02/ferry-cancelled-slideshow"><img src="https://cdn.example.com/photos/ferry.jpg"
      alt="Ferry"></a><figcaption>Ferries were cancelled.</figcaption></figure>"""
    assert _roles(body=body) == [
        LEAD,
        ("harbour-wall.jpg", "content", None),
        ("ferry.jpg", "chrome", "teaser: linked to another page (/2024/05/02/ferry-cancelled-slideshow)"),
    ]
