"""A CMS that sets the story's one photo in a list (a slideshow of one): markitdown writes "* ![file.jpg](…)" and,
indented under it, the caption with an agency's credit and the CMS's source field glued after it
("… (AP Photo/A24 Films, Atsushi Nishijima)AP2014"). The story's photo, credited, not another story's card.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, audit, images

PHOTO = "http://a57.example.com/static/managed/img/entertainment/660/371/Oscar Isaac violent year.jpg?ve=1&tl=1"
CAPTION = (
    'In this image released by A24 Films, Jessica Chastain, left, and Oscar Isaac appear in a scene from "A Most '
    'Violent Year."'
)


def test_a_list_of_one_photo_with_its_credited_caption_is_the_storys_photo(tmp_path: Path) -> None:
    item = f"* ![Oscar Isaac violent year.jpg]({PHOTO})\n\n  {CAPTION} (AP Photo/A24 Films, Atsushi Nishijima)AP2014\n"
    doc = audit(tmp_path, "\n".join([P1, "", item, P2, "", P3, ""]))
    assert images(doc) == [(5, CAPTION, "AP Photo/A24 Films, Atsushi Nishijima", "ap", "content")]


def test_credits_each_over_its_headline_before_the_story_are_cards(tmp_path: Path) -> None:
    """links prints a side column's "Mehr zum Thema" before the story: a kicker, the picture's alt text, its credit,
    then the headline under it (read as the credit's caption, a title of a few words), three in a row: cards."""
    cards = [
        "   Mehr zum Thema",
        "   Schleichwerbung?",
        "   Pamela Reif Douglas",
        "   © Douglas",
        "",
        "Influencerin Pamela Reif wegen Instagram-Werbung vor Gericht",
        "",
        "   Begründung zum Urteil",
        "   Vreni Frost Instagram",
        "   © Vreni Frost",
        "",
        "Warum Instagram-Posts von Influencern nicht automatisch Werbung sind",
        "",
        "   Schleichwerbe-Vorwürfe",
        "   Vreni Frost Instagram",
        "   © Vreni Frost",
        "",
        "Influencerin Vreni Frost erzielt Teilerfolg vor Berliner Kammergericht",
        "",
    ]
    doc = audit(tmp_path, "\n".join([*cards, P1, "", P2, "", P3, ""]))
    assert [(i.credit.raw if i.credit else None, i.role) for i in doc.images] == [
        ("Douglas", "chrome"),
        ("Vreni Frost", "chrome"),
        ("Vreni Frost", "chrome"),
    ]
