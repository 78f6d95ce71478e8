"""Command line: creditcheck check PATH... [--format json|text] [--output FILE].

Exit codes: 0 no errors, 1 findings at error severity (or documents that could not be checked), 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from checker import __version__
from checker.audit import audit_paths
from checker.report import FORMATS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="creditcheck", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"creditcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="audit articles for captions, credits and licences")
    check.add_argument("paths", nargs="+", metavar="PATH", help="article files or directories")
    check.add_argument("--format", choices=sorted(FORMATS), default="text")
    check.add_argument("--output", "-o", metavar="FILE", help="write the report here instead of stdout")
    check.add_argument("--images", metavar="DIR", type=Path,
                       help="read the embedded metadata of referenced images found under DIR (never outside it)")
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    if args.images is not None and not args.images.is_dir():
        print(f"creditcheck: --images {args.images}: not a directory", file=sys.stderr)
        return 2
    audit = audit_paths(args.paths, images_root=args.images)
    report = FORMATS[args.format](audit)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(report)
        except OSError as exc:
            print(f"creditcheck: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
            return 2
    else:
        sys.stdout.write(report)
    return 1 if audit.summary.errors else 0
