"""Fuzzing (hypothesis): the credit parser, the caption splitter, the text reader and the metadata readers take
any input without raising, hanging or producing output that cannot be written.

CI runs the "ci" profile: a few dozen derandomized examples per target, each under a deadline that a quadratic
scan would miss. For a longer search: CREDITCHECK_FUZZ=long python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import warnings
import zlib
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import SAMPLES
from hostile.inputs import gif_with_xmp, huge_png, itxt, png_chunk, psp_with_exif, xmp_full
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from synth import Credits, iim, jpeg, xmp_packet

from checker.credits.captions import split_credits
from checker.credits.parse import parse
from checker.credits.registry import default_registry
from checker.metadata import read_embedded, xmp
from checker.model import Credit, Embedded
from checker.readers.text import read_text

settings.register_profile(
    "ci",
    max_examples=40,
    deadline=timedelta(seconds=2),
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("long", max_examples=5000, deadline=timedelta(seconds=5), database=None)
FUZZ = settings.get_profile(os.environ.get("CREDITCHECK_FUZZ", "ci"))
REGISTRY = default_registry()

# text that looks like captions and credits: agency names, labels, separators, brackets and odd characters
PIECES = ["AP", "Reuters", "REUTERS/", "Getty Images", "AFP", "Photo:", "Credit:", "©", "(AP Photo/", ")", "/",
          "via", " ", "\n", ". ", "Jane Doe", "|", "[", "]", "\u200b", "\u00a0", "É", "–", "Picture: ", "PA Wire"]  # fmt: skip
credit_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join),
)


@FUZZ
@given(credit_text)
def test_parse_any_credit(text: str) -> None:
    credit = parse(text, REGISTRY)
    assert isinstance(credit, Credit)
    assert credit.agency is None or credit.agency in REGISTRY.agencies


@FUZZ
@given(credit_text)
def test_split_any_caption(text: str) -> None:
    caption, spans = split_credits(text, REGISTRY)
    assert text.rstrip().startswith(caption)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(len(caption) <= s.start <= len(text) for s in spans)


article_text = st.lists(
    st.one_of(
        credit_text,
        st.sampled_from(["![A harbour](images/harbour.jpg)", "![](x.jpg)", "1 of 6", "Advertisement", ""]),
    ),
    max_size=30,
).map("\n".join)


@FUZZ
@given(article_text)
def test_read_any_text_article(text: str) -> None:
    article = read_text("fuzz.txt", text, REGISTRY)
    lines = max(1, len(text.splitlines()))
    for image in article.images:
        assert 1 <= image.location.line <= lines
    article.model_dump_json()


def _seeds() -> dict[str, bytes]:
    """Real image files of every container the metadata readers walk, each carrying credits."""
    credits = Credits(credit="AFP/Getty Images", byline=["Jane Doe"], copyright="© AFP", exif_artist="Jane Doe")
    seeds = {path.name: path.read_bytes() for path in sorted((SAMPLES / "images").glob("*.jpg"))[:3]}
    seeds["synth.jpg"] = jpeg(credits)
    png = io.BytesIO()
    Image.new("RGB", (8, 8)).save(png, "PNG")
    raw = png.getvalue()
    meta = itxt(b"XML:com.adobe.xmp", xmp_packet(credits), compressed=True)
    profile = "\niptc\n" + str(len(iim([(2, 110, b"AP")]))) + "\n" + iim([(2, 110, b"AP")]).hex() + "\n"
    meta += png_chunk(b"zTXt", b"Raw profile type iptc\x00\x00" + zlib.compress(profile.encode()))
    seeds["meta.png"] = raw[:33] + meta + raw[33:]
    seeds["after-pixels.png"] = huge_png(32, 32, [meta])
    gif = io.BytesIO()
    Image.new("P", (8, 8)).save(gif, "GIF")
    seeds["xmp.gif"] = gif_with_xmp(gif.getvalue(), xmp_full("Reuters", "Jane Doe"))
    tiff = io.BytesIO()
    Image.new("RGB", (8, 8)).save(tiff, "TIFF", tiffinfo={700: xmp_packet(credits), 33432: "© AFP"})
    seeds["meta.tif"] = tiff.getvalue()
    webp = io.BytesIO()
    Image.new("RGB", (8, 8)).save(webp, "WEBP", xmp=xmp_packet(credits))
    seeds["meta.webp"] = webp.getvalue()
    seeds["copyright.psp"] = psp_with_exif("© Jane Doe")
    seeds["scan.eps"] = b"%!PS-Adobe-3.0 EPSF-3.0\n%BeginPhotoshop: 40\n% 1c025a00024150\n%EndPhotoshop\n" + xmp_packet(
        credits
    )
    return seeds


SEEDS = _seeds()


@st.composite
def mutants(draw: st.DrawFn) -> bytes:
    data = bytearray(SEEDS[draw(st.sampled_from(sorted(SEEDS)))])
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        kind = draw(st.sampled_from(["flip", "cut", "insert", "repeat", "zero-length"]))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:]
        elif kind == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        elif kind == "repeat":
            data[at:at] = bytes(data[at : at + draw(st.integers(1, 512))]) * draw(st.integers(1, 50))
        elif kind == "zero-length" and len(data) > at + 4:
            data[at : at + 4] = draw(st.sampled_from([b"\x00\x00\x00\x00", b"\xff\xff\xff\xff", b"\x7f\xff\xff\xff"]))
    return bytes(data)


@pytest.fixture(scope="module")
def mutant_path() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "mutant"


@FUZZ
@given(mutants())
def test_read_embedded_on_mutated_images(mutant_path: Path, data: bytes) -> None:
    mutant_path.write_bytes(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        embedded = read_embedded(mutant_path, name="mutant")
    assert [str(w.message) for w in caught] == []  # problems are the file's warnings, not the terminal's
    assert isinstance(embedded, Embedded)
    assert embedded.error is None or (embedded.credit, embedded.iptc, embedded.xmp, embedded.exif) == (None,) * 4
    embedded.model_dump_json()  # every string it read can be written out


XMP_PIECES = [b"<x:xmpmeta", b"</x:xmpmeta", b"<x:xapmeta", b"</x:xapmeta", b"<rdf:RDF", b"</rdf:RDF", b">", b" ",
              b"\n", b"a", b"<", b"/", b"x"]  # fmt: skip
LAZY_PACKET = re.compile(rb"<(x:xmpmeta|x:xapmeta|rdf:RDF)\b.*?</\1\s*>", re.DOTALL)  # the quadratic original


@FUZZ
@given(st.lists(st.sampled_from(XMP_PIECES), max_size=60).map(b"".join))
def test_linear_packet_scan_finds_what_the_lazy_pattern_found(data: bytes) -> None:
    assert xmp.packets_in(data, limit=len(data)) == [match.group(0) for match in LAZY_PACKET.finditer(data)]
