"""Issue 13, item 6: one odd image reference is that image's finding, never the whole article's.

A `%00` in a src, a name longer than the file system allows or a symbolic-link loop raised out of the path
resolution (ValueError, OSError ENAMETOOLONG, RuntimeError), and the article became "internal error" with no
images. Each is now the image's `embedded.error`, reported as IMG002; the good image beside them is still read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.audit import Settings, audit_paths

BAD = {
    "nul": ("x%00.jpg", "image path 'x%00.jpg' holds a NUL byte"),
    "long-name": ("a" * 300 + ".jpg", "cannot be read: its path is longer than the file system allows"),
    "long-path": ("d/" + "b" * 5000 + ".jpg", "cannot be read: its path is longer than the file system allows"),
    "link-loop": ("loop.jpg", "image 'loop.jpg' cannot be read: its path runs into a symbolic-link loop"),
    "loop-folder": ("one/photo.jpg", "image 'one/photo.jpg' cannot be read: its path runs into a symbolic-link loop"),
    "bad-url": ("http://[bad/x.jpg", "image reference 'http://[bad/x.jpg' is not a valid URL: Invalid IPv6 URL"),
}


def _figure(src: str, index: int) -> str:
    return f'<figure><img src="{src}" alt="Photo {index}"><figcaption>Scene {index}. Photo: AP</figcaption></figure>'


@pytest.mark.parametrize("case", BAD.keys())
def test_bad_reference_is_the_images_finding(site: Path, case: str) -> None:
    (site / "loop.jpg").symlink_to("loop.jpg")
    (site / "one").symlink_to("two")
    (site / "two").symlink_to("one")
    src, message = BAD[case]
    body = _figure(src, 0) + _figure("boats.jpg", 1)
    (site / "page.html").write_text(f"<html><body><article><h1>Storm</h1><p>Text.</p>{body}</article></body></html>")
    audit = audit_paths([str(site / "page.html"), str(site / "ordinary.txt")], Settings(images_root=site))
    page, ordinary = audit.documents
    assert (page.status, ordinary.status) == ("ok", "ok")
    bad, good = page.images
    assert bad.embedded is not None and good.embedded is not None
    assert bad.embedded.error and bad.embedded.error.endswith(message)
    assert (bad.embedded.credit, good.embedded.credit, good.embedded.error) == (None, "AP", None)
    assert [f.rule for f in page.findings if f.image == 0 and f.rule.startswith("IMG")] == ["IMG002"]
    assert not [f for f in page.findings if f.image == 1 and f.rule.startswith("IMG")]
    assert ordinary.images[0].embedded is not None and ordinary.images[0].embedded.credit == "AP"
