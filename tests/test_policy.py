"""The publisher's policy: discovery, validation, licences by date, severities, agencies, formats, baselines."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLES, SEED, run_cli

from checker.audit import Settings, audit_paths
from checker.policy.config import ConfigError, Policy, discover, from_mapping, load

POLICY = SAMPLES / "newsroom-policy.toml"


def _audit(path: Path, policy: Policy, **settings):
    (doc,) = audit_paths([str(path)], Settings(policy=policy, **settings)).documents
    return doc


def test_discovery_upward_and_pyproject_table(tmp_path: Path) -> None:
    nested = tmp_path / "site" / "2024" / "02"
    nested.mkdir(parents=True)
    article = nested / "story.txt"
    article.write_text("A caption. Credit: Reuters\n")
    assert discover(article) is None
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'site'\n")
    assert discover(article) is None  # a pyproject.toml without [tool.creditcheck] is not a policy
    (tmp_path / "pyproject.toml").write_text("[tool.creditcheck.rules]\nCRD007 = 'off'\n")
    assert discover(article) == tmp_path / "pyproject.toml"
    assert load(tmp_path / "pyproject.toml").rules == {"CRD007": "off"}
    (tmp_path / "site" / "creditcheck.toml").write_text("[rules]\nCRD006 = 'error'\n")
    assert discover(article) == tmp_path / "site" / "creditcheck.toml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[licences.ap]\nstart = 'soon'\n", "licences.ap.start: 'soon' is not a 'date'"),
        ("[licences.ap]\nstart = 2024-13-01\n", "not valid TOML"),
        ("[rules]\nCRD001 = 'loud'\n", "rules.CRD001: 'loud' is not one of"),
        ("[licenses.ap]\nstart = 2024-01-01\n", "Additional properties are not allowed ('licenses' was unexpected)"),
        ("[credit_format]\nap = '(unclosed'\n", "credit_format.ap: not a regular expression"),
        ("[licences.ap]\nstart = 2025-01-01\nend = 2024-01-01\n", "licences.ap: ends (2024-01-01) before it starts"),
        ("[html]\nfigures = 'figure'\n", "html: Additional properties are not allowed"),
    ],
)
def test_invalid_policies_name_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "creditcheck.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert expected in str(caught.value) and str(path) in str(caught.value)
    result = run_cli("check", str(SEED), "--config", str(path))
    assert result.returncode == 2 and expected in result.stderr and "Traceback" not in result.stderr


def test_licences_judged_on_the_article_date() -> None:
    policy = load(POLICY)
    doc = _audit(SAMPLES / "gallery.html", policy)  # published 2024-02-10 (meta article:published_time)
    assert str(doc.published) == "2024-02-10"
    statuses = [
        (i.credit.agency, i.license.status, str(i.license.judged_on), i.license.date_source)
        for i in doc.images
        if i.credit
    ]
    assert statuses == [
        ("alamy", "licensed", "2024-02-10", "article"),
        ("getty", "licensed", "2024-02-10", "article"),
        ("reuters", "licensed", "2024-02-10", "article"),
    ]
    assert not {f.rule for f in doc.findings} & {"LIC001", "LIC002"}


def test_date_option_and_licence_periods() -> None:
    policy = load(POLICY)
    late = _audit(SAMPLES / "gallery.html", policy, date=dt.date(2025, 9, 1))
    (reuters,) = [i for i in late.images if i.credit and i.credit.agency == "reuters"]
    assert (reuters.license.status, str(reuters.license.end), reuters.license.date_source) == (
        "expired",
        "2025-06-30",
        "option",
    )
    assert "LIC002" in {f.rule for f in late.findings}
    gap = _audit(
        SAMPLES / "gallery.html",
        from_mapping({"licences": {"getty": [{"start": "2020-01-01", "end": "2021-12-31"}, {"start": "2025-01-01"}]}}),
        date=dt.date(2023, 6, 1),
    )
    (getty,) = [i for i in gap.images if i.credit and i.credit.agency == "getty"]
    assert (getty.license.status, str(getty.license.end)) == ("expired", "2021-12-31")


def test_unlicensed_agency_and_no_licences_means_unknown() -> None:
    doc = _audit(SAMPLES / "wire-credits.txt", load(POLICY), today=dt.date(2024, 6, 1))
    assert [(f.image, f.rule) for f in doc.findings if f.rule.startswith("LIC")] == [(0, "LIC001")]  # dpa
    bare = _audit(SAMPLES / "wire-credits.txt", Policy())
    assert {i.license.status for i in bare.images} == {"unknown"}


def test_rule_severities_and_switches() -> None:
    default = _audit(SEED, Policy())
    tuned = _audit(SEED, from_mapping({"rules": {"CRD007": "off", "credit-glued-to-caption": "error"}}))
    assert "CRD007" in {f.rule for f in default.findings}
    assert "CRD007" not in {f.rule for f in tuned.findings}
    assert {f.severity for f in tuned.findings if f.rule == "CRD004"} == {"error"}


def test_extra_agencies_and_aliases(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Flood defences in Exeter. Picture: Newsquest\n\nSurfers at Fistral. Credit: South West News Service\n"
    )
    before = _audit(article, Policy())
    after = _audit(
        article,
        from_mapping(
            {
                "agencies": {
                    "newsquest": {"name": "Newsquest Pictures", "aliases": ["Newsquest"]},
                    "swns": {"aliases": ["South West News Service"]},
                }
            }
        ),
    )
    assert [i.credit.agency for i in before.images] == [None, None]
    assert [i.credit.agency for i in after.images] == ["newsquest", "swns"]


def test_house_credit_format() -> None:
    policy = from_mapping({"credit_format": {"ap": r"^\(AP Photo/[^)]+\)$"}})
    doc = _audit(SAMPLES / "ap-wire-story.txt", policy)
    assert [(f.image, f.rule) for f in doc.findings if f.rule == "CRD005"] == [(0, "CRD005"), (1, "CRD005")]
    loose = from_mapping({"credit_format": {"ap": r"^AP Photo/.+|.+ via AP$"}})
    assert not [f for f in _audit(SAMPLES / "ap-wire-story.txt", loose).findings if f.rule == "CRD005"]


def test_html_selectors_from_policy(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        '<html><body><article><div class="pic"><img src="/x.jpg" alt="x">'
        '<em class="legend">Crowds</em><b class="who">REUTERS/Jane Doe</b></div></article></body></html>'
    )
    policy = from_mapping({"html": {"figure": ".pic", "caption": ".legend", "credit": ".who"}})
    assert _audit(page, policy).images[0].credit.agency == "reuters"


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(SAMPLES / "credit-problems.txt", site / "story.txt")
    baseline = tmp_path / "baseline.json"
    first = run_cli("check", str(site), "--write-baseline", str(baseline), "--format", "json")
    assert first.returncode == 0 and json.loads(baseline.read_text())["findings"]
    # an edit to an unrelated paragraph moves every line: nothing comes back
    text = (site / "story.txt").read_text()
    (site / "story.txt").write_text("Updated at 10:42.\n\n" + text.replace("voted 7-2", "voted seven to two"))
    again = run_cli("check", str(site), "--baseline", str(baseline), "--format", "json")
    audit = json.loads(again.stdout)
    assert again.returncode == 0 and audit["summary"]["by_rule"] == {} and audit["summary"]["baselined"] > 0
    # a new problem is reported, and only it
    with (site / "story.txt").open("a") as handle:
        handle.write("\nA crane on the quay.Credit:\n")
    new = json.loads(run_cli("check", str(site), "--baseline", str(baseline), "--format", "json").stdout)
    assert {f["rule"] for f in new["documents"][0]["findings"]} == {"ART002", "CRD004", "A11Y001"}


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "b.json"
    bad.write_text("{}")
    result = run_cli("check", str(SEED), "--baseline", str(bad))
    assert result.returncode == 2 and "not a creditcheck baseline" in result.stderr
