"""A slide flattened by a text browser with no picture marker at all: the image's alt text, its credit, then its
caption, which repeats the alt text ("X. Kevin C. Downs/for New York Daily News X."), on one line or wrapped over
several. The same words on either side of a credit are the picture's; the credit is its credit. And a rail of other
stories under "Editor's Picks" (a headline, a picture, a summary, over and over) is not the story, however many
words its summaries add up to.

The expected images are exact: (line, caption, credit, agency, role)."""

from __future__ import annotations

from pathlib import Path

from test_text_scrapers import P1, P2, P3, P4, audit, images

SCARS = "London Rene suffered scars from the attack."
POSE = "London Rene and Natalie Guercio pose in the office of their lawyer, Scott Rynecki."
CREDIT = "Kevin C. Downs/for New York Daily News"


def test_the_same_caption_either_side_of_a_credit_is_a_picture(tmp_path: Path) -> None:
    doc = audit(tmp_path, "\n".join([P1, "", f"{SCARS} {CREDIT}", SCARS, "", P2, "", P3, ""]))
    assert images(doc) == [(3, SCARS, CREDIT, None, "content")]


def test_wrapped_over_lines_it_is_joined_whole(tmp_path: Path) -> None:
    """w3m wraps at 100 columns: "… Scott Rynecki. Kevin" / "C. Downs/for New York Daily News London Rene and …"."""
    wrapped = [
        "London Rene and Natalie Guercio pose in the office of their lawyer, Scott Rynecki. Kevin",
        "C. Downs/for New York Daily News London Rene and Natalie Guercio pose in the office of their",
        "lawyer, Scott Rynecki.",
    ]
    doc = audit(tmp_path, "\n".join([P1, "", *wrapped, "", P2, "", P3, ""]))
    assert images(doc) == [(3, POSE, CREDIT, None, "content")]


def test_an_agency_between_is_read_as_the_agency(tmp_path: Path) -> None:
    doc = audit(tmp_path, "\n".join([P1, "", f"{SCARS} John Minchillo/AP {SCARS}", "", P2, "", P3, ""]))
    assert images(doc) == [(3, SCARS, "John Minchillo/AP", "ap", "content")]


def test_a_headline_either_side_of_its_section_is_no_picture(tmp_path: Path) -> None:
    """A card list prints a card's headline, the section it links to, the headline again: "Company Town" says whose
    story it is, not whose photo."""
    headline = "Paramount shakes up distribution ranks, hiring for two top posts"
    doc = audit(tmp_path, "\n".join([P1, "", f"{headline} Company Town {headline}", "", P2, "", P3, ""]))
    assert images(doc) == []


def test_a_wrapped_lines_end_is_not_read_as_the_caption(tmp_path: Path) -> None:
    """links ran two slides into one paragraph: a line that starts inside a sentence ("suffered scars …") and prints
    it again after a credit and the next words ("… News London Rene suffered scars …") is the end of one passage and
    the start of the next, not a caption and a credit."""
    lines = [
        "   Rene seeks damages for his physical and emotional scars. He will file Thursday. London Rene",
        f"   suffered scars from the attack. {CREDIT} London Rene suffered scars from the attack.",
    ]
    doc = audit(tmp_path, "\n".join([P1, "", *lines, "", P2, "", P3, ""]))
    assert [(line, credit) for line, _, credit, _, _ in images(doc)] != [(4, f"{CREDIT} London Rene")]
    assert all(caption is None or not caption.startswith("suffered") for _, caption, _, _, _ in images(doc))


# A rail of other stories below the story: a headline, a picture (its file's name, or its alt text with the
# photographer's credit), a summary; more summaries than the story has paragraphs, by words.
SUMMARY = (
    "A witness spotted a cruel motorist chuck an injured dog from a car in the borough and then back over it, "
    "advocates for the animals said on Tuesday."
)
RAIL = [
    "Editor's Picks",
    "",
    "Dog killer sought in Brooklyn",
    "",
    "[dog15k-1-web]",
    "",
    SUMMARY,
    "",
    "Plan for Rockaway vendors on hold",
    "",
    "Deserted portion of beach in Rockaway Beach, empty this holiday because of the rain Photos by Neil Miller for "
    "the New York Daily News",
    "",
    SUMMARY.replace("witness", "neighbour"),
    "",
    "Artist takes over Queens billboard",
    "",
    "[board15q-1-web]",
    "",
    SUMMARY.replace("witness", "driver"),
    "",
    "Bronx produce workers threaten strike over raise bid",
    "",
    "Busiest day of the year at the Hunts Point Terminal Produce Market with 30 million pounds of produce.Photo by "
    "Viorel Florescu / 11.23.10",
    "",
    SUMMARY.replace("witness", "worker"),
    "",
    "Accused accomplice denies involvement",
    "",
    "[balcony15b-3-web]",
    "",
    SUMMARY.replace("witness", "cyclist"),
    "",
]


def test_a_rail_of_other_stories_below_a_closing_heading_is_not_the_story(tmp_path: Path) -> None:
    story = [P1, "", f"{SCARS} {CREDIT}", SCARS, "", P2, "", P3, "", P4, ""]
    doc = audit(tmp_path, "\n".join([*story, *RAIL]))
    assert [
        (i.location.line, i.credit.raw if i.credit else None, i.role) for i in doc.images if i.role != "chrome"
    ] == [  # type: ignore[union-attr]
        (3, CREDIT, "content")
    ]
