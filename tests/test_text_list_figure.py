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
