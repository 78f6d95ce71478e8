"""The scraped-text reader on extractors met in stop 32's blind sets: pandoc's GitHub Markdown of a "related
stories" list (a list item's marker, a headline, a picture, a teaser), html2text's raw <img> inside a Markdown link
with the video's title after it, a site's logo (its alt text an address) over a menu's "Categories", a wire's name
over the dateline across a blank line, and a linked picture's title cut at "Credit:" by lynx.

Each input is shaped like the extractor's output of a real page (text shortened); the expected images are exact:
(line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, audit, findings, images


def test_a_related_list_of_headlines_with_pictures_is_cards(tmp_path: Path) -> None:
    item = [
        "{n}.  <a",
        '    href="/meldung/story-{n}.html"',
        '    class="clearfix clear internal"></a>',
        "",
        "    ## Microsoft veröffentlicht Quellcode der JavaScript-Engine {n}",
        "",
        "    ![Internet Explorer](http://m.example.de/scale/geometry/250/imgs/aufmacher_{n}.jpeg@jpg)",
        "",
        "    Einen Monat nach der Ankündigung hat Microsoft die Dateien veröffentlicht.",
        "",
    ]
    lines = [P1, "", P2, ""]
    for n in (1, 2, 3):
        lines += [line.format(n=n) for line in item]
    doc = audit(tmp_path, "\n".join(lines) + "\n")
    assert [i[4] for i in images(doc)] == ["chrome", "chrome", "chrome"]
    assert findings(doc, "CRD001") == set()


def test_a_raw_picture_inside_a_markdown_link_with_a_title_is_a_card(tmp_path: Path) -> None:
    video = (
        "  * [<img src='https://img.example.com/vi/{id}/mqdefault.jpg' width='320' height='180' alt='{title}' />"
        "{title}](https://www.youtube.com/watch?v={id})"
    )
    text = "\n".join(
        [
            P1,
            "",
            P2,
            "",
            "Xataka TV",
            "",
            video.format(id="BiQfL2V8_Xw", title="XIAOMI SMART BAND 9 PRO: Mi experiencia UN MES DESPUÉS"),
            video.format(id="Lk37LsYkbdk", title="POWER BALANCE: Cómo unas pulseras deportivas ESTAFARON a todos"),
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i for i in images(doc) if i[4] != "chrome"] == []


def test_a_logo_whose_alt_text_is_the_sites_address_is_no_photo(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "#  <img src='http://media.example.com/img/nbcnews.png' alt='NBCNews.com' />[](http://www.nbcnews.com)",
            "",
            "Categories",
            "",
            "Follow",
            "",
            "# Ireland's prime minister steps down",
            "",
            P1,
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [(1, None, None, None, "chrome")]


def test_a_wires_name_over_the_dateline_across_a_blank_line_is_the_byline(tmp_path: Path) -> None:
    """html2text ends "Associated Press" with a line break's two spaces, and a blank line follows."""
    text = "\n".join(
        [
            "# Eagles' Michael Vick misses practice",
            "",
            "  * [Email](http://example.com/sendtofriend)",
            "  * [Print](http://example.com/print?id=5971053)",
            "  * [Comments](http://example.com/comments/5971053)",
            "",
            "Associated Press  ",
            "",
            "",
            "PHILADELPHIA -- " + P1,
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i for i in images(doc) if i[4] != "chrome"] == []


def test_a_linked_pictures_title_cut_at_its_credit_label_then_its_caption(tmp_path: Path) -> None:
    """lynx prints the link's title by the picture ("[12]… Credit:" / "NASA-[13][file.jpg]"), then the caption
    with its credit: one picture, credited to NASA, and no empty credit label."""
    text = "\n".join(
        [
            "     * [1]Home",
            "     * [2]Contact Us",
            "",
            "Podcast: More From Tony Colaprete on LCROSS",
            "",
            "   by Nancy Atkinson on October 28, 2010",
            "   [12]Artist concept of the Centaur and LCROSS heading towards the Moon. Credit:",
            "   NASA-[13][lcross-impact_01_01.jpg]",
            "",
            "   Artist concept of the [14]Centaur and LCROSS heading towards the [15]Moon. Credit: NASA",
            "",
            f"   {P1}",
            "",
            f"   {P2}",
            "",
            "References",
            "",
            "   1. http://www.example.com/",
            "   2. http://www.example.com/contact/",
            "  12. http://www.example.com/wp-content/uploads/2009/10/lcross-impact_01_01.jpg",
            "  13. http://www.example.com/wp-content/uploads/2009/10/lcross-impact_01_01.jpg",
            "  14. http://www.example.com/tag/centaur",
            "  15. http://www.example.com/tag/moon",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(i[1], i[2], i[4]) for i in images(doc)] == [
        ("Artist concept of the Centaur and LCROSS heading towards the Moon.", "NASA", "content")
    ]
    assert findings(doc, "ART002", "CRD001") == set()


def _after_rights_line(pictures: int) -> str:
    lines = [
        "<html>",
        "  <body>",
        f"    <p>KABUL, Afghanistan (AP) -- {P1}</p>",
        f"    <p>{P2}</p>",
        "    <p>© 2016 The Associated Press. All rights reserved. This material may not be published.</p>",
    ]
    for n in range(pictures):
        lines += [
            f'    <img src="/photos/8/804a421f38c14a7e8900880d5cb1396{n}_0-small.jpg" alt="AP Photo"/>',
            "    <p>AP Photo/Uncredited</p>",
        ]
    return "\n".join([*lines, "  </body>", "</html>"])


def test_one_credited_picture_after_the_storys_rights_line_is_unsure(tmp_path: Path) -> None:
    """trafilatura's HTML moves the story's photo under its footer: one picture there is listed, no error on it;
    several are another stories' cards."""
    doc = audit(tmp_path, _after_rights_line(1) + "\n")
    assert images(doc) == [(7, None, "AP Photo/Uncredited", "ap", "unsure")]
    doc = audit(tmp_path, _after_rights_line(2) + "\n")
    assert [i[4] for i in images(doc)] == ["chrome", "chrome"]


def test_a_caption_box_left_as_markup_labels_the_text_under_it(tmp_path: Path) -> None:
    """pandoc's GitHub Markdown keeps '<div class="caption">' as a line of its own, blank lines around it: the text
    under it is the picture's caption, so the picture is no bare uncredited photo (its credit, "(AP)", in a span of
    its own, is not joined: unsure, no error)."""
    text = "\n".join(
        [
            P1,
            "",
            "<img",
            'src="http://a57.example.com/images/content/media-0.img.jpg/876/493/1446837847097.jpg"',
            'itemprop="image"',
            'alt="FILE: In this April 8, 2010, photo, President Obama signs the New START treaty." />',
            "",
            '<div class="caption">',
            "",
            "FILE: In this April 8, 2010, photo, President Obama signs the New START",
            "treaty with Russian President Dmitry Medvedev at the Prague Castle.",
            '<span class="source" itemprop="name">(AP)</span>',
            "",
            "</div>",
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    ((_line, caption, credit, _agency, role),) = images(doc)
    assert (caption or "").startswith("FILE: In this April 8, 2010, photo, President Obama signs the New START")
    assert (credit, role) == (None, "unsure")
    assert findings(doc, "CRD001") == {(0, "CRD001", "warning")}


def test_asciidoc_pictures_with_a_sites_own_address_and_roles_after_them(tmp_path: Path) -> None:
    """pandoc's AsciiDoc: an image macro whose address is the site's own ("/content/…/photo.jpg"), its credit in a
    role on the next lines ("[.photo-credit]#Name#"); a macro wrapped over lines with its attributes after the alt
    text and two roles glued after it, one of them wrapped too ("[.credit]##Brendan" / "Mcdermid/Reuters##")."""
    text = "\n".join(
        [
            "=== The Kremlin’s poster boy for moderate Islam may be radicalizing the region.",
            "",
            "image:/content/newsweek/2010/10/09/body/mainimage.img.jpg/1286654107500.jpg[russia-warlord-fe03-artlede,"
            'title="russia-warlord-fe03-artlede"]',
            "",
            "[.photo-credit]#Davide Monteleone / Contrasto-Redux#",
            "",
            "Chechen President Ramzan Kadirov at his home.",
            "",
            P1,
            "",
            "image:http://graphics8.example.com/images/2011/04/12/business/dbpix-raj-rajaratnam-tmagSF.jpg[Raj",
            "Rajaratnam, right, and his lawyer, John Dowd, leave federal court on",
            "Monday.,width=362,height=261][.credit]##Brendan",
            "Mcdermid/Reuters##[.caption]##Raj Rajaratnam, right, and his lawyer,",
            "John Dowd, leaving court on Monday.##",
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    found = [(i[2], i[3], i[4]) for i in images(doc)]
    assert found == [
        ("Davide Monteleone / Contrasto-Redux", None, "content"),
        ("Brendan Mcdermid/Reuters", "reuters", "content"),
    ]
    assert doc.images[1].caption == "Raj Rajaratnam, right, and his lawyer, John Dowd, leaving court on Monday."


def test_an_ad_creative_and_a_gallery_label_are_no_photos(tmp_path: Path) -> None:
    """An ad's artwork filed as "…/Ad_Creatives/…" in a table of the page, and "Gallery", a box's label under a
    slideshow's header graphic, which is no credit."""
    text = "\n".join(
        [
            P1,
            "",
            '<td style="max-width: 334px"><img src="https://s3.example.com/Ad_Creatives/1401362_371041099_o.jpg" />',
            "",
            P2,
            "",
            "[[http://media3.example.com/wp-srv/story/image/slideshow_top.gif]]",
            "",
            "Gallery",
            "",
            P1,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i for i in images(doc) if i[4] != "chrome"] == []


def test_an_org_picture_linked_to_its_larger_file_at_a_paragraphs_end(tmp_path: Path) -> None:
    """pandoc's Org: "opened.[[…-large.jpg][[[…-inset.jpg]]]]", a lightbox's picture glued to the paragraph before
    it. No caption or credit is printed: listed, no error."""
    text = "\n".join(
        [
            P1,
            "",
            '"I couldn\'t help but think about football all the time," Favre said after practicing for the first time '
            "since training camp opened.[[http://i.example.net/_photos/2010/08/18/favrespeaksx-large.jpg]"
            "[[[http://i.example.net/_photos/2010/08/18/favrespeaksx-inset-community.jpg]]]]",
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [(i[0], i[4]) for i in images(doc)] == [(3, "unsure")]
    assert doc.images[0].src == "http://i.example.net/_photos/2010/08/18/favrespeaksx-inset-community.jpg"


NEW_YORKER_HUB = "![The New Yorker Shorts](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1418331418/thenewyorker_hero_the-new-yorker-shorts-season-1.jpg) The New Yorker Shorts\n        4 episodes\n\n![A Reporter at Large](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1402354075/thenewyorker_hero_documentaries-documentaries.jpg) A Reporter at Large\n        13 episodes\n\n![The Cartoon Lounge](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1414005107/thenewyorker_hero_the-cartoon-lounge-season-one.jpg) The Cartoon Lounge\n        9 episodes\n\n![Movie of the Week](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1403791720/thenewyorker_hero_dvd-of-the-week-2014.jpg) Movie of the Week\n        272 episodes\n\n![Notes from All Over](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1402353977/thenewyorker_hero_notes-from-all-over-new-york-etc.jpg) Notes from All Over\n        68 episodes\n\n![The Three-Minute Life](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1402353897/thenewyorker_hero_profiles-profiles.jpg) The Three-Minute Life\n        24 episodes\n\n![The New Yorker Festival](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1412611498/thenewyorker_hero_the-new-yorker-festival-2015.jpg) The New Yorker Festival\n        168 episodes\n\n![Annals of Sound](http://dwgyu36up6iuz.cloudfront.net/heru80fdn/image/upload/c_fill,d_placeholder_thescene.jpg,fl_progressive,g_face,h_152,q_80,w_270/v1402354189/thenewyorker_hero_annals-of-sound-annals-of-sound.jpg) Annals of Sound\n        28 episodes\n\nSubscribe to 'The New Yorker'\n\n"


def test_a_grid_of_pictures_with_short_labels_is_links(tmp_path: Path) -> None:
    """trafilatura's Markdown of a video hub (newyorker.com, 2014): each series' picture, its name and "4 episodes",
    back to back."""
    doc = audit(tmp_path, NEW_YORKER_HUB)
    assert [i[4] for i in images(doc)] == ["chrome"] * 8


def test_headlines_printed_twice_below_recommended_are_cards(tmp_path: Path) -> None:
    """lynx: an author's box (her picture, "Name Senior online fashion editor, …"), then "Recommended" and
    other stories' titles, each printed twice (a card's alt text and its title): no photos of the story."""
    text = "\n".join(
        [
            f"   {P1}",
            "",
            f"   {P2}",
            "",
            "   [sophia-chabbott.jpg]",
            "   Sophia Chabbott Senior online fashion editor, Alaïa enthusiast,",
            "   collector of white button down shirts.",
            "",
            "Recommended",
            "",
            "More Stories Like This",
            "",
            "   7 Pieces You Need to Get Noticed at Work in 2015 7 Pieces You",
            "   Need to Get Noticed at Work in 2015",
            "   By Leah Melby",
            "   Don't Buy Another Pair of Jeans Until You Read This: The Trick",
            "   for Longer Legs Don't Buy Another Pair of Jeans Until You Read",
            "   This: The Trick for Longer Legs",
            "   By Leah Melby",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i for i in images(doc) if i[4] != "chrome"] == []
