"""JUnit XML: one test case per document, failing on error findings, for CI systems that show test reports."""

from __future__ import annotations

from xml.etree.ElementTree import Element, SubElement, tostring

from checker.model import Audit, Finding


def _line(finding: Finding) -> str:
    where = f"{finding.location.render()} " if finding.location else ""
    image = f"image {finding.image}: " if finding.image is not None else ""
    return f"{where}{finding.severity} {finding.rule} {finding.name}: {image}{finding.message}"


def render(audit: Audit) -> str:
    s = audit.summary
    failures = sum(1 for d in audit.documents if any(f.severity == "error" for f in d.findings))
    suites = Element(
        "testsuites", name="creditcheck", tests=str(s.documents), failures=str(failures), errors=str(s.documents_failed)
    )
    suite = SubElement(
        suites,
        "testsuite",
        name="creditcheck",
        tests=str(s.documents),
        failures=str(failures),
        errors=str(s.documents_failed),
        skipped="0",
    )
    for doc in audit.documents:
        case = SubElement(suite, "testcase", classname="creditcheck", name=doc.source, file=doc.source)
        if doc.status == "error":
            SubElement(case, "error", type="DOC001", message=doc.error or "").text = doc.error
            continue
        errors = [f for f in doc.findings if f.severity == "error"]
        if errors:
            failure = SubElement(
                case,
                "failure",
                type=errors[0].rule,
                message=f"{len(errors)} error findings in {len(doc.images)} images",
            )
            failure.text = "\n".join(_line(f) for f in errors)
        others = [f for f in doc.findings if f.severity != "error"]
        if others:
            SubElement(case, "system-out").text = "\n".join(_line(f) for f in others)
    return tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
