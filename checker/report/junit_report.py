"""JUnit XML for CI systems that show test reports, valid against Jenkins' junit-10.xsd (tests/schemas/).

One test case per document, failing on its error findings (its other findings in system-out), an error for a
document that could not be read, and a skipped test case for each entry passed over (with its reason), so the
suite's counts add up to what the run saw. Test cases carry no `file` attribute: junit-10.xsd has none. Every
string is made valid XML 1.0 first (checker/report/escape.py): a control character in a file name would
otherwise make the whole report unreadable.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

from checker.model import Audit, Finding
from checker.report import escape
from checker.report.options import Options


def _line(finding: Finding) -> str:
    where = f"{finding.location.render()} " if finding.location else ""
    image = f"image {finding.image}: " if finding.image is not None else ""
    return f"{where}{finding.severity} {finding.rule} {finding.name}: {image}{finding.message}"


def render(audit: Audit, options: Options | None = None) -> str:
    x = escape.xml
    s = audit.summary
    failures = sum(1 for d in audit.documents if any(f.severity == "error" for f in d.findings))
    tests = len(audit.documents) + len(audit.skipped)
    counts = {"name": "creditcheck", "tests": str(tests), "failures": str(failures), "errors": str(s.documents_failed)}
    suites = Element("testsuites", counts)
    suite = SubElement(suites, "testsuite", {**counts, "skipped": str(len(audit.skipped))})
    for doc in audit.documents:
        case = SubElement(suite, "testcase", classname="creditcheck", name=x(doc.source))
        if doc.status == "error":
            SubElement(case, "error", type="DOC001", message=x(doc.error or "")).text = x(doc.error or "")
            continue
        errors = [f for f in doc.findings if f.severity == "error"]
        if errors:
            failure = SubElement(
                case,
                "failure",
                type=errors[0].rule,
                message=f"{len(errors)} error findings in {len(doc.images)} images",
            )
            failure.text = x("\n".join(_line(f) for f in errors))
        others = [f for f in doc.findings if f.severity != "error"]
        if others:
            SubElement(case, "system-out").text = x("\n".join(_line(f) for f in others))
    for skip in audit.skipped:
        case = SubElement(suite, "testcase", classname="creditcheck.skipped", name=x(skip.source))
        SubElement(case, "skipped", message=x(skip.reason))
    return tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
