"""Issue 13, item 9: metadata that was silently missed, checked against exiftool (the reference reader).

XMP sidecars beside a photo were not read for it (and, in a directory walk, were checked as text articles);
XMP in GIF was not read; Paint Shop Pro's EXIF copyright was read 8 bytes off. Precedence between a sidecar and
the file's own XMP is stated in checker/metadata/sidecar.py: the embedded XMP wins when it holds a credit field.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import SHARED
from PIL import Image
from synth import Credits, jpeg

from checker.audit import audit_paths
from checker.metadata import read_embedded
from hostile.inputs import gif_with_xmp, psp_with_exif, xmp_full

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")
CORPUS = SHARED / "corpus" / "images"


def _exiftool(path: Path, *tags: str) -> dict:
    out = subprocess.run(["exiftool", "-j", "-G1", *tags, str(path)], capture_output=True, timeout=60).stdout
    return json.loads(out)[0]


@pytest.mark.parametrize("sidecar_name", ["photo.xmp", "photo.jpg.xmp", "photo.XMP"])
def test_sidecar_read_when_the_photo_has_no_xmp(tmp_path: Path, sidecar_name: str) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg(Credits(credit="Getty Images", byline=["Phil Cole"]), xmp=b""))
    (tmp_path / sidecar_name).write_bytes(xmp_full("Reuters", "Jane Doe"))
    embedded = read_embedded(photo)
    assert embedded.xmp is not None and (embedded.xmp.credit, embedded.xmp.creator) == ("Reuters", ["Jane Doe"])
    assert embedded.iptc is not None and embedded.iptc.credit == "Getty Images"  # IPTC stays the file's own
    assert (embedded.credit, embedded.warnings) == ("Reuters", [])  # XMP > IPTC > EXIF, the sidecar as the XMP


def test_embedded_xmp_wins_over_the_sidecar(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(jpeg(Credits(credit="AP", byline=["Jane Doe"])))
    (tmp_path / "photo.xmp").write_bytes(xmp_full("Reuters", "John Roe"))
    embedded = read_embedded(photo)
    assert (embedded.credit, embedded.creator) == ("AP", ["Jane Doe"])


def test_sidecar_of_a_file_no_reader_opens(tmp_path: Path) -> None:
    raw = tmp_path / "DSC_0001.NEF"  # camera raw: its metadata lives in the sidecar
    raw.write_bytes(b"\x00\x01 not a format anything here reads" * 100)
    (tmp_path / "DSC_0001.xmp").write_bytes(xmp_full("AFP", "Jean Dupont"))
    embedded = read_embedded(raw)
    assert (embedded.error, embedded.credit, embedded.creator) == (None, "AFP", ["Jean Dupont"])


def test_sidecar_that_links_out_of_the_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "images"
    folder.mkdir()
    (tmp_path / "elsewhere.xmp").write_bytes(xmp_full("Reuters", "Jane Doe"))
    (folder / "photo.xmp").symlink_to(tmp_path / "elsewhere.xmp")
    (folder / "photo.jpg").write_bytes(jpeg(Credits(credit="AP"), xmp=b""))
    assert read_embedded(folder / "photo.jpg").xmp is None


def test_broken_sidecar_is_a_warning(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(jpeg(Credits(credit="AP"), xmp=b""))
    (tmp_path / "photo.xmp").write_bytes(b"<x:xmpmeta><unclosed></x:xmpmeta>")
    embedded = read_embedded(tmp_path / "photo.jpg")
    assert embedded.credit == "AP" and len(embedded.warnings) == 1
    assert embedded.warnings[0].startswith("XMP sidecar: XMP is not well-formed XML")


def test_sidecar_found_for_a_referenced_photo(site: Path) -> None:
    (site / "boats.xmp").write_bytes(xmp_full("AP", "Jane Doe"))
    (site / "quay.jpg").write_bytes(jpeg(Credits(credit="AP"), xmp=b""))
    (site / "quay.xmp").write_bytes(xmp_full("Shutterstock", "Matt Cardy"))
    (site / "quay.txt").write_text("Quay\n\n![The quay](quay.jpg)\nThe quay at dawn. Photo: AP\n")
    from checker.audit import Settings

    (doc,) = audit_paths([str(site / "quay.txt")], Settings(images_root=site)).documents
    embedded = doc.images[0].embedded
    assert embedded is not None and embedded.xmp is not None and embedded.xmp.credit == "Shutterstock"
    assert "CRD003" in {f.rule for f in doc.findings}  # the sidecar's XMP disagrees with the file's IPTC


def test_directory_walk_skips_sidecars(site: Path) -> None:
    (site / "boats.xmp").write_bytes(xmp_full("AP", "Jane Doe"))
    audit = audit_paths([str(site)])
    assert [Path(d.source).name for d in audit.documents] == ["ordinary.txt"]
    assert "boats.xmp" in {Path(s.source).name for s in audit.skipped}


def _gif() -> bytes:
    buffer = io.BytesIO()
    Image.new("P", (16, 8), 3).save(buffer, "GIF")
    return buffer.getvalue()


@pytest.mark.parametrize("exiftool", [pytest.param(True, marks=needs_exiftool), False])
def test_xmp_in_gif(tmp_path: Path, exiftool: bool) -> None:
    path = tmp_path / "photo.gif"
    path.write_bytes(gif_with_xmp(_gif(), xmp_full("Reuters", "Jane Doe")))
    embedded = read_embedded(path)
    assert (embedded.format, embedded.credit, embedded.creator, embedded.warnings) == (
        "GIF",
        "Reuters",
        ["Jane Doe"],
        [],
    )
    if exiftool:
        reference = _exiftool(path, "-XMP-photoshop:Credit", "-XMP-dc:Creator")
        assert (reference["XMP-photoshop:Credit"], reference["XMP-dc:Creator"]) == ("Reuters", "Jane Doe")
    with Image.open(path) as image:  # still a GIF every reader decodes
        image.load()
        assert image.size == (16, 8)


def test_gif_without_xmp_and_truncated_gif(tmp_path: Path) -> None:
    plain = tmp_path / "plain.gif"
    plain.write_bytes(_gif())
    assert read_embedded(plain).xmp is None and read_embedded(plain).error is None
    cut = tmp_path / "cut.gif"
    data = gif_with_xmp(_gif(), xmp_full("Reuters", "Jane Doe"))
    cut.write_bytes(data[: data.index(b"Reuters") + 20])
    assert read_embedded(cut).credit is None  # packet cut short: no credit, no crash


@pytest.mark.parametrize("exiftool", [pytest.param(True, marks=needs_exiftool), False])
def test_paint_shop_pro_copyright(tmp_path: Path, exiftool: bool) -> None:
    path = tmp_path / "picture.pspimage"
    path.write_bytes(psp_with_exif("Jane Doe/Reuters"))
    embedded = read_embedded(path)
    assert embedded.exif is not None and embedded.exif.copyright == "Jane Doe/Reuters"
    if exiftool:
        assert _exiftool(path, "-IFD0:Copyright")["IFD0:Copyright"] == "Jane Doe/Reuters"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/images not present")
def test_paint_shop_pro_sample_from_exiftool() -> None:
    embedded = read_embedded(CORPUS / "exiftool__PSP.psp")
    assert embedded.exif is not None and embedded.exif.copyright == "© 2010 Phil Harvey"
