"""Raw HTML in a scraped text is read by tag patterns that never read past the next "<", ">" or "[": a text of
unclosed shortcodes, tags and quotes, one line of 2 MB each, is read in linear time. (The first shortcode pattern
read to the end of the line from every "[caption": 0.9 MB took 50 s.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile.bounded import line_above_a_picture

SIZE = 2 * 1024 * 1024
UNCLOSED = {
    "shortcode": '[caption id="',
    "tag-quote": '<img "',
    "tag-apostrophe": "<img alt='",
    "credit-spans": '<span class="credit">AP',
}


@pytest.mark.parametrize("pattern", UNCLOSED.values(), ids=UNCLOSED.keys())
def test_unclosed_markup_does_not_hang_the_run(site: Path, pattern: str) -> None:
    hostile = line_above_a_picture(site, (pattern * (SIZE // len(pattern) + 1))[:SIZE])
    assert hostile["status"] == "ok"
    assert hostile["images"][-1]["credit"]["agency"] == "ap"
