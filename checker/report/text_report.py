"""Text reports for people and editors.

`render` (the default, `--format text`): one finding a line, `path:line:col: CODE [severity] message`, the form
terminals and editors make clickable, then one summary line. `render_grouped` (`--format grouped`): findings
under a heading per document, and the entries passed over. `--statistics`: a count per rule instead of findings.
File names and messages are escaped (checker/report/escape.py): one finding is always one line.
"""

from __future__ import annotations

from collections import Counter

from checker.model import ArticleAudit, Audit, Finding, Summary
from checker.report import escape
from checker.report.options import Options

_SEVERITY_COLOURS = {"error": "1;31", "warning": "33", "info": "36"}


class _Paint:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, text: str, sgr: str) -> str:
        return f"\x1b[{sgr}m{text}\x1b[0m" if self.on and text else text

    def severity(self, severity: str) -> str:
        return self(severity, _SEVERITY_COLOURS.get(severity, "0"))


def render(audit: Audit, options: Options | None = None) -> str:
    options = options or Options()
    paint = _Paint(options.color)
    out = _statistics(audit, paint) if options.statistics else list(_lines(audit, paint))
    if not options.quiet:
        out.append(summary_line(audit.summary, paint))
    return "".join(line + "\n" for line in out)


def _lines(audit: Audit, paint: _Paint):
    for doc in audit.documents:
        where = paint(escape.path(doc.source), "1")
        if doc.status == "error":
            yield f"{where}: {paint('DOC001', '1;31')} [{paint.severity('error')}] {escape.line(doc.error or '')}"
            continue
        for finding in doc.findings:
            yield f"{where}{_place(finding, paint)}: {paint(finding.rule, '1')} [{paint.severity(finding.severity)}] {_message(finding, True)}"


def _place(finding: Finding, paint: _Paint) -> str:
    region = finding.location.region() if finding.location else None
    return paint(f":{region[0]}:{region[1]}", "2") if region else ""


def _message(finding: Finding, located: bool) -> str:
    """The finding's message, with its image and, when the location has no line, where it is."""
    parts = []
    if finding.image is not None:
        parts.append(f"image {finding.image}")
    location = finding.location
    if located and location is not None and location.region() is None:
        parts.append(f"at {location.render()}")
    prefix = f"{', '.join(parts)}: " if parts else ""
    return escape.line(prefix + finding.message)


def _statistics(audit: Audit, paint: _Paint) -> list[str]:
    counts: Counter[tuple[str, str, str]] = Counter()
    for doc in audit.documents:
        if doc.status == "error":
            counts[("DOC001", "document-unreadable", "error")] += 1
        for f in doc.findings:
            counts[(f.rule, f.name, f.severity)] += 1
    width = len(str(max(counts.values(), default=0)))
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [
        f"{n:>{width}}  {paint(f'{code:8}', '1')} [{paint.severity(severity)}] {name}"
        for (code, name, severity), n in ordered
    ]


def summary_line(s: Summary, paint: _Paint | None = None) -> str:
    paint = paint or _Paint(False)
    agencies = ", ".join(f"{k} {v}" for k, v in s.by_agency.items()) or "none"
    counts = (
        f"{paint(f'{s.errors} errors', '1;31' if s.errors else '32')}, "
        f"{paint(f'{s.warnings} warnings', '33' if s.warnings else '32')}, {s.infos} infos"
    )
    return (
        f"{s.documents} documents ({s.documents_failed} failed, {s.documents_skipped} skipped), "
        f"{s.images} images [{agencies}]: {counts}"
    )


def render_grouped(audit: Audit, options: Options | None = None) -> str:
    """Findings grouped per document, then the skipped entries, then the summary."""
    options = options or Options()
    paint = _Paint(options.color)
    out: list[str] = []
    if options.statistics:
        out = _statistics(audit, paint)
    else:
        for doc in audit.documents:
            out.extend(_grouped(doc, paint))
        for skip in audit.skipped:
            out.append(f"{escape.path(skip.source)}: skipped: {escape.line(skip.reason)}")
    if not options.quiet:
        out.append(summary_line(audit.summary, paint))
    return "".join(line + "\n" for line in out)


def _grouped(doc: ArticleAudit, paint: _Paint):
    source = paint(escape.path(doc.source), "1")
    if doc.status == "error":
        yield f"{source}: error: {escape.line(doc.error or '')}"
        return
    yield f"{source} ({doc.format}, {len(doc.images)} images)"
    for finding in doc.findings:
        where = f"{escape.line(finding.location.render())} " if finding.location else ""
        image = f"image {finding.image}: " if finding.image is not None else ""
        yield (
            f"  {where}{paint.severity(finding.severity)} {paint(finding.rule, '1')} {finding.name}: "
            f"{escape.line(image + finding.message)}"
        )
