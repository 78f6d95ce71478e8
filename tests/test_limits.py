"""Unit tests of the limits behind the hostile suite: RE2 patterns with Python's Unicode classes, the time budget."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from checker.budget import BudgetExceeded, available, time_budget
from checker.policy.patterns import PatternError, compiled, fullmatch, unicode_classes


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"AP Photo/\w+", r"AP Photo/[\p{L}\p{N}\p{M}_]+"),
        (r"[\w .-]+", r"[\p{L}\p{N}\p{M}_ .-]+"),
        (r"\d{4}\s\S+\W", r"\p{Nd}{4}[\s\p{Z}\x{85}][^\s\p{Z}\x{85}]+[^\p{L}\p{N}\p{M}_]"),
        (r"[^\s\]]\\w", r"[^\s\p{Z}\x{85}\]]\\w"),  # an escaped ] stays in the class; an escaped \ is a backslash
        (r"[]\w]", r"[]\p{L}\p{N}\p{M}_]"),  # ] first in a class is a literal
        (r"\(AP\)\.\b", r"\(AP\)\.\b"),  # other escapes unchanged
    ],
)
def test_unicode_classes(pattern: str, expected: str) -> None:
    assert unicode_classes(pattern) == expected


def test_patterns_keep_their_python_meaning_and_match_in_linear_time(capfd: pytest.CaptureFixture[str]) -> None:
    assert fullmatch(r"\(AP Photo/\w+ \w+\)", "(AP Photo/José Pérez)")
    assert fullmatch(r"AP\sPhoto/\d+", "AP\u00a0Photo/١٢")  # a no-break space; Arabic-Indic digits
    assert not fullmatch(r"AP Photo/\w+", "AP Photo/Jane Doe")
    start = time.process_time()
    assert not fullmatch(r"(a+)+$", "a" * 100_000 + "/AP")  # Python's engine: exponential in the a's
    assert time.process_time() - start < 1
    for pattern, reason in ((r"(AP)\1", r"invalid escape sequence: \1"), ("(?=AP)", "invalid perl operator: (?=")):
        with pytest.raises(PatternError) as caught:
            compiled(pattern)
        assert str(caught.value) == reason
    assert capfd.readouterr().err == ""  # RE2 logs refused patterns to stderr unless told not to


@pytest.mark.skipif(not available(), reason="no interval timer here")
def test_the_budget_interrupts_a_loop_that_swallows_exceptions() -> None:
    start = time.monotonic()
    with pytest.raises(BudgetExceeded), time_budget(0.2):
        while True:
            with contextlib.suppress(Exception):  # a reader's "keep going": the budget is not an Exception
                sum(range(10_000))
    assert time.monotonic() - start < 5
    with time_budget(0.2):  # disarmed on the way out: nothing fires later
        pass
    time.sleep(0.4)


def test_no_budget_where_it_cannot_be_enforced() -> None:
    outcome: list[bool] = []

    def work() -> None:
        outcome.append(available())
        with time_budget(0.01):  # a thread: runs without a budget instead of failing
            time.sleep(0.05)
        outcome.append(True)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert outcome == [False, True]
    with time_budget(0):
        time.sleep(0.01)
