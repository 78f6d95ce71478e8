"""ART001 gallery-counter, ART002 empty-credit-label: scraping and templating artefacts around images."""

from __future__ import annotations

from rulecase import article, findings, hits, image


def test_art001_gallery_counter() -> None:
    doc = article(image(0, observed={"gallery_counter": "3 of 12"}), image(1))
    assert hits("ART001", doc) == [("ART001", 0, "warning", "gallery counter '3 of 12' left beside the image")]


def test_art001_no_counter() -> None:
    assert hits("ART001", image()) == []


def test_art002_empty_credit_label_is_the_only_credit_finding() -> None:
    empty = image(credit=None, observed={"credit_label": "Credit:", "empty_credit_label": True})
    assert findings(empty) == [("ART002", 0, "error", "credit label with no credit after it")]


def test_art002_label_with_a_credit() -> None:
    assert hits("ART002", image(observed={"credit_label": "Credit:"})) == []
