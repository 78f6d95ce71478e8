"""An audit read back from what `check` or `audit` wrote, so a report is rebuilt without re-reading the archive.

Accepted: the JSON of `check --format json`, or an archive audit as PREFIX (PREFIX.jsonl + PREFIX.summary.json),
named by its prefix, its .jsonl or its .summary.json. Read tolerantly: plain dicts, unknown fields ignored, a
field of the wrong type read as missing; a line of the JSON Lines that is not a JSON object becomes a failed
document naming the line. The JSON Lines file is streamed (twice at most), never held whole.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from checker.plain import Value, field

SUMMARY_SUFFIX = ".summary.json"


class LoadError(Exception):
    """The input is not an audit this tool wrote; the message says what was expected."""


class LoadedAudit(Value):
    kind: str  # "check" or "archive"
    source: str
    summary: dict[str, Any]
    generated_at: str | None = None
    version: str | None = None
    inputs: list[str] = field(default_factory=list)
    counts: dict[str, Any] = field(default_factory=dict)
    reused_photos: list[dict[str, Any]] = field(default_factory=list)
    _documents: list[dict[str, Any]] | None = None  # check: the documents; archive: streamed from _lines
    _lines: Path | None = None

    def documents(self) -> Iterator[dict[str, Any]]:
        if self._documents is not None:
            yield from (
                d if isinstance(d, dict) else _bad(self.source, n, "not a JSON object")
                for n, d in enumerate(self._documents, 1)
            )
            return
        if self._lines is None:
            return
        with self._lines.open("rb") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    document = json.loads(line)
                except (ValueError, UnicodeDecodeError) as exc:
                    yield _bad(str(self._lines), number, f"not JSON ({exc})")
                    continue
                yield document if isinstance(document, dict) else _bad(str(self._lines), number, "not a JSON object")


def _bad(source: str, number: int, why: str) -> dict[str, Any]:
    return {"source": f"{source}:{number}", "status": "error", "error": f"audit line {number} is {why}"}


def load(path: Path) -> LoadedAudit:
    name = path.name
    if name.endswith(SUMMARY_SUFFIX):
        return _archive(path.with_name(name[: -len(SUMMARY_SUFFIX)]))
    if name.endswith(".jsonl"):
        return _archive(path.with_name(name[: -len(".jsonl")]))
    if not path.exists() and Path(f"{path}.jsonl").is_file():
        return _archive(path)
    data = _json(path)
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        return LoadedAudit(
            kind="check",
            source=str(path),
            summary=_dict(data.get("summary")),
            generated_at=_text(data.get("generated_at")),
            version=_text(_dict(data.get("tool")).get("version")),
            _documents=data["documents"],
        )
    raise LoadError(
        f"{path}: not an audit: expected the JSON of `creditcheck check --format json`, "
        "or an archive audit's PREFIX, PREFIX.jsonl or PREFIX.summary.json"
    )


def _archive(prefix: Path) -> LoadedAudit:
    lines, summary_path = Path(f"{prefix}.jsonl"), Path(f"{prefix}{SUMMARY_SUFFIX}")
    if not lines.is_file():
        raise LoadError(f"{lines}: no such file (an archive audit is PREFIX.jsonl with PREFIX.summary.json)")
    summary = _dict(_json(summary_path)) if summary_path.is_file() else {}
    return LoadedAudit(
        kind="archive",
        source=str(prefix),
        summary=_dict(summary.get("summary")),
        generated_at=_text(summary.get("generated_at")),
        version=_text(_dict(summary.get("tool")).get("version")),
        inputs=[str(i) for i in _list(summary.get("inputs"))],
        counts=_dict(summary.get("counts")),
        reused_photos=[p for p in _list(summary.get("reused_photos")) if isinstance(p, dict)],
        _lines=lines,
    )


def _json(path: Path) -> Any:
    try:
        with path.open("rb") as handle:
            return json.load(handle)
    except OSError as exc:
        raise LoadError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise LoadError(f"{path}: not JSON: {exc}") from None


# --- tolerant field access ----------------------------------------------------------------------------------


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def location_text(location: Any) -> str:
    """ "12:3" for a line, the JSON pointer or CSS selector as written; "" when there is none."""
    location = _dict(location)
    if isinstance(location.get("line"), int):
        column = location.get("column")
        return f"{location['line']}:{column}" if isinstance(column, int) else str(location["line"])
    return _text(location.get("pointer")) or _text(location.get("selector")) or ""


class ImageView(NamedTuple):
    """What a report shows of an image."""

    number: int | None  # the image's index in its document
    src: str | None
    caption: str | None
    credit: str | None
    agency: str  # as the summary counts it: a slug, "unknown" (credit naming no agency) or "none" (no credit)
    licence: str
    where: str
    phash: str | None
    chrome: bool = False  # site furniture: listed by the reader, never judged or counted


def image_view(image: Any) -> ImageView:
    image = _dict(image)
    credit = _dict(image.get("credit")) if image.get("credit") is not None else None
    agency = "none" if credit is None else _text(credit.get("agency")) or "unknown"
    index = image.get("index")
    return ImageView(
        number=index if isinstance(index, int) else None,
        src=_text(image.get("src")),
        caption=_text(image.get("caption")),
        credit=_text(credit.get("raw")) if credit is not None else None,
        agency=agency,
        licence=_text(_dict(image.get("license")).get("status")) or "unknown",
        where=location_text(image.get("location")),
        phash=_text(_dict(image.get("embedded")).get("phash")),
        chrome=image.get("role") == "chrome",
    )


class FindingView(NamedTuple):
    """One finding with its document and image: a row of the CSV and of the HTML table."""

    source: str
    where: str
    rule: str
    name: str
    severity: str
    message: str
    image: ImageView | None


def document_rows(document: dict[str, Any]) -> tuple[list[ImageView], list[FindingView]]:
    """A document's images and its findings (a failed document is one DOC001 error), tolerantly."""
    source = _text(document.get("source")) or "(unnamed document)"
    images = [image_view(i) for i in _list(document.get("images"))]
    if document.get("status") == "error":
        message = _text(document.get("error")) or "the document could not be read"
        return images, [FindingView(source, "", "DOC001", "document-unreadable", "error", message, None)]
    by_index = {i.number: i for i in images if i.number is not None}
    rows = []
    for finding in _list(document.get("findings")):
        finding = _dict(finding)
        index = finding.get("image")
        image = by_index.get(index) if isinstance(index, int) else None
        severity = _text(finding.get("severity")) or "info"
        rows.append(
            FindingView(
                source=source,
                where=location_text(finding.get("location")) or (image.where if image else ""),
                rule=_text(finding.get("rule")) or "?",
                name=_text(finding.get("name")) or "",
                severity=severity if severity in ("error", "warning", "info") else "info",
                message=_text(finding.get("message")) or "",
                image=image,
            )
        )
    return images, rows


def published_month(document: dict[str, Any]) -> str:
    published = _text(document.get("published"))
    return published[:7] if published and len(published) >= 7 else "unknown"
