"""Issue 13, item 5: no document can hold up a run.

A policy's [credit_format] pattern such as `(a+)+$`, matched by Python's backtracking engine against a credit of
thirty letters and "/AP", took 37 s, and nothing bounded one document's time. Policy patterns are now matched by
RE2 (linear time; a pattern RE2 cannot promise that for is refused when the policy is loaded), and every document
runs under a time budget (`--timeout`, the policy's `timeout`, default 60 s) past which it is reported as an error
while the run goes on, in `check` and in the workers of `audit`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hostile.bounded import documents, run_bounded

LOOPING = "LOOP FOREVER"  # a text document holding this sends the patched reader into an endless loop

# Loaded by the child through PYTHONPATH: a reader bug that never returns, and ignores ordinary exceptions.
_SITECUSTOMIZE = f"""
from checker.plain import replace
import checker.readers as readers

_read = readers.FORMATS["text"].read

def looping(doc, registry, selectors):
    if b"{LOOPING}" in doc.content():
        while True:
            try:
                sum(range(100_000))
            except Exception:  # the "keep going" of a reader: the budget is not an Exception
                pass
    return _read(doc, registry, selectors)

readers.FORMATS["text"] = replace(readers.FORMATS["text"], read=looping)
"""


def test_a_backtracking_credit_format_is_matched_in_linear_time(site: Path) -> None:
    (site / "creditcheck.toml").write_text('[credit_format]\nap = "(a+)+$"\n')
    for n in (30, 200):
        (site / f"credit{n}.txt").write_text(f"A story\n\n![A photo](a.jpg)\nA photo. Photo: {'a' * n}/AP\n\nBody.\n")
    run = run_bounded("check", str(site), "--images", str(site), "--format", "json", cpu_seconds=10, memory_mb=1024)
    assert run.returncode in (0, 1), run
    docs = documents(run.stdout)
    for n in (30, 200):
        (finding,) = [f for f in docs[f"credit{n}.txt"]["findings"] if f["rule"] == "CRD005"]
        assert finding["message"] == f"credit '{'a' * n}/AP' is not in the house format for Associated Press: (a+)+$"
    assert docs["ordinary.txt"]["status"] == "ok" and docs["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"
    assert run.seconds < 10, run


def test_a_pattern_that_can_backtrack_is_refused_at_load(site: Path) -> None:
    (site / "creditcheck.toml").write_text('[credit_format]\nap = "(AP) Photo/\\\\1"\n')
    run = run_bounded("check", str(site), cpu_seconds=10, memory_mb=1024)
    assert run.returncode == 2 and run.stdout == "", run
    assert (
        "credit_format.ap: not an RE2 regular expression" in run.stderr and "invalid escape sequence: \\1" in run.stderr
    )


@pytest.fixture
def looping(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / "sitecustomize.py").write_text(_SITECUSTOMIZE)
    monkeypatch.setenv("PYTHONPATH", str(hooks))
    (site / "looping.txt").write_text(f"A story\n\n{LOOPING}\n")
    return site


BUDGET_ERROR = "exceeded the time budget of 1 s per document (--timeout, or timeout in the policy)"


def test_check_stops_a_document_at_its_budget(looping: Path) -> None:
    run = run_bounded("check", str(looping), "--format", "json", "--timeout", "1", cpu_seconds=20, memory_mb=1024)
    assert run.returncode == 1, run
    docs = documents(run.stdout)
    assert (docs["looping.txt"]["status"], docs["looping.txt"]["error"]) == ("error", BUDGET_ERROR)
    assert docs["ordinary.txt"]["status"] == "ok" and docs["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"
    assert run.seconds < 15, run


def test_the_policy_sets_the_budget(looping: Path) -> None:
    (looping / "creditcheck.toml").write_text("timeout = 1\n")
    run = run_bounded("check", str(looping), "--format", "json", cpu_seconds=20, memory_mb=1024)
    docs = documents(run.stdout)
    assert docs["looping.txt"]["error"] == BUDGET_ERROR and docs["ordinary.txt"]["status"] == "ok", run


def test_audit_workers_stop_a_document_at_its_budget(looping: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "run"
    for n in range(4):
        (looping / f"more{n}.txt").write_text(f"Story {n}\n\n![A photo](a.jpg)\nA photo. Photo: Reuters\n\nBody.\n")
    args = ("audit", str(looping), "--out", str(out), "--no-cache", "--jobs", "2", "--timeout", "1")
    run = run_bounded(*args, cpu_seconds=30, memory_mb=2048)
    assert run.returncode == 1, run
    lines = [json.loads(line) for line in Path(f"{out}.jsonl").read_text().splitlines()]
    docs = {Path(doc["source"]).name: doc for doc in lines}
    assert (docs["looping.txt"]["status"], docs["looping.txt"]["error"]) == ("error", BUDGET_ERROR)
    assert {name: doc["status"] for name, doc in docs.items() if name != "looping.txt"} == dict.fromkeys(
        ["ordinary.txt", "more0.txt", "more1.txt", "more2.txt", "more3.txt"], "ok"
    )
    assert run.seconds < 25, run
