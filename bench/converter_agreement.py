"""Agreement of the text reader with the page labels, through a converter: each labelled HTML page of a corpus in
dev's format is converted to text (pandoc's writers, w3m or lynx, installed on the machine), the text is read, and
the agencies credited on its content images are compared with the agencies the page's labels give.

    python bench/converter_agreement.py markdown ../shared/corpus/dev [more corpus folders…]
    python bench/converter_agreement.py w3m ../shared/corpus/dev

Prints each page whose labelled agencies are not all found, then recall and precision of agencies over all pages
(a credit the text shows for a picture the page's labels count as chrome counts against precision). Pages credit
some photos only in scripts or file names, which no converter prints: recall stays well below the HTML reader's.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from checker.credits.registry import default_registry
from checker.readers.text import read_text


def convert(tool: str, page: Path) -> str:
    if tool == "w3m":
        command = ["w3m", "-dump", "-T", "text/html", str(page)]
    elif tool == "lynx":
        command = ["lynx", "-dump", "-force_html", "-nolist", str(page)]
    else:
        command = ["pandoc", "-f", "html", "-t", tool, str(page)]
    return subprocess.run(command, capture_output=True, timeout=120, check=False).stdout.decode("utf-8", "replace")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tool", help="a pandoc writer (markdown, plain, rst…), w3m or lynx")
    parser.add_argument("corpora", nargs="+", type=Path, help="folders with labels.json and html/")
    args = parser.parse_args()
    registry = default_registry()
    total: Counter[str] = Counter()
    for corpus in args.corpora:
        for entry in json.loads((corpus / "labels.json").read_text(encoding="utf-8"))["files"]:
            if not entry["file"].startswith("html/"):
                continue
            want = Counter(image["agency"] for image in entry["images"] if image.get("agency"))
            if not want:
                continue
            page = corpus / entry["file"]
            article = read_text(str(page), convert(args.tool, page), registry)
            got = Counter(
                image.credit.agency
                for image in article.images
                if image.credit is not None and image.credit.agency and image.role != "chrome"
            )
            hit = sum((want & got).values())
            total.update(want=sum(want.values()), hit=hit, got=sum(got.values()))
            if hit < sum(want.values()):
                print(f"{page}: labelled {dict(want)}, found {dict(got)}")
    recall = total["hit"] / max(1, total["want"])
    precision = total["hit"] / max(1, total["got"])
    print(f"{args.tool}: {total['want']} labelled agencies, recall {recall:.3f}, precision {precision:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
