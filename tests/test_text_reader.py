"""The scraped-text reader and the rules on the seed article and the bundled samples."""

from __future__ import annotations

from conftest import SAMPLES, SEED

from checker.audit import audit_paths

SEED_CAPTIONS = [
    ("ISIS chief Abu Bakr al-Baghdadi has admitted defeat in Iraq, reports claim", "AP:Associated Press", "ap"),
    ("Iraqi forces recently cut the last remaining road out of western Mosul", "Getty Images", "getty"),
    ("A special forces trooper fires his rifle in the direction of ISIS positions", "Reuters", "reuters"),
    (
        "The Iraqi army's 9th Division fire rockets from a hill in Talul al-Atshana, on the south-western outskirts "
        "of Mosul",
        "Getty Images",
        "getty",
    ),
    ("Iraqi Special Operations Forces arrest a suspected ISIS militant in western Mosul", "Reuters", "reuters"),
    ("ISIS terror suspects sit cuffed in the back of a truck in western Mosul", "Reuters", "reuters"),
]


def test_seed_images_captions_and_credits() -> None:
    audit = audit_paths([str(SEED)])
    (doc,) = audit.documents
    assert doc.status == "ok"
    assert [(i.caption, i.credit.raw, i.credit.agency) for i in doc.images] == SEED_CAPTIONS
    assert [i.alt for i in doc.images] == [c for c, _, _ in SEED_CAPTIONS]
    assert audit.summary.images == 6
    assert audit.summary.by_agency == {"ap": 1, "getty": 2, "reuters": 3}


def test_seed_findings_per_image() -> None:
    (doc,) = audit_paths([str(SEED)]).documents
    for image in doc.images:
        names = {f.name for f in doc.findings if f.image == image.index}
        assert {"alt-duplicates-caption", "gallery-counter", "credit-glued-to-caption"} <= names
        assert ("caption-repeated-in-body" in names) is (image.index == 0)
        assert "missing-alt" not in names and "missing-credit" not in names


def test_seed_body_drops_page_chrome_and_image_blocks() -> None:
    from checker.credits.registry import default_registry
    from checker.readers.text import read_text

    article = read_text("seed", SEED.read_text(encoding="utf-8"), default_registry())
    assert "Jump directly to the content" not in article.text
    assert "We pay for your stories" not in article.text
    assert "Credit:" not in article.text
    assert "The chief fanatic told his remaining militants" in article.text
    assert article.images[2].location.line == 43


def test_samples_cover_other_credit_styles() -> None:
    audit = audit_paths(
        [str(SAMPLES / "guardian-style.txt"), str(SAMPLES / "wire-credits.txt"), str(SAMPLES / "ap-wire-story.txt")]
    )
    credits = [(i.credit.agency, i.credit.photographer) for d in audit.documents for i in d.images]
    assert credits == [
        ("getty", "Alex Wong"),
        ("shutterstock", None),
        ("alamy", "Jim Ekstrand"),
        ("dpa", "Christian Charisius"),
        ("getty", "Ben Stansall"),
        ("reuters", "Fabrizio Bensch"),
        ("getty", "Fethi Belaid"),
        ("shutterstock", None),
        ("ap", "Jeffrey T. Barnes"),
        ("ap", "Jeffrey T. Barnes"),
    ]
    guardian = audit.documents[0]
    assert guardian.images[0].caption == "Kristi Noem, governor of South Dakota, at the White House in 2018."


def test_problem_sample_findings() -> None:
    (doc,) = audit_paths([str(SAMPLES / "credit-problems.txt")]).documents
    found = {(f.image, f.rule) for f in doc.findings}
    assert {(0, "ART002"), (0, "CRD004"), (1, "CRD006"), (2, "CRD005"), (3, "CRD003")} <= found
    assert (0, "CRD001") not in found  # an empty label is ART002, not a second error
    # the sample shows alt text for one image, so the others are missing theirs
    assert {(1, "A11Y001"), (2, "A11Y001"), (3, "A11Y001")} <= found and (0, "A11Y001") not in found


def test_duplicated_wapo_credit() -> None:
    (doc,) = audit_paths([str(SAMPLES / "wire-credits.txt")]).documents
    assert [(f.image, f.rule) for f in doc.findings if f.rule.startswith("CRD00") and f.rule != "CRD004"] == [
        (4, "CRD002")
    ]
