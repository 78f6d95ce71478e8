"""How every rule is run (checker/rules/__init__.py `run`): chrome images are never judged, an unsure image's
error becomes a warning, the policy re-grades or silences rules, inline ignores silence them per image, and
findings come in a stable order."""

from __future__ import annotations

import pytest
from rulecase import article, credit, findings, image

from checker.model import Evidence
from checker.rules import RULES, rule

UNCREDITED = {"credit": None, "alt": None}


def test_a_fixed_article_gives_exactly_these_findings() -> None:
    doc = article(
        image(0, credit=credit("AP Photo", "ap"), observed={"gallery_counter": "2"}),
        image(1, **UNCREDITED),
        image(2),
    )
    assert findings(doc) == [
        ("ART001", 0, "warning", "gallery counter '2' left beside the image"),
        ("CRD007", 0, "info", "credit 'AP Photo' does not name the photographer (house style: AP Photo/Name)"),
        ("A11Y001", 1, "warning", "image has no alt text"),
        ("CRD001", 1, "error", "image has no credit"),
    ]


def test_chrome_images_are_never_judged() -> None:
    chrome = image(0, **UNCREDITED, caption=None, role="chrome", evidence=Evidence(role_reason="inside <nav>"))
    assert findings(article(chrome, image(1))) == []


def test_an_unsure_images_errors_become_warnings() -> None:
    unsure = image(0, **UNCREDITED, role="unsure", evidence=Evidence(role_reason="no figure around it"))
    assert findings(unsure) == [
        ("A11Y001", 0, "warning", "image has no alt text"),
        ("CRD001", 0, "warning", "image has no credit (reported as a warning: no figure around it)"),
    ]


def test_the_policy_regrades_and_silences_rules_by_code_or_name() -> None:
    doc = article(image(0, **UNCREDITED))
    policy = {"rules": {"CRD001": "info", "missing-alt": "off"}}
    assert findings(doc, policy) == [("CRD001", 0, "info", "image has no credit")]


@pytest.mark.parametrize(
    ("ignore", "expected"),
    [
        (["*"], []),
        (["CRD001"], [("A11Y001", 0, "warning", "image has no alt text")]),
        (["missing-alt"], [("CRD001", 0, "error", "image has no credit")]),
    ],
)
def test_inline_ignores(ignore: list[str], expected: list) -> None:
    assert findings(image(0, **UNCREDITED, ignore=ignore)) == expected


def test_article_findings_come_first_then_by_image_and_code() -> None:
    @rule("ZZZ901", "test-article-rule", "info", "A test rule about the whole article.")
    def whole_article(doc, context):
        yield None, "about the article"

    try:
        doc = article(image(0, **UNCREDITED), image(1, alt=None))
        assert findings(doc) == [
            ("ZZZ901", None, "info", "about the article"),
            ("A11Y001", 0, "warning", "image has no alt text"),
            ("CRD001", 0, "error", "image has no credit"),
            ("A11Y001", 1, "warning", "image has no alt text"),
        ]
    finally:
        del RULES["ZZZ901"]


def test_a_further_check_for_a_rule_must_agree_and_add_no_documentation() -> None:
    with pytest.raises(ValueError, match="CRD001: a further check"):
        rule("CRD001", "missing-credit", "warning")(lambda doc, context: iter(()))
    with pytest.raises(ValueError, match="CRD001: a further check"):
        rule("CRD001", "missing-credit", "error", why="again")(lambda doc, context: iter(()))
    assert len(RULES["CRD001"].checks) == 1
