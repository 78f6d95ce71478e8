"""libxml2's resource limits, which end a parse early without raising: the rest of the page is silently missing.

The reader's parser runs with huge_tree, so that legitimate pages (a 10 MB inline script, text nodes over
libxml2's default 10 MB cap) parse whole; memory then stays proportional to the page's size, since the HTML parser
expands no entities. One limit stays whatever the option: elements nested deeper than 2048 (256 without
huge_tree). Past a limit libxml2 logs a fatal ERR_RESOURCE_LIMIT, drops everything after it and returns the tree
so far; `check_complete` turns that into the document's error, since images after the cut were never seen and
the page cannot be reported as checked.
"""

from __future__ import annotations

import re

from lxml import etree

from checker import lazy_re
from checker.errors import ReadError

_LIMIT = etree.ErrorTypes.ERR_RESOURCE_LIMIT
_HUGE_TEXT = "huge text node"  # libxml2 before 2.12 logs this one as a plain error of the SAX2 text handler
_HINT = lazy_re.compile(r",\s*(?:use|try) XML_PARSE_HUGE.*", re.S)  # advice to the caller, who already uses it


def check_complete(error_log) -> None:
    """ReadError when the parse that filled this error log stopped at a resource limit before the page's end.
    (Only the line is given: libxml2's column is unreliable on long lines.)"""
    for entry in error_log:
        if entry.type == _LIMIT or _HUGE_TEXT in entry.message:
            reason = _HINT.sub("", entry.message).strip()
            raise ReadError(
                f"HTML parser stopped at line {entry.line} ({reason}, a libxml2 limit): "
                "the rest of the page and its images cannot be checked"
            )
