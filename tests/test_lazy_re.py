"""Patterns compiled on first use: the same answers as re's, one compile, none at declaration."""

from __future__ import annotations

import re

import pytest

from checker import lazy_re


def test_compiles_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    pattern = lazy_re.compile(r"credit:\s*(\w+)", re.IGNORECASE)
    assert calls == []
    assert pattern.pattern == r"credit:\s*(\w+)"  # sources compose without compiling
    assert calls == []
    match = pattern.search("Photo CREDIT: Reuters")
    assert match is not None and match.group(1) == "Reuters"
    assert pattern.findall("credit: AP, credit: AFP") == ["AP", "AFP"]
    assert calls == [r"credit:\s*(\w+)"]
    assert isinstance(pattern.search.__self__, re.Pattern)  # later calls go straight to the compiled pattern


@pytest.mark.parametrize(
    ("method", "args"),
    [
        ("search", ("a Getty b",)),
        ("match", ("Getty Images",)),
        ("fullmatch", ("Getty",)),
        ("findall", ("Getty, getty",)),
        ("split", ("x Getty y",)),
        ("sub", ("AFP", "Getty / Getty")),
        ("subn", ("AFP", "Getty / Getty")),
    ],
)
def test_same_answers_as_re(method: str, args: tuple[str, ...]) -> None:
    eager, lazy = re.compile(r"getty", re.IGNORECASE), lazy_re.compile(r"getty", re.IGNORECASE)
    expected, got = getattr(eager, method)(*args), getattr(lazy, method)(*args)
    if isinstance(expected, re.Match):
        assert isinstance(got, re.Match) and got.span() == expected.span()
    else:
        assert got == expected
    assert [m.span() for m in lazy.finditer("Getty getty")] == [(0, 5), (6, 11)]
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (eager.flags, eager.groups, dict(eager.groupindex))


def test_bytes_patterns() -> None:
    pattern = lazy_re.compile(rb"</x:xmpmeta\s*>")
    assert pattern.search(b"<x:xmpmeta></x:xmpmeta >") is not None
