"""Line and column of HTML elements in the page as written, for CI annotations.

lxml records each element's start line; the column is found by counting, on that line, the element's start tags
that come before it in document order. All elements of a page are located in one pass over its lines.
"""

from __future__ import annotations

import io
import re
from functools import cache
from itertools import islice

from checker.model import LineLocation

LOOK_BACK = 10  # libxml2 gives the line where a start tag ends: a tag spread over lines starts further up


def locate(data: bytes, elements: list, peers: list | None = None) -> list[LineLocation]:
    """Locations of `elements`; `peers` are all elements of their tags in document order (default: found here)."""
    if not elements:
        return []
    last = max(e.sourceline or 1 for e in elements)
    # only as far as needed; BytesIO finds line ends with memchr, twice as fast as bytes.split, and copies
    # nothing past the last line
    lines = list(islice(io.BytesIO(data), last))
    if peers is None:
        root = elements[0].getroottree().getroot()
        peers = [same for tag in {e.tag for e in elements} for same in root.iter(tag)]
    wanted = {(e.tag, e.sourceline or 1) for e in elements}
    order: dict[int, int] = {}  # id(element) -> index among same-tag elements on its line
    counts: dict[tuple, int] = {}
    for same in peers:
        slot = (same.tag, same.sourceline or 1)
        if slot not in wanted:
            continue
        order[id(same)] = counts.get(slot, 0)
        counts[slot] = order[id(same)] + 1
    found: dict = {}  # (line, tag) -> where the tag's start tags begin on it; line -> (offset, column) last counted
    return [_locate(lines, element, order.get(id(element), 0), found) for element in elements]


@cache
def _start_tag(tag: str) -> re.Pattern[bytes]:
    return re.compile(rb"<" + re.escape(tag.encode()) + rb"[\s/>]", re.IGNORECASE)


def _locate(lines: list[bytes], element, nth: int, found: dict) -> LineLocation:
    """The element's line and column. The start tags of one tag on one line are found once for all elements
    located on it, and a line's columns are counted from the one counted before it."""
    line = element.sourceline or 1
    tag = str(element.tag)
    for start_line in range(line, max(0, line - LOOK_BACK), -1):
        starts = found.get((start_line, tag))
        if starts is None:
            text = lines[start_line - 1] if start_line <= len(lines) else b""
            starts = found[start_line, tag] = [match.start() for match in _start_tag(tag).finditer(text)]
        if starts:
            at = starts[min(nth, len(starts) - 1)] if start_line == line else starts[-1]  # above: the last one
            return LineLocation(line=start_line, column=_column(lines[start_line - 1], start_line, at, found) + 1)
    return LineLocation(line=line, column=1)


def _column(text: bytes, line: int, at: int, found: dict) -> int:
    """Characters before byte `at` of a line (a start tag's "<": an ASCII byte, where no character is cut)."""
    since, counted = found.get(line, (0, 0))
    if at < since:
        since, counted = 0, 0
    counted += len(text[since:at].decode("utf-8", "replace"))
    found[line] = (at, counted)
    return counted
