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

from types import TracebackType

DEFAULT_SECONDS = 60.0  # per document; `--timeout` and the policy's `timeout` change it, 0 turns it off
_REPEAT = 1.0  # after the first alarm, again every second: code that swallows the first one is stopped anyway

try:  # the built-in `_signal`: `signal` wraps it in enums, and `threading` would only say what `_signal` says
    import _signal

    _ALARM, _REAL = _signal.SIGALRM, _signal.ITIMER_REAL
except (ImportError, AttributeError):  # no setitimer (Windows)
    _ALARM = _REAL = -1


class BudgetExceeded(BaseException):
    """The document's time budget ran out. A BaseException, like KeyboardInterrupt, so that the `except
    Exception` with which readers keep one bad image from costing the page does not swallow it."""


def available() -> bool:
    """Whether a budget can be enforced here (a POSIX system, in the process's main thread)."""
    import threading  # (asked by tests and callers that want to know; a run never needs it: __enter__ tries)

    return _REAL >= 0 and threading.current_thread() is threading.main_thread()


class time_budget:
    """Raise BudgetExceeded in the block once `seconds` of wall time have passed; no budget for None or 0, or
    where none can be enforced. A class rather than a generator, and `_signal`'s functions rather than `signal`'s
    enum-converting wrappers: it is entered once per document, and a run of small photos has thousands."""

    __slots__ = ("previous", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds if seconds and seconds > 0 and _REAL >= 0 else None
        self.previous: object = None

    def __enter__(self) -> None:
        if self.seconds is not None:
            try:
                self.previous = _signal.signal(_ALARM, _overrun)
            except ValueError:  # not the main thread (a Dask worker's): no budget
                self.seconds = None
                return
            _signal.setitimer(_REAL, self.seconds, _REPEAT)

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self.seconds is not None:
            _signal.setitimer(_REAL, 0)
            _signal.signal(_ALARM, self.previous)


def _overrun(signum, frame) -> None:
    raise BudgetExceeded
