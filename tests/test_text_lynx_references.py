"""lynx -dump's "References" list (every link's address after its number, a share link's running to hundreds of
characters) is no line of the text's paragraphs: the width lynx wrapped them at is learned from the paragraphs.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import audit, images


def test_lynx_list_of_link_addresses_does_not_set_the_width_its_paragraphs_were_wrapped_at(tmp_path: Path) -> None:
    """lynx -dump ends with "References", a numbered list of every link's address; a share link's address runs to
    hundreds of characters after its number. The paragraphs are still wrapped at lynx's width: each caption is read
    whole, its credit wrapped over two lines is one credit, and the card under "Top Stories" after the story is
    another story's."""
    body = (
        "   The proposition approved by voters emerged as a consequence of the\n"
        "   state legislature passing [12]Senate Bill 10 in May. Lee spoke to KXAN\n"
        "   in June, a week following passage.\n"
    )
    text = (
        "   #[1]Station » Feed [2]Station » Comments Feed\n\n"
        "Voters pass increase for retired public education workers\n\n" + body + "\n   [3]\n"
        "   Commuters sit in a coach at the central station in the morning rush\n"
        "   hour on Monday, as the measures were eased in the city. (AP Photo/Eric\n"
        "   Gay)\n\n" + body + "\n   Copyright 2023 Station Media Inc. All rights reserved.\n\n"
        "[169]Top Stories\n\n"
        "[170]Live updates | Israeli strikes pound Gaza City …\n\n"
        "   [171]\n"
        "   Palestinians flee to the southern Gaza Strip on Salah al-Din Street in\n"
        "   Bureij, Gaza Strip, on Wednesday, November 8, 2023. (AP Photo/Hatem\n"
        "   Moussa)\n\n"
        "References\n\n"
        "   1. https://www.example.com/feed/\n"
        "   2. https://www.example.com/comments/feed/\n"
        " 303. https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.example.com%2Fnews%2F"
        + "voters-pass-increase-for-retired-public-education-workers%2F" * 8
        + "\n"
    )
    doc = audit(tmp_path, text)
    assert images(doc) == [
        (
            10,
            "Commuters sit in a coach at the central station in the morning rush hour on Monday, as the measures "
            "were eased in the city.",
            "AP Photo/Eric Gay",
            "ap",
            "content",
        ),
        (
            25,
            "Palestinians flee to the southern Gaza Strip on Salah al-Din Street in Bureij, Gaza Strip, on "
            "Wednesday, November 8, 2023.",
            "AP Photo/Hatem Moussa",
            "ap",
            "chrome",
        ),
    ]
