"""Command line: creditcheck check | rules | explain.

Exit codes: 0 no errors, 1 findings at error severity (or documents that could not be checked),
2 usage, configuration or tool failure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from collections import Counter
from pathlib import Path

from checker import __version__
from checker.audit import Settings, audit_paths, summarise
from checker.budget import DEFAULT_SECONDS
from checker.policy.config import ConfigError, Policy, discover, load
from checker.report import FORMATS, Options, render
from checker.rules import all_rules, find
from checker.sources.select import DEFAULT_EXCLUDE, Selection

# Baselines, rule selectors and did-you-mean hints are imported where used: a plain check loads none of them.


class UsageError(Exception):
    """Bad arguments or configuration: exit 2 with the message."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


COMMANDS = {
    "check": "audit articles for captions, credits and licences",
    "audit": "audit a whole archive: parallel, cached, resumable",
    "report": "an HTML report (or CSV of findings) from an audit already written",
    "rules": "list the rules",
    "explain": "explain one rule",
}


class _Formatter(argparse.HelpFormatter):
    """argparse's help formatter, told the terminal's width: argparse would import shutil to find it (4 ms of start-up
    with the archive modules shutil imports), once for every argument it adds."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size finds it: $COLUMNS, else the terminal's, else 80."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


def _parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. Only the command `argv` names is built (every command when it names none): each
    parser argparse builds looks up its help texts' translations, and building all five would be most of the
    parser's cost on every run."""
    words = sys.argv[1:] if argv is None else argv
    named = next((word for word in words if not word.startswith("-")), None)
    wanted = named if named in COMMANDS else None
    parser = argparse.ArgumentParser(
        prog="creditcheck",
        description="Image caption and credit compliance checker.",
        allow_abbrev=False,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"creditcheck {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    arguments = {
        "check": _check_arguments,
        "audit": _audit_arguments,
        "report": _report_arguments,
        "rules": _rules_arguments,
        "explain": _explain_arguments,
    }
    for name, summary in COMMANDS.items():
        if wanted in (None, name):  # a run that names its command builds no other command's parser
            command = commands.add_parser(name, help=summary, allow_abbrev=False, formatter_class=_Formatter)
            arguments[name](command)
    return parser


def _check_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files, image files, directories, JSON Lines (.jsonl) or WARC files, or - for standard input",
    )
    check.add_argument(
        "--format",
        "--output-format",
        choices=list(FORMATS),
        default="text",
        help="text: path:line:col: CODE [severity] message (default); grouped: findings under each document",
    )
    check.add_argument("--output", "-o", metavar="FILE", type=Path, help="write the report here instead of stdout")
    check.add_argument(
        "--images",
        metavar="DIR",
        type=Path,
        help="read the embedded metadata of referenced images found under DIR (never outside it)",
    )
    check.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        help="policy file (default: creditcheck.toml or pyproject.toml found upward from PATH)",
    )
    check.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="judge licences on this day (default: the article's publication date, else today)",
    )
    check.add_argument("--baseline", metavar="FILE", type=Path, help="report only findings not in this baseline")
    check.add_argument(
        "--write-baseline", metavar="FILE", type=Path, help="record today's findings as the baseline (exits 0)"
    )
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are error findings")
    _gate_options(check)
    _timeout_option(check)


def _audit_arguments(audit: argparse.ArgumentParser) -> None:
    audit.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="directories, files, JSON Lines (.jsonl) or WARC files, or - for standard input",
    )
    audit.add_argument(
        "--out",
        metavar="PREFIX",
        type=Path,
        default=Path("creditcheck-audit"),
        help="writes PREFIX.jsonl, PREFIX.summary.json, PREFIX.agency-months.csv",
    )
    audit.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1, help="worker processes (local engine)")
    audit.add_argument("--cache", metavar="FILE", type=Path, help="SQLite cache (default PREFIX.cache.sqlite)")
    audit.add_argument("--no-cache", action="store_true", help="compute every document")
    audit.add_argument("--engine", choices=["local", "dask"], default="local")
    audit.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="dask.distributed scheduler (with --engine dask); inputs, --images and --out on storage every worker reads",
    )
    audit.add_argument("--images", metavar="DIR", type=Path, help="image files of the archive (metadata, photo hashes)")
    audit.add_argument("--config", metavar="FILE", type=Path, help="policy file")
    audit.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="judge licences on this day")
    audit.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress line on stderr (default: when stderr is a terminal)",
    )
    audit.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are error findings")
    _timeout_option(audit)


def _rules_arguments(rules: argparse.ArgumentParser) -> None:
    rules.add_argument(
        "--format",
        choices=["text", "markdown", "reference"],
        default="text",
        help="text: one line a rule; markdown: the README table; reference: docs/rules.md, every rule explained",
    )


def _explain_arguments(explain: argparse.ArgumentParser) -> None:
    explain.add_argument("rule", help="a rule code (CRD001) or name (missing-credit)")


# --- the per-document time budget (checker/budget.py) -------------------------------------------------------------


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"not a number of seconds (0 or more): {text!r}")
    return value


def _timeout_option(*commands: argparse.ArgumentParser) -> None:
    for command in commands:
        command.add_argument(
            "--timeout",
            type=_seconds,
            metavar="SECONDS",
            help=f"time one document may take before it is reported as an error (default: the policy's timeout, "
            f"else {DEFAULT_SECONDS:g}; 0: no limit)",
        )


def _selectors(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _gate_options(check: argparse.ArgumentParser) -> None:
    """The options of `check` as a CI gate: rule selection, failing level, output, and which files are read."""
    rules = check.add_argument_group("rule selection (codes, names, code prefixes such as CRD, or ALL)")
    rules.add_argument("--select", type=_selectors, action="extend", metavar="RULES", help="only these rules")
    rules.add_argument(
        "--extend-select", type=_selectors, action="extend", default=[], metavar="RULES", help="these rules as well"
    )
    rules.add_argument(
        "--ignore", type=_selectors, action="extend", default=[], metavar="RULES", help="not these rules"
    )
    gate = check.add_argument_group("exit status and output")
    gate.add_argument(
        "--fail-on",
        choices=["error", "warning", "info"],
        default="error",
        help="exit 1 when a finding is at this severity or above (default: error)",
    )
    gate.add_argument(
        "--allow-no-articles",
        action="store_true",
        help="exit 0, not 2, when the paths hold no article (all skipped, or nothing there)",
    )
    gate.add_argument("--quiet", "-q", action="store_true", help="findings only: no summary line")
    gate.add_argument(
        "--statistics", action="store_true", help="a count per rule instead of the findings (text formats)"
    )
    gate.add_argument(
        "--color",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour text output (auto: on a terminal, unless NO_COLOR is set)",
    )
    files = check.add_argument_group("which files are read (gitignore patterns; added to the policy's [files])")
    files.add_argument("--include", action="append", default=[], metavar="GLOB", help="walk only files matching GLOB")
    files.add_argument("--exclude", action="append", default=[], metavar="GLOB", help="leave out files matching GLOB")
    files.add_argument(
        "--force-exclude", action="store_true", help="apply the exclude patterns to files named on the command line too"
    )
    files.add_argument(
        "--respect-gitignore",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="leave out what .gitignore files ignore (default: yes)",
    )


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser(argv).parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help
        return int(exc.code or 0)
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], _YOUNG_ALLOCATIONS), *thresholds[1:])
    try:
        if args.command == "rules":
            return _rules(args.format)
        if args.command == "explain":
            return _explain(args.rule)
        if args.command == "audit":
            return _audit(args)
        if args.command == "report":
            return _report(args)
        return _check(args)
    except Exception as exc:
        if not isinstance(exc, _usage_errors()):
            raise
        print(f"creditcheck: {exc}", file=sys.stderr)
        return 2
    finally:
        gc.set_threshold(*thresholds)


# Allocations between two collections of the youngest generation (Python's default: 700). An audit keeps every
# document's records until it writes them: 2,000 photos make about 100,000 objects, and at the default each
# collection of the older generations walks them all again (60-85 ms of a 0.5 s run here, measured with
# gc.callbacks). The records hold no reference cycles, so collecting less often frees nothing later.
_YOUNG_ALLOCATIONS = 100_000


def _usage_errors() -> tuple[type[Exception], ...]:
    """The errors that exit 2 with their message (imported only once one was raised)."""
    from checker.policy.baseline import BaselineError
    from checker.policy.codes import SelectorError

    return UsageError, ConfigError, BaselineError, SelectorError


def _policy(args) -> Policy:
    if args.config is not None:
        if not args.config.is_file():
            raise UsageError(f"--config {args.config}: no such file")
        return load(args.config)
    found = discover(Path(args.paths[0]))
    return load(found) if found else Policy()


def _selection(policy: Policy, args=None) -> Selection:
    """The files a run reads: the policy's [files], then the command line's patterns added."""
    files = policy.files
    exclude = (DEFAULT_EXCLUDE if files.exclude is None else files.exclude) + files.extend_exclude
    include = files.include
    gitignore, force = files.respect_gitignore, False
    if args is not None:
        exclude += tuple(args.exclude)
        include += tuple(args.include)
        gitignore = gitignore and args.respect_gitignore
        force = args.force_exclude
    selection = Selection(include, exclude, gitignore=gitignore, force_exclude=force, root=policy.root)
    if not include and exclude == DEFAULT_EXCLUDE:
        return selection  # the defaults compile; pathspec is loaded only once a pattern is matched
    try:
        selection.excluded(Path("x")), selection.included(Path("x"))  # compile now: a bad pattern is a usage error
    except ValueError as exc:
        raise UsageError(f"not a gitignore pattern: {exc}") from None
    return selection


def _rule_selection(policy: Policy, args) -> Policy:
    """--select, --extend-select and --ignore: the rules left out are turned off, so they count nowhere."""
    if args.select is None and not args.extend_select and not args.ignore:
        return policy
    from checker.policy.codes import chosen

    kept = chosen(args.select, args.extend_select, args.ignore)
    return policy.without(r.code for r in all_rules() if r.configurable and r.code not in kept)


def _color(choice: str, to_file: bool) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return not to_file and sys.stdout.isatty() and os.environ.get("TERM") != "dumb"


_FAIL_ON = {"error": ("errors",), "warning": ("errors", "warnings"), "info": ("errors", "warnings", "infos")}


def _check(args) -> int:
    if args.images is not None and not args.images.is_dir():
        raise UsageError(f"--images {args.images}: not a directory")
    if args.statistics and args.format not in ("text", "grouped"):
        raise UsageError(f"--statistics needs a text format (text or grouped), not {args.format}")
    policy = _policy(args)
    settings = Settings(
        policy=_rule_selection(policy, args),
        images_root=args.images,
        date=args.date,
        selection=_selection(policy, args),
    )
    settings.timeout = args.timeout
    if args.baseline or args.write_baseline:
        from checker.policy import baseline as baselines
    baseline = baselines.load(args.baseline) if args.baseline else None
    audit = audit_paths(args.paths, settings)
    if baseline is not None:
        audit.summary = summarise(audit.documents, audit.skipped, baselines.apply(audit, baseline), settings.policy)
    options = Options(color=_color(args.color, args.output is not None), quiet=args.quiet, statistics=args.statistics)
    report = render(args.format, audit, options)
    if args.output:
        try:
            tmp = args.output.with_name(args.output.name + ".tmp")
            tmp.write_text(report, encoding="utf-8")
            tmp.replace(args.output)
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
    else:
        sys.stdout.write(report)
    if args.format == "github":
        from checker.report import github_report

        _step_summary(github_report.step_summary(audit))
    if args.write_baseline:
        count = baselines.write(audit, args.write_baseline)
        if not args.quiet:
            print(f"creditcheck: wrote {count} findings to the baseline {args.write_baseline}", file=sys.stderr)
        return 0
    if audit.summary.documents == 0 and not args.allow_no_articles:
        print(f"creditcheck: {_nothing_read(args.paths, audit)}", file=sys.stderr)
        return 2
    failing = sum(getattr(audit.summary, level) for level in _FAIL_ON[args.fail_on])
    return 0 if args.exit_zero or not failing else 1


def _nothing_read(paths: list[str], audit) -> str:
    """Why a run that read no article exits 2: what was passed over, most frequent reasons first."""
    where = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
    reasons = Counter(skip.reason for skip in audit.skipped)
    told = "; ".join(f"{n} {reason}" for reason, n in reasons.most_common(3))
    passed = f" ({len(audit.skipped)} entries skipped: {told})" if reasons else " (nothing there)"
    return f"no article found in {where}{passed}; --allow-no-articles accepts that"


def _step_summary(markdown: str) -> None:
    """Findings past GitHub's annotation limits go to the job summary, when the run is a GitHub Actions step."""
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not markdown or not target:
        return
    try:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(markdown)
    except OSError as exc:
        print(f"creditcheck: cannot write the job summary {target}: {exc.strerror}", file=sys.stderr)


def _audit(args) -> int:
    from checker.archive.run import run_archive

    if args.images is not None and not args.images.is_dir():
        raise UsageError(f"--images {args.images}: not a directory")
    if args.engine == "dask" and not args.scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS")
    if args.jobs < 1:
        raise UsageError("--jobs must be at least 1")
    policy = _policy(args)
    settings = Settings(
        policy=policy,
        images_root=args.images,
        date=args.date,
        phash=args.images is not None,
        selection=_selection(policy),
    )
    settings.timeout = args.timeout
    cache = None if args.no_cache else (args.cache or Path(f"{args.out}.cache.sqlite"))
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        summary = run_archive(args.paths, settings, args.out, args.jobs, args.engine, args.scheduler, cache, progress)
    except KeyboardInterrupt:
        print(
            "\ncreditcheck: interrupted; finished documents are in the cache, run the same command to resume",
            file=sys.stderr,
        )
        return 130
    except RuntimeError as exc:
        raise UsageError(str(exc)) from None
    c = summary.counts
    print(
        f"{c.documents} documents ({c.computed} audited, {c.cached} from cache, {c.failed} failed, "
        f"{c.skipped} skipped), {summary.summary.images} images, {summary.reused_photos_total} photos credited "
        f"to more than one agency: {args.out}.jsonl, {args.out}.summary.json, {args.out}.agency-months.csv, "
        f"{args.out}.reused-photos.jsonl"
    )
    return 0 if args.exit_zero or not summary.summary.errors else 1


def _report_arguments(report: argparse.ArgumentParser) -> None:
    report.add_argument(
        "audit", metavar="AUDIT", type=Path, help="check's JSON, or an archive audit's PREFIX, .jsonl or .summary.json"
    )
    report.add_argument("--format", choices=["html", "csv"], default="html")
    report.add_argument("--output", "-o", metavar="FILE", type=Path, help="write here instead of stdout")
    report.add_argument("--images", metavar="DIR", type=Path, help="image files: thumbnails in the HTML report")
    report.add_argument("--title", help="the report's title")
    report.add_argument("--max-thumbnails", type=int, default=5000, metavar="N", help="thumbnails kept (default 5000)")


def _report(args) -> int:
    from checker.report import csv_report, html_report
    from checker.report.load import LoadError, load

    if args.images is not None and not args.images.is_dir():
        raise UsageError(f"--images {args.images}: not a directory")
    try:
        audit = load(args.audit)
    except LoadError as exc:
        raise UsageError(str(exc)) from None

    def emit(handle) -> None:
        if args.format == "csv":
            csv_report.write_loaded(audit, handle)
        else:
            html_report.write(audit, handle, args.images, args.title, args.max_thumbnails)

    if args.output is None:
        emit(sys.stdout)
        return 0
    tmp = args.output.with_name(args.output.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            emit(handle)
        tmp.replace(args.output)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror}") from None
    return 0


def _rules(fmt: str) -> int:
    from checker.report import ruleset

    if fmt == "markdown":
        sys.stdout.write(ruleset.markdown_table())
    elif fmt == "reference":
        sys.stdout.write(ruleset.markdown_reference())
    else:
        for rule in ruleset.all_rules():
            print(f"{rule.code:8} {rule.severity:8} {rule.name:32} {rule.summary}")
    return 0


def _explain(wanted: str) -> int:
    from checker.report import ruleset

    rule = find(wanted)
    if rule is None:
        from checker.policy.validate import did_you_mean

        close = did_you_mean(wanted, [name for r in ruleset.all_rules() for name in (r.code, r.name)])
        raise UsageError(f"no rule {wanted!r}{close} (`creditcheck rules` lists them)")
    sys.stdout.write(ruleset.explain(rule))
    return 0
