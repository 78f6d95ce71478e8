"""The publisher's policy: discovery, validation, licences by date, severities, agencies, formats, baselines."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, SEED, run_cli

from checker.audit import Settings, audit_paths
from checker.policy.config import ConfigError, LicencePeriod, Policy, discover, from_mapping, load

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
        ("[licences.ap]\nstrat = 2024-01-01\n", "licences.ap.strat: unknown setting; did you mean 'start'?"),
        (
            "[licences]\nap = 3\n",
            "licences.ap: 3 is not a licence table (start, end, notes) or a non-empty list of them",
        ),
        ("[licence.ap]\nstart = 2024-01-01\n", "licence: unknown setting; did you mean 'licences'?"),
        (
            "[licences.reutres]\nstart = 2024-01-01\n",
            "licences.reutres: unknown agency; did you mean 'reuters'? (agencies of your own go under [agencies])",
        ),
        (
            "[licenses.getty-images]\n",
            "licenses.getty-images: unknown agency; did you mean 'getty'? (agencies of your own go under [agencies])",
        ),
        ("[licences.ap]\n[licenses.getty]\n", "licenses: give the licences once, as [licences] or as [licenses]"),
        (
            "[licences.ap]\nstart = 2025-01-01\nend = 2024-01-01\n",
            "licences.ap: ends (2024-01-01) before it starts (2025-01-01)",
        ),
        ("[rules]\nCRD001 = 'loud'\n", "rules.CRD001: 'loud' is not one of ['error', 'warning', 'info', 'off']"),
        ("[rules]\nCRD099 = 'off'\n", "rules.CRD099: no such rule"),
        ("[rules]\nmissing-credits = 'off'\n", "rules.missing-credits: no such rule; did you mean 'missing-credit'?"),
        ("[rules]\ncrd007 = 'off'\n", "rules.crd007: no such rule; did you mean 'CRD007'?"),
        ("[rules]\nDOC001 = 'off'\n", "rules.DOC001: DOC001 cannot be configured (`creditcheck explain DOC001`)"),
        (
            "[rules]\nCRD007 = 'off'\nphotographer-missing = 'info'\n",
            "rules.photographer-missing: CRD007 is set twice (also as 'CRD007')",
        ),
        (
            "[credit_format]\nap = '(unclosed'\n",
            "credit_format.ap: not an RE2 regular expression (Python's syntax without backreferences or lookaround, "
            "matched in linear time): missing ): (unclosed",
        ),
        (
            "[credit_format]\nap = '(AP) Photo/\\1'\n",
            "credit_format.ap: not an RE2 regular expression (Python's syntax without backreferences or lookaround, "
            "matched in linear time): invalid escape sequence: \\1",
        ),
        (
            "[credit_format]\nap = '(?<!Not )AP'\n",
            "credit_format.ap: not an RE2 regular expression (Python's syntax without backreferences or lookaround, "
            "matched in linear time): invalid perl operator: (?<!",
        ),
        ("timeout = -1\n", "timeout: -1 is less than the minimum of 0"),
        (
            "[credit_format]\nassociated-press = '^AP'\n",
            "credit_format.associated-press: unknown agency; did you mean 'ap'? "
            "(agencies of your own go under [agencies])",
        ),
        (
            "[agencies.Newsquest]\n",
            "agencies.Newsquest: 'Newsquest' is not an agency slug: lower-case letters, digits, - and _, "
            "starting with a letter or digit",
        ),
        ("[html]\nfigures = 'figure'\n", "html.figures: unknown setting; did you mean 'figure'?"),
        (
            "[html]\ncredit = 'figcaption >'\n",
            "html.credit: not a CSS selector the reader supports: 'figcaption >' (Expected selector, got <EOF at 12>)",
        ),
        ("[html]\nchrome = ' '\n", "html.chrome: empty selector"),
    ],
)
def test_invalid_policies_name_the_key(tmp_path: Path, text: str, expected: str) -> None:
    path = tmp_path / "creditcheck.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: invalid policy:\n  {expected}"
    result = run_cli("check", str(SEED), "--config", str(path))
    assert (result.returncode, result.stdout, result.stderr) == (2, "", f"creditcheck: {caught.value}\n")


def test_every_problem_is_named_at_once_in_key_order() -> None:
    with pytest.raises(ConfigError) as caught:
        from_mapping(
            {
                "rules": {"CRD099": "off", "CAP001": "loud"},
                "licences": {"reutres": {"start": "2024-01-01"}},
                "html": {"credit": "a["},
            },
            "p.toml",
        )
    assert str(caught.value).splitlines() == [
        "p.toml: invalid policy:",
        "  html.credit: not a CSS selector the reader supports: 'a[' (Expected ident or '*', got <EOF at 2>)",
        "  licences.reutres: unknown agency; did you mean 'reuters'? (agencies of your own go under [agencies])",
        "  rules.CAP001: 'loud' is not one of ['error', 'warning', 'info', 'off']",
        "  rules.CRD099: no such rule",
    ]


def test_unreadable_policy_files(tmp_path: Path) -> None:
    path = tmp_path / "creditcheck.toml"
    path.write_text("[licences.ap]\nstart = 2024-13-01\n")
    with pytest.raises(ConfigError, match=r"creditcheck.toml: not valid TOML: "):
        load(path)
    path.write_bytes(b"[rules]\nCRD007 = '\xff'\n")
    with pytest.raises(ConfigError, match=r"creditcheck.toml: not valid TOML: 'utf-8' codec can't decode"):
        load(path)


def test_agency_keys_may_name_the_policys_own_agencies_and_licenses_is_licences() -> None:
    policy = from_mapping(
        {
            "agencies": {"newsquest": {"name": "Newsquest Pictures"}},
            "licenses": {"newsquest": {"start": "2024-01-01"}, "ap": [{"end": "2024-12-31"}]},
            "credit_format": {"newsquest": "^Newsquest$"},
        }
    )
    assert policy.licences == {
        "newsquest": [LicencePeriod(start=dt.date(2024, 1, 1))],
        "ap": [LicencePeriod(end=dt.date(2024, 12, 31))],
    }
    assert from_mapping({"licences": {"newsquest": {}}, "agencies": {"newsquest": {}}}).licences == {
        "newsquest": [LicencePeriod()]
    }


def test_valid_selectors_and_patterns_load() -> None:
    policy = from_mapping({"html": {"credit": "figcaption small, .byline > span"}, "credit_format": {"ap": "^AP"}})
    assert (policy.html.credit, policy.credit_format) == ("figcaption small, .byline > span", {"ap": "^AP"})
    assert from_mapping({}) == Policy(source="<policy>")


def test_jsonschema_is_imported_only_to_check_a_policy() -> None:
    code = (
        "import sys, checker.cli; before = 'jsonschema' in sys.modules; "
        "from checker.policy.config import from_mapping; from_mapping({'rules': {'CRD007': 'off'}}); "
        "print(before, 'jsonschema' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout == "False True\n"


def test_licences_judged_on_the_article_date() -> None:
    policy = load(POLICY)
    doc = _audit(SAMPLES / "gallery.html", policy)  # published 2024-02-10 (meta article:published_time)
    assert str(doc.published) == "2024-02-10"
    statuses = [
        (i.credit.agency, i.licence.status, str(i.licence.judged_on), i.licence.date_source)
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
    assert (reuters.licence.status, str(reuters.licence.end), reuters.licence.date_source) == (
        "expired",
        "2025-06-30",
        "option",
    )
    assert [(f.image, f.rule, f.message) for f in late.findings if f.rule.startswith("LIC")] == [
        (
            reuters.index,
            "LIC002",
            "the licence with Reuters runs 2023-01-01 to 2025-06-30; the image is judged on 2025-09-01 "
            "(the date given with --date)",
        )
    ]
    gap = _audit(
        SAMPLES / "gallery.html",
        from_mapping({"licences": {"getty": [{"start": "2020-01-01", "end": "2021-12-31"}, {"start": "2025-01-01"}]}}),
        date=dt.date(2023, 6, 1),
    )
    (getty,) = [i for i in gap.images if i.credit and i.credit.agency == "getty"]
    assert (getty.licence.status, str(getty.licence.end)) == ("expired", "2021-12-31")


def test_unlicensed_agency_and_no_licences_means_unknown() -> None:
    doc = _audit(SAMPLES / "wire-credits.txt", load(POLICY), today=dt.date(2024, 6, 1))
    assert [(f.image, f.rule) for f in doc.findings if f.rule.startswith("LIC")] == [(0, "LIC001")]  # dpa
    bare = _audit(SAMPLES / "wire-credits.txt", Policy())
    assert {i.licence.status for i in bare.images} == {"unknown"}


def test_rule_severities_and_switches() -> None:
    default = _audit(SEED, Policy())
    tuned = _audit(SEED, from_mapping({"rules": {"CRD007": "off", "credit-glued-to-caption": "error"}}))
    assert [f.rule for f in default.findings].count("CRD007") == 6  # one per image
    regraded = {"CRD004": "error"}
    assert [(f.image, f.rule, f.severity) for f in tuned.findings] == [
        (f.image, f.rule, regraded.get(f.rule, f.severity)) for f in default.findings if f.rule != "CRD007"
    ]


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


def test_policy_agencies_add_to_the_registrys_forms() -> None:
    policy = from_mapping(
        {
            "agencies": {
                "reuters": {"aliases": ["Reuter"], "noncanonical": {"Reuter": "REUTERS"}, "names_photographer": False}
            }
        }
    )
    reuters = policy.registry().agencies["reuters"]
    assert reuters.noncanonical == {"RETUERS": "REUTERS", "REUETRS": "REUTERS", "Reuter": "REUTERS"}
    assert (reuters.aliases[-1], reuters.names_photographer) == ("Reuter", False)


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
