"""Typed records that flow from readers through rules to reports (the audit contract).

Records (checker/records.py): plain classes on the way through a run; their JSON, validation and JSON Schema are
pydantic's, from twins generated from these declarations when first needed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar, Literal

from checker.records import Record
from checker.records import field as Field

Severity = Literal["error", "warning", "info"]
# not_yet_licensed: every licence period with the agency starts after the day judged
LicenceStatus = Literal["licensed", "unlicensed", "expired", "not_yet_licensed", "unknown"]
AT_RISK: tuple[LicenceStatus, ...] = ("unlicensed", "expired", "not_yet_licensed")  # used without a licence


class _Model(Record):
    model_config: ClassVar[dict[str, Any]] = {"extra": "forbid", "defer_build": True, "serialize_by_alias": True}


# A location renders itself, the same way for every report format: `render()` for people (text, JUnit), `region()`
# for tools that take a line and column (SARIF, GitHub annotations), None when it has none.


class LineLocation(_Model):
    """A line and column in the document as written (1-based; the column counts characters)."""

    line: int = Field(ge=1)
    column: int = Field(ge=1)

    def region(self) -> tuple[int, int] | None:
        return self.line, self.column

    def render(self) -> str:
        return f"{self.line}:{self.column}"


class SelectorLocation(_Model):
    selector: str

    def region(self) -> tuple[int, int] | None:
        return None

    def render(self) -> str:
        return self.selector


def _unknown(value: object) -> bool:
    return value is None


class PointerLocation(_Model):
    """A JSON pointer into a JSON document, and where its value starts in the source, once resolved."""

    pointer: str
    line: int | None = Field(default=None, ge=1, exclude_if=_unknown)
    column: int | None = Field(default=None, ge=1, exclude_if=_unknown)

    def region(self) -> tuple[int, int] | None:
        return (self.line, self.column) if self.line is not None and self.column is not None else None

    def render(self) -> str:
        region = self.region()
        return f"{region[0]}:{region[1]} {self.pointer}" if region else self.pointer


Location = LineLocation | SelectorLocation | PointerLocation

# Where a reader saw a credit string: at the end of the caption text, on a line of its own (scraped text), in a
# credit element of the page, in a data-* attribute, in the page's JSON-LD, in the alt text, or in a CMS field.
CreditSeen = Literal["caption_tail", "credit_line", "credit_element", "data_attribute", "jsonld", "alt", "cms_field"]
Role = Literal["content", "chrome", "unsure"]


class Credit(_Model):
    """A credit line as shown, normalised to the licensing agency and photographer."""

    raw: str
    agency: str | None = None  # slug of the agency that licenses the image (last in the chain)
    agency_name: str | None = None
    photographer: str | None = None
    via: list[str] = Field(default_factory=list)  # other agencies named in the chain, in order
    noncanonical: str | None = None  # alias written in a non-canonical form (misspelling, old brand)
    duplicated: str | None = None  # a part of the credit written twice
    seen: CreditSeen | None = None  # where the reader saw it


class Observed(_Model):
    """What the reader saw around an image: scraping artefacts the rules judge."""

    gallery_counter: str | None = None
    credit_glued: bool = False
    credit_label: str | None = None  # "Credit:", "Photo:", "©"... as written
    empty_credit_label: bool = False  # a credit label with nothing after it
    other_credits: list[Credit] = Field(default_factory=list)  # further credits shown for the image, parsed
    structured_credit: Credit | None = None  # schema.org ImageObject credit in the page's JSON-LD, parsed


class Evidence(_Model):
    """Why the reader took this for an image, and why its role is what it is."""

    signals: list[str] = Field(default_factory=list)  # what the image was recognised by ("credit-line", "figure"...)
    lines: list[int] | None = None  # scraped text: the first and last line of the image block
    role_reason: str | None = None  # the signal that made it chrome or unsure


class MetaFields(_Model):
    """Credit-related fields of one metadata block (IPTC IIM, XMP or EXIF)."""

    credit: str | None = None  # IIM 2:110, photoshop:Credit
    creator: list[str] = Field(default_factory=list)  # IIM 2:80, dc:creator, EXIF Artist
    copyright: str | None = None  # IIM 2:116, dc:rights, EXIF Copyright
    source: str | None = None  # IIM 2:115, photoshop:Source
    description: str | None = None  # IIM 2:120, dc:description, EXIF ImageDescription
    instructions: str | None = None  # IIM 2:40, photoshop:Instructions
    web_statement: str | None = None  # xmpRights:WebStatement
    licensor_url: str | None = None  # plus:Licensor/plus:LicensorURL
    digital_source_type: str | None = None  # Iptc4xmpExt:DigitalSourceType


class C2paAction(_Model):
    """One action of a C2PA actions assertion: what was done to the photo, and by what kind of source."""

    action: str  # c2pa.created, c2pa.opened, c2pa.edited, c2pa.cropped, c2pa.placed...
    digital_source_type: str | None = None  # IPTC term URI (trainedAlgorithmicMedia...)
    software_agent: str | None = None
    when: str | None = None


class ContentCredentials(_Model):
    """The photo's C2PA manifest store: its active manifest, as typed fields, and how it validated."""

    source: Literal["embedded", "sidecar", "remote"]  # where the manifest store was found
    remote_url: str | None = None  # a remote manifest the file points to (recorded, never fetched)
    validation: Literal["trusted", "valid", "untrusted", "expired", "tampered", "invalid", "unverified"]
    validation_state: str | None = None  # the SDK's own verdict: Trusted, Valid or Invalid
    validation_failures: list[str] = Field(default_factory=list)  # codes: assertion.dataHash.mismatch...
    label: str | None = None  # the active manifest's label (urn:c2pa:...)
    signer: str | None = None  # organisation in the signing certificate's subject
    signer_name: str | None = None  # common name in the signing certificate's subject
    signed_at: str | None = None  # time of the signature's trusted time-stamp, when it has one
    claim_generator: str | None = None  # "name/version" of the software that made the claim
    title: str | None = None
    actions: list[C2paAction] = Field(default_factory=list)
    ingredient_count: int = 0
    ingredients: list[str] = Field(default_factory=list)  # the titles of the ingredients that have one, in order
    authors: list[str] = Field(default_factory=list)  # schema.org CreativeWork author, CAWG/IPTC dc:creator
    credit: str | None = None  # CreativeWork creditText, photoshop:Credit
    copyright: str | None = None  # CreativeWork copyrightNotice or copyrightHolder, dc:rights
    manifests: int = 0  # manifests in the store: the active one and its ingredients'
    error: str | None = None  # the store was found but could not be read


class Embedded(_Model):
    """Photo metadata embedded in an image file, per block and resolved (XMP, then IPTC, then EXIF)."""

    file: str
    format: str | None = None
    iptc: MetaFields | None = None
    xmp: MetaFields | None = None
    exif: MetaFields | None = None
    credit: str | None = None
    creator: list[str] = Field(default_factory=list)
    copyright: str | None = None
    source: str | None = None
    digital_source_type: str | None = None
    iptc_blocks: int = 0  # IIM blocks found; the first is used, as exiftool does
    warnings: list[str] = Field(default_factory=list)  # blocks that could not be read
    error: str | None = None  # the file itself could not be read
    outside_root: bool = False  # the reference pointed outside the images root, so nothing was read
    phash: str | None = None  # 128-bit difference hash of the pixels (archive audits only)
    c2pa: ContentCredentials | None = None  # C2PA Content Credentials, when the file carries or points to them


class Licence(_Model):
    """The licence an image's credited agency is used under, judged on one day."""

    status: LicenceStatus = "unknown"
    agency: str | None = None
    judged_on: dt.date | None = None
    date_source: Literal["article", "option", "today"] | None = None
    start: dt.date | None = None  # the licence period that covers the day, or the nearest one
    end: dt.date | None = None
    notes: str | None = None


class ImageRecord(_Model):
    index: int
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: Credit | None = None
    location: Location
    embedded: Embedded | None = None
    # "licence" in code, as in the policy; "license" in the audit JSON, as the contract has always said
    licence: Licence = Field(
        default_factory=Licence,
        serialization_alias="license",
        validation_choices=("license", "licence"),
    )
    observed: Observed = Field(default_factory=Observed)
    role: Role = "content"  # chrome images are listed, never judged; unsure ones raise no error
    evidence: Evidence = Field(default_factory=Evidence)
    ignore: list[str] = Field(default_factory=list)  # rule codes or names suppressed inline ("*" for all)


class Article(_Model):
    """What a reader extracts from one document."""

    source: str
    format: str
    title: str | None = None
    text: str = ""  # body text, without image blocks and page chrome
    images: list[ImageRecord] = Field(default_factory=list)
    published: dt.date | None = None  # the publication date the page states
    alt_observable: bool = True  # False when the input cannot show whether alt text exists
    shows_captions: bool = True  # False for an image checked on its own, outside any page


class Finding(_Model):
    rule: str
    name: str
    severity: Severity
    message: str
    image: int | None = None
    location: Location | None = None


class ArticleAudit(_Model):
    source: str
    format: str
    status: Literal["ok", "error"]
    error: str | None = None
    published: dt.date | None = None
    images: list[ImageRecord] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)


class Skipped(_Model):
    source: str
    reason: str


class Exposure(_Model):
    """What an agency could claim: its images used without a licence, at the policy's fee per image."""

    images: int = 0
    fee_per_image: float | None = None
    currency: str | None = None
    amount: float | None = None  # images x fee_per_image, when the policy states a fee


class Summary(_Model):
    documents: int = 0
    documents_failed: int = 0
    documents_skipped: int = 0
    images: int = 0  # article images (content, or unsure), the ones judged
    chrome_images: int = 0  # site furniture listed with the documents but never judged
    by_agency: dict[str, int] = Field(default_factory=dict)
    by_rule: dict[str, int] = Field(default_factory=dict)
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    baselined: int = 0  # findings left out because the baseline already holds them
    licences: dict[str, dict[str, int]] = Field(default_factory=dict)  # agency -> licence status -> images
    exposure: dict[str, Exposure] = Field(default_factory=dict)  # agencies with images used without a licence


class Tool(_Model):
    name: str = "creditcheck"
    version: str


class Audit(_Model):
    schema_version: Literal["1"] = "1"
    tool: Tool
    generated_at: str
    documents: list[ArticleAudit]
    skipped: list[Skipped] = Field(default_factory=list)
    summary: Summary


class ArchiveCounts(_Model):
    documents: int = 0  # every document read, cached or not
    computed: int = 0
    cached: int = 0  # reused from the cache: unchanged since an earlier run with the same settings
    failed: int = 0
    skipped: int = 0  # entries that are not documents (images, configuration, hidden files)


class ReusedImage(_Model):
    source: str
    agency: str | None
    credit: str | None
    phash: str | None = None  # this copy's own hash: near-duplicates differ from the group's by a few bits


class ReusedPhoto(_Model):
    """One photo (by pixel hash) that the archive credits to more than one agency."""

    phash: str
    agencies: list[str]
    images: list[ReusedImage]


class ArchiveSummary(_Model):
    schema_version: Literal["1"] = "1"
    tool: Tool
    generated_at: str
    inputs: list[str]
    counts: ArchiveCounts
    summary: Summary
    agency_months: dict[str, dict[str, int]] = Field(default_factory=dict)  # "2024-02" -> agency -> images
    reused_photos: list[ReusedPhoto] = Field(default_factory=list)  # the 100 with the most images
    reused_photos_total: int = 0  # all of them: PREFIX.reused-photos.jsonl lists every one, in the same order
    skipped: list[Skipped] = Field(default_factory=list)
