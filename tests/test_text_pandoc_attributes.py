"""pandoc's Markdown writer keeps an <img>'s attributes after the picture ("![](photo.jpg){srcset=… sizes=…}") and
wraps them over lines; a lazy loader's picture comes with its <noscript> copy, each in its own fenced div; a
list of other stories' cards ("puffs") keeps each card's wrapped attributes under its list marker. Seen on
pandoc -t markdown of real pages (a TV station's WordPress, a tabloid's lazy images, Arc XP, a lightbox's
thumbnails). The attributes are no caption, the copy is no second photo, the cards are no article photos.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, audit, findings, images

SRCSET = ", ".join(f"https://news.example.com/uploads/2023/08/capitol.jpg?w={w} {w}w" for w in (160, 320, 640, 1280))


def test_a_pictures_attributes_wrapped_over_lines_are_no_caption(tmp_path: Path) -> None:
    text = "\n".join(
        [
            P1,
            "",
            "::: image-caption-container",
            f'![](https://news.example.com/uploads/2023/08/capitol.jpg?w=1920){{srcset="{SRCSET}"',
            'sizes="(max-width: 899px) 50vw, 740px" loading="eager"}',
            "",
            "Lawmakers gather on the steps of the state Capitol on Monday. (AP Photo/Eric Gay)",
            ":::",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert images(doc) == [
        (7, "Lawmakers gather on the steps of the state Capitol on Monday.", "AP Photo/Eric Gay", "ap", "content")
    ]


def test_a_lazy_picture_and_its_noscript_copy_in_two_fenced_divs_are_one_photo(tmp_path: Path) -> None:
    alt = "Chefs demand assurances that lower-standard meat will not be sold in British stores"
    photo = "https://i.example.co.uk/1s/2020/09/26/21/33660578-image-a-7_1601153176556.jpg"
    text = "\n".join(
        [
            P1,
            "",
            "::: image-wrap",
            f"![{alt}](data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7){{#i-189f4a",
            ".blkBorder .img-share",
            f'data-src="{photo}"',
            'height="751" width="634" style="max-width:100%"}',
            ":::",
            "",
            f"![{alt}]({photo}){{#i-189f4a",
            '.blkBorder .img-share height="751" width="634"}',
            ":::",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.location.line, i.src, i.role) for i in doc.images] == [(4, photo, "content")]  # type: ignore[union-attr]


def test_other_stories_cards_with_wrapped_attributes_under_their_list_markers_are_chrome(tmp_path: Path) -> None:
    card = [
        "-   ![](data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7)"
        '{{data-src="https://i.example.co.uk/1s/2020/11/05/0{n}/3528{n}-image-m-13.jpg"',
        '    height="115" width="154"}}',
        '    ![](https://i.example.co.uk/1s/2020/11/05/0{n}/3528{n}-image-m-13.jpg){{height="115"',
        '    width="154"}}',
        "    [ []{{.arrow-small-r}} **Singer {n} shows off her new look as she heads out",
        "    shopping in London with her mother**   ]{{.pufftext}}",
        "",
    ]
    lines = [P1, "", P2, ""]
    for n in (1, 2, 3):
        lines += [line.format(n=n) for line in card]
    doc = audit(tmp_path, "\n".join([*lines, P3, ""]))
    assert [i.src for i in doc.images if i.role != "chrome"] == []
    assert findings(doc, "CRD001") == set()


def test_a_lightbox_thumbnails_alt_text_closing_with_an_agency_after_a_bar(tmp_path: Path) -> None:
    thumb = "https://cdn.example.jp/wp-content/uploads/2020/02/n-mask-z-20200219"
    text = "\n".join(
        [
            P1,
            "",
            "::: attachments",
            "[![Commuters, many with masks, walk along a sidewalk Tuesday in Tokyo.",
            "\\|",
            f"AP]({thumb}-200x200.jpg)]({thumb}-scaled.jpg){{.fresco",
            'fresco-group="group" fresco-group-options="ui: \'inside\'"',
            'fresco-caption="Commuters, many with masks, walk along a sidewalk Tuesday in Tokyo.  | AP"}',
            ":::",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.credit.raw, i.credit.agency, i.role) for i in doc.images if i.credit] == [("AP", "ap", "content")]


def test_a_height_of_zero_beside_a_photos_width_is_left_to_the_layout(tmp_path: Path) -> None:
    """Arc XP writes its lead photo's height as 0 (the layout sets it): a photo, not a pixel; 0 by 0 is a pixel."""
    photo = "https://www.example.com/resizer/abc=/1600x0/public/LNQKCWO2SFHNLEVJV7AIVSBPWA.jpg"
    text = "\n".join(
        [
            P1,
            "",
            "![Donald Trump speaks during a campaign rally at Dordt College in Sioux",
            "Center, Iowa, on Jan. 23, 2016. (Evan Vucci /",
            f'AP)]({photo}){{lightbox="{photo}"',
            'width="800" height="0" loading="lazy"}',
            "",
            P2,
            "",
            '![](https://www.example.com/pixel.jpg){width="0" height="0"}',
            "",
            P3,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.src, i.credit.agency if i.credit else None, i.role) for i in doc.images] == [(photo, "ap", "content")]


def test_a_brace_inside_an_attributes_quoted_value_does_not_close_them(tmp_path: Path) -> None:
    """WordPress.com keeps the photo's metadata as JSON in an attribute ('image-meta="{\\"credit\\":…}"'); pandoc
    wraps the attributes over a dozen lines, the larger sizes' addresses among them: one photo, its credit below."""
    photo = "https://example.files.wordpress.com/2019/11/gettyimages-1186543739-1-e1574162440568.jpg"
    text = "\n".join(
        [
            P1,
            "",
            f"![]({photo}?w=493&h=271&crop=1){{.attachment-article",
            '.size-article .wp-post-image width="493" height="271"',
            f'srcset="{photo} 493w, {photo}?w=200&h=110&crop=1 200w"',
            'sizes="(max-width: 493px) 100vw, 493px" attachment-id="2690061"',
            f'orig-file="{photo}"',
            'orig-size="493,271" comments-opened="1"',
            'image-meta="{\\"aperture\\":\\"4\\",\\"credit\\":\\"Getty Images\\",\\"camera\\":\\"Canon EOS-1D X\\"}"',
            'image-title="Los Angeles Chargers v Oakland Raiders"',
            'image-description=""',
            f'medium-file="{photo}?w=320"',
            f'large-file="{photo}?w=493"}}',
            "",
            "::: thumbnail-credit",
            "Getty Images",
            ":::",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.src, i.credit.raw if i.credit else None) for i in doc.images] == [
        (f"{photo}?w=493&h=271&crop=1", "Getty Images")
    ]
