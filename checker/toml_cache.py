"""TOML parsed once: the parsed table kept in the user's cache folder, found again by the text it came from.

tomllib is pure Python: importing it (it compiles its patterns) and parsing agencies.toml took 4-5 ms of the 58 ms
a one-photo check takes, on every run. The parse is kept as marshal data, which loads in microseconds without an
import, in $CREDITCHECK_CACHE_DIR, else $XDG_CACHE_HOME/creditcheck, else ~/.cache/creditcheck. An entry is named by
a checksum of the text and holds the text itself: it is used only when that text is the text being read, byte for
byte, so an edited file is parsed again. A folder that cannot be read or written costs only the parse, and a damaged
entry is parsed again and rewritten. Entries are written to a temporary name and renamed into place, so processes
running side by side (an archive audit's workers) never read half an entry.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any


def cache_folder() -> Path:
    """Where creditcheck keeps what it computed once for every run."""
    chosen = os.environ.get("CREDITCHECK_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "creditcheck"


def load_toml(text: str) -> dict[str, Any]:
    """tomllib.loads(text), from the cache when it holds this text's parse."""
    entry = _entry(text)
    try:
        kept = marshal.loads(entry.read_bytes())
        if isinstance(kept, tuple) and len(kept) == 2 and kept[0] == text and isinstance(kept[1], dict):
            return kept[1]
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no entry yet, an unreadable folder or a damaged entry: parse
    import tomllib

    table = tomllib.loads(text)
    _keep(entry, text, table)
    return table


def _entry(text: str) -> Path:
    data = text.encode("utf-8", "surrogatepass")
    key = f"{zlib.crc32(data):08x}-{len(data)}"
    return cache_folder() / f"toml-{sys.implementation.cache_tag}-{key}.marshal"


def _keep(entry: Path, text: str, table: dict[str, Any]) -> None:
    try:
        data = marshal.dumps((text, table))
    except ValueError:
        return  # a value marshal cannot hold (a TOML date or time): parsed on every run
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    except OSError:
        pass  # a read-only or full disk: the next run parses again
