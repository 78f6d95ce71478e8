"""The text reader over the derived corpus (../shared/corpus/derived): the labelled dev HTML pages turned into text
by other extractors (inscriptis, html2text, BeautifulSoup, trafilatura, readability, lynx, w3m), labels derived
from the HTML labels (see the corpus README). Floors it reaches today per extractor, so that a regression fails.
Skipped when the corpus is absent; matched by the corpus's own scorer (score.py), imported, never copied here."""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType

import pytest
from conftest import ROOT, SHARED

from checker.audit import audit_paths

DERIVED = next(
    (
        p / "corpus" / "derived"
        for p in (Path(os.environ.get("CREDITCHECK_SHARED") or SHARED), SHARED, ROOT.parents[1] / "shared")
        if (p / "corpus" / "derived" / "labels.json").is_file()
    ),
    None,
)
pytestmark = pytest.mark.skipif(DERIVED is None, reason="../shared/corpus/derived not present")


def _scorer() -> ModuleType:
    assert DERIVED is not None
    spec = importlib.util.spec_from_file_location("derived_score", DERIVED / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def totals() -> dict[str, dict[str, float]]:
    assert DERIVED is not None
    score = _scorer()
    labels = json.loads((DERIVED / "labels.json").read_text(encoding="utf-8"))
    sums: dict[str, dict[str, int]] = {}
    for entry in labels["files"]:
        t = sums.setdefault(
            entry["tool"], dict.fromkeys(("lab", "rep", "hit", "ag_pred", "ag_ok", "ag_lab", "ag_hit", "errors"), 0)
        )
        (doc,) = audit_paths([str(DERIVED / entry["file"])]).documents
        audit = json.loads(doc.model_dump_json())
        reported = [i for i in audit["images"] if i.get("role") != "chrome"]
        labs = [i for i in entry["images"] if not i.get("chrome")]
        matched, ignored = score.match_text(labs, reported, set(entry.get("unsure_lines", [])))
        lab_of = {r: labs[li] for li, r in matched.items()}
        t["lab"] += len(labs)
        t["rep"] += len(reported) - len(ignored)
        t["hit"] += len(matched)
        for r, image in enumerate(reported):
            agency = score.agency_of(image)
            if r not in ignored and agency is not None:
                t["ag_pred"] += 1
                t["ag_ok"] += r in lab_of and score.agency_ok(agency, lab_of[r])
        for li, lab in enumerate(labs):
            if lab.get("agency"):
                t["ag_lab"] += 1
                t["ag_hit"] += li in matched and score.agency_ok(score.agency_of(reported[matched[li]]), lab)
        false = {reported[r]["index"] for r in range(len(reported)) if r not in lab_of and r not in ignored}
        t["errors"] += sum(1 for f in audit["findings"] if f["severity"] == "error" and f["image"] in false)
    return {
        tool: {
            "P": t["hit"] / max(t["rep"], 1),
            "R": t["hit"] / max(t["lab"], 1),
            "agency_P": t["ag_ok"] / max(t["ag_pred"], 1),
            "agency_R": t["ag_hit"] / max(t["ag_lab"], 1),
            "false_errors": t["errors"],
        }
        for tool, t in sums.items()
    }


# Reached when these floors were set (derived-1; `python score.py --only text --file TOOL__` in the corpus folder):
#   ins  P=0.793 R=0.719 agency P=0.880 R=0.978 false errors 1   h2t  P=0.688 R=0.803 agency P=0.843 R=0.935 fe 8
#   bs4  P=0.737 R=0.677 agency P=0.755 R=0.889 fe 1             tra  P=0.574 R=0.964 agency P=0.667 R=0.571 fe 4
#   rdb  P=0.696 R=0.571 agency P=0.762 R=1.000 fe 1             lynx P=0.491 R=0.839 agency P=0.524 R=0.956 fe 5
#   w3m  P=0.515 R=0.812 agency P=0.550 R=0.957 fe 3
FLOORS: dict[str, dict[str, float]] = {
    "ins": {"P": 0.77, "R": 0.70, "agency_P": 0.86, "agency_R": 0.95, "false_errors": 1},
    "h2t": {"P": 0.66, "R": 0.78, "agency_P": 0.82, "agency_R": 0.91, "false_errors": 8},
    "bs4": {"P": 0.71, "R": 0.65, "agency_P": 0.73, "agency_R": 0.86, "false_errors": 1},
    "tra": {"P": 0.55, "R": 0.94, "agency_P": 0.64, "agency_R": 0.55, "false_errors": 4},
    "rdb": {"P": 0.67, "R": 0.55, "agency_P": 0.74, "agency_R": 0.97, "false_errors": 1},
    "lynx": {"P": 0.47, "R": 0.82, "agency_P": 0.50, "agency_R": 0.93, "false_errors": 5},
    "w3m": {"P": 0.49, "R": 0.79, "agency_P": 0.53, "agency_R": 0.93, "false_errors": 3},
}


@pytest.mark.parametrize("tool", list(FLOORS))
def test_derived_corpus_floor(totals: dict[str, dict[str, float]], tool: str) -> None:
    got = totals[tool]
    for measure, floor in FLOORS[tool].items():
        if measure == "false_errors":
            assert got[measure] <= floor, (measure, got)
        else:
            assert got[measure] >= floor, (measure, got)
