"""A picture file with no alt text shown again and again down a page (a shop's "Prime" badge in each product box
of a buying guide, as lynx -nolist prints them: "[amazon-prime_h375.png]" over "Available from Amazon") is a
badge, not a photo of the story: no missing-credit error on it in each box (the product's own picture is left
as it is read). A photo printed three times with its alt
text (a sticky header's copy) is not.

The expected images are exact."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, audit, findings


def _box(n: int) -> str:
    return (
        f"   [product-{n}._SL160_.jpg]\n"
        f"   Wireless Earbuds Model {n} with Charging Case\n"
        f"   ${100 + n}.00\n"
        "   [amazon-prime_h375.png]\n"
        "   Available from Amazon\n"
        "   Site may receive a commission\n"
        "   Buy Now\n"
    )


def test_one_file_without_alt_text_in_every_product_box_is_a_badge(tmp_path: Path) -> None:
    text = f"   {P1}\n\n" + "\n".join(_box(n) for n in (1, 2, 3)) + f"\n   {P2}\n\n   {P3}\n"
    doc = audit(tmp_path, text)
    badges = [i.index for i in doc.images if i.src == "amazon-prime_h375.png" and i.role == "chrome"]
    assert badges == [1, 3, 5]
    assert {image for image, _, _ in findings(doc, "CRD001")} & set(badges) == set()


def test_a_photo_shown_three_times_with_its_alt_text_is_no_badge(tmp_path: Path) -> None:
    photo = "![Rescue workers search the rubble in Antakya](https://example.com/photos/quake-lead.jpg)"
    text = "\n\n".join([photo, P1, photo, P2, photo, P3]) + "\n"
    doc = audit(tmp_path, text)
    assert "chrome" not in {i.role for i in doc.images}
