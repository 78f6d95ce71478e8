"""Lines shaped to make a backtracking pattern try every way to split them: a dateline's bracket of comma-separated
words never closed ("Cairo (A, A, A, …": each space after a comma could go to either of two parts, 2^n ways; 25
commas took 2 s), a run of capitals after "Photo by" or "from" (any split into name words: n^4 ways); and lines that
made linear steps quadratic: a run of "©" peeled one sign at a time, one long word searched for an e-mail address or
a sentence's end from each of its letters. Each is read in linear time, and the ordinary picture after them keeps
its credit."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile.bounded import line_above_a_picture

LINES = {
    "dateline-commas": "A caption (" + "A, " * 5000,
    "named-by-capitals": "A caption. Photo by " + "A" * 400 + "!",
    "named-from-capitals": "A caption. Photo by Jane Doe from " + "A" * 200 + "!",
    "copyright-signs": "©" * 100000,  # labels peeled one at a time: n^2
    "one-word-repeated": "captioncaption" * 20000,  # each position retried to the run's end; an alt text sought in it
}


@pytest.mark.parametrize("line", LINES.values(), ids=LINES.keys())
def test_backtracking_shapes_do_not_hang_the_run(site: Path, line: str) -> None:
    hostile = line_above_a_picture(site, line)
    assert hostile["status"] == "ok"
    assert hostile["images"][-1]["credit"]["agency"] == "ap"
