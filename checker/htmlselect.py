"""CSS selectors asked along one XPath axis from one element, evaluated by libxml2 in one step.

A list of simple selectors ("nav, footer, [class*=related]") becomes a single predicate,
`axis::*[self::nav or self::footer or (@class and contains(@class, 'related'))]`, so asking whether an image sits
in page chrome costs one query over its ancestors, not a scan of the page per selector.
"""

from __future__ import annotations

import re
from functools import cache

from cssselect import GenericTranslator
from cssselect import parse as parse_css
from cssselect.parser import CombinedSelector
from lxml import etree

_TRANSLATOR = GenericTranslator()


@cache
def _predicate(selector: str) -> str | None:
    """An XPath predicate for a list of simple selectors; None when one has a combinator."""
    conditions = []
    for part in parse_css(selector):
        if isinstance(part.parsed_tree, CombinedSelector):
            return None
        expr = _TRANSLATOR.xpath(part.parsed_tree)
        test = "true()" if expr.element == "*" else f"self::{expr.element}"
        conditions.append(f"({test} and ({expr.condition}))" if expr.condition else test)
    return " or ".join(conditions)


@cache
def query(selector: str, axis: str) -> etree.XPath:
    """Elements matching `selector` along `axis` ("ancestor", "ancestor-or-self", "descendant-or-self").

    Selectors with combinators fall back to cssselect's own translation, exact along the descendant axis.
    """
    predicate = _predicate(selector)
    if predicate is not None:
        return etree.XPath(f"{axis}::*[{predicate}]")
    return etree.XPath(_TRANSLATOR.css_to_xpath(selector, prefix="descendant-or-self::"))


_PATTERNS = {  # CSS attribute operators as regular expressions over the attribute value
    "exists": lambda want: "",
    "=": lambda want: f"^{want}$",
    "*=": lambda want: want,
    "^=": lambda want: f"^{want}",
    "$=": lambda want: f"{want}$",
    "~=": lambda want: rf"(?:^|\s){want}(?:\s|$)",
    "|=": lambda want: f"^{want}(?:-|$)",
}
_OPERATORS = {
    "exists": lambda have, want: True,
    "=": lambda have, want: have == want,
    "*=": lambda have, want: want in have,
    "^=": lambda have, want: have.startswith(want),
    "$=": lambda have, want: have.endswith(want),
    "~=": lambda have, want: want in have.split(),
    "|=": lambda have, want: have == want or have.startswith(want + "-"),
}


def _compile(node):
    """A Python test for one simple selector (tag, .class, #id, [attr op value]), or None."""
    kind = type(node).__name__
    if kind == "Element":
        tag = node.element
        return (lambda e: True) if tag in (None, "*") else (lambda e: e.tag == tag)
    inner = _compile(node.selector) if hasattr(node, "selector") else None
    if inner is None:
        return None
    if kind == "Class":
        name = node.class_name
        return lambda e: name in (e.get("class") or "").split() and inner(e)
    if kind == "Hash":
        ident = node.id
        return lambda e: e.get("id") == ident and inner(e)
    if kind == "Attrib" and node.namespace is None and node.operator in _OPERATORS:
        name, test = node.attrib, _OPERATORS[node.operator]
        want = getattr(node.value, "value", node.value)
        return lambda e: (have := e.get(name)) is not None and test(have, want) and inner(e)
    return None


@cache
def _tests(selector: str) -> tuple | None:
    """The selector list as tests: one grouped test for all single tag / attribute selectors (the common case,
    one attribute read per element), then one test per compound selector."""
    tags: set[str] = set()
    by_attribute: dict[str, list[tuple[str, str]]] = {}
    compound = []
    for part in parse_css(selector):
        node = part.parsed_tree
        kind = type(node).__name__
        bare = kind != "Element" and type(getattr(node, "selector", None)).__name__ == "Element" \
            and node.selector.element in (None, "*")
        if kind == "Element" and node.element not in (None, "*"):
            tags.add(node.element)
        elif bare and kind == "Attrib" and node.namespace is None and node.operator in _PATTERNS:
            by_attribute.setdefault(node.attrib, []).append((node.operator, getattr(node.value, "value", node.value)))
        elif bare and kind == "Class":
            by_attribute.setdefault("class", []).append(("~=", node.class_name))
        else:
            test = _compile(node)
            if test is None:
                return None
            compound.append(test)
    # every test on one attribute becomes one regular expression: one C call per attribute read
    patterns = [(name, re.compile("|".join(_PATTERNS[op](re.escape(want or "")) for op, want in checks)))
                for name, checks in by_attribute.items()]

    def grouped(e) -> bool:
        if e.tag in tags:
            return True
        for name, pattern in patterns:
            have = e.get(name)
            if have is not None and pattern.search(have):
                return True
        return False

    return (grouped, *compound)


@cache
def split_selector(selector: str) -> tuple[tuple, str]:
    """Python tests for the simple selectors of a list, and the rest (with combinators) as one selector."""
    parts = [part.canonical() for part in parse_css(selector)]
    simple = [p for p in parts if _tests(p) is not None]
    return (_tests(", ".join(simple)) if simple else ()), ", ".join(p for p in parts if _tests(p) is None)


class Matcher:
    """Whether single elements match a selector list, answered in Python and remembered per element.

    Cheaper than an XPath query when the same ancestors are asked about again and again (every image on a page
    shares most of its ancestors). Selectors with combinators are answered from one page-wide query.
    """

    def __init__(self, selector: str):
        self._tests, self._combined = split_selector(selector)
        self._known: dict = {}
        self._members: set | None = None

    def __call__(self, element) -> bool:
        known = self._known.get(element)
        if known is None:
            known = isinstance(element.tag, str) and (any(test(element) for test in self._tests)
                                                      or (bool(self._combined) and element in self._page(element)))
            self._known[element] = known
        return known

    def _page(self, element) -> set:
        if self._members is None:
            root = element.getroottree().getroot()
            self._members = set(query(self._combined, "descendant-or-self")(root))
        return self._members
