"""The scraped-text reader on extractors met in stop 33's blind sets: html2text (default width) wrapping a picture
inside its alt text and its address (read whole), a source list's heading ("Story Source:") whose last word is a
credit label with nothing after it, markdownify's file-name heading over its picture, ELinks wrapping a BBC caption
after its label, and a site footer whose years come before the copyright sign.

Each input is shaped like the extractor's output of a real page (text shortened); the expected images are exact:
(line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_text_scrapers import P1, P2, P3, audit, findings, images, spaced


def test_a_picture_wrapped_inside_its_alt_text_and_address_is_read_whole(tmp_path: Path) -> None:
    text = "\n".join(
        [
            P1,
            "",
            "![Rangers defenceman at a practice in New York on a cold",
            "morning](https://www.example.com/wp-",
            "content/uploads/2020/05/shutterstock_editorial_10480171r.jpg?w=900)Photo",
            "Credit: Kathy Willens/AP/Shutterstock",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert images(doc) == [(3, None, "Kathy Willens/AP/Shutterstock", "shutterstock", "content")]
    assert [(i.alt, i.src) for i in doc.images] == [
        (
            "Rangers defenceman at a practice in New York on a cold morning",
            "https://www.example.com/wp-content/uploads/2020/05/shutterstock_editorial_10480171r.jpg?w=900",
        )
    ]


def test_a_picture_still_open_after_the_lines_it_may_wrap_over_is_left_as_written(tmp_path: Path) -> None:
    text = "\n".join([P1, "", "![a picture whose alt text never closes", "over", "three", "more", "lines", "", P2, ""])
    doc = audit(tmp_path, text)
    assert images(doc) == []  # nothing joined, nothing read as a picture


def test_a_heading_ending_in_an_empty_source_label_is_no_caption(tmp_path: Path) -> None:
    text = "\n".join(
        [
            P1,
            "",
            P3,
            "     ____________________________________________________________________________",
            "",
            "   Story Source:",
            "",
            "   [21]Materials provided by [22]Ludwig-Maximilians-Universität München. Note:",
            "   Content may be edited for style and length.",
            "     ____________________________________________________________________________",
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert images(doc) == []
    assert findings(doc, "ART002") == set()


def test_a_caption_before_an_empty_label_still_reads_as_one(tmp_path: Path) -> None:
    text = "\n".join(
        [
            P1,
            "",
            "![Map](https://cdn.example.com/flood-map.png)",
            "",
            "Areas under water on Sunday. Source:",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert images(doc) == [(5, "Areas under water on Sunday.", None, None, "content")]
    assert findings(doc, "ART002") == {(0, "ART002", "error")}  # the label printed, its credit left out


def test_a_file_name_set_as_a_heading_over_its_picture_is_one_picture(tmp_path: Path) -> None:
    text = "\n".join(
        [
            P1,
            "",
            "[WEB18-Facebook-1160x768.jpg](/file/39939)",
            "------------------------------------------",
            "",
            "![Cell phone with Facebook on it](https://www.example.org/styles/wide/web18-facebook-1160x768.jpg?itok=V5)",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.location.line, i.alt, i.role) for i in doc.images] == [  # type: ignore[union-attr]
        (3, "Cell phone with Facebook on it", "content")
    ]


def test_a_caption_after_its_label_goes_on_over_the_wrapped_lines(tmp_path: Path) -> None:
    text = spaced(
        P1,
        "Image copyright Jeff J Mitchell Image caption Hundreds of people flocked\n"
        "to the beach in Edinburgh on Wednesday on what was the hottest day of the\n"
        "year in Scotland so far",
        P2,
        indent="   ",
    )
    doc = audit(tmp_path, text)
    caption = (
        "Hundreds of people flocked to the beach in Edinburgh on Wednesday on what was the hottest day of the year"
    )
    assert images(doc) == [(3, f"{caption} in Scotland so far", "Jeff J Mitchell", None, "content")]


def test_a_caption_after_its_label_stops_where_the_body_starts(tmp_path: Path) -> None:
    text = "\n".join(["Image caption The pair have been friends for over 20 years", P1, P2, ""])
    doc = audit(tmp_path, text)
    assert [(i.caption, i.role) for i in doc.images] == [("The pair have been friends for over 20 years", "content")]


def test_a_site_footer_with_its_years_before_the_copyright_sign_is_no_credit(tmp_path: Path) -> None:
    text = spaced(
        P1,
        P2,
        "Centrum.cz  |  Atlas.cz 1999 – 2021 © Economia, a.s.  |  O nás  |  Všechny\nslužby  |  Volná místa",
        indent="   ",
    )
    assert images(audit(tmp_path, text)) == []


# html2text's teaser cards, wrapped at its width: (the card's lines, whether they follow the story, pictures in it)
WRAPPED_CARDS = {
    "caption-opens-a-wrapped-link-to-another-story": (
        [
            "![VITAL STATISTICS ... champ Vitalij Klitschko is weighed for clash with",
            "Tomasz",
            "Adamek](http://img.example.co.uk/multimedia/archive/01373/Adamek_1373848b.jpg)",
            "[Vitali's clash set to top Poles ](/sol/homepage/sport/boxing/3806227/Vitali-",
            "Klitschkos-clash-with-Tomasz-Adamek-shows-Polish-pride.html) [**FRANK WARREN**",
            "says Vitali Klitschko's clash with Tomasz Adamek shows Polish",
            "pride](/sol/homepage/sport/boxing/3806227/Vitali-Klitschkos-clash.html)",
        ],
        False,
        1,
    ),
    "picture-inside-a-link-to-another-story": (
        [
            "[",
            "![](http://img.example.com/reading-list/fifty-shades-darker-poster-",
            "zoom-793d29c0.jpg) Watch the",
            "New 'Fifty Shades Darker' Trailer!",
            "](http://www.example.com/entertainment/news/watch-the-new-fifty-shades-darker-",
            "trailer-w454383)",
        ],
        False,
        1,
    ),
    "link-closes-on-the-line-under-the-title": (
        [
            "This Week's Top Videos [",
            "![](http://www.example.com/videos/hosting/media/fitness/1627130/98814953/medium.jpg)",
            "How to Use a Stability Ball",
            "](http://www.example.com/videos/m/98814953/how-to-use-a-stability-",
            "ball.htm?psrc=vdwidget) [",
            "![](http://www.example.com/videos/hosting/media/fitness/1627130/98956181/medium.jpg)",
            "Training Talk: Your First Race",
            "](http://www.example.com/videos/m/98956181/training-talk-your-first-",
            "race.htm?psrc=vdwidget)",
        ],
        True,
        2,
    ),
    "title-wrapped-over-two-lines-before-the-link-closes": (
        [
            "[ ![Une pompe à essence à Arnage \\(Sarthe\\), le 6 décembre",
            "2018.](https://img.example.fr/2019/05/07/0/0/4561/3041/180/0/95/0/d73e296_bESz.jpg)",
            "![Une pompe à essence à Arnage \\(Sarthe\\), le 6 décembre",
            "2018.](https://img.example.fr/2019/05/07/0/0/4561/3041/360/0/95/0/d73e296_bESz.jpg%202x)",
            "Économie Article reserve a nos abonnes Le gouvernement dans l'embarras face a",
            "la forte hausse des prix du carburant",
            "](https://www.example.fr/economie/article/2019/05/07/l-executif-n-envisage-",
            "pas-de-geste-pour-baisser-les-prix-du-carburant_5459176_3234.html)",
        ],
        True,
        1,
    ),
}


@pytest.mark.parametrize("name", WRAPPED_CARDS)
def test_a_card_html2text_wrapped_is_a_card(tmp_path: Path, name: str) -> None:
    card, after_story, pictures = WRAPPED_CARDS[name]
    lines = [P1, "", P2, "", *card, ""] if after_story else [P1, "", *card, "", P2, ""]
    doc = audit(tmp_path, "\n".join(lines))
    assert [i.role for i in doc.images] == ["chrome"] * pictures
    assert findings(doc, "CRD001", "CAP001") == set()


def test_pictures_in_a_pandoc_div_named_for_related_content_are_other_stories(tmp_path: Path) -> None:
    related = [
        ":::::::::::: {.col3 .relatedContent}",
        "#### Related content {#related-content .meta}",
        "",
        '::::: {.col1 data-id="52051027"}',
        ":::: news",
        "[](/en/berlin-libya-conference-a-first-step-toward-peace/a-52051027)",
        "",
        "::: teaserImg",
        '![Konflikt in Libyen \\| Kämpfe](/image/51922364_301.jpg "Konflikt in Libyen | Kämpfe"){itemprop="image"}',
        ":::",
        "",
        "## Berlin Libya conference: A first step toward peace? [19.01.2020]{.date}",
        "",
        "The German government has invited the warring parties to the chancellery in Berlin.",
        "::::",
        ":::::",
        "::::::::::::",
    ]
    own = [
        ":::::: {#articleImage .relatedPhoto .landscape}",
        "![A trader stands by the post on the floor of the exchange](http://cdn.example.com/knight.jpg)",
        "",
        "::: captionText",
        "A trader stands by the post on the floor of the exchange on August 2, 2012.",
        "",
        "Credit: Reuters/Brendan McDermid",
        ":::",
        "::::::",
    ]
    doc = audit(tmp_path, "\n".join([P1, "", *own, "", P2, "", *related, ""]))
    assert [(i.src, i.role) for i in doc.images] == [("http://cdn.example.com/knight.jpg", "content")]
    assert findings(doc, "CRD001") == set()


def test_pictures_under_a_partners_stories_heading_are_other_stories(tmp_path: Path) -> None:
    text = spaced(
        P1,
        P2,
        "Stories from The Lily\nThe Lily, a publication of The Washington Post, elevates stories about women.\n"
        "Perspective\nThis year’s Golden Globes touted diversity. It seemed like business as usual to me.\n"
        "[M3HADWJ6ARBKFAPE2TNTX4XGYY.jpg]\n"
        "‘This is our angel now’: Houston community rallies for justice in aftermath of Jazmine\nBarnes slaying",
        indent="   ",
    )
    doc = audit(tmp_path, text)
    assert [i.role for i in doc.images] == ["chrome"]
    assert findings(doc, "CRD001", "CAP001") == set()
