"""schema.org ImageObject credits in a page's JSON-LD (creditText, copyrightNotice, copyrightHolder, creator)."""

from __future__ import annotations

import json

_CREDIT_KEYS = ("creditText", "copyrightNotice", "copyrightHolder", "creator")


def _texts(scripts):
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        yield script.text


def read_jsonld(scripts) -> tuple[dict[str, str], str | None]:
    """From a page's <script> elements, the JSON-LD ones, in one pass: {image file name (lower case): credit}
    for every ImageObject with a credit (creditText, copyrightNotice, copyrightHolder, creator), and the first
    datePublished. A block whose text names neither ImageObject nor a datePublished still wanted (and has no
    \\u escape that could spell them) is not decoded; one without ImageObject is walked only to its date."""
    found: dict[str, str] = {}
    published: str | None = None
    for text in _texts(scripts):
        escaped = "\\u" in text
        images = escaped or "ImageObject" in text
        if not images and (published is not None or "datePublished" not in text):
            continue
        try:
            data = json.loads(text.strip().removeprefix("<![CDATA[").removesuffix("]]>"))
        except ValueError:
            continue
        for node in _walk(data):
            if published is None and isinstance(node.get("datePublished"), str):
                published = node["datePublished"]
                if not images:
                    break
            kinds = node.get("@type")
            if kinds != "ImageObject" and not (isinstance(kinds, list) and "ImageObject" in kinds):
                continue
            url = node.get("contentUrl") or node.get("url")
            credit = next((c for key in _CREDIT_KEYS if (c := _name(node.get(key)))), None)
            if isinstance(url, str) and credit:
                found.setdefault(url.split("?")[0].rstrip("/").rsplit("/", 1)[-1].lower(), credit)
    return found, published


def _walk(data):
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _name(value) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name(value.get("name"))
    if isinstance(value, list):
        names = [n for v in value if (n := _name(v))]
        return ", ".join(names) or None
    return None
