"""Regular expressions compiled the first time they are used, not when their module is imported.

The readers and the credit parser declare about 300 patterns at module level; compiling all of them took 60-70 ms of
a 180 ms one-page `creditcheck check`, and a page, a text or a photo uses about a third of them. `compile` returns
a stand-in that keeps the source (`.pattern`, so patterns can still be built from other patterns' sources at
import) and compiles on the first call of one of its methods; it then keeps that pattern's bound methods as its own
attributes, so each later `.search(...)` is one instance-dict lookup (about 5% slower than on the compiled pattern).
`re.compile` caches by source and flags, so two modules declaring the same pattern still share one compiled copy.

By hand because the standard library has no lazy compile and the `regex` package's is not lazy either. The stand-in
is typed as the pattern it stands for; functions of the `re` module (`re.sub(PATTERN, ...)`) do not accept it, so
code calls the pattern's own methods, as it does already.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class _Lazy:
    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def _compiled(self) -> re.Pattern[Any]:
        """Compiles, and shadows the class's methods below with the pattern's own bound ones (an instance's dict
        comes before a class's plain functions in attribute lookup)."""
        compiled = re.compile(self.pattern, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return compiled

    # each called at most once per pattern, on its first use
    def search(self, *args: Any) -> Any:
        return self._compiled().search(*args)

    def match(self, *args: Any) -> Any:
        return self._compiled().match(*args)

    def fullmatch(self, *args: Any) -> Any:
        return self._compiled().fullmatch(*args)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiled().split(*args, **kwargs)

    def findall(self, *args: Any) -> Any:
        return self._compiled().findall(*args)

    def finditer(self, *args: Any) -> Any:
        return self._compiled().finditer(*args)

    @property
    def flags(self) -> int:
        return re.compile(self.pattern, self._flags).flags

    @property
    def groups(self) -> int:
        return re.compile(self.pattern, self._flags).groups

    @property
    def groupindex(self) -> Any:
        return re.compile(self.pattern, self._flags).groupindex

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags!r})"


def compile(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """A pattern for `re.compile(pattern, flags)`, compiled when first used."""
    return cast("re.Pattern[AnyStr]", _Lazy(pattern, int(flags)))
