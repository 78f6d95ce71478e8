"""JPEG headers read without Pillow (checker/metadata/jpeg.py, exif.ifd0_text): the same blocks and fields as
Pillow's path on every corpus JPEG, on synthetic photos, and on damaged headers and EXIF blocks (hypothesis); the
fast path hands anything unusual to Pillow instead of guessing."""

from __future__ import annotations

import struct
import tempfile
import warnings
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from synth import Credits, iim, jpeg, photoshop_app13

from checker.metadata import embedded, exif
from checker.metadata.jpeg import read_header

CORPUS = SHARED / "corpus" / "images"
EXAMPLES = settings(
    max_examples=60, deadline=timedelta(seconds=2), derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)  # fmt: skip
PHOTO = jpeg(
    Credits(credit="AFP/Getty Images", byline=["Jane Doe"], copyright="© AFP", caption="A pier", exif_artist="Jane Doe",
            exif_copyright="AFP"),
    size=(64, 48),
)  # fmt: skip


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[dict, dict]:
    """read_embedded through the fast path (when it takes the file) and through Pillow alone."""
    fast = embedded.read_embedded(path).model_dump()
    with monkeypatch.context() as patch:
        patch.setattr(embedded, "_plain_jpeg", lambda path, content_credentials: None)
        slow = embedded.read_embedded(path).model_dump()
    return fast, slow


def _pillow_view(path: Path) -> tuple[list[tuple[int, bytes]], bytes | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with Image.open(path) as image:
            applist = [(int(name[3:]), data) for name, data in image.applist if name.startswith("APP")]
            return applist, image.info.get("exif")


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/images not present")
def test_corpus_jpegs_read_as_pillow_reads_them(monkeypatch: pytest.MonkeyPatch) -> None:
    taken = 0
    for path in sorted(CORPUS.iterdir()):
        if not path.is_file() or path.read_bytes()[:3] != b"\xff\xd8\xff":
            continue
        header = read_header(path)
        if header is not None:
            taken += 1
            assert ([(n, p) for n, p in header.segments], header.exif) == _pillow_view(path), path.name
        fast, slow = _both(path, monkeypatch)
        assert fast == slow, path.name
    assert taken >= 70  # of the 82 corpus JPEGs, all but MPOs and odd structures take the fast path


def test_synthetic_photo_fast_and_slow_alike(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(PHOTO)
    assert read_header(path) is not None
    fast, slow = _both(path, monkeypatch)
    assert fast == slow and fast["credit"] == "AFP/Getty Images" and fast["exif"]["creator"] == ["Jane Doe"]


def test_unusual_files_are_left_to_pillow(tmp_path: Path) -> None:
    mpf = b"\xff\xe2\x00\x0aMPF\x00\x00\x00\x00\x00"  # an MPO's APP2: Pillow decides JPEG or MPO
    junk = b"\x00\x00"  # bytes between segments, which Pillow skips
    for name, data in {
        "mpo.jpg": PHOTO[:2] + mpf + PHOTO[2:],
        "junk.jpg": PHOTO[:2] + junk + PHOTO[2:],
        "truncated.jpg": PHOTO[:40],
        "no-frame.jpg": b"\xff\xd8" + photoshop_app13([iim([(2, 110, b"AP")])]) + b"\xff\xda\x00\x02",
    }.items():
        (tmp_path / name).write_bytes(data)
        assert read_header(tmp_path / name) is None, name


@EXAMPLES
@given(st.lists(st.tuples(st.integers(0, 700), st.integers(0, 255)), min_size=1, max_size=6))
def test_damaged_headers_read_alike(monkeypatch: pytest.MonkeyPatch, damage: list[tuple[int, int]]) -> None:
    data = bytearray(PHOTO)
    for at, value in damage:
        data[at % len(data)] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.jpg"
        path.write_bytes(bytes(data))
        fast, slow = _both(path, monkeypatch)
    assert fast == slow


def _ifd(order: str, entries: list[tuple[int, int, int, bytes]], tail: bytes) -> bytes:
    """A TIFF header and IFD0 whose values live in `tail` (offsets count from the header)."""
    head = (b"II*\x00" if order == "<" else b"MM\x00*") + struct.pack(order + "L", 8)
    body = struct.pack(order + "H", len(entries))
    body += b"".join(struct.pack(order + "HHL4s", tag, kind, count, value) for tag, kind, count, value in entries)
    return head + body + b"\x00\x00\x00\x00" + tail


tags = st.sampled_from([exif.ARTIST, exif.COPYRIGHT, exif.IMAGE_DESCRIPTION, 0x010F, 0x0110, 0x8769])
entries = st.lists(
    st.tuples(tags, st.sampled_from([1, 2, 2, 2, 3, 4, 7, 99]), st.integers(0, 40), st.binary(min_size=4, max_size=4)),
    max_size=6,
)


@EXAMPLES
@given(st.sampled_from(["<", ">"]), entries, st.binary(max_size=80))
def test_exif_text_tags_read_as_pillow_reads_them(order: str, found: list, tail: bytes) -> None:
    # out-of-line values point into the tail, just after the directory
    start = 8 + 2 + 12 * len(found) + 4
    fixed = [
        (tag, kind, count, struct.pack(order + "L", start + (count % max(1, len(tail) or 1)))
         if count * exif._UNIT.get(kind, 1) > 4 else value)
        for tag, kind, count, value in found
    ]  # fmt: skip
    data = _ifd(order, fixed, tail)
    mine = exif.ifd0_text(data)
    reference = Image.Exif()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        reference.load(b"Exif\x00\x00" + data)
        expected = exif.fields(reference)
    if mine is not None:
        assert exif.fields(mine) == expected


@pytest.mark.parametrize("order", ["<", ">"])
def test_exif_text_tags_inline_and_out_of_line(order: str) -> None:
    artist = b"Jane Doe\x00"
    tail = artist + "© Agence\x00Desk\x00".encode()
    start = 8 + 2 + 12 * 4 + 4
    data = _ifd(
        order,
        [
            (0x010F, 2, 6, struct.pack(order + "L", start)),  # Make, out of line (read, not reported)
            (exif.ARTIST, 2, len(artist), struct.pack(order + "L", start)),
            (exif.COPYRIGHT, 2, len(tail) - len(artist), struct.pack(order + "L", start + len(artist))),
            (exif.IMAGE_DESCRIPTION, 2, 3, b"Pi\x00\x00"),  # inline
        ],
        tail,
    )
    mine = exif.ifd0_text(data)
    reference = Image.Exif()
    reference.load(b"Exif\x00\x00" + data)
    assert mine is not None and exif.fields(mine) == exif.fields(reference)
    fields = exif.fields(mine)
    assert fields is not None and (fields.creator, fields.copyright, fields.description) == (
        ["Jane Doe"],
        "© Agence, Desk",
        "Pi",
    )
    assert exif.ifd0_text(data[:20]) is None  # a directory past the end: Pillow reads it
