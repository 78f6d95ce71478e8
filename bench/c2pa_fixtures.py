"""Photos signed with C2PA Content Credentials at run time, for tests and benchmarks.

Certificates are made here with `cryptography`: a test root CA and end-entity signing certificates it issues
(C2PA refuses self-signed end-entity certificates). Photos are signed with c2pa-python's Builder. Nothing is
fetched: no time-stamp authority, no remote manifest.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

IPTC = "http://cv.iptc.org/newscodes/digitalsourcetype/"
DIGITAL_CAPTURE = IPTC + "digitalCapture"
AI_MEDIA = IPTC + "trainedAlgorithmicMedia"
AI_COMPOSITE = IPTC + "compositeWithTrainedAlgorithmicMedia"

SignerKeys = tuple[bytes, bytes]  # (certificate chain PEM, private key PEM)


def _name(common: str, organisation: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "US"),
        ]
    )


def _usage(signing: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=signing,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=not signing,
        crl_sign=not signing,
        encipher_only=False,
        decipher_only=False,
    )


def _pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


@dataclass
class Authority:
    """A test root CA that issues signing certificates."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate

    @classmethod
    def make(cls, name: str) -> Authority:
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(name, name))
            .issuer_name(_name(name, name))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(_usage(signing=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(key, cert)

    @property
    def pem(self) -> str:
        return _pem(self.cert).decode()

    def signer(self, organisation: str, lifetime: dt.timedelta = dt.timedelta(days=30)) -> SignerKeys:
        """Keys for a signing certificate issued to `organisation`, valid from yesterday for `lifetime`."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC).replace(microsecond=0)
        cert = (
            x509.CertificateBuilder()
            .subject_name(_name(f"{organisation} signing", organisation))
            .issuer_name(self.cert.subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + lifetime)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(_usage(signing=True), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256())
        )
        private = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return _pem(cert) + _pem(self.cert), private


def photo(fmt: str = "JPEG", colour: tuple[int, int, int] = (180, 40, 40), size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def manifest(
    *actions: dict, author: str | None = "Jane Doe", copyright: str | None = "© 2026 AP", title: str = "photo.jpg"
) -> dict:
    """A manifest definition: one actions assertion and a schema.org CreativeWork with author and copyright."""
    assertions: list[dict] = [{"label": "c2pa.actions", "data": {"actions": list(actions)}}]
    work: dict = {"@context": "https://schema.org", "@type": "CreativeWork"}
    if author:
        work["author"] = [{"@type": "Person", "name": author}]
    if copyright:
        work["copyrightNotice"] = copyright
    if author or copyright:
        assertions.append({"label": "stds.schema-org.CreativeWork", "data": work, "kind": "Json"})
    return {
        "claim_generator_info": [{"name": "creditcheck-tests", "version": "1.0"}],
        "title": title,
        "assertions": assertions,
    }


def created(source: str = AI_MEDIA) -> dict:
    return {"action": "c2pa.created", "digitalSourceType": source}


def sign(
    keys: SignerKeys,
    definition: dict,
    asset: bytes | None = None,
    mime: str = "image/jpeg",
    ingredient: tuple[dict, bytes] | None = None,
    embed: bool = True,
    remote: str | None = None,
) -> tuple[bytes, bytes]:
    """(signed asset, manifest store bytes). `embed=False` leaves the store out of the asset (a sidecar)."""
    chain, key = keys
    out = io.BytesIO()
    with c2pa.Builder(definition) as builder:
        if ingredient:
            builder.add_ingredient(ingredient[0], "image/jpeg", io.BytesIO(ingredient[1]))
        if not embed:
            builder.set_no_embed()
        if remote:
            builder.set_remote_url(remote)
        signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, key, None))
        store = builder.sign(signer, mime, io.BytesIO(asset if asset is not None else photo()), out)
    return out.getvalue(), store
