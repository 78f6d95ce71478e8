"""A time budget for one document's audit: past it, the work is interrupted and the document is reported as an
error, so that no input can hold up a run (a pathological page, a pattern that backtracks, a reader bug that
loops).

The mechanism is a POSIX interval timer (signal.setitimer, SIGALRM) whose handler raises BudgetExceeded in the
thread that set it. It works in the main thread of a process: `check`, and each worker process of `audit`'s
local engine. Where it cannot work (Windows, which has no setitimer; a thread other than the main one, as in a
Dask worker) documents run without a budget. Python checks for signals between bytecodes and inside the `re`
engine's matching loop, so pure-Python loops and regular expressions are interrupted promptly; a long call into
C that never returns to the interpreter (one libxml2 parse) is interrupted when it returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_SECONDS = 60.0  # per document; `--timeout` and the policy's `timeout` change it, 0 turns it off
_REPEAT = 1.0  # after the first alarm, again every second: code that swallows the first one is stopped anyway


class BudgetExceeded(BaseException):
    """The document's time budget ran out. A BaseException, like KeyboardInterrupt, so that the `except
    Exception` with which readers keep one bad image from costing the page does not swallow it."""


def available() -> bool:
    """Whether a budget can be enforced here (a POSIX system, in the process's main thread)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise BudgetExceeded in this block once `seconds` of wall time have passed; no budget for None or 0, or
    where none can be enforced."""
    if not seconds or seconds <= 0 or not available():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _overrun)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _overrun(signum, frame) -> None:
    raise BudgetExceeded
