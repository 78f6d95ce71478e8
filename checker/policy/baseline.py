"""Baselines: today's findings recorded by content, so a legacy archive fails only on new problems.

A finding's fingerprint is its document, rule, and the image's caption and credit (folded), never a line
number: editing an unrelated paragraph moves lines but leaves every fingerprint as it was.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from checker.model import ArticleAudit, Audit, Finding
from checker.textnorm import fold

VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read."""


def fingerprint(doc: ArticleAudit, finding: Finding) -> str:
    image = doc.images[finding.image] if finding.image is not None else None
    caption = fold(image.caption or "") if image else ""
    credit = fold(image.credit.raw) if image and image.credit else ""
    src = (image.src or "") if image and not (caption or credit) else ""  # uncaptioned images differ by file
    key = "\x1f".join((Path(doc.source).as_posix(), finding.rule, caption, credit, src))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def write(audit: Audit, path: Path) -> int:
    entries = [
        {
            "fingerprint": fingerprint(doc, f),
            "document": doc.source,
            "rule": f.rule,
            "image": f.image,
            "message": f.message,
        }
        for doc in audit.documents
        for f in doc.findings
    ]
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps({"version": VERSION, "findings": entries}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    tmp.replace(path)
    return len(entries)


def load(path: Path) -> Counter[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter(entry["fingerprint"] for entry in data["findings"])
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: cannot read: {exc}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a creditcheck baseline: {exc}") from None


def apply(audit: Audit, known: Counter[str]) -> int:
    """Drop the findings the baseline holds (each as often as it holds them); returns how many were dropped."""
    left = Counter(known)
    dropped = 0
    for doc in audit.documents:
        kept = []
        for finding in doc.findings:
            key = fingerprint(doc, finding)
            if left[key] > 0:
                left[key] -= 1
                dropped += 1
            else:
                kept.append(finding)
        doc.findings = kept
    return dropped
