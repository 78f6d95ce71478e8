"""Rules judge an Article and report Findings. Each rule is one function registered with @rule."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from importlib import import_module

from checker.credits.registry import Registry
from checker.model import Article, Finding, Severity
from checker.plain import Value, field
from checker.policy.config import Policy
from checker.textnorm import cleandoc

# A rule yields (image index or None for the whole article, message).
Hit = tuple[int | None, str]


class Context(Value, frozen=True):
    registry: Registry
    policy: Policy = field(default_factory=Policy)


Check = Callable[[Article, "Context"], Iterable[Hit]]


class Rule(Value, frozen=True):
    """A rule and its documentation, kept together (`creditcheck explain`, docs/rules.md and the README table are
    rendered from these fields; tests/rules/test_docs.py fails when one is missing or a rendering is stale)."""

    code: str
    name: str
    severity: Severity
    summary: str  # one line: what it catches
    checks: list[Check]  # one rule may judge several kinds of evidence (CRD003: page and embedded credits)
    why: str = ""  # why it matters to a licensing editor, and to an agency's enforcement
    fires: str = ""  # an example that fires
    passes: str = ""  # a close example that does not
    fix: str = ""  # what to change so it no longer fires
    settings: str = ""  # policy settings beyond [rules] that change what the rule does
    configurable: bool = True  # whether [rules] and inline ignores can change or silence it

    def hits(self, article: Article, context: Context) -> Iterator[Hit]:
        for check in self.checks:
            yield from check(article, context)

    @property
    def help(self) -> str:
        """What the rule checks, in detail: the docstrings of its checks."""
        return "\n\n".join(cleandoc(c.__doc__) for c in self.checks if c.__doc__)


RULES: dict[str, Rule] = {}


def rule(
    code: str,
    name: str,
    severity: Severity,
    summary: str = "",
    *,
    why: str = "",
    fires: str = "",
    passes: str = "",
    fix: str = "",
    settings: str = "",
):
    """Register a check under a rule code, with the rule's documentation. A second check for the same code adds to
    the first: it repeats the code, name and severity (checked) and leaves the documentation to the first."""
    doc = cleandoc
    documented = Rule(
        code,
        name,
        severity,
        doc(summary),
        [],
        why=doc(why),
        fires=doc(fires),
        passes=doc(passes),
        fix=doc(fix),
        settings=doc(settings),
    )

    def register(check: Check) -> Check:
        global _registered
        _registered += 1
        known = RULES.setdefault(code, documented)
        if known is not documented and (
            (known.name, known.severity) != (name, severity) or any((summary, why, fires, passes, fix, settings))
        ):
            raise ValueError(f"{code}: a further check repeats the name and severity and adds no documentation")
        known.checks.append(check)
        return check

    return register


def run(article: Article, context: Context) -> list[Finding]:
    """Every rule over the article's content images. Chrome images are listed, never judged; an image the reader
    was unsure of is judged, but raises nothing above a warning (precision first: no error on doubtful evidence)."""
    judged = article
    if any(i.role == "chrome" for i in article.images):
        judged = article.model_copy(update={"images": [i for i in article.images if i.role != "chrome"]})
    findings: list[Finding] = []
    for item, severity, check in _active(context.policy):
        for image, message in check(judged, context):
            record = article.images[image] if image is not None else None
            if record is not None and _ignored(record.ignore, item):
                continue
            shown = severity
            if record is not None and record.role == "unsure" and severity == "error":
                shown, message = "warning", f"{message} (reported as a warning: {record.evidence.role_reason})"
            findings.append(
                Finding(
                    rule=item.code,
                    name=item.name,
                    severity=shown,
                    message=message,
                    image=image,
                    location=record.location if record is not None else None,
                )
            )
    findings.sort(key=lambda f: (-1 if f.image is None else f.image, f.rule))
    return findings


_registered = 0  # checks registered so far: a change of RULES invalidates _active's memo
_last_active: tuple[Policy, dict[str, str], tuple[int, int], list[tuple[Rule, str, Check]]] | None = None


def _active(policy: Policy) -> list[tuple[Rule, str, Check]]:
    """Each check of the rules the policy leaves on, with its rule's severity: worked out once while the policy, its
    [rules] and the registry stay the same (one policy judges every document of a run but those under
    [per-file-ignores])."""
    global _last_active
    registry = (_registered, len(RULES))
    last = _last_active
    if last is not None and last[0] is policy and last[2] == registry and last[1] == policy.rules:
        return last[3]
    active: list[tuple[Rule, str, Check]] = []
    for item in RULES.values():
        severity = policy.severity(item.code, item.name, item.severity)
        if severity is not None:  # None: turned off by the policy
            active.extend((item, severity, check) for check in item.checks)
    _last_active = (policy, dict(policy.rules), registry, active)
    return active


def _ignored(ignore: list[str], item: Rule) -> bool:
    """Inline suppression (HTML data-creditcheck-ignore): by code, by name, or "*" for every rule."""
    return bool(ignore) and ("*" in ignore or item.code in ignore or item.name in ignore)


def all_rules() -> list[Rule]:
    """Every rule a report may name, by code: the registered rules and DOC001 (a document that could not be read)."""
    from checker.rules.document import DOCUMENT_RULE

    return sorted([DOCUMENT_RULE, *RULES.values()], key=lambda r: r.code)


def find(wanted: str) -> Rule | None:
    """A rule by code (any case) or name."""
    return next((r for r in all_rules() if wanted.upper() == r.code or wanted == r.name), None)


def _load() -> Iterator[str]:
    for module in ("caption", "credit", "artifact", "a11y", "metadata", "provenance", "image", "licence"):
        import_module(f"checker.rules.{module}")
        yield module


LOADED = tuple(_load())
