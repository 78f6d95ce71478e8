"""trafilatura's plain text keeps a picture as "![alt](src)" and prints every paragraph on a line of its own with no
blank line between: the story's next paragraph under a picture whose alt text holds the caption is no caption.
w3m prints a picture with no caption as its alt text, the
file's name ("0226-SUB-london-hotel-swipe-tmz-02", its day first): a picture between the story's paragraphs.

The expected images are exact."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import audit

ALT = (
    "Ahmad Khan Rahami splayed out next to a street in Linden, N.J., after he was shot by police officers in a gun "
    "battle on Monday morning."
)
PHOTO = "https://static.example.com/images/2016/09/20/nyregion/Manhunt/Manhunt-articleLarge.jpg"
BODY = [
    "The man who the police said sowed terror across two states, setting off bombs in Manhattan and on the Jersey "
    "Shore and touching off a furious manhunt, was tracked down on Monday morning sleeping in the doorway of a bar.",
    "The frenzied end came on a rain-soaked street in Linden, N.J., four hours after the police issued an "
    "unprecedented cellphone alert to millions of people in the area telling them to be on the lookout for him.",
    "Even as the remarkably swift arrest eased fears across the region, investigators were still in the earliest "
    "stages of trying to determine what provoked the attacks and whether the bomber was aided by others.",
]
# a scrape's text is dense (its layout says so) from 40 lines on: the story's further paragraphs
MORE = [f"Witness number {n} told reporters on Tuesday that the street had been closed for hours." for n in range(40)]


def test_the_storys_paragraph_under_a_picture_in_a_text_with_no_blank_lines_is_no_caption(tmp_path: Path) -> None:
    text = "\n".join(["Supported by", "Rahami Is Arrested in Manhattan and New Jersey Bombings", f"![{ALT}]({PHOTO})"])
    doc = audit(tmp_path, text + "\n" + "\n".join(BODY + MORE) + "\n")
    assert [(i.location.line, i.src, i.alt, i.caption, i.role) for i in doc.images] == [  # type: ignore[union-attr]
        (3, PHOTO, ALT, None, "content")
    ]


def test_a_file_name_with_its_day_first_between_paragraphs_is_a_picture(tmp_path: Path) -> None:
    doc = audit(tmp_path, "\n\n".join([BODY[0], BODY[1], "0226-SUB-london-hotel-swipe-tmz-02", BODY[2]]) + "\n")
    assert [(i.location.line, i.alt, i.credit) for i in doc.images] == [  # type: ignore[union-attr]
        (5, "0226-SUB-london-hotel-swipe-tmz-02", None)
    ]


def test_a_long_paragraph_under_a_picture_with_no_alt_text_in_such_a_text_raises_no_error(tmp_path: Path) -> None:
    """A video's placeholder with no alt text, the story's paragraph of 40 words under it: no caption, so no
    missing-credit error on what may be no photo at all."""
    picture = "![](https://ichef.example.co.uk/images/ic/720x405/p088xsnd.jpg)"
    doc = audit(tmp_path, "\n".join([BODY[0], BODY[1], picture, BODY[2] + " " + BODY[0], *MORE]) + "\n")
    assert [(i.location.line, i.caption, i.role) for i in doc.images] == [(3, None, "unsure")]  # type: ignore[union-attr]
    assert not [f for f in doc.findings if f.severity == "error"]
