"""The agency registry: checker/credits/agencies.toml loaded into typed records with an alias index."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, cached_property
from pathlib import Path

from checker.plain import Value, field
from checker.textnorm import fold
from checker.toml_cache import load_toml


class Agency(Value, frozen=True):
    """One agency of agencies.toml (or of a policy's [agencies], checked by its schema first). A plain value class:
    the registry is built on every run, and a pydantic model here would cost its start-up."""

    id: str
    name: str
    aliases: tuple[str, ...]
    noncanonical: dict[str, str] = field(default_factory=dict)
    names_photographer: bool = False
    writes_news: bool = False  # a wire service whose name also stands alone as a text's source or byline ("AP")
    style: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "aliases", tuple(self.aliases))  # TOML arrays are lists


class Registry:
    """Finds the agencies named in one part of a credit."""

    def __init__(self, agencies: list[Agency]):
        self.agencies = {a.id: a for a in agencies}
        self._exact: dict[str, str] = {}  # folded alias -> agency id
        inner: list[tuple[str, str]] = []  # (alias, id) that may stand inside a longer part
        upper: list[tuple[str, str]] = []  # short all-caps aliases found as upper-case words
        for agency in agencies:
            for alias in (agency.name, *agency.aliases):
                self._exact.setdefault(fold(alias), agency.id)
                if len(alias) >= 4 or " " in alias:
                    inner.append((alias, agency.id))
                elif alias.isupper():
                    upper.append((alias, agency.id))
        inner.sort(key=lambda pair: -len(pair[0]))  # longest alias wins at a position
        self._aliases = inner, upper  # compiled into alternations when a part first needs them (_patterns)
        self._ids = {**{fold(a): i for a, i in inner}, **{a: i for a, i in upper}}
        self.alias_keys = frozenset(self._exact)  # every name and alias, folded
        # every alias starts with one of these words: a part without any of them names no agency
        self._first_words = {fold(alias).split()[0] for alias, _ in (*inner, *upper) if fold(alias)}

    def match(self, part: str, key: str | None = None) -> tuple[str, str] | None:
        """The agency a credit part names, as (agency id, alias as written in the part), or None.
        `key` is fold(part), when the caller has it."""
        key = fold(part) if key is None else key
        if not key:
            return None
        if key in self._exact:
            return self._exact[key], part.strip()
        if self._first_words.isdisjoint(key.split()):
            return None  # most parts (names, places) end here, before the long alternations
        for pattern, normalise in self._patterns:
            hit = pattern.search(part) if pattern else None
            if hit:
                return self._ids[normalise(hit.group(0))], hit.group(0)
        return None

    @cached_property
    def _patterns(self) -> tuple[tuple[re.Pattern[str] | None, Callable[[str], str]], ...]:
        """The aliases that may stand inside a longer part, then the short upper-case ones, as regex alternations."""
        inner, upper = self._aliases
        return (_alternation(inner, re.IGNORECASE), fold), (_alternation(upper, 0), str)

    def noncanonical(self, agency_id: str, written: str) -> str | None:
        """The canonical form when `written` is a misspelt or retired alias of the agency."""
        for alias, better in self.agencies[agency_id].noncanonical.items():
            if fold(alias) == fold(written):
                return better
        return None


def _alternation(pairs: list[tuple[str, str]], flags: int) -> re.Pattern[str] | None:
    if not pairs:
        return None
    body = "|".join(re.escape(alias) for alias, _ in pairs)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def load(text: str) -> Registry:
    data = load_toml(text)  # agencies.toml's parse, kept between runs (checker/toml_cache.py)
    return Registry([Agency(id=key, **value) for key, value in data.items()])


@cache
def default_registry() -> Registry:
    beside = Path(__file__).with_name("agencies.toml")
    if beside.is_file():  # an installed or checked-out package: no need for importlib.resources (and tempfile)
        return load(beside.read_text(encoding="utf-8"))
    from importlib import resources

    return load(resources.files("checker.credits").joinpath("agencies.toml").read_text(encoding="utf-8"))
