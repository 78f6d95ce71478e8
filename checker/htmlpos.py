"""Line and column of an HTML element in the page as written, for CI annotations.

lxml records each element's start line; the column is found by counting, on that line, the element's start tags
that come before it in document order.
"""

from __future__ import annotations

import re

from checker.model import LineLocation


class Locator:
    def __init__(self, data: bytes):
        self._lines = data.split(b"\n")
        self._order: dict[str, dict[int, int]] = {}  # tag -> id(element) -> index among same-line tags

    def __call__(self, element) -> LineLocation:
        line = element.sourceline or 1
        tag = element.tag if isinstance(element.tag, str) else "img"
        if tag not in self._order:
            counts: dict[int, int] = {}
            order: dict[int, int] = {}
            for same in element.getroottree().getroot().iter(tag):
                n = same.sourceline or 1
                order[id(same)] = counts.get(n, 0)
                counts[n] = order[id(same)] + 1
            self._order[tag] = order
        pattern = re.compile(rb"<" + re.escape(tag.encode()) + rb"[\s/>]", re.IGNORECASE)
        nth = self._order[tag].get(id(element), 0)
        # libxml2 gives the line where a start tag ends: a tag spread over lines starts further up
        for start_line in range(line, max(0, line - 10), -1):
            text = self._lines[start_line - 1] if start_line <= len(self._lines) else b""
            starts = [m.start() for m in pattern.finditer(text)]
            if starts:
                at = starts[min(nth, len(starts) - 1)] if start_line == line else starts[-1]
                return LineLocation(line=start_line, column=len(text[:at].decode("utf-8", "replace")) + 1)
        return LineLocation(line=line, column=1)
