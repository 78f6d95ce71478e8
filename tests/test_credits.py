"""The credit parser over real-world credit strings (seed, DESIGN.md, research/standards.md, the corpus)."""

from __future__ import annotations

import pytest

from checker.credits.parse import parse

# (credit as published, licensing agency, photographer, other agencies in the chain)
REAL_CREDITS = [
    # The Sun, ../shared/seed
    ("AP:Associated Press", "ap", None, []),
    ("Getty Images", "getty", None, []),
    ("Reuters", "reuters", None, []),
    # USA TODAY Sports Images, as sports pages print it
    ("USATSI", "imagn", None, []),
    ("Brad Penner-USA TODAY Sports", "imagn", "Brad Penner", []),
    # AP style and AP partner credits
    ("AP Photo/Jeffrey T. Barnes", "ap", "Jeffrey T. Barnes", []),
    ("(AP Photo/Alex Brandon)", "ap", "Alex Brandon", []),
    ("(Brian Gottesman/The New York Times via AP)", "ap", "Brian Gottesman", []),
    ("Invision/AP", "ap", None, []),
    # a CMS's source field, the agency and the copyright year glued (Fox News Latino, 2014)
    ("AP2014", "ap", None, []),
    ("Lehtikuva/ap", "ap", None, []),
    ("Sipa USA via AP", "ap", None, ["sipa"]),
    # Reuters
    ("REUTERS/Mario Anzuoni", "reuters", "Mario Anzuoni", []),
    ("Leonhard Foeger / Reuters file", "reuters", "Leonhard Foeger", []),
    ("Action Images/Reuters", "reuters", None, []),
    # Getty Images and its partners
    ("Photograph: Tim Robberts/Getty Images", "getty", "Tim Robberts", []),
    ("Alex Wong | Getty Images", "getty", "Alex Wong", []),
    ("Erin Schaff/Pool/Getty Images", "getty", "Erin Schaff", []),
    ("Fethi Belaid/AFP/Getty Images", "getty", "Fethi Belaid", ["afp"]),
    ("© Ben Stansall/\u200bAFP/\u200bGetty Images", "getty", "Ben Stansall", ["afp"]),
    ("Brendan Smialowski/AFP via Getty Images", "getty", "Brendan Smialowski", ["afp"]),
    ("AFP/Getty Images", "getty", None, ["afp"]),
    ("Photo by Mike Coppola/Getty Images for Netflix", "getty", "Mike Coppola", []),
    ("Andrew Harrer/Bloomberg via Getty Images", "getty", "Andrew Harrer", ["bloomberg"]),
    ("Stephen Dunn/Getty Images North America", "getty", "Stephen Dunn", []),
    # AFP, EPA, dpa
    ("STR/AFP", "afp", None, []),
    ("(AFP PHOTO / GABRIEL BOUYS)", "afp", "GABRIEL BOUYS", []),
    ("AFP PHOTO/ John Stanmeyer - VII Photo Agency", "afp", "John Stanmeyer", []),
    ("Credit: EPA", "epa", None, []),
    ("(Taiwan Presidential Office/EPA-EFE)", "epa", None, []),
    ("(Foto: Christian Charisius/dpa)", "dpa", "Christian Charisius", []),
    # Shutterstock / Rex
    ("Etienne Laurent/EPA vía Shutterstock", "shutterstock", "Etienne Laurent", ["epa"]),
    ("(Jacqueline Arzt/AP/REX/Shutterstock)", "shutterstock", "Jacqueline Arzt", ["ap"]),
    ("REX/Shutterstock", "shutterstock", None, []),
    ("ITV/Shutterstock", "shutterstock", None, []),
    ("NurPhoto/Shutterstock", "shutterstock", None, ["nurphoto"]),
    ("Nexpher/ZUMA Press Wire/Shutterstock", "shutterstock", None, ["zuma"]),
    ("Pool/Yuri Gripas - Pool/CNP/Shutterstock", "shutterstock", "Yuri Gripas", []),
    ("Han Handout/EPA-EFE/REX/Shutterstock", "shutterstock", None, ["epa"]),
    ("Mandatory Credit: Photo by Action Press/Shutterstock (16512200n)", "shutterstock", None, []),
    ("Image source, EPA-EFE/REX/SHUTTERSTOCK", "shutterstock", None, ["epa"]),
    # Alamy
    ("Prod.DB/Alamy Stock Photo", "alamy", None, []),
    ("© Jim Ekstrand/Alamy Stock Photo", "alamy", "Jim Ekstrand", []),
    ("Credit: ZUMA Press, Inc. / Alamy Stock Photo", "alamy", None, ["zuma"]),
    ("Picture: Alamy", "alamy", None, []),
    # PA Media
    ("PA Wire/PA Images", "pa", None, []),
    ("Martin Rickett/PA Wire", "pa", "Martin Rickett", []),
    ("(Victoria Jones/PA)", "pa", "Victoria Jones", []),
    ("Geoff Caddick/PA Photocall", "pa", "Geoff Caddick", []),
    # Others
    ("The Canadian Press", "cp", None, []),
    ("(c) Aprescindere | Dreamstime.com", "dreamstime", None, []),
    ("Kirby Lee-USA TODAY Sports", "imagn", "Kirby Lee", []),
    ("Marvin Gentry, USA TODAY Sports", "imagn", "Marvin Gentry", []),
    ("Jeff Chiu, Associated Press", "ap", "Jeff Chiu", []),
    ("Sports, Associated Press", "ap", None, []),
    ("AAP Image/Dean Lewins", "aap", "Dean Lewins", []),
    ("Xinhua News Agency", "xinhua", None, []),
    ("Anadolu Agency via Getty Images", "getty", None, ["anadolu"]),
    # French papers: a full stop between the photographer and the agency
    ("Markus Schreiber. AP", "ap", "Markus Schreiber", []),
    ("Sebastien Bozon. AFP", "afp", "Sebastien Bozon", []),
    ("Photo by Mrs. Smith/Getty Images", "getty", "Mrs. Smith", []),
]


@pytest.mark.parametrize(("raw", "agency", "photographer", "via"), REAL_CREDITS, ids=[c[0] for c in REAL_CREDITS])
def test_real_credit(raw: str, agency: str, photographer: str | None, via: list[str]) -> None:
    credit = parse(raw)
    assert (credit.agency, credit.photographer, credit.via) == (agency, photographer, via)
    assert credit.agency_name


def test_enough_real_credits() -> None:
    assert len(REAL_CREDITS) >= 40


@pytest.mark.parametrize(
    "raw", ["Rex Smith", "Pat Paulson", "Apple Inc.", "Handout", "Courtesy of the family", "G2020", "MAP2014"]
)
def test_names_that_are_not_agencies(raw: str) -> None:
    assert parse(raw).agency is None


def test_staff_photographer_is_kept_without_agency() -> None:
    credit = parse("Picture: Jane Smith")
    assert (credit.agency, credit.photographer, credit.raw) == (None, "Jane Smith", "Jane Smith")


@pytest.mark.parametrize(
    ("raw", "better"), [("RETUERS", "REUTERS"), ("Rex Features", "Shutterstock"), ("Photo: Getty", "Getty Images")]
)
def test_noncanonical_aliases(raw: str, better: str) -> None:
    assert parse(raw).noncanonical == better


def test_canonical_credit_is_not_flagged() -> None:
    assert parse("REUTERS/Jane Doe").noncanonical is None


@pytest.mark.parametrize(
    ("raw", "part"), [("Alamy Live News/Alamy Live News", "Alamy Live News"), ("ABC/NYT/AP AP", "AP AP")]
)
def test_duplicated_parts(raw: str, part: str) -> None:
    assert parse(raw).duplicated == part


def test_pool_written_twice_is_house_style_not_duplication() -> None:
    assert parse("Pool/Yuri Gripas - Pool/CNP/Shutterstock").duplicated is None


@pytest.mark.parametrize(
    ("raw", "photographer"),
    [
        ("Evan Vucci, STF / Associated Press", "Evan Vucci"),
        ("Mark Lennihan, File / Associated Press", "Mark Lennihan"),
        ("Scott Olson / Getty Images", "Scott Olson"),
        ("Chris Pizzello/Invision/AP", "Chris Pizzello"),
        ("Creatas RF/Getty Images", None),
        ("iStockphoto", None),
        ("Stockbyte/Getty Images", None),
    ],
)
def test_photographer_seen_beside_roles_and_not_in_collections(raw: str, photographer: str | None) -> None:
    assert parse(raw).photographer == photographer


@pytest.mark.parametrize(
    ("raw", "bare"),
    [
        ("Photograph: Jane Doe/Reuters", "Jane Doe/Reuters"),
        ("(AP Photo/Jane Doe)", "AP Photo/Jane Doe"),
        ("Image copyright: Getty Images", "Getty Images"),
        ("© Ben Stansall/AFP/Getty Images", "Ben Stansall/AFP/Getty Images"),
        ("File photo: Philip Davali/Ritzau Scanpix", "Philip Davali/Ritzau Scanpix"),
        ("FILE PHOTO: Jane Doe/Reuters", "Jane Doe/Reuters"),
        ("Photo cred: Jane Doe", "Jane Doe"),  # a blogger's shorthand
    ],
)
def test_raw_is_the_credit_without_label_or_brackets(raw: str, bare: str) -> None:
    assert parse(raw).raw == bare


@pytest.mark.parametrize(
    ("raw", "agency"),
    [
        ("GC Images", "getty"),
        ("Name/AA", "anadolu"),
        ("picture alliance / dpa-Bildfunk", "dpa"),
        ("WireImage", "getty"),
    ],
)
def test_registry_brands(raw: str, agency: str) -> None:
    assert parse(raw).agency == agency


@pytest.mark.parametrize(
    ("text", "caption", "raw", "photographer"),
    [
        ("Foto: Karin Dalziel CC BY 2.0", "", "Karin Dalziel CC BY 2.0", "Karin Dalziel"),
        (
            "Flower von Flower's Lover CC BY 2.0 Foto: Flower's Lover CC BY 2.0",
            "Flower von Flower's Lover CC BY 2.0",
            "Flower's Lover CC BY 2.0",
            "Flower's Lover",
        ),
        ("A lake. Photo: Jane Doe (CC BY-NC-ND 2.0)", "A lake.", "Jane Doe (CC BY-NC-ND 2.0)", "Jane Doe"),
        # a title in lower case before the name after "Photo by", and a public-domain notice
        ("Photo by барон Н.Н.Торнау, public domain.", "", "барон Н.Н.Торнау, public domain", None),
    ],
)
def test_a_creative_commons_licence_closing_a_credit(
    text: str, caption: str, raw: str, photographer: str | None
) -> None:
    """A Creative Commons licence after the photographer ("CC BY 2.0") stays in the credit as printed and is no
    part of the photographer's name; it does not make the credit prose."""
    from checker.credits.captions import split_credits
    from checker.credits.registry import default_registry

    rest, (span,) = split_credits(text, default_registry())
    credit = parse(span.raw)
    assert (rest.strip(), credit.raw, credit.photographer) == (caption, raw, photographer)
