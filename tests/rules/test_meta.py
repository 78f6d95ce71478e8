"""META001-META003, and CRD003 between a photo's own metadata blocks: the credit a photo carries against the page."""

from __future__ import annotations

import pytest
from rulecase import AP, article, credit, embedded, hits, image

DST = "http://cv.iptc.org/newscodes/digitalsourcetype/"

# META001 credit-disagrees-with-metadata


def test_meta001_page_and_photo_name_different_agencies() -> None:
    reuters = credit("Jane Doe/Reuters", "reuters", "Jane Doe")
    assert hits("META001", image(credit=reuters, embedded=embedded(iptc="AP", xmp="AP Photo"))) == [
        (
            "META001",
            0,
            "error",
            "page credits Reuters ('Jane Doe/Reuters') but the photo's IPTC metadata credits Associated Press ('AP')",
        )
    ]


@pytest.mark.parametrize(
    "metadata",
    [
        embedded(iptc="AP"),
        embedded(iptc="Reuters", xmp="AP Photo/Jane Doe"),  # one block agrees: META001 is quiet (CRD003 is not)
        embedded(iptc="Jane Doe"),  # names no agency
        embedded(),
        None,
    ],
)
def test_meta001_photo_agrees_or_names_no_agency(metadata) -> None:
    assert hits("META001", image(credit=AP, embedded=metadata)) == []


def test_meta001_only_for_a_page_credit_naming_an_agency() -> None:
    assert hits("META001", image(credit=credit("Jane Doe", None, "Jane Doe"), embedded=embedded(iptc="AP"))) == []
    assert hits("META001", image(credit=None, embedded=embedded(iptc="AP"))) == []


# META002 metadata-credit-not-shown


def test_meta002_photo_credit_the_page_does_not_show() -> None:
    assert hits("META002", image(credit=None, embedded=embedded(iptc="AP"))) == [
        ("META002", 0, "error", "the photo's metadata requires the credit 'AP'; the page shows none")
    ]


def test_meta002_shown_or_no_page() -> None:
    assert hits("META002", image(embedded=embedded(iptc="AP"))) == []
    assert hits("META002", image(credit=None, embedded=embedded())) == []
    assert hits("META002", article(image(credit=None, embedded=embedded(iptc="AP")), shows_captions=False)) == []


# CRD003 between embedded blocks


def test_crd003_blocks_naming_different_agencies() -> None:
    assert hits("CRD003", image(embedded=embedded(iptc="AP", xmp="Reuters", exif="AP Photo"))) == [
        ("CRD003", 0, "error", "embedded IPTC credits Associated Press ('AP') but XMP credits Reuters ('Reuters')"),
        (
            "CRD003",
            0,
            "error",
            "embedded XMP credits Reuters ('Reuters') but EXIF credits Associated Press ('AP Photo')",
        ),
    ]


def test_crd003_a_credit_cut_at_iim_32_bytes_is_no_conflict() -> None:
    full = "Jane Doe/Reuters via Getty Images"  # 33 bytes: IIM keeps the first 32
    cut = full.encode()[:32].decode()
    assert hits("CRD003", image(embedded=embedded(iptc=cut, xmp=full))) == []
    assert hits("CRD003", image(embedded=embedded(iptc="AP", xmp="AP Photo/Jane Doe"))) == []


# META003 ai-generated-image


@pytest.mark.parametrize("kind", ["trainedAlgorithmicMedia", "compositeWithTrainedAlgorithmicMedia"])
def test_meta003_generated_or_composited_with_a_model(kind: str) -> None:
    assert hits("META003", image(embedded=embedded(digital_source_type=DST + kind))) == [
        ("META003", 0, "info", f"embedded Digital Source Type {kind}: disclose AI generation in the caption")
    ]


@pytest.mark.parametrize("kind", ["digitalCapture", "algorithmicallyEnhanced", None])
def test_meta003_captured_photos(kind: str | None) -> None:
    source = DST + kind if kind else None
    assert hits("META003", image(embedded=embedded(digital_source_type=source))) == []
