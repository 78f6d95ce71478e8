"""C2PA Content Credentials: whether an image file carries a manifest store, and what its active manifest says.

A quick look at the file's own structure decides whether the c2pa-python SDK is called at all, so images
without Content Credentials pay for that look only: a JPEG APP11 JUMBF box labelled "c2pa" and a TIFF tag 52545
(both already in Pillow's view of the file), a PNG caBX chunk, a WebP C2PA chunk, an ISO BMFF (HEIC, AVIF) C2PA
uuid box, a sidecar `<name>.c2pa` beside the file, or XMP dcterms:provenance pointing to a remote manifest.
The SDK then reads and validates the store, never using the network (a remote manifest is recorded, not
fetched), and its JSON becomes typed fields (checker.model.ContentCredentials).

c2pa-python is an optional dependency (`creditcheck[c2pa]`): without it, a manifest found by the quick look is
reported as unverified with an error saying what to install.
"""

from __future__ import annotations

import functools
import json
import os
import struct
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checker.metadata import xmp
from checker.model import C2paAction, ContentCredentials

if TYPE_CHECKING:
    from PIL import Image

TIFF_C2PA_TAG = 52545  # 0xCD41
BMFF_C2PA_UUID = bytes.fromhex("d8fec3d61b0e483c92975828877ec481")
DCTERMS_PROVENANCE = "{http://purl.org/dc/terms/}provenance"
TRUST_ANCHORS_ENV = "CREDITCHECK_C2PA_TRUST_ANCHORS"  # a PEM file of the certificates the newsroom trusts
NOT_INSTALLED = "c2pa-python is not installed, so the manifest was not validated: pip install 'creditcheck[c2pa]'"
MAX_WALK = 100_000  # chunks or boxes looked at in one file
MAX_ITEMS = 100  # actions, ingredients, authors kept from one manifest
MAX_TEXT = 1000  # characters kept of one text field
MIME = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
    "AVIF": "image/avif",
    "HEIF": "image/heic",
    "GIF": "image/gif",
}
_WALKED = {"PNG", "WEBP", "AVIF", "HEIF"}  # formats whose store Pillow's view does not show
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_EXPIRED = {"signingCredential.expired", "claimSignature.outsideValidity"}
_ACTIONS = {"c2pa.actions", "c2pa.actions.v2"}
_CREATIVE_WORK = "stds.schema-org.CreativeWork"
_PHOTO_METADATA = {"cawg.metadata", "stds.iptc.photo-metadata", "stds.iptc"}  # XMP-like JSON-LD


# --- the quick look -------------------------------------------------------------------------------------------


def pillow_hint(image: Image.Image) -> bool | None:
    """Whether the headers Pillow has already read show an embedded store; None when the file must be walked."""
    if image.format in ("JPEG", "MPO"):
        return any(name == "APP11" and _jumbf_c2pa(payload) for name, payload in getattr(image, "applist", []))
    tags = getattr(image, "tag_v2", None)
    if image.format == "TIFF" and tags is not None:
        return TIFF_C2PA_TAG in tags
    if image.format in _WALKED:
        return None
    return False  # a format Pillow knows that carries no C2PA store here (GIF, BMP, JPEG 2000, PSD, EPS...)


def segments_hint(segments: list[tuple[int, bytes]]) -> bool:
    """pillow_hint for a JPEG whose APPn segments were read without Pillow (checker/metadata/jpeg.py)."""
    return any(number == 11 and _jumbf_c2pa(payload) for number, payload in segments)


def embedded_mime(path: Path) -> str | None:
    """The MIME type of a file that embeds a C2PA manifest store ("" when its type is not one we name), else None.

    Walks the file's top-level structure with positioned reads of a few bytes: the pixels are never read.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        at = functools.partial(os.pread, fd)
        head = at(16, 0)
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            return "image/png" if _png_has_store(at) else None
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return "image/webp" if _webp_has_store(at) else None
        if head[4:8] == b"ftyp":
            brand = head[8:12]
            mime = "image/avif" if brand in _AVIF_BRANDS else "image/heic" if brand in _HEIF_BRANDS else ""
            return mime if _bmff_has_store(at) else None
        if head.startswith(b"\xff\xd8"):
            return "image/jpeg" if _jpeg_has_store(at) else None
        if head[:4] in (b"II*\x00", b"MM\x00*"):
            return "image/tiff" if _tiff_has_store(at, head) else None
        return None
    except OSError:
        return None
    finally:
        os.close(fd)


ReadAt = Callable[[int, int], bytes]  # (size, offset) -> bytes, as os.pread


def _jumbf_c2pa(payload: bytes) -> bool:
    """A JPEG APP11 segment carrying (part of) a JUMBF box labelled c2pa: "JP", instance, sequence, box."""
    return payload[:2] == b"JP" and payload[12:16] == b"jumb" and b"c2pa" in payload[16:64]


def _png_has_store(at: ReadAt) -> bool:
    pos = 8
    for _ in range(MAX_WALK):
        header = at(8, pos)
        if len(header) < 8:
            return False
        length, kind = struct.unpack(">I4s", header)
        if kind == b"caBX":
            return True
        if kind == b"IEND":
            return False
        pos += 12 + length  # header, body, CRC
    return False


def _webp_has_store(at: ReadAt) -> bool:
    pos = 12
    for _ in range(MAX_WALK):
        header = at(8, pos)
        if len(header) < 8:
            return False
        kind, length = struct.unpack("<4sI", header)
        if kind == b"C2PA":
            return True
        pos += 8 + length + (length & 1)  # chunks are padded to an even size
    return False


def _bmff_has_store(at: ReadAt) -> bool:
    pos = 0
    for _ in range(MAX_WALK):
        header = at(32, pos)
        if len(header) < 8:
            return False
        size, kind = struct.unpack(">I4s", header[:8])
        offset = 8
        if size == 1 and len(header) >= 16:
            size, offset = struct.unpack(">Q", header[8:16])[0], 16
        if kind == b"uuid" and header[offset : offset + 16] == BMFF_C2PA_UUID:
            return True
        if size < offset:  # 0: the box runs to the end of the file
            return False
        pos += size
    return False


def _jpeg_has_store(at: ReadAt) -> bool:
    """A JPEG Pillow could not open: its APP11 segments, up to the start of the scan."""
    pos = 2
    for _ in range(MAX_WALK):
        header = at(4, pos)
        if len(header) < 4 or header[0] != 0xFF or header[1] in (0xD9, 0xDA):
            return False
        length = int.from_bytes(header[2:4], "big")
        if header[1] == 0xEB and _jumbf_c2pa(at(min(max(length - 2, 0), 64), pos + 4)):
            return True
        pos += 2 + length
    return False


def _tiff_has_store(at: ReadAt, head: bytes) -> bool:
    """A TIFF Pillow could not open: the tags of its first directory."""
    order = "<" if head[:2] == b"II" else ">"
    directory = struct.unpack(f"{order}I", head[4:8])[0]
    count_bytes = at(2, directory)
    if len(count_bytes) < 2:
        return False
    entries = at(12 * min(struct.unpack(f"{order}H", count_bytes)[0], 4096), directory + 2)
    return any(
        struct.unpack(f"{order}H", entries[i : i + 2])[0] == TIFF_C2PA_TAG for i in range(0, len(entries) - 1, 12)
    )


def remote_url(xmp_packets: list[bytes]) -> str | None:
    """The remote manifest an XMP packet points to (dcterms:provenance)."""
    for packet in xmp_packets:
        if b"provenance" not in packet:  # most packets end here, unparsed
            continue
        try:
            value = xmp.properties(xmp.parse(packet)).get(DCTERMS_PROVENANCE)
        except xmp.XmpError:
            continue
        text = value if isinstance(value, str) else (value.text if value is not None else None)
        if text and text.strip():
            return text.strip()[:MAX_TEXT]
    return None


# --- reading --------------------------------------------------------------------------------------------------


def read(
    path: Path,
    fmt: str | None = None,
    hint: bool | None = None,
    xmp_packets: list[bytes] | None = None,
    trust_anchors: str | None = None,
) -> ContentCredentials | None:
    """The Content Credentials of one image file, or None when it carries and points to none.

    `fmt` is Pillow's format name and `hint` pillow_hint() when the caller opened the file with Pillow;
    `trust_anchors` (PEM) defaults to the file named by $CREDITCHECK_C2PA_TRUST_ANCHORS. Never raises.
    """
    if hint is None:
        found = embedded_mime(path)
        embedded, mime = found is not None, found or ""
    else:
        embedded, mime = hint, MIME.get(fmt or "", "")
    url = remote_url(xmp_packets or [])
    if embedded:
        return _validate(path, "embedded", mime, None, url, trust_anchors)
    sidecar = _sidecar(os.fspath(path))
    if sidecar:
        try:
            manifest = Path(sidecar).read_bytes()
        except OSError as exc:
            return ContentCredentials(
                source="sidecar", remote_url=url, validation="invalid", error=f"cannot read the sidecar: {exc}"
            )
        return _validate(path, "sidecar", MIME.get(fmt or "", ""), manifest, url, trust_anchors)
    if url:
        return ContentCredentials(source="remote", remote_url=url, validation="unverified")
    return None


def _sidecar(path: str) -> str | None:
    """The sidecar `<name>.c2pa` beside path, if there is one."""
    folder, _, name = path.rpartition(os.sep)
    sidecars = _sidecars_in(folder)
    if not sidecars:  # most folders hold none: the answer costs a cached look-up
        return None
    wanted = os.path.splitext(name)[0] + ".c2pa"
    return os.path.join(folder, wanted) if wanted != name and wanted in sidecars else None


@functools.lru_cache(maxsize=1024)
def _sidecars_in(folder: str) -> frozenset[str]:
    """The .c2pa files of a folder, listed once per process (a run): in a run, a stat per image cost more than
    the rest of the quick look. Long-lived callers whose folders change call forget_sidecars()."""
    try:
        with os.scandir(folder or ".") as entries:
            return frozenset(entry.name for entry in entries if entry.name.endswith(".c2pa"))
    except OSError:
        return frozenset()


def forget_sidecars() -> None:
    _sidecars_in.cache_clear()


def _validate(
    path: Path, source: str, mime: str, manifest: bytes | None, url: str | None, trust_anchors: str | None
) -> ContentCredentials:
    kind: Any = source
    try:
        import c2pa
    except ImportError:
        return ContentCredentials(source=kind, remote_url=url, validation="unverified", error=NOT_INSTALLED)
    try:
        context = _context(c2pa, trust_anchors if trust_anchors is not None else _anchors_from_env())
        with path.open("rb") as stream, c2pa.Reader(mime or None, stream, manifest, context=context) as reader:
            store = json.loads(reader.json())
    except Exception as exc:  # the SDK's C2paError family, OSError, bad JSON: this file's problem only
        message = " ".join(str(exc).split())[:300] or type(exc).__name__
        return ContentCredentials(
            source=kind, remote_url=url, validation="invalid", error=f"manifest store could not be read: {message}"
        )
    return credentials(store, kind, url)


_contexts: dict[tuple[int, str], Any] = {}


def _context(c2pa: Any, anchors: str) -> Any:
    """One SDK context per process and trust list: no network (remote manifests and OCSP are not fetched)."""
    key = (os.getpid(), anchors)
    if key not in _contexts:
        settings: dict[str, Any] = {
            "core": {"allowed_network_hosts": []},
            "verify": {"remote_manifest_fetch": False, "ocsp_fetch": False},
        }
        if anchors:
            settings["trust"] = {"trust_anchors": anchors}
        _contexts[key] = c2pa.Context.from_dict(settings)
    return _contexts[key]


def _anchors_from_env() -> str:
    name = os.environ.get(TRUST_ANCHORS_ENV)
    if not name:
        return ""
    try:
        return Path(name).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        return ""


# --- the SDK's JSON as typed fields ---------------------------------------------------------------------------


def credentials(store: dict, source: Any, url: str | None = None) -> ContentCredentials:
    """A manifest store, as c2pa-python's Reader.json() gives it, as typed fields."""
    manifests = _dict(store.get("manifests"))
    active = _dict(manifests.get(store.get("active_manifest")))
    failures = _failure_codes(store)
    state = _text(store.get("validation_state"))
    signature = _dict(active.get("signature_info"))
    ingredients = [i for i in _list(active.get("ingredients")) if isinstance(i, dict)]
    found = ContentCredentials(
        source=source,
        remote_url=url,
        validation=verdict(state, failures),
        validation_state=state,
        validation_failures=failures,
        label=_text(active.get("label") or store.get("active_manifest")),
        signer=_text(signature.get("issuer")),
        signer_name=_text(signature.get("common_name")),
        signed_at=_text(signature.get("time")),
        claim_generator=_claim_generator(active),
        title=_text(active.get("title")),
        ingredient_count=len(ingredients),
        ingredients=[t for i in ingredients if (t := _text(i.get("title")))][:MAX_ITEMS],
        manifests=len(manifests),
    )
    for assertion in _list(active.get("assertions")):
        if not isinstance(assertion, dict) or not isinstance(assertion.get("data"), dict):
            continue
        label, data = str(assertion.get("label", "")).split("__")[0], assertion["data"]
        if label in _ACTIONS:
            found.actions.extend(_actions(data))
        elif label == _CREATIVE_WORK:
            _add_people(found, data.get("author"), data.get("creditText"))
            found.copyright = found.copyright or _first(data.get("copyrightNotice"), data.get("copyrightHolder"))
        elif label in _PHOTO_METADATA:
            _add_people(found, data.get("dc:creator"), data.get("photoshop:Credit"))
            found.copyright = found.copyright or _first(data.get("dc:rights"))
    found.actions = found.actions[:MAX_ITEMS]
    return found


def verdict(state: str | None, failures: list[str]) -> Any:
    """One word for how the active manifest validated; a changed photo (a hash mismatch) outranks the rest."""
    if any(code.endswith(".mismatch") for code in failures):
        return "tampered"
    if _EXPIRED.intersection(failures):
        return "expired"
    if state == "Trusted":
        return "trusted"
    if state == "Invalid" or (state is None and failures):
        return "invalid"
    if "signingCredential.untrusted" in failures:
        return "untrusted"
    return "valid"


def _failure_codes(store: dict) -> list[str]:
    active = _dict(_dict(store.get("validation_results")).get("activeManifest"))
    listed = [*_list(active.get("failure")), *_list(store.get("validation_status"))]
    codes = [status.get("code") for status in listed if isinstance(status, dict)]
    return list(dict.fromkeys(code for code in codes if isinstance(code, str)))[:MAX_ITEMS]


def _claim_generator(active: dict) -> str | None:
    info = _list(active.get("claim_generator_info"))
    if info and isinstance(info[0], dict) and _text(info[0].get("name")):
        name, version = _text(info[0].get("name")), _text(info[0].get("version"))
        return f"{name}/{version}" if version else name
    return _text(active.get("claim_generator"))


def _actions(data: dict) -> list[C2paAction]:
    agents = _list(data.get("softwareAgents"))
    found = []
    for item in _list(data.get("actions")):
        if not isinstance(item, dict) or not isinstance(item.get("action"), str) or not _text(item["action"]):
            continue
        agent = item.get("softwareAgent")
        index = item.get("softwareAgentIndex")
        if agent is None and isinstance(index, int) and 0 <= index < len(agents):
            agent = agents[index]
        found.append(
            C2paAction(
                action=_text(item.get("action")) or "",
                digital_source_type=_text(item.get("digitalSourceType")),
                software_agent=_first(agent),
                when=_text(item.get("when")),
            )
        )
    return found


def _add_people(found: ContentCredentials, authors: Any, credit: Any) -> None:
    for name in _names(authors):
        if name not in found.authors and len(found.authors) < MAX_ITEMS:
            found.authors.append(name)
    found.credit = found.credit or _first(credit)


def _names(value: Any, depth: int = 0) -> list[str]:
    """Names in a JSON-LD value: a string, {"name": ...}, {"@value": ...}, a language map, or a list of these."""
    if depth > 4:
        return []
    if isinstance(value, str):
        return [text] if (text := _text(value)) else []
    if isinstance(value, list):
        return [name for item in value[:MAX_ITEMS] for name in _names(item, depth + 1)]
    if isinstance(value, dict):
        key = next((k for k in ("name", "@value", "x-default", "@list") if k in value), None)
        return _names(value[key], depth + 1) if key else []
    return []


def _first(*values: Any) -> str | None:
    return next((names[0] for value in values if (names := _names(value))), None)


def _text(value: Any) -> str | None:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return None
    text = " ".join(str(value).split())
    return text[:MAX_TEXT] or None


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict:
    return value if isinstance(value, dict) else {}
