"""pandoc's writers, each over the same article (tests/pandoc_writers/README.md): every writer's text gives the
same three photos, each with its whole caption and its credit, however the writer wraps, nests or escapes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.credits.registry import default_registry
from checker.readers.text import read_text

WRITERS = Path(__file__).parent / "pandoc_writers"
EXPECTED = [
    (
        "http://example.com/photo.jpg",
        "Alabama Crimson Tide head coach Nick Saban talks with the media during the 2013 SEC football media days at "
        "the Hyatt Regency in Hoover, Alabama.",
        "Marvin Gentry, USA TODAY Sports",
        "imagn",
    ),
    (
        "http://example.com/photo2.jpg",
        "Protesters gather outside the parliament building in the capital on Tuesday evening after the vote was "
        "announced by the speaker.",
        "Jane Smith/Reuters",
        "reuters",
    ),
    (
        "http://example.com/photo3.jpg",
        "A nurse adjusts a patient's oxygen mask in the intensive care unit of the city hospital on Wednesday.",
        "REUTERS/Yves Herman",
        "reuters",
    ),
]


@pytest.mark.parametrize("writer", sorted(path.stem for path in WRITERS.glob("*.txt")))
def test_writer(writer: str) -> None:
    path = WRITERS / f"{writer}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    found = [
        (
            image.src,
            image.caption,
            *((image.credit.raw, image.credit.agency) if image.credit else (None, None)),
            image.role,
        )
        for image in article.images
    ]
    assert found == [(*photo, "content") for photo in EXPECTED]


def test_every_writer_is_here() -> None:
    assert len(list(WRITERS.glob("*.txt"))) == 21
