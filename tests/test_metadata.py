"""Embedded metadata: IPTC, XMP and EXIF read from headers, with the quirks real files carry."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED
from synth import Credits, iim, jpeg

from checker.audit import Settings, audit_paths
from checker.metadata import read_embedded
from checker.metadata.references import ImageRefError, resolve

CORPUS = SHARED / "corpus" / "images"
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/images not present")

FULL = Credits(
    credit="AFP/Getty Images",
    byline=["Christof Stache", "Second Shooter"],
    copyright="© 2015 AFP",
    source="AFP",
    caption="Skier in Kitzbühel",
    exif_artist="Christof Stache",
    exif_copyright="AFP",
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_all_three_blocks(tmp_path: Path) -> None:
    embedded = read_embedded(_write(tmp_path, "a.jpg", jpeg(FULL)))
    assert embedded.format == "JPEG" and embedded.error is None and embedded.warnings == []
    for block in (embedded.iptc, embedded.xmp):
        assert (block.credit, block.creator, block.copyright, block.source, block.description) == (
            "AFP/Getty Images",
            ["Christof Stache", "Second Shooter"],
            "© 2015 AFP",
            "AFP",
            "Skier in Kitzbühel",
        )
    assert (embedded.exif.creator, embedded.exif.copyright) == (["Christof Stache"], "AFP")
    assert embedded.credit == "AFP/Getty Images" and embedded.iptc_blocks == 1


def test_truncated_jpeg_still_gives_its_headers(tmp_path: Path) -> None:
    data = jpeg(FULL, size=(400, 300))
    embedded = read_embedded(_write(tmp_path, "cut.jpg", data[: int(len(data) * 0.6)]))
    assert embedded.error is None and embedded.credit == "AFP/Getty Images"


@pytest.mark.parametrize("data", [b"", b"\xff\xd8\xff", b"not an image at all", b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_unreadable_files_are_errors_not_crashes(tmp_path: Path, data: bytes) -> None:
    embedded = read_embedded(_write(tmp_path, "bad.jpg", data))
    assert embedded.error and embedded.credit is None


def test_iptc_charsets(tmp_path: Path) -> None:
    cp1252 = iim([(2, 110, "Jürgen Müller/dpa".encode("cp1252"))])
    utf8_undeclared = iim([(2, 110, "© Corbis".encode())])
    declared = iim([(1, 90, b"\x1b%G"), (2, 110, "Zoë Ørsted".encode())])
    got = [
        read_embedded(_write(tmp_path, f"{i}.jpg", jpeg(Credits(), xmp=b"", iim_blocks=[block]))).iptc.credit
        for i, block in enumerate((cp1252, utf8_undeclared, declared))
    ]
    assert got == ["Jürgen Müller/dpa", "© Corbis", "Zoë Ørsted"]


def test_duplicate_iptc_blocks_first_wins(tmp_path: Path) -> None:
    blocks = [iim([(2, 110, b"credit number one")]), iim([(2, 110, b"credit number two")])]
    embedded = read_embedded(_write(tmp_path, "dup.jpg", jpeg(Credits(), xmp=b"", iim_blocks=blocks)))
    assert (embedded.iptc.credit, embedded.iptc_blocks) == ("credit number one", 2)


def test_getty_malformed_xmp_header(tmp_path: Path) -> None:
    data = jpeg(Credits(credit="Getty Images", byline=["Phil Cole"]), iim_blocks=[])
    broken = data.replace(b"http://ns.adobe.com/xap/1.0/\x00", b"XMP\x00://ns.adobe.com/xap/1.0/\x00")
    assert broken != data
    embedded = read_embedded(_write(tmp_path, "getty.jpg", broken))
    assert (embedded.xmp.credit, embedded.xmp.creator, embedded.iptc) == ("Getty Images", ["Phil Cole"], None)


def test_nul_padded_and_empty_exif(tmp_path: Path) -> None:
    padded = jpeg(
        Credits(exif_artist="JOE STEMMER PHOTO\x00\x00\x00", exif_copyright="\x00\x00\x00\x00"), iim_blocks=[]
    )
    embedded = read_embedded(_write(tmp_path, "nul.jpg", padded))
    assert (embedded.exif.creator, embedded.exif.copyright) == (["JOE STEMMER PHOTO"], None)


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/">&lol2;</x:xmpmeta>'
)
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="&e;"/>'
    b"</rdf:RDF></x:xmpmeta>"
)


@pytest.mark.parametrize("packet", [BILLION_LAUGHS, XXE, b"<x:xmpmeta><unclosed></x:xmpmeta>"])
def test_hostile_or_broken_xmp_is_refused_and_the_rest_read(tmp_path: Path, packet: bytes) -> None:
    path = _write(tmp_path, "evil.jpg", jpeg(Credits(credit="REUTERS/Jane Doe"), xmp=packet))
    embedded = read_embedded(path)
    assert embedded.xmp is None and embedded.iptc.credit == "REUTERS/Jane Doe"
    assert len(embedded.warnings) == 1 and embedded.warnings[0].startswith("XMP")
    if b"ENTITY" in packet:
        assert "refused" in embedded.warnings[0]
    (doc,) = audit_paths([str(path)]).documents
    assert doc.status == "ok" and [f.rule for f in doc.findings] == ["IMG002"]


def test_image_without_extension_is_sniffed(tmp_path: Path) -> None:
    path = _write(tmp_path, "GM1EA7M13RP01-BASEIMAGE", jpeg(Credits(credit="REUTERS", byline=["Mario Anzuoni"])))
    (doc,) = audit_paths([str(path)]).documents
    assert (doc.format, doc.status, doc.images[0].credit.agency) == ("image", "ok", "reuters")


def test_ai_generated_image_is_reported(tmp_path: Path) -> None:
    ai = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
    camera = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
    paths = [
        _write(tmp_path, f"{i}.jpg", jpeg(Credits(credit="Reuters", digital_source_type=kind)))
        for i, kind in enumerate((ai, camera))
    ]
    docs = audit_paths([str(p) for p in paths]).documents
    assert [[f.rule for f in d.findings if f.rule.startswith("META")] for d in docs] == [["META003"], []]


def test_iim_truncation_is_not_a_conflict(tmp_path: Path) -> None:
    full = "PA Archive/Press Association Images"
    cut = full.encode()[:32].decode()
    path = _write(tmp_path, "pa.jpg", jpeg(Credits(credit=cut, xmp_credit=full)))
    (doc,) = audit_paths([str(path)]).documents
    assert [f.rule for f in doc.findings] == ["CRD007"]  # PA's style names the photographer; no CRD003
    other = _write(tmp_path, "other.jpg", jpeg(Credits(credit="Getty Images", xmp_credit="Shutterstock")))
    (doc,) = audit_paths([str(other)]).documents
    assert [(f.image, f.rule, f.message) for f in doc.findings] == [
        (
            0,
            "CRD003",
            "embedded IPTC credits Getty Images ('Getty Images') but XMP credits Shutterstock ('Shutterstock')",
        )
    ]


def test_resolve_stays_under_root(tmp_path: Path) -> None:
    root = tmp_path / "root"
    (root / "wp-content" / "uploads").mkdir(parents=True)
    photo = root / "wp-content" / "uploads" / "a.jpg"
    photo.write_bytes(b"x")
    (root / "b.jpg").write_bytes(b"x")
    outside = tmp_path / "secret.jpg"
    outside.write_bytes(b"x")
    (root / "link.jpg").symlink_to(outside)
    assert resolve("wp-content/uploads/a.jpg", root) == photo.resolve()
    assert resolve("/wp-content/uploads/a.jpg?w=640", root) == photo.resolve()
    assert resolve("https://cdn.example.com/wp-content/uploads/a.jpg?strip=all", root) == photo.resolve()
    assert resolve("https://cdn.example.com/2019/11/b.jpg", root) == (root / "b.jpg").resolve()
    for src in ("../secret.jpg", "wp-content/../../secret.jpg", "link.jpg"):
        with pytest.raises(ImageRefError) as caught:
            resolve(src, root)
        assert caught.value.escapes, src
    with pytest.raises(ImageRefError) as caught:
        resolve("/etc/passwd", root)
    assert not caught.value.escapes


def test_photo_desk_sample_against_its_images() -> None:
    (doc,) = audit_paths([str(SAMPLES / "photo-desk.txt")], Settings(images_root=SAMPLES)).documents
    # image 1, the AP photo credited to AP, is clean; image 4's IPTC agrees with the page, the conflict is inside
    # the file (CRD003, not META001)
    assert [(f.image, f.rule, f.severity) for f in doc.findings] == [
        (0, "CRD007", "info"),
        (0, "META001", "error"),
        (2, "CAP001", "warning"),
        (2, "CRD001", "error"),
        (2, "META002", "error"),
        (3, "CRD006", "warning"),
        (3, "META003", "info"),
        (4, "CRD003", "error"),
        (5, "CRD007", "info"),
        (5, "IMG003", "error"),
    ]
    assert [i.src for i in doc.images][:2] == ["images/lifeboat.jpg", "images/harbour.jpg"]
    assert doc.images[0].embedded.credit == "AP"


def test_sample_images_match_their_recipe(tmp_path: Path) -> None:
    from sample_images import IMAGES

    for seed, (name, credits) in enumerate(IMAGES.items()):
        fresh = read_embedded(_write(tmp_path, name, jpeg(credits, size=(160, 120), seed=seed)), name=name)
        assert read_embedded(SAMPLES / "images" / name, name=name) == fresh


def test_without_images_root_nothing_is_read() -> None:
    (doc,) = audit_paths([str(SAMPLES / "photo-desk.txt")]).documents
    assert all(image.embedded is None for image in doc.images)


@needs_corpus
@pytest.mark.parametrize(
    ("name", "credit", "creator"),
    [
        ("guardian-grid__getty.jpg", "AFP/Getty Images", ["CHRISTOF STACHE"]),
        ("guardian-grid__cech.jpg", "Getty Images", ["Phil Cole"]),  # XMP only, behind Getty's broken header
        ("guardian-grid__flag.tif", "PA", ["Martin Rickett"]),  # IPTC in a TIFF LONG tag
        ("exiv2__iptc-psAPP13-wIPTC1-psAPP13-wIPTC2.jpg", "This is credit number one", []),
        ("superdesk__io__fixtures__tag_reuters.com_2014_binary_LYNXMPEA6F0MS-BASEIMAGE", "REUTERS", ["REUTERS TV"]),
        ("exiv2__exiv2-bug440.jpg", "AP", ["PAUL SANCYA"]),
    ],
)
def test_real_agency_files(name: str, credit: str, creator: list[str]) -> None:
    embedded = read_embedded(CORPUS / name)
    assert (embedded.credit, embedded.creator) == (credit, creator)


@needs_corpus
def test_every_corpus_file_reads_without_crashing() -> None:
    files = sorted(p for p in CORPUS.iterdir() if p.is_file())
    results = [read_embedded(p) for p in files]
    readable = [r for r in results if r.error is None]
    assert len(readable) >= 0.7 * len(files)
    assert all(r.error for r in results if r.error is not None)


def test_resolve_refuses_odd_references_as_image_errors(tmp_path: Path) -> None:
    (tmp_path / "loop.jpg").symlink_to("loop.jpg")
    for src, message in [
        ("a\x00.jpg", "holds a NUL byte"),
        ("a%00.jpg", "holds a NUL byte"),
        ("x" * 256 + ".jpg", "longer than the file system allows"),
        ("loop.jpg", "symbolic-link loop"),
        ("https://[::1/a.jpg", "is not a valid URL"),
    ]:
        with pytest.raises(ImageRefError, match=message) as caught:
            resolve(src, tmp_path)
        assert not caught.value.escapes and len(str(caught.value)) < 300


def test_a_reader_bug_costs_only_its_image(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.metadata import references

    (tmp_path / "good.jpg").write_bytes(jpeg(Credits(credit="AP")))
    (tmp_path / "bad.jpg").write_bytes(jpeg(Credits(credit="AP")))
    real = references.read_embedded

    def read(path: Path, name: str | None = None):
        if path.name == "bad.jpg":
            raise RuntimeError("boom")
        return real(path, name)

    monkeypatch.setattr(references, "read_embedded", read)
    (tmp_path / "a.txt").write_text("T\n\n![A](bad.jpg)\nA. Photo: AP\n\n![B](good.jpg)\nB. Photo: AP\n")
    (doc,) = audit_paths([str(tmp_path / "a.txt")], Settings(images_root=tmp_path)).documents
    bad, good = doc.images
    assert doc.status == "ok" and bad.embedded and good.embedded
    assert bad.embedded.error == "internal error reading the image: RuntimeError: boom"
    assert (good.embedded.credit, good.embedded.error) == ("AP", None)


def test_png_metadata_is_read_without_decoding_pixels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import zlib

    from hostile.inputs import itxt, png_chunk, xmp_packet
    from PIL import Image, ImageFile

    exif = Image.Exif()
    exif[0x8298] = "Jane Doe/AFP"
    tiff = exif.tobytes()[6:]  # without "Exif\0\0"
    iim_block = b"\x1c\x02\x6e\x00\x07Reuters"
    profile = f"\niptc\n{len(iim_block)}\n{iim_block.hex()}\n".encode()
    after = [
        itxt(b"XML:com.adobe.xmp", xmp_packet("AFP"), compressed=True),
        png_chunk(b"eXIf", tiff),
        png_chunk(b"zTXt", b"Raw profile type iptc\x00\x00" + zlib.compress(profile)),
        png_chunk(b"tEXt", b"Comment\x00not metadata"),
    ]
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "PNG")
    data = buffer.getvalue()
    end = data.rindex(b"IEND") - 4
    path = _write(tmp_path, "after.png", data[:end] + b"".join(after) + data[end:])

    def refuse(self):
        raise AssertionError("pixels decoded")

    monkeypatch.setattr(ImageFile.ImageFile, "load", refuse)
    embedded = read_embedded(path)
    assert (embedded.format, embedded.error, embedded.warnings) == ("PNG", None, [])
    assert embedded.xmp and embedded.iptc and embedded.exif
    assert (embedded.xmp.credit, embedded.iptc.credit, embedded.exif.copyright) == ("AFP", "Reuters", "Jane Doe/AFP")


def test_gif_xmp_found_past_other_extensions_and_frames(tmp_path: Path) -> None:
    import io

    from hostile.inputs import gif_xmp_extension, xmp_full
    from PIL import Image

    frames = [Image.new("P", (8, 8), colour) for colour in (1, 2, 3)]
    buffer = io.BytesIO()
    frames[0].save(buffer, "GIF", save_all=True, append_images=frames[1:], loop=0, comment=b"a comment")
    animated = buffer.getvalue()
    assert b"NETSCAPE2.0" in animated and animated.endswith(b"\x3b")
    # after every frame, just before the trailer
    path = _write(tmp_path, "animated.gif", animated[:-1] + gif_xmp_extension(xmp_full("EPA", "Jane Doe")) + b"\x3b")
    embedded = read_embedded(path)
    assert (embedded.format, embedded.credit, embedded.creator) == ("GIF", "EPA", ["Jane Doe"])


def test_pixel_hash_is_bounded_by_pixel_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from checker.archive import phash

    big_jpeg = _write(tmp_path, "big.jpg", jpeg(Credits(), size=(2000, 1500), seed=1))
    png = tmp_path / "same.png"
    from PIL import Image

    with Image.open(big_jpeg) as image:
        image.save(png)
    unbounded = phash.dhash(png)
    assert unbounded is not None
    monkeypatch.setattr(phash, "MAX_PIXELS", 1_000_000)  # below the PNG's 3 MP: no full decode
    assert phash.dhash(png) is None
    assert phash.dhash(big_jpeg) is not None  # JPEG draft decodes it at 1/8 scale, well under the bound
