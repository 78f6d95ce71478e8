"""Archive audits: every input counted, cached, resumable after a kill, the same on Dask as locally."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from archives import PAGE, write_jsonl, write_warc
from conftest import ROOT, SAMPLES, run_cli
from synth import Credits, jpeg

from checker.archive.run import run_archive
from checker.audit import Settings, audit_paths
from checker.policy.config import from_mapping, load


def _archive(root: Path) -> Path:
    site = root / "archive"
    (site / "2024").mkdir(parents=True)
    (site / "img").mkdir()
    photo = jpeg(Credits(credit="AP"), size=(96, 64), seed=1)
    (site / "img" / "a.jpg").write_bytes(photo)
    (site / "img" / "a-copy.jpg").write_bytes(photo)  # the same photo, filed twice
    (site / "img" / "b.jpg").write_bytes(jpeg(Credits(credit="Reuters"), size=(96, 64), seed=2))
    (site / "2024" / "one.html").write_text(
        PAGE.format(n=1, date="2024-02-10", image="a.jpg", credit="AP Photo/Jane Doe")
    )
    (site / "2024" / "two.html").write_text(
        PAGE.format(n=2, date="2024-03-01", image="a-copy.jpg", credit="REUTERS/Jane Doe")
    )
    (site / "2024" / "broken.txt").write_bytes(b"\xff\xfe not utf-8")
    records = [
        {"url": "https://example.com/j1", "html": PAGE.format(n=3, date="2024-03-05", image="b.jpg", credit="Reuters")},
        {"id": "j2", "text": "A storm. Credit: Getty Images\n"},
    ]
    write_jsonl(site / "feed.jsonl", records)
    write_warc(
        site / "crawl.warc.gz",
        [("https://example.com/w1", PAGE.format(n=4, date="2024-02-20", image="b.jpg", credit="Photo: Reuters"))],
    )
    return site


def _lines(prefix: Path) -> list[dict]:
    return [json.loads(line) for line in Path(f"{prefix}.jsonl").read_text().splitlines()]


def test_inputs_counted_and_reported(tmp_path: Path) -> None:
    site = _archive(tmp_path)
    out = tmp_path / "out" / "run"
    summary = run_archive(
        [str(site)], Settings(images_root=site, phash=True), out, jobs=2, cache_path=tmp_path / "c.sqlite"
    )
    docs = _lines(out)
    sources = sorted(d["source"] for d in docs)
    assert sources == sorted(
        [
            str(site / "2024" / "broken.txt"),
            str(site / "2024" / "one.html"),
            str(site / "2024" / "two.html"),
            "https://example.com/j1",
            "j2",
            f"{site / 'feed.jsonl'}:3",
            "https://example.com/w1",
        ]
    )
    assert (summary.counts.documents, summary.counts.failed, summary.counts.skipped) == (7, 2, 3)  # 3 images
    assert summary.agency_months == {
        "2024-02": {"ap": 1, "reuters": 1},
        "2024-03": {"reuters": 2},
        "unknown": {"getty": 1},
    }
    csv = Path(f"{out}.agency-months.csv").read_text().splitlines()
    assert csv[0] == "month,agency,images" and "2024-03,reuters,2" in csv
    (reused,) = summary.reused_photos  # a.jpg and a-copy.jpg: one photo, credited to AP and to Reuters
    assert reused.agencies == ["ap", "reuters"] and len(reused.images) == 2
    assert json.loads(Path(f"{out}.summary.json").read_text())["counts"]["documents"] == 7


def test_cache_skips_unchanged_documents(tmp_path: Path) -> None:
    site = _archive(tmp_path)
    out, cache = tmp_path / "run", tmp_path / "c.sqlite"
    first = run_archive([str(site)], Settings(), out, jobs=1, cache_path=cache)
    before = Path(f"{out}.jsonl").read_text()
    again = run_archive([str(site)], Settings(), out, jobs=1, cache_path=cache)
    assert (first.counts.computed, again.counts.cached, again.counts.computed) == (7, 7, 0)
    assert Path(f"{out}.jsonl").read_text() == before
    (site / "2024" / "one.html").write_text(PAGE.format(n=9, date="2024-02-10", image="a.jpg", credit="AP"))
    edited = run_archive([str(site)], Settings(), out, jobs=1, cache_path=cache)
    assert (edited.counts.computed, edited.counts.cached) == (1, 6)
    stricter = run_archive(
        [str(site)], Settings(policy=from_mapping({"rules": {"CRD007": "off"}})), out, jobs=1, cache_path=cache
    )
    assert stricter.counts.computed == 7  # another policy: another cache key


def test_resume_after_kill(tmp_path: Path) -> None:
    site = tmp_path / "big"
    site.mkdir()
    filler = "<p>" + "The storm moved east overnight, the coastguard said. " * 40 + "</p>"
    for n in range(3000):
        page = PAGE.format(n=n, date="2024-02-10", image=f"{n}.jpg", credit="Reuters")
        (site / f"{n:05d}.html").write_text(page.replace("</article>", filler * 10 + "</article>"))
    out, cache = tmp_path / "run", tmp_path / "c.sqlite"
    command = [
        sys.executable,
        "-m",
        "checker",
        "audit",
        str(site),
        "--out",
        str(out),
        "--cache",
        str(cache),
        "--jobs",
        "1",
        "--no-progress",
    ]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.2)
        try:
            stored = sqlite3.connect(cache).execute("SELECT COUNT(*) FROM results").fetchone()[0]
        except sqlite3.Error:
            continue
        if stored:
            break
    assert process.poll() is None and 0 < stored < 3000, "the run ended before it could be interrupted"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not Path(f"{out}.jsonl").exists()  # nothing half-written where the results go
    result = run_cli("audit", str(site), "--out", str(out), "--cache", str(cache), "--jobs", "2", "--no-progress")
    assert result.returncode == 0, result.stderr
    summary = json.loads(Path(f"{out}.summary.json").read_text())["counts"]
    assert summary["documents"] == 3000 and summary["cached"] >= stored and summary["computed"] <= 3000 - stored
    sources = [d["source"] for d in _lines(out)]
    assert len(sources) == len(set(sources)) == 3000


def test_dask_engine_matches_local(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    site = _archive(tmp_path)
    settings = Settings(images_root=site, phash=True)
    local = run_archive([str(site)], settings, tmp_path / "local", jobs=2)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = run_archive(
            [str(site)], settings, tmp_path / "dask", jobs=1, engine="dask", scheduler=cluster.scheduler_address
        )
    assert Path(f"{tmp_path / 'dask'}.jsonl").read_text() == Path(f"{tmp_path / 'local'}.jsonl").read_text()
    assert remote.summary == local.summary and remote.agency_months == local.agency_months
    assert remote.reused_photos == local.reused_photos


def test_cli_audit_usage_errors(tmp_path: Path) -> None:
    assert run_cli("audit", str(SAMPLES), "--engine", "dask").returncode == 2
    assert run_cli("audit", str(SAMPLES), "--jobs", "0").returncode == 2
    done = run_cli("audit", str(SAMPLES), "--out", str(tmp_path / "s"), "--no-cache", "--exit-zero")
    documents = sum(1 for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".toml")
    assert done.returncode == 0 and f"{documents} documents" in done.stdout


def test_outputs_follow_their_schemas(tmp_path: Path, audit_validator) -> None:
    import jsonschema

    from checker.model import ArchiveSummary
    from checker.schemas_path import load_schema

    site = _archive(tmp_path)
    out = tmp_path / "run"
    run_archive([str(site)], Settings(images_root=site, phash=True), out, jobs=1)
    summary_schema = load_schema("archive-summary.schema.json")
    generated = ArchiveSummary.model_json_schema()
    drop = {"$schema", "$id", "title"}
    assert {k: v for k, v in summary_schema.items() if k not in drop} == {
        k: v for k, v in generated.items() if k not in drop
    }
    jsonschema.Draft202012Validator(summary_schema).validate(json.loads(Path(f"{out}.summary.json").read_text()))
    document = jsonschema.Draft202012Validator(
        {"$ref": "#/$defs/document", "$defs": audit_validator.schema["$defs"]},
        format_checker=jsonschema.FormatChecker(),
    )
    for line in _lines(out):
        document.validate(line)


def _samples_with_archives(root: Path) -> Path:
    """The bundled samples, plus a JSON Lines feed and a WARC crawl beside them."""
    site = root / "site"
    shutil.copytree(SAMPLES, site)
    write_jsonl(
        site / "feed.jsonl",
        [
            {"url": "https://example.com/j1", "html": PAGE.format(n=1, date="2024-03-05", image="pier.jpg", credit="")},
            {"id": "j2", "text": "Waves over the pier.\nWaves over the pier. Credit: REUTERS/Jane Doe\n"},
            ["not", "an", "object"],
        ],
    )
    write_warc(
        site / "crawl.warc.gz",
        [("https://example.com/w1", PAGE.format(n=2, date="2024-02-20", image="harbour.jpg", credit="AP Photo"))],
    )
    return site


def test_check_and_audit_give_the_same_documents(tmp_path: Path) -> None:
    """One stream, one per-document function and one summary: the same items and counts from both commands."""
    site = _samples_with_archives(tmp_path)
    policy = ("--config", str(site / "newsroom-policy.toml"), "--date", "2025-06-01")
    checked = run_cli("check", str(site), *policy, "--format", "json")
    out = tmp_path / "run"
    audited = run_cli("audit", str(site), *policy, "--out", str(out), "--no-cache", "--jobs", "2", "--exit-zero")
    assert checked.returncode == 1 and audited.returncode == 0, audited.stderr
    check = json.loads(checked.stdout)
    assert check["documents"] == _lines(out)
    sources = [d["source"] for d in check["documents"]]
    assert {"https://example.com/j1", "j2", f"{site / 'feed.jsonl'}:3", "https://example.com/w1"} <= set(sources)
    assert sources.index("https://example.com/j1") < sources.index("j2")  # records in file order
    bad = next(d for d in check["documents"] if d["source"].endswith("feed.jsonl:3"))
    assert (bad["format"], bad["status"], bad["error"]) == ("jsonl", "error", "line 3 is not a JSON object")
    summary = json.loads(Path(f"{out}.summary.json").read_text())
    assert check["summary"] == summary["summary"]
    assert check["summary"]["documents"] == len(sources) == summary["counts"]["documents"]
    # with --images, the same Settings in both: identical again (the CLI's audit also hashes pixels for reuse)
    settings = Settings(policy=load(site / "newsroom-policy.toml"), images_root=site, date=dt.date(2025, 6, 1))
    with_images = audit_paths([str(site)], settings)
    run_archive([str(site)], settings, tmp_path / "images", jobs=1)
    assert [d.model_dump(mode="json") for d in with_images.documents] == _lines(tmp_path / "images")
    assert any(i.embedded and i.embedded.credit for d in with_images.documents for i in d.images)


def test_check_reads_an_archive_file_as_audit_does(tmp_path: Path) -> None:
    site = _samples_with_archives(tmp_path)
    for name in ("feed.jsonl", "crawl.warc.gz"):
        checked = json.loads(run_cli("check", str(site / name), "--format", "json", "--exit-zero").stdout)
        run_archive([str(site / name)], Settings(), tmp_path / name, jobs=1)
        assert checked["documents"] == _lines(tmp_path / name)
    assert [d["source"] for d in checked["documents"]] == ["https://example.com/w1"]
    assert checked["documents"][0]["images"][0]["credit"]["agency"] == "ap"
