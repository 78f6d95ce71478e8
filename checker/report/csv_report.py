"""Findings as CSV, one row per finding with its image's caption, credit, agency and licence status.

For spreadsheets: a cell that a spreadsheet would run as a formula (one starting with =, +, -, @, a tab or a
carriage return) is written with a leading apostrophe, as OWASP advises against CSV injection; captions and
credits come from articles and are untrusted. A document that could not be read is one DOC001 row.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import TextIO

from checker.model import Audit
from checker.report.load import FindingView, LoadedAudit, document_rows

COLUMNS = [
    "document",
    "location",
    "rule",
    "name",
    "severity",
    "message",
    "image",
    "src",
    "caption",
    "credit",
    "agency",
    "licence",
]
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _row(finding: FindingView) -> list[str]:
    image = finding.image
    values: list[object] = [finding.source, finding.where, finding.rule, finding.name, finding.severity]
    values.append(finding.message)
    if image is None:
        values += ["", "", "", "", "", ""]
    else:
        values += [image.number, image.src, image.caption, image.credit, image.agency, image.licence]
    return [_cell(v) for v in values]


def write(documents: Iterable[dict], handle: TextIO) -> int:
    """Write the header and a row per finding; returns the number of rows."""
    writer = csv.writer(handle, lineterminator="\n")
    writer.writerow(COLUMNS)
    count = 0
    for document in documents:
        for finding in document_rows(document)[1]:
            writer.writerow(_row(finding))
            count += 1
    return count


def write_loaded(audit: LoadedAudit, handle: TextIO) -> int:
    return write(audit.documents(), handle)


def render(audit: Audit) -> str:
    buffer = io.StringIO()
    write((json.loads(d.model_dump_json()) for d in audit.documents), buffer)
    return buffer.getvalue()
