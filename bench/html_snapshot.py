"""Snapshot of everything the HTML reader decides, to prove a speed change changes none of it.

    python bench/html_snapshot.py save SNAPSHOT.json [PAGE_OR_DIR ...]
    python bench/html_snapshot.py check SNAPSHOT.json [PAGE_OR_DIR ...]

Pages default to ../shared/corpus/html, ../shared/corpus/dev/html (or CREDITCHECK_SHARED's) and samples/*.html.
For every page it records the audited document (each image's src, alt, caption, credit, role, role_reason,
signals, location, observed credits; the document's findings) and what read_html returns besides (title,
publication day, body text). `check` prints every page whose record differs and exits 1 if any does.

    python bench/html_snapshot.py check --chrome-unread SNAPSHOT.json

`--chrome-unread` compares chrome images without what reading their caption gives (caption, credit, observed
credits, and the signals that say a caption was found: "figure" read as "image", "caption-beside",
"caption-attribute", "gallery-caption-list"): for a reader that decides chrome images in site chrome before
reading their captions. Everything else, and every content or unsure image, must still be identical.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.audit import Settings, audit_paths
from checker.credits.registry import default_registry
from checker.errors import ReadError
from checker.readers.html.reader import read_html

ROOT = Path(__file__).resolve().parents[1]


def default_pages() -> list[Path]:
    shared = Path(os.environ.get("CREDITCHECK_SHARED") or ROOT.parent / "shared")
    folders = [shared / "corpus" / "html", shared / "corpus" / "dev" / "html"]
    pages = [p for folder in folders for p in sorted(folder.glob("*.htm*"))]
    return pages + sorted((ROOT / "samples").glob("*.htm*"))


def pages_of(arguments: list[str]) -> list[Path]:
    if not arguments:
        return default_pages()
    found: list[Path] = []
    for argument in map(Path, arguments):
        found += sorted(argument.glob("*.htm*")) if argument.is_dir() else [argument]
    return found


def record(page: Path, registry) -> dict:
    (document,) = audit_paths([str(page)], Settings()).documents
    entry: dict = {"document": document.model_dump(mode="json")}
    try:
        article = read_html(str(page), page.read_bytes(), registry)
    except ReadError as exc:
        entry["read_error"] = str(exc)
    else:
        entry["article"] = {"title": article.title, "published": str(article.published), "text": article.text}
    return entry


def snapshot(pages: list[Path]) -> dict[str, dict]:
    registry = default_registry()
    return {str(page): record(page, registry) for page in pages}


_CAPTION_SIGNALS = ("caption-beside", "caption-attribute", "gallery-caption-list")


def chrome_unread(entry: dict | None) -> dict | None:
    """The page's record with its chrome images' caption reading left out (see --chrome-unread)."""
    if entry is None:
        return None
    entry = json.loads(json.dumps(entry))
    for image in entry["document"]["images"]:
        if image["role"] != "chrome":
            continue
        image["caption"] = image["credit"] = image["observed"] = None
        signals = ["image" if s == "figure" else s for s in image["evidence"]["signals"] if s not in _CAPTION_SIGNALS]
        image["evidence"]["signals"] = list(dict.fromkeys(signals))
    return entry


def _differences(old, new, path: str = "") -> list[str]:
    """The first few paths where two JSON values differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in sorted(set(old) | set(new), key=str):
            out += _differences(old.get(key), new.get(key), f"{path}.{key}")
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        return [d for i, (a, b) in enumerate(zip(old, new, strict=True)) for d in _differences(a, b, f"{path}[{i}]")]
    return [] if old == new else [f"{path}: {json.dumps(old)[:160]} -> {json.dumps(new)[:160]}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("save", "check"))
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("pages", nargs="*")
    parser.add_argument(
        "--chrome-unread", action="store_true", help="leave out what reading a chrome image's caption gives"
    )
    args = parser.parse_args()
    pages = pages_of(args.pages)
    if not pages:
        print("no pages")
        return 1
    current = snapshot(pages)
    if args.action == "save":
        args.snapshot.write_text(json.dumps(current, indent=1, sort_keys=True))
        images = sum(len(e["document"]["images"]) for e in current.values())
        print(f"saved {len(current)} pages, {images} images to {args.snapshot}")
        return 0
    saved = json.loads(args.snapshot.read_text())
    changed = 0
    for name in sorted(set(saved) | set(current)):
        before, after = saved.get(name), current.get(name)
        if args.chrome_unread:
            before, after = chrome_unread(before), chrome_unread(after)
        differences = _differences(before, after)
        if differences:
            changed += 1
            print(f"{name}: {len(differences)} differences")
            for line in differences[:8]:
                print(f"    {line}")
    images = sum(len(e["document"]["images"]) for e in current.values())
    print(f"{len(current)} pages, {images} images: {'identical' if not changed else f'{changed} pages differ'}")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
