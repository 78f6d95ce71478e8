"""The HTML report in a real browser: Debian's chromium, headless, driven by playwright (its own browser download
is not used). Tables, filters, sorting, pages and charts work; hostile article values never run; screenshots
are saved (to $CREDITCHECK_SCREENSHOTS when set, else the test's temporary folder).

Skipped, with the reason, where playwright or a chromium cannot be had.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import SAMPLES, run_cli
from report_fixtures import hostile_audit, samples_audit

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
    )
    executable = _chromium()
    if executable is None:
        pytest.skip("no chromium on this machine (.ci/run installs Debian's chromium)")
    with sync_api.sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        try:
            context = playwright.chromium.launch_persistent_context(
                profile, executable_path=executable, args=ARGS, headless=True, viewport={"width": 1300, "height": 900}
            )
        except Exception as exc:  # a chromium that cannot start here (no display libraries, sandbox...)
            pytest.skip(f"chromium at {executable} does not start: {str(exc).splitlines()[0]}")
        yield context
        context.close()


def _open(browser, report: Path):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.add_init_script("window.__xss = 0")  # the payloads set it; the init script runs outside the page's CSP
    page.goto(report.as_uri())
    page.wait_for_selector("html[data-ready-ms]", timeout=60_000)
    return page, errors


def _screenshot(page, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("CREDITCHECK_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    page.screenshot(path=str(path), full_page=False)
    assert path.stat().st_size > 10_000
    return path


def _expect_shown(page, count: int) -> None:
    """Wait for the count (page.wait_for_function would eval a string, which the report's CSP forbids)."""
    from playwright.sync_api import expect

    expect(page.locator("#shown")).to_have_text(re.compile(rf"^{count} of "))


def _shown(page) -> int:
    return int(page.inner_text("#shown").split(" of ")[0])


def _report(audit: Path, *extra: str) -> Path:
    out = audit.with_suffix(".html")
    result = run_cli("report", str(audit), "-o", str(out), *extra)
    assert result.returncode == 0, result.stderr
    return out


def test_samples_report_tables_filters_and_charts(browser, tmp_path: Path) -> None:
    audit_path = samples_audit(tmp_path)
    audit = json.loads(audit_path.read_text())
    by_rule = audit["summary"]["by_rule"]
    total = sum(by_rule.values())
    page, errors = _open(browser, _report(audit_path, "--images", str(SAMPLES)))
    assert page.inner_text("#shown") == f"{total} of {total} findings"
    assert page.locator("#findings-body tr").count() == 50 and page.inner_text("#page") == "page 1 of 2"

    page.select_option(
        "#f-rule",
        label=next(
            o
            for o in page.eval_on_selector_all("#f-rule option", "os => os.map(o => o.textContent)")
            if o.startswith("LIC002")
        ),
    )
    assert _shown(page) == by_rule["LIC002"] == page.locator("#findings-body tr").count()
    assert set(page.eval_on_selector_all("#findings-body tr td:nth-child(2)", "ts => ts.map(t => t.textContent)")) == {
        "LIC002 licence-expired"
    }
    page.select_option("#f-rule", "")

    page.select_option("#f-severity", label="error")
    errors_found = sum(1 for d in audit["documents"] for f in d["findings"] if f["severity"] == "error")
    assert _shown(page) == errors_found
    page.select_option("#f-severity", "")

    page.fill("#f-doc", "gallery")
    gallery = sum(len(d["findings"]) for d in audit["documents"] if "gallery" in d["source"])
    _expect_shown(page, gallery)  # the text filters wait for typing to pause
    page.fill("#f-doc", "")
    _expect_shown(page, total)

    page.click("#findings th[data-key='rule']")  # sort by rule, ascending
    first = page.inner_text("#findings-body tr:first-child td:nth-child(2)")
    assert first.split()[0] == min(by_rule)
    page.click("#findings th[data-key='rule']")  # and descending
    assert page.inner_text("#findings-body tr:first-child td:nth-child(2)").split()[0] == max(by_rule)
    page.click("#next")
    assert page.inner_text("#page") == "page 2 of 2" and page.locator("#findings-body tr").count() == total - 50

    # the licence chart: one bar per agency, and a click on Reuters' bar filters the table to Reuters
    assert page.locator("#licence-chart g.bar").count() == len(audit["summary"]["licences"])
    page.click("#licence-chart g.bar[data-agency='reuters'] rect")
    reuters = sum(1 for d in audit["documents"] for f in d["findings"]
                  if f.get("image") is not None and (d["images"][f["image"]].get("credit") or {}).get("agency") == "reuters")  # fmt: skip
    assert page.input_value("#f-agency") == "reuters" and _shown(page) == reuters
    assert page.locator("#month-chart rect").count() >= 1
    assert page.locator("#findings-body img.thumb").count() >= 1  # --images: thumbnails beside the findings
    _screenshot(page, tmp_path, "report-samples.png")
    assert errors == []  # no script error, and no CSP violation reported on the console
    page.close()


def test_hostile_values_never_run(browser, tmp_path: Path) -> None:
    page, errors = _open(browser, _report(hostile_audit(tmp_path)))
    assert page.evaluate("window.__xss") == 0
    assert page.title() == "Image licensing report"
    cells = page.eval_on_selector_all("#findings-body td:nth-child(6)", "ts => ts.map(t => t.textContent)")
    assert "caption <script>window.__xss=1</script>" in cells  # shown as the text it is
    assert page.locator("#findings-body img:not(.thumb), #findings-body script, #findings-body svg").count() == 0
    hrefs = page.eval_on_selector_all("a", "as => as.map(a => a.getAttribute('href'))")
    assert not [h for h in hrefs if h and not h.startswith(("http:", "https:"))]  # no javascript: link
    _screenshot(page, tmp_path, "report-hostile.png")
    assert not [e for e in errors if "Content Security Policy" not in e], errors
    page.close()


@pytest.fixture(scope="module")
def archive_10k(tmp_path_factory) -> tuple[Path, Path]:
    """A generated archive of 10,000 HTML documents over a pool of photos (bench/archive_bench.py), audited."""
    from archive_bench import make_archive
    from report_fixtures import POLICY

    from checker.archive.run import run_archive
    from checker.audit import Settings
    from checker.policy.config import load

    root = tmp_path_factory.mktemp("archive")
    pages, images = make_archive(root, 10_000, 60)
    out = root / "out" / "run"
    settings = Settings(policy=load(POLICY), images_root=images, phash=True)
    run_archive([str(pages)], settings, out, jobs=os.cpu_count() or 1)
    return out, images


def test_10k_document_archive_report(browser, archive_10k, tmp_path: Path) -> None:
    out, images = archive_10k
    summary = json.loads(Path(f"{out}.summary.json").read_text())
    report = tmp_path / "archive.html"
    result = run_cli("report", str(out), "--images", str(images), "-o", str(report))
    assert result.returncode == 0, result.stderr
    page, errors = _open(browser, report)
    total = sum(summary["summary"]["by_rule"].values())
    assert summary["counts"]["documents"] == 10_000 and total > 10_000
    assert page.inner_text("#shown") == f"{total} of {total} findings"
    assert page.inner_text("#page") == f"page 1 of {-(-total // 50)}"
    assert page.inner_text("[data-count='documents']") == "10000"
    ap = sum(n for status, n in summary["summary"]["licences"]["ap"].items() if status != "licensed")
    page.select_option("#f-agency", "ap")
    page.select_option(
        "#f-rule",
        label=next(
            o
            for o in page.eval_on_selector_all("#f-rule option", "os => os.map(o => o.textContent)")
            if o.startswith("LIC")
        ),
    )
    assert _shown(page) == ap  # one licence finding per AP image used outside the licence
    months = summary["agency_months"]
    assert page.locator("#month-chart g.month").count() == len(months)
    assert page.evaluate("+document.documentElement.dataset.readyMs") < 20_000  # generous: the bench measures it
    _screenshot(page, tmp_path, "report-archive-10k.png")
    assert errors == []
    page.close()
