"""Every rule explains itself: what it checks, why it matters, an example that fires and one that does not, how
to fix it and how to configure it. The README table and docs/rules.md are renderings of the registry; the HTML
and text examples are run through the real readers, so a documented example cannot drift from the rule."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker.audit import Settings, audit_document
from checker.policy.config import ConfigError, from_mapping
from checker.readers import Document
from checker.report.ruleset import explain, markdown_reference, markdown_table
from checker.rules import RULES, all_rules, find

ROOT = Path(__file__).resolve().parents[2]
CODES = [rule.code for rule in all_rules()]

# How each rule's examples are verified. HTML and scraped text run through the readers below; the others need an
# image file, a licence policy or an unreadable file, and are tested on built Articles in this folder's modules.
HTML_EXAMPLES = {"A11Y001", "ART002", "CAP001", "CAP002", "CAP003"} | {f"CRD00{n}" for n in range(1, 8)}
TEXT_EXAMPLES = {"ART001"}
DESCRIBED = {
    "C2PA001",
    "C2PA002",
    "C2PA003",
    "C2PA004",
    "DOC001",
    "IMG002",
    "IMG003",
    "LIC001",
    "LIC002",
    "META001",
    "META002",
    "META003",
}


def test_every_rule_is_listed_once_with_a_known_way_to_check_its_examples() -> None:
    assert len(CODES) == len(set(CODES)) == len(RULES) + 1  # the registry plus DOC001
    assert sorted(HTML_EXAMPLES | TEXT_EXAMPLES | DESCRIBED) == sorted(CODES)
    assert not (HTML_EXAMPLES & TEXT_EXAMPLES) and not ((HTML_EXAMPLES | TEXT_EXAMPLES) & DESCRIBED)


@pytest.mark.parametrize("code", CODES)
def test_rule_is_documented_in_its_code(code: str) -> None:
    rule = find(code)
    assert rule is not None and find(rule.name) is rule and find(code.lower()) is rule
    assert re.fullmatch(r"[A-Z0-9]+[0-9]{3}", rule.code) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", rule.name)
    for field in ("summary", "help", "why", "fires", "passes", "fix"):
        assert getattr(rule, field).strip(), f"{code} has no {field}"
    assert rule.fires != rule.passes
    assert len(rule.summary) <= 110 and "\n" not in rule.summary  # one line of the README table


@pytest.mark.parametrize("code", CODES)
def test_explain_prints_every_section(code: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "checker", "explain", code.lower()], capture_output=True, text=True, cwd=ROOT
    )
    rule = find(code)
    assert result.returncode == 0 and result.stderr == "" and rule is not None
    assert result.stdout == explain(rule)
    lines = result.stdout.splitlines()
    assert lines[0] == f"{rule.code} {rule.name} (default severity: {rule.severity})"
    for title in ("Why it matters:", "Fires on:", "Does not fire on:", "How to fix:", "Configure:"):
        assert title in lines, f"{code}: no {title}"
    assert rule.why.splitlines()[0] in lines and "    " + rule.fires.splitlines()[0] in lines


@pytest.mark.parametrize("code", CODES)
def test_the_advised_settings_take_effect(code: str) -> None:
    """explain advises [rules] CODE = ... only for a rule the policy can configure: the policy accepts it then, and
    refuses it for the others (DOC001), whose explanation says so instead."""
    rule = find(code)
    assert rule is not None
    advice = f"[rules] {code} = "
    if rule.configurable:
        assert advice in explain(rule)
        policy = from_mapping({"rules": {code: "off"}})
        assert policy.severity(rule.code, rule.name, rule.severity) is None
        assert from_mapping({"rules": {rule.name: "info"}}).severity(rule.code, rule.name, rule.severity) == "info"
    else:
        assert advice not in explain(rule) and "cannot turn DOC001 off" in explain(rule)
        with pytest.raises(ConfigError, match=rf"rules\.{code}: {code} cannot be configured"):
            from_mapping({"rules": {code: "off"}})


@pytest.mark.parametrize("code", sorted(HTML_EXAMPLES | TEXT_EXAMPLES))
def test_examples_fire_and_pass_through_the_readers(code: str) -> None:
    rule = find(code)
    assert rule is not None
    fmt = "html" if code in HTML_EXAMPLES else "text"
    fired = audit_document(Document(f"example.{fmt}", fmt, data=rule.fires.encode()), Settings())
    passed = audit_document(Document(f"example.{fmt}", fmt, data=rule.passes.encode()), Settings())
    assert fired.status == passed.status == "ok" and len(fired.images) == len(passed.images) == 1
    assert [(f.rule, f.image) for f in fired.findings if f.rule == code] == [(code, 0)]
    assert [f.rule for f in passed.findings if f.rule == code] == []


def test_readme_table_is_the_registry() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = re.search(r"<!-- rules table:[^\n]*-->\n(.*?)<!-- end of rules table -->", readme, re.S)
    assert table is not None
    assert table.group(1) == markdown_table(), "README rules table is stale: creditcheck rules --format markdown"
    assert markdown_table().count("\n") == len(CODES) + 2


def test_docs_rules_md_is_the_registry() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert text == markdown_reference(), "docs/rules.md is stale: creditcheck rules --format reference"
    assert re.findall(r'<a id="([a-z0-9]+)"></a>', text) == [code.lower() for code in CODES]


def test_cli_renders_what_the_tests_compare() -> None:
    for fmt, expected in (("markdown", markdown_table()), ("reference", markdown_reference())):
        result = subprocess.run(
            [sys.executable, "-m", "checker", "rules", "--format", fmt], capture_output=True, text=True, cwd=ROOT
        )
        assert (result.returncode, result.stdout) == (0, expected)
    text = subprocess.run([sys.executable, "-m", "checker", "rules"], capture_output=True, text=True, cwd=ROOT)
    assert [line.split()[0] for line in text.stdout.splitlines()] == CODES


@pytest.mark.parametrize(
    ("wanted", "message"),
    [
        ("CRD04", "no rule 'CRD04'; did you mean 'CRD004'?"),
        ("CRD099", "no rule 'CRD099' (`creditcheck rules` lists them)"),  # as close to CRD001 as to CRD007
        ("missing-credits", "no rule 'missing-credits'; did you mean 'missing-credit'?"),
        ("nothing-like-it", "no rule 'nothing-like-it' (`creditcheck rules` lists them)"),
    ],
)
def test_explain_an_unknown_rule_names_the_likely_one(wanted: str, message: str) -> None:
    result = subprocess.run([sys.executable, "-m", "checker", "explain", wanted], capture_output=True, text=True)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.startswith(f"creditcheck: {message}")
