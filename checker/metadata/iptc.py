"""IPTC IIM: Photoshop image resource blocks (8BIM 0x0404) and the IIM datasets inside them.

Values are bytes until decoded: 1:90 "ESC % G" declares UTF-8; without it the bytes are UTF-8 when they decode
as such (what current software writes) and Windows Latin-1 otherwise (what old software wrote).
"""

from __future__ import annotations

from checker.model import MetaFields

IIM_RESOURCE = 0x0404
_RESOURCE_SIGNATURES = (b"8BIM", b"PHUT", b"DCSR", b"AgHg", b"MeSa")
PHOTOSHOP_HEADER = b"Photoshop 3.0\x00"

Datasets = dict[tuple[int, int], list[bytes]]
MAX_BLOCKS = 64  # IIM blocks kept from one file (files hold one, sometimes two)
MAX_DATASETS = 4096  # dataset values kept from one IIM block


def photoshop_iim_blocks(data: bytes) -> list[bytes]:
    """The IIM blocks (resource 0x0404) in a Photoshop image-resource section, in file order."""
    if data.startswith(PHOTOSHOP_HEADER):
        data = data[len(PHOTOSHOP_HEADER) :]
    blocks: list[bytes] = []
    pos = 0
    while pos + 12 <= len(data) and data[pos : pos + 4] in _RESOURCE_SIGNATURES:
        resource = int.from_bytes(data[pos + 4 : pos + 6], "big")
        name_length = data[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)  # Pascal name padded to an even length
        size = int.from_bytes(data[pos : pos + 4], "big")
        body = data[pos + 4 : pos + 4 + size]
        pos += 4 + size + (size & 1)
        if resource == IIM_RESOURCE:
            blocks.append(body)
            if len(blocks) == MAX_BLOCKS:
                break
    return blocks


def parse_iim(data: bytes) -> Datasets:
    """IIM datasets {(record, dataset): [values]} up to the first byte that is not a tag marker."""
    datasets: Datasets = {}
    pos = kept = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C and kept < MAX_DATASETS:
        record, number = data[pos + 1], data[pos + 2]
        length = int.from_bytes(data[pos + 3 : pos + 5], "big")
        pos += 5
        if length & 0x8000:  # extended dataset: the length is in the next (length & 0x7fff) bytes
            size = length & 0x7FFF
            length = int.from_bytes(data[pos : pos + size], "big")
            pos += size
        datasets.setdefault((record, number), []).append(data[pos : pos + length])
        kept += 1
        pos += length
    return datasets


def decode(value: bytes, utf8: bool) -> str:
    value = value.rstrip(b"\x00")
    if utf8:
        return value.decode("utf-8", "replace")
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("cp1252", "replace")


def fields(datasets: Datasets) -> MetaFields:
    charset = datasets.get((1, 90))
    utf8 = charset is not None and any(b"\x1b%G" in value for value in charset)
    get = datasets.get
    creators = [text for value in get((2, 80), ()) if (text := decode(value, utf8).strip())]
    return MetaFields(
        credit=_first(get((2, 110)), utf8),
        creator=creators,
        copyright=_first(get((2, 116)), utf8),
        source=_first(get((2, 115)), utf8),
        description=_first(get((2, 120)), utf8),
        instructions=_first(get((2, 40)), utf8),
    )


def _first(values: list[bytes] | None, utf8: bool) -> str | None:
    """The first value of a dataset that is not blank."""
    for value in values or ():
        if text := decode(value, utf8).strip():
            return text
    return None
