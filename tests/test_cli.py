"""The CLI as a user runs it: JSON validated by the schema, per-document errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import SAMPLES, SEED, run_cli


def _audit(result, validator) -> dict:
    assert "Traceback" not in result.stderr
    audit = json.loads(result.stdout)
    validator.validate(audit)
    return audit


def test_seed_json_validates_and_counts(audit_validator) -> None:
    result = run_cli("check", str(SEED), "--format", "json")
    audit = _audit(result, audit_validator)
    assert result.returncode == 0  # the seed's problems are warnings and infos
    assert audit["summary"]["images"] == 6
    assert audit["summary"]["by_agency"] == {"ap": 1, "getty": 2, "reuters": 3}
    assert all(image["caption"] and image["credit"] for image in audit["documents"][0]["images"])


def test_all_samples_validate(audit_validator) -> None:
    result = run_cli("check", str(SAMPLES), "--format", "json")
    audit = _audit(result, audit_validator)
    assert result.returncode == 1  # credit-problems.txt carries error findings
    documents = [p for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".toml"]
    assert audit["summary"]["documents"] == len(documents)
    assert audit["summary"]["documents_failed"] == 0
    assert {s["reason"] for s in audit["skipped"]} == {
        "image file: an asset of articles, not an article",
        "configuration file",
    }
    # every file under samples/ is accounted for: a document or a skipped entry
    assert len(audit["documents"]) + len(audit["skipped"]) == sum(1 for p in SAMPLES.rglob("*") if p.is_file())


def test_bad_inputs_are_per_document_errors(tmp_path: Path, audit_validator) -> None:
    (tmp_path / "good.txt").write_text("A caption (AP Photo/Jane Doe)\n")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 au lait. Credit: Reuters\n".encode("latin-1"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02caption")
    (tmp_path / "pic.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 16)
    (tmp_path / ".DS_Store").write_bytes(b"x")
    missing = tmp_path / "missing.txt"
    result = run_cli("check", str(tmp_path), str(missing), "--format", "json")
    audit = _audit(result, audit_validator)
    assert result.returncode == 1
    docs = {Path(d["source"]).name: d for d in audit["documents"]}
    assert docs["good.txt"]["status"] == "ok"
    assert docs["latin1.txt"]["error"].startswith("invalid UTF-8 at byte 3")
    assert docs["empty.txt"]["error"].startswith("empty document")
    assert docs["binary.txt"]["error"].startswith("binary content")
    assert docs["missing.txt"]["error"] == "file not found"
    skipped = {Path(s["source"]).name: s["reason"] for s in audit["skipped"]}
    assert set(skipped) == {"pic.jpg", ".DS_Store"}
    summary = audit["summary"]
    assert (summary["documents"], summary["documents_failed"], summary["documents_skipped"]) == (5, 4, 2)


def test_text_format(tmp_path: Path) -> None:
    """One finding a line, path:line:col: CODE [severity] message (clickable in terminals and editors)."""
    result = run_cli("check", str(SEED))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert f"{SEED}:16:1: CRD004 [warning] image 0: credit is glued to the caption text" in result.stdout
    assert all(line.startswith(f"{SEED}:") for line in lines[:-1]) and len(lines) == 26  # 25 findings, summary
    assert lines[-1].startswith("1 documents (0 failed, 0 skipped), 6 images [ap 1, getty 2, reuters 3]")


def test_grouped_format() -> None:
    result = run_cli("check", str(SEED), "--output-format", "grouped")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == f"{SEED} (text, 6 images)"
    assert "  16:1 warning CRD004 credit-glued-to-caption: image 0: credit is glued" in result.stdout
    assert lines[-1] == run_cli("check", str(SEED)).stdout.splitlines()[-1]


def test_output_file(tmp_path: Path, audit_validator) -> None:
    out = tmp_path / "audit.json"
    result = run_cli("check", str(SEED), "--format", "json", "--output", str(out))
    assert result.returncode == 0 and result.stdout == ""
    audit_validator.validate(json.loads(out.read_text()))


def test_usage_errors_exit_2() -> None:
    assert run_cli().returncode == 2
    assert run_cli("check").returncode == 2
    assert run_cli("check", str(SEED), "--format", "xml").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_schema_rejects_broken_audits(audit_validator) -> None:
    audit = json.loads(run_cli("check", str(SEED), "--format", "json").stdout)
    broken = json.loads(json.dumps(audit))
    broken["documents"][0]["images"][0]["credit"]["agency"] = "Associated Press"  # not a slug
    assert not audit_validator.is_valid(broken)
    broken = json.loads(json.dumps(audit))
    broken["documents"][0]["status"] = "error"  # an error document needs its message
    assert not audit_validator.is_valid(broken)
    del audit["summary"]["by_agency"]
    assert not audit_validator.is_valid(audit)


# --- the CI gate: rule selection, failing level, output options ---------------------------------------------------


def _by_rule(*args: str) -> dict[str, int]:
    return json.loads(run_cli("check", str(SEED), "--format", "json", *args).stdout)["summary"]["by_rule"]


def test_select_ignore_and_extend_select_by_code_prefix_and_name() -> None:
    assert _by_rule() == {"ART001": 6, "CAP002": 6, "CAP003": 1, "CRD004": 6, "CRD007": 6}
    assert _by_rule("--select", "CRD") == {"CRD004": 6, "CRD007": 6}
    assert _by_rule("--select", "CRD", "--ignore", "photographer-missing") == {"CRD004": 6}
    assert _by_rule("--select", "crd004,CAP003") == {"CAP003": 1, "CRD004": 6}
    assert _by_rule("--select", "CRD004", "--extend-select", "ART") == {"ART001": 6, "CRD004": 6}
    assert _by_rule("--ignore", "CAP", "--ignore", "ART001") == {"CRD004": 6, "CRD007": 6}
    # deselected rules vanish from the counts and the exit status too
    audit = json.loads(run_cli("check", str(SEED), "--format", "json", "--select", "CAP003").stdout)
    assert (audit["summary"]["warnings"], audit["summary"]["infos"]) == (0, 1)
    assert [f["rule"] for d in audit["documents"] for f in d["findings"]] == ["CAP003"]
    assert run_cli("check", str(SEED), "--select", "CAP003", "--fail-on", "warning").returncode == 0
    assert run_cli("check", str(SEED), "--select", "CAP003", "--fail-on", "info").returncode == 1


def test_bad_selectors_are_usage_errors() -> None:
    result = run_cli("check", str(SEED), "--select", "photographer-misng")
    assert (result.returncode, result.stderr) == (
        2,
        "creditcheck: 'photographer-misng' names no rule, code prefix or ALL; did you mean 'photographer-missing'?\n",
    )
    result = run_cli("check", str(SEED), "--ignore", "DOC001")
    assert (result.returncode, result.stderr) == (
        2,
        "creditcheck: DOC001 cannot be selected or ignored (`creditcheck explain DOC001`)\n",
    )


def test_fail_on() -> None:
    assert run_cli("check", str(SEED)).returncode == 0  # warnings and infos only
    assert run_cli("check", str(SEED), "--fail-on", "warning").returncode == 1
    assert run_cli("check", str(SEED), "--fail-on", "warning", "--exit-zero").returncode == 0
    assert run_cli("check", str(SEED), "--fail-on", "warning", "--ignore", "ART,CAP002,CRD004").returncode == 0


def test_no_abbreviated_options() -> None:
    """`--exit` is not taken for `--exit-zero` (argparse's abbreviations are off)."""
    result = run_cli("check", str(SEED), "--fail-on", "warning", "--exit")
    assert result.returncode == 2 and "unrecognized arguments: --exit" in result.stderr
    assert run_cli("check", str(SEED), "--stat").returncode == 2


def test_quiet_and_statistics() -> None:
    quiet = run_cli("check", str(SEED), "--quiet").stdout.splitlines()
    assert len(quiet) == 25 and all(line.startswith(f"{SEED}:") for line in quiet)
    statistics = run_cli("check", str(SEED), "--statistics").stdout.splitlines()
    assert statistics == [
        "6  ART001   [warning] gallery-counter",
        "6  CAP002   [warning] alt-duplicates-caption",
        "6  CRD004   [warning] credit-glued-to-caption",
        "6  CRD007   [info] photographer-missing",
        "1  CAP003   [info] caption-repeated-in-body",
        "1 documents (0 failed, 0 skipped), 6 images [ap 1, getty 2, reuters 3]: 0 errors, 18 warnings, 7 infos",
    ]
    assert run_cli("check", str(SEED), "--statistics", "--format", "json").returncode == 2


def _env_cli(env: dict[str, str], *args: str) -> str:
    import os
    import subprocess
    import sys

    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, "-m", "checker", *args], capture_output=True, text=True, env={**clean, **env}, timeout=120
    )
    return done.stdout


def test_colour() -> None:
    assert "\x1b[" not in run_cli("check", str(SEED)).stdout  # not a terminal
    coloured = _env_cli({}, "check", str(SEED), "--color", "always")
    assert "\x1b[33mwarning\x1b[0m" in coloured and "\x1b[1mCRD004\x1b[0m" in coloured
    assert "\x1b[" not in _env_cli({"NO_COLOR": "1"}, "check", str(SEED))
    assert "\x1b[" in _env_cli({"FORCE_COLOR": "1"}, "check", str(SEED))
    assert "\x1b[" not in _env_cli({"FORCE_COLOR": "1"}, "check", str(SEED), "--color", "never")


def test_standalone_image_by_line_satisfies_crd007(tmp_path: Path) -> None:
    from synth import Credits, jpeg

    (tmp_path / "named.jpg").write_bytes(jpeg(Credits(credit="AP", byline=["Jane Doe"]), seed=1))
    (tmp_path / "unnamed.jpg").write_bytes(jpeg(Credits(credit="AP"), seed=2))
    result = run_cli("check", str(tmp_path / "named.jpg"), str(tmp_path / "unnamed.jpg"), "--format", "json")
    rules = {Path(d["source"]).name: [f["rule"] for f in d["findings"]] for d in json.loads(result.stdout)["documents"]}
    assert rules == {"named.jpg": [], "unnamed.jpg": ["CRD007"]}


def test_clean_archive_prints_one_line(tmp_path: Path) -> None:
    """Clean articles and their photos: the default text report is the summary alone (no line per document or per
    image passed over); grouped lists them."""
    for n in range(3):
        (tmp_path / f"story-{n}.txt").write_bytes((SAMPLES / "ap-wire-story.txt").read_bytes())
    for image in (SAMPLES / "images").iterdir():
        (tmp_path / image.name).write_bytes(image.read_bytes())
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "3 documents (0 failed, 9 skipped), 6 images [ap 6]: 0 errors, 0 warnings, 0 infos"
    ]
    assert len(run_cli("check", str(tmp_path), "--format", "grouped").stdout.splitlines()) == 3 + 9 + 1


def test_a_run_collects_garbage_less_often_and_puts_the_collector_back(monkeypatch) -> None:
    """During a run the youngest generation is collected after 100,000 allocations, not 700 (an audit's records
    would be walked again and again); afterwards the caller's settings are back."""
    import gc

    from checker import cli

    seen: list[tuple[int, ...]] = []
    before = gc.get_threshold()
    monkeypatch.setattr(cli, "_check", lambda args: seen.append(gc.get_threshold()) or 0)
    assert cli.main(["check", str(SAMPLES / "wire-credits.txt")]) == 0
    assert seen == [(max(before[0], cli._YOUNG_ALLOCATIONS), *before[1:])] and gc.get_threshold() == before
