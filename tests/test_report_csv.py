"""CSV of findings: one row per finding with its image's caption, credit, agency and licence; safe in spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import SAMPLES, run_cli
from report_fixtures import DAY, POLICY, hostile_audit, samples_audit

from checker.report.csv_report import COLUMNS


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_finding_with_the_image() -> None:
    result = run_cli(
        "check", str(SAMPLES / "wire-credits.txt"), "--config", str(POLICY), "--date", DAY, "--format", "csv"
    )
    rows = _rows(result.stdout)
    assert list(rows[0]) == COLUMNS
    licence = [
        (r["image"], r["rule"], r["credit"], r["agency"], r["licence"]) for r in rows if r["rule"].startswith("LIC")
    ]
    assert licence == [
        ("0", "LIC001", "Christian Charisius/dpa", "dpa", "unlicensed"),
        ("2", "LIC002", "REUTERS/Fabrizio Bensch", "reuters", "expired"),
    ]
    audit = json.loads(
        run_cli(
            "check", str(SAMPLES / "wire-credits.txt"), "--config", str(POLICY), "--date", DAY, "--format", "json"
        ).stdout
    )
    assert len(rows) == sum(audit["summary"]["by_rule"].values())
    first = next(r for r in rows if r["image"] == "0")
    assert first["caption"] == audit["documents"][0]["images"][0]["caption"]
    assert first["location"] == "{line}:{column}".format(**audit["documents"][0]["findings"][0]["location"])


def test_formulas_are_neutralised_and_values_kept(tmp_path: Path) -> None:
    rows = _rows(run_cli("report", str(hostile_audit(tmp_path)), "--format", "csv").stdout)
    captions = [r["caption"] for r in rows]
    assert 'caption =HYPERLINK("http://evil.example/","click")' in captions  # not at the start: left as written
    credits_ = {r["document"] for r in rows}
    assert '\'=HYPERLINK("http://evil.example/","click")' in credits_  # a file name that a sheet would run
    assert "<script>window.__xss=1</script>" in credits_  # CSV has no markup: text kept as written


def test_archive_report_csv_equals_check_csv(tmp_path: Path) -> None:
    import datetime as dt

    from checker.archive.run import run_archive
    from checker.audit import Settings
    from checker.policy.config import load

    settings = Settings(policy=load(POLICY), images_root=SAMPLES, date=dt.date.fromisoformat(DAY))
    run_archive([str(SAMPLES)], settings, tmp_path / "run", jobs=1)
    archive = _rows(run_cli("report", str(tmp_path / "run"), "--format", "csv").stdout)
    check = _rows(run_cli("report", str(samples_audit(tmp_path)), "--format", "csv").stdout)
    key = lambda r: tuple(r.values())  # noqa: E731
    assert sorted(archive, key=key) == sorted(check, key=key) and len(check) > 50
