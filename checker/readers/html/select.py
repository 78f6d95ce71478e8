"""Which of several CSS selector lists an element matches, answered one element at a time in Python.

The reader asks only about elements near images (their ancestors, the few nodes of a figure), so testing those
elements beats any page-wide query. Tests are grouped by attribute: each attribute the lists look at is read once
per element, because an lxml attribute read costs more than the regular expression run on it. Selectors with
combinators ("figcaption small") are answered by cssselect's XPath translation, the reference for all of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from cssselect import GenericTranslator
from cssselect import parse as parse_css
from lxml import etree

from checker import lazy_re

_TRANSLATOR = GenericTranslator()
_ANY_CASE = ("class", "id")  # attributes whose values are matched ignoring case

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


@cache
def query(selector: str) -> etree.XPath:
    """All elements matching `selector` in a subtree, its root included (cssselect's own translation)."""
    return etree.XPath(_TRANSLATOR.css_to_xpath(selector, prefix="descendant-or-self::"))


def _compile(node) -> Callable | None:
    """A Python test for one compound selector (tag.class#id[attr op value]); None if it has a combinator."""
    kind = type(node).__name__
    if kind == "Element":
        tag = node.element
        return (lambda e: True) if tag in (None, "*") else (lambda e: e.tag == tag)
    inner = _compile(node.selector) if kind in ("Class", "Hash", "Attrib") else None
    if inner is None:
        return None
    if kind == "Class":
        name = node.class_name.lower()
        return lambda e: name in (e.get("class") or "").lower().split() and inner(e)
    if kind == "Hash":
        ident = node.id.lower()
        return lambda e: (e.get("id") or "").lower() == ident and inner(e)
    if node.namespace is None and node.operator in _OPERATORS:
        name, test = node.attrib, _OPERATORS[node.operator]
        want = getattr(node.value, "value", node.value)
        return lambda e: (have := e.get(name)) is not None and test(have, want) and inner(e)
    return None


def _single_attribute(node: Any) -> tuple[str, str, str] | None:
    """(attribute, operator, value) for a selector that tests one attribute of any element: .x, [a], [a*=x]."""
    kind = type(node).__name__
    inner = getattr(node, "selector", None)
    if inner is None or type(inner).__name__ != "Element" or inner.element not in (None, "*"):
        return None
    if kind == "Class":
        return "class", "~=", node.class_name
    if kind == "Hash":
        return "id", "=", node.id
    if kind == "Attrib" and node.namespace is None and node.operator in _PATTERNS:
        return node.attrib, node.operator, getattr(node.value, "value", node.value) or ""
    return None


class _Plan:
    """Selector lists compiled for classification: bit i of a result stands for list i."""

    def __init__(self, selectors: Sequence[str]):
        self.tags: dict[str, int] = {}
        checks: dict[str, dict[int, list[tuple[str, str]]]] = {}  # attribute -> bit -> (operator, value)
        self.compound: list[tuple[Callable, int]] = []
        self.combined: list[tuple[str, int]] = []
        self.leading: list[tuple[str, ...] | None] = []  # per combined entry: its parts' first tags, if all have one
        for index, selector_list in enumerate(selectors):
            bit = 1 << index
            rest = []
            leading: list[str | None] = []
            for part in parse_css(selector_list):
                node: Any = part.parsed_tree
                single = _single_attribute(node)
                if type(node).__name__ == "Element" and node.element not in (None, "*"):
                    self.tags[node.element] = self.tags.get(node.element, 0) | bit
                elif single is not None:
                    name, operator, want = single
                    checks.setdefault(name, {}).setdefault(bit, []).append((operator, want))
                elif (test := _compile(node)) is not None:
                    self.compound.append((test, bit))
                else:
                    rest.append(part.canonical())
                    leading.append(_leading_tag(node))
            if rest:
                self.combined.append((", ".join(rest), bit))
                tags = tuple(dict.fromkeys(tag for tag in leading if tag is not None))
                self.leading.append(tags if None not in leading else None)
        # one regular expression per (attribute, list): one C call per attribute read. Class names and ids are
        # matched ignoring case: publishers write them in camelCase ("apCaption", "displayCopyright")
        self.attributes = []
        for name, by_bit in checks.items():
            if name in _ANY_CASE:
                by_bit = {bit: [(op, want.lower()) for op, want in wanted] for bit, wanted in by_bit.items()}
            tests = [(re.compile(_source(wanted)), bit) for bit, wanted in by_bit.items()]
            # most values match no list: one search for the words every test needs says so before a search per
            # list (a value holds no list's word)
            words = [want for wanted in by_bit.values() for _, want in wanted]
            anything = re.compile(_any_of(words)) if len(tests) > 1 and all(words) else None
            self.attributes.append((name, tests, anything))


def _source(wanted: list[tuple[str, str]]) -> str:
    """One pattern for a list's tests of an attribute: a search for any of its words when all are [a*=word]."""
    if all(operator == "*=" for operator, _ in wanted):
        return _any_of([want for _, want in wanted])
    return "|".join(_PATTERNS[operator](re.escape(want)) for operator, want in wanted)


def _any_of(words: list[str]) -> str:
    """A pattern that a text matches when it holds any of the (non-empty) words, as a trie ("a(?:dvert|rticle)"):
    an alternation of the words is tried word by word at each position of the text, a trie letter by letter."""
    if "" in words:
        return ""  # the empty word is in every text
    kept = sorted({w for w in words if not any(v != w and v in w for v in words)})  # "photo" makes "photos" moot
    return _trie(kept)


def _trie(words: list[str]) -> str:
    """The trie pattern of words none of which starts another."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + (_trie(rests) if rests != [""] else "") for first, rests in groups.items()]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_PLAIN_TAG = lazy_re.compile(r"^[a-z][a-z0-9-]*$")


def _leading_tag(node: Any) -> str | None:
    """The tag the first compound of a selector names ("figcaption" of "figcaption small"), or None. Queried
    with the descendant-or-self axis, the selector matches nothing in a subtree without that tag."""
    while type(node).__name__ == "CombinedSelector":
        node = node.selector
    while type(node).__name__ != "Element":
        node = getattr(node, "selector", None)
        if node is None:
            return None
    tag = node.element
    return tag if node.namespace is None and tag and _PLAIN_TAG.match(tag) else None


@cache
def _plan(selectors: tuple[str, ...]) -> _Plan:
    return _Plan(selectors)


class Classifier:
    """The bit mask of the selector lists each element matches (bit i: `selectors[i]`), remembered per element.

    Elements are those of one page: selectors with combinators are answered from one query over it, made only if
    such a selector is configured. `simple` leaves them out, for callers that query a subtree themselves.
    Hot loops read `known` first and call `classify` only for an element not seen before.
    """

    def __init__(self, selectors: Sequence[str]):
        plan = _plan(tuple(selectors))
        self._tags, self._compound, self.combined = plan.tags, plan.compound, plan.combined
        self._leading = plan.leading
        # attribute -> (checks, {value: bits}): a page repeats its class names, each value is tested once
        self._attributes: dict[str, tuple[list, dict, re.Pattern | None]] = {
            name: (checks, {}, anything) for name, checks, anything in plan.attributes
        }
        self.known: dict = {}  # element -> bits, all selectors
        self._simple: dict = {}  # element -> bits, selectors without combinators
        self._page: dict | None = None  # element -> bits, from the combined selectors

    def simple(self, element) -> int:
        """The bits of the selectors without combinators."""
        bits = self._simple.get(element)
        if bits is None:
            bits = self._simple[element] = self._classify(element)
        return bits

    def __call__(self, element) -> int:
        bits = self.known.get(element)
        return self.classify(element) if bits is None else bits

    def classify(self, element) -> int:
        """The element's bits, computed and remembered (those of the simple selectors shared with `simple`)."""
        bits = self._simple.get(element)
        if bits is None:
            bits = self._simple[element] = self._classify(element)
        if self.combined:
            if self._page is None:
                self._page = self.within(element.getroottree().getroot())
            bits |= self._page.get(element, 0)
        self.known[element] = bits
        return bits

    def within(self, scope) -> dict:
        """{element: bits} for the selectors with combinators, over `scope` and its descendants."""
        found: dict = {}
        for (selector, bit), leading in zip(self.combined, self._leading, strict=True):
            if leading is not None and all(next(scope.iter(tag), None) is None for tag in leading):
                continue  # the subtree lacks the tag every part of the selector starts from
            for element in query(selector)(scope):
                found[element] = found.get(element, 0) | bit
        return found

    def _classify(self, element) -> int:
        tag = element.tag
        if not isinstance(tag, str):
            return 0  # comments, processing instructions
        bits = self._tags.get(tag, 0)
        attributes = self._attributes
        for name in element.keys():  # noqa: SIM118 (an lxml element iterates its children) one call for the names, then a read only of the attributes tested
            tested = attributes.get(name)
            if tested is not None:
                value = element.get(name)
                found = tested[1].get(value)
                if found is None:
                    found = 0
                    have = value.lower() if name in _ANY_CASE else value
                    if tested[2] is None or tested[2].search(have):
                        for pattern, bit in tested[0]:
                            if pattern.search(have):
                                found |= bit
                    tested[1][value] = found
                bits |= found
        for test, bit in self._compound:
            if not bits & bit and test(element):
                bits |= bit
        return bits
