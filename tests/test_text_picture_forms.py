"""Forms of a picture in scraped text, each as one scraper or site writes it, and what is only like one:
- lynx -image_links: a linked picture as "Alt text-[file.jpg]";
- html2text: a picture's address wrapped inside its escaped brackets ("no_upscale\\(\\):focal\\(1x0:2x2\\)/a-" /
  "b.jpg)"), and a lazy loader's picture printed twice side by side with its <noscript> copy;
- a Spanish page's credit after a dash ("… del país - crédito Name/X");
- a slideshow's "Next Slide Previous Slide" buttons under the slide's caption, whose credit is the platform the
  photo was taken from ("… in an undated picture. Facebook");
- one caption and credit under several photos of a story (a house's rooms), not one photo printed again;
- and a story's date with its facts' source ("Dec. 22, 2016, 3:36 PM UTC / Source: Zillow"), which is no picture.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, P4, audit, images


def test_lynx_prints_a_linked_picture_as_its_alt_text_and_its_file(tmp_path: Path) -> None:
    line = "   Tahir Della (picture-alliance/dpa/L. Schwedes)-[47985084_404.jpg]"
    doc = audit(tmp_path, "\n".join([P1, "", line, "", P2, "", P3, ""]))
    assert images(doc) == [(3, None, "picture-alliance/dpa/L. Schwedes", "dpa", "content")]
    assert (doc.images[0].src, doc.images[0].alt) == (
        "47985084_404.jpg",
        "Tahir Della (picture-alliance/dpa/L. Schwedes)",
    )


ADDRESS = (
    "![Celebrities arriving at a screening in\n"
    "NYC](https://example.com/thmb/SeNGkKnm-\n"
    "kSPxBNIlU=/650x0/filters:no_upscale\\(\\):max_bytes\\(150000\\):focal\\(678x0:680x2\\)/jennifer-\n"
    "aniston5-2000-b3efb31f.jpg)"
)
SOURCE = (
    "https://example.com/thmb/SeNGkKnm-kSPxBNIlU=/650x0/filters:no_upscale():max_bytes(150000):focal(678x0:680x2)/"
    "jennifer-aniston5-2000-b3efb31f.jpg"
)


def test_an_address_wrapped_after_escaped_brackets_is_joined_whole(tmp_path: Path) -> None:
    doc = audit(tmp_path, "\n".join([P1, "", ADDRESS, "", "AKM-GSI", "", P2, "", P3, ""]))
    assert images(doc) == [(8, None, "AKM-GSI", None, "content")]  # (a credit alone: the image is at its line)
    assert doc.images[0].src == SOURCE


def test_a_picture_beside_its_noscript_copy_is_one_picture_not_a_row(tmp_path: Path) -> None:
    twice = f"{ADDRESS} {ADDRESS}"
    doc = audit(tmp_path, "\n".join([P1, "", twice, "", "AKM-GSI", "", P2, "", P3, ""]))
    assert images(doc) == [(11, None, "AKM-GSI", None, "content")]
    assert doc.images[0].src == SOURCE


def test_two_different_pictures_on_a_line_stay_a_row(tmp_path: Path) -> None:
    row = "![Author one](https://example.com/a1.jpg) ![Author two](https://example.com/a2.jpg)"
    doc = audit(tmp_path, "\n".join([P1, "", row, "", P2, "", P3, ""]))
    assert [i.role for i in doc.images] == []


def test_a_credit_after_a_dash_and_credito_is_the_captions_credit(tmp_path: Path) -> None:
    caption = "El terremoto provocó una emergencia que tuvo repercusiones en distintas regiones del país"
    body = "Los datos provienen de transacciones realizadas con tarjetas de crédito y débito en todo el país."
    doc = audit(tmp_path, "\n".join([P1, "", f"{caption} - crédito @alejoeder/X", "", body, "", P3, ""]))
    assert images(doc) == [(3, caption, "@alejoeder/X", None, "content")]


def test_a_slides_caption_over_its_buttons_with_the_platform_as_credit(tmp_path: Path) -> None:
    """The photo was taken from Facebook: a credit, never a missing one (no CRD001 error)."""
    slide = "Nathaly Cartas Leon in an undated picture. Facebook"
    doc = audit(tmp_path, "\n".join([P1, "", slide, "", "Next Slide Previous Slide", "", P2, "", P3, ""]))
    assert images(doc) == [(3, "Nathaly Cartas Leon in an undated picture.", "Facebook", None, "unsure")]
    assert not [f for f in doc.findings if f.severity == "error"]


def test_a_platform_named_in_a_sentence_is_no_credit(tmp_path: Path) -> None:
    said = "The teenager had posted the pictures on Facebook."
    doc = audit(tmp_path, "\n".join([P1, "", said, "", "Next Slide Previous Slide", "", P2, "", P3, ""]))
    assert all(i.credit is None for i in doc.images)


ROOM = ["Zsa Zsa Gabor's Palm Springs home", "Courtesy of Zillow"]


def test_one_caption_under_three_photos_apart_is_three_photos(tmp_path: Path) -> None:
    doc = audit(tmp_path, "\n".join([P1, "", *ROOM, "", P2, "", *ROOM, "", P3, "", *ROOM, "", P4, ""]))
    assert [(line, credit, role) for line, _, credit, _, role in images(doc)] == [
        (4, "Courtesy of Zillow", "content"),
        (9, "Courtesy of Zillow", "content"),
        (14, "Courtesy of Zillow", "content"),
    ]


def test_one_caption_twice_apart_is_still_one_photo(tmp_path: Path) -> None:
    """A sticky header's copy of the lead photo, then the article's: one photo."""
    doc = audit(tmp_path, "\n".join([*ROOM, "", P1, "", P2, "", P3, "", *ROOM, "", P4, ""]))
    assert [role for *_, role in images(doc)].count("content") == 1


def test_a_storys_date_and_source_is_no_picture(tmp_path: Path) -> None:
    dated = "Dec. 22, 2016, 3:36 PM UTC / Source: Zillow"
    doc = audit(tmp_path, "\n".join(["By Melissa Allison", dated, "", P1, "", P2, "", P3, ""]))
    assert images(doc) == []


def test_a_picture_whose_alt_closes_with_a_name_is_unsure_not_uncredited(tmp_path: Path) -> None:
    """ "A new street sign reads Maji-Maji-Allee (Tahir Della)": the name is the photo's credit as often; no error."""
    line = "   A new street sign reads Maji-Maji-Allee (Tahir Della)-[43470564_303.jpg]"
    doc = audit(tmp_path, "\n".join([P1, "", line, "", P2, "", P3, ""]))
    assert images(doc) == [(3, None, None, None, "unsure")]
    assert not [f for f in doc.findings if f.severity == "error"]


def _slide(caption: str, heading: str, text: str) -> list[str]:
    return [
        f"     * {caption}",
        "",
        "Racist, ruthless, cruel: Germany's colonial history",
        "",
        heading,
        f"       {text}",
    ]


def test_a_carousel_flattened_into_list_items_under_one_repeated_title_is_its_slides(tmp_path: Path) -> None:
    """lynx prints each slide as a list item with its credited caption, then the gallery's title (the same each
    time), the slide's heading and its text: slides, not a list of other stories' cards."""
    slides = [
        *_slide("German colonies in Africa, map from 1902 (picture-alliance / akg-images)", "German colonies", P2),
        *_slide("Colonial ruler being carried in Madagascar (picture-alliance/dpa/arkivi)", "A system", P3),
        *_slide("Bernhard Dernburg in German East Africa in 1908 (picture alliance/akg-images)", "Reforms", P4),
    ]
    doc = audit(tmp_path, "\n".join([P1, "", *slides, "", P4, ""]))
    assert [(line, credit, role) for line, _, credit, _, role in images(doc)] == [
        (3, "picture-alliance / akg-images", "content"),
        (9, "picture-alliance/dpa/arkivi", "content"),
        (15, "picture alliance/akg-images", "content"),
    ]


def test_a_list_of_credited_stories_with_their_own_headlines_stays_cards(tmp_path: Path) -> None:
    cards = [
        "     * Donald Trump 2018 in Davos (picture-alliance/dpa/M. Kappeler)",
        "",
        "Trump threatens new tariffs",
        "",
        "     * Angela Merkel in Berlin (picture-alliance/dpa/K. Nietfeld)",
        "",
        "Merkel defends the budget",
        "",
        "     * Emmanuel Macron in Paris (picture-alliance/dpa/C. Platiau)",
        "",
        "Macron's reform faces strikes",
    ]
    doc = audit(tmp_path, "\n".join([P1, "", P2, "", P3, "", *cards, ""]))
    assert [role for *_, role in images(doc)] in ([], ["chrome"] * 3)


def _wrapped(text: str, width: int = 78) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line]


def test_a_rail_of_long_linked_list_items_does_not_hide_the_wrap_width(tmp_path: Path) -> None:
    """html2text wraps at 78 columns but never inside a list item's addresses: a rail of cards ("* [ 2 ![](…60x60
    …jpg) Headline](…)") runs to hundreds of characters. The width is the paragraphs', so a caption wrapped under its
    picture is joined whole and its closing credit read whole ("(Thomas Coex/AFP/Getty Images)", not "election.
    (Thomas Coex/…)" on a caption's last line)."""
    caption = (
        "Israeli Prime Minister Benjamin Netanyahu reacts as he visits the Western Wall in Jerusalem on March 18 "
        "following his party's victory in Israel's general election. (Thomas Coex/AFP/Getty Images)"
    )
    story = " ".join([P1, P2, P3, P4])
    rail = [
        f"  * [ {n} ![](http://img.example.com/rf/image_60x60/Content/Blogs/energy/201503/Images/"
        f"2012-02-07T003457Z_01_TOR105_RTRIDSP_3_{n}.jpg) Oil prices fall again as supply grows "
        f"](http://www.example.com/blogs/energy/wp/2015/03/18/oil-prices-fall-again-{n}/)"
        for n in (1, 2, 3)
    ]
    picture = "![](https://img.example.com/rf/image_400w/2015/03/18/Images/Nic6429750-1140.jpg)  "
    text = [*_wrapped(story), "", picture, *_wrapped(caption), "", *_wrapped(story), "", "Most Read", "", *rail]
    doc = audit(tmp_path, "\n".join([*text, ""]))
    assert [(credit, agency, role) for _, _, credit, agency, role in images(doc) if role != "chrome"] == [
        ("Thomas Coex/AFP/Getty Images", "getty", "content")
    ]
    assert doc.images[0].caption == caption.rsplit(" (", 1)[0]


def test_a_passage_of_sentences_after_a_gallerys_control_is_no_caption_to_judge(tmp_path: Path) -> None:
    """ "Back to Gallery", then the story's next paragraph: listed at most as unsure, no missing-credit error."""
    note = (
        "Note: The winger was ejected for spitting on an opponent and may face more punishment from the league. He "
        "was given a match penalty in a brawl during the 5-2 victory on Monday. That carries an automatic "
        "suspension pending a review."
    )
    doc = audit(tmp_path, "\n".join([P1, "", P2, "", "1 / 1", "", "Back to Gallery", "", note, "", P3, ""]))
    assert [role for *_, role in images(doc)] in ([], ["unsure"])
    assert not [f for f in doc.findings if f.severity == "error"]


def test_a_live_feeds_entries_with_their_credits_and_pictures_are_other_posts(tmp_path: Path) -> None:
    """lynx prints a live blog's side column as list items that open with a time, each entry's lines indented
    under it: its credit ("(photo AFP)") and its picture are that post's, not the story's."""
    feed = [
        "     * 11:48",
        "       Défense.",
        "       La vente de 24 avions de combat au Qatar représente un contrat de 6,3 milliards d'euros.",
        "       (photo AFP)",
        "       [715611--.jpg?modified_at=1423758922]",
        "     * 11:45 Les banlieusards en Thaïlande",
        "     * 11:08",
        "       On est face à un mur.",
        "       (photo AFP/Bundespolizei)",
        "       [756216-000_dv2014616.jpg?modified_at=1430384473]",
    ]
    caption = "Des secouristes dans les décombres à Katmandou, le 30 avril 2015."
    story = [P1, "", f"{caption} (Photo Prakash Mathema. AFP)", "", P2, "", P3, ""]
    doc = audit(tmp_path, "\n".join([*story, *feed, ""]))
    assert [(line, credit, role) for line, _, credit, _, role in images(doc) if role != "chrome"] == [
        (3, "Photo Prakash Mathema. AFP", "content")
    ]


def test_a_list_items_credited_picture_without_a_time_keeps_its_reading(tmp_path: Path) -> None:
    """A figure that lynx prints inside a list item (a list of one photo, its caption indented under it) is no
    feed: what the older rules made of it stands."""
    item = [
        "     * [Oscar Isaac violent year.jpg]",
        '       In this image released by A24 Films, Jessica Chastain appears in a scene from "A Most Violent',
        '       Year." (AP Photo/A24 Films, Atsushi Nishijima)',
    ]
    doc = audit(tmp_path, "\n".join([P1, "", *item, "", P2, "", P3, ""]))
    assert [agency for _, _, _, agency, role in images(doc) if role == "content"] == ["ap"]
