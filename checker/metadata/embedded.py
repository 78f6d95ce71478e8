"""Embedded photo metadata (IPTC IIM, XMP, EXIF, C2PA) read from image headers and resolved to credit fields.

A plain JPEG's headers are read without Pillow (checker/metadata/jpeg.py); every other file, and any JPEG that
reader leaves to Pillow, is opened with Pillow. Both give the same blocks.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from checker.metadata import c2pa, exif, iptc, jpeg, sidecar, xmp
from checker.metadata.containers import EXIF_HEADER, RawBlocks, from_app_segments, from_bytes, from_pillow
from checker.model import Embedded, MetaFields

MAX_SCAN_BYTES = 64 * 1024 * 1024  # files Pillow cannot open are scanned up to this size
_OPAQUE_TO_PILLOW = {"JPEG2000", "EPS", "DNG"}


def read_embedded(path: Path, name: str | None = None, content_credentials: bool = True) -> Embedded:
    """Read the credit fields of one image file. Problems become `error` or `warnings`, never exceptions.

    `content_credentials=False` leaves out the C2PA step (for measuring its cost).
    """
    name = name or str(path)
    fmt: str | None
    blocks: RawBlocks | None
    hint: bool | None = None  # whether Pillow's view shows a C2PA manifest store (None: it cannot tell)
    fast = _plain_jpeg(path, content_credentials)
    try:
        if fast is not None:
            fmt, blocks, hint = fast
        else:
            fmt, blocks, hint = _with_pillow(path, content_credentials)
    except FileNotFoundError:
        return Embedded(file=name, error="image file not found")
    except OSError as exc:
        if not path.is_file():
            return Embedded(file=name, error=f"cannot read image file: {exc.strerror or exc}")
        fmt, blocks = None, _fallback(path)
    except Exception:  # Pillow's parsers raise many kinds of errors on hostile input
        fmt, blocks = None, _fallback(path)
    if fmt in _OPAQUE_TO_PILLOW and blocks is not None and not (blocks.iptc or blocks.xmp or blocks.exif):
        blocks = _fallback(path)  # Pillow opens these formats but does not expose their metadata boxes
    if blocks is None:
        return Embedded(file=name, error="cannot read image file")
    sidecar.add(path, blocks)
    embedded = _assemble(name, fmt, blocks)
    if content_credentials:
        embedded.c2pa = c2pa.read(path, fmt, hint, blocks.xmp)
    if fmt is None and not (embedded.iptc or embedded.xmp or embedded.exif or embedded.warnings or embedded.c2pa):
        embedded.error = "not an image format Pillow can open, and no metadata block was found in it"
    return embedded


def _plain_jpeg(path: Path, content_credentials: bool) -> tuple[str, RawBlocks, bool | None] | None:
    """A plain JPEG's format, blocks and C2PA hint, read without Pillow; None when Pillow must open it."""
    try:
        header = jpeg.read_header(path)
        if header is None:
            return None
        blocks = from_app_segments(header.segments)
        if blocks.exif and header.exif is not None:
            blocks.pillow_exif = exif.ifd0_text(header.exif[len(EXIF_HEADER) :])
        if blocks.exif and header.exif is not None and blocks.pillow_exif is None:
            from PIL import Image

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                blocks.pillow_exif = Image.Exif()
                blocks.pillow_exif.load(header.exif)  # as Pillow's getexif loads info["exif"]
    except Exception:  # unreadable, or EXIF Pillow's open might refuse: Pillow's path decides what to report
        return None
    hint = c2pa.segments_hint(header.segments) if content_credentials else None
    return "JPEG", blocks, hint


def _with_pillow(path: Path, content_credentials: bool) -> tuple[str | None, RawBlocks, bool | None]:
    from PIL import Image  # loaded by the first file the JPEG fast path leaves to Pillow

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # DecompressionBombWarning etc.: we never decode pixels
        with Image.open(path) as image:
            return image.format, from_pillow(image), c2pa.pillow_hint(image) if content_credentials else None


def _fallback(path: Path) -> RawBlocks | None:
    try:
        with path.open("rb") as handle, warnings.catch_warnings():
            warnings.simplefilter("ignore")  # Pillow's TIFF reader warns about broken tags: they are skipped
            return from_bytes(handle.read(MAX_SCAN_BYTES))
    except OSError:
        return None


def _assemble(name: str, fmt: str | None, blocks: RawBlocks) -> Embedded:
    found: list[str] = []
    iim_blocks = [datasets for block in blocks.iptc[: iptc.MAX_BLOCKS] if (datasets := iptc.parse_iim(block))]
    iptc_fields = _nonempty(iptc.fields(iim_blocks[0])) if iim_blocks else None
    xmp_fields = None
    for packet in blocks.xmp[: xmp.MAX_PACKETS]:
        try:
            xmp_fields = _nonempty(xmp.fields(xmp.parse(packet)))
            break
        except xmp.XmpError as exc:
            found.append(str(exc))
    if xmp_fields is None and blocks.sidecar_xmp is not None:  # precedence: see checker.metadata.sidecar
        try:
            xmp_fields = _nonempty(xmp.fields(xmp.parse(blocks.sidecar_xmp)))
        except xmp.XmpError as exc:
            found.append(f"XMP sidecar: {exc}")
    exif_fields = None
    try:
        if blocks.pillow_exif is not None:
            exif_fields = exif.fields(blocks.pillow_exif)
        elif blocks.exif:
            exif_fields = exif.from_tiff_bytes(blocks.exif[0])
    except Exception as exc:  # a broken EXIF block must not hide IPTC and XMP
        found.append(f"EXIF could not be read: {type(exc).__name__}")
    credit = copyright = source = digital_source_type = None
    creator: list[str] = []
    for f in (exif_fields, iptc_fields, xmp_fields):  # the last block that has a field wins: XMP, IPTC, EXIF
        if f is not None:
            credit = f.credit or credit
            creator = f.creator or creator
            copyright = f.copyright or copyright
            source = f.source or source
            digital_source_type = f.digital_source_type or digital_source_type
    return Embedded(
        file=name,
        format=fmt,
        iptc=iptc_fields,
        xmp=xmp_fields,
        exif=exif_fields,
        credit=credit,
        creator=creator,
        copyright=copyright,
        source=source,
        digital_source_type=digital_source_type,
        iptc_blocks=len(iim_blocks),
        warnings=found,
    )


def _nonempty(fields: MetaFields) -> MetaFields | None:
    return fields if any(fields.__dict__.values()) else None  # a model's __dict__ holds its fields, and only them
