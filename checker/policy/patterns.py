"""Regular expressions from a policy, matched against untrusted text (credits), compiled with RE2.

RE2 matches in time linear in the text, whatever the pattern: `(a+)+$`, which Python's backtracking engine takes
tens of seconds to fail on thirty letters, fails at once. What RE2 cannot promise that for (backreferences,
lookaround) it refuses, and a policy using it is refused at load, naming the key (validate.py).

RE2's \\w, \\d and \\s are ASCII only where Python's are Unicode; so that a pattern means what it meant to Python
("AP Photo/\\w+" matching "AP Photo/José"), they are rewritten to the Unicode classes before compiling: \\w to
letters, digits, marks and _, \\d to decimal digits, \\s to white space including no-break spaces (\\W, \\D, \\S
to their complements outside a [class]). \\b stays ASCII: a word boundary next to an accented letter is not one.
"""

from __future__ import annotations

import functools
from typing import Any

_WORD = r"\p{L}\p{N}\p{M}_"
_SPACE = r"\s\p{Z}\x{85}"
_IN_CLASS = {"w": _WORD, "d": r"\p{Nd}", "s": _SPACE}
_OUTSIDE = {
    "w": f"[{_WORD}]",
    "W": f"[^{_WORD}]",
    "d": r"\p{Nd}",
    "D": r"\P{Nd}",
    "s": f"[{_SPACE}]",
    "S": f"[^{_SPACE}]",
}


class PatternError(ValueError):
    """A pattern RE2 cannot compile (bad syntax, or a construct with no linear-time match)."""


@functools.lru_cache(maxsize=256)
def compiled(pattern: str) -> Any:
    """The pattern compiled by RE2 with Python's Unicode classes; PatternError if RE2 refuses it."""
    import re2  # google-re2

    options = re2.Options()
    options.log_errors = False  # RE2 would log every refused pattern to stderr; the error is raised instead
    try:
        return re2.compile(unicode_classes(pattern), options)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise PatternError(str(reason)) from None


def fullmatch(pattern: str, text: str) -> bool:
    return compiled(pattern).fullmatch(text) is not None


def unicode_classes(pattern: str) -> str:
    """The pattern with \\w \\d \\s (and their complements outside a class) written as Unicode classes."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            letter = pattern[i + 1]
            table = _IN_CLASS if in_class else _OUTSIDE
            out.append(table.get(letter, char + letter))
            i += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            i += 1
            if pattern.startswith("^", i):  # a negated class
                out.append("^")
                i += 1
            if pattern.startswith("]", i):  # a ] first in a class is a literal
                out.append("]")
                i += 1
            continue
        if char == "]" and in_class:
            in_class = False
        out.append(char)
        i += 1
    return "".join(out)
