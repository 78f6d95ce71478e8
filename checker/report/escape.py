"""Escaping of untrusted text (file names, captions, credits, messages quoting them) for each output format.

Every string that came from a document or a file name goes through one of these before it is written:

- `line`: one line of terminal or log text. Control characters (C0, DEL, C1), line and paragraph separators,
  bidirectional overrides and lone surrogates (file names that were not UTF-8) become visible `\\xNN` / `\\uNNNN`
  escapes, so no name can end a line, move the cursor, recolour a terminal or reorder what is shown.
- `path`: a file name at the start of a line: `line`, then `./` before one that would start with `::` (a GitHub
  Actions workflow command) once leading blanks are stripped, as the runner strips them.
- `xml`: text or attribute content for XML 1.0 (JUnit): characters XML cannot hold, and C1 controls, escaped as
  in `line` (ElementTree escapes markup, but writes control characters as they are: invalid XML).
- `json_text`: strings for SARIF: as `line`, but keeping newlines and tabs (JSON escapes those itself).
- `markdown`: a table cell of the GitHub job summary (GitHub-flavoured Markdown, HTML allowed): HTML-escaped,
  Markdown punctuation backslash-escaped, on one line.
"""

from __future__ import annotations

import re

from checker import lazy_re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_LINE = lazy_re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff\ufffe\uffff]")
_KEEP_LAYOUT = lazy_re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff\ufffe\uffff]")
_MARKDOWN = lazy_re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")
# Azure Pipelines' logging commands: "##vso[task.setvariable ...]" in a log line
_AZURE = lazy_re.compile(r"##vso\[", re.IGNORECASE)


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, kept by surrogateescape: show the byte
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def line(text: str) -> str:
    return _AZURE.sub("##vso\\\\[", _LINE.sub(_visible, text))


def path(text: str) -> str:
    shown = line(text)
    return "./" + shown if shown.lstrip().startswith("::") else shown


def xml(text: str) -> str:
    return _KEEP_LAYOUT.sub(_visible, text)


def json_text(text: str) -> str:
    return _KEEP_LAYOUT.sub(_visible, text)


def markdown(text: str) -> str:
    escaped = line(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN.sub(r"\\\1", escaped)
