"""The HTML reader on the labelled development pages (../shared/corpus/dev: content and chrome labelled by hand),
matched as dev/score.py matches them: a label's src is a substring of a reported image's src. Floors are what
the reader reaches today; a change that lowers one is a regression on pages it was not written for."""

from __future__ import annotations

import html
import json
import os
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import SHARED

from checker.audit import audit_paths

DEV = Path(os.environ.get("CREDITCHECK_SHARED") or SHARED) / "corpus" / "dev"
needs_dev = pytest.mark.skipif(not (DEV / "labels.json").is_file(), reason="../shared/corpus/dev not present")


def _forms(text: str) -> set[str]:
    return {text, unquote(text), html.unescape(text), unquote(html.unescape(text))}


def _matches(key: str, src: str | None) -> bool:
    return any(k and k in form for k in _forms(key) for form in _forms(src or ""))


@needs_dev
def test_dev_pages_images_agencies_and_no_error_on_chrome() -> None:
    labels = json.loads((DEV / "labels.json").read_text(encoding="utf-8"))
    entries = [e for e in labels["files"] if e["file"].startswith("html/")]
    audit = audit_paths([str(DEV / e["file"]) for e in entries])
    assert [(doc.source, doc.error) for doc in audit.documents if doc.status != "ok"] == []
    by_source = {Path(doc.source).name: doc for doc in audit.documents}
    labelled = reported = matched = agency_said = agency_right = agency_labelled = agency_found = 0
    false_errors = []
    for entry in entries:
        doc = by_source[Path(entry["file"]).name]
        content = [i for i in entry["images"] if not i.get("chrome")]
        shown = [i for i in doc.images if i.role != "chrome"]
        labelled += len(content)
        reported += len(shown)
        pairs: dict[int, int] = {}
        for li, label in enumerate(content):
            hit = next(
                (ri for ri, img in enumerate(shown) if ri not in pairs.values() and _matches(label["src"], img.src)),
                None,
            )
            if hit is not None:
                pairs[li] = hit
        matched += len(pairs)
        label_of = {ri: content[li] for li, ri in pairs.items()}
        for ri, img in enumerate(shown):
            if img.credit and img.credit.agency:
                agency_said += 1
                lab = label_of.get(ri)
                agency_right += bool(lab and img.credit.agency in {lab.get("agency"), *(lab.get("agency_alt") or [])})
        for li, label in enumerate(content):
            if label.get("agency"):
                agency_labelled += 1
                img = shown[pairs[li]] if li in pairs else None
                agency_found += bool(
                    img and img.credit and img.credit.agency in {label["agency"], *(label.get("agency_alt") or [])}
                )
        true_images = {shown[ri].index for ri in pairs.values()}
        false_errors += [
            (entry["file"], f.rule, f.image)
            for f in doc.findings
            if f.severity == "error" and f.image is not None and f.image not in true_images
        ]
    precision, recall = matched / reported, matched / labelled
    chrome_per_page = (reported - matched) / len(entries)
    numbers = (precision, recall, agency_right / agency_said, agency_found / agency_labelled, chrome_per_page)
    assert precision >= 0.95 and recall >= 0.98, numbers
    assert agency_right / agency_said >= 0.97 and agency_found / agency_labelled >= 0.95, numbers
    assert chrome_per_page <= 0.1, numbers
    # no error on any image the labels do not count as content (heise's magazine-cover box was the last one)
    assert false_errors == [], false_errors
