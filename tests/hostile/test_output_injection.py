"""Issue 13, item 7: injection through file names (and the captions and credits that messages quote).

An ESC byte in a file name made the JUnit report invalid XML; a newline in a file name wrote a `::error ...` line
into the text report, which GitHub Actions runs as a workflow command; a name that was not UTF-8 crashed every
report. Each output format now escapes what it writes: these tests name files (and write captions) to attack
each format and check that the report still parses, holds one finding a line and starts no line with `::` that
creditcheck did not write.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from lxml import etree

from hostile.bounded import run_bounded

JUNIT_XSD = Path(__file__).resolve().parents[1] / "schemas" / "junit-10.xsd"
COMMAND = "::error file=x.txt,line=1::pwned"

# File names (bytes: one is not UTF-8) and the article each holds: a caption and credit quoting the same attacks.
NAMES = {
    "esc": b"esc\x1b[31mred.txt",
    "newline": b"story\n" + COMMAND.encode() + b"\n.txt",
    "command": COMMAND.encode() + b".txt",
    "blank-command": b"  ::warning::x.txt",
    "latin1": b"caf\xe9.txt",
    "c1-bidi": "c1\u0085\u202eevil.txt".encode(),
    "azure": b"##vso[task.setvariable variable=x]1.txt",
}
ARTICLE = (
    "Storm hits the coast\n\nThe storm reached the coast on Monday.\n\n"
    "![Waves over the sea wall](waves.jpg)\nWaves break over the \x1b[2Jsea wall.\x07 Photo: Jane Doe/Nowhere\u2028Agency\n"
)


@pytest.fixture
def named(site: Path) -> Path:
    for raw in NAMES.values():
        with open(os.path.join(os.fsencode(site), raw), "w", encoding="utf-8") as handle:
            handle.write(ARTICLE)
    return site


def _check(site: Path, fmt: str):
    result = run_bounded("check", ".", "--format", fmt, cpu_seconds=60, memory_mb=1024, cwd=site)
    assert result.returncode == 0 or result.returncode == 1, str(result)  # warnings only, or errors: never a crash
    assert "Traceback" not in result.stderr, result.stderr
    return result


def _no_foreign_commands(stdout: str, ours: tuple[str, ...] = ()) -> None:
    """No line GitHub would run as a workflow command (leading blanks stripped, as the runner does), except ours."""
    for line in stdout.splitlines():
        stripped = line.lstrip()
        assert not stripped.startswith("::") or stripped.startswith(ours), line
        assert "##vso[" not in line, line
        assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line, repr(line)


def test_text_report_is_one_line_per_finding(named: Path) -> None:
    result = _check(named, "text")
    lines = result.stdout.splitlines()
    assert lines[-1].startswith(f"{len(NAMES) + 1} documents (0 failed")
    # every finding on a line of its own, starting at its path: each hostile article's as many as the ordinary one's
    findings = lines[:-1]
    assert all(re.search(r":\d+:\d+: [A-Z0-9]+ \[(error|warning|info)\] ", line) for line in findings), findings
    per_file = len([line for line in findings if "ordinary.txt" not in line]) / len(NAMES)
    assert per_file >= 1 and per_file == int(per_file)
    _no_foreign_commands(result.stdout)
    assert any(line.startswith("./" + COMMAND) for line in lines)  # shown as a path, not a command
    assert any("story\\x0a::error" in line for line in lines)
    assert any("caf\\xe9.txt" in line for line in lines)


def test_grouped_report(named: Path) -> None:
    result = _check(named, "grouped")
    _no_foreign_commands(result.stdout)


def test_github_report_runs_no_foreign_command(named: Path) -> None:
    result = _check(named, "github")
    _no_foreign_commands(result.stdout, ours=("::error file=", "::warning file=", "::notice file=", "::notice title="))
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations and all(line.count("::") == 2 for line in annotations), annotations
    assert any("%0A%3A%3Aerror" in line for line in annotations)  # the newline and :: of the name, escaped


def test_junit_report_is_valid_xml(named: Path) -> None:
    result = _check(named, "junit")
    document = etree.fromstring(result.stdout.encode("utf-8"))  # strict: any control character fails here
    schema = etree.XMLSchema(etree.parse(str(JUNIT_XSD)))
    assert schema.validate(document), schema.error_log
    names = [case.get("name") for case in ElementTree.fromstring(result.stdout.split("?>", 1)[1]).iter("testcase")]
    assert any(name.endswith("esc\\x1b[31mred.txt") for name in names)


def test_sarif_and_json_reports_parse(named: Path) -> None:
    sarif = json.loads(_check(named, "sarif").stdout)
    texts = [r["message"]["text"] for r in sarif["runs"][0]["results"]]
    assert texts and not any(ch in text for text in texts for ch in "\x1b\x07\u2028\u202e")
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]]
    # a name that was not UTF-8 is shown with its byte escaped (caf\xe9.txt), percent-encoded in the URI
    assert any(uri == "caf%5Cxe9.txt" for uri in uris), uris
    audit = json.loads(_check(named, "json").stdout)
    assert len(audit["documents"]) == len(NAMES) + 1 and all(d["status"] == "ok" for d in audit["documents"])
