"""The character encoding of an HTML page, found in the HTML standard's order (encoding sniffing algorithm):
a byte order mark; the charset the transport declared (HTTP Content-Type, e.g. of a WARC record); a
<meta charset> or <meta http-equiv="Content-Type"> in the first 1024 bytes; then UTF-8 if the bytes are valid
UTF-8; then the legacy default, windows-1252. One departure from the standard: a <meta> that declares a legacy
encoding over bytes that are valid UTF-8 (and more than ASCII) is stale, left by a tool that saved the page's
decoded text as UTF-8, as scrapers and archives do; the bytes are read as UTF-8.

libxml2 alone reads a page without <meta charset> as Latin-1, which garbles every UTF-8 credit
("Agence France-Presse — Getty Images" loses its dash and with it the agency).
"""

from __future__ import annotations

import codecs
import re

from checker import lazy_re

PRESCAN = 1024  # bytes the standard's prescan looks at for a <meta> declaration

_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# <meta charset="x">, and <meta http-equiv="Content-Type" content="text/html; charset=x"> (either attribute order)
_META = lazy_re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE)
# labels the standard maps to another encoding than Python's codec of the same name
_ALIASES = {
    "latin1": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "utf-16": "utf-8",  # a <meta> cannot declare UTF-16: the bytes would not have been readable as ASCII
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}


def normalise(label: str | None) -> str | None:
    """The Python codec for an encoding label as the HTML standard reads it; None if unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return _ALIASES.get(name, name)


def sniff(data: bytes, transport: str | None = None) -> tuple[str, str]:
    """(codec name, what decided it: "bom", "transport", "meta", "utf-8 valid" or "default")."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, "bom"
    declared = normalise(transport)
    if declared:
        return declared, "transport"
    match = _META.search(data, 0, PRESCAN)
    if match:
        declared = normalise(match.group(1).decode("ascii", "replace"))
        if declared in ("utf-8", None) or not _valid_utf8(data):
            if declared:
                return declared, "meta"
        else:  # a legacy <meta> over bytes that are UTF-8: a page re-encoded by the tool that saved it (a
            return "utf-8", "utf-8 valid"  # scraper's decoded text written out as UTF-8), its <meta> left stale
    if data.isascii():
        return "utf-8", "utf-8 valid"
    return ("utf-8", "utf-8 valid") if _valid_utf8(data) else ("cp1252", "default")


def _valid_utf8(data: bytes) -> bool:
    """Bytes that decode as UTF-8 and hold more than ASCII: text in a legacy encoding (windows-1252 accents,
    Shift_JIS or GBK pairs) is next to never valid UTF-8 over a whole page."""
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decoded(data: bytes, encoding: str) -> str:
    """The page as text (for encodings libxml2 is not given directly): bytes a codec does not define become
    U+FFFD instead of ending the page, as libxml2's converters do."""
    text = data.decode(encoding, "replace")
    return text[1:] if text.startswith("\ufeff") else text
