"""Which files a run looks at: include and exclude patterns, and .gitignore in directory walks.

Patterns are gitignore patterns (pathspec's GitIgnoreSpec, the semantics git itself has): `node_modules/`,
`*.md`, `archive/2009/**`, `!keep.html`. A pattern without a slash matches a name at any depth; one with a slash
matches from the root, the folder of the policy file that set it (else the working directory).

- `exclude` prunes files and folders from directory walks (each pruned entry is listed as skipped, with the
  pattern); with `force_exclude`, files named on the command line too (for pre-commit, which names every file).
- `include`, when given, limits a directory walk to the files it matches, and lets a file whose name says it is no
  article format (`*.md`, `*.php`) be read by its content. Without it, every file is a candidate and its name and
  content decide (checker/readers: code, configuration and unrelated JSON are skipped with a reason).
- `.gitignore` files of the walked folders, and of the folders above up to the repository's root, are respected.
"""

from __future__ import annotations

import os
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from checker.plain import Value, field

if TYPE_CHECKING:
    import pathspec

# Never articles, and often huge: pruned from every walk unless a policy's exclude list replaces these.
DEFAULT_EXCLUDE = ("node_modules/", "__pycache__/", "site-packages/", "venv/")


# pathspec's own Python-regex backend: with google-re2 installed it would pick RE2, which refuses the surrogate
# escapes a file name that is not UTF-8 decodes to (os.fsdecode), and a walk must not fail on such a name.
BACKEND = "simple"


@lru_cache(maxsize=512)
def compile_patterns(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    import pathspec  # only once patterns are matched: checking one named file never needs it

    return pathspec.GitIgnoreSpec.from_lines(patterns, backend=BACKEND)


def relative(path: Path | str, root: Path) -> str:
    """`path` as a POSIX path relative to `root` when it lies under it, else as given (made relative to nothing)."""
    path = Path(path)
    try:
        return (
            Path(os.path.relpath(path.absolute(), root.absolute())).as_posix()
            if _under(path, root)
            else path.as_posix()
        )
    except ValueError:  # another drive (Windows)
        return path.as_posix()


def _under(path: Path, root: Path) -> bool:
    try:
        path.absolute().relative_to(root.absolute())
    except ValueError:
        return False
    return True


class Selection(Value, frozen=True):
    """The file selection of one run (picklable: archive workers get it with the settings)."""

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    gitignore: bool = True
    force_exclude: bool = False
    root: Path = field(default_factory=Path.cwd)

    @cached_property
    def _include(self) -> pathspec.GitIgnoreSpec | None:
        return compile_patterns(self.include) if self.include else None

    @cached_property
    def _exclude(self) -> pathspec.GitIgnoreSpec:
        return compile_patterns(self.exclude)

    def excluded(self, path: Path, is_dir: bool = False) -> str | None:
        """The exclude pattern that matches `path`, if any."""
        result = self._exclude.check_file(self._key(path, is_dir))
        return self.exclude[result.index] if result.include and result.index is not None else None

    def included(self, path: Path) -> bool:
        """Whether an include pattern names `path` (False when there is no include list)."""
        return self._include is not None and bool(self._include.check_file(self._key(path, False)).include)

    def walks_to(self, path: Path) -> bool:
        """Whether a directory walk looks at this file: it matches include, or there is no include list."""
        return self._include is None or self.included(path)

    def _key(self, path: Path, is_dir: bool) -> str:
        key = relative(path, self.root)
        return key + "/" if is_dir and not key.endswith("/") else key


class GitIgnores:
    """The .gitignore files that apply inside one walk: those above the walk's root up to the repository's root,
    then each walked folder's own, pushed as the walk enters it."""

    def __init__(self, root: Path) -> None:
        self._specs: dict[Path, pathspec.GitIgnoreSpec] = {}
        start = root.absolute()
        for folder in (start, *start.parents):
            self._load(folder)
            if (folder / ".git").exists():
                break
        else:  # not in a repository: only the walk's own .gitignore files count
            self._specs = {folder: spec for folder, spec in self._specs.items() if _under(folder, start)}

    def enter(self, folder: Path) -> None:
        self._load(folder.absolute())

    def ignored(self, path: Path, is_dir: bool) -> Path | None:
        """The .gitignore that ignores `path`, if any (the deepest file with a verdict decides, as in git)."""
        absolute = path.absolute()
        for folder in sorted(self._specs, key=lambda f: len(f.parts), reverse=True):
            if folder == absolute or not _under(absolute, folder):
                continue
            key = absolute.relative_to(folder).as_posix() + ("/" if is_dir else "")
            verdict = self._specs[folder].check_file(key).include
            if verdict is not None:
                return folder / ".gitignore" if verdict else None
        return None

    def _load(self, folder: Path) -> None:
        if folder in self._specs:
            return
        try:
            lines = (folder / ".gitignore").read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            return
        self._specs[folder] = compile_patterns(tuple(lines))
