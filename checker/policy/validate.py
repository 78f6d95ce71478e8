"""Checks on a policy before it is used: its shape against schemas/config.schema.json, then the names and patterns
in it against what creditcheck knows (rules, agencies) and can compile (regular expressions, CSS selectors).

Every problem is data, a Problem naming its key (`rules.CRD099`) and, where a known name is close, the one likely
meant; `config.load` reports them all at once and the CLI exits 2. A new section's checks are one function added
to CHECKS.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from difflib import SequenceMatcher, get_close_matches
from typing import TYPE_CHECKING, Any

from checker.credits.registry import default_registry
from checker.plain import Value
from checker.policy.patterns import PatternError, compiled
from checker.schemas_path import load_schema

if TYPE_CHECKING:
    import jsonschema

# Sections holding per-agency settings: their keys must name an agency.
AGENCY_KEYED = ("licences", "licenses", "credit_format")


class Problem(Value, frozen=True):
    """One thing wrong in a policy: where (a dotted key) and what."""

    key: str
    message: str

    def __str__(self) -> str:
        return f"{self.key or '(top level)'}: {self.message}"


def did_you_mean(wanted: str, choices: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the one known name closest to `wanted` (case aside), or '' when none is close or
    several are equally close (CRD099 is as near CRD001 as CRD007: a guess would mislead)."""
    by_fold: dict[str, str] = {}
    for choice in choices:
        by_fold.setdefault(choice.casefold(), choice)
    key = wanted.casefold()
    close = get_close_matches(key, by_fold, n=2, cutoff=0.6)
    if not close or (len(close) == 2 and _ratio(key, close[0]) == _ratio(key, close[1])):
        return ""
    return f"; did you mean {by_fold[close[0]]!r}?"


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def problems(policy: Mapping[str, Any]) -> list[Problem]:
    """Everything wrong with a policy (TOML dates already turned into ISO strings), sorted by key."""
    found = set(schema_problems(policy))
    for check in CHECKS:
        found.update(check(policy))
    return sorted(found, key=lambda problem: (problem.key, problem.message))


def schema_problems(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """The policy against schemas/config.schema.json; for each error, the most relevant part (jsonschema's
    best_match: the deepest error inside a "one of these shapes")."""
    import jsonschema  # only when a policy is given: importing it costs more than most runs
    from jsonschema.exceptions import best_match

    schema = load_schema("config.schema.json")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    for error in validator.iter_errors(policy):
        yield from _described(best_match([error]) or error)


def _described(error: jsonschema.ValidationError) -> Iterator[Problem]:
    path = list(error.absolute_path)
    if "propertyNames" in error.absolute_schema_path:
        path.append(error.instance)  # the error is about a key: name it
    key = _key(path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        for extra in sorted(set(error.instance) - set(known)):
            yield Problem(_key([*error.absolute_path, extra]), f"unknown setting{did_you_mean(extra, known)}")
    elif error.validator in ("oneOf", "anyOf", "pattern") and error.schema.get("description"):
        yield Problem(key, f"{_short(error.instance)} is not {error.schema['description']}")
    else:
        yield Problem(key, error.message)


def check_rules(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[rules]: every key names a rule that the policy can configure, each rule at most once."""
    table = policy.get("rules")
    if not isinstance(table, dict):
        return
    from checker.rules import all_rules  # here, not at import: the rules import the policy model

    rules = all_rules()
    by_name = {name: rule for rule in rules for name in (rule.code, rule.name)}
    seen: dict[str, str] = {}
    for key in table:
        rule = by_name.get(key)
        if rule is None:
            names = [name for r in rules if r.configurable for name in (r.code, r.name)]
            yield Problem(f"rules.{key}", f"no such rule{did_you_mean(key, names)}")
        elif not rule.configurable:
            yield Problem(f"rules.{key}", f"{rule.code} cannot be configured (`creditcheck explain {rule.code}`)")
        elif rule.code in seen:
            yield Problem(f"rules.{key}", f"{rule.code} is set twice (also as {seen[rule.code]!r})")
        else:
            seen[rule.code] = key


def check_agency_keys(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[licences] and [credit_format]: every key is an agency slug of the registry or of the policy's [agencies]."""
    registry = default_registry()
    extra = policy.get("agencies")
    known = {*registry.agencies, *(extra if isinstance(extra, dict) else ())}
    for section in AGENCY_KEYED:
        table = policy.get(section)
        if not isinstance(table, dict):
            continue
        for key in table:
            if key in known:
                continue
            named = registry.match(key.replace("-", " ").replace("_", " "))  # "getty-images" names getty
            hint = f"; did you mean {named[0]!r}?" if named else did_you_mean(key, known)
            yield Problem(f"{section}.{key}", f"unknown agency{hint} (agencies of your own go under [agencies])")


def check_licence_spelling(policy: Mapping[str, Any]) -> Iterator[Problem]:
    if "licences" in policy and "licenses" in policy:
        yield Problem("licenses", "give the licences once, as [licences] or as [licenses]")


def check_licence_periods(policy: Mapping[str, Any]) -> Iterator[Problem]:
    for section in ("licences", "licenses"):
        table = policy.get(section)
        for agency, value in table.items() if isinstance(table, dict) else ():
            periods = value if isinstance(value, list) else [value]
            for period in periods:
                if not isinstance(period, dict):
                    continue
                start, end = period.get("start"), period.get("end")
                if isinstance(start, str) and isinstance(end, str) and start > end:
                    yield Problem(f"{section}.{agency}", f"ends ({end}) before it starts ({start})")


def check_credit_formats(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[credit_format]: every value compiles with RE2, which matches in linear time (patterns.py); a pattern
    RE2 refuses (bad syntax, or a backreference or lookaround, which can take exponential time) is refused."""
    table = policy.get("credit_format")
    for agency, pattern in table.items() if isinstance(table, dict) else ():
        if isinstance(pattern, str):
            try:
                compiled(pattern)
            except PatternError as exc:
                yield Problem(
                    f"credit_format.{agency}",
                    "not an RE2 regular expression (Python's syntax without backreferences or lookaround, matched "
                    f"in linear time): {exc}",
                )


def check_html_selectors(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[html]: every value is a CSS selector list the HTML reader can use (cssselect parses and translates it)."""
    table = policy.get("html")
    if not isinstance(table, dict):
        return
    from cssselect import GenericTranslator, SelectorError  # only for a policy with [html]

    translator = GenericTranslator()
    for key, selector in table.items():
        if not isinstance(selector, str):
            continue
        if not selector.strip():
            yield Problem(f"html.{key}", "empty selector")
            continue
        try:
            translator.css_to_xpath(selector)
        except SelectorError as exc:
            yield Problem(f"html.{key}", f"not a CSS selector the reader supports: {selector!r} ({exc})")


def check_per_file_ignores(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[per-file-ignores]: every pattern is a gitignore pattern, every selector names a rule, prefix or ALL."""
    table = policy.get("per-file-ignores")
    if not isinstance(table, dict):
        return
    from checker.policy.codes import SelectorError, expand  # here: the rules import the policy model

    for pattern, selectors in table.items():
        yield from _pattern_problems(f"per-file-ignores.{pattern}", [pattern])
        for selector in selectors if isinstance(selectors, list) else ():
            if not isinstance(selector, str):
                continue
            try:
                expand(selector)
            except SelectorError as exc:
                yield Problem(f"per-file-ignores.{pattern}", str(exc))


def check_file_patterns(policy: Mapping[str, Any]) -> Iterator[Problem]:
    """[files]: include and exclude are gitignore patterns."""
    table = policy.get("files")
    for key, patterns in table.items() if isinstance(table, dict) else ():
        if isinstance(patterns, list) and all(isinstance(p, str) for p in patterns):
            yield from _pattern_problems(f"files.{key}", patterns)


def _pattern_problems(key: str, patterns: list[str]) -> Iterator[Problem]:
    import pathspec

    for pattern in patterns:
        try:
            pathspec.GitIgnoreSpec.from_lines([pattern], backend="simple")
        except (ValueError, TypeError) as exc:
            yield Problem(key, f"not a gitignore pattern: {pattern!r} ({exc})")


CHECKS: list[Callable[[Mapping[str, Any]], Iterable[Problem]]] = [
    check_rules,
    check_agency_keys,
    check_licence_spelling,
    check_licence_periods,
    check_credit_formats,
    check_html_selectors,
    check_per_file_ignores,
    check_file_patterns,
]


def _key(path: Iterable[Any]) -> str:
    return ".".join(str(part) for part in path)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
