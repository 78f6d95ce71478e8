"""XMP packets parsed namespace-aware with defusedxml (entity and DTD declarations are refused)."""

from __future__ import annotations

import functools
import re
from xml.etree.ElementTree import Element, ParseError
from xml.etree.ElementTree import fromstring as element_from

from checker import lazy_re
from checker.model import MetaFields

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
    "plus": "http://ns.useplus.org/ldf/xmp/1.0/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
}
_OPEN = lazy_re.compile(rb"<(x:xmpmeta|x:xapmeta|rdf:RDF)\b")
_CLOSE = {name: re.compile(rb"</" + name + rb"\s*>") for name in (b"x:xmpmeta", b"x:xapmeta", b"rdf:RDF")}
MAX_PACKETS = 8  # packets kept from one scan, and tried in order before giving up on a file's XMP
_CONTAINERS = {f"{{{RDF}}}{kind}" for kind in ("Alt", "Seq", "Bag")}
_LI, _RESOURCE, _DESCRIPTION = f"{{{RDF}}}li", f"{{{RDF}}}resource", f"{{{RDF}}}Description"


class XmpError(ValueError):
    """An XMP packet that was refused or is not well-formed."""


def packets_in(data: bytes, limit: int = MAX_PACKETS) -> list[bytes]:
    """The first `limit` XMP packets found by scanning bytes (the XMP specification's packet scanning), in linear
    time.

    Each packet runs from an opening tag to the nearest matching closing tag. A lazy regular expression over the
    whole packet rescans to the end of the data from every unclosed opening tag (quadratic: minutes for a
    megabyte of "<x:xmpmeta"), so the closing tag is searched for on its own, and a tag name whose closing tag
    is absent after one point is not searched for again.
    """
    data = _as_utf8(data)
    packets: list[bytes] = []
    unclosed: set[bytes] = set()
    pos = 0
    while len(packets) < limit and (opening := _OPEN.search(data, pos)):
        name = opening.group(1)
        closing = None if name in unclosed else _CLOSE[name].search(data, opening.end())
        if closing is None:
            unclosed.add(name)
            pos = opening.end()
            continue
        packets.append(data[opening.start() : closing.end()])
        pos = closing.end()
    return packets


def _as_utf8(data: bytes) -> bytes:
    """XMP may be written in UTF-16 or UTF-32; everything downstream reads UTF-8."""
    head = data.lstrip(b"\x00")[:1]
    zeros = data[:64].count(b"\x00")
    if (head == b"<" and zeros > 16) or data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        for codec in ("utf-16-be" if data[:1] == b"\x00" else "utf-16-le", "utf-32-be", "utf-32-le"):
            try:
                return data.decode(codec).lstrip("\ufeff").encode("utf-8")
            except UnicodeDecodeError:
                continue
    return data


def parse(packet: bytes) -> Element:
    if re.search(rb"<!(?:DOCTYPE|ENTITY)", packet, re.IGNORECASE):
        raise XmpError("XMP refused: DTD or entity declarations are not allowed (XML bomb or external entity)")
    found = packets_in(packet)
    body = found[0] if found else packet.strip(b"\x00 \r\n\t")
    if found:  # a packet cut from its opening tag has no prolog, so no DTD: the C parser is as safe, and faster
        try:
            return element_from(body)
        except ParseError as exc:
            raise XmpError(f"XMP is not well-formed XML: {exc}") from None
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(body, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise XmpError(f"XMP refused: {type(exc).__name__} (DTD or entity declarations are not allowed)") from None
    except ParseError as exc:
        raise XmpError(f"XMP is not well-formed XML: {exc}") from None


Properties = dict[str, "str | Element"]  # "{namespace}name" -> attribute value or element


def properties(root: Element) -> Properties:
    """Every top-level property of every rdf:Description, first occurrence wins.

    Names are also indexed in lower case: Getty's XMP writes dc:Rights and dc:Creator for dc:rights and dc:creator.
    """
    found: Properties = {}
    for description in root.iter(_DESCRIPTION):
        for key, value in description.attrib.items():
            found.setdefault(key, value)
            found.setdefault(key.lower(), value)
        for element in description:
            found.setdefault(element.tag, element)
            found.setdefault(element.tag.lower(), element)
    return found


@functools.cache
def _keys(prefix: str, name: str) -> tuple[str, str]:
    key = f"{{{NS[prefix]}}}{name}"
    return key, key.lower()


def values(props: Properties, prefix: str, name: str) -> list[str]:
    """The values of one property: an attribute, a simple element, or an rdf:Alt/Seq/Bag list."""
    key, lower = _keys(prefix, name)
    value = props.get(key)
    if value is None:
        value = props.get(lower)
    if value is None:
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    return _element_values(value)


def _element_values(element: Element) -> list[str]:
    resource = element.get(_RESOURCE)
    if resource is not None:
        return [resource.strip()]
    for child in element:
        if child.tag in _CONTAINERS:
            items = [li for li in child if li.tag == _LI]
            items.sort(key=lambda li: li.get(XML_LANG) != "x-default")  # x-default first in an Alt
            return [text for li in items if (text := (li.text or li.get(_RESOURCE) or "").strip())]
    text = (element.text or "").strip()
    return [text] if text else []


def _struct_field(root: Element, prefix: str, name: str, field: str) -> str | None:
    """First value of a field inside a structure list, such as plus:Licensor/plus:LicensorURL."""
    key = f"{{{NS[prefix]}}}{field}"
    for container in root.iter(f"{{{NS[prefix]}}}{name}"):
        for node in container.iter():
            value = node.get(key) or (node.text if node.tag == key else None)
            if value and value.strip():
                return value.strip()
    return None


def fields(root: Element) -> MetaFields:
    props = properties(root)

    def first(prefix: str, name: str) -> str | None:
        found = values(props, prefix, name)
        return found[0] if found else None

    return MetaFields(
        credit=first("photoshop", "Credit"),
        creator=values(props, "dc", "creator"),
        copyright=first("dc", "rights"),
        source=first("photoshop", "Source"),
        description=first("dc", "description"),
        instructions=first("photoshop", "Instructions"),
        web_statement=first("xmpRights", "WebStatement"),
        licensor_url=_struct_field(root, "plus", "Licensor", "LicensorURL"),
        digital_source_type=first("Iptc4xmpExt", "DigitalSourceType"),
    )
