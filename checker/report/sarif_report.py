"""SARIF 2.1.0, for GitHub code scanning, Azure DevOps and other SARIF viewers.

What GitHub code scanning asks beyond the schema, all given: every result has a region (line 1 for a document
that could not be read or a finding placed by a selector only) and partialFingerprints (by content, never by
line: checker/policy/baseline.py); artifact URIs are relative to %SRCROOT% (the working directory, or --root)
and percent-encoded, with originalUriBaseIds saying where %SRCROOT% is; each rule has help text and markdown and
a helpUri to its section of docs/rules.md; automationDetails names the run's category.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from urllib.parse import quote, urlsplit

from checker import __version__, lazy_re
from checker.model import ArticleAudit, Audit, Finding
from checker.policy.baseline import fingerprint
from checker.report import escape
from checker.report.options import Options
from checker.report.ruleset import DOCUMENT_RULE, all_rules
from checker.rules import Rule

_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SRCROOT = "%SRCROOT%"
FINGERPRINT = "creditcheck/v1"
_RECORD = lazy_re.compile(r"^(.+):(\d+)$")  # a JSON Lines record: feed.jsonl:3


@lru_cache(maxsize=1)
def home() -> str:
    """The project's home page, from the installed package's metadata ([project.urls] in pyproject.toml)."""
    try:
        urls = metadata.metadata("creditcheck").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        urls = []
    found = dict(entry.split(", ", 1) for entry in urls if ", " in entry)
    return found.get("Homepage") or found.get("Repository") or "https://pypi.org/project/creditcheck/"


def rules_page() -> str:
    """docs/rules.md as a web page: the help URI of each rule is its section there."""
    return home().rstrip("/") + "/blob/main/docs/rules.md"


def render(audit: Audit, options: Options | None = None) -> str:
    options = options or Options()
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    for doc in audit.documents:
        if doc.status == "error":
            key = "\x1f".join((Path(doc.source).as_posix(), DOCUMENT_RULE.code))
            digest = hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]
            results.append(
                _result(doc, None, DOCUMENT_RULE.code, index, "error", doc.error or "unreadable", digest, options)
            )
            continue
        for finding in doc.findings:
            results.append(
                _result(
                    doc,
                    finding,
                    finding.rule,
                    index,
                    finding.severity,
                    finding.message,
                    fingerprint(doc, finding),
                    options,
                )
            )
    root = options.root.absolute()
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "creditcheck",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": home(),
                        "rules": [_rule(rule) for rule in rules],
                    }
                },
                "automationDetails": {"id": f"{options.category}/"},
                "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",  # columns count characters, as the readers do
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, indent=2, ensure_ascii=False) + "\n"


def _rule(rule: Rule) -> dict:
    help_uri = f"{rules_page()}#{rule.code.lower()}"
    summary = rule.summary or rule.name
    full = rule.help or summary
    markdown = [f"**{rule.code} {rule.name}** (default severity: {rule.severity})", "", summary]
    if rule.why:
        markdown += ["", f"**Why it matters.** {rule.why}"]
    if rule.fix:
        markdown += ["", f"**How to fix.** {rule.fix}"]
    markdown += ["", f"[{rule.code} in docs/rules.md]({help_uri})"]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": {
            "text": "\n\n".join(part for part in (full, rule.why, rule.fix) if part),
            "markdown": "\n".join(markdown),
        },
        "helpUri": help_uri,
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"tags": ["creditcheck", rule.code.rstrip("0123456789").lower()]},
    }


def _result(
    doc: ArticleAudit,
    finding: Finding | None,
    code: str,
    index: dict[str, int],
    severity: str,
    message: str,
    digest: str,
    options: Options,
) -> dict:
    artifact, record_line = artifact_location(doc.source, options.root)
    region = finding.location.region() if finding is not None and finding.location else None
    if record_line is not None:  # a JSON Lines record: its line in the file (positions inside it are its own)
        region = (record_line, 1)
    start_line, start_column = region or (1, 1)
    text = message if finding is None or finding.image is None else f"image {finding.image}: {message}"
    return {
        "ruleId": code,
        "ruleIndex": index[code],
        "level": _LEVELS[severity],
        "message": {"text": escape.json_text(text)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": artifact,
                    "region": {"startLine": start_line, "startColumn": start_column},
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT: digest},
    }


def artifact_location(source: str, root: Path) -> tuple[dict, int | None]:
    """The artifactLocation of a document, and the line of its record when it is one line of a JSON Lines file.

    A file under `root` is a percent-encoded URI relative to %SRCROOT%; a file elsewhere an absolute file: URI; a
    web archive's record keeps its own http(s) URI; standard input is `stdin`.
    """
    record_line = None
    if not os.path.lexists(source) and (match := _RECORD.match(source)) and Path(match[1]).is_file():
        source, record_line = match[1], int(match[2])
    if urlsplit(source).scheme in ("http", "https"):
        return {"uri": escape.json_text(source)}, record_line
    path = Path(source)
    absolute = path if path.is_absolute() else Path.cwd() / path
    normal = Path(os.path.normpath(absolute))
    try:
        relative = normal.relative_to(root.absolute())
    except ValueError:
        return {"uri": "file://" + _encode(normal.as_posix())}, record_line
    return {"uri": _encode(relative.as_posix()), "uriBaseId": SRCROOT}, record_line


def _encode(posix: str) -> str:
    """Percent-encoded as a URI path: spaces, #, %, ? and non-ASCII; bytes that were not UTF-8 as themselves."""
    return quote(os.fsencode(posix), safe="/")
