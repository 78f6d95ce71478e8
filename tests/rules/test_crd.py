"""CRD001-CRD007: is each image credited, once, to a known agency, in the agency's form."""

from __future__ import annotations

import pytest
from rulecase import AP, article, credit, embedded, hits, image

from checker.model import Article

REUTERS = credit("REUTERS/Jane Doe", "reuters", "Jane Doe", seen="credit_element")

# CRD001 missing-credit


def test_crd001_an_image_without_credit() -> None:
    doc = article(image(0, credit=None), image(1))
    assert hits("CRD001", doc) == [("CRD001", 0, "error", "image has no credit")]


def test_crd001_not_when_an_empty_label_is_reported_or_outside_a_page() -> None:
    assert hits("CRD001", image(credit=None, observed={"empty_credit_label": True, "credit_label": "Credit:"})) == []
    assert hits("CRD001", article(image(credit=None), shows_captions=False)) == []


# CRD002 duplicated-credit


def test_crd002_a_part_written_twice() -> None:
    twice = credit("Reuters/Reuters", "reuters", duplicated="Reuters")
    assert hits("CRD002", image(credit=twice)) == [
        ("CRD002", 0, "warning", "'Reuters' is written twice in the credit 'Reuters/Reuters'")
    ]


@pytest.mark.parametrize(
    "other",
    [
        credit("AP Photo/Jane Doe", "ap", "Jane Doe", seen="caption_tail"),  # the same text
        credit("AP", "ap", seen="caption_tail"),  # the same agency
        credit("ap photo / jane doe", seen="credit_line"),  # the same text, folded, even naming no agency
    ],
)
def test_crd002_a_second_credit_shown(other) -> None:
    assert hits("CRD002", image(observed={"other_credits": [other]})) == [
        ("CRD002", 0, "warning", f"credit shown twice: {other.raw!r} and 'AP Photo/Jane Doe'")
    ]


@pytest.mark.parametrize(
    "observed",
    [
        {"other_credits": [credit("AP Photo/Jane Doe", "ap", "Jane Doe", seen="data_attribute")]},  # not shown
        {"structured_credit": credit("AP Photo/Jane Doe", "ap", "Jane Doe", seen="jsonld")},  # not shown
        {"other_credits": [credit("Photo: Jane Doe", None, "Jane Doe", seen="caption_tail")]},  # no agency, other text
        {},
    ],
)
def test_crd002_copies_a_reader_does_not_see_and_single_credits(observed) -> None:
    assert hits("CRD002", image(observed=observed)) == []


# CRD003 conflicting-credits


def test_crd003_two_agencies_on_the_page() -> None:
    getty = credit("Getty Images", "getty", seen="caption_tail")
    assert hits("CRD003", image(observed={"other_credits": [getty]})) == [
        (
            "CRD003",
            0,
            "error",
            "credited to Associated Press ('AP Photo/Jane Doe') and to Getty Images ('Getty Images')",
        )
    ]


def test_crd003_json_ld_naming_another_agency() -> None:
    jsonld = credit("Reuters", "reuters", seen="jsonld")
    assert hits("CRD003", image(observed={"structured_credit": jsonld})) == [
        (
            "CRD003",
            0,
            "error",
            "credited to Associated Press ('AP Photo/Jane Doe') and to Reuters ('Reuters') in the page's JSON-LD",
        )
    ]


@pytest.mark.parametrize(
    ("main", "other"),
    [
        (credit("Jane Doe/AFP via Getty Images", "getty", "Jane Doe", via=["afp"]), credit("AFP", "afp")),  # one chain
        (AP, credit("AP", "ap")),  # the same agency: CRD002's business
        (AP, credit("Jane Doe", None, "Jane Doe")),  # names no agency
        (credit("Jane Doe", None, "Jane Doe"), credit("Getty Images", "getty")),  # no licensing agency to conflict
    ],
)
def test_crd003_credits_that_agree(main, other) -> None:
    assert hits("CRD003", image(credit=main, observed={"other_credits": [other]})) == []


# CRD004 credit-glued-to-caption


def test_crd004_glued_credit() -> None:
    assert hits("CRD004", image(observed={"credit_glued": True})) == [
        ("CRD004", 0, "warning", "credit is glued to the caption text without a space or separator")
    ]
    assert hits("CRD004", image()) == []


# CRD005 noncanonical-credit


def test_crd005_misspelt_agency() -> None:
    misspelt = credit("RETUERS", "reuters", noncanonical="REUTERS")
    assert hits("CRD005", image(credit=misspelt)) == [
        ("CRD005", 0, "info", "credit 'RETUERS' should name the agency as 'REUTERS'")
    ]
    assert hits("CRD005", image(credit=REUTERS)) == []


HOUSE = {"credit_format": {"ap": r"\(AP Photo/[^)]+\)"}}


def test_crd005_credit_outside_the_house_format() -> None:
    assert hits("CRD005", image(), HOUSE) == [
        (
            "CRD005",
            0,
            "info",
            r"credit 'AP Photo/Jane Doe' is not in the house format for Associated Press: \(AP Photo/[^)]+\)",
        )
    ]


@pytest.mark.parametrize(
    "subject",
    [
        image(credit=credit("(AP Photo/Jane Doe)", "ap", "Jane Doe")),  # the whole credit matches
        image(credit=REUTERS),  # no format for Reuters
        image(credit=credit("Jane Doe", None, "Jane Doe")),  # no agency
    ],
)
def test_crd005_credits_in_the_house_format_or_without_one(subject) -> None:
    assert hits("CRD005", subject, HOUSE) == []


def test_crd005_the_pattern_must_match_the_whole_credit() -> None:
    partial = {"credit_format": {"ap": "AP Photo"}}
    assert [found[1] for found in hits("CRD005", image(), partial)] == [0]


# CRD006 unknown-agency


def test_crd006_credit_naming_no_agency() -> None:
    gazette = credit("Jane Doe/Evening Gazette", None, "Jane Doe")
    assert hits("CRD006", image(credit=gazette)) == [
        ("CRD006", 0, "warning", "credit 'Jane Doe/Evening Gazette' names no known agency")
    ]
    assert hits("CRD006", image()) == [] and hits("CRD006", image(credit=None)) == []


# CRD007 photographer-missing


def test_crd007_agency_style_names_the_photographer() -> None:
    bare = credit("AP Photo", "ap")
    assert hits("CRD007", image(credit=bare)) == [
        ("CRD007", 0, "info", "credit 'AP Photo' does not name the photographer (house style: AP Photo/Name)")
    ]


def test_crd007_not_with_a_name_or_for_agencies_that_do_not_ask() -> None:
    assert hits("CRD007", image()) == []
    assert hits("CRD007", image(credit=credit("Shutterstock", "shutterstock"))) == []
    assert (
        hits("CRD007", image(credit=credit("AP Photo", "ap")), {"agencies": {"ap": {"names_photographer": False}}})
        == []
    )


def test_crd007_standalone_image_by_line_names_the_photographer() -> None:
    """An image checked on its own shows no caption: its embedded by-line is where it names the photographer."""

    def lone(*byline: str) -> Article:
        photo = image(
            alt=None, caption=None, credit=credit("AP", "ap"), embedded=embedded(iptc="AP", creator=list(byline))
        )
        return Article(source="flood.jpg", format="image", images=[photo], alt_observable=False, shows_captions=False)

    message = "credit 'AP' does not name the photographer (house style: AP Photo/Name)"
    assert hits("CRD007", lone("Jane Doe")) == []
    assert hits("CRD007", lone("Jane Doe/AP")) == []
    assert hits("CRD007", lone("EVAN VUCCI")) == []
    assert hits("CRD007", lone()) == [("CRD007", 0, "info", message)]
    assert hits("CRD007", lone("STR")) == [("CRD007", 0, "info", message)]
    assert hits("CRD007", lone("Staff Photographer")) == [("CRD007", 0, "info", message)]
    # on a page the credit readers see must name the photographer: the file's by-line does not count
    on_page = image(credit=credit("AP Photo", "ap"), embedded=embedded(iptc="AP", creator=["Jane Doe"]))
    assert [f[0] for f in hits("CRD007", on_page)] == ["CRD007"]
