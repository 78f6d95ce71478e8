"""html2text under a picture whose alt text is its caption: the photographer and the outlet the photo was taken
for, then the caption again, wrapped at html2text's width ("Kevin C. Downs/for New York Daily News Rene seeks
unspecified monetary damages" / "for his physical …"): the credit is the words before the alt text's start, the
caption the alt text (New York Daily News, 2015). A line that only starts like the alt text is no such credit.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, audit, images

ALT = "Rene seeks unspecified monetary damages for his physical and emotional scars. He plans to file the lawsuit."
PICTURE = (
    "![Rene seeks unspecified monetary damages for his physical and emotional\nscars. He plans to file the lawsuit."
    "](http://static3.example.com/fs/1.207!/img/httpImage/image.jpg_gen/derivatives/article_970/mob15n-3-web.jpg)"
)


def test_a_photographer_for_an_outlet_before_the_alt_text_again(tmp_path: Path) -> None:
    below = (
        "Kevin C. Downs/for New York Daily News Rene seeks unspecified monetary damages\n"
        "for his physical and emotional scars. He plans to file the lawsuit."
    )
    doc = audit(tmp_path, "\n\n".join([P1, PICTURE + "\n" + below, P2]) + "\n")
    assert images(doc) == [(5, ALT, "Kevin C. Downs/for New York Daily News", None, "content")]


def test_a_sentence_before_the_alt_text_again_is_no_credit(tmp_path: Path) -> None:
    below = (
        "The court heard on Monday that Rene seeks unspecified monetary damages\n"
        "for his physical and emotional scars. He plans to file the lawsuit."
    )
    doc = audit(tmp_path, "\n\n".join([P1, PICTURE + "\n" + below, P2]) + "\n")
    assert [i.credit for i in doc.images] == [None]


def test_the_credit_and_the_alt_texts_start_read_as_the_caption_though_no_sentence(tmp_path: Path) -> None:
    """The line under the picture, cut by the wrap, reads as no sentence ("… News London Rene and 'Mob Wives' star"):
    it repeats the alt text after a credit, so it is the caption, and the credit is read."""
    alt = "London Rene and 'Mob Wives' star Natalie Guercio pose in the office of their lawyer, Scott Rynecki."
    picture = (
        f"![{alt}](http://assets.example.com/fs/1.206!/img/httpImage/image.jpg_gen/derivatives/article_970/m1.jpg)"
    )
    below = (
        "Kevin C. Downs/for New York Daily News London Rene and 'Mob Wives' star\n"
        "Natalie Guercio pose in the office of their lawyer, Scott Rynecki."
    )
    doc = audit(tmp_path, "\n\n".join([P1, picture + "\n" + below, P2]) + "\n")
    assert [(i.caption, i.credit.raw if i.credit else None) for i in doc.images] == [
        (alt, "Kevin C. Downs/for New York Daily News")
    ]
