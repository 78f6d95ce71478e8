"""CAP001 missing-caption, CAP002 alt-duplicates-caption, CAP003 caption-repeated-in-body."""

from __future__ import annotations

import pytest
from rulecase import article, hits, image

# CAP001


def test_cap001_an_image_without_caption() -> None:
    doc = article(image(0, caption=None), image(1), image(2, caption="  "))
    assert hits("CAP001", doc) == [
        ("CAP001", 0, "warning", "image has no caption"),
        ("CAP001", 2, "warning", "image has no caption"),
    ]


def test_cap001_not_for_an_image_checked_on_its_own() -> None:
    assert hits("CAP001", article(image(caption=None), shows_captions=False)) == []


# CAP002

DUPLICATE = "alt text repeats the caption; describe what the image shows instead"


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("Water fills the high street.", "Water fills the high street."),
        ("WATER FILLS THE HIGH STREET", "Water fills the high street."),  # case and punctuation folded
        ("Water fills the high street", "Water fills the high street today."),  # ratio 0.90
        ("Café owners clear up", "Cafe\u0301 owners clear up."),  # NFKC: composed and decomposed accents
    ],
)
def test_cap002_alt_equal_or_nearly_equal_to_the_caption(alt: str, caption: str) -> None:
    assert hits("CAP002", image(alt=alt, caption=caption)) == [("CAP002", 0, "warning", DUPLICATE)]


@pytest.mark.parametrize(
    ("alt", "caption"),
    [
        ("Cars stand in brown water outside a row of shops", "Water fills the high street."),
        ("Water fills the high street", "Water fills the high street on Sunday."),  # ratio 0.84
        (None, "Water fills the high street."),
        ("Water fills the high street.", None),
        ("...", "..."),  # nothing left after folding
    ],
)
def test_cap002_alt_that_differs_or_is_missing(alt: str | None, caption: str | None) -> None:
    assert hits("CAP002", image(alt=alt, caption=caption)) == []


# CAP003

CAPTION = "Water fills the high street after the river burst its banks."


def test_cap003_caption_standing_in_the_body() -> None:
    doc = article(image(caption=CAPTION), text=f"Shops closed. {CAPTION.upper()} Clean-up began on Monday.")
    assert hits("CAP003", doc) == [("CAP003", 0, "info", "caption text also appears in the article body")]


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        (CAPTION, "The river burst its banks on Sunday night."),
        ("A flood.", "Shops closed. A flood. Clean-up began."),  # under 20 characters: a repeat means nothing
        (None, "Anything."),
    ],
)
def test_cap003_caption_not_in_the_body_or_too_short(caption: str | None, text: str) -> None:
    assert hits("CAP003", article(image(caption=caption), text=text)) == []
