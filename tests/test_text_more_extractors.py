"""The scraped-text reader on extractors met in stop 31's blind sets: html2text 1.3 (the C++ program: entities
left in, a link's words joined by underscores, "[address]" wrapped at the width), pandoc's reStructuredText (a
figure's address on the line under its directive), captions that say what the picture shows ("图为…", "Pictured:"),
a credit for the top picture printed at the story's foot, and lines that only look like a picture's (a wire's
name and a time stamp, "(OUTLET with AFP, REUTERS)", a video player's message).

Each input is shaped like the extractor's output of a real page (text shortened); the expected images are exact:
(line, caption, credit, agency, role)."""

from __future__ import annotations

import textwrap
from pathlib import Path

from test_text_scrapers import P1, P2, P3, P4, audit, findings, images


def _wrapped(paragraph: str) -> str:
    """A paragraph as html2text 1.3 prints it: wrapped at 79 columns, no blank line after it."""
    return textwrap.fill(paragraph, 79)


def test_html2text_cxx_entities_underscored_links_and_a_wrapped_address(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "    * Skip_to_content",
            "    * Share_this_with_Facebook",
            "    * Share_this_with_Twitter",
            "Menu",
            "[https://images.example.com/",
            "29020c1e6b108813cf65b54487ad2b5a65aa6079.jpeg?w=1000&amp;q=65&amp;fit=crop]",
            "Warner Bros.",
            "****** Fantastic Beasts: A Nice Place to Visit ******",
            _wrapped(P1 + " " + P2),
            _wrapped(P3 + " " + P4),
            "[Exotische Fr&#xFC;chte sind weiter gefragt: Gro&#xDF;markt-Chefin Eliane",
            "Steinmeyer mit Mangos.]",
            "Exotische Fr&#xFC;chte sind weiter gefragt: Gro&#xDF;markt-Chefin Eliane",
            "Steinmeyer mit Mangos.",
            "Foto:&#xA0;Michael Rauhe",
            "",
            _wrapped(P3),
            "Propaganda looked cooler in 1952. (Public_domain)",
            _wrapped(P4),
            "Read_more_about_sharing.",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert doc.images[0].alt is None  # "Menu" over the address is a control's word, not its alt text
    assert images(doc) == [
        (5, None, None, None, "chrome"),
        (19, "Exotische Früchte sind weiter gefragt: Großmarkt-Chefin Eliane Steinmeyer mit Mangos.", "Michael Rauhe", None, "content"),
        (23, "Propaganda looked cooler in 1952.", "Public domain", None, "content"),
    ]  # fmt: skip


def test_html2text_cxx_paragraphs_above_an_address_are_no_alt_text(tmp_path: Path) -> None:
    """The C++ html2text prints no blank line between paragraphs: the lines above "[address]" are the story's."""
    text = "\n".join(
        [
            P1,
            P2,
            P3,
            "[https://static.example.com/newsgraphics/2018/09/14/interest-on-national-debt/",
            "313e919f83bb85b62966d7f70121c5f3f3ea740b/0916-biz-web-DEBT-CHART-1-",
            "Artboard_2.png]",
            P4,
            P1,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(line, caption, role) for line, caption, _, _, role in images(doc)] == [(4, None, "unsure")]
    assert not findings(doc, "CRD001", "CAP001") or all(f[2] != "error" for f in findings(doc, "CRD001", "CAP001"))


def test_rst_figures_with_the_address_under_the_directive(tmp_path: Path) -> None:
    text = "\n".join(
        [
            ".. |Logo| image:: https://cdn.example.com/fit/c/32/32/1*VN9AINEbi2CS8bHWeu80GQ.png",
            "",
            ".. figure::",
            "   https://o.example.com/images/dims?resize=980%2C640&quality=100&image_uri=gallery-6&signature=60b7",
            "",
            "   Devindra Hardawar/AOL",
            "",
            P1,
            "",
            ".. figure::",
            "   https://cdn.example.com/max/2000/1*4gN1-fzOwCniw-DbqQjDeQ.jpeg",
            "",
            "   Cristina Gil Lladanosa, at the Barcelona testing lab \\| photo by Joan",
            "   Bardeletti",
            "",
            P2,
            "",
            ".. figure:: https://www.example.org/files/field_image/web18-facebook-1160x768.jpg?itok=V5vZM",
            "   :alt: Cell phone with Facebook on it",
            "",
            "   WEB18-Facebook-1160x768.jpg",
            "",
            P3,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [
        (6, None, "Devindra Hardawar/AOL", None, "content"),
        (13, "Cristina Gil Lladanosa, at the Barcelona testing lab", "Joan Bardeletti", None, "content"),
        (20, None, None, None, "content"),  # its caption only names its file: one picture, not two
    ]


def test_a_top_photo_credit_at_the_foot_goes_to_the_first_picture(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "![](https://cdn.example.com/fit/c/32/32/avatar.png)",
            "",
            "![](https://cdn.example.com/max/2000/lead.jpeg)",
            "",
            P1,
            "",
            P2,
            "",
            "![](https://cdn.example.com/max/800/sign-off.png)",
            "",
            "*Top photo by Joan Bardeletti*",
            "",
            P3,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    credited = [(line, credit, role) for line, _, credit, _, role in images(doc) if credit]
    assert credited == [(3, "Joan Bardeletti", "content")]


def test_captions_that_say_what_the_picture_shows(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "正文第一段，学子们在出国前就每年守在电脑前观看两会直播。",
            "图为马素湘在澳大利亚悉尼游玩时的近影。",
            "图注：奥尔德林的圣餐杯回到了地球上",
            "正文第二段，随着年龄和阅历的增长，学子对两会的关注点发生了很大的变化。",
            P1,
            "Pictured: Firefighters at the scene on Monday morning.",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(line, caption, credit) for line, caption, credit, _, _ in images(doc)] == [
        (3, "图为马素湘在澳大利亚悉尼游玩时的近影。", None),
        (5, "奥尔德林的圣餐杯回到了地球上", None),  # "图注：", a Chinese page's "Caption:"
        (11, "Pictured: Firefighters at the scene on Monday morning.", None),
    ]


def test_bylines_time_stamps_and_players_are_no_pictures(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "Un troisième Français mort dans le séisme au Népal",
            "AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)",
            P1,
            "[https://ichef.example.co.uk/images/ic/720x405/p07b8nx5.jpg]",
            "Media playback is unsupported on your device",
            P2,
            P3,
            "(FRANCE 24 with AFP, REUTERS)",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(line, role) for line, _, _, _, role in images(doc)] == [(7, "chrome")]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_a_line_that_is_one_link_to_an_image_file_is_a_picture(tmp_path: Path) -> None:
    """html2text with images_to_alt prints a linked picture as its alt text linked to the larger file."""
    text = "\n\n".join(
        [
            P1,
            "[Felix Neureuther vor der Ski-WM in Vail](https://cache.example.net/thumbnail/story_hires/48e5/image.jpg)",
            P2,
            "[Download](https://cache.example.net/thumbnail/story_hires/48e5/image.jpg)",
            P3,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(i.location.line, i.src, i.alt) for i in doc.images] == [  # type: ignore[union-attr]
        (3, "https://cache.example.net/thumbnail/story_hires/48e5/image.jpg", "Felix Neureuther vor der Ski-WM in Vail")
    ]


def test_trafilatura_xml_a_graphic_then_the_storys_paragraph(tmp_path: Path) -> None:
    """trafilatura's XML: the <p> after a <graphic> is the story's next paragraph, not the picture's caption."""
    text = "\n".join(
        [
            '<doc fingerprint="964e0a2c56afbf90">',
            "  <main>",
            '    <head rend="h1">Affaire KPMG: un juge se récuse</head>',
            '    <graphic src="https://images.example.ca/w_635/v1/16x9/randall-bocock-juge.jpg" alt="Le juge Randall'
            " Bocock se retire d'une cause liée à KPMG\"/>",
            f"    <p>{P1}</p>",
            f"    <p>{P2}</p>",
            f"    <p>{P3}</p>",
            f"    <p>{P4}</p>",
            f"    <p>{P1}</p>",
            f"    <p>{P2}</p>",
            f"    <p>{P3}</p>",
            f"    <p>{P4}</p>",
            "  </main>",
            "</doc>",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [(4, None, None, None, "content")]


def test_a_featured_image_credit_at_the_foot(tmp_path: Path) -> None:
    text = "\n\n".join(
        [
            "Published 22:00, 11 July 2021 BST",
            "![Aussie Government Sparks Fury Over 'Graphic' And Confronting Covid-19 Ad](https://cdn.example.com/ad.png)",
            P1,
            P2,
            P3,
            "Featured Image Credit: Australian Government",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [(3, None, "Australian Government", None, "content")]


def test_a_playlists_cards_whose_titles_are_questions(tmp_path: Path) -> None:
    """links prints each card's alt text twice, then its headline; a headline may end with a question mark."""
    cards = [
        ("Republican presidential candidate Donald Trump gives a speech on tax reform in New York City.",
         "Can Trump give US infrastructure an upgrade?"),
        ("Republican presidential candidate Donald Trump addresses a rally on the West Lawn of the Capitol.",
         "Can Trump be trusted with nuclear weapons?"),
        ("President Barack Obama shakes hands with the president-elect in the Oval Office on Thursday.",
         "What happens on Inauguration Day?"),
    ]  # fmt: skip
    text = "\n\n".join([P1, *(f"   {alt}\n   {alt}\n\n  {title}" for alt, title in cards), P2])
    doc = audit(tmp_path, text + "\n")
    assert [role for *_, role in images(doc)] == ["chrome"] * 3
    assert not [f for f in doc.findings if f.severity == "error"]


def test_a_text_browsers_link_numbers_are_no_part_of_a_credit(tmp_path: Path) -> None:
    """ELinks and lynx print a link's number before its words and list the addresses at the end."""
    text = "\n".join(
        [
            "   [1]Home",
            "",
            "   [97]Justin Yu",
            "   July 30, 2013 11:25 AM PDT",
            "",
            "   (Credit: [100]Wikimedia Foundation)",
            "",
            textwrap.indent(textwrap.fill(P1, 76), "   "),
            "",
            textwrap.indent(textwrap.fill(P2, 76), "   "),
            "",
            "References",
            "",
            "   Visible links",
            "   1. https://www.example.com/",
            "  97. https://www.example.com/profile/justin-yu/",
            " 100. https://commons.wikimedia.org/",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(line, credit) for line, _, credit, _, _ in images(doc)] == [(6, "Wikimedia Foundation")]
