"""C2PA Content Credentials: fixtures signed at test time with c2pa-python's Builder and certificates made by
the test (bench/c2pa_fixtures.py): a test root CA, a signing certificate for "Associated Press" issued by it,
and a second, unrelated root for an untrusted signer."""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

import pytest
from conftest import SHARED

from checker.audit import Settings, audit_paths
from checker.metadata import c2pa as content_credentials
from checker.metadata import read_embedded
from checker.model import C2paAction, ContentCredentials
from checker.policy.config import ConfigError, from_mapping
from checker.rules.provenance import ai_use, discloses

pytest.importorskip("c2pa")  # the optional extra creditcheck[c2pa]; CI installs it with [dev]
pytest.importorskip("cryptography")

from c2pa_fixtures import (
    AI_COMPOSITE,
    AI_MEDIA,
    DIGITAL_CAPTURE,
    Authority,
    created,
    manifest,
    photo,
    sign,
)

IPTC_ALGORITHMIC = "http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia"
REAL_SAMPLE = SHARED / "corpus" / "images" / "exiftool__ExifTool.jpg"


@pytest.fixture(scope="module")
def authority() -> Authority:
    return Authority.make("creditcheck test root")


@pytest.fixture(scope="module")
def ap_signer(authority: Authority) -> tuple[bytes, bytes]:
    return authority.signer("Associated Press")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- reading --------------------------------------------------------------------------------------------------


def test_ai_generated_photo_typed_fields(tmp_path: Path, ap_signer) -> None:
    signed, _ = sign(ap_signer, manifest(created()))
    found = read_embedded(write(tmp_path, "ai.jpg", signed)).c2pa
    assert found is not None
    assert found.model_dump(exclude={"label"}) == {
        "source": "embedded",
        "remote_url": None,
        "validation": "untrusted",  # no trust list configured: the test root is nobody's anchor
        "validation_state": "Valid",
        "validation_failures": ["signingCredential.untrusted"],
        "signer": "Associated Press",
        "signer_name": "Associated Press signing",
        "signed_at": None,  # no time-stamp authority can be reached from a test
        "claim_generator": "creditcheck-tests/1.0",
        "title": "photo.jpg",
        "actions": [{"action": "c2pa.created", "digital_source_type": AI_MEDIA, "software_agent": None, "when": None}],
        "ingredient_count": 0,
        "ingredients": [],
        "authors": ["Jane Doe"],
        "credit": None,
        "copyright": "© 2026 AP",
        "manifests": 1,
        "error": None,
    }
    assert found.label and found.label.startswith("urn:c2pa:")


def test_trusted_when_the_issuing_root_is_a_trust_anchor(tmp_path: Path, authority, ap_signer, monkeypatch) -> None:
    path = write(tmp_path, "ai.jpg", sign(ap_signer, manifest(created(DIGITAL_CAPTURE)))[0])
    anchors = write(tmp_path, "anchors.pem", authority.pem.encode())
    monkeypatch.setenv(content_credentials.TRUST_ANCHORS_ENV, str(anchors))
    found = read_embedded(path).c2pa
    assert found is not None
    assert (found.validation, found.validation_state, found.validation_failures) == ("trusted", "Trusted", [])


def test_untrusted_signer_stays_untrusted_beside_a_trust_list(tmp_path: Path, authority) -> None:
    stranger = Authority.make("some other root").signer("Associated Press")
    path = write(tmp_path, "forged.jpg", sign(stranger, manifest(created(DIGITAL_CAPTURE)))[0])
    found = content_credentials.read(path, trust_anchors=authority.pem)
    assert found is not None
    assert (found.validation, found.signer) == ("untrusted", "Associated Press")
    assert "signingCredential.untrusted" in found.validation_failures


def test_edited_photo_with_an_ingredient(tmp_path: Path, ap_signer) -> None:
    parent, _ = sign(ap_signer, manifest(created(DIGITAL_CAPTURE), title="original.jpg"))
    edits = manifest(
        {"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}},
        {"action": "c2pa.cropped", "softwareAgent": {"name": "Photo Desk", "version": "2"}},
        {"action": "c2pa.edited", "digitalSourceType": AI_COMPOSITE, "softwareAgent": "Generative Fill"},
        title="edited.jpg",
    )
    ingredient = ({"title": "original.jpg", "relationship": "parentOf", "label": "parent"}, parent)
    found = read_embedded(write(tmp_path, "edited.jpg", sign(ap_signer, edits, ingredient=ingredient)[0])).c2pa
    assert found is not None
    assert [(a.action, a.digital_source_type, a.software_agent) for a in found.actions] == [
        ("c2pa.opened", None, None),
        ("c2pa.cropped", None, "Photo Desk"),
        ("c2pa.edited", AI_COMPOSITE, "Generative Fill"),
    ]
    assert (found.ingredient_count, found.ingredients, found.manifests) == (1, ["original.jpg"], 2)
    assert found.validation == "untrusted"


def test_tampered_after_signing(tmp_path: Path, ap_signer) -> None:
    signed = bytearray(sign(ap_signer, manifest(created(DIGITAL_CAPTURE)))[0])
    signed[-100] ^= 0xFF  # a byte of the compressed pixels, after the manifest was signed
    found = read_embedded(write(tmp_path, "tampered.jpg", bytes(signed))).c2pa
    assert found is not None
    assert (found.validation, found.validation_state) == ("tampered", "Invalid")
    assert "assertion.dataHash.mismatch" in found.validation_failures
    assert found.signer == "Associated Press"  # the manifest itself still reads


def test_expired_certificate(tmp_path: Path, authority) -> None:
    short_lived = authority.signer("Associated Press", lifetime=dt.timedelta(seconds=2))
    signed, _ = sign(short_lived, manifest(created(DIGITAL_CAPTURE)))
    time.sleep(3)  # C2PA refuses to sign with an expired certificate: let this one expire after signing
    found = content_credentials.read(write(tmp_path, "old.jpg", signed), trust_anchors=authority.pem)
    assert found is not None
    assert found.validation == "expired"
    assert "signingCredential.expired" in found.validation_failures


@pytest.mark.parametrize(
    ("fmt", "mime", "name"),
    [
        ("JPEG", "image/jpeg", "a.jpg"),
        ("PNG", "image/png", "a.png"),
        ("WEBP", "image/webp", "a.webp"),
        ("TIFF", "image/tiff", "a.tif"),
        ("AVIF", "image/avif", "a.avif"),
    ],
)
def test_formats(tmp_path: Path, ap_signer, fmt: str, mime: str, name: str) -> None:
    plain = photo(fmt)
    signed, _ = sign(ap_signer, manifest(created()), asset=plain, mime=mime)
    path = write(tmp_path, name, signed)
    assert content_credentials.embedded_mime(path) == mime  # the file walk, as for files Pillow cannot open
    assert content_credentials.embedded_mime(write(tmp_path, "plain-" + name, plain)) is None
    embedded = read_embedded(path)
    assert embedded.format == fmt and embedded.error is None
    assert embedded.c2pa is not None
    assert (embedded.c2pa.validation, embedded.c2pa.signer) == ("untrusted", "Associated Press")


def _box(kind: bytes, body: bytes) -> bytes:
    return (8 + len(body)).to_bytes(4, "big") + kind + body


def test_heic_store_found_by_its_uuid_box(tmp_path: Path) -> None:
    ftyp = _box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
    store = _box(b"uuid", content_credentials.BMFF_C2PA_UUID + b"\x00" * 24)
    other = _box(b"uuid", bytes(16) + b"\x00" * 24)
    assert content_credentials.embedded_mime(write(tmp_path, "a.heic", ftyp + _box(b"meta", b"x" * 40) + store))
    assert content_credentials.embedded_mime(write(tmp_path, "a.heic", ftyp + store)) == "image/heic"
    assert content_credentials.embedded_mime(write(tmp_path, "b.heic", ftyp + other + _box(b"mdat", b""))) is None


def test_sidecar_manifest(tmp_path: Path, ap_signer) -> None:
    asset, store = sign(ap_signer, manifest(created()), embed=False)
    path = write(tmp_path, "side.jpg", asset)
    assert read_embedded(path).c2pa is None  # no sidecar yet, nothing embedded
    write(tmp_path, "side.c2pa", store)
    assert read_embedded(path).c2pa is None  # folders are listed once per run
    content_credentials.forget_sidecars()
    found = read_embedded(path).c2pa
    assert found is not None
    assert (found.source, found.validation, found.signer) == ("sidecar", "untrusted", "Associated Press")


def test_remote_manifest_recorded_not_fetched(tmp_path: Path, ap_signer, monkeypatch) -> None:
    url = "https://example.invalid/manifests/remote.c2pa"
    asset, _ = sign(ap_signer, manifest(created()), embed=False, remote=url)
    monkeypatch.setattr(content_credentials, "_validate", _refuse)  # nothing is read, let alone fetched
    found = read_embedded(write(tmp_path, "remote.jpg", asset)).c2pa
    assert found is not None
    assert found.model_dump(exclude_defaults=True) == {
        "source": "remote",
        "remote_url": url,
        "validation": "unverified",
    }


def _refuse(*args, **kwargs):
    raise AssertionError("the SDK was called")


def test_images_without_a_manifest_never_reach_the_sdk(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(content_credentials, "_validate", _refuse)
    for fmt, name in (("JPEG", "a.jpg"), ("PNG", "a.png"), ("WEBP", "a.webp"), ("TIFF", "a.tif"), ("GIF", "a.gif")):
        assert read_embedded(write(tmp_path, name, photo(fmt))).c2pa is None


@pytest.mark.skipif(not REAL_SAMPLE.is_file(), reason="../shared/corpus/images not present")
def test_real_pre_standard_cai_jumbf_is_not_c2pa(monkeypatch) -> None:
    """ExifTool's test image (exiftool.org, in the shared corpus) carries a 2020 Content Authenticity Initiative
    JUMBF store labelled "cai" (a Reuters prototype), not a C2PA one: the quick look passes it over."""
    data = REAL_SAMPLE.read_bytes()
    assert b"jumb" in data and b"cb.reuters" in data
    monkeypatch.setattr(content_credentials, "_validate", _refuse)
    assert read_embedded(REAL_SAMPLE).c2pa is None


def test_hostile_stores_become_errors(tmp_path: Path, ap_signer) -> None:
    fake = b"JP\x00\x01\x00\x00\x00\x01" + b"\x00\x00\x00\x40jumb\x00\x00\x00\x30jumd" + bytes(16) + b"\x03c2pa\x00"
    jpeg = photo()
    bogus = jpeg[:2] + b"\xff\xeb" + (len(fake) + 2).to_bytes(2, "big") + fake + jpeg[2:]
    found = read_embedded(write(tmp_path, "bogus.jpg", bogus)).c2pa
    assert found is not None
    assert found.validation == "invalid" and found.error and found.error.startswith("manifest store could not be read")
    signed, _ = sign(ap_signer, manifest(created()))
    cut = read_embedded(write(tmp_path, "cut.jpg", signed[: len(signed) // 2]))
    assert cut.c2pa is not None and cut.c2pa.validation in ("invalid", "tampered")


def test_odd_json_shapes_do_not_crash() -> None:
    for store in ({}, {"manifests": [], "active_manifest": 5}, {"manifests": {"a": "x"}, "active_manifest": "a"}):
        assert content_credentials.credentials(store, "embedded").validation == "valid"
    odd = {
        "active_manifest": "m",
        "manifests": {
            "m": {
                "assertions": [
                    {"label": "c2pa.actions.v2", "data": {"actions": [{"action": 3}, "x", {"action": "c2pa.opened"}]}},
                    {"label": "stds.schema-org.CreativeWork__1", "data": {"author": {"@type": "Person"}}},
                    {"label": "cawg.metadata", "data": {"dc:creator": ["A. Person"], "photoshop:Credit": "Reuters"}},
                ],
                "ingredients": [{"title": None}, 7],
                "signature_info": [],
            }
        },
        "validation_status": [{"code": "claim.malformed"}],
    }
    found = content_credentials.credentials(odd, "embedded")
    assert found.actions == [C2paAction(action="c2pa.opened")]
    assert (found.authors, found.credit, found.ingredient_count, found.ingredients) == (["A. Person"], "Reuters", 1, [])
    assert found.validation == "invalid"


def test_without_the_sdk_a_manifest_is_unverified(tmp_path: Path, ap_signer, monkeypatch) -> None:
    path = write(tmp_path, "ai.jpg", sign(ap_signer, manifest(created()))[0])
    monkeypatch.setitem(sys.modules, "c2pa", None)  # import c2pa raises ImportError
    found = read_embedded(path).c2pa
    assert found is not None
    assert (found.validation, found.error) == ("unverified", content_credentials.NOT_INSTALLED)


# --- rules ----------------------------------------------------------------------------------------------------


def test_ai_use_from_actions() -> None:
    def use(*actions: tuple[str, str | None]) -> str | None:
        found = ContentCredentials(source="embedded", validation="valid")
        found.actions = [C2paAction(action=a, digital_source_type=t) for a, t in actions]
        return ai_use(found)

    assert use(("c2pa.created", DIGITAL_CAPTURE), ("c2pa.cropped", None)) is None
    assert use(("c2pa.created", IPTC_ALGORITHMIC)) is None  # algorithmic, not a trained model
    assert use(("c2pa.opened", None), ("c2pa.edited", AI_MEDIA)) == "AI-edited (c2pa.edited, trainedAlgorithmicMedia)"
    assert (
        use(("c2pa.placed", AI_COMPOSITE)) == "partly AI-generated (c2pa.placed, compositeWithTrainedAlgorithmicMedia)"
    )
    assert use(("c2pa.edited", AI_MEDIA), ("c2pa.created", AI_MEDIA)) == (
        "AI-generated (c2pa.created, trainedAlgorithmicMedia)"
    )


def test_disclosure_words_match_whole_words_in_several_languages() -> None:
    words = from_mapping({}).c2pa.disclosure_words
    assert discloses("Ein KI-generiertes Bild der Skyline", words)
    assert discloses("Image générée par l’IA", words)  # typographic apostrophe, as "l'IA"
    assert discloses("Foto generata dall'IA.", words)
    assert discloses("Illustration: Midjourney", words)
    assert not discloses("Photo: Jane Doe/AP", words)
    assert not discloses("A PAID-generated report", ["AI-generated"])


FIGURE = '<figure><img src="{src}" alt="{alt}"><figcaption>{caption} <span class="credit">{credit}</span></figcaption></figure>'


def test_rules_on_a_page(tmp_path: Path, ap_signer, audit_validator) -> None:
    images = tmp_path / "images"
    images.mkdir()
    ai, _ = sign(ap_signer, manifest(created()))
    write(images, "ai.jpg", ai)
    write(images, "ai2.jpg", ai)
    write(images, "ai3.jpg", ai)
    write(images, "ap.jpg", sign(ap_signer, manifest(created(DIGITAL_CAPTURE)))[0])
    tampered = bytearray(sign(ap_signer, manifest(created(DIGITAL_CAPTURE)))[0])
    tampered[-100] ^= 0xFF
    write(images, "tampered.jpg", bytes(tampered))
    write(images, "plain.jpg", photo())
    figures = [
        ("ai.jpg", "Skyline at dusk over the river.", "AP Photo/Jane Doe"),  # C2PA001
        ("ai2.jpg", "An AI-generated image of the skyline.", "AP Photo/Jane Doe"),
        ("ai3.jpg", "Die Skyline am Abend.", "KI-generiert / AP"),
        ("ap.jpg", "Crowds gather at the square.", "REUTERS/Jane Doe"),  # C2PA002
        ("tampered.jpg", "Firefighters at the scene.", "AP Photo/Jane Doe"),  # C2PA003
        ("plain.jpg", "The mayor speaks.", "AP Photo/Jane Doe"),  # C2PA004
    ]
    body = "".join(FIGURE.format(src=s, alt="A photo", caption=c, credit=r) for s, c, r in figures)
    page = write(tmp_path, "page.html", f"<html><body><article><h1>News</h1>{body}</article></body></html>".encode())
    policy = from_mapping({"c2pa": {"require": ["ap"]}})
    audit = audit_paths([str(page)], Settings(policy=policy, images_root=images))
    audit_validator.validate(json.loads(audit.model_dump_json()))
    (doc,) = audit.documents
    assert [image.credit.agency if image.credit else None for image in doc.images] == [
        "ap",
        "ap",
        "ap",
        "reuters",
        "ap",
        "ap",
    ]
    found = sorted((f.image, f.rule) for f in doc.findings if f.rule.startswith("C2PA"))
    assert found == [(0, "C2PA001"), (3, "C2PA002"), (4, "C2PA003"), (5, "C2PA004")]
    messages = {f.rule: f.message for f in doc.findings if f.rule.startswith("C2PA")}
    assert messages == {
        "C2PA001": (
            "Content Credentials say the photo is AI-generated (c2pa.created, trainedAlgorithmicMedia); "
            "the caption and credit do not disclose it"
        ),
        "C2PA002": (
            "page credits Reuters ('REUTERS/Jane Doe') but the Content Credentials' signer is Associated Press "
            "('Associated Press'; signature untrusted)"
        ),
        "C2PA003": "the photo was changed after its Content Credentials were signed (assertion.dataHash.mismatch)",
        "C2PA004": "the policy requires Content Credentials for Associated Press photos; the photo carries none",
    }
    without_policy = audit_paths([str(page)], Settings(images_root=images)).documents[0]
    assert "C2PA004" not in {f.rule for f in without_policy.findings}


def test_policy_validation() -> None:
    policy = from_mapping({"c2pa": {"require": ["ap", "reuters"], "disclosure_words": ["IA"]}})
    assert (policy.c2pa.require, policy.c2pa.disclosure_words) == (("ap", "reuters"), ("IA",))
    with pytest.raises(ConfigError, match=r"c2pa\.require\.0"):
        from_mapping({"c2pa": {"require": ["A P"]}})
    with pytest.raises(ConfigError, match="c2pa"):
        from_mapping({"c2pa": {"require_trusted": True}})
