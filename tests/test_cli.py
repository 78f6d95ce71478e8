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
    result = run_cli("check", str(SEED))
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].endswith("(text, 6 images)")
    assert "16:1 warning CRD004 credit-glued-to-caption" in result.stdout
    assert lines[-1].startswith("1 documents (0 failed, 0 skipped), 6 images [ap 1, getty 2, reuters 3]")


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
