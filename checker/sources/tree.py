"""Directory trees: every file in a stable order; hidden entries, configuration and unlistable folders are Skipped."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from checker.model import Skipped

POLICY_FILES = {"creditcheck.toml", "pyproject.toml"}


def walk(root: Path) -> Iterator[Path | Skipped]:
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop()
            yield Skipped(source=str(error.filename), reason=f"cannot list directory: {error.strerror}")
        dirs.sort()
        for hidden in [d for d in dirs if d.startswith(".")]:
            dirs.remove(hidden)
            yield Skipped(source=str(Path(folder, hidden)), reason="hidden directory")
        for file in sorted(files):
            path = Path(folder, file)
            if file.startswith("."):
                yield Skipped(source=str(path), reason="hidden file")
            elif file in POLICY_FILES or path.suffix == ".toml":
                yield Skipped(source=str(path), reason="configuration file")
            else:
                yield path
    for error in unreadable:
        yield Skipped(source=str(error.filename), reason=f"cannot list directory: {error.strerror}")
