"""Which photo an image address names, for both readers: its file name (or the query that names it at a resizer),
and whether two file names are renditions of one photo (sizes a CMS wrote at their ends)."""

from __future__ import annotations

import re


def file_key(src: str) -> str:
    """The photo's file name; for a resizer URL with no file name (or a script's: "StreamServer.cls?STREAMOID=…",
    "image.php?id=…"), the query that names the photo."""
    path, _, query = src.partition("?")
    name = path.split("#")[0].rstrip("/").rsplit("/", 1)[-1].lower()
    named = "." in name and name.rsplit(".", 1)[1] not in SCRIPT_EXTENSIONS
    return f"{name}?{naming_query(query)}" if query and not named else name


SCRIPT_EXTENSIONS = frozenset(["cls", "php", "asp", "aspx", "ashx", "jsp", "cgi", "do", "pl", "py", "cfm"])


def naming_query(query: str) -> str:
    """A query without its size and format parameters ("i=1165492293&r=LYNX" of "i=1165492293&w=&ll=780&r=LYNX"):
    what names the photo at a resizer that takes it there rather than in the path."""
    kept = []
    for part in query.split("#")[0].split("&"):
        name, _, value = part.partition("=")
        if value and name.lower() not in _SIZE_PARAMETERS:
            kept.append(part)
    return "&".join(kept).lower()


_SIZE_PARAMETERS = frozenset(
    [
        "w",
        "h",
        "width",
        "height",
        "fit",
        "crop",
        "q",
        "quality",
        "auto",
        "fm",
        "format",
        "dpr",
        "resize",
        "ll",
        "pl",
        "fh",
        "fw",
        "sq",
        "mw",
        "mh",
        "bc",
        "as",
        "v",
        "cb",
    ]
)


def same_stem(a: str, b: str) -> bool:
    """File names (`file_key`) that differ only in a size suffix: renditions of one photo
    ("ap_16342669033405-ec3b…-s1100-c50.jpg" and "ap_16342669033405-ec3b…-s1200.jpg"). (A photo named by a
    resizer's query has no size in its name.)"""
    if "?" in a or "?" in b:
        return a == b
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return common >= RENDITION_SUFFIX and max(len(a), len(b)) - common <= RENDITION_SUFFIX


RENDITION_SUFFIX = 12  # characters by which the file names of two renditions of one photo may differ at the end


# A web archive's address of a captured file (the Wayback Machine's and pywb's "/web/<timestamp><flag>/<original>",
# absolute or relative): the original address follows it
_ARCHIVED = re.compile(r"^(?:(?:https?:)?//[^/]+)?/web/\d{4,14}(?:[a-z]{2}_)?/(?=(?:https?:)?//)", re.IGNORECASE)


def unarchived(address: str) -> str:
    """The original address of a file a web archive serves from a capture; any other address as it is."""
    return _ARCHIVED.sub("", address, count=1) if "/web/" in address else address
