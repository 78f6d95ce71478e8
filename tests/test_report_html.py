"""The HTML report as a file: self-contained, its script and style allowed by hash, counts and tables equal to the
audit's, hostile article values kept as text, archive audits read back (thumbnails, reused photos)."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
from pathlib import Path

import lxml.html
import pytest
from conftest import run_cli
from PIL import Image
from report_fixtures import PAYLOADS, hostile_audit, samples_audit

from checker.archive.run import run_archive
from checker.audit import Settings
from checker.report.load import LoadError, load


def _report(audit: Path, *extra: str) -> tuple[str, lxml.html.HtmlElement]:
    out = audit.with_suffix(".html")
    result = run_cli("report", str(audit), "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    return text, lxml.html.fromstring(text)


def _data(tree) -> dict:
    (block,) = tree.xpath("//script[@id='report-data']")
    return json.loads(block.text)


def _csp_sources(tree) -> dict[str, list[str]]:
    (meta,) = tree.xpath("//meta[@http-equiv='Content-Security-Policy']")
    return {d.split()[0]: d.split()[1:] for d in meta.get("content").split(";") if d.strip()}


def _sha(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_self_contained_and_only_its_own_script_and_style_allowed(tmp_path: Path) -> None:
    _, tree = _report(samples_audit(tmp_path))
    csp = _csp_sources(tree)
    scripts = tree.xpath("//script[not(@type)]")
    (style,) = tree.xpath("//style")
    assert len(scripts) == 1 and csp["script-src"] == [_sha(scripts[0].text)]
    assert csp["style-src"] == [_sha(style.text)]
    assert csp["default-src"] == ["'none'"] and csp["img-src"] == ["data:"]
    assert not tree.xpath("//link | //script[@src] | //iframe | //object | //embed")
    assert all(src.startswith("data:image/") for src in tree.xpath("//img/@src"))


def test_counts_and_licence_table_equal_the_audit(tmp_path: Path) -> None:
    audit_path = samples_audit(tmp_path)
    audit = json.loads(audit_path.read_text())
    _, tree = _report(audit_path)
    s = audit["summary"]
    shown = {b.get("data-count"): b.text for b in tree.xpath("//*[@id='counts']//b")}
    assert (shown["documents"], shown["images"], shown["errors"], shown["warnings"], shown["infos"]) == tuple(
        str(s[k]) for k in ("documents", "images", "errors", "warnings", "infos")
    )
    assert shown["at_risk"] == "10"  # 9 Reuters images after the licence ran out, 1 dpa image without one
    rows = {
        r.get("data-agency"): [int(c.text) for c in r.xpath("td[@class='n']")[:6]]
        for r in tree.xpath("//table[@id='licence-table']/tbody/tr")
    }
    # licensed, unlicensed, expired, not yet licensed, unknown, total
    assert rows["reuters"] == [0, 0, 9, 0, 0, 9]
    assert rows["dpa"] == [0, 1, 0, 0, 0, 1]
    assert rows["none"] == [0, 0, 0, 0, 6, 6]
    assert {a: sum(v.values()) for a, v in s["licences"].items()} == {a: r[5] for a, r in rows.items()}
    bars = {g.get("data-agency"): sum(int(r.get("data-images")) for r in g.xpath("rect")) for g in
            tree.xpath("//*[@id='licence-chart']/*[@class='bar']")}  # fmt: skip
    assert bars == {a: r[5] for a, r in rows.items()}
    data = _data(tree)
    assert len(data["findings"]) == sum(s["by_rule"].values())
    assert {code: n for code, _, n in data["rules"]} == s["by_rule"]


def test_hostile_values_stay_text(tmp_path: Path) -> None:
    text, tree = _report(hostile_audit(tmp_path))
    body = text.split('<script type="application/json" id="report-data">')[0]
    for payload in PAYLOADS:
        if "<" in payload:
            assert payload not in body  # nowhere unescaped in the markup
    assert "javascript:window.__xss=3 is used without a licence" in body  # plain text, shown as text
    (block,) = re.findall(r'<script type="application/json" id="report-data">(.*?)</script>', text, re.S)
    assert "<" not in block  # the data block cannot be closed from inside: < is written \u003c
    assert [image[0] for image in _data(tree)["images"]] == [f"caption {p}" for p in PAYLOADS]
    assert len(tree.xpath("//script")) == 2  # the data block and the report's own script
    assert not [e for e in tree.iter() if isinstance(e.tag, str) and any(a.startswith("on") for a in e.attrib)]
    assert not tree.xpath("//a")  # no link is written into the page itself
    legend = tree.xpath("//table[@id='licence-table']/tbody/tr/td[1]/text()")
    assert PAYLOADS[0] in legend  # an agency name that is a script tag, shown as text


def test_archive_audit_read_back_with_thumbnails_and_reused_photo(tmp_path: Path) -> None:
    from test_reuse import PAGE, _jpeg, _photo

    site = tmp_path / "site"
    (site / "img").mkdir(parents=True)
    _jpeg(_photo(4), site / "img" / "orig.jpg", 92)
    _jpeg(_photo(4).crop((5, 3, 475, 317)), site / "img" / "copy.jpg", 60)
    for n, (image, credit) in enumerate([("orig.jpg", "AP Photo/Jane Doe"), ("copy.jpg", "REUTERS/Jane Doe")]):
        (site / f"{n}.html").write_text(PAGE.format(n=n, image=image, credit=credit))
    (site / "broken.txt").write_bytes(b"\xff\xfe not text")
    out = tmp_path / "run"
    summary = run_archive([str(site)], Settings(images_root=site, phash=True), out, jobs=1)
    with Path(f"{out}.jsonl").open("a") as handle:
        handle.write("{not json\n")  # a damaged line: a failed document in the report, not a crash

    for name in (str(out), f"{out}.jsonl", f"{out}.summary.json"):
        assert load(Path(name)).kind == "archive"
    _, tree = _report(out, "--images", str(site))
    data = _data(tree)
    (reuse,) = tree.xpath("//div[@class='reuse']")
    names = [t for t in reuse.xpath(".//figcaption/b/text()")]
    assert names == ["ap", "reuters"] and reuse.get("data-phash") == summary.reused_photos[0].phash
    thumbs = reuse.xpath(".//img/@src")
    assert len(thumbs) == 2 and thumbs[0] != thumbs[1]  # each copy's own file
    for uri in thumbs + data["thumbs"]:
        raw = base64.b64decode(uri.removeprefix("data:image/jpeg;base64,"))
        assert max(Image.open(io.BytesIO(raw)).size) <= 96 and len(raw) < 8000  # never the full image
    failed = [f for f in data["findings"] if data["rules"][f[1]][0] == "DOC001"]
    assert sorted(data["docs"][f[2]].rsplit("/", 1)[-1] for f in failed) == ["broken.txt", "run.jsonl:4"]


def test_not_an_audit_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text('{"hello": 1}')
    result = run_cli("report", str(tmp_path / "x.json"))
    assert result.returncode == 2 and "not an audit" in result.stderr and "Traceback" not in result.stderr
    assert run_cli("report", str(tmp_path / "missing")).returncode == 2
    with pytest.raises(LoadError):
        load(tmp_path / "nothing.summary.json")


def test_check_format_html_renders_without_a_saved_audit() -> None:
    from conftest import SEED

    result = run_cli("check", str(SEED), "--format", "html")
    tree = lxml.html.fromstring(result.stdout)
    assert len(_data(tree)["findings"]) == 18 + 7  # 18 warnings and 7 infos, as the text report counts
