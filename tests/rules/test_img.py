"""IMG002 image-file-unreadable, IMG003 image-path-escapes-root: the image files behind an article (--images)."""

from __future__ import annotations

from rulecase import embedded, findings, hits, image


def test_img002_missing_or_unreadable_file() -> None:
    missing = embedded(error="not found under the images root: uploads/flood.jpg")
    assert hits("IMG002", image(embedded=missing)) == [
        ("IMG002", 0, "warning", "not found under the images root: uploads/flood.jpg")
    ]


def test_img002_refused_blocks() -> None:
    refused = embedded(iptc="AP", warnings=["XMP refused: DTD or entity declarations", "EXIF: truncated"])
    assert hits("IMG002", image(embedded=refused)) == [
        ("IMG002", 0, "warning", "XMP refused: DTD or entity declarations; EXIF: truncated")
    ]


def test_img002_readable_file_or_none_referenced() -> None:
    assert hits("IMG002", image(embedded=embedded(iptc="AP"))) == []
    assert hits("IMG002", image(embedded=None)) == []


def test_img003_path_out_of_the_root_is_img003_only() -> None:
    outside = embedded(error="../../private/flood.jpg points outside the images root", outside_root=True)
    assert findings(image(embedded=outside)) == [
        ("IMG003", 0, "error", "../../private/flood.jpg points outside the images root")
    ]
