"""The scraped-text reader on the layouts of other extractors than news-please: text browsers and converters that
put a blank line between every block (inscriptis, html2text, w3m, lynx), print one image several times, label
credits "Credit...", name video sources where credits stand, and turn every <img> into a Markdown reference.

Each input is shaped like the extractor's output of a real page (text shortened, names kept where they are the
credit); the expected images are exact: (line, caption, credit, agency, role), then the findings that matter.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.audit import audit_paths
from checker.model import ArticleAudit

Image = tuple[int, str | None, str | None, str | None, str]

# Body paragraphs: a spaced page is recognised by its paragraphs, each followed by a blank line.
P1 = "Officials said on Monday that the measures would be eased in stages over the coming weeks, starting with schools."
P2 = "Shops and restaurants will follow later in the month if the number of new cases keeps falling, the minister said."
P3 = "The drone footage comes from an island off the Bronx, used for more than 150 years as a burial site for the city."
P4 = (
    "Police said the man had been taken to hospital and was expected to be charged later in the week, a spokesman said."
)


def audit(tmp_path: Path, text: str) -> ArticleAudit:
    path = tmp_path / "scrape.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = audit_paths([str(path)]).documents
    return doc


def images(doc: ArticleAudit) -> list[Image]:
    return [
        (
            i.location.line,  # type: ignore[union-attr]
            i.caption,
            i.credit.raw if i.credit else None,
            i.credit.agency if i.credit else None,
            i.role,
        )
        for i in doc.images
    ]


def findings(doc: ArticleAudit, *rules: str) -> set[tuple[int | None, str, str]]:
    return {(f.image, f.rule, f.severity) for f in doc.findings if f.rule in rules}


def spaced(*blocks: str, indent: str = "") -> str:
    """Blocks as inscriptis or html2text print them: one blank line after each."""
    return "".join(f"{indent}{line}\n" if line else "\n" for block in blocks for line in (*block.split("\n"), ""))


SPACED: list[tuple[str, str, list[Image]]] = [
    (
        "gallery: caption, blank line, the credit alone (bare agency names too) on a page that spaces its blocks",
        spaced(
            P1,
            P2,
            "Commuters sit in a coach at the metro station in Milan",
            "AFP via Getty Images",
            "People walk on a street of the island of Formentera",
            "Reuters",
            "Workers at a hair salon work on customers in Athens",
            "AP",
            P3,
            P4,
            indent="                  ",
        ),
        [
            (7, "Commuters sit in a coach at the metro station in Milan", "AFP via Getty Images", "getty", "content"),
            (11, "People walk on a street of the island of Formentera", "Reuters", "reuters", "content"),
            (15, "Workers at a hair salon work on customers in Athens", "AP", "ap", "content"),
        ],
    ),
    (
        "BBC labels on lines of their own, a blank line between them",
        spaced(P1, P2, "Image copyright Reuters", "Image caption About 40 bodies were buried on Thursday", P3, P4),
        [(5, "About 40 bodies were buried on Thursday", "Reuters", "reuters", "content")],
    ),
    (
        "NPR printed three times: caption and credit, toggle and credit, caption and credit again -> one image",
        spaced(
            P1,
            "  Enlarge this image",
            "    Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015. "
            "Chuck Burton/AP hide caption",
            "  toggle caption\nChuck Burton/AP",
            "  Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015.",
            "  Chuck Burton/AP",
            P2,
            P3,
        ),
        [
            (
                12,
                "Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015.",
                "Chuck Burton/AP",
                "ap",
                "content",
            )
        ],
    ),
    (
        "'Credit...' label with an ellipsis",
        spaced(
            P1,
            P2,
            "Firefighters at the scene of the explosion on Saturday.\nCredit... Craig Ruttle/Associated Press",
            P3,
        ),
        [
            (
                6,
                "Firefighters at the scene of the explosion on Saturday.",
                "Craig Ruttle/Associated Press",
                "ap",
                "content",
            )
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), SPACED, ids=[s[0][:50] for s in SPACED])
def test_spaced_layouts(tmp_path: Path, name: str, text: str, expected: list[Image]) -> None:
    assert images(audit(tmp_path, text)) == expected


def test_one_image_printed_three_times_carries_its_repeats(tmp_path: Path) -> None:
    doc = audit(tmp_path, SPACED[2][1])
    (image,) = doc.images
    assert image.alt == "Dylann Roof is escorted from the police department in Shelby, N.C., on June 18, 2015."
    assert list(image.evidence.lines or ()) == [3, 12]
    assert "printed-again" in image.evidence.signals


DECOYS = [
    # a lone agency name under a teaser, on a spaced page that shows no such credit layout anywhere else
    spaced(
        P1,
        P2,
        "Clearwire Corp. on Wednesday said it has promoted its chief operating officer … Full Story »",
        "AP",
        "Play Video",
        P3,
        P4,
    ),
    # video sources where a credit would stand, text-source notes
    f"{P1}\nReuters Videos\nAssociated Press Videos\nCon información de AFP, EFE y Reuters\nWith reporting from AP\n{P2}\n",
    # footers and navigation: owner notices, a year at the end, "Credit Card Payments"
    "  * Credit Card Payments\n  * Digital Edition\n© Telegraph Media Group Limited 2022\n\n© THE INTERCEPT\n\n"
    "Todos Los Derechos Reservados © 2021 Infobae\n        © by WhatsBroadcast\n",
    # html2text: teaser list items with images and headlines sharing their first words: no gallery
    "".join(
        f"  * [ ![](data:image/gif;base64,R0lGOD) ![](https://example.com/{n}.jpg) **Seven bedroom house {t}**   ](/n/{n})\n"
        for n, t in enumerate(
            ("sells below its asking price", "in Leeds sells for half", "left empty is sold at auction")
        )
    ),
]


@pytest.mark.parametrize(
    "text", DECOYS, ids=["lone-agency-under-teaser", "video-and-text-sources", "footers", "teasers"]
)
def test_decoy_is_no_image(tmp_path: Path, text: str) -> None:
    assert [image for image in images(audit(tmp_path, text)) if image[4] != "chrome"] == []


def test_markdown_references_by_where_they_stand(tmp_path: Path) -> None:
    """html2text prints every <img> as ![alt](src). With no caption and no credit, a reference between two
    paragraphs of the article with an alt text is an article image shown without credit (an error a licensing
    editor acts on); one outside the paragraphs (masthead, promo, footer) is page furniture."""
    doc = audit(
        tmp_path,
        spaced(
            "[![Logo](https://example.com/logo.png)](https://example.com/)",
            "![](https://example.com/promo.jpg)",
            "* [Home](https://example.com/)\n* [World](https://example.com/world)",
            P1,
            "![Damage to a seafront cafe after the storm](https://example.com/cafe.jpg)",
            P2,
            "![](https://example.com/inline.jpg)",
            P3,
            "Related stories",
            "![Storm clouds over the pier](https://example.com/teaser.jpg)",
        ),
    )
    assert [(i.location.line, i.src, i.role) for i in doc.images] == [  # type: ignore[union-attr]
        (1, "https://example.com/logo.png", "chrome"),  # a picture linked to another page
        (3, "https://example.com/promo.jpg", "chrome"),
        (10, "https://example.com/cafe.jpg", "content"),
        (14, "https://example.com/inline.jpg", "unsure"),
        (20, "https://example.com/teaser.jpg", "chrome"),
    ]
    assert findings(doc, "CRD001") == {(2, "CRD001", "error"), (3, "CRD001", "warning")}


def test_markdown_conversions_of_a_page(tmp_path: Path) -> None:
    """html2text and trafilatura Markdown: links and emphasis around a caption and its controls, a spacer GIF
    then the photo under one alt text, a credit written into the alt text, the lead image above the headline,
    and teaser cards as list items (an image beside a link) that are no article image."""
    doc = audit(
        tmp_path,
        spaced(
            "![Firmenschild des Konzerns | Bildquelle: dpa](/bilder/firmenschild-157.jpg)",
            "# Daten des Konzerns gehackt",
            P1,
            "![Fitness guru Joe Wicks has called on the Prime Minister to act](data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP)\n"
            "![Fitness guru Joe Wicks has called on the Prime Minister to act](https://example.com/wicks.jpg)",
            "Fitness guru Joe Wicks has called on the Prime Minister to act",
            P2,
            "[Enlarge this image](https://media.example.org/roof-s1200.jpg)",
            "Dylann Roof is escorted from the police department on June 18, 2015. **Chuck Burton/AP** "
            "****hide caption****",
            "****toggle caption****",
            "Chuck Burton/AP",
            P3,
            "### Top 5",
            "- ![Autos an der Grenze | Bildquelle: AFP](/bilder/grenze-415.jpg) Grenzkontrollen werden verlängert\n"
            "- ![Bolsonaro | Bildquelle: REUTERS](/bilder/bolsonaro-101.jpg) Liveblog: Bolsonaro blockiert Hilfspaket",
            P4,
        ),
    )
    assert images(doc) == [
        (1, None, "dpa", "dpa", "content"),
        (10, "Fitness guru Joe Wicks has called on the Prime Minister to act", None, None, "content"),
        (
            20,
            "Dylann Roof is escorted from the police department on June 18, 2015.",
            "Chuck Burton/AP",
            "ap",
            "content",
        ),
    ]
    assert doc.images[1].src == "https://example.com/wicks.jpg"
    assert findings(doc, "CRD001") == {(1, "CRD001", "error")}


def _wrapped(text: str, width: int = 72) -> str:
    """The text as lynx -dump or w3m -dump print it: every paragraph wrapped at the width."""
    import textwrap

    return "".join(
        (textwrap.fill(line, width, initial_indent="   ", subsequent_indent="   ") if line else "") + "\n"
        for line in text.split("\n")
    )


def test_text_browser_wrapping_is_undone(tmp_path: Path) -> None:
    """A caption wrapped over two lines, its credit on the second: read as one line, at the first."""
    body = "\n\n".join([P1, P2, P3, P4, P1, P2])
    caption = (
        "Palestinians flee to the southern Gaza Strip on Salah al-Din Street in Bureij, Gaza Strip, on "
        "Wednesday, November 8, 2023. (AP Photo/Hatem Moussa)"
    )
    doc = audit(tmp_path, _wrapped(f"{body}\n\n{caption}\n\n{body}"))
    assert images(doc) == [
        (
            19,
            "Palestinians flee to the southern Gaza Strip on Salah al-Din Street in Bureij, Gaza Strip, on "
            "Wednesday, November 8, 2023.",
            "AP Photo/Hatem Moussa",
            "ap",
            "content",
        )
    ]


def test_alt_line_then_caption_with_a_glued_credit_label(tmp_path: Path) -> None:
    """lynx prints the alt text, then the caption with "Credit..." glued to it (NYT): one image."""
    doc = audit(
        tmp_path,
        f"{P1}\n\n"
        "   Ahmad Khan Rahami on a street in Linden, N.J., after he was shot by police officers on Monday.\n"
        "   Ahmad Khan Rahami on a street in Linden, N.J., after he was shot by police officers on Monday."
        "Credit...Ed Murray/NJ Advance Media for NJ.com\n\n"
        f"{P2}\n",
    )
    assert images(doc) == [
        (
            4,
            "Ahmad Khan Rahami on a street in Linden, N.J., after he was shot by police officers on Monday.",
            "Ed Murray/NJ Advance Media for NJ.com",
            None,
            "content",
        )
    ]


def test_credited_list_items_are_teasers(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        f"{P1}\n\nTop 5\n\n"
        "• Donald Trump 2018 in Davos | Bildquelle: dpa\n"
        "• Videokonferenz mit Kanzlerin Merkel beim Petersberger Klimadialog | Bildquelle: AFP\n"
        "  * Bolsonaro blockiert Hilfspaket (Photo: Reuters)\n\n"
        f"{P2}\n",
    )
    assert images(doc) == []


def test_labels_say_what_follows_across_blank_lines(tmp_path: Path) -> None:
    """BeautifulSoup get_text("\\n") on a BBC page: each label, the credit and the caption apart, several blank
    lines between them, on a page whose paragraphs are not spaced alike: one image."""
    doc = audit(
        tmp_path,
        f"{P1}\n{P2}\n\n\nImage copyright\n\n\nReuters\n\n\n\n\n\n\nImage caption\n\n\n\n"
        f"                    About 40 bodies were buried on Thursday\n                \n\n\n{P3}\n{P4}\n",
    )
    assert images(doc) == [(8, "About 40 bodies were buried on Thursday", "Reuters", "reuters", "content")]


def test_a_reader_that_numbers_images_into_their_alt_texts(tmp_path: Path) -> None:
    """Markdown from a reader that writes "Image N:" into each alt text ("Image 2" where the page wrote none),
    under its own header lines: the number is no alt text, an empty alt is still missing, and the header is no
    caption."""
    doc = audit(
        tmp_path,
        spaced(
            "Title: Flood waters rise across the valley",
            "URL Source: https://example.com/news/2024/flood",
            "Markdown Content:\nFlood waters rise across the valley\n===============",
            "![Image 1: Residents wade through a flooded street.](https://cdn.example.com/flood1.jpg)",
            "Residents wade through a flooded street. (AP Photo/Jane Doe)",
            P1,
            "![Image 2](https://cdn.example.com/flood2.jpg)",
            "A rescue boat on the river. Photo: John Smith/Reuters",
            P2,
        ),
    )
    assert images(doc) == [
        (11, "Residents wade through a flooded street.", "AP Photo/Jane Doe", "ap", "content"),
        (17, "A rescue boat on the river.", "John Smith/Reuters", "reuters", "content"),
    ]
    assert [image.alt for image in doc.images] == ["Residents wade through a flooded street.", None]
    assert findings(doc, "CAP002", "A11Y001") == {(0, "CAP002", "warning"), (1, "A11Y001", "warning")}


def test_a_credit_in_a_markdown_image_title_is_read_as_one_in_the_alt_text(tmp_path: Path) -> None:
    """html2text keeps an <img title>: ![alt](src "Photo: ..."). As in HTML, a credit in the title is the image's
    credit (seen in an attribute); a title that only repeats the alt text is no caption."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '![A fallen tree blocks a road](https://cdn.example.com/tree.jpg "Photo: Jane Doe/AFP via Getty Images")',
            P2,
            '![Waves break over the sea wall](https://cdn.example.com/waves.jpg "Waves break over the sea wall")',
            P3,
        ),
    )
    assert images(doc) == [
        (3, None, "Jane Doe/AFP via Getty Images", "getty", "content"),
        (7, None, None, None, "content"),
    ]
    assert doc.images[0].credit is not None and doc.images[0].credit.seen == "alt"
    assert findings(doc, "CRD001") == {(1, "CRD001", "error")}


def test_raw_html_left_by_a_converter_is_read_as_its_images_and_text(tmp_path: Path) -> None:
    """A WordPress export keeps the caption shortcode; a Markdown converter passes a <figure> through as it is;
    a lone <img> line is an image, not a blank; a line of layout tags is nothing; "<3" is text."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '[caption id="attachment_4512" align="aligncenter" width="620"]<img class="wp-image-4512" '
            'src="https://example.com/uploads/tree.jpg" alt="Fallen tree" width="620" height="413" /> '
            "A fallen tree blocks a road in the harbour town. (AP Photo/Jane Doe)[/caption]",
            P2,
            '<figure class="wp-block-image"><img src="data:image/gif;base64,R0lGOD" data-src="/uploads/waves.jpg" '
            'alt="Waves"/><figcaption>Waves break over the sea wall &amp; the pier. '
            '<span class="credit">Photo: John Smith/Reuters</span></figcaption></figure>',
            P3,
            '<div class="entry-content">',
            '<img src="/uploads/harbour.jpg" alt="The harbour at dawn">',
            P4 + " <3",
        ),
    )
    assert images(doc) == [
        (3, "A fallen tree blocks a road in the harbour town.", "AP Photo/Jane Doe", "ap", "content"),
        (7, "Waves break over the sea wall & the pier.", "John Smith/Reuters", "reuters", "content"),
        (13, None, None, None, "content"),
    ]
    assert [image.src for image in doc.images] == [
        "https://example.com/uploads/tree.jpg",
        "/uploads/waves.jpg",
        "/uploads/harbour.jpg",
    ]
    assert [image.alt for image in doc.images] == ["Fallen tree", "Waves", "The harbour at dawn"]


def test_html_to_text_pictures_in_brackets(tmp_path: Path) -> None:
    """html-to-text writes an <img> as "alt [address]", the alt wrapped onto the lines above: one image whose alt
    is those lines, captioned below; a picture that a headline and a link to another page follow is a teaser card;
    AsciiDoc's image macro is an image; a portrait captioned with its writer's biography is the author's."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "President-elect Donald Trump arrives at a rally in\nFayetteville, N.C. (Photo by Andrew Harnik/AP)\n"
            "[http://www.example.com/files/styles/ratio-512/public/trump.jpeg-99fbe.jpg?itok=xujHqVPa]\n"
            "President-elect Donald Trump arrives at a rally in Fayetteville, N.C.\nPhoto by Andrew Harnik/AP",
            P2,
            " * Markets [http://money.example.com/markets/]\n   construction worker\n"
            "   [http://i2.cdn.example.com/money/dam/assets/150715122554-construction-worker-336x188.jpg]\n"
            "   U.S. economy grew at a strong 3.2% in last 3 months\n"
            "   [http://money.example.com/2016/11/29/news/economy/us-economy-gdp/index.html]",
            P3,
            "image:http://img.example.com/quill/6a4e40e4.jpg[Passengers Chris Pratt Jennifer Lawrence]",
            P4,
            "[http://www.example.com/wp-content/uploads/2014/07/james-wood.jpg]\n"
            "James Wood has been a staff writer and book critic at The New Yorker since 2007.",
        ),
    )
    bio = "James Wood has been a staff writer and book critic at The New Yorker since 2007."
    assert images(doc) == [  # the teaser card is no image at all
        (
            7,
            "President-elect Donald Trump arrives at a rally in Fayetteville, N.C.",
            "Andrew Harnik/AP",
            "ap",
            "content",
        ),
        (19, None, None, None, "unsure"),
        (24, bio, None, None, "chrome"),
    ]
    alt = "President-elect Donald Trump arrives at a rally in Fayetteville, N.C. (Photo by Andrew Harnik/AP)"
    assert doc.images[0].alt == alt
    assert doc.images[1].alt == "Passengers Chris Pratt Jennifer Lawrence"


def test_org_mode_pictures_and_pictures_linked_to_their_own_file(tmp_path: Path) -> None:
    """pandoc's Org output: "#+caption:" over "[[photo.jpg]]" (a lazy loader's placeholder link beside the photo
    left out), links read as their text; Markdown "[![alt](photo.jpg%20750w,%20...)](photo.jpg)": a picture
    linked to its own file, its address the first of the srcset list written into it."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "#+caption: Nicht labern, ranklotzen! Foto: Timur | [[https://www.flickr.com/photos/t/1/][flickr]]| CC BY 2.0\n"
            "[[/system/files/styles/inline/private/bilder/rasenmaeher.jpg?itok=Nq1tnuRg]]",
            P2,
            "[[//www.example.com/plugins/a3-lazy-load/assets/images/lazy_placeholder.gif]]"
            "[[https://www.example.com/wp-content/uploads/2019/06/Royal-Salute-Polo-Match.jpg]]",
            P3,
            "[![True cost of Education](https://cdn.example.com/uploads/2014/03/Screenshot-13.56.49.jpg%20750w,%20"
            "https://cdn.example.com/uploads/2014/03/Screenshot-13.56.49-300x163.jpg%20300w)]"
            "(https://cdn.example.com/uploads/2014/03/Screenshot-13.56.49.jpg)",
            P4,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "/system/files/styles/inline/private/bilder/rasenmaeher.jpg?itok=Nq1tnuRg",
            "Nicht labern, ranklotzen!",
            "Timur | flickr| CC BY 2.0",
            "content",
        ),
        ("https://www.example.com/wp-content/uploads/2019/06/Royal-Salute-Polo-Match.jpg", None, None, "unsure"),
        ("https://cdn.example.com/uploads/2014/03/Screenshot-13.56.49.jpg", None, None, "content"),
    ]


def test_a_score_out_of_five_over_a_paragraph_raises_no_error(tmp_path: Path) -> None:
    """A review's scores ("3/5", "4/5") alone on their lines, each over a paragraph, under a picture: scores as
    often as a gallery's counters, so the paragraph under one is no caption an error could be raised on."""
    lead = "![Passengers Chris Pratt Jennifer Lawrence](http://img.example.com/quill/6a4e40e4.jpg)"
    scores = [(f"{name} Score", f"{n}/5", text) for name, n, text in (("Depth", 3, P1), ("Brightness", 2, P2))]
    doc = audit(tmp_path, spaced(lead, P4, *(line for score in scores for line in score), "Health Score", "4/5", P3))
    assert [i.role for i in doc.images] == ["unsure"]  # the picture, with nothing said about it
    assert [f for f in doc.findings if f.severity == "error"] == []


def test_wrapped_text_whose_addresses_run_past_the_width(tmp_path: Path) -> None:
    """html-to-text wraps at 80 columns, but a picture's address stands alone on a longer line: the width is
    learned from the lines that could wrap, so a caption wrapped over two lines is read whole, with its credit."""
    import textwrap

    body = "\n\n".join(textwrap.fill(p, 78) for p in (P1 + " " + P2, P3 + " " + P4, P2 + " " + P1, P4 + " " + P3))
    picture = (
        "President-elect Donald Trump arrives at a rally at the Crown Coliseum in\n"
        "Fayetteville, N.C., Dec. 6, 2016. (Photo by Andrew Harnik/AP)\n"
        "[http://www.example.com/sites/msnbc/files/styles/ratio--3-2--512x342/public/trump.jpeg-99fbe.jpg?itok=xujHq]\n"
        "President-elect Donald Trump arrives at a rally at the Crown Coliseum in\n"
        "Fayetteville, N.C., Dec. 6, 2016.\n"
        "Photo by Andrew Harnik/AP"
    )
    doc = audit(tmp_path, f"{body}\n\n{picture}\n\n{body}\n")
    caption = (
        "President-elect Donald Trump arrives at a rally at the Crown Coliseum in Fayetteville, N.C., Dec. 6, 2016."
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (caption, "Andrew Harnik/AP", "content")
    ]


def test_a_roll_of_photo_credits_at_the_end_is_one_image_per_credit(tmp_path: Path) -> None:
    """ "Photos by A (Shutterstock), B, C." under the story: the extractor dropped the pictures, the roll names
    each one's credit. One unsure image per credit (its picture is not in the text), so a licensing audit still
    sees the agency; "Photos by the author and her family" is no roll."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            P2,
            "Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, davidd, 401(K) 2012.",
            "Photos by the author, her sister and their friends.",
        ),
    )
    assert images(doc) == [
        (5, None, "cmgirl (Shutterstock)", "shutterstock", "unsure"),
        (5, None, "Macrovector (Shutterstock)", "shutterstock", "unsure"),
        (5, None, "J E Theriot", None, "unsure"),
        (5, None, "davidd", None, "unsure"),
        (5, None, "401(K) 2012", None, "unsure"),
    ]
    assert [f for f in doc.findings if f.severity == "error"] == []


def test_a_linked_thumbnail_is_no_bare_image_path(tmp_path: Path) -> None:
    """ "[![](placecard-85x85.png?x70120)](https://site/other-story)": a linked card's thumbnail, whose line ends
    in a query, is not read as a bare image path (the link's address is no picture's)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "## Related articles",
            "[![](http://www.example.co.uk/wp-content/themes/p/images/placecard-85x85.png?x70120)]"
            "(http://www.example.co.uk/magazine/thenewmysteriesofclass)",
            "[The new mysteries of class](http://www.example.co.uk/magazine/thenewmysteriesofclass)",
            P2,
        ),
    )
    assert [i.src for i in doc.images if i.role != "chrome"] == []


def test_an_alt_text_printed_in_brackets_with_its_notice(tmp_path: Path) -> None:
    """A text browser prints an <img> as its alt text in brackets; an alt text that ends in "© Name
    Organisation" is the picture's caption and credit."""
    doc = audit(
        tmp_path,
        "\n".join(
            (P1, "[Etudiants dans les couloirs de l'Ecole Normale Supérieure © Daniel Nicolaevsky Université PSL]", P2)
        )
        + "\n",
    )
    assert images(doc) == [
        (
            2,
            "Etudiants dans les couloirs de l'Ecole Normale Supérieure",
            "Daniel Nicolaevsky Université PSL",
            None,
            "content",
        )
    ]


def test_a_reporters_box_is_no_photo_of_the_story(tmp_path: Path) -> None:
    """A portrait whose alt text is a name, the name again and an e-mail address under it: the reporter's box."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            P2,
            "![Shahien Nasiripour](http://s.example.com/contributors/shahien-nasiripour/headshot.jpg)",
            "Shahien Nasiripour",
            "shahien@example.com | Reporting",
        ),
    )
    assert [(i.role, i.evidence.role_reason) for i in doc.images] == [
        ("chrome", "an author's portrait: a name, then an e-mail address under it")
    ]


def test_mediawiki_and_reference_style_pictures(tmp_path: Path) -> None:
    """pandoc -t mediawiki writes "[[File:address|options|Caption]]"; html2text --reference-links writes "![][58]"
    with "[58]: address" defined at the end. Both are pictures, the second captioned below."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "[[File:http://cdn.example.com/assets/4672103/campfire_narrow.gif|class=photo|Campfire at night]]",
            P2,
            "![][58]",
            "Sala de espera de un ambulatorio madrileño. / GORKA LEJARCEGI",
            P3,
            "   [58]: http://ep00.example.com/imagenes/2012/10/28/noticia_normal.jpg",
        ),
    )
    assert [(i.src, i.alt, i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        ("http://cdn.example.com/assets/4672103/campfire_narrow.gif", "Campfire at night", None, None),
        (
            "http://ep00.example.com/imagenes/2012/10/28/noticia_normal.jpg",
            None,
            "Sala de espera de un ambulatorio madrileño.",
            "GORKA LEJARCEGI",
        ),
    ]


def test_gallery_slides_after_their_controls_with_alt_lines_and_name_agency_credits(tmp_path: Path) -> None:
    """A text browser's gallery: a "Fullscreen" control after each slide, the slide's alt text on one line and its
    caption (the same words) with the credit glued on after two spaces (which the reader collapses) on the next;
    the wrapped caption line never takes the control in. Each slide is one image with its credit, and no alt line
    is an image of its own."""
    text = (
        "   GALLERY: THURSDAY AT THE OPEN\n\n"
        "   Matthew Fitzpatrick of England plays out of the rough on the 10th hole\n"
        "   Matthew Fitzpatrick of England plays out of the rough on the 10th hole  Matt Dunham AP\n"
        "   Fullscreen\n"
        "   Tiger Woods reacts on the 5th green during the first round of the 2013 Open Championship at Muirfield Golf\n"
        "   Club.\n"
        "   Tiger Woods reacts on the 5th green during the first round of the 2013 Open Championship at Muirfield Golf\n"
        "   Club.  Paul Cunningham USA TODAY Sports\n"
        "   Fullscreen\n"
        "   Justin Rose of England applies sunscreen during his opening round of the British Open at Muirfield Golf.\n"
        "   Justin Rose of England applies sunscreen during his opening round of the British Open at Muirfield Golf.\n"
        "   Jon Super AP\n"
        "   Fullscreen\n"
    )
    body = textwrap.fill(f"{P1} {P2} {P3} {P4}", 107, initial_indent="   ", subsequent_indent="   ") + "\n\n"
    doc = audit(tmp_path, body * 3 + text + "\n" + body)
    assert [
        (i.caption, i.credit.raw if i.credit else None, i.credit.agency if i.credit else None) for i in doc.images
    ] == [
        ("Matthew Fitzpatrick of England plays out of the rough on the 10th hole", "Matt Dunham AP", "ap"),
        (
            "Tiger Woods reacts on the 5th green during the first round of the 2013 Open Championship at Muirfield "
            "Golf Club.",
            "Paul Cunningham USA TODAY Sports",
            "imagn",
        ),
        (
            "Justin Rose of England applies sunscreen during his opening round of the British Open at Muirfield Golf.",
            "Jon Super AP",
            "ap",
        ),
    ]
    assert not findings(doc, "CRD001")


def test_a_caption_that_starts_with_by_is_no_byline(tmp_path: Path) -> None:
    """ "By virtue of winning the pole, ..." starts with "By" and a small letter: a caption. "Von: det/dpa" (a
    label's colon) and "By Jane Doe" stay bylines."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            P2,
            "By virtue of winning the pole, Danica Patrick got to pick the first pit stall. Douglas Jones, USA TODAY Sports",
            P3,
            "Von: det/dpa",
            P4,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        (
            "By virtue of winning the pole, Danica Patrick got to pick the first pit stall.",
            "Douglas Jones, USA TODAY Sports",
        )
    ]


def test_textile_pictures_and_teaser_cards_of_linked_pictures(tmp_path: Path) -> None:
    """pandoc -t textile writes a picture as "!address(alt)!", linked as '"!address!":link'. A slideshow's picture
    linked to "#next" is the article's; a picture linked to another page with its credit under it is a teaser card
    (chrome), whatever caption stands around it."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '<li>"!http://ww1.example.com/photos/4913720/7/628x471.jpg(Pablo Sandoval hits a double in the first.)!":#next',
            "Pablo Sandoval hits a double in the first. Photo: Jeff Chiu, Associated Press",
            P2,
            '"!http://ww1.example.com/photos/4931736/3/blockstates2.jpg!":/news/us/article/Motor-City-4673011.php\n'
            "J.D. Pooley, Getty Images\n"
            'h4(#motor-city). "Motor City a financial wreck":/news/us/article/Motor-City-4673011.php',
            P3,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "http://ww1.example.com/photos/4913720/7/628x471.jpg",
            "Pablo Sandoval hits a double in the first.",
            "Jeff Chiu, Associated Press",
            "content",
        ),
        ("http://ww1.example.com/photos/4931736/3/blockstates2.jpg", None, "J.D. Pooley, Getty Images", "chrome"),
    ]


def test_bylines_with_time_stamps_wire_bylines_and_wire_footers_are_no_images(tmp_path: Path) -> None:
    """A byline and its time stamp, a news agency's name over a paragraph that opens with a dateline, and a wire
    story's closing copyright line name who wrote the story, not who shot a photo."""
    doc = audit(
        tmp_path,
        spaced(
            "# The Danica Rule? Not so fast, NASCAR says",
            "Jeff Gluck, USA TODAY Sports 4:52 p.m. EDT May 15, 2013",
            P1,
            "Associated Press\nBALTIMORE — Kentucky Derby winner Orb and Departing played together as foals in Kentucky.",
            P2,
            "—Copyright 2013 Associated Press",
            P3,
        ),
    )
    assert doc.images == []


def test_controls_are_not_read_into_prose(tmp_path: Path) -> None:
    """ "Show Captions" is a gallery control of its own (not "Show Caption" and an "s"), and "Zoom in on this
    story" is a sentence: neither makes an image."""
    doc = audit(
        tmp_path, spaced(P1, "Autoplay\nShow Thumbnails\nShow Captions", P2, "Zoom in on this story. Explore all.", P3)
    )
    assert doc.images == []


def test_raw_html_pictures_that_navigate_away_and_busy_indicators_are_no_article_images(tmp_path: Path) -> None:
    """A converter's raw <img> whose onclick takes the reader to another page is that page's teaser; a throbber
    or "loading" graphic is furniture."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '<img src="http://ww3.example.com/photos/4766558/3/nav_img_preview.jpg" onclick="javascript: '
            'window.location = \'/news/politics/article/Ron-Paul-TV-channel-4673575.php\';" alt="Paul getting his own TV channel">\n'
            "Paul getting his own TV channel",
            P2,
            "![](http://contribute.example.com/ver1.0/Content/ua/images/throbber.gif)",
            P3,
        ),
    )
    assert [(i.role, i.evidence.role_reason) for i in doc.images] == [
        ("chrome", "a picture linked to another page: a teaser card"),
        ("chrome", "furniture: image file 'http://contribute.example.com/ver1.0/Content/ua/images/throbber.gif'"),
    ]


def test_jira_haddock_and_grid_table_pictures_and_teaser_bylines(tmp_path: Path) -> None:
    """pandoc's Jira writer ("!address|attributes!", "[text|address]", "h3. ", "{anchor:…}": a tracking pixel's
    "width=1, height=1" is no picture, a lazy loader's data-src is the photo), its Haddock writer ("<<address
    alt>>" in a grid table, a caption with JSON-style escapes), and a list of linked headlines with their
    bylines (no images: teasers)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "{anchor:content}!http://analytics.example.com/v2/image.svc/TheWashingtonPost/E/prod/|width=1, height=1!",
            "h3. {anchor:colo}[Colo. couple files discrimination complaint|/national/colo-couple.html]\nAssociated Press ",
            P2,
            "+------------------------------------------------------------------+\n"
            "| <<http://www.example.com/img-51e86fa3/turbine/wetsuit-001/600 Will wetsuits protect you?>> |\n"
            '| The wetsuits are billed as \\"significantly\\" reducing the risk of attack (AFP\\/Getty Images) |\n'
            "+------------------------------------------------------------------+",
            P3,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "http://www.example.com/img-51e86fa3/turbine/wetsuit-001/600",
            'The wetsuits are billed as "significantly" reducing the risk of attack',
            "AFP/Getty Images",
            "content",
        ),
    ]


def test_jira_picture_in_a_pop_up_link_with_its_credit_heading_above_the_caption(tmp_path: Path) -> None:
    """Jira's picture inside a script's pop-up link ("[ !address|…! |javascript:pop_me_up2(…)]") is a picture, the
    link's text alone; the credit under it, a photographer and their paper in a level-6 heading ("h6. Stephen
    Crowley/The New York Times"), then the caption. A navigation line ending in one unlabelled word after a slash
    ("Edition: U.S. / Global") is no picture: an abbreviation's stop before the slash ends no caption."""
    doc = audit(
        tmp_path,
        spaced(
            "{anchor:editionToggle}Edition: {anchor:us}[U.S.|http://www.example.com] / {anchor:gl}[Global|http://global.example.com]",
            P1,
            "[Enlarge This Image|javascript:pop_me_up2('http://www.example.com/imagepages/19prexy.html','19prexy')]",
            "[ !http://graphics8.example.com/images/19prexy-articleInline.jpg|itemprop=url, width=190, height=127! "
            "|javascript:pop_me_up2('http://www.example.com/imagepages/19prexy.html','19prexy')]",
            "h6. {anchor:credit}Stephen Crowley/The New York Times\n"
            "President Obama with President Vladimir V. Putin of Russia last year at a Group of 20 nations gathering.",
            P2,
            P3,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "http://graphics8.example.com/images/19prexy-articleInline.jpg",
            "President Obama with President Vladimir V. Putin of Russia last year at a Group of 20 nations gathering.",
            "Stephen Crowley/The New York Times",
            "content",
        ),
    ]


def test_textile_picture_with_its_style_inside_a_pop_up_link(tmp_path: Path) -> None:
    """Textile's picture with a style before its address ("!{width:190px;height:220px;}address!"), inside a quoted
    link to a script's pop-up, is the picture, with the credit heading under it; a style that draws it one pixel
    wide is a tracking pixel, no picture."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '" !{width:190px;height:220px;}http://graphics8.example.com/images/jp-vaccine-articleInline.jpg! '
            "\":javascript:pop_me_up2('http://www.example.com/imagepages/jp-vaccine.html','jp_vaccine_html')",
            "h6(credit#harry-cabluck). Harry Cabluck/Associated Press",
            P2,
            "!{width:1px;height:1px;}http://analytics.example.com/v2/image.svc/TheNewYorkTimes/RWS/CAI/1/E/prod/PC/A!",
            P3,
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "http://graphics8.example.com/images/jp-vaccine-articleInline.jpg",
            "Harry Cabluck/Associated Press",
            "content",
        )
    ]


def test_alt_text_with_credit_then_the_caption_again_then_its_credit_line_is_one_photo(tmp_path: Path) -> None:
    """links' picture with no address printed as its alt text (caption and credit), then the caption again without
    the credit, then "Credit: …": one photo, not two. A credit line under the next caption is that caption's."""
    caption = "Former head of CIA Michael Hayden talks to reporters as he departs a closed-door session in Washington."
    doc = audit(
        tmp_path,
        spaced(
            P1,
            f"   {caption} REUTERS/Jonathan Ernst",
            f"   {caption}",
            "   Credit: Reuters/Jonathan Ernst",
            P2,
            P3,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (caption, "Reuters/Jonathan Ernst", "content")
    ]


def test_picture_caption_paragraph_and_labelled_credit_paragraph(tmp_path: Path) -> None:
    """DocBook's (and pandoc's) three paragraphs: the picture, its caption wrapped over two lines, then the credit
    alone in a paragraph with its label ("(Photo: Name, Agency)"): one photo with its whole caption. An unlabelled
    paragraph in that place is not taken as the credit."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "![](http://www.example.com/media/2013/07/18/SEC-Media-Day-1307181325_3_4.jpg)",
            "    Alabama Crimson Tide head coach Nick Saban talks with the media\n"
            "    during the 2013 SEC football media days at the Hyatt Regency.",
            "    (Photo: Marvin Gentry, USA TODAY Sports)",
            P2,
            P3,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "Alabama Crimson Tide head coach Nick Saban talks with the media during the 2013 SEC football media days "
            "at the Hyatt Regency.",
            "Marvin Gentry, USA TODAY Sports",
            "content",
        )
    ]


def test_picture_linked_to_its_larger_file_glued_to_its_paragraph(tmp_path: Path) -> None:
    """markdownify's lightbox picture at the start of a paragraph, the text glued to it ("[![](photo-300x200.jpg)](
    photo.jpg)Text…"): the picture is found, as the same picture unlinked is; unsure, as the words glued after a
    picture with no alt text or credit are the story's as often as its caption."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "[![](https://www.example.org/files/2012/05/Partei-21-von-24-300x200.jpg)]"
            "(https://www.example.org/files/2012/05/Partei-21-von-24.jpg)Trotz bestem Ergebnis seit Kriegsende "
            "verpasste die Partei bei der Landtagswahl am Sonntag knapp die absolute Mehrheit.",
            P2,
            P3,
        ),
    )
    assert [(i.src, i.role) for i in doc.images] == [
        ("https://www.example.org/files/2012/05/Partei-21-von-24-300x200.jpg", "unsure")
    ]


def test_line_breaks_inside_an_alt_text_sentence_keep_it_one_caption(tmp_path: Path) -> None:
    """lynx printing an alt text with its literal line breaks ("attend<br />the premiere … on<br />Monday"), its
    credit under it, then the caption div repeating caption and credit: one photo with the whole sentence."""
    caption = (
        'Comedian Jerry Seinfeld, right, and his wife Jessica Seinfeld, attend the "Kiss the Water" premiere during '
        "the 2013 Tribeca Film Festival on Monday, April 22, 2013, in New York."
    )
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '   Comedian Jerry Seinfeld, right, and his wife Jessica Seinfeld, attend<br />the "Kiss the Water" '
            "premiere during the 2013 Tribeca Film Festival on<br />Monday, April 22, 2013, in New York.\n"
            "   (Photo by Andy Kropa/Invision/AP)\n"
            f"   {caption} (Photo by\n"
            "   Andy Kropa/Invision/AP)",
            P2,
            P3,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (caption, "Andy Kropa/Invision/AP", "content")
    ]


def test_asciidoc_lead_picture_above_the_headline_is_unsure_not_chrome(tmp_path: Path) -> None:
    """AsciiDoc's picture right above the page's first section title ("== Title"), no picture before it, no
    caption: a lead photo as often as a banner, so unsure (listed, never an error), not chrome."""
    doc = audit(
        tmp_path,
        spaced(
            "image::https://cdn0.example.com/uploads/chorus_image/image/51609021/studiohinge-1.0.0.jpg[image]",
            "== Microsoft Surface Studio: the engineering beneath floating pixels",
            P1,
            P2,
            P3,
        ),
    )
    assert [(i.src, i.role) for i in doc.images] == [
        ("https://cdn0.example.com/uploads/chorus_image/image/51609021/studiohinge-1.0.0.jpg", "unsure")
    ]


def test_pictures_printed_as_bracketed_alt_text_closing_with_an_agency_credit(tmp_path: Path) -> None:
    """pandoc's plain writer prints a picture as its alt text in brackets; the alt text closes with the agency's
    credit in brackets, wrapped over two lines or not: the picture and its credit. Its one-line caption under it
    across a blank line is its caption; a wrapped paragraph's first line there is the story, not a caption. An
    alt text printed twice in brackets (two sizes of a teaser's picture) is no caption; a news release's
    "Source:" label and its institution, with no picture, are no photo (unsure at most)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "[Ruanda Symbolbild Völkermord (picture-alliance/AP Photo/R. Mazalan)]",
            "More than a quarter of a century after the Rwandan genocide, one of the\n"
            "main suspects has been caught in Paris after decades on the run.",
            P2,
            "[Rwandans bury victims of the 1994 genocide (Getty Images/AFP/Y.\nChiba)]",
            "Relatives gather at a memorial outside the capital",
            P3,
            "[Here's the Syllabus for Your Summer Crash Course]\n[Here's the Syllabus for Your Summer Crash Course]",
            P1,
            "Source:\nLudwig-Maximilians-Universität München",
            P2,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (None, None, "picture-alliance/AP Photo/R. Mazalan", "content"),
        (None, "Relatives gather at a memorial outside the capital", "Getty Images/AFP/Y. Chiba", "content"),
        (None, P1, "Ludwig-Maximilians-Universität München", "unsure"),
    ]


def test_rst_substitution_wrapped_over_lines(tmp_path: Path) -> None:
    """reST's picture as a substitution whose name pandoc wrapped over two lines ("|Mountains along the coast of" /
    "the Persian Gulf.|"), defined at the end: the picture."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "|Mountains along the coast of\nthe Persian Gulf.|",
            "Mountains along the coast of the Persian Gulf at dawn. (Jane Doe/Reuters)",
            P2,
            P3,
            ".. |Mountains along the coast of the Persian Gulf.| image:: https://example.com/red-sea.jpg",
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("https://example.com/red-sea.jpg", "Jane Doe/Reuters", "content")
    ]


def test_lynx_numbered_pictures_a_label_above_one_and_users_pictures(tmp_path: Path) -> None:
    """lynx -image_links: "[40][gun1.JPG]" under its label ("Episode Teaser Image:"), one picture, not two; a
    comment's "[107]Javasmom's picture" is a user's picture (chrome)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "   Episode Teaser Image:\n   [1][gun1.JPG]\n   Episode Description:",
            P2,
            "   [2]Javasmom's picture",
            P3,
            "References\n\n   1. http://www.example.org/files/styles/200x200/public/gun1.JPG\n"
            "   2. http://www.example.org/files/anonymous.jpg",
        ),
    )
    assert [(i.src, i.role) for i in doc.images] == [
        ("http://www.example.org/files/styles/200x200/public/gun1.JPG", "unsure"),
        ("http://www.example.org/files/anonymous.jpg", "chrome"),
    ]


def test_pandoc_spans_in_alt_text_and_list_items_of_other_stories(tmp_path: Path) -> None:
    """pandoc Markdown's bracketed spans and an inline SVG icon inside a picture's alt text ("![[![](data:image/svg+xml;
    …)]{.icon}[Police use a water cannon …]{.caption} Photograph: Name/Reuters](photo.jpg)"): the picture and its
    credit. w3m's list of other stories, each a bullet with the picture's marker or alt text and a credit under it:
    cards, not photos."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "![[![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)]{.dcr-1usbar2}[Police\n"
            "use a water cannon on protesters last week.]{.dcr-19x4pdv}\nPhotograph: Stephanie\n"
            'Keith/Reuters](https://i.example.com/img/media/2750.jpg){.dcr-4zleql\nheight="1650" width="2750"}',
            P2,
            "Most Popular",
            "  • [hero_wide_]\n    Chris Keane / Reuters\n\n    The Death of 'He Said, She Said' Journalism",
            "  • A seated pit bull wearing a pair of sunglasses\n    Robert Galbraith / Reuters\n\n    Dogs at the beach",
            P3,
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"] == [
        ("https://i.example.com/img/media/2750.jpg", "Stephanie Keith/Reuters", "content")
    ]


def test_a_reading_list_with_sources_in_brackets_and_a_year_in_brackets(tmp_path: Path) -> None:
    """A newsletter's reading list, each headline with its source alone in brackets under it, some of them no photo
    agency ("(The Telegraph)", "(Reuters)", "(Military Times)"): sources of stories, no photos. A film's title and
    its year in brackets ("The Hurricane (1999)") is no caption with an empty credit."""
    items = [
        ("Ukraine rejects Russian pressure in talks, Moscow says", "Reuters"),
        ("Russia's top diplomat mocks Liz Truss at testy joint appearance", "The Telegraph"),
        ("Russia could again invade Ukraine during Olympics, Blinken says", "Military Times"),
        ("Netherlands advises Dutch citizens to leave Ukraine", "Reuters"),
    ]
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "The Hurricane (1999)\nDirector: Norman Jewison",
            *(f"{headline}\n (\n{source}\n) \n{P2}" for headline, source in items),
            P3,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"] == []


def test_small_raw_html_pictures_and_headings_under_pictures(tmp_path: Path) -> None:
    """A raw <img> declared smaller than a photo (a 1x1 pixel, a 93x77 ad badge) is no picture; a heading under a
    picture ("###### A version of this article appeared in print …") is not its caption."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "<img src='http://analytics.example.com/v2/image.svc/TheNewYorkTimes/A' width='1' height='1' />",
            "[ <img src='http://graphics8.example.com/adx/images/ADS/ad.338213/Lux_footer.jpg' width='93' height='77' /> ](/adx)",
            P2,
            "![](http://graphics8.example.com/images/2013/07/19/sports/saratoga-articleInline.jpg)\n"
            "###### A version of this article appeared in print on July 19, 2013, on page B11.",
            P3,
        ),
    )
    assert [(i.src, i.caption, i.role) for i in doc.images] == [
        ("http://graphics8.example.com/images/2013/07/19/sports/saratoga-articleInline.jpg", None, "unsure")
    ]


def test_linked_raw_pictures_in_promotions_and_thumbnails_shown_again_raise_no_error(tmp_path: Path) -> None:
    """A Markdown link around a raw <img> ("[<span><img …></span>](/partners/…)") is a linked picture, a promotion
    card; a picture whose alt text the next picture repeats (an "Enlarge image" thumbnail and its larger view) is
    one photo, credited on the larger one."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            '-   [<span class="feed-thumbnail"><img src="http://www.example.com/images/header/the-connective.jpg" '
            'width="217" height="109" alt="The Connective" /></span>](http://www.example.com/partners/connective/)',
            P2,
            '<a href="/photo/apple-trade-ins/333558.html" class="enlarge_image"><span>Enlarge image</span> '
            '<img src="http://www.example.com/image/iaeU6w.jpg" alt="Apple plans iPhone trade-ins to lift sales"></a>',
            "![Apple plans iPhone trade-ins to lift sales](http://www.example.com/image/iOZ9sE.jpg)",
            "Tomohiro Ohsumi/Bloomberg",
            P3,
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("http://www.example.com/image/iaeU6w.jpg", None, "chrome"),
        ("http://www.example.com/image/iOZ9sE.jpg", "Tomohiro Ohsumi/Bloomberg", "content"),
    ]
    assert not findings(doc, "CRD001")


def test_one_passage_printed_twice_with_no_picture_or_credit_raises_no_error(tmp_path: Path) -> None:
    """A text browser's page (wrapped at its width): a lone title printed twice on a line (a lightbox's heading,
    its close "x", the title again) is unsure. A run of such passages is a gallery's flattened slides
    (tests/test_text_blocks.py); one alone is a title as often as a picture, so it raises no missing-credit error."""
    body = textwrap.fill(f"{P1} {P2} {P3} {P4}", 107, initial_indent="   ", subsequent_indent="   ") + "\n\n"
    lightbox = (
        "     • Print\n     • Share:\n\n"
        "   Egypt's interim leader Adli MansourEgypt's interim leader Adli Mansour\n   x\n"
        "   Egypt's interim leader Adli Mansour\n   Egypt's interim leader Adli Mansour\n\n     • Tweet\n\n"
    )
    doc = audit(tmp_path, body * 3 + lightbox + body)
    assert [i.role for i in doc.images] == ["unsure"]
    assert findings(doc, "CRD001") == {(0, "CRD001", "warning")}  # said, as a warning only


def test_numbered_links_and_markup_left_by_a_converter_make_no_captions(tmp_path: Path) -> None:
    """lynx and w3m number each link ("[36]Cole Hamels and Kyle Kendrick. (Gene J. Puskar/AP)"): a credited link
    text is a teaser card, and a byline under a numbered headline link a teaser's. What a converter left of markup
    ("``{class: image_icon}](…)") is no caption of the picture above it."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "          [36]Cole Hamels and Kyle Kendrick. (Gene J. Puskar/AP)",
            "          [37]A realistic look at the Phillies",
            P2,
            "    [361]A year after passing on him, Astros draft Stanford righty Mark Appel with No. 1 pick\n"
            "    Associated Press ",
            P3,
            "![](http://a.example.com/images/Health/ann_transplant_130606_me.jpg)\n"
            "``{class: image_icon}](http://example.com/Health/video/judge-lifts-ban-19338113)",
            P4,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"] == [
        (None, None, "unsure")
    ]
    assert {severity for *_, severity in findings(doc, "CRD001")} <= {"warning"}  # no error


def test_wiki_pictures_links_and_wire_names_under_bylines_and_headlines(tmp_path: Path) -> None:
    """pandoc's DokuWiki and ZimWiki writers ("{{address?size|alt}}", "[[address|text]]", "==== Heading ===="),
    and its XWiki writer ("[[image:address||alt=…]]" glued to its paragraph, "[[text>>address]]"): a picture whose
    alt text holds the credit; a picture, a blank line, then its caption with the credit on the line under it; a
    teaser whose picture became its credit as a link's text; a wire service's name under a byline and under a
    linked headline (no images)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "{{http://images.example.com/2013/07/garza-1024x768.jpg?660x495| Matt Garza (PHOTO: Dennis Wierzbicki/"
            "USA TODAY Sports)}}",
            "{{http://cdn.example.com/media/2013/07/18/nets-press-conference_4_3.jpg|071813 brooklyn nets}}",
            "From left coach Jason Kidd, Kevin Garnett and Jason Terry during the press conference.\n"
            "(Photo: Debby Wong-USA TODAY Sports)\n==== Story Highlights ====",
            "[[http://ftw.example.com/2013/07/charlotte-hornets-name/|AP Photo/Peter A. Harris]]\n"
            "=== [[http://ftw.example.com/2013/07/charlotte-hornets-name/|Charlotte will be the Hornets again]] ===",
            "By Associated Press,\nAssociated Press",
            "[[A year after passing on him, Astros draft Mark Appel>>http://www.example.com/sports/appel.html]]",
            "Associated Press",
            '[[image:http://www.example.com/files/thumb/61091/0||alt="bryan-caraway-9.jpg"]]' + f"{P2} {P3} {P4}",
            P1,
        ),
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "http://images.example.com/2013/07/garza-1024x768.jpg?660x495",
            None,
            "Dennis Wierzbicki/USA TODAY Sports",
            "content",
        ),
        (
            "http://cdn.example.com/media/2013/07/18/nets-press-conference_4_3.jpg",
            "From left coach Jason Kidd, Kevin Garnett and Jason Terry during the press conference.",
            "Debby Wong-USA TODAY Sports",
            "content",
        ),
        ("http://www.example.com/files/thumb/61091/0", None, None, "unsure"),
    ]


def test_link_texts_lead_ins_script_links_and_ad_servers_raise_no_missing_credit(tmp_path: Path) -> None:
    """Things that read like a picture's caption and are not one: "Photo caption" at the end of a paragraph (a
    link's text), a lead-in ending in a colon under a "Fullscreen" marker, the rest of a script link after "Enlarge
    This Image", pandoc's attributes of a 1x1 counter ("{#DCSIMG width=…}", wrapped over two lines: read with its
    picture, which they say is a pixel, so it is no picture at all) and an ad server's GIF (chrome)."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "Our day's top images, in-depth photo essays and offbeat slices of life. See more | Photo caption",
            "Homeless in Greece",
            P2,
            "Fullscreen\nLike this topic? You may also like these photo galleries:",
            "\"Enlarge This Image\":javascript:pop_me_up2('http://www.example.com/imagepages/2013/05/10/x.html')",
            '![DCSIMG](http://wt.example.com/dcs/njs.gif?dcsuri=/nojavascript){#DCSIMG\nwidth="1" height="1"}',
            "![](http://pagead2.googlesyndication.com/pagead/imp.gif?client=ca-news&event=noscript)\n"
            "Advertise on Example.com",
            P3,
        ),
    )
    assert not findings(doc, "CRD001")
    assert [(i.src, i.role) for i in doc.images] == [
        ("http://pagead2.googlesyndication.com/pagead/imp.gif?client=ca-news&event=noscript", "chrome")
    ]


def test_a_dokuwiki_picture_before_its_paragraph_and_a_muse_picture_between_tags(tmp_path: Path) -> None:
    """DokuWiki's "{{photo|alt}} Paragraph…": the picture, and the paragraph the story's (no caption); Muse's
    "<class> [[photo.jpg]] </class>": a picture."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "{{http://news.example.com/media/images/68011532-1.jpg?304x171|Rescue workers at the plant}} " + P2,
            P3,
            "<class> [[http://graphics8.example.com/images/2013/07/19/us/OBESITY-articleLarge.jpg]] </class>",
            P4,
        ),
    )
    assert [(i.src, i.alt, i.caption) for i in doc.images] == [
        ("http://news.example.com/media/images/68011532-1.jpg?304x171", "Rescue workers at the plant", None),
        ("http://graphics8.example.com/images/2013/07/19/us/OBESITY-articleLarge.jpg", None, None),
    ]


def test_addresses_in_a_reference_list_and_asciidoc_links_are_no_credits(tmp_path: Path) -> None:
    """A text browser's numbered list of link addresses ("103. file:///news/video/reuters-tv/breakingviews"),
    AsciiDoc's links ("** http://www.example.com/dc[D.C.]") and follow buttons ("Follow via Facebook"): no credit."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "** http://www.example.com/local[In Local]\n** http://www.example.com/dc[D.C.]",
            P2,
            " 103. file:///news/video/reuters-tv/breakingviews\n 144. http://www.facebook.com/pages/Reuters/1140501",
            "Follow via Facebook\nFollow via Google+",
            P3,
        ),
    )
    assert doc.images == []


def test_pictures_of_pandocs_xml_writers(tmp_path: Path) -> None:
    """DocBook's <imagedata fileref=…>, OpenDocument's <draw:image xlink:href=…>, JATS's <graphic xlink:href=…> and
    TEI's <graphic url=…>: each a picture; a run of tags alone is one break between blocks."""
    doc = audit(
        tmp_path,
        spaced(
            f"<para>\n  {P1}\n</para>",
            "<para>\n<inlinemediaobject>\n<imageobject>\n"
            '<imagedata fileref="https://cdn.example.com/2021/12/carljung_letters.jpg" width="320px" depth="508px" />\n'
            "</imageobject>\n</inlinemediaobject>\n</para>",
            f"<text:p>{P2}</text:p>",
            '<text:p text:style-name="Figure"><draw:frame draw:name="img12" svg:width="768" svg:height="432">'
            '<draw:image xlink:href="https://res.example.com/image/upload/next/2025/08/sharks-07.png" /></draw:frame>'
            "</text:p>",
            f"<p>{P3}</p>",
            '<fig><graphic mimetype="image" xlink:href="https://cdn.example.com/2026/03/court.jpeg" /></fig>',
            f"<p>{P4}</p>",
            '<figure><graphic url="https://cdn.example.com/2026/03/letter-o.jpeg" /></figure>',
            f"<p>{P1}</p>",
        ),
    )
    assert [i.src.rsplit("/", 1)[-1] for i in doc.images] == [
        "carljung_letters.jpg",
        "sharks-07.png",
        "court.jpeg",
        "letter-o.jpeg",
    ]


def test_a_wrapped_alt_text_with_a_file_photo_label_holds_the_caption_and_credit(tmp_path: Path) -> None:
    """pandoc's commonmark_x: a figure's caption as the picture's alt text, wrapped over lines, with an escaped
    apostrophe and a "File photo:" label, then the picture's attributes."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "![Denmark\\'s Eastern High Court or Østre Landsret. File photo: Philip\nDavali/Ritzau\n"
            "Scanpix](https://assets.example.com/uploads/2026/03/20210902-163609-L-1920x1280web-1.jpeg){.figure-img\n"
            '.img-fluid width="850" height="550" fetchpriority="high"}',
            P2,
        ),
    )
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        ("Denmark's Eastern High Court or Østre Landsret.", "Philip Davali/Ritzau Scanpix")
    ]


def test_pandoc_markdowns_fenced_divs_and_bracketed_spans(tmp_path: Path) -> None:
    """pandoc's Markdown: "::: image-wrap" fences are breaks between blocks, "[…]{.credit}" spans their text: the
    credit is read, with no span syntax left in it."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "::: image-wrap\n![2013-07-18-saunders-colts](http://cdn.example.com/2013/07/18/colts-23_4_3.jpg)\n:::",
            "[Weslye Saunders will be suspended for the first eight games of 2013.]{.cutline}",
            "[(Photo: Robert Scheer, USA TODAY Sports)]{.credit}",
            P2,
        ),
    )
    assert [(i.credit.raw, i.credit.agency) for i in doc.images if i.credit] == [
        ("Robert Scheer, USA TODAY Sports", "imagn")
    ]


def test_roff_of_pandocs_man_and_ms_writers(tmp_path: Path) -> None:
    """pandoc's man and ms writers: requests (".PP", ".br", ".pdfhref …") are breaks or nothing, a link's text
    (' -- "…"') stands where its request did, escapes are characters ("Artist\\[cq]s"), a picture kept with its
    address ("[IMAGE: alt (address)]") is a picture, and a "Close this popup" button's picture is a control."""
    text = "\n".join(
        [
            ".PP",
            P1,
            ".PP",
            "[IMAGE: The logo of NASA, the National Aeronautics and Space Administration.]",
            ".LP",
            ".PP",
            "Artist\\[cq]s concept of Orion separating from the SLS rocket.",
            ".br",
            "Credit: NASA",
            "\\c",
            '.pdfhref W -D "javascript:void(0);" -A "\\c" \\',
            ' -- "View full size image"',
            "\\&",
            ".LP",
            P2,
            ".PP",
            "[IMAGE: Nokia Lumia smartphone (http://static.example.com/pictures/2013/7/18/Nokia-Lumia-008.jpg)]",
            "Nokia: sales of its Lumia smartphone overtook BlackBerry. Photograph: Dado Ruvic/Reuters",
            ".SS Share",
            "[IMAGE: Close this popup (http://static.example.com/common/images/close-popup.png)]",
            "Short link for this page: <http://gu.com/p/3hd6x>",
            ".PP",
            P3,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images][:2] == [
        ("Artist’s concept of Orion separating from the SLS rocket.", "NASA", "content"),
        ("Nokia: sales of its Lumia smartphone overtook BlackBerry.", "Dado Ruvic/Reuters", "content"),
    ]
    (control,) = doc.images[2:]
    assert control.src.endswith("close-popup.png") and control.role == "chrome"  # type: ignore[union-attr]


def test_texinfo_pictures_links_and_lists_of_other_stories(tmp_path: Path) -> None:
    """pandoc's Texinfo: "@image{file,width,height,alt,extension}" is a picture (its extension put back), its caption
    and credit under it; structure commands ("@node", "@anchor{…}") are breaks; a picture in an "@itemize" list is
    a list's item (a thumbnail of another story), not the article's."""
    text = "\n".join(
        [
            "@node Let's play two",
            "@chapter Let's play two: Yankee Stadium to host NHL games",
            "@anchor{#lets-play-two}",
            P1,
            "",
            "@image{http://cdn.example.com/2013/05/15/yankee-stadium-002_4_3_rx404_c534x401,,,2013-05-15-yankees,jpg}",
            "Yankee Stadium will be the site of two NHL outdoor games in January.",
            "(Photo: John Munson, USA TODAY Sports)",
            "",
            P2,
            "",
            "@itemize",
            "@item",
            "@image{http://www.example.com/2013/07/USMC-map-maker_660-200x100,1.30208in,,Why Do So Many People Love Maps?,jpg}",
            "",
            "@uref{/2013/07/maps/,Why Do So Many People Love Maps?}",
            "@end itemize",
            P3,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    content = [i for i in doc.images if i.role != "chrome"]
    assert [(i.src, i.credit.raw if i.credit else None) for i in content] == [
        ("http://cdn.example.com/2013/05/15/yankee-stadium-002_4_3_rx404_c534x401.jpg", "John Munson, USA TODAY Sports")
    ]
    assert not [f for f in doc.findings if f.rule == "CRD001"]


def test_a_garbled_accent_is_no_copyright_sign(tmp_path: Path) -> None:
    """UTF-8 read as Latin-1 by an extractor: "RÃ©union" in a list of countries holds no copyright sign, and
    "Â©" is one."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "Islands Poland Portugal Puerto Rico Qatar RÃ©union Romania\nSpain Sri Lanka St. BarthÃ©lemy St. Helena",
            P2,
            "![](https://cdn.example.com/2013/07/court.jpg)\nThe court in session. Â© Jane Doe/Reuters",
            P3,
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None) for i in doc.images] == [
        ("https://cdn.example.com/2013/07/court.jpg", "Jane Doe/Reuters")
    ]


def test_an_extractors_json_record_is_read_by_its_text_field(tmp_path: Path) -> None:
    """trafilatura's JSON output ({"text": "…"} on one line): the text field's paragraphs are read, each on the
    record's line, so its pictures are found there."""
    import json as json_module

    record = {
        "text": f"{P1}\n![](https://cdn.example.com/uploads/2026/03/report-cover-gold.png)\n{P2}\n{P3}",
        "comments": "",
    }
    doc = audit(tmp_path, json_module.dumps(record) + "\n")
    assert [(i.src, i.location.line) for i in doc.images] == [  # type: ignore[union-attr]
        ("https://cdn.example.com/uploads/2026/03/report-cover-gold.png", 1)
    ]


def test_a_credit_linked_to_the_agencys_page_of_the_photo_stays_its_credit(tmp_path: Path) -> None:
    """A whole-line link whose text is a credit is a teaser's picture when it leads to another story, but a credit
    linked to the agency's page of the photo ("[Justin Sullivan/Getty Images](https://www.gettyimages.com/…)") is
    the picture's credit."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "![](https://cdn.example.com/2024/05/storm.jpg)\n"
            "[Justin Sullivan/Getty Images](https://www.gettyimages.com/detail/news-photo/storm-1234)",
            P2,
            "[AP Photo/Peter A. Harris](http://ftw.example.com/2013/07/charlotte-hornets-name/)",
            P3,
        ),
    )
    assert [(i.src, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("https://cdn.example.com/2024/05/storm.jpg", "Justin Sullivan/Getty Images", "content")
    ]


def test_w3m_slides_with_their_alt_text_in_brackets(tmp_path: Path) -> None:
    """w3m's gallery: each slide's alt text in brackets ("[Neutron star image]"), its caption under it, a
    "Fullscreen" control after it: one slide each, captioned by the line under the alt text."""
    slides = [
        ("Neutron star image", "A kind of neutron star shines a brilliant blue-white in this false-color X-ray image."),
        ("Neutron star to scale", "A neutron star is the densest object astronomers can observe directly."),
        ("Cassiopeia A", "Cassiopeia A is the remains of a massive star that exploded in a supernova."),
    ]
    gallery = "\n".join(f"  [{alt}]\n      {caption}\n      Fullscreen" for alt, caption in slides)
    doc = audit(tmp_path, spaced(P1, "      Fullscreen\n" + gallery, P2))
    assert [(i.alt, i.caption) for i in doc.images] == slides


def test_html2text_debian_prints_the_alt_text_in_brackets_then_the_caption(tmp_path: Path) -> None:
    """Debian's html2text (1.3.2a) prints a picture as its alt text in brackets, then the caption that repeats it,
    wrapped at its width with no blank line around: "[A protester holds … Bordeaux.] A protester holds …
    Bordeaux.". Each is one uncaptioned-credit photo with that caption, a bracket after a paragraph's last
    sentence starts its own block, and quotation marks in it make it no pull quote."""
    paragraphs = [" ".join([P1, P2, P3, P4][i:] + [P1, P2][:i]) for i in range(3)]
    alts = [
        "A protester holds a photo of a man who lost his hand to a grenade on December 1 in Bordeaux.",
        'Placards in memory of those who died since the movement began, at the rally called "the party for Macron".',
    ]
    lines: list[str] = []
    for paragraph, alt in zip(paragraphs, [*alts, None], strict=True):
        lines += textwrap.wrap(paragraph, 100)
        if alt is not None:
            lines += textwrap.wrap(f"[{alt}] {alt}", 100)
    doc = audit(tmp_path, "\n".join(lines) + "\n")
    assert [(i.caption, i.credit, i.role) for i in doc.images] == [(alt, None, "content") for alt in alts]
    assert findings(doc, "CRD001") == {(0, "CRD001", "error"), (1, "CRD001", "error")}


def test_a_picture_printed_as_its_files_name(tmp_path: Path) -> None:
    """A picture whose alt text is its file's name (a social network's "54374685-602885716849316-3459489998221344768-n",
    a camera's "IMG_20190512_142233"), printed alone between paragraphs, bare (w3m) or in brackets (html2text): a
    picture with nothing said about it, listed as unsure, never an error. A reference number in prose is no
    picture."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "54374685-602885716849316-3459489998221344768-n",
            P2,
            "[IMG_20190512_142233]",
            P3,
            "Case number 2019-0042 was heard on Monday.",
            P4,
            "GLJ 7912",
            P1,
        ),
    )
    assert [(i.alt, i.role) for i in doc.images] == [
        ("54374685-602885716849316-3459489998221344768-n", "unsure"),
        ("IMG_20190512_142233", "unsure"),
        ("GLJ 7912", "unsure"),
    ]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_trafilatura_joins_the_title_credit_and_the_alt_text(tmp_path: Path) -> None:
    """trafilatura's Markdown writes an image's title and alt text as one alt text: "Foto: Name CC BY 2.0 Austria
    von Name CC BY 2.0". A Creative Commons licence ends the credit. Two figures far apart that share an alt text,
    story paragraphs between them, are two figures, not a picture and its larger copy."""
    alt = "Foto: Jane Roe CC BY 2.0 Austria von Jane Roe CC BY 2.0"
    doc = audit(
        tmp_path,
        spaced(
            P1,
            f"![{alt}](https://images.example.at/17-foto1.jpg/462x260/24.306)",
            P2,
            P3,
            P4,
            f"![{alt}](https://images.example.at/17-print.jpg/462x260/24.305)",
            P1,
        ),
    )
    assert [(i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("Jane Roe CC BY 2.0", "content"),
        ("Jane Roe CC BY 2.0", "content"),
    ]


def test_html2text_spaces_a_picture_linked_to_its_larger_file(tmp_path: Path) -> None:
    """Python html2text writes a picture linked to its larger file with spaces inside the link's brackets ("[
    ![](local/cache-vignettes/L653xH368/arton16445-41776.jpg) ](IMG/arton16445.jpg)"): the picture, as unlinked."""
    doc = audit(
        tmp_path,
        spaced(P1, "[ ![](local/cache-vignettes/L653xH368/arton16445-41776.jpg?1578028017) ](IMG/arton16445.jpg)", P2),
    )
    assert [(i.src, i.role) for i in doc.images] == [
        ("local/cache-vignettes/L653xH368/arton16445-41776.jpg?1578028017", "unsure")
    ]


def test_lynx_names_a_picture_without_alt_text_by_its_file(tmp_path: Path) -> None:
    """lynx prints a picture that has no alt text as its file's name in brackets ("[24.482.311?.jpg]"): the picture,
    not the caption of the credit under it."""
    doc = audit(tmp_path, spaced(P1, "[24.482.311?.jpg]", "Foto: Karin Dalziel CC BY 2.0", P2))
    assert images(doc) == [(5, None, "Karin Dalziel CC BY 2.0", None, "content")]
    assert doc.images[0].src == "24.482.311?.jpg"


def test_a_templates_copyright_line_and_cards_under_linked_headings(tmp_path: Path) -> None:
    """A licence's template line, "Copyright (C) <year> <name of author>", credits no photo. Pictures each under a
    heading that is one link to another story, three of them, are cards of other stories (chrome); the article's
    own headline linked to itself over its lead photo is one, and stays."""
    cards = [
        f"### [Other story {n}](analyses/article/other-story-{n})\n\n![](/local/cache-gd2/{n}/card{n}.jpg)\n\n{P2}"
        for n in range(3)
    ]
    doc = audit(
        tmp_path,
        spaced(
            "## [Fall in love with black](https://blog.example.com/fall-in-love-with-black/)",
            "![](https://blog.example.com/uploads/outfit-1160x770.jpg)",
            P1,
            "    Copyright (C) <year>  <name of author>",
            P3,
            *cards,
        ),
    )
    assert [(i.src, i.role) for i in doc.images] == [
        ("https://blog.example.com/uploads/outfit-1160x770.jpg", "unsure"),
        *[(f"/local/cache-gd2/{n}/card{n}.jpg", "chrome") for n in range(3)],
    ]


def test_asciidoc_picture_linked_to_its_larger_file(tmp_path: Path) -> None:
    """pandoc's AsciiDoc writes a picture linked to its larger file as the link's text: "https://…/map.png[image:
    https://…/map.png?w=580[image]]": the picture, as unlinked. Linked to another page, it stays a link."""
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "https://files.example.com/2018/06/asia.png[image:https://files.example.com/2018/06/asia.png?w=580[image]]",
            P2,
            "https://news.example.com/other-story[image:https://files.example.com/2018/06/card.png?w=100[image]]",
            P3,
        ),
    )
    assert [i.src for i in doc.images] == ["https://files.example.com/2018/06/asia.png?w=580"]


def test_a_chinese_story_its_pictures_and_its_cards(tmp_path: Path) -> None:
    """A story in Chinese (no spaces between words, "。" ending its sentences): its pictures between paragraphs are
    the story's (unsure with nothing said about them, as in English, not chrome). A list of cards each a picture over a headline in
    bold ("**** 肩负兴农报国使命，习近平殷殷嘱托 ****"), a list item linking a picture to another story, and a
    picture under "推荐阅读" (recommended reading) after the story are not."""
    p1 = "杭州市学军中学校长陈立群要退休了，作为全国重点高中校长，他放弃了百万年薪，来到贫困县当校长。"
    p2 = "这是所高考成绩在全州垫底的学校，而他开出的唯一条件是解决吃住，分文不取，一干就是三年。"
    cards = "\n".join(
        f"[http://cms.example.com/2019/09/08/card{n}.jpeg?imageView&thumbnail=140y88]\n**** {title} ****\n新闻\n3小时前"
        for n, title in enumerate(("河南马戏团脱逃老虎到动物园时已死亡_死因待鉴定", "肩负兴农报国使命，习近平殷殷嘱托"))
    )
    listed = '-   <a href="http://culture.example.com/n1/2019/0420/c1013.html"><img src="/media/gallery1.jpg" alt="书画作品展出" /></a>'
    doc = audit(
        tmp_path,
        spaced(
            p1,
            "![](http://img.example.com/2019/lead_w1080.jpeg)",
            "小花母亲说，女儿的左眼被塞了纸片。",
            p2,
            "![](http://img.example.com/2019/second_w1080.jpeg)",
            p1,
            p2,
            "## 推荐阅读",
            "![](http://img.example.com/2019/recommended.jpeg)",
            "致敬改革开放四十年，文化大家讲述亲历",
            cards,
            listed,
        ),
    )
    shown = [(i.src, i.caption, i.role) for i in doc.images if i.role != "chrome"]
    assert shown == [
        ("http://img.example.com/2019/lead_w1080.jpeg", None, "unsure"),
        ("http://img.example.com/2019/second_w1080.jpeg", None, "unsure"),
    ]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_a_chinese_paragraph_after_a_picture_with_no_blank_line_is_no_caption(tmp_path: Path) -> None:
    """Debian html2text prints a Chinese page's paragraphs one to a line, no blank line between: the paragraph
    right after a picture, longer than captions run, is the story's, so the picture has no caption (and is no
    error's evidence of one)."""
    body = (
        "2014年8月22日，由北京知道创宇联合知乎网主办的第三届知道安全论坛在北京鸟巢国家体育场举行，活动得到了业内的广泛关注。\n"
        "他在演讲中指出，常规软件在加载富文本内容的过程中，由于浏览器的同源策略使之对不同的域进行了隔离，问题由此而来。\n"
        "[http://cms.example.cn/article/201408/25/53fac2424d922.jpg]\n"
        "在案例分享中我们看到腾讯、阿里、微信、新浪微博、推特等多家客户端均存在相关漏洞，目前均已修复。而相应的防御策略也在会上得到了详细的介绍与讨论。\n"
        "来自腾讯玄武安全实验室的演讲者则发表了题为《安全的百分之九十九》的演讲，现场气氛热烈，观众提出了很多问题。\n"
    )
    doc = audit(tmp_path, body)
    assert [(i.src, i.caption) for i in doc.images] == [
        ("http://cms.example.cn/article/201408/25/53fac2424d922.jpg", None)
    ]


def test_html2text_live_feed_cards_and_an_embedded_posts_author_picture(tmp_path: Path) -> None:
    """html2text wraps a linked picture at its link ("[ ![](…)" / "](/direct/#item)"): a card of a live feed, its
    caption and credit over it are the card's. A byline linked to the author's page is no credit, nor is an
    embedded post's author picture ("…/profile_images/…") with the account's name under it a credited photo."""
    doc = audit(
        tmp_path,
        spaced(
            "# Un troisième Français mort dans le séisme au Népal",
            "[ AFP](http://www.example.fr/auteur/2005-afp) 30 avril 2015 à 07:19  (Mis à\njour : 30 avril 2015 à 07:38)",
            "![Un Népalais prie à Katmandou.](http://md1.example.com/photo/755923.jpg)\n"
            "Un Népalais prie à Katmandou, le 30 avril 2015. (Photo Prakash Mathema. AFP)",
            P1,
            P2,
            "Défense.",
            "La vente de 24 avions de combat au Qatar représente un contrat de 6,3\nmilliards d'euros.",
            "(photo AFP)",
            "[ ![](http://md0.example.com/photo/715611--.jpg)\n](http://www.example.fr/direct/#live-item-6178)",
            "![](http://pbs.twimg.com/profile_images/5546/bzNTGLYo_normal.jpeg)",
            "Élysée",
        ),
    )
    assert [(i.location.line, i.role, i.credit.raw if i.credit else None) for i in doc.images] == [  # type: ignore[union-attr]
        (7, "content", "Photo Prakash Mathema. AFP"),
        (18, "chrome", "photo AFP"),
        (20, "chrome", None),
        (25, "chrome", "Élysée"),
    ]


def test_a_name_linked_to_the_photos_page_under_the_picture_is_its_credit(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "# Minecraft exploit makes it easy to crash game servers\n\n"
        "![Minecraft exploit](https://cdn.example.net/uploads/2015/04/server-crash-640x426.jpg)\n\n\n"
        "[Kevin](https://en.wikipedia.org/wiki/Kernel_panic#/media/File:Kernel-panic.jpg)\n\n\n"
        f"{P1}\n\n{P2}\n\n[Reuters Photojournalism](http://blogs.reuters.com/photo/)\n",
    )
    assert images(doc) == [(6, None, "Kevin", None, "content")]  # the picture and its credit: one image


def test_a_copyright_notice_before_a_footers_links_is_no_credit(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        spaced(
            P1,
            P2,
            "© Le Monde.fr | Fréquentation certifiée par l'OJD | CGV | Mentions légales | Qui sommes-nous ? | Publicité",
        ),
    )
    assert doc.status == "ok"
    assert images(doc) == []


def test_pandoc_markdown_a_logo_in_a_div_named_for_it_and_a_picture_with_attributes(tmp_path: Path) -> None:
    """pandoc's Markdown writer keeps the page's divs as fences with their class and id: a picture in a div named
    for a logo is no photo; a picture's attributes and its hard line break's backslash are no caption."""
    doc = audit(
        tmp_path,
        "::: {#wp-logo-for-print}\n"
        "![The Washington Post](//www.example.com/pb/resources/img/washingtonpost_black_32.png)\n"
        ":::\n\n"
        f"{P1}\n\n"
        "::: {.inline-content .inline-photo}\n"
        '[]{#1c164a70} ![](https://img.example.com/rf/image_400w/Nic6429750-1140.jpg){.unprocessed hi-res-src="https:'
        '//img.example.com/Nic6429750-1140.jpg"}\\\n'
        "[Netanyahu visits the Western Wall in Jerusalem on March 18. (Thomas Coex/AFP/Getty Images)]{.pb-caption}\n"
        ":::\n\n"
        f"{P2}\n",
    )
    assert [(i.src, i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        (
            "https://img.example.com/rf/image_400w/Nic6429750-1140.jpg",
            "Netanyahu visits the Western Wall in Jerusalem on March 18.",
            "Thomas Coex/AFP/Getty Images",
            "content",
        )
    ]


def test_html2text_wraps_a_promo_cards_link_and_a_credits_link_over_lines(tmp_path: Path) -> None:
    """html2text wraps at 78 characters inside links: a promo card's link around a thumbnail and its title ("[" /
    "![](thumb.png)" / "Sign Up Here Go" / "](/newsletters/)") is a card; a credit linked to the photo's page,
    its text or its address wrapped, is the picture's credit."""
    doc = audit(
        tmp_path,
        "![Image Christopher\nMichel/Flickr](http://cdn.example.com/media/img/2014/12/P-1/lead_large.jpg)\n"
        "[ Christopher Michel/Flickr\n](https://www.flickr.com/photos/cmichel67/11240231654)\n\n"
        f"{P1}\n\n{P2}\n\n"
        "![](https://cdn.example.net/uploads/2015/04/server-crash-640x426.jpg)\n\n\n"
        "[Kevin](https://en.wikipedia.org/wiki/Kernel_panic#/media/File:Kernel-\npanic.jpg)\n\n\n"
        f"{P3}\n\n"
        "[\n![](http://cdn.example.com/media/img/2014/05/promo_newsletters_623x384/thumb.jpg)\n"
        "Don't Miss a Thing: Sign Up Here for Email Newsletters Go\n](http://www.example.com/newsletters/)\n",
    )
    assert [
        (i.location.line, i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"
    ] == [  # type: ignore[union-attr]
        (3, "Christopher Michel/Flickr", "content"),
        (13, "Kevin", "content"),
    ]


def test_a_numbered_list_item_of_one_picture_linked_to_its_own_file_is_a_slide(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "HTC Touch",
            "  1. [ ![HTC Touch](https://pics.example.de/1/8/3/0/6/1-1080.3634198104.jpg) ]"
            "(https://pics.example.de/1/8/3/0/6/1-1080.3634198104.jpg)",
            "HTC Touch",
            "Bild 1 von 9",
            P2,
        ),
    )
    assert [(i.src, i.caption, i.role) for i in doc.images] == [
        ("https://pics.example.de/1/8/3/0/6/1-1080.3634198104.jpg", "HTC Touch", "content")
    ]


def test_pandoc_markdown_teaser_list_items_and_pictures_its_attributes_call_small(tmp_path: Path) -> None:
    """pandoc writes a list item's <noscript> copy of its picture and its headline indented under it: the card's
    lines, not a captioned photo; a picture whose attributes say it is an avatar or drawn small is no photo."""
    doc = audit(
        tmp_path,
        f"{P1}\n\n"
        "![](https://i.example.co.uk/1s/2020/09/26/21/33660584-image-a-9.jpg)\n"
        "Fitness guru Joe Wicks has also called on the Prime Minister to act.\n\n"
        f"{P2}\n\n"
        "### DON\\'T MISS\n\n"
        '- ![](data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7){data-src="https://i.ex'
        'ample.co.uk/1s/2020/11/05/09/35282612-0-image-a-7.jpg" height="115" width="154"}\n'
        '  ![](https://i.example.co.uk/1s/2020/11/05/09/35282612-0-image-a-7.jpg){height="115" width="154"}\n'
        "  [ []{.arrow-small-r} **Karren Brady\\'s daughter flaunts her curves during photoshoot** ]{.pufftext}\n\n"
        "1.  ::: {.comment-author .vcard}\n"
        '    ![](http://lh3.example.com/-XdUIqdMkCWA/photo.jpg){.avatar .avatar-34 height="34" width="34"} '
        '[Marilyn](https://plus.example.com/1084){.url rel="external nofollow"} [says:]{.says}\n'
        "    :::\n",
    )
    assert [(i.src, i.caption, i.role) for i in doc.images if i.role != "chrome"] == [
        (
            "https://i.example.co.uk/1s/2020/09/26/21/33660584-image-a-9.jpg",
            "Fitness guru Joe Wicks has also called on the Prime Minister to act.",
            "content",
        )
    ]


def test_pandoc_plain_list_items_that_open_with_a_picture_under_their_marker_are_cards(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        f"{P1}\n\n{P2}\n\n Our Latest Stories \n\n"
        "- \n  [Edwin-encarnacion-jays-hr.jpg]\n  Why Rangers may land Edwin Encarnacion\n\n"
        "  Texas has a need and perhaps a specific window for contention\n"
        "- \n  [usatsi8516584clay-buchholz-red-sox.jpg]\n  Red Sox trade Buchholz to Phillies\n\n"
        "  Right-hander Clay Buchholz has been dealt from Boston to Philly\n",
    )
    assert doc.status == "ok"
    assert doc.images == []  # the cards' lines: no article image
    assert not [f for f in doc.findings if f.severity == "error"]


def test_pandoc_plain_a_bracketed_alt_text_closing_with_a_labelled_agency_credit_is_a_picture(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "[United Nations peacekeepers at a refugee camp in Sudan on Monday. In\n"
        "exchange for the lifting of United States trade sanctions, Sudan has\n"
        "said it will improve access for aid groups.\n"
        "Credit Ashraf Shazly/Agence France-Presse — Getty Images]\n\n"
        f"{P1}\n\n{P2}\n",
    )
    assert images(doc) == [
        (
            1,
            "United Nations peacekeepers at a refugee camp in Sudan on Monday. In exchange for the lifting of United "
            "States trade sanctions, Sudan has said it will improve access for aid groups.",
            "Ashraf Shazly/Agence France-Presse — Getty Images",
            "getty",
            "content",
        )
    ]
    assert not [f for f in doc.findings if f.severity == "error"]  # one credit (AFP via Getty), not two agencies


def test_a_sites_account_buttons_are_no_credit(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        spaced(
            P1,
            "* Sign In\n      Forgot password? / Sign Up\n* Subscribe",
            "[]",
            "Go Pro",
            "![](//img.example.com/300x200/cme/082b04c2.jpg) Check It Out ",
            P2,
        ),
    )
    assert doc.status == "ok"
    assert [(i.location.line, i.credit) for i in doc.images] == [(11, None)]  # type: ignore[union-attr]


def test_lynx_how_to_steps_each_photo_credited_to_one_name_in_brackets(tmp_path: Path) -> None:
    """lynx -nolist prints a how-to's pictures as their alt text and caption, the photographer's name in brackets
    after each, then the next step's title: the same name after three captions or more is their credit, and
    "Step 2" is a step's title, not a teaser card's."""
    steps = [
        ("Dig a hole in the oasis.", "Make a hole in the center of the oasis large enough for the plant."),
        ("Orchid in foam oasis", "Insert your plant into the hole and press the foam around its roots."),
        ("Various foliage", "Other plants that grow well in a closed terrarium include small ferns."),
    ]
    lines = [f"   {P1}", "   Glass cloche terrariums Glass cloche terrariums (Lucy Akins)", "", "   Step 1", ""]
    for number, (caption, text) in enumerate(steps, start=2):
        lines += [f"   {text}", f"   {caption} {caption} (Lucy Akins)", f"   Step {number}", ""]
    doc = audit(tmp_path, "\n".join(lines) + f"\n   {P2}\n")
    assert [(i.caption, i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("Glass cloche terrariums", "Lucy Akins", "content"),
        ("Dig a hole in the oasis.", "Lucy Akins", "content"),
        ("Orchid in foam oasis", "Lucy Akins", "content"),
        ("Various foliage", "Lucy Akins", "content"),
    ]


def test_a_resizers_thumbnail_folder_is_an_avatar(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        spaced(
            "#  How to Throw a Graduation Party on a Budget ",
            "![](//img-aws.example.com/60x60/cme/images/store/9/2/d9dd6f61-b183.jpg)",
            "By Gina Roberts-Grey",
            P1,
            P2,
        ),
    )
    assert [i.role for i in doc.images] == ["chrome"]


def test_lynx_wrapped_caption_stops_at_the_next_pictures_file_name(tmp_path: Path) -> None:
    """lynx -nolist prints a picture as its file name in brackets and wraps the caption under it: the next
    picture's "[name.png]" starts a line of its own, so the credit still closes the caption; an author's picture
    over "Name Name writes reported opinion …" is the author's, not the story's."""
    wrapped = [
        "   “no responsibility” for the horrific murder, they feign outrage and go",
        "   on to write and do hateful things. And they should be held accountable",
        "   for what they say, as anyone thinks Trump is legally responsible for it",
    ] * 3
    doc = audit(
        tmp_path,
        "\n".join(
            [
                *wrapped,
                "",
                "   [GRLSHYNYVQZJBAUBKSFA26NTO4.jpg]",
                "   Pittsburgh Mayor Bill Peduto on Sunday near the Tree of Life synagogue",
                "   in Pittsburgh.  (Dustin Franz/AFP/Getty Images)",
                "   [6a4fe4a0-fab1-4d42-a353-79d6a7958913.png]",
                "   By Jennifer Rubin",
                "",
                *wrapped,
                "",
                "   [6a4fe4a0-fab1-4d42-a353-79d6a7958913.png]",
                "   Jennifer Rubin Jennifer Rubin writes reported opinion from a",
                "   center-right perspective for The Washington Post. Follow",
                "",
            ]
        ),
    )
    assert [(i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"] == [
        ("Dustin Franz/AFP/Getty Images", "content")
    ]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_html2text_caption_in_italics_wrapped_over_lines_keeps_its_credit(tmp_path: Path) -> None:
    doc = audit(
        tmp_path,
        "![030717FalloutShelter80NY-5.jpg](http://example.com/attachments/030717FalloutShelter80NY-5.jpg)  \n"
        "_The basement at 80 New York Avenue in Crown Heights is one of many once-\n"
        "certified fallout shelters that you probably wouldn 't want to spend much time\n"
        "in. (Scott Heins/Gothamist)_\n\n"
        f"{P1}\n\n{P2}\n",
    )
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        (
            "The basement at 80 New York Avenue in Crown Heights is one of many once- certified fallout shelters "
            "that you probably wouldn 't want to spend much time in.",
            "Scott Heins/Gothamist",
        )
    ]
