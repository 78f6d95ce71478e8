"""Rule selectors, as --select/--ignore/--extend-select and [per-file-ignores] take them: a rule's code (CRD006),
its name (unknown-agency), a code prefix (CRD, CRD00, META) or ALL.

DOC001 (a document that could not be read) is no rule a policy can switch off: a selector that names it is an
error, and prefixes and ALL leave it out.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from checker.policy.validate import did_you_mean


class SelectorError(ValueError):
    """A selector that names no rule."""


@lru_cache(maxsize=1024)
def expand(selector: str) -> tuple[str, ...]:
    """The codes of the configurable rules a selector names, in code order; SelectorError when it names none."""
    from checker.rules import all_rules  # here, not at import: the rules import the policy model

    rules = all_rules()
    wanted = selector.strip()
    upper = wanted.upper()
    for rule in rules:
        if upper == rule.code or wanted == rule.name:
            if not rule.configurable:
                raise SelectorError(f"{rule.code} cannot be selected or ignored (`creditcheck explain {rule.code}`)")
            return (rule.code,)
    if upper == "ALL":
        return tuple(r.code for r in rules if r.configurable)
    if upper.isalnum() and upper[:1].isalpha():
        matched = tuple(r.code for r in rules if r.configurable and r.code.startswith(upper))
        if matched:
            return matched
    names = [name for r in rules if r.configurable for name in (r.code, r.name)]
    raise SelectorError(f"{selector!r} names no rule, code prefix or ALL{did_you_mean(wanted, names)}")


def expand_all(selectors: Iterable[str]) -> set[str]:
    """The codes several selectors name together."""
    codes: set[str] = set()
    for selector in selectors:
        codes.update(expand(selector))
    return codes


def chosen(select: Iterable[str] | None, extend: Iterable[str] = (), ignore: Iterable[str] = ()) -> set[str]:
    """The codes a run keeps: --select (default ALL) plus --extend-select, less --ignore (as ruff combines them)."""
    kept = expand_all(["ALL"] if select is None else select) | expand_all(extend)
    return kept - expand_all(ignore)
