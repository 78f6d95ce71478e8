"""The rules as documentation: `creditcheck explain`, the README rules table and docs/rules.md, all rendered from
the rule registry (checker/rules), so that none of them can drift from the code."""

from __future__ import annotations

from checker.rules import Rule, all_rules
from checker.rules.document import DOCUMENT_RULE

__all__ = ["DOCUMENT_RULE", "all_rules", "explain", "markdown_reference", "markdown_table"]

SEVERITIES = '"error" | "warning" | "info" | "off"'


def configuration(rule: Rule) -> list[str]:
    """How the policy changes a rule, a paragraph each: its severity and inline ignores, then its own settings."""
    parts = []
    if rule.configurable:
        parts.append(
            f"[rules] {rule.code} = {SEVERITIES}, or by name ({rule.name} = ...): its severity, or off.\n"
            f'In HTML, data-creditcheck-ignore="{rule.code}" on an element silences it for the images inside.'
        )
    if rule.settings:
        parts.append(rule.settings)
    return parts


def explain(rule: Rule) -> str:
    """The full explanation, as `creditcheck explain CODE` prints it."""
    sections = [
        f"{rule.code} {rule.name} (default severity: {rule.severity})",
        rule.summary,
        rule.help,
        _titled("Why it matters", rule.why),
        _titled("Fires on", _indent(rule.fires)),
        _titled("Does not fire on", _indent(rule.passes)),
        _titled("How to fix", rule.fix),
        _titled("Configure", "\n".join(configuration(rule))),
    ]
    return "\n\n".join(s for s in sections if s) + "\n"


def markdown_table(rules: list[Rule] | None = None) -> str:
    """The README's rules table: one row per rule, linking to its section of docs/rules.md."""
    rows = ["| code | name | severity | what it catches |", "|---|---|---|---|"]
    for rule in rules or all_rules():
        rows.append(
            f"| [{rule.code}](docs/rules.md#{rule.code.lower()}) | {rule.name} | {rule.severity} | "
            f"{_prose(rule.summary).replace('|', '&#124;')} |"
        )
    return "\n".join(rows) + "\n"


def markdown_reference(rules: list[Rule] | None = None) -> str:
    """docs/rules.md: one section per rule, anchored by its code."""
    rules = rules or all_rules()
    out = [
        "# Rules",
        "",
        "Generated from the rule registry (`checker/rules/`) by `creditcheck rules --format reference`; do not edit "
        "by hand. `creditcheck explain CODE` prints the same text.",
        "",
    ]
    for rule in rules:
        out += [f'<a id="{rule.code.lower()}"></a>', "", f"## {rule.code} {rule.name}", ""]
        out += [f"Default severity: **{rule.severity}**.", "", _prose(rule.summary), ""]
        if rule.help:
            out += [_prose(rule.help), ""]
        out += ["**Why it matters.** " + _prose(rule.why), ""]
        out += ["**Fires on:**", "", *_fenced(rule.fires), "", "**Does not fire on:**", "", *_fenced(rule.passes), ""]
        out += ["**How to fix.** " + _prose(rule.fix), ""]
        out += ["**Configure.** " + "\n\n".join(map(_prose, configuration(rule))), ""]
    return "\n".join(out)


def _titled(title: str, text: str) -> str:
    return f"{title}:\n{text}" if text else ""


def _indent(text: str) -> str:
    return "\n".join("    " + line if line else line for line in text.splitlines())


def _fenced(text: str) -> list[str]:
    fence = "````" if "```" in text else "```"
    return [f"{fence}text", *text.splitlines(), fence]


def _prose(text: str) -> str:
    """Text as Markdown shows it: backslashes kept, angle brackets ("<agency>") not taken for HTML tags."""
    return text.replace("\\", "\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
