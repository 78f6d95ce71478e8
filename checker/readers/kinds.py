"""Files that are not articles: code, configuration, data and unrelated JSON, told by name and by content.

A file whose name ends in an article format's extension is read as that format (JSON only when it carries the
fields of an Arc XP ANS or WordPress REST document). Any other file is judged here before any reader sees it:

- by name, with identify (the file-type table pre-commit uses): `build.py` is Python, `ci.yaml` YAML, `x.css`
  CSS, `x.pdf` PDF: not articles. Markdown and plain text are prose, left to the content tests.
- by content: binary data (NUL bytes), a script (`#!`), PHP or XML that is not XHTML, JSON without CMS fields, and
  text whose lines are mostly code or `key = value` / `key: value` / `[section]` lines.

Each verdict is a reason, shown where the file is listed as skipped: never an error.
"""

from __future__ import annotations

from checker import lazy_re

# identify tags of prose, which only the content can tell from an article
_PROSE_TAGS = {"text", "plain-text", "markdown", "html", "xhtml", "json", "jsonl"}
_CONFIG_TAGS = {"toml", "yaml", "ini", "cfg", "json5", "jsonnet", "editorconfig", "dockerfile", "makefile"}

# Keys that only Arc XP ANS and WordPress REST documents carry (checker/readers/cms_json.py tells them apart).
_CMS_KEYS = lazy_re.compile(
    rb'"(?:content_elements|promo_items|media_details|source_url)"\s*:'
    rb'|"type"\s*:\s*"(?:story|gallery|image)"'
    rb'|"(?:content|caption)"\s*:\s*\{\s*"(?:rendered|raw|protected)"'
)

_CODE_START = lazy_re.compile(
    r"^\s*(?:import\s+[\w.{*]|from\s+[\w.]+\s+import\b|def\s+\w+\s*\(|class\s+\w+\s*[(:{]|function\b|const\s+\w|"
    r"let\s+\w|var\s+\w|export\s|module\.exports|package\s+[\w.]+;?$|#include\s*[<\"]|using\s+[\w.]+;|fn\s+\w+\s*\(|"
    r"pub\s+|return\b|if\s*\(|for\s*\(|while\s*\(|async\s+|await\s+|@\w+|//|/\*|\*/|"
    r"(?:public|private|protected|static)\s+\w)"
)
_CODE_END = lazy_re.compile(
    r"[{};]\s*$|^\s*[}\])]+[;,)]*\s*$|\)\s*:\s*$|=>\s*\{?\s*$"
    r"|^\s*(?:if|elif|else|for|while|try|except|finally|with)\b[^.!?]*:\s*$"  # Python blocks
    r"|^\s*[\w.]+\(.*\);?\s*$"  # a call on its own: main(), print("hi")
)
_ASSIGNMENT = lazy_re.compile(r"^\s*[\w.\-\"'\[\]]+\s*[+\-*/|&]?=\s*\S")  # key = value, x += 1
_SECTION = lazy_re.compile(r"^\s*\[\[?[\w.\-\"' ]+\]\]?\s*$")  # [section], [[table]]
_YAML_KEY = lazy_re.compile(r"^\s*(?:-\s+)?[\w.\-\"']+:(?:\s+\S.*)?$|^\s*-\s+\S")  # key: value, key:, - item
_SENTENCE = lazy_re.compile(r"[.!?\"”’)]\s*$")
_JSON_OBJECT = lazy_re.compile(rb'\{\s*(?:"(?:[^"\\\n]|\\.)*"\s*:|\})')


def by_name(tags: set[str]) -> str | None:
    """Why a file whose name identify tagged so is not an article, or None when its name leaves it open."""
    if not tags or tags <= _PROSE_TAGS or "image" in tags:
        return None  # unknown names and prose go to the content tests; images are assets or documents of their own
    kind = sorted(tags - _PROSE_TAGS - {"binary"} or tags)[0]
    if tags & _CONFIG_TAGS:
        return f"configuration file ({kind}), not an article"
    return f"{kind} file, not an article"


def name_tags(name: str) -> set[str]:
    from identify import identify  # only for files whose name is no article format's

    return set(identify.tags_from_filename(name))


def is_cms_json(head: bytes) -> bool:
    """The start of a JSON document carries a field only CMS documents have."""
    return _CMS_KEYS.search(head) is not None


def by_content(head: bytes) -> str | None:
    """Why content is not an article (first bytes of a file), or None when it may be one."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lower = text[:512].lower()
    if b"\x00" in head[:8192]:
        return "binary content, not an article"
    if text.startswith(b"#!"):
        return "script (#!), not an article"
    if lower.startswith(b"<?php"):
        return "PHP source, not an article"
    if lower.startswith(b"<?xml") and b"<html" not in lower and b"<!doctype html" not in lower:
        return "XML that is not XHTML, not an article"
    if json_start(lower):
        return None if is_cms_json(head) else "JSON with no Arc XP ANS or WordPress REST fields, not an article"
    return _structured(text.decode("utf-8", "replace"))


def json_start(start: bytes) -> bool:
    """An object (`{` then `"key":` or `}`) or an array of objects (`[` then `{`, or `[]` alone): how CMS JSON
    starts. Not a TOML `[section]`, nor Markdown's `[ ](/)` or `[1]` (`start`: content without leading blanks)."""
    if start[:1] == b"{":
        return _JSON_OBJECT.match(start) is not None
    if start[:1] != b"[":
        return False
    body = start[1:].lstrip()
    return body[:1] == b"{" or (body[:1] == b"]" and not body[1:].strip())


def _structured(text: str) -> str | None:
    """Most lines are code or configuration rather than sentences (judged on up to 60 non-blank lines)."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")][:60]
    if len(lines) < 3:
        return None
    code = sum(1 for line in lines if _CODE_START.match(line) or _CODE_END.search(line))
    assignments = sum(1 for line in lines if _ASSIGNMENT.match(line) or _SECTION.match(line))
    yaml = sum(1 for line in lines if _YAML_KEY.match(line) and len(line.split()) <= 8 and not _SENTENCE.search(line))
    prose = sum(1 for line in lines if len(line.split()) >= 10 or (len(line.split()) >= 6 and _SENTENCE.search(line)))
    enough = max(3, (len(lines) + 1) // 2)  # half the lines, at least three
    if prose * 4 >= len(lines):
        return None  # a quarter of the lines are sentences: text, whatever else it holds
    if assignments >= enough and any(_SECTION.match(line) for line in lines):
        return "configuration (TOML or INI), not an article"
    if yaml >= enough:
        return "configuration (YAML), not an article"
    if code + assignments >= enough:
        return "source code, not an article"
    return None
