"""JSON pointers resolved to the line and column where their value starts in the source, for CI annotations.

The document has been parsed already; this walks its text again only along the pointers asked for, skipping each
value on the way with the standard library's C scanner, and keeps each container's member offsets, so no container
is scanned twice. (json-source-map would map every value of the document in pure Python, character by character;
a reader needs a few.) Lines are counted at "\\n"; columns count characters from 1, as the HTML reader's do.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, cast

from checker import lazy_re
from checker.model import PointerLocation

_SPACE = lazy_re.compile(r"[ \t\n\r]*")


class PointerIndex:
    """Where the values of one JSON document start."""

    def __init__(self, data: bytes):
        # decoded as json.loads decodes bytes (UTF-8, -16 or -32; a UTF-8 BOM dropped)
        self._text = data.decode(json.detect_encoding(data), "surrogatepass")
        self._root = _skip(self._text, 0)
        self._members: dict[int, dict[str, int]] = {}
        # the C scanner json.loads uses: (text, offset) -> (value, offset past it); not in typeshed's stubs
        self._scan_value: Callable[[str, int], tuple[Any, int]] = cast(Any, json.JSONDecoder()).scan_once

    def offset(self, pointer: str) -> int | None:
        """The character offset of the value `pointer` names (RFC 6901), or None when there is none.

        "/" names the document itself unless it has a member "" (the CMS reader writes "/" for a document that is
        one image).
        """
        at = self._root
        if pointer == "" or (pointer == "/" and "" not in self._members_at(at)):
            return at
        if not pointer.startswith("/"):
            return None
        for token in pointer[1:].split("/"):
            found = self._members_at(at).get(token.replace("~1", "/").replace("~0", "~"))
            if found is None:
                return None
            at = found
        return at

    def position(self, pointer: str) -> tuple[int, int] | None:
        """(line, column) of the value `pointer` names, both from 1."""
        at = self.offset(pointer)
        if at is None:
            return None
        line_start = self._text.rfind("\n", 0, at) + 1
        return self._text.count("\n", 0, at) + 1, at - line_start + 1

    def locate(self, location: PointerLocation) -> PointerLocation:
        """The location with its line and column filled in (unchanged when the pointer names nothing)."""
        found = self.position(location.pointer)
        if found is None:
            return location
        return location.model_copy(update={"line": found[0], "column": found[1]})

    def _members_at(self, at: int) -> dict[str, int]:
        members = self._members.get(at)
        if members is None:
            members = self._members[at] = self._scan(at)
        return members

    def _scan(self, at: int) -> dict[str, int]:
        """Member name (or array index) -> offset of its value, for the object or array starting at `at`."""
        text = self._text
        members: dict[str, int] = {}
        opener = text[at : at + 1]
        if opener not in ("{", "["):
            return members
        closer = "}" if opener == "{" else "]"
        at = _skip(text, at + 1)
        if text[at : at + 1] == closer:
            return members
        index = 0
        try:
            while True:
                if opener == "{":
                    key, at = self._scan_value(text, at)
                    at = _skip(text, _skip(text, at) + 1)  # past the colon
                else:
                    key, index = str(index), index + 1
                members[key] = at  # a repeated key: the last wins, as in json.loads
                _, at = self._scan_value(text, at)
                at = _skip(text, at)
                if text[at : at + 1] != ",":
                    return members
                at = _skip(text, at + 1)
        except (StopIteration, ValueError):  # not the JSON that was parsed: locate what was found so far
            return members


def _skip(text: str, at: int) -> int:
    """The offset of the first character at or after `at` that is not JSON white space."""
    space = _SPACE.match(text, at)
    return space.end() if space else at
