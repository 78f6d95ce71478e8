"""The licensing editor's report: one self-contained HTML file from an audit (`creditcheck report`).

Header counts; licence status per agency as a table and a chart; images per agency per month; the findings
as a table filtered by rule, severity, agency, licence and document, sorted and paged in the browser; photos
credited to more than one agency side by side; thumbnails (with --images) as small data: URIs.

Rendered by Jinja2 with autoescape; every value from an article is data, never markup: in the page as escaped
text, in the findings data as JSON inside a non-executed <script type="application/json"> block (Jinja's
tojson escapes <, >, & and '), and set by the report's script with textContent. A Content-Security-Policy meta
allows only the report's own script and style (by SHA-256 hash) and data: images: nothing is loaded from the
network and no injected script or handler can run. The charts are SVG drawn here, so they need no script.

One pass over the documents; memory grows with the findings kept for the table (linear in the input).
"""

from __future__ import annotations

import base64
import gc
import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any, TextIO

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from checker.model import AT_RISK, Audit
from checker.plain import Value, field
from checker.report.load import ImageView, LoadedAudit, document_rows, published_month
from checker.report.thumbnails import Thumbnails

TEMPLATES = Path(__file__).with_name("templates")
STATUSES = [
    ("licensed", "licensed"),
    ("unlicensed", "unlicensed"),
    ("expired", "expired"),
    ("not_yet_licensed", "not yet licensed"),
    ("unknown", "unknown"),
]
SEVERITY_INDEX = {"error": 0, "warning": 1, "info": 2}
MONTH_AGENCIES = 8  # agencies drawn by name in the month chart; the rest are "other"
REUSED_SHOWN = 200


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "separators": (",", ":")}
    return env


def _asset(name: str) -> tuple[Markup, str]:
    """A file of the report's own (script or style), and its CSP hash source."""
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return Markup(text), f"sha256-{digest}"  # our own file, not article data


class _Tables(Value):
    """Interned strings and rows of the findings data, as the report's script reads it."""

    docs: list[str] = field(default_factory=list)
    rules: list[list[Any]] = field(default_factory=list)  # [code, name, findings]
    agencies: list[str] = field(default_factory=list)
    licences: list[str] = field(default_factory=list)
    images: list[list[Any]] = field(default_factory=list)  # [caption, credit, agency, licence, thumb]
    findings: list[list[Any]] = field(default_factory=list)  # [severity, rule, doc, where, message, image]
    _rule: dict[str, int] = field(default_factory=dict)
    _agency: dict[str, int] = field(default_factory=dict)
    _licence: dict[str, int] = field(default_factory=dict)

    def rule(self, code: str, name: str) -> int:
        n = self._rule.get(code)
        if n is None:
            n = self._rule[code] = len(self.rules)
            self.rules.append([code, name, 0])
        self.rules[n][2] += 1
        return n

    def intern(self, table: list[str], index: dict[str, int], value: str) -> int:
        n = index.get(value)
        if n is None:
            n = index[value] = len(table)
            table.append(value)
        return n


def _collect(documents: Iterable[dict], thumbs: Thumbnails, reused_hashes: set[str]) -> dict[str, Any]:
    tables = _Tables()
    counts: Counter[str] = Counter()
    licences: Counter[tuple[str, str]] = Counter()
    months: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    src_of_hash: dict[str, str] = {}
    for document in documents:
        counts["documents"] += 1
        counts["failed"] += document.get("status") == "error"
        images, findings = document_rows(document)
        month = published_month(document)
        for image in images:
            if image.chrome:
                continue
            counts["images"] += 1
            licences[(image.agency, image.licence)] += 1
            if image.agency not in ("none", "unknown"):
                months[(month, image.agency)] += 1
            if image.phash in reused_hashes and image.src:
                src_of_hash.setdefault(image.phash, image.src)
        for name in _agency_names(document):
            names.setdefault(*name)
        if not findings:
            continue
        doc = len(tables.docs)
        tables.docs.append(findings[0].source)
        seen: dict[int, int] = {}
        for finding in findings:
            counts[finding.severity + "s"] += 1
            row = -1
            if finding.image is not None:
                key = id(finding.image)
                row = seen.get(key, -1)
                if row < 0:
                    row = seen[key] = len(tables.images)
                    tables.images.append(_image_row(finding.image, tables, thumbs))
            rule = tables.rule(finding.rule, finding.name)
            tables.findings.append([SEVERITY_INDEX[finding.severity], rule, doc, finding.where, finding.message, row])
    counts["errors"] += counts["failed"]  # as the summary counts them: a document not checked is an error
    counts["at_risk"] = sum(n for (_, status), n in licences.items() if status in AT_RISK)
    return {
        "tables": tables,
        "counts": counts,
        "licences": licences,
        "months": months,
        "names": names,
        "src_of_hash": src_of_hash,
    }


def _agency_names(document: dict) -> Iterable[tuple[str, str]]:
    for image in document.get("images") or ():
        credit = image.get("credit") if isinstance(image, dict) else None
        if (
            isinstance(credit, dict)
            and isinstance(credit.get("agency"), str)
            and isinstance(credit.get("agency_name"), str)
        ):
            yield credit["agency"], credit["agency_name"]


def _image_row(image: ImageView, tables: _Tables, thumbs: Thumbnails) -> list[Any]:
    return [
        image.caption,
        image.credit,
        tables.intern(tables.agencies, tables._agency, image.agency),
        tables.intern(tables.licences, tables._licence, image.licence),
        thumbs.index(image.src),
    ]


def _money(amount: float) -> str:
    return f"{amount:,.2f}".removesuffix(".00")


def _licence_rows(licences: Counter, names: dict[str, str], exposure: dict[str, Any]) -> list[dict[str, Any]]:
    agencies = sorted({a for a, _ in licences}, key=lambda a: (-sum(licences[(a, s)] for s in AT_RISK), a))
    rows = []
    for agency in agencies:
        counts = [licences[(agency, status)] for status, _ in STATUSES]
        stated = exposure.get(agency) if isinstance(exposure.get(agency), dict) else None
        at_risk = sum(licences[(agency, s)] for s in AT_RISK)
        text = ""
        if stated and isinstance(stated.get("amount"), int | float):
            text = f"{_money(stated['amount'])} {stated.get('currency') or ''}".strip()
        elif at_risk:
            text = "no fee in the policy"
        rows.append(
            {
                "agency": agency,
                "label": _label(agency, names),
                "counts": counts,
                "total": sum(counts),
                "at_risk": at_risk,
                "exposure": text,
            }
        )
    return rows


def _label(agency: str, names: dict[str, str]) -> str:
    if agency == "none":
        return "no credit"
    if agency == "unknown":
        return "unknown agency"
    return names.get(agency, agency)


def _licence_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    label_width, bar_width, row_height = 170, 520, 20
    widest = max((r["total"] for r in rows), default=0) or 1
    chart_rows = []
    for n, row in enumerate(rows):
        x, segments = float(label_width), []
        for (status, label), images in zip(STATUSES, row["counts"], strict=True):
            if images:
                width = round(bar_width * images / widest, 2)
                segments.append({"status": status, "label": label, "images": images, "x": round(x, 2), "width": width})
                x += width
        chart_rows.append(
            {
                "agency": row["agency"],
                "label": row["label"],
                "total": row["total"],
                "y": n * row_height,
                "segments": segments,
                "end": round(x, 2),
            }
        )
    return {
        "rows": chart_rows,
        "label_width": label_width,
        "width": label_width + bar_width + 60,
        "height": len(rows) * row_height + 4,
    }


def _month_chart(months: Counter, names: dict[str, str]) -> dict[str, Any]:
    if not months:
        return {"columns": []}
    by_agency: Counter[str] = Counter()
    for (_, agency), n in months.items():
        by_agency[agency] += n
    named = [a for a, _ in by_agency.most_common(MONTH_AGENCIES)]
    classes = {a: f"a{k}" for k, a in enumerate(named)}
    legend = [(_label(a, names), classes[a]) for a in named] + (
        [("other", "a8")] if len(by_agency) > len(named) else []
    )
    all_months = sorted({m for m, _ in months}, key=lambda m: (m == "unknown", m))
    totals = {m: sum(n for (mm, _), n in months.items() if mm == m) for m in all_months}
    top, height, bar = 10, 200, 10 if len(all_months) > 60 else 18
    step = bar + 2
    tick_every = max(1, len(all_months) // 12)
    highest = max(totals.values()) or 1
    columns = []
    for k, month in enumerate(all_months):
        y, segments = float(top + height), []
        stacks = [(a, months[(month, a)]) for a in named] + [
            ("other", sum(n for (m, a), n in months.items() if m == month and a not in classes))
        ]
        for agency, images in stacks:
            if images:
                h = round(height * images / highest, 2)
                y -= h
                segments.append(
                    {
                        "agency": agency,
                        "images": images,
                        "cls": classes.get(agency, "a8"),
                        "y": round(y, 2),
                        "height": h,
                    }
                )
        columns.append(
            {
                "month": month,
                "total": totals[month],
                "x": 44 + k * step,
                "segments": segments,
                "tick": k % tick_every == 0,
            }
        )
    return {
        "columns": columns,
        "legend": legend,
        "bar": bar,
        "top": top,
        "base": top + height,
        "max": highest,
        "width": 44 + len(all_months) * step + 60,
        "height": top + height + 22,
    }


def _fix_first(rows: list[dict[str, Any]], tables: _Tables, failed: int) -> list[str]:
    items = []
    for row in rows:
        if row["at_risk"]:
            cost = f" (exposure {row['exposure']})" if row["exposure"] and row["exposure"][0].isdigit() else ""
            n = row["at_risk"]
            what = "1 image credited to {} is" if n == 1 else f"{n} images credited to {{}} are"
            items.append(what.format(row["label"]) + f" used without a licence{cost}")
    if failed:
        items.append(f"{failed} document{'s' if failed > 1 else ''} could not be read (DOC001)")
    errors: Counter[int] = Counter(f[1] for f in tables.findings if f[0] == 0)
    for rule, n in errors.most_common():
        code, name, _ = tables.rules[rule]
        if code not in ("LIC001", "LIC002", "DOC001"):
            items.append(f"{n} {code} {name} error{'s' if n > 1 else ''}")
    return items[:12]


def _reused(photos: list[dict], src_of_hash: dict[str, str], thumbs: Thumbnails) -> list[dict[str, Any]]:
    shown = []
    for photo in photos[:REUSED_SHOWN]:
        images = []
        for image in photo.get("images") or ():
            if not isinstance(image, dict):
                continue
            phash = image.get("phash") or photo.get("phash")
            src = src_of_hash.get(phash) if isinstance(phash, str) else None
            thumb = thumbs.index(src)
            images.append(
                {
                    "source": str(image.get("source") or ""),
                    "agency": image.get("agency") if isinstance(image.get("agency"), str) else None,
                    "credit": image.get("credit") if isinstance(image.get("credit"), str) else None,
                    "thumb": thumbs.uris[thumb] if thumb >= 0 else None,
                }
            )
        shown.append({"phash": str(photo.get("phash") or ""), "images": images})
    return shown


def write(
    audit: LoadedAudit,
    handle: TextIO,
    images_root: Path | None = None,
    title: str | None = None,
    max_thumbnails: int = 5000,
) -> None:
    thumbs = Thumbnails(images_root, max_thumbnails)
    reused_hashes = {
        str(i.get("phash") or p.get("phash"))
        for p in audit.reused_photos[:REUSED_SHOWN]
        for i in p.get("images") or ()
        if isinstance(i, dict)
    }
    gc.disable()  # the pass builds a container per finding; full collections over them would go quadratic
    try:
        found = _collect(audit.documents(), thumbs, reused_hashes)
    finally:
        gc.enable()
    tables: _Tables = found["tables"]
    counts: Counter[str] = found["counts"]
    stated = audit.summary.get("exposure")
    exposure: dict[str, Any] = stated if isinstance(stated, dict) else {}
    rows = _licence_rows(found["licences"], found["names"], exposure)
    totals: Counter[str] = Counter()
    for entry in exposure.values():
        if isinstance(entry, dict) and isinstance(entry.get("amount"), int | float):
            totals[str(entry.get("currency") or "")] += entry["amount"]
    skipped = audit.counts.get("skipped", audit.summary.get("documents_skipped"))
    reused = _reused(audit.reused_photos, found["src_of_hash"], thumbs)
    if audit.kind == "check":
        note = "Photo hashes are computed by archive audits (creditcheck audit --images DIR)."
    elif len(audit.reused_photos) > REUSED_SHOWN:
        note = f"The first {REUSED_SHOWN} of {len(audit.reused_photos)}; all are in the audit's summary.json."
    else:
        note = ""
    style, style_hash = _asset("report.css")
    script, script_hash = _asset("report.js")
    context = {
        "title": title or "Image licensing report",
        "kind_label": "Archive audit" if audit.kind == "archive" else "Audit",
        "source": audit.source,
        "generated_at": audit.generated_at,
        "version": audit.version,
        "inputs": audit.inputs,
        "counts": {
            "documents": counts["documents"],
            "failed": counts["failed"],
            "skipped": skipped if isinstance(skipped, int) else None,
            "images": counts["images"],
            "errors": counts["errors"],
            "warnings": counts["warnings"],
            "infos": counts["infos"],
            "at_risk": counts["at_risk"],
        },
        "exposure_totals": [(c, _money(a)) for c, a in sorted(totals.items())],
        "fix_first": _fix_first(rows, tables, counts["failed"]),
        "statuses": STATUSES,
        "licence_rows": rows,
        "licence_chart": _licence_chart(rows),
        "month_chart": _month_chart(found["months"], found["names"]),
        "reused": reused,
        "reused_note": note,
        "has_thumbs": bool(thumbs.uris),
        "data": {
            "docs": tables.docs,
            "rules": tables.rules,
            "agencies": tables.agencies,
            "licences": tables.licences,
            "images": tables.images,
            "thumbs": thumbs.uris,
            "findings": tables.findings,
        },
        "style": style,
        "style_hash": style_hash,
        "script": script,
        "script_hash": script_hash,
    }
    handle.writelines(_environment().get_template("report.html.j2").generate(context))


def render(audit: Audit) -> str:
    """The report of a `check` run (for --format html); thumbnails need `creditcheck report --images`."""
    import io

    loaded = LoadedAudit(
        kind="check",
        source=", ".join(sorted({d.source for d in audit.documents})[:3]) or "(no documents)",
        summary=json.loads(audit.summary.model_dump_json()),
        generated_at=audit.generated_at,
        version=audit.tool.version,
        _documents=[json.loads(d.model_dump_json()) for d in audit.documents],
    )
    buffer = io.StringIO()
    write(loaded, buffer)
    return buffer.getvalue()
