"""markitdown writes a page's layout table as a Markdown table: the picture in one cell, its caption and credit
in the next, a "View full size image" control after the credit ("| ![alt](photo.jpg) || Caption. Credit: Name/
Agency View full size image |"). A site's account control ("![](…/profile.png)" over "Account") is no photo.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, audit, images


def test_a_picture_and_its_caption_in_a_layout_tables_cells(tmp_path: Path) -> None:
    row = (
        "| ![magic mushrooms](http://i.example.com/images/i/000/071/523/iFF/trippy-image.jpg?1414529059) || Magic "
        "mushrooms can create vivid hallucinations of strange and fantastical things, such as abstract geometric "
        "shapes.  Credit: WhiteHaven/Shutterstock.com  View full size image |"
    )
    doc = audit(tmp_path, "\n".join([P1, "", "|  |  |", "| --- | --- |", row, "", P2, ""]))
    assert images(doc) == [
        (
            5,
            "Magic mushrooms can create vivid hallucinations of strange and fantastical things, such as abstract "
            "geometric shapes.",
            "WhiteHaven/Shutterstock.com",
            "shutterstock",
            "content",
        )
    ]


def test_an_account_controls_picture_over_its_label_is_no_photo(tmp_path: Path) -> None:
    text = "\n".join(
        ["* Login", "", "![](//global.example.com/static/v/all/img/head/profile.png)", "Account", "", P1, "", P2, P3]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i.role for i in doc.images] in ([], ["chrome"])


def test_html2texts_table_row_a_picture_its_caption_beside_it_over_a_rule(tmp_path: Path) -> None:
    """html2text writes the same row with no outer bars ("![…](…) |  Caption …"), the credit and the control on the
    next lines and the table's rule ("---") under them: the rule ends the caption."""
    text = "\n".join(
        [
            P1,
            "",
            "![magic mushrooms](http://i.example.com/images/i/000/071/523/iFF/trippy-image.jpg?1414529059) |  Magic",
            "mushrooms can create vivid hallucinations of strange and fantastical things, such as abstract shapes.",
            "Credit: WhiteHaven/Shutterstock.com [View full size",
            "image](javascript:void\\(0\\);)  ",
            "---  ",
            "",
            P2,
            "",
        ]
    )
    doc = audit(tmp_path, text)
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        (
            "Magic mushrooms can create vivid hallucinations of strange and fantastical things, such as abstract "
            "shapes.",
            "WhiteHaven/Shutterstock.com",
        )
    ]


def test_a_picture_named_by_its_file_glued_to_the_storys_words_is_unsure(tmp_path: Path) -> None:
    """html2text flows an inline picture into its paragraph ("![update_graphic_red_bar](…)12:00 PM PT -- Sheriff's
    deputies were …"): with no credit, the words after it are the story's as often as a caption: no error."""
    glued = (
        "![update_graphic_red_bar](http://media.example.com/2013/11/20/update-graphic-red-bar.jpg)12:00 PM PT -- "
        "Sheriff's deputies were at the hotel on Thursday morning."
    )
    doc = audit(tmp_path, "\n\n".join([P1, glued, P2]) + "\n")
    assert [i.role for i in doc.images] == ["unsure"]
    assert not [f for f in doc.findings if f.severity == "error"]
