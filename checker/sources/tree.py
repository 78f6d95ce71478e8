"""Directory trees: every file in a stable order. Hidden entries, configuration, unlistable folders, and whatever
the selection leaves out (exclude patterns, .gitignore, files include does not name) are Skipped, with the reason."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from checker.model import Skipped
from checker.sources.select import GitIgnores, Selection, relative

POLICY_FILES = {"creditcheck.toml", "pyproject.toml"}


def display(path: Path | str) -> str:
    """A file name as reports show it: bytes that are not UTF-8 (kept by the file system as lone surrogates, which
    no encoder accepts) written as \\xNN escapes."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def walk(root: Path, selection: Selection | None = None) -> Iterator[Path | Skipped]:
    selection = selection or Selection()
    ignores = GitIgnores(root) if selection.gitignore else None
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        while unreadable:
            error = unreadable.pop()
            yield Skipped(source=display(error.filename), reason=f"cannot list directory: {error.strerror}")
        if ignores is not None:
            ignores.enter(Path(folder))
        dirs.sort()
        for name in list(dirs):
            path = Path(folder, name)
            reason = "hidden directory" if name.startswith(".") else _left_out(path, True, selection, ignores)
            if reason:
                dirs.remove(name)
                yield Skipped(source=display(path), reason=reason)
        for file in sorted(files):
            path = Path(folder, file)
            if file.startswith("."):
                yield Skipped(source=display(path), reason="hidden file")
            elif reason := _left_out(path, False, selection, ignores):
                yield Skipped(source=display(path), reason=reason)
            elif file in POLICY_FILES or path.suffix == ".toml":
                yield Skipped(source=display(path), reason="configuration file")
            elif not selection.walks_to(path):
                yield Skipped(source=display(path), reason="not matched by the include patterns")
            else:
                yield path
    for error in unreadable:
        yield Skipped(source=display(error.filename), reason=f"cannot list directory: {error.strerror}")


def _left_out(path: Path, is_dir: bool, selection: Selection, ignores: GitIgnores | None) -> str | None:
    pattern = selection.excluded(path, is_dir)
    if pattern is not None:
        return f"excluded by the pattern {pattern!r}"
    ignored = ignores.ignored(path, is_dir) if ignores is not None else None
    return f"ignored by {display(relative(ignored, Path.cwd()))}" if ignored is not None else None
