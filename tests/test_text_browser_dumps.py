"""The scraped-text reader on text browsers' dumps. w3m with numbered links (`w3m -dump -o display_link_number=1`): a gallery
whose slides print as a list item (the alt text) over the caption closed by its counter ("Firefox Aurora [3/10]"),
teaser cards whose picture is a link holding nothing but the picture ("[41]" alone over the alt text), and an
agency's filing slug in an alt text ("Image: US-SPACE-AEROSPACE-NASA"), which is no credit. lynx: a picture's
alt text printed twice on one line, and again on the next (the <img> and its <noscript> copy), is one picture.

Each input is shaped like w3m's output of a real page (text shortened); the expected images are exact:
(line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, audit, findings, images


def test_a_gallery_of_captions_closed_by_their_counters(tmp_path: Path) -> None:
    slides = ["Firefox 5.0a2", "Firefox Nightly", "Golem.de in Firefox 5.0a2", "Menü-Button in Firefox 5.0a2"]
    lines = ["[1]Home [2]News [3]Software", "", P1, ""]
    for number, caption in enumerate(slides, 1):
        lines += [f"  • {caption}", f"    {caption} [{number}/{len(slides)}]"]
    lines += ["", P2, "", P3]
    doc = audit(tmp_path, "\n".join(lines) + "\n")
    assert images(doc) == [
        (6, "Firefox 5.0a2", None, None, "content"),
        (8, "Firefox Nightly", None, None, "content"),
        (10, "Golem.de in Firefox 5.0a2", None, None, "content"),
        (12, "Menü-Button in Firefox 5.0a2", None, None, "content"),
    ]
    assert findings(doc, "CRD001") == {(index, "CRD001", "error") for index in range(4)}  # no credit printed


def test_a_title_in_a_pictures_markup_is_no_slide_counter(tmp_path: Path) -> None:
    """'"Picture 7"', the title of a linked picture in Markdown, is no counter closing a caption."""
    text = "\n".join(
        [
            P1,
            "",
            "## The Latest",
            "",
            '[![Image via ABC](http://example.com/picture-72.png?w=125 "Picture 7")](http://example.com/2011/08/24/other/)',
            "",
            P2,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i for i in images(doc) if i[4] != "chrome" and i[1]] == []


def test_a_linked_pictures_number_alone_over_its_alt_text_is_a_card(tmp_path: Path) -> None:
    """Le Monde's rail of other stories in w3m: "[41]", then the picture's alt text (printed twice), a kicker and
    the headline. No error on them: they are other stories' pictures."""
    text = "\n".join(
        [
            "[1]Home [2]World [3]Economy [4]Culture [5]Sport [6]Science [7]Opinion [8]Video [9]Sign in [10]Subscribe",
            "[11]Newsletters [12]Search",
            "",
            P1,
            "",
            "    [41]",
            "    Une pompe à essence à Arnage (Sarthe), le 6 décembre 2018. Une pompe à essence à",
            "    Arnage (Sarthe), le 6 décembre 2018.",
            "    Économie",
            "",
            "    [42]Le gouvernement dans l’embarras face à la forte hausse des prix du carburant",
            "",
            "    [43]",
            "    A l’usine PSA de Mulhouse, en octobre 2017. A l’usine PSA de Mulhouse, en octobre",
            "    2017.",
            "    Chronique",
            "",
            "    [44]Les entreprises françaises croient au printemps",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert [i[4] for i in images(doc)] == ["chrome", "chrome"]
    assert findings(doc, "CRD001") == set()


def test_an_agency_filing_slug_in_the_alt_text_is_no_credit(tmp_path: Path) -> None:
    text = "\n".join(
        [
            "What's the Hold-Up at SpaceX?",
            "",
            "It's been a rough few months for Elon Musk's SpaceX.",
            "",
            "Image: US-SPACE-AEROSPACE-NASA",
            "",
            "",
            "Space X's Falcon 9 rocket as it lifts off from space launch complex 40 at Cape Canaveral, Florida June 28,"
            " 2015 with a Dragon CRS7 spacecraft. BRUCE WEAVER / AFP - Getty Images",
            "",
            P1,
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [
        (
            8,
            "Space X's Falcon 9 rocket as it lifts off from space launch complex 40 at Cape Canaveral, Florida June "
            "28, 2015 with a Dragon CRS7 spacecraft.",
            "BRUCE WEAVER / AFP - Getty Images",
            "getty",
            "content",
        )
    ]


def test_a_doubled_alt_text_printed_again_is_one_picture(tmp_path: Path) -> None:
    """lynx prints an <img>'s alt text and its <noscript> copy's, each as "alt alt" wrapped over two lines; the
    paragraph under them is the caption (The Verge, 2023). One picture, with no credit."""
    alt = "The Vision Pro displaying a window floating in a room."
    text = "\n".join(
        [
            f"   {P1}",
            "",
            f"   {alt} The Vision Pro",
            "   displaying a window floating in a room.",
            f"   {alt} The Vision Pro",
            "   displaying a window floating in a room.",
            "   I wasn’t allowed to record or capture footage of my Vision Pro demo, so",
            "   this photo from Apple will have to do.",
            "",
            f"   {P2}",
        ]
    )
    doc = audit(tmp_path, text + "\n")
    assert images(doc) == [(3, alt, None, None, "content")]
    assert findings(doc, "CRD001") == {(0, "CRD001", "error")}
