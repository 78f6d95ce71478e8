"""Markup the default selectors must read on sites they were not written for, and pages in any encoding."""

from __future__ import annotations

from pathlib import Path

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.readers.html.decode import sniff
from checker.readers.html.reader import read_html
from checker.readers.html.role import furniture


def _read(body: str, head: str = '<meta charset="utf-8">', charset: str | None = None, encoding: str = "utf-8"):
    page = f"<!doctype html><html><head>{head}</head><body>{body}</body></html>"
    return read_html("page.html", page.encode(encoding), default_registry(), charset=charset)


def _seen(article):
    return [
        (i.role, i.caption, i.credit.raw if i.credit else None, i.credit.agency if i.credit else None)
        for i in article.images
        if i.role != "chrome"
    ]


def test_caption_and_credit_beside_the_image_wrapper() -> None:
    body = """<article><div class="lead-art"><figure class="art"><picture>
      <img src="https://cdn.example.com/p/meadows-gty.jpg" alt="Mark Meadows"></picture></figure>
      <div class="media-caption"><p class="media-caption__text">Rep. Mark Meadows.</p>
      <p class="media-caption__credit">Alex Wong/Getty Images</p></div></div><p>Story text.</p></article>"""
    assert _seen(_read(body)) == [("content", "Rep. Mark Meadows.", "Alex Wong/Getty Images", "getty")]


def test_credit_in_a_sibling_div_of_a_plain_box() -> None:
    body = """<div id="article"><div class="box"><div class="pic">
      <img src="https://cdn.example.com/p/port.jpg" width="800"></div>
      <div class="credit">Photo: Lee Jin-man/AP</div></div><p>Story text.</p></div>"""
    assert _seen(_read(body)) == [("content", None, "Lee Jin-man/AP", "ap")]


def test_camel_case_classes() -> None:
    body = """<article><div class="enhMed"><img src="https://cdn.example.com/p/rally.jpg" width="900">
      <div class="apCaption">Supporters cheer at the rally.</div>
      <div class="displayCopyright">Evan Vucci</div></div></article>"""
    assert _seen(_read(body)) == [("content", "Supporters cheer at the rally.", "Evan Vucci", None)]


def test_copyright_label_span_is_the_label_not_the_credit() -> None:
    body = """<article><figure><span class="image-and-copyright-container">
      <img src="https://cdn.example.com/p/burial.jpg" width="976">
      <span class="story-image-copyright"><span class="story-image-copyright-label">Image copyright</span>Reuters</span>
      </span><figcaption>About 40 bodies were buried on Thursday</figcaption></figure></article>"""
    assert _seen(_read(body)) == [("content", "About 40 bodies were buried on Thursday", "Reuters", "reuters")]


def test_credit_after_a_bar_and_a_close_control() -> None:
    body = """<article><figure><img src="https://cdn.example.com/p/ship.jpg" width="900">
      <figcaption class="lightbox-text">The ship docks in Busan. | Yonhap via Reuters Close</figcaption>
      </figure></article>"""
    assert _seen(_read(body)) == [("content", "The ship docks in Busan.", "Yonhap via Reuters", "reuters")]


def test_visually_hidden_credit_label_glued_to_the_credit() -> None:
    body = """<article><figure><img src="https://cdn.example.com/p/manhunt.jpg" width="600">
      <figcaption><span class="css-1">A man in custody.</span><span class="css-credit-2"><span
      class="css-visually-hidden-3">Credit</span>Ed Murray/Associated Press</span></figcaption></figure></article>"""
    assert _seen(_read(body)) == [("content", "A man in custody.", "Ed Murray/Associated Press", "ap")]
    glued = """<article><figure><img src="https://cdn.example.com/p/manhunt.jpg" width="600">
      <figcaption>A man in custody.<span class="photo-credit">CreditEd Murray/Associated Press</span></figcaption>
      </figure></article>"""
    assert _seen(_read(glued)) == [("content", "A man in custody.", "Ed Murray/Associated Press", "ap")]


def test_any_lazy_load_attribute_holding_an_image_url() -> None:
    body = """<article><figure><img src="data:image/gif;base64,R0lGOD"
      data-dejavu-src="https://cdn.example.com/p/lazy-a.jpg"><figcaption>A. (AP Photo/Jo Roe)</figcaption></figure>
      <figure><img src="/ui/blank.gif" data-retina-src="https://cdn.example.com/p/lazy-b.jpg">
      <figcaption>B. Photo: Reuters</figcaption></figure></article>"""
    article = _read(body)
    assert [(i.src, i.role) for i in article.images if i.role != "chrome"] == [
        ("https://cdn.example.com/p/lazy-a.jpg", "content"),
        ("https://cdn.example.com/p/lazy-b.jpg", "content"),
    ]


def test_placeholder_with_caption_and_credit_takes_the_og_image() -> None:
    head = '<meta charset="utf-8"><meta property="og:image" content="https://cdn.example.com/p/lead-og.jpg">'
    body = """<article><figure class="lead"><div class="media-placeholder" data-component="image"></div>
      <figcaption><span class="caption">Firefighters at the scene.</span><span class="credit">dpa</span></figcaption>
      </figure><p>Story text.</p></article>"""
    article = _read(body, head)
    assert [(i.src, i.role, i.caption, i.credit.agency) for i in article.images] == [
        ("https://cdn.example.com/p/lead-og.jpg", "unsure", "Firefighters at the scene.", "dpa")
    ]


CREDIT = "Agence France-Presse \u2014 Getty Images"
BODY = f"""<article><figure><img src="https://cdn.example.com/p/summit.jpg" width="900">
  <figcaption>Leaders at the summit. <span class="credit">{CREDIT}</span></figcaption></figure></article>"""


def test_utf8_page_without_meta_charset_is_read_as_utf8() -> None:
    (image,) = _read(BODY, head="<title>No charset</title>").images
    assert (image.credit.raw, image.credit.agency) == (CREDIT, "getty")


def test_transport_charset_and_legacy_pages() -> None:
    body = BODY.replace(CREDIT, "Agence France-Presse \u2013 Getty Images")
    (image,) = _read(body, head="", charset="windows-1252", encoding="cp1252").images
    assert image.credit.raw == "Agence France-Presse \u2013 Getty Images"
    (image,) = _read(
        body, head='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', encoding="cp1252"
    ).images
    assert image.credit.raw == "Agence France-Presse \u2013 Getty Images"  # ISO-8859-1 means windows-1252
    (image,) = _read(body, head="", encoding="cp1252").images  # not UTF-8: the legacy default
    assert image.credit.raw == "Agence France-Presse \u2013 Getty Images"


def test_a_page_saved_as_utf8_under_its_legacy_meta_charset_reads_as_utf8() -> None:
    """A scraper decodes a windows-1252 or Shift_JIS page and writes its text out as UTF-8, leaving the <meta>
    that declares the old encoding: read by the <meta>, every accented credit would be garbled."""
    body = BODY.replace(CREDIT, "Ag\u00eancia Brasil \u2014 Getty Images")
    for charset in ("windows-1252", "iso-8859-1", "shift_jis"):
        (image,) = _read(body, head=f'<meta charset="{charset}">').images
        assert (image.credit.raw, image.credit.agency) == ("Ag\u00eancia Brasil \u2014 Getty Images", "getty")
    (image,) = _read(body, head='<meta charset="windows-1252">', encoding="cp1252").images  # as declared
    assert image.credit.raw == "Ag\u00eancia Brasil \u2014 Getty Images"


def test_sniffing_order() -> None:
    utf8 = "caf\u00e9".encode()
    assert sniff(b"\xef\xbb\xbf<html>" + utf8, "iso-8859-2") == ("utf-8", "bom")
    assert sniff(b'<meta charset="shift_jis">' + utf8, "utf-8") == ("utf-8", "transport")
    assert sniff(b'<meta charset="shift_jis">' + "東京".encode("shift_jis")) == ("shift_jis", "meta")
    # a legacy <meta> over bytes that are UTF-8: the page was saved re-encoded, its <meta> left stale
    assert sniff(b'<meta charset="shift_jis">' + utf8) == ("utf-8", "utf-8 valid")
    assert sniff(b'<meta charset="windows-1252"><p>cafe') == ("cp1252", "meta")  # ASCII: as declared
    assert sniff(b"<p>" + utf8) == ("utf-8", "utf-8 valid")
    assert sniff(b"<p>caf\xe9") == ("cp1252", "default")
    assert sniff(b" " * 1100 + b'<meta charset="shift_jis">' + utf8) == ("utf-8", "utf-8 valid")  # past 1024 bytes


def test_credit_line_before_the_caption_after_a_line_break() -> None:
    box = """<div class="article-image"><a href="/image/full/{name}.jpg"><img src="https://cdn.example.com/image/large/{name}.jpg"
      width="600"></a><div class="image-caption">{credit}<br><span class="caption">{caption}</span></div></div>"""
    body = "<article>{}<p>Story text.</p></article>".format(
        "".join(
            box.format(name=name, credit=credit, caption=caption)
            for name, credit, caption in (
                ("director", '<span class="tiny">&copy; Alamy</span>', "One of few photos of the director."),
                ("posts", '<span class="tiny">&copy; Jane Roe/Instagram</span>', "Posts by his wife."),
                ("screen", '<span class="tiny">&copy; Fox News</span>', "An interview on the show."),
                ("minister", "", "The minister"),
            )
        )
    )
    assert _seen(_read(body)) == [
        ("content", "One of few photos of the director.", "Alamy", "alamy"),
        ("content", "Posts by his wife.", "Jane Roe/Instagram", None),
        ("content", "An interview on the show.", "Fox News", None),
        ("content", "The minister", None, None),
    ]


def test_a_line_break_separates_the_texts_of_a_caption() -> None:
    body = """<article><figure><img src="https://cdn.example.com/p/harbour.jpg" width="800">
      <figcaption>Boats in the harbour<br>at dawn on Monday.</figcaption></figure></article>"""
    assert _seen(_read(body)) == [("content", "Boats in the harbour at dawn on Monday.", None, None)]


def test_caption_element_also_named_attribution_beside_the_credit_element() -> None:
    body = """<article><div class="image"><div class="image__container"><picture>
      <img src="https://cdn.example.com/p/split.jpg" width="1280"></picture></div><div class="image__metadata">
      <div itemprop="caption" class="image__caption attribution"><span>Jane Roe and John Doe</span></div>
      <figcaption class="image__credit">Mandel Ngan/AFP via Getty Images</figcaption></div></div>
      <p>Story text.</p></article>"""
    assert _seen(_read(body)) == [
        ("content", "Jane Roe and John Doe", "Mandel Ngan/AFP via Getty Images", "getty"),
    ]
    empty = body.replace("Mandel Ngan/AFP via Getty Images", "")  # no other credit: the attribution is the credit
    assert _seen(_read(empty)) == [("content", None, "Jane Roe and John Doe", None)]
    prose = body.replace("Jane Roe and John Doe", "The justices sit for a group photo in Washington.")
    assert _seen(_read(prose)) == [
        ("content", "The justices sit for a group photo in Washington.", "Mandel Ngan/AFP via Getty Images", "getty"),
    ]


def test_licence_link_in_the_caption_is_the_credit() -> None:
    body = """<article><figure class="wp-caption"><img src="https://cdn.example.com/p/network-860x484.png" width="860">
      <figcaption class="wp-caption-text">The network of firms. (As of June)<span class="media-license-caption">
      <a rel="license" href="https://creativecommons.org/licenses/by-sa/2.0/">CC-BY-SA 2.0</a></span></figcaption>
      </figure><p>Story text.</p></article>"""
    assert _seen(_read(body)) == [("content", "The network of firms. (As of June)", "CC-BY-SA 2.0", None)]


def _story(words: int) -> str:
    return " ".join(["The vineyard lies on steep slopes above the river."] * (words // 9))


def test_page_without_article_markup_plain_boxes_with_a_caption_paragraph(tmp_path: Path) -> None:
    # no <article>, <main> or article class: the story's container is the element holding most of its text
    body = f"""<div id="header"><img src="https://cdn.example.com/ui/brand-banner.jpg" width="600"></div>
      <div id="frame"><div class="col3"><h1>Uncork the grape</h1><p class="intro">{_story(140)}</p>
      <div class="picBox full"><a class="overlayLink" href="#" rel="nofollow">
      <img src="https://cdn.example.com/image/1001_303.jpg" alt="Vineyards near the village"></a><p></p></div>
      <div class="group"><div class="longText"><p>{_story(200)}</p>
      <div class="picBox"><a class="overlayLink" href="#"><img src="https://cdn.example.com/image/1002_404.jpg"
      alt="Barrels"></a><p>Oak barrels enhance the flavour</p></div><p>{_story(200)}</p></div></div></div></div>
      <div id="footer"><p>About us</p></div>"""
    article = _read(body)
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in article.images] == [
        ("brand-banner.jpg", "chrome", None),
        ("1001_303.jpg", "unsure", None),  # nothing said about it, and only the text says where the story is
        ("1002_404.jpg", "content", "Oak barrels enhance the flavour"),
    ]
    page = tmp_path / "page.html"
    page.write_text(f"<!doctype html><html><head><meta charset='utf-8'></head><body>{body}</body></html>")
    (doc,) = audit_paths([str(page)]).documents
    assert {(f.image, f.rule, f.severity) for f in doc.findings if f.rule == "CRD001"} == {
        (1, "CRD001", "warning"),
        (2, "CRD001", "error"),
    }


def test_plain_box_whose_paragraph_is_a_headline_link_is_no_caption() -> None:
    body = """<article><p>Story text.</p><div class="box"><img src="https://cdn.example.com/p/other.jpg" width="400">
      <p><a href="https://news.example.com/2024/other-story/">Another story</a></p></div></article>"""
    assert [(i.role, i.caption) for i in _read(body).images] == [("unsure", None)]


def test_caption_and_credit_only_in_attributes_of_the_image_or_its_wrapper() -> None:
    """Attributes named for a caption (cutline, data-cutline, data-caption) or a credit (credit, data-credit,
    data-photo-credit, data-byline...) on the image, or on a wrapper that holds only it and no text, are read as
    its caption and credit."""
    body = """<article><p>Story text.</p>
      <img src="https://cdn.example.com/p/flood.jpg" width="900" cutline="Water covers Main Street."
        credit="Jane Roe/AP">
      <div class="pic" data-cutline="Crews clear debris."><a href="https://cdn.example.com/p/debris-large.jpg"
        data-photo-credit="John Doe/Reuters"><img src="https://cdn.example.com/p/debris.jpg"></a></div>
      <figure><img src="https://cdn.example.com/p/mayor.jpg" data-byline="Photo by Ann Lee">
        <figcaption>The mayor speaks.</figcaption></figure></article>"""
    assert _seen(_read(body)) == [
        ("content", "Water covers Main Street.", "Jane Roe/AP", "ap"),
        ("content", "Crews clear debris.", "John Doe/Reuters", "reuters"),
        ("content", "The mayor speaks.", "Ann Lee", None),
    ]


def test_attributes_that_are_settings_or_wrappers_that_say_more_are_not_captions() -> None:
    """An attribute that names a setting or an id (data-credit-position, data-caption-id), a value that is a URL
    or a flag, and an attribute of a box that prints text of its own (an article header with the author's
    byline) are not the image's caption or credit."""
    body = """<article><p>Story text.</p>
      <img src="https://cdn.example.com/p/a.jpg" width="900" data-credit-position="bottom" data-caption-id="12"
        credit="true" data-photographer="https://example.com/people/x">
      <header data-byline="By Staff Writer"><h2>Headline</h2><img src="https://cdn.example.com/p/b.jpg"
        width="900"></header></article>"""
    assert _seen(_read(body)) == [
        ("content", None, None, None),  # in the story's text: content, its credit missing
        ("unsure", None, None, None),
    ]


def test_credit_on_the_images_own_line_in_its_paragraph() -> None:
    body = """<article><p>Coal is in decline.</p>
      <p><img src="https://cdn.example.com/2019/12/coal-final.png" alt="graph"><br><em>(Credit: Clayton Aldern /
      Grist)</em></p><div class="ad-unit"><span class="caption">Advertisement:</span><div id="slot"></div></div>
      <p><img src="https://cdn.example.com/2019/12/gas.jpg" alt="A gas plant"><br>Gas plants near Houston. Photo:
      David J. Phillip/AP</p>
      <p><img src="https://cdn.example.com/2019/12/field.jpg" alt="A field">The field was quiet that morning.</p></article>"""
    assert _seen(_read(body)) == [
        ("content", None, "Clayton Aldern / Grist", None),
        ("content", "Gas plants near Houston.", "David J. Phillip/AP", "ap"),
        ("content", None, None, None),  # a story paragraph that starts with a photo: no caption, no credit
    ]


def test_a_bracketed_credit_closes_the_caption_in_the_images_own_box() -> None:
    """<div><img><br><div>caption (Outlet Photo by Name)</div></div>: a credit in brackets in AP's style marks the
    caption as a label does; a name alone in brackets (found by its shape only) does not."""
    body = """<article><p>Story text.</p><div class="image"><img src="https://cdn.example.com/a/house-1.jpg"><br>
      <div class="comments">A brilliant day in DC for the Ravens (WBAL Photo by Scott Wykoff)</div></div>
      <div class="image"><img src="https://cdn.example.com/a/house-2.jpg"><br>
      <div class="comments">Guests at the White House (Lucy Akins)</div></div><p>More story text.</p></article>"""
    assert _seen(_read(body)) == [
        ("content", "A brilliant day in DC for the Ravens", "WBAL Photo by Scott Wykoff", None),
        ("content", None, None, None),
    ]


def test_an_advertisement_label_beside_an_image_is_no_caption() -> None:
    ad = '<div class="ad"><span class="caption">Advertisement:</span></div>'
    body = """<article><p>Story text.</p><div class="pic"><img src="https://cdn.example.com/p/chart.png" width="800">
      </div>{}<p>More story text.</p></article>"""
    assert _seen(_read(body.format(ad))) == _seen(_read(body.format(""))) == [("unsure", None, None, None)]


def test_a_srcset_list_written_into_src_gives_its_first_picture() -> None:
    src = "https://cdn.example.com/2016/12/trump-1.jpg%20940w,%20https://cdn.example.com/2016/12/trump-1-120x70.jpg%20120w"
    body = f'<article><figure><img width="940" height="545" src="{src}"><figcaption>Trump. Joe Raedle/Getty Images</figcaption></figure><p>Text.</p></article>'
    (image,) = _read(body).images
    assert (image.src, image.role, image.credit.agency if image.credit else None) == (
        "https://cdn.example.com/2016/12/trump-1.jpg",
        "content",
        "getty",
    )


def test_the_lead_photos_credit_printed_as_the_storys_last_line() -> None:
    head = '<meta charset="utf-8"><meta name="og:image" value="https://cdn.example.com/2016/12/trump-1-900x440.jpg">'
    body = """<article><figure class="story-header"><img src="https://cdn.example.com/2016/12/trump-1.jpg" width="940"
      alt="Trump skipped the briefings"></figure><p>Story text about the briefings.</p>
      <p>[Featured Image by Joe Raedle/Getty Images]</p></article>"""
    (image,) = _read(body, head=head).images
    assert (image.role, image.credit.raw, image.credit.agency) == ("content", "Joe Raedle/Getty Images", "getty")
    assert "featured-credit-line" in image.evidence.signals


def _lead_in_header(meta: str) -> str:
    photo = "https%3A%2F%2Fcdn.example.com%2Fc2%2F76%2F6165cf%2F20191229-meadows-gty-773.jpg"
    return f"""<main><section class="header"><figure class="art"><picture>
      <img src="https://cdn.example.com/dims4/default/2c8fe12/resize/1160x/?url={photo}" alt="Mark Meadows"></picture>
      </figure></section><section class="story"><div class="story-meta">{meta}<p class="story-meta__authors">By
      <a href="/staff/a">ALLY MUTNICK</a></p></div><p>Story text about the retirement of the congressman.</p>
      <figure><img src="https://cdn.example.com/c2/15/fb2193/20191229-debbie-ap.jpg" alt="Debbie Meadows">
      <figcaption>Debbie Meadows. | Patrick Semansky/AP Photo</figcaption></figure><p>More story.</p></section></main>"""


def test_the_lead_photos_caption_and_credit_in_the_storys_credit_line_after_it() -> None:
    """A header shows the lead photo bare; the story's meta block prints its "caption | credit" in the one
    element named for a credit between the photo and the story's next picture."""
    head = '<meta charset="utf-8"><meta property="og:image" content="https://cdn.example.com/c2/76/6165cf/20191229-meadows-gty-773.jpg">'
    credit = '<p class="story-meta__credit">Rep. Mark Meadows. | Alex Wong/Getty Images</p>'
    assert _seen(_read(_lead_in_header(credit), head=head)) == [
        ("content", "Rep. Mark Meadows.", "Alex Wong/Getty Images", "getty"),
        ("content", "Debbie Meadows.", "Patrick Semansky/AP Photo", "ap"),
    ]
    # two such elements, or one that names no agency, say nothing sure: the lead photo stays uncredited
    for meta in (credit * 2, '<p class="story-meta__credit">Rep. Mark Meadows. | Courtesy of the family</p>'):
        assert _seen(_read(_lead_in_header(meta), head=head))[0] == ("content", None, None, None)


def test_a_web_archives_capture_of_the_page_reads_as_the_page() -> None:
    """The Wayback Machine (and pywb) serve a capture with every address rewritten to the archive's
    ("/web/20191230050353im_/https://cdn…"): the lead photo is still matched to the og:image by its original
    address, and the capture reads as the page does."""
    archived = "https://web.archive.org/web/20191230050353im_/https://cdn.example.com"
    head = f'<meta charset="utf-8"><meta property="og:image" content="{archived}/c2/76/6165cf/20191229-meadows-gty-773.jpg">'
    credit = '<p class="story-meta__credit">Rep. Mark Meadows. | Alex Wong/Getty Images</p>'
    body = _lead_in_header(credit).replace("https://cdn.example.com", "/web/20191230050353im_/https://cdn.example.com")
    assert _seen(_read(body, head=head)) == [
        ("content", "Rep. Mark Meadows.", "Alex Wong/Getty Images", "getty"),
        ("content", "Debbie Meadows.", "Patrick Semansky/AP Photo", "ap"),
    ]


def test_a_chinese_story_without_article_markup_is_found_by_its_text() -> None:
    story = "".join(f"<p>{'约会软件通过匹配用户共同讨厌的事情来为彼此进行配对。' * 3}</p>" for _ in range(12))
    body = f"""<div class="nav"><img src="https://cdn.example.com/ui/banner.jpg" width="600"></div>
      <div class="main"><div class="detail">{story[:800]}<p><img src="https://img.example.com/uploads/2016.jpg-w600" alt=""></p>{story}</div></div>"""
    roles = [(i.src.rsplit("/", 1)[-1], i.role) for i in _read(body).images]
    assert roles == [("banner.jpg", "chrome"), ("2016.jpg-w600", "unsure")]  # in the story: listed, never judged


def test_a_plain_box_whose_text_block_ends_in_a_photograph_by_line() -> None:
    body = """<article><p>Story text.</p><div class="img-box"><a class="img-box__link"><picture>
      <img src="https://cdn.example.com/files/redonda-tree-lizard.jpg" width="885" alt="The Redonda tree lizard"></picture></a>
      <div class="img-box__text"><div class="img-box__copy">The Redonda tree lizard, one of the reptiles that rebounded.</div>
      <div class="img-box__author">Photograph by <span>Ed Marshall, Redonda Restoration Programme</span></div></div></div>
      <div class="img-box"><a class="img-box__link"><img src="https://cdn.example.com/files/other-story.jpg" width="885"></a>
      <div class="img-box__text"><div>Another story about the island</div><div>Read more</div></div></div></article>"""
    assert _seen(_read(body)) == [
        (
            "content",
            "The Redonda tree lizard, one of the reptiles that rebounded.",
            "Ed Marshall, Redonda Restoration Programme",
            None,
        ),
        ("unsure", None, None, None),  # a box of text with no credit beside a picture: not read as its caption
    ]


def test_a_cite_credit_inside_the_block_that_holds_the_caption() -> None:
    body = """<article><p>Story text.</p><div class="mod-inline image image-right"><div style="width:300px;">
      <a class="enlarge" href="#">[+] Enlarge<img src="https://cdn.example.com/photo/2010/0813/pg2_bush_300.jpg"
      width="300" height="200" alt="Reggie Bush"></a><div style="width: 300px;"><cite>Stephen Chernin/Getty Images</cite>
      Shouldn't the Heisman have been returned if rules were broken?</div></div></div><p>More story text.</p></article>"""
    assert _seen(_read(body)) == [
        (
            "content",
            "Shouldn't the Heisman have been returned if rules were broken?",
            "Stephen Chernin/Getty Images",
            "getty",
        )
    ]


def test_a_script_setting_of_null_is_no_image_address() -> None:
    body = """<article><figure class="article-image"><img data-url="null"
      src="https://cdn.example.com/uploads/card/image/317518/plane-5_720.jpg"><div class="image-credit">Image: Jane
      Roe/Mashable</div></figure><p>Story text.</p></article>"""
    (image,) = _read(body).images
    assert (image.src, image.credit.raw if image.credit else None) == (
        "https://cdn.example.com/uploads/card/image/317518/plane-5_720.jpg",
        "Jane Roe/Mashable",
    )


def test_a_story_written_without_paragraphs_and_its_captioned_picture() -> None:
    sentences = "".join(
        f"The company tests and certifies devices for {n} markets around the world. " for n in range(30)
    )
    body = f"""<div id="top"><img src="https://img.example.com/images/common/btn_print.gif"></div>
      <div class="article_txt">{sentences}<br><br><div class="articlePhotoR"><img
      src="https://img.example.com/NEWS/IMAGE/2013/10/23/58406115.2.jpg" width="160"><span class="t">Park Chae-gyu,
      chief executive</span></div>{sentences}<br><br></div>"""
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in _read(body).images] == [
        ("btn_print.gif", "chrome", None),
        ("58406115.2.jpg", "content", "Park Chae-gyu, chief executive"),
    ]


STORY = "<p>" + "The museum attack left the capital in shock, officials said on Wednesday. " * 30 + "</p>"


def test_gallery_slides_known_only_by_data_attributes_are_each_an_image() -> None:
    """Slides written as <div data-image data-caption data-credit> in one parent, with no <img>: each is a slide of
    its own (they have no src to be copies of one another)."""
    slides = "".join(
        f'<div class="gal-slide" data-caption="Scene {n} at the museum." data-credit="Fethi Belaid/AFP/Getty Images" '
        f'data-image="https://img.example.com/rw/2015/Images/Nic64297{n}.jpg?env=A"></div>'
        for n in range(3)
    )
    body = f'<article><div class="gallery">{slides}</div>{STORY}</article>'
    seen = _seen(_read(body))
    assert [(role, credit, agency) for role, _, credit, agency in seen] == [
        ("content", "Fethi Belaid/AFP/Getty Images", "getty")
    ] * 3
    assert [caption for _, caption, _, _ in seen] == [f"Scene {n} at the museum." for n in range(3)]


def test_a_sidebar_that_runs_longer_than_the_story_is_still_chrome() -> None:
    """A live feed beside the article holds more paragraph text than the story: it does not hold the story, so
    its pictures (tweets, a subscription offer) stay chrome, inside the main content as they are."""
    feed = "".join(
        f'<li class="live-item"><p>{"Update from the newsroom on the quake. " * 6}</p>'
        f'<img class="tweet-image" src="https://pbs.example.com/media/tweet{n}.jpg"></li>'
        for n in range(8)
    )
    body = f"""<div id="content" role="main"><article><figure><img src="https://cdn.example.com/p/quake.jpg" width="750">
      <figcaption>A man prays in Kathmandu. Photo: Prakash Mathema/AFP</figcaption></figure>{STORY}</article>
      <aside id="sidebar"><ul class="live">{feed}</ul><section class="offer"><a>
      <img src="https://cdn.example.com/img/devices-226x151.png" alt="Subscribe on every screen"></a></section>
      </aside></div>"""
    page = f'<!doctype html><html><head><meta charset="utf-8"></head><body class="article page-article">{body}</body></html>'
    article = read_html("page.html", page.encode(), default_registry())
    assert _seen(article) == [("content", "A man prays in Kathmandu.", "Prakash Mathema/AFP", "afp")]


def test_the_img_src_is_the_image_a_zoom_view_address_is_not() -> None:
    """A data-*src* attribute beside a real src (a media viewer's larger copy) does not replace the src; a
    placeholder src still gives way to the lazy-load attribute."""
    body = f"""<article><figure><img src="https://static.example.com/images/trump-master768.jpg" alt=""
      data-mediaviewer-src="https://static.example.com/images/trump-superJumbo.jpg">
      <figcaption>Donald J. Trump at a rally. Damon Winter/The New York Times</figcaption></figure>
      <figure><img src="https://static.example.com/assets/lazy-placeholder.gif"
      data-mediaviewer-src="https://static.example.com/images/crowd-superJumbo.jpg">
      <figcaption>The crowd. Photo: AP</figcaption></figure>{STORY}</article>"""
    assert [i.src for i in _read(body).images] == [
        "https://static.example.com/images/trump-master768.jpg",
        "https://static.example.com/images/crowd-superJumbo.jpg",
    ]


def test_a_picture_polyfills_sources_are_one_image() -> None:
    """picturefill 1: <span data-picture> holds a <span data-src data-media> per size and the <img> in
    <noscript>: one image, not one for each size."""
    sizes = "".join(
        f'<span data-media="(min-width: {w}px)" data-src="https://www.example.com/files/styles/ratio--{w}/public/'
        f'trump.jpeg-99fbe.jpg?itok=x{w}"></span>'
        for w in (0, 480, 768, 1024)
    )
    alt = "President-elect Donald Trump arrives at a rally. (Photo by Andrew Harnik/AP)"
    body = f"""<article><div class="field-article-image"><span data-picture="" data-alt="{alt}">
      <span data-src="https://www.example.com/files/styles/ratio--512/public/trump.jpeg-99fbe.jpg?itok=a"></span>
      {sizes}<noscript><img src="https://www.example.com/files/styles/ratio--512/public/trump.jpeg-99fbe.jpg?itok=a"
      alt="{alt}"></noscript></span></div>{STORY}</article>"""
    images = _read(body).images
    assert [(i.role, i.src, i.alt) for i in images] == [
        ("content", "https://www.example.com/files/styles/ratio--512/public/trump.jpeg-99fbe.jpg?itok=a", alt)
    ]


def test_the_picture_a_share_button_posts_is_no_image() -> None:
    """data-sharingimage on the article and on its share bar names the picture a share posts, shown nowhere."""
    body = f"""<article class="entry" data-sharingimage="https://img.example.com/asset/360_216/583c9068.jpeg">
      <div class="byline-bar" data-sharingimage="https://img.example.com/asset/360_216/583c9068.jpeg"></div>
      <figure><img src="https://img.example.com/asset/630/583c9073.jpeg" width="630">
      <figcaption>Donald Trump has had several conversations with Obama. ASSOCIATED PRESS</figcaption></figure>
      {STORY}</article>"""
    assert [i.src for i in _read(body).images] == ["https://img.example.com/asset/630/583c9073.jpeg"]


def test_suggested_story_cards_are_chrome() -> None:
    body = f"""<article><figure><img src="https://cdn.example.com/p/debate.jpg" width="900">
      <figcaption>Pence will have to defend Trump. Illustration by POLITICO / AP Photo</figcaption></figure>
      {STORY}</article><section class="story-suggestions"><ul><li><article class="story-frag"><figure>
      <img src="https://cdn.example.com/p/other.jpg" width="300"></figure></article></li></ul></section>"""
    assert [(i.role, i.src.rsplit("/", 1)[-1]) for i in _read(body).images] == [
        ("content", "debate.jpg"),
        ("chrome", "other.jpg"),
    ]


def test_one_photo_in_the_header_and_again_as_a_one_slide_gallery_is_one_image() -> None:
    """The same upload (a resizer's "w_280/.../photo.jpg" and the CMS's "photo-1024x576.jpg") with the same short
    caption, a gallery counter aside, in two places: one photo, so one image and at most one finding."""
    body = f"""<article><header><figure class="wp-caption">
      <img src="https://media.example.com/photos/w_280/wp-content/uploads/2016/09/Rosetta_impact.jpg" width="280">
      <figcaption>ESA/ATG</figcaption></figure></header>{STORY}
      <figure><img src="https://www.example.com/wp-content/uploads/2016/09/philae.jpg" width="900">
      <figcaption>The Philae lander. ESA</figcaption></figure>
      <div class="gallery"><figure><img src="https://www.example.com/wp-content/uploads/2016/09/Rosetta_impact-1024x576.jpg">
      <figcaption>1 / 1 ESA/ATG</figcaption></figure></div></article>"""
    assert [i.role for i in _read(body).images].count("chrome") == 1


def test_slides_linked_to_their_own_views_of_this_story_are_content() -> None:
    """A gallery story whose slides link to "/photo-gallery/<story number>/image/<slide>/…": pages of this story,
    not other articles; a file named "…Decorating…" or "Silicon-Valley…" is no rating badge or icon."""
    head = (
        '<meta charset="utf-8"><link rel="canonical" href="https://www.example.com/home/Decorating-Mistakes-42696116">'
    )
    slides = "".join(
        f'<figure><a href="https://www.example.com/home/photo-gallery/42696116/image/4269612{n}/Slide-{n}">'
        f'<img src="https://media.example.com/files/{n}/i/Silicon-Valley-Decorating-{n}.jpg" width="600"></a>'
        f"<figcaption>Room {n} before the makeover. Photo: Nicole Cohen</figcaption></figure>"
        for n in range(3)
    )
    other = (
        '<figure><a href="https://www.example.com/home/Best-Ikea-Kitchen-Products-42696278">'
        '<img src="https://media.example.com/files/9/i/Best-Ikea-Kitchen-Products.jpg" width="600"></a></figure>'
    )
    article = _read(f'<article class="gallery">{slides}{STORY}</article><aside>{other}</aside>', head=head)
    assert [(i.role, i.caption) for i in article.images] == [
        ("content", f"Room {n} before the makeover.") for n in range(3)
    ] + [("chrome", None)]


def test_figures_whose_captions_cite_a_source_are_no_teaser_cards() -> None:
    """A story's figures, alike and each citing its source by a link inside the caption's prose, are content;
    cards whose caption is nothing but a link to another story stay teaser cards."""
    cited = "".join(
        f'<figure class="graf--figure"><img src="https://cdn.example.com/max/800/1{n}.png" width="800">'
        f'<figcaption>Chart {n} from <a href="https://other.example.org/study-{n}">a study of jobs</a> in 2016.'
        "</figcaption></figure><p>More text.</p>"
        for n in range(3)
    )
    cards = "".join(
        f'<figure class="graf--figure"><img src="https://cdn.example.com/max/800/2{n}.png" width="800">'
        f'<figcaption><a href="https://other.example.org/story-{n}">Another story {n}</a></figcaption></figure>'
        for n in range(3)
    )
    images = _read(f"<article>{cited}{STORY}<div>{cards}</div></article>").images
    assert [i.role for i in images] == ["content"] * 3 + ["chrome"] * 3


def test_a_menu_with_long_teasers_on_a_page_without_article_markup_is_chrome() -> None:
    """No <article> or article class: the story's container is found by its paragraph text, and a navigation
    menu whose drop-downs hold a story's worth of teaser paragraphs does not hold the story."""
    teasers = "".join(
        f'<div class="col"><img src="https://img.example.com/modules/masthead/210x130_feature_{n}.jpg">'
        f"<p>{'Read our guide to healthy living and family health this season. ' * 5}</p></div>"
        for n in range(6)
    )
    story = "".join(
        f"<p>{'Peanut allergies in children fell after early exposure, the study found. ' * 8}</p>" for _ in range(6)
    )
    body = f"""<div id="page"><header><nav id="nav"><div class="nav_dropdown">{teasers}</div></nav></header>
      <div id="content"><h1>Peanuts</h1>{story}</div></div>"""
    assert [i.role for i in _read(body).images] == ["chrome"] * 6


def test_an_uncredited_picture_in_a_box_of_links_to_other_pages_raises_no_error() -> None:
    """A magazine issue's box inside the story: its cover, an empty credit label, a line of blurb and a list of
    links to the issue's articles. Unsure, so no error; the story's own uncredited photo keeps its error."""
    issue = "".join(f'<li><a href="/tr/artikel/story-{n}.html">Story {n}</a></li>' for n in range(4))
    body = f"""<article>{STORY}<figure><img src="https://cdn.example.com/p/street.jpg" width="900">
      <figcaption>The street after the storm.</figcaption></figure>{STORY}
      <div class="inline-textbox"><figure><img src="https://cdn.example.com/imgs/tr.0719.001.jpg" width="2479">
      <figcaption><p class="caption">Technology Review Juli 2019</p><p class="source">(Bild: )</p></figcaption>
      </figure><div><p>Dieser Beitrag stammt aus Ausgabe 7/2019.</p><ul>{issue}</ul></div></div></article>"""
    article = _read(body)
    assert [i.role for i in article.images] == ["content", "unsure"]


HARBOUR = "<p>" + "The council voted on Monday to close the old harbour road to traffic for the summer. " * 4 + "</p>"


def test_a_timelines_slides_in_an_aside_of_the_story_are_its_photos_when_they_carry_credits() -> None:
    """An embedded timeline (an <aside> in the article; <ul class="slides">, no caption element): a slide whose
    own text ends with a credit is a photo of the story, read with that text; a slide with no credit stays chrome,
    as the aside makes it, and raises nothing."""
    slide = """<li class="slide"><div class="date">{date}</div><div class="image"><img src="https://cdn.example.com/t/{n}.jpg"
      alt=""></div><div class="blurb"><div class="title">{title}</div><div class="text">{text}</div></div></li>"""
    slides = "".join(
        slide.format(n=n, date=date, title=title, text=text)
        for n, (date, title, text) in enumerate(
            [
                ("July 18, 1918", "Born", "Born in Mvezo. <b>Pictured: </b>His statue.<br><i>(Themba Hadebe, AP)</i>"),
                ("1942", "Education", "Receives his law degree."),
                ("1990", "Released", "Walks free after 27 years.<br><i>(AP file photo)</i>"),
            ]
        )
    )
    body = f"""<article class="story">{HARBOUR}<div class="interactives"><aside class="interactive timeline">
      <div class="viewport"><ul class="slides">{slides}</ul></div></aside></div>{HARBOUR}</article>"""
    article = _read(body)
    assert [(i.role, i.caption, i.credit.raw if i.credit else None) for i in article.images] == [
        ("content", "His statue.", "Themba Hadebe, AP"),  # what follows "Pictured:" is the caption
        ("chrome", None, None),
        ("content", "1990 Released Walks free after 27 years.", "AP file photo"),
    ]


def test_busy_indicators_are_furniture_and_an_og_image_written_in_the_body_is_the_lead() -> None:
    """A page that writes its meta tags inside the body (an ASP.NET form) still names its lead photo, which is
    then listed (unsure: no caption, no article markup) rather than dropped as chrome; a spinner or "loading"
    graphic is never an article image."""
    body = f"""<form><meta property="og:image" content="https://img.example.com/pics/flood_l.jpg">
      <div><img src="https://img.example.com/pics/flood_l.jpg" width="447" height="269"></div>{HARBOUR}
      <img src="https://static.example.com/images/indicators/facebook-loading.gif">
      <img src="https://contribute.example.com/images/throbber.gif"></form>"""
    article = _read(body, head='<meta charset="utf-8"><title>Flood</title>')
    assert [(i.src.rsplit("/", 1)[-1], i.role) for i in article.images] == [
        ("flood_l.jpg", "unsure"),
        ("facebook-loading.gif", "chrome"),
        ("throbber.gif", "chrome"),
    ]


def test_a_description_box_beside_the_picture_with_icons_and_a_labelled_credit_paragraph() -> None:
    """A caption box beside the picture's wrapper ("imageDescriptionContainerVert") that holds a camera icon and a
    "view larger" button is still the caption: its description, and the paragraph "Photo: Name • Agency" as the
    credit (what follows the credit is the box's links)."""
    body = f"""<article>{HARBOUR}<div class="heroImageWrapperVert"><div id="vertImage">
      <img src="https://media.example.com/images/420*459/ows_1370.jpg" width="420" height="459" alt=""></div>
      <div class="imageDescriptionContainerVert"><div class="imageDescriptionVert"><p>Tony Parker banked in two
      points in the final seconds.</p></div><div class="purchasePhotoVert">
      <p>Photo: <strong>Lynne Sladky &#x2022; Associated Press</strong>, </p>
      <p><img class="iconImage" alt="Camera" src="https://media.example.com/design/whiteCameraIcon.png">
      <a href="/galleries/">Photo galleries</a></p></div></div></div>{HARBOUR}</article>"""
    assert _seen(_read(body)) == [
        ("content", "Tony Parker banked in two points in the final seconds.", "Lynne Sladky • Associated Press", "ap")
    ]


def test_a_lead_photo_above_the_article_markup_credited_to_an_agency_is_read() -> None:
    """A lead photo outside the article's markup, its credit and caption printed beside it, is read when the
    credit names an agency (unsure, as it stands outside the article: no error on it); share buttons' files and
    a transparent spacer are furniture."""
    body = f"""<div id="lead_graphic"><a href="https://www.example.com/articles/2013-05-15/keynote">
      <img src="https://images.example.com/cms/2013-05-15/0515_googleIO_630x420.jpg" width="630" height="420"
      alt="Sundar Pichai speaks"></a><p class="photo_credit">Photograph by David Paul Morris/Bloomberg</p>
      <p class="photo_caption">Sundar Pichai speaks in San Francisco.</p></div>
      <div id="article_body">{HARBOUR}<img src="/images/i_facebook-small.png"><img src="/images/i_share-small.png">
      <img src="https://www.example.com/wp-includes/js/tinymce/plugins/wordpress/img/trans.gif?m=1207340914g"></div>"""
    article = _read(body)
    assert [(i.role, i.caption, i.credit.raw if i.credit else None) for i in article.images] == [
        ("unsure", "Sundar Pichai speaks in San Francisco.", "David Paul Morris/Bloomberg"),
        ("chrome", None, None),
        ("chrome", None, None),
        ("chrome", None, None),
    ]


def test_credits_written_only_into_alt_text_and_the_lead_at_another_size() -> None:
    """A page that prints no credit writes it into the alt and title text, closing in brackets: the credit, when it
    names an agency or is a rights statement. The og:image at another size ("…_304.jpg" of "…_303.jpg") is the lead picture above the story."""
    head = '<meta charset="utf-8"><meta property="og:image" content="https://www.example.com/image/53462567_304.jpg">'
    body = """<div class="picBox full"><a class="overlayLink" href="#">
      <img src="/image/53462567_303.jpg" alt="Ruanda Symbolbild (picture-alliance/AP Photo/R. Mazalan)"></a><p></p></div>
      <article class="longText"><p>More than a quarter of a century after the genocide, a suspect has been caught.</p>
      <div class="picBox"><a class="overlayLink" href="#"><img src="/image/48604581_401.jpg"
        alt="Victims of the genocide (Getty Images/AFP/Y. Chiba)" title="Victims of the genocide (Getty Images/AFP/Y. Chiba)"></a>
      <p>According to the UN more than a million people were killed.</p></div>
      <div class="picBox"><img src="/image/53496452_401.jpg" alt="Felicien Kabuga (Public domain)">
      <p>His trial will be closely watched.</p></div><p>Story text goes on.</p></article>"""
    assert _seen(_read(body, head)) == [
        ("unsure", None, "picture-alliance/AP Photo/R. Mazalan", "ap"),
        ("content", "According to the UN more than a million people were killed.", "Getty Images/AFP/Y. Chiba", "afp"),
        ("content", "His trial will be closely watched.", "Public domain", None),  # a rights statement
    ]


def test_a_credit_label_inside_the_credit_element_and_a_next_up_card() -> None:
    """'<span class="credit"><span class="credit-description">Credit</span>: AP</span>': the inner element is the
    label. A card in a "Next Up" box of other stories is chrome."""
    body = """<article><figure><img src="https://cdn.example.com/bolsonaro.jpg" alt="Bolsonaro">
      <figcaption><span itemprop="caption">Bolsonaro speaks.</span>
      <span class="e-caption__credit"><span class="e-caption__credit-description">Credit</span>: AP</span></figcaption>
      </figure><p>Story text.</p>
      <div class="article-next-up"><a href="/news/other-story"><div><div>
      <img class="lazyload" alt="Another story's headline" src="https://cdn.example.com/gradient.jpg?w=360&amp;h=190&amp;blur=200">
      </div></div></a></div></article>"""
    assert _seen(_read(body)) == [("content", "Bolsonaro speaks.", "AP", "ap")]


def test_an_author_element_in_a_figcaption_is_the_photo_credit() -> None:
    """'<figcaption><span class="author">© Adobe Stock/Celt Studio</span><span class="caption">…</span>': the
    author a figure's caption names is the photo's."""
    body = """<article><p>Story text.</p><figure><img src="https://cdn.example.com/red-sea.jpg" alt="">
      <figcaption><span class="author">© Adobe Stock/Celt Studio</span>
      <span class="caption">The Red Sea is a critical maritime corridor.</span></figcaption></figure></article>"""
    assert _seen(_read(body)) == [
        ("content", "The Red Sea is a critical maritime corridor.", "Adobe Stock/Celt Studio", None)
    ]


def test_an_italic_caption_in_the_pictures_own_box_and_a_photographer_with_the_outlet() -> None:
    """'<div><img><br><i>Physical mockup of the iPad mini</i></div>': the box's own text, all in italics, is the
    caption (not the byline above the box). A photographer and the outlet in brackets closing a caption
    ("(Scott Heins/Gothamist)") is its credit."""
    body = """<article><p class="byline">Friday October 12, 2012 by Eric Slivka</p>
      <p><div class="center-wrap"><img src="https://cdn.example.com/ipadmini.jpg" alt="ipadmini small"><br>
      <i>Physical mockup of rumored iPad mini design</i></div><br>The event is said to be held in Cupertino.</p>
      <figure><img src="https://cdn.example.com/basement.jpg" alt=""><figcaption>The basement at 80 New York Avenue.
      (Scott Heins/Gothamist)</figcaption></figure><p>Story text.</p></article>"""
    assert _seen(_read(body)) == [
        ("content", "Physical mockup of rumored iPad mini design", None, None),
        ("content", "The basement at 80 New York Avenue.", "Scott Heins/Gothamist", None),
    ]


def test_a_caption_in_the_table_row_under_the_picture() -> None:
    """'<table><tr><th><img></th></tr><tr><td><em>Caption</em></td></tr></table>': a small table used as a figure
    (Markdown's, an older page's photo box) has the caption in the cell under the picture's, its agency credit at
    its end split off. A layout table of more rows, and a cell that is only a link, give no caption."""
    body = """<article><p>Story text.</p>
      <table><thead><tr><th><img src="https://cdn.example.com/menu.png" alt="The menu"></th></tr></thead>
      <tbody><tr><td><em>Freshly installed, right-clicking</em></td></tr></tbody></table>
      <table><tr><td><img src="https://cdn.example.com/a.jpg"></td><td><img src="https://cdn.example.com/b.jpg"></td></tr>
      <tr><td>Crowds at the gate. (AP Photo/Jane Doe)</td><td>The empty square.</td></tr></table>
      <table><tr><td><img src="https://cdn.example.com/c.jpg"></td></tr><tr><td><a href="/news/other">Another
      story</a></td></tr></table>
      <table><tr><td><img src="https://cdn.example.com/d.jpg"></td></tr><tr><td>Home</td></tr><tr><td>News</td></tr>
      <tr><td>Sport</td></tr></table><p>More story text.</p></article>"""
    read = [(i.role, i.caption, i.credit.raw if i.credit else None) for i in _read(body).images]
    assert read == [
        ("content", "Freshly installed, right-clicking", None),
        ("content", "Crowds at the gate.", "AP Photo/Jane Doe"),
        ("content", "The empty square.", None),
        ("chrome", None, None),  # a picture over a link to another story: a teaser
        ("unsure", None, None),
    ]


def test_zoom_links_by_folder_a_resized_copy_and_a_camel_case_icon() -> None:
    """Figures alike, each linked to its photo at another size whose address names the file as a folder
    ('/17-deeds.png/940x540/…' around '/17-deeds.png/462x260/…'), are the article's figures, not teaser cards. The
    lead again at another size in a share form ('/large1x1-140-140/…/nE/' of '/large1x1-622-622/…/Zh/') is a copy;
    two uploads named alike in folders of their own ids are two photos. An icon named in camelCase
    ('/wmSilkIconsPlugin/…') is furniture."""
    cdn = "https://images.example.at"
    figures = "".join(
        f'<figure class="marginb10"><a href="{cdn}/{name}/940x540nocrop/24.48{n}" class="fancyImg">'
        f'<img src="{cdn}/{name}/462x260/24.48{n}" alt="Picture {n}"></a>'
        f"<figcaption><span>Foto: Jane Roe {n}</span></figcaption></figure><p>Story paragraph {n}.</p>"
        for n, name in enumerate(("17-deeds.png", "17-storm.png", "17-print.jpg"))
    )
    lead = "https://image.example.de/11602346/large1x1-{}/f6e01475f0fb/{}/20--so-ehrt-die-serie-luke-perry.jpg"
    body = f"""<article><figure><img src="{lead.format("622-622", "Zh")}" alt="Luke Perry">
      <figcaption>Foto: AKPhoto/ImageCollect</figcaption></figure><p>Story text.</p>{figures}
      <img src="https://static.example.com/s/t/596bb4b2f14a/1560816768337/Montauk+Long+Island+USA+Reiseblog.jpg">
      <p>Between them.</p>
      <img src="https://static.example.com/s/t/596bb4e56a49/1560816768340/Montauk+Long+Island+USA+Reiseblog.jpg">
      </article><div id="shareMailLayer"><img src="{lead.format("140-140", "nE")}" alt="Luke Perry"></div>
      <div id="comments-error"><img style="vertical-align:middle;" src="/wmSilkIconsPlugin/images/exclamation.png">
      Fehler beim Laden der Kommentare!</div>"""
    head = f'<meta charset="utf-8"><meta property="og:image" content="{lead.format("140-140", "nE")}">'
    images = _read(body, head).images
    read = [(i.role, i.credit.raw if i.credit else (i.evidence.role_reason or "")[:10]) for i in images]
    assert read == [
        ("content", "AKPhoto/ImageCollect"),
        ("content", "Jane Roe 0"),
        ("content", "Jane Roe 1"),
        ("content", "Jane Roe 2"),
        ("content", ""),
        ("content", ""),
        ("chrome", "duplicate:"),
        ("chrome", "furniture:"),
    ]


def test_a_german_article_id_a_photo_page_by_number_and_the_alt_text_printed_under_it() -> None:
    """'<div id="TraminoArtikel">' marks the article (German "Artikel"). A picture linked to its own page by the
    photo's number ('/bilder/868788.html' around '…/868788/300.jpg'), its larger file in the link's `rel` for a
    lightbox, is no teaser; its alt text printed again in the block after it is its caption."""
    cdn = "https://cdn.example.com/s/hut"
    figures = "".join(
        f'<div class="File_{n}"><div class="File"><a href="/bilder/86878{n}.html" rel="{cdn}/86878{n}/1200.jpg">'
        f'<img src="{cdn}/86878{n}/300.jpg" alt="{alt}" width="300" height="168"></a><div class="Name">{alt}</div>'
        "</div></div>"
        for n, alt in enumerate(("Kuh Gisela im Kräutergarten", "Frische Kräuter vom Garten"))
    )
    body = f"""<div id="header"><a href="/"><img src="/logo.png" alt="Resort"></a></div>
      <div id="TraminoArtikel"><div class="Files">{figures}</div><h1>Der Kräutergarten</h1>
      <p>Die Schmankerl schmecken so gut, weil sie mit vielen frischen Kräutern verfeinert werden.</p></div>"""
    read = [(i.role, i.caption) for i in _read(body).images if i.role != "chrome"]
    assert read == [("content", "Kuh Gisela im Kräutergarten"), ("content", "Frische Kräuter vom Garten")]


def test_a_short_story_under_its_headline_on_a_page_that_marks_no_article() -> None:
    """A club's short news (four paragraphs, no article markup) is found as a long story is, under its <h1>: its
    pictures are unsure, not chrome outside the article. A box of text beside a short story, with no headline,
    is no story."""
    paragraph = "Heute Nachmittag haben wir mit rund dreißig Clubmitgliedern am Umzug teilgenommen. " * 2
    body = f"""<div id="header"><h1><img src="/logo.png" alt=""></h1></div>
      <div id="left"><ul><li><a href="/archiv?m=1">Januar</a></li><li><a href="/archiv?m=2">Februar</a></li></ul></div>
      <div id="main"><div class="mod_newsreader"><div class="layout_full"><h1>Warm war es</h1>
      <div class="ce_text"><div class="image_container"><a href="files/2018-06-10_a.jpg" rel="lightbox">
      <img src="system/html/2018-06-10_a-f27e0f93.jpg" width="150" height="100" alt=""></a></div>
      <p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></div></div></div></div>"""
    read = [(i.src, i.role) for i in _read(body).images if i.role != "chrome"]
    assert read == [("system/html/2018-06-10_a-f27e0f93.jpg", "unsure")]
    sidebar = f"""<div id="header"><h1>Das Magazin</h1></div><div class="grid"><div class="column-small">
      <div class="box"><img src="https://cdn.example.com/title/300" alt="Titelbild"></div>
      <p>{paragraph}</p><p>{paragraph}</p><p>{paragraph}</p></div></div>"""
    assert [i.role for i in _read(sidebar).images] == ["chrome"]


def test_figures_alike_whose_captions_cite_sources_are_the_articles() -> None:
    """WordPress figures alike ('div.wp-caption', each linked to its file), their captions citing a source with a
    link inside their prose ('… <a href="https://maps.example.org/">maps like this</a> …'), are the article's
    figures, not teaser cards: a card's caption is its headline link, whole."""
    figure = (
        '<div id="attachment_{n}" class="post-image wp-caption"><a href="https://files.example.com/map{n}.png">'
        '<img src="https://files.example.com/map{n}.png?w=580" alt=""></a><p class="wp-caption-text">Map {n} after '
        'the change, all labels in English; see <a href="https://maps.example.org/{n}">the live map</a>.</p></div>'
        "<p>Story paragraph {n}.</p>"
    )
    body = f"<article><p>Story text.</p>{''.join(figure.format(n=n) for n in range(3))}</article>"
    read = [(i.role, i.caption) for i in _read(body).images]
    assert read == [
        ("content", f"Map {n} after the change, all labels in English; see the live map.") for n in range(3)
    ]


def test_an_article_body_class_with_an_underscore_marks_the_article() -> None:
    """'<div class="article_body">' marks the article as 'article-body' does: a gallery's slides in it, each a
    photo with nothing said about it, are the article's (content, missing their credits), not chrome."""
    slides = "".join(
        f'<p><img src="/imagesvr_ce/{n}/020613bblive0{n}.jpg" width="600" height="400"></p>' for n in range(3)
    )
    body = f"""<div class="page"><div class="article_body"><h1>Live from the launch</h1>
      <p>The company showed its new phones on Wednesday in New York.</p>{slides}</div>
      <div class="rail"><a href="/other"><img src="/thumbs/other.jpg" width="80" height="60"></a></div></div>"""
    assert [(i.src, i.role) for i in _read(body).images] == [
        *[(f"/imagesvr_ce/{n}/020613bblive0{n}.jpg", "content") for n in range(3)],
        ("/thumbs/other.jpg", "chrome"),
    ]


def test_chinese_captions_in_the_paragraph_after_the_picture_and_their_credits() -> None:
    """Chinese news pages: the picture alone in its paragraph (or <center>), the caption in the next, set small
    ('<font style="font-size: 9pt">'), or in bold, ending with who photographed ('…摄', '（刘通摄）') or provided it
    ('…供图'); a picture bare among paragraphs, the caption in the next; or the alt text printed again after the
    picture in its own paragraph. The credit after the caption's full stop is
    its credit, so no missing-credit error stands where a credit is printed."""
    body = """<div class="post"><h1>外媒看武汉</h1><p>报道指出，不管在哪一年，黄金周消费都是备受关注的晴雨表。</p>
      <center><img src="./W0201.jpeg"></center>
      <p>　<font style="font-size: 9pt">　雨游黄鹤楼照样开心。城市摄影队 周斌 摄</font></p>
      <p>　　报道中提到，在武汉，游客蜂拥前往黄鹤楼游览，以至于这座地标性建筑高居榜首。</p>
      <p><img src="http://img.example.com/res/2019/E3FE_size70_w600_h800.jpeg" /></p>
      <p>小花母亲说，女儿的左眼被塞了不止几十块小纸片。 小花母亲供图</p>
      <p>禹州市教体局曾通报称，学生小刚向小花眼睛里塞了纸片。面对记者，小刚家说，据小刚讲是拿纸蹭了蹭。</p>
      <p class="f_center"><img alt="“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网" src="http://cms.example.com/fa96.jpeg">“救命啊SOS”纸团。沙坪坝区公安分局供图 华龙网</p>
      <p>华龙网记者从沙坪坝区公安分局了解到，市民杨某途经新桥新街一写字楼时，险些被一个从天而降的纸团砸中。</p>
      <div style="text-align: center;"><img src="./W0209.jpg" alt=""></div>
      <div style="text-align: center;"><b><font color="#0000ff">图为山西品牌丝路行（南美站）启动仪式。（刘通摄）</font></b></div>
      <p>综合消息，近日，较强冷空气袭击多地，东北地区中东部、华北、黄淮等地降温六到十二度。</p>
      <img src="http://p3.example.com/large/pgc-image/RiHqbHC87fBWyk" alt="较强冷空气来袭">
      <p><strong>资料图：市民在寒冷天气中出行。中新社记者 贾天勇 摄</strong></p>
      <p>受冷空气影响，昨日东北地区中东部、华北、黄淮、江淮、江汉等地降温，局地降幅达十六到二十度。</p></div>"""
    article = _read(body)
    assert [(i.caption, i.credit.raw if i.credit else None) for i in article.images] == [
        ("雨游黄鹤楼照样开心。", "城市摄影队 周斌 摄"),
        ("小花母亲说，女儿的左眼被塞了不止几十块小纸片。", "小花母亲供图"),
        ("“救命啊SOS”纸团。", "沙坪坝区公安分局供图 华龙网"),
        ("图为山西品牌丝路行（南美站）启动仪式。", "刘通摄"),
        ("资料图：市民在寒冷天气中出行。", "中新社记者 贾天勇 摄"),
    ]
    assert {i.role for i in article.images} == {"content"}


def test_a_short_sentence_between_the_picture_and_the_story_is_its_caption() -> None:
    """'<p><img></p><p>小花家。</p><p>…a paragraph many times longer…</p>': one short sentence between a picture
    alone in its paragraph and the story is the picture's caption; a short paragraph before another short one is
    not."""
    long = "自11月15日起，澎湃新闻多次电话、短信小花母亲，均未获回复。11月16日，小花奶奶向澎湃新闻称，事情解决好了。"
    body = f"""<div class="post"><h1>眼睛被塞纸</h1><p>{long}</p>
      <p><img src="http://img.example.com/res/2019/home_w950_h713.jpeg" /></p><p>小花家。</p><p>{long}</p>
      <p><img src="http://img.example.com/res/2019/gate_w950_h713.jpeg" /></p><p>The gate.</p><p>Too short.</p>
      <p>{long}</p></div>"""
    assert [(i.caption, i.role) for i in _read(body).images] == [("小花家。", "content"), (None, "unsure")]


_READER_PARAGRAPH = (
    "<p>Gunmen opened fire on visitors at the national museum on Wednesday, killing at least 19 people. {}</p>"
)


def _fragment(html: str):
    """A page that is the story alone, as a reader view or an extractor saves it: no <html>, <head> or <body>."""
    return read_html("reader.html", html.encode("utf-8"), default_registry())


def test_a_page_that_is_the_story_alone_holds_its_pictures() -> None:
    """A reader view's HTML (the story's paragraphs straight in the body, no article markup): its pictures are
    the story's, not chrome outside an article; uncaptioned, they are unsure, never judged."""
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(20))
    page = _fragment(
        f'<img src="https://img.example.com/2015/03/18/museum.jpg"/>{story[:400]}'
        f'<img src="https://img.example.com/graphics/fighters-map.jpg"/><div><span class="caption">Map: Flow of '
        f"foreign fighters to Syria</span></div>{story}"
    )
    assert [(i.src.rsplit("/", 1)[-1], i.role, i.caption) for i in page.images] == [
        ("museum.jpg", "unsure", None),
        ("fighters-map.jpg", "content", "Map: Flow of foreign fighters to Syria"),
    ]


def test_after_the_story_on_a_page_without_markup_an_uncaptioned_picture_is_chrome() -> None:
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(20))
    page = _fragment(
        f'{story}<img src="https://img.example.com/banner/qrcodes.jpg" width="650"/><ul><li><p>1</p>'
        '<img src="https://img.example.com/motions/m1.gif"/><a><p>Happy</p></a></li></ul>'
    )
    reasons = [i.evidence.role_reason for i in page.images]
    assert [i.role for i in page.images] == ["chrome", "chrome"]
    assert reasons[0] == "after the story's last paragraph, no caption or credit, on a page that marks no article"


def test_a_credit_in_brackets_in_the_alt_text_and_a_labelled_caption_under_the_picture() -> None:
    """'(Credit: Nasa)' as the alt text is the credit without its brackets; the line under the picture that a
    caption label opens ('图注：…', 'Caption: …') is the caption, the label dropped."""
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(6))
    page = _fragment(
        f'{story}<img alt="(Credit: Nasa)" src="https://img.example.com/jpg/448a5bc1e2861a2c4e5929.jpg"/>'
        '<font face="楷体">\u3000\u3000图注：巴兹·奥尔德林是第一个在月球上喝酒的人</font>'
        f'{story}<img alt="A cup" src="https://img.example.com/jpg/448a5bc1e2861a2c4e592d.jpg"/>'
        f"<p>Caption: The cup came back to Earth (Photo: Reuters)</p>{story}"
    )
    assert [(i.caption, i.credit.raw if i.credit else None) for i in page.images] == [
        ("巴兹·奥尔德林是第一个在月球上喝酒的人", "Nasa"),
        ("The cup came back to Earth", "Reuters"),
    ]


def test_an_ad_servers_pictures_are_furniture() -> None:
    body = """<article><p>Story text.</p><img src="http://ad.example.cn/content_banner/content_650x120.jpg">
      <img src="http://afp.alicdn.com/afp-creative/creative/u113716014/8fffe822.jpg"><p>More.</p></article>"""
    assert [i.role for i in _read(body).images] == ["chrome", "chrome"]
    assert furniture("https://ad.nl/fotos/2019/stadion.jpg", {}) is None  # a newspaper's own host, not an ad server


def test_one_graphic_exported_for_each_screen_width_is_one_image() -> None:
    """ai2html writes a chart once per artboard ('…-Artboard_2.png', '…-Artboard_3.png'), its labels as text
    between them: one graphic; another chart's artboards are another."""
    base = "https://static.example.com/newsgraphics/2018/09/14/debt/313e919f"
    labels = "<p>$915</p><p>billion</p><p>Interest payments on the national debt</p>"
    body = "<article><p>Story text.</p>" + "".join(
        f'<img src="{base}/DEBT-CHART-{n}-Artboard_2.png">{labels}<img src="{base}/DEBT-CHART-{n}-Artboard_3.png">'
        f"{labels}<p>More story text about chart {n}.</p>"
        for n in (1, 2)
    )
    shown = [i.src.rsplit("/", 1)[-1] for i in _read(body + "</article>").images if i.role != "chrome"]
    assert shown == ["DEBT-CHART-1-Artboard_2.png", "DEBT-CHART-2-Artboard_2.png"]


def test_a_figure_whose_caption_is_one_link_to_another_page_is_a_teaser() -> None:
    gallery = "https://photos.example.com/galleries/1618838542352047-the-presidents-teams"
    body = f"""<article><p>Story text.</p><figure><img src="https://img.example.com/2018/12/03/cover_3x2_md.jpg"
      alt="The presidents' teams"><figcaption class="gallery-widget-pre__caption"><a href="{gallery}">The
      presidents' teams</a></figcaption></figure><figure><img src="https://img.example.com/2018/12/21/lula.jpg">
      <figcaption>Lula receives the cup from Tite. <a href="/people/tite">Tite</a> said so.</figcaption></figure>
      <p>More story text.</p></article>"""
    roles = [(i.src.rsplit("/", 1)[-1], i.role) for i in _read(body).images]
    assert roles == [("cover_3x2_md.jpg", "chrome"), ("lula.jpg", "content")]


def test_a_syndication_notice_beside_the_photos_own_credit() -> None:
    """MSN prints the partner that syndicates the story ("© Provided by Business Insider Inc") and the photo's
    credit ("Nintendo/Apple") in one caption element: the credit is the photo's, and no caption."""
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(20))
    page = _fragment(
        '<img alt="Nintendo/Apple" src="https://img.example.com/tenant/amp/entityid/AAkk5fh.img?h=410&amp;w=728"/>'
        '<p><span><span class="caption"><span>© Provided by Business Insider Inc</span><span>Nintendo/Apple</span>'
        f"</span></span>Nintendo and Apple shocked the world this year by announcing a mobile game.</p>{story}"
    )
    assert [(i.caption, i.credit.raw if i.credit else None) for i in page.images] == [(None, "Nintendo/Apple")]


def test_an_image_credit_label_in_the_alt_text_is_taken_whole() -> None:
    body = """<article><p>Story text.</p><img alt="The phone has a new grey colour option. Image credit: OnePlus"
      src="https://img.example.com/p/oneplus-3t.jpg" width="800"><p>More story text.</p></article>"""
    (image,) = _read(body).images
    assert (image.caption, image.credit.raw if image.credit else None) == (
        "The phone has a new grey colour option.",
        "OnePlus",
    )


def test_a_picture_linked_to_its_enlarged_view_and_captioned_by_a_cut_short_class() -> None:
    """A link that says it opens the picture larger (class "enlarge", a "photoWin" target) is no teaser's; "photo-cap"
    is "caption" cut short."""
    body = """<div class="article-def"><h1>Tulips in bloom</h1><div class="box-l"><a href="/zoom/20110410-OYT9I00123.htm"
      target="photoWin" onclick="photoWinOpen2(500,332,10)" class="enlarge"><img src="/photo/20110410-303857-1-N.jpg"
      width="200" height="132" alt=""></a><div class="photo-cap">Tulips in full bloom</div></div>
      <p>The tulip festival runs until the twentieth, and crowds have come to see the colours.</p>{}</div>"""
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(20))
    assert [(i.role, i.caption) for i in _read(body.format(story)).images] == [("content", "Tulips in full bloom")]


def test_a_picture_linked_to_the_story_itself_its_caption_and_credit_in_one_credit_element() -> None:
    """The headline links to the story's own address (the head names none), and so does the lead picture: no teaser.
    Its caption and its "© AFP/ Name" share one element named for the credit."""
    body = """<div id="article"><h1 class="bigtitle"><a href="/world/20110410/163458489.html">Japanese rally against
      nuclear power</a></h1><div class="box"><a href="/world/20110410/163458489.html"><img width="600" height="340"
      src="http://img.example.com/images/16345/86/163458607.jpg" alt="Japanese rally"></a><div class="copyright">
      <p>Japanese rally against nuclear power industry</p><span class="cr"><a href="http://www.imageforum2.afp.com">©
      AFP/ TOSHIFUMI KITAMURA</a></span></div></div><p>Thousands rallied in Tokyo on Sunday.</p></div>"""
    assert _seen(_read(body)) == [
        ("content", "Japanese rally against nuclear power industry", "AFP/ TOSHIFUMI KITAMURA", "afp")
    ]


def test_an_authors_picture_captioned_with_the_authors_biography_is_chrome() -> None:
    body = """<article><p>Story text about health care for freelancers.</p><div class="w427">
      <img src="https://img.example.com/2011/12/01/opinion/02fixes-freelancersunion-blog427.jpg" width="427">
      <span class="credit">Carolyn Silveira</span><span class="caption">Sara Horowitz addressed union members.</span>
      </div><div class="box"><img src="https://img.example.com/bornstein75/19borenstein75-thumbStandard.jpg">
      <p class="caption">David Bornstein is the author of “How to Change the World.”</p></div></article>"""
    roles = [(i.role, i.credit.raw if i.credit else None) for i in _read(body).images]
    assert roles == [("content", "Carolyn Silveira"), ("chrome", None)]


def test_the_credit_in_a_cell_of_the_pictures_table_named_for_it() -> None:
    body = """<article><table class="articleGraphic"><tr><td rowspan="3"></td><td class="articleGraphicCredit">Share
      Conference</td><td rowspan="3"></td></tr><tr><td class="articleGraphicImage"><img width="635" height="369"
      src="http://img.example.com/folha/ambiente/images/17029114.jpeg" alt="Aubrey de Grey"></td></tr><tr>
      <td class="articleGraphicCaption">The English biogerontologist Aubrey de Grey</td></tr></table>
      <p>Aubrey de Grey wants to cure ageing.</p></article>"""
    assert _seen(_read(body)) == [("content", "The English biogerontologist Aubrey de Grey", "Share Conference", None)]


def test_a_screen_readers_label_written_with_underscores_is_no_caption() -> None:
    body = """<article><div class="image_container"><img src="http://img.example.com/news/640/_91170734_baby.jpg"
      alt="Baby born on the ship" width="640"></div><div class="caption"><span class="screen_reader_text">Image caption
      </span>The baby's father told the BBC he was feeling very lucky</div><p>Story text.</p></article>"""
    assert _seen(_read(body)) == [("content", "The baby's father told the BBC he was feeling very lucky", None, None)]


def test_a_caption_and_a_credit_shown_by_css_from_their_elements_attributes() -> None:
    """'<figcaption data-caption="…"><span class="source_image" data-copyright="AFP/Name">': empty elements whose
    attributes a style sheet prints (Le Monde)."""
    body = """<article><figure class="illustration_haut"><img width="534" height="267" alt="Pedro Passos Coelho"
      src="https://img.example.com/image/2011/06/15/534x267/1536574_3_7ea3_pedro-passos.jpg"><figcaption
      class="legende" data-caption="The new prime minister, Pedro Passos Coelho, in Lisbon."><span
      class="source_image" data-copyright="AFP/FRANCISCO LEONG"></span></figcaption></figure><p>Story.</p></article>"""
    assert _seen(_read(body)) == [
        ("content", "The new prime minister, Pedro Passos Coelho, in Lisbon.", "AFP/FRANCISCO LEONG", "afp")
    ]


def test_a_gallerys_slides_captioned_in_a_sub_text_with_their_counters_in_brackets() -> None:
    slides = "".join(
        f'<li><img class="gg2_image" data-src="http://scr.example.com/1104/Firefox-Aurora/thumb480/SNAG-00{n}.jpg" '
        f'src="" alt="{title}"><div class="gg2_sub"><div class="gg2_subText">{title} [{n}/3]</div></div></li>'
        for n, title in enumerate(("Firefox Aurora", "Firefox Nightly", "Golem.de in Firefox"), 1)
    )
    story = "".join(_READER_PARAGRAPH.format(n) for n in range(20))
    body = f'<article>{story[:500]}<ul class="golemGallery2">{slides}</ul>{story}</article>'
    read = [(i.caption, i.observed.gallery_counter) for i in _read(body).images if i.role != "chrome"]
    assert read == [("Firefox Aurora", "1/3"), ("Firefox Nightly", "2/3"), ("Golem.de in Firefox", "3/3")]


def test_caption_printed_beside_a_figure_whose_credit_is_only_in_a_data_attribute() -> None:
    body = """<article><h1>How to make a terrarium</h1><div class="mod step"><div class="stepContent">
      <div class="content"><span class="headline2">Step 6</span><p>Pull down the moss with tweezers.</p></div>
      <figure class="stepThumb"><img src="https://img.example.com/cme/812d4649.jpg" alt="Rearrange moss."
        class="photo" data-credit="Lucy Akins"/></figure>
      <figcaption class="small caption"> Rearrange moss. (Lucy Akins) </figcaption></div></div>
      <p>Simply pull down the moss or insert more moss to fill in the empty spaces of the cloche.</p></article>"""
    assert _seen(_read(body)) == [("content", "Rearrange moss.", "Lucy Akins", None)]


def test_a_camera_icon_marks_the_credit_after_it() -> None:
    """A caption that marks its credit with a camera icon instead of a word ('<i class="fa fa-camera"></i>'): the
    text after the icon is the credit, named agency or not; after it, a gallery's "12 photos" is no credit."""

    def figure(caption: str) -> str:
        return f"""<article><p>Story text about the man with the golden voice.</p><figure class="img_full">
          <img src="https://cdn.example.com/p/ted-williams.jpg"><figcaption class="img-caption">{caption}</figcaption>
          </figure><p>More of the story.</p></article>"""

    icon = '<i class="fa fa-camera" aria-hidden="true"></i>'
    cases = {
        f'<span class="img-caption_txt">Ted Williams, the man.</span> {icon}Eric Wagner / Illumination Studio ': (
            "content",
            "Ted Williams, the man.",
            "Eric Wagner / Illumination Studio",
            None,
        ),
        f"Ted Williams holds a sign. {icon}Doral Chenoweth III / AP, file": (
            "content",
            "Ted Williams holds a sign.",
            "Doral Chenoweth III / AP, file",
            "ap",
        ),
        f"A gallery of the flood. {icon} 12 photos": ("content", "A gallery of the flood. 12 photos", None, None),
    }
    for caption, expected in cases.items():
        assert _seen(_read(figure(caption))) == [expected]


def test_a_caption_printed_after_the_photos_share_bar() -> None:
    """A share bar of icons (and a clearing <div>) between the lead photo (the og:image) and its caption: the
    caption is still the one beside the photo."""
    icons = "".join(
        f'<a href="https://{net}.com/share"><img src="https://www.example.com/assets/medsos/i-{net}.png" width="50"'
        f' height="50" alt="{net}"></a>'
        for net in ("facebook", "twitter")
    )
    body = f"""<div class="page-content"><h1>Minister urges a longer lockdown</h1><img
      src="https://cloud.example.com/photo/2021/07/09/minister-kamrussamad-93.jpg" width="600" height="375"><div class="top-medsos">{icons}</div>
      <div class="clear"></div><div class="caption">Minister Kamrussamad (ANTARA/Facebook/Kamrussamad)</div>
      <article><p>The minister asked the government to extend the lockdown until August.</p></article></div>"""
    head = '<meta charset="utf-8"><meta property="og:image" content="https://cloud.example.com/photo/2021/07/09/minister-kamrussamad-93.jpg">'
    seen = _seen(_read(body, head=head))
    assert [(caption, credit) for _, caption, credit, _ in seen] == [
        ("Minister Kamrussamad", "ANTARA/Facebook/Kamrussamad")
    ]


def test_a_caption_given_to_a_script_component_beside_the_photo() -> None:
    """A Vue component beside the photo draws its caption from a bound property (a JSON string), another of its
    properties naming the photo's file: that text is the caption, its credit split off as any caption's is."""
    body = """<article><h1>Man killed in Concordia</h1><p>Police said the man was attacked outside a house on Wednesday
      night, in the Imperial district.</p><div class="image"><div class="seo"><img
      src="https://radio.example.com/cms/storage/news/20230112062112_1.jpg" alt="Man killed"></div>
      <the-news-image :extras="[]" :imagem="&quot;https:\\/\\/radio.example.com\\/cms\\/storage\\/news\\/20230112062112_1.jpg&quot;"
      :nome="&quot;V\\u00edtima apresentava sete perfura\\u00e7\\u00f5es.\\/Foto: Divulga\\u00e7\\u00e3o\\/Bombeiros&quot;">
      </the-news-image></div><p>More of the story.</p></article>"""
    assert _seen(_read(body)) == [("content", "Vítima apresentava sete perfurações.", "Divulgação/Bombeiros", None)]
