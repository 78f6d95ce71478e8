"""Issue 13, item 2: libxml2's limits no longer lose the rest of a page silently.

Past 255 nested elements, or after a text node over 10 MB, libxml2 stopped parsing and returned the page so far:
the images after the cut vanished and the document said "ok". The parser now runs with huge_tree (text nodes up
to 1 GB, elements nested up to 2048 deep: a legitimate page parses whole) and a page past the depth limit is that
document's error, since its images after the cut were never seen. Memory stays proportional to the page.
"""

from __future__ import annotations

from pathlib import Path

from hostile.bounded import documents, run_bounded

MB = 1024 * 1024


def figure(n: int) -> str:
    return f'<figure><img src="photo{n}.jpg" alt="Photo {n}"><figcaption>Photo {n}. Photo: Jane Doe/AP</figcaption></figure>'


def page(middle: str) -> str:
    return f"<html><body><article><p>Story.</p>{figure(1)}{middle}{figure(2)}</article></body></html>"


def check(site: Path, memory_mb: int = 1024):
    run = run_bounded(
        "check", str(site), "--images", str(site), "--format", "json", cpu_seconds=60, memory_mb=memory_mb
    )
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run
    docs = documents(run.stdout)
    assert docs["ordinary.txt"]["status"] == "ok" and docs["ordinary.txt"]["images"][0]["credit"]["agency"] == "ap"
    return run, docs


def test_deep_but_legitimate_nesting_is_read_whole(site: Path) -> None:
    (site / "deep.html").write_text(page("<div>" * 2000 + "<p>Deep.</p>" + "</div>" * 2000))
    _, docs = check(site)
    deep = docs["deep.html"]
    assert deep["status"] == "ok"
    assert [image["src"] for image in deep["images"]] == ["photo1.jpg", "photo2.jpg"]


def test_nesting_past_the_limit_is_the_documents_error(site: Path) -> None:
    # html, body and article, then one <div> a line: the 2046th is the 2049th level, past the limit
    (site / "deeper.html").write_text(page("<div>\n" * 3000 + "<p>Deeper.</p>" + "</div>" * 3000))
    _, docs = check(site)
    deeper = docs["deeper.html"]
    assert deeper["status"] == "error" and not deeper["images"]
    assert deeper["error"] == (
        "HTML parser stopped at line 2046 (Excessive depth in document: 2048, a libxml2 limit): "
        "the rest of the page and its images cannot be checked"
    )


def test_huge_text_nodes_are_read_whole_in_bounded_memory(site: Path) -> None:
    """Text nodes past libxml2's 10 MB default: an inline script (a page's state as JSON) and a paragraph."""
    (site / "script.html").write_text(page('<script>window.state = "' + "x" * (12 * MB) + '";</script>'))
    (site / "text.html").write_text(page("<p>" + "a" * (12 * MB) + "</p>"))
    run, docs = check(site, memory_mb=1536)
    for name in ("script.html", "text.html"):
        assert docs[name]["status"] == "ok", docs[name]
        assert [image["src"] for image in docs[name]["images"]] == ["photo1.jpg", "photo2.jpg"], name
    assert run.peak_mb < 20 * 24, run  # two 12 MB pages, each held once with its tree: far under the limit
