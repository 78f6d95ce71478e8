"""GitHub Actions workflow commands: ::error / ::warning / ::notice annotations, within GitHub's limits.

GitHub shows at most 10 annotations of each kind per step (and 50 per job); the rest would vanish. So the first
10 of each kind are annotations; every finding past them is written to the log as a plain
`path:line:col: CODE [severity] message` line, and, when the run is an Actions step ($GITHUB_STEP_SUMMARY), as a
row of a table in the job summary (`step_summary`). A closing notice says how many were not annotated.

Data is escaped as GitHub's own toolkit escapes it (% CR LF; in properties also : and ,), after control
characters are made visible; plain lines go through checker/report/escape.py, so no file name or caption can
start a line with `::` (a workflow command the runner would execute).
"""

from __future__ import annotations

from collections import Counter

from checker.model import Audit
from checker.plain import Value
from checker.report import escape
from checker.report.options import Options

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
PER_KIND = 10  # annotations of one kind GitHub shows per step
SUMMARY_BYTES = 1024 * 1024 - 4096  # GitHub takes at most 1 MiB of job summary per step; leave room for the tail


def _data(text: str) -> str:
    return escape.line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


class _Item(Value, frozen=True):
    severity: str
    source: str
    region: tuple[int, int] | None
    rule: str
    name: str
    message: str

    def annotation(self) -> str:
        where = f"file={_property(self.source)}"
        if self.region:
            where += f",line={self.region[0]},col={self.region[1]}"
        title = _property(f"{self.rule} {self.name}")
        return f"::{_COMMANDS[self.severity]} {where},title={title}::{_data(self.message)}"

    def plain(self) -> str:
        place = f":{self.region[0]}:{self.region[1]}" if self.region else ""
        return f"{escape.path(self.source)}{place}: {self.rule} [{self.severity}] {escape.line(self.message)}"

    def row(self) -> str:
        place = f"{self.region[0]}:{self.region[1]}" if self.region else ""
        cells = (self.source, place, self.rule, self.severity, self.message)
        return "| " + " | ".join(escape.markdown(cell) for cell in cells) + " |"


def _items(audit: Audit) -> list[_Item]:
    items = []
    for doc in audit.documents:
        if doc.status == "error":
            items.append(_Item("error", doc.source, None, "DOC001", "document-unreadable", doc.error or ""))
            continue
        for f in doc.findings:
            region = f.location.region() if f.location else None
            message = f"image {f.image}: {f.message}" if f.image is not None else f.message
            items.append(_Item(f.severity, doc.source, region, f.rule, f.name, message))
    return items


def _split(audit: Audit) -> tuple[list[_Item], list[_Item]]:
    """The findings GitHub will show as annotations, and those past its limit."""
    shown: Counter[str] = Counter()
    annotated: list[_Item] = []
    rest: list[_Item] = []
    for item in _items(audit):
        shown[item.severity] += 1
        (annotated if shown[item.severity] <= PER_KIND else rest).append(item)
    return annotated, rest


def render(audit: Audit, options: Options | None = None) -> str:
    annotated, rest = _split(audit)
    lines = [item.annotation() for item in annotated]
    if rest:
        lines.append(
            f"::notice title=creditcheck::{len(rest)} more findings than GitHub annotates in one step "
            f"({PER_KIND} of each kind): listed below and in the job summary"
        )
        lines.extend(item.plain() for item in rest)
    s = audit.summary
    lines.append(
        f"creditcheck: {s.documents} documents, {s.images} images: "
        f"{s.errors} errors, {s.warnings} warnings, {s.infos} infos"
    )
    return "\n".join(lines) + "\n"


def step_summary(audit: Audit) -> str:
    """Markdown for $GITHUB_STEP_SUMMARY: the findings past the annotation limit as a table ('' when none)."""
    _, rest = _split(audit)
    if not rest:
        return ""
    head = [
        f"### creditcheck: {len(rest)} findings not annotated",
        "",
        f"GitHub shows {PER_KIND} annotations of each kind per step; these are the others.",
        "",
        "| file | line:col | rule | severity | message |",
        "|---|---|---|---|---|",
    ]
    out = "\n".join(head) + "\n"
    size = len(out.encode("utf-8"))
    for index, item in enumerate(rest):
        row = item.row() + "\n"
        size += len(row.encode("utf-8"))
        if size > SUMMARY_BYTES:
            out += f"\n{len(rest) - index} more findings: see the step's log.\n"
            break
        out += row
    return out + "\n"
