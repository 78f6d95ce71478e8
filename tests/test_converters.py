"""Converters (pandoc's writers, text browsers, Python extractors), each over the same article
(tests/converters/README.md): every converter's text gives the same three photos, each with its whole caption and
its credit, however it wraps, nests, numbers or escapes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.credits.registry import default_registry
from checker.readers.text import read_text

CONVERTERS = Path(__file__).parent / "converters"
NO_ADDRESS = {"w3m", "lynx", "links", "inscriptis", "html_text", "resiliparse"}  # they print no picture's address
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


@pytest.mark.parametrize("converter", sorted(path.stem for path in CONVERTERS.glob("*.txt")))
def test_converter(converter: str) -> None:
    path = CONVERTERS / f"{converter}.txt"
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
    src = (lambda photo: None) if converter in NO_ADDRESS else (lambda photo: photo[0])
    assert found == [(src(photo), *photo[1:], "content") for photo in EXPECTED]


def test_every_converter_is_here() -> None:
    assert len(list(CONVERTERS.glob("*.txt"))) == 31


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "second").glob("*.txt")))
def test_second_article(converter: str) -> None:
    path = CONVERTERS / "second" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    credited = [
        (image.src, image.credit.raw.replace(" /", "/"), image.credit.agency)
        for image in article.images
        if image.credit is not None and image.role != "chrome"
    ]
    addresses = ["https://example.com/council-vote.jpg", "https://example.com/police.jpg"]
    if converter in NO_ADDRESS | {"elinks", "plain"}:
        addresses = [None, None]
    assert credited == [(addresses[0], "John Smith/AP", "ap"), (addresses[1], "REUTERS", "reuters")]
    assert not [image.src for image in article.images if "thumb" in (image.src or "") and image.role == "content"]


GLUED_GALLERY = {"elinks", "links", "lynx", "lynx_image_links"}  # they print a gallery's slides as one paragraph


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "third").glob("*.txt")))
def test_third_article(converter: str) -> None:
    path = CONVERTERS / "third" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    shown = [image for image in article.images if image.role != "chrome"]
    agencies = [image.credit.agency for image in shown if image.credit is not None]
    if converter in GLUED_GALLERY:
        assert {"getty"} <= set(agencies) <= {"ap", "getty", "epa"}
    else:
        assert agencies == ["ap", "getty", "epa", "epa", "epa"]
    slides = [image.src for image in shown if "gallery" in (image.src or "")]
    if converter not in NO_ADDRESS | GLUED_GALLERY | {"plain"}:
        assert slides == [f"https://example.com/gallery-{n}.jpg" for n in (1, 2, 3)]


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "fourth").glob("*.txt")))
def test_fourth_article(converter: str) -> None:
    path = CONVERTERS / "fourth" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    agencies = [image.credit.agency for image in article.images if image.credit and image.role != "chrome"]
    if converter in ("elinks", "links"):  # no picture printed for the lead: its credit alone is no photo
        assert agencies[-1:] == ["reuters"] and set(agencies) <= {"getty", "reuters"}
    else:
        assert agencies == ["getty", "getty", "reuters"]
    assert not [image for image in article.images if "thumbs" in (image.src or "") and image.role == "content"]


@pytest.mark.parametrize(
    ("folder", "agencies"),
    [
        ("", ["imagn", "reuters", "reuters"]),
        ("second", ["ap", "reuters"]),
        ("third", ["ap", "getty", "epa", "epa", "epa"]),
        ("fourth", ["getty", "getty", "reuters"]),
        ("fifth", ["shutterstock", "afp", "afp", "afp"]),
        ("sixth", ["getty", "getty", "epa"]),
        ("seventh", ["ap", "reuters"]),
        ("eighth", [None, "getty"]),
    ],
)
def test_the_page_itself(folder: str, agencies: list[str | None]) -> None:
    """The HTML reader on each article's page gives the credits the converters' texts give (a picture alone in its
    paragraph, then its caption paragraph ending with an agency's credit, or a caption paragraph and a credit
    paragraph: the figure written as paragraphs)."""
    from checker.readers.html.reader import read_html

    path = CONVERTERS / folder / "article.html"
    article = read_html(str(path), path.read_bytes(), default_registry())
    found = [image.credit.agency for image in article.images if image.credit and image.role != "chrome"]
    assert found == agencies


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "fifth").glob("*.txt")))
def test_fifth_article(converter: str) -> None:
    path = CONVERTERS / "fifth" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    shown = [
        (image.src, bool(image.caption), image.credit.agency if image.credit else None)
        for image in article.images
        if image.role != "chrome"
    ]
    if converter in NO_ADDRESS | {"elinks"}:
        assert shown == [(None, True, "shutterstock")]
    elif converter == "plain":  # pandoc's "[]" for each slide's picture: no address
        assert shown == [(None, True, "shutterstock"), *[(None, True, "afp")] * 3]
    else:
        slides = [(f"https://example.com/slide-{n}.jpg", True, "afp") for n in (1, 2, 3)]
        assert shown == [("https://example.com/celebration.jpg", True, "shutterstock"), *slides]


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "sixth").glob("*.txt")))
def test_sixth_article(converter: str) -> None:
    path = CONVERTERS / "sixth" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    agencies = [image.credit.agency for image in article.images if image.credit and image.role != "chrome"]
    if converter == "elinks":  # prints no picture for the lazy lead
        assert agencies[-2:] == ["getty", "epa"]
    else:
        assert agencies == ["getty", "getty", "epa"]


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "seventh").glob("*.txt")))
def test_seventh_article(converter: str) -> None:
    path = CONVERTERS / "seventh" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    credits = [image.credit.raw for image in article.images if image.credit and image.role != "chrome"]
    assert credits[-1:] == ["Jane Doe/AP"] if converter == "jats" else credits[-1:] == ["Tom Brown / Reuters"]
    agencies = [image.credit.agency for image in article.images if image.credit and image.role != "chrome"]
    assert agencies == (["ap"] if converter == "jats" else ["ap", "reuters"])
    thumbnails = [image.role for image in article.images if "thumb" in (image.src or "")]
    assert "content" not in thumbnails or converter == "tei"


@pytest.mark.parametrize("converter", sorted(path.stem for path in (CONVERTERS / "eighth").glob("*.txt")))
def test_eighth_article(converter: str) -> None:
    path = CONVERTERS / "eighth" / f"{converter}.txt"
    article = read_text(str(path), path.read_text(encoding="utf-8"), default_registry())
    credits = [image.credit for image in article.images if image.credit and image.role != "chrome"]
    assert [credit.raw[:4] for credit in credits] == ["Lena", "Gett"]
    assert credits[-1].agency == "getty"
