"""Image files behind an article's images: references resolved under one root, never outside it.

Whatever a reference holds (a NUL byte, a name longer than the file system allows, a symbolic-link loop, a
malformed URL), the outcome is that image's own error, reported as its finding: never the article's.
"""

from __future__ import annotations

import errno
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from checker.metadata import read_embedded
from checker.model import Article, Embedded

SHOWN_CHARS = 120  # of a reference quoted in a message


class ImageRefError(ValueError):
    """A reference that cannot name a file under the images root."""

    def __init__(self, message: str, escapes: bool = False):
        super().__init__(message)
        self.escapes = escapes


def resolve(src: str, root: Path) -> Path:
    """The file a src names under root: its URL path or relative path, else its file name.

    Raises ImageRefError for references that escape the root ("../", absolute paths, symlinks out of it) and for
    references that name no readable file (not found, NUL byte, name too long, symbolic-link loop, bad URL).
    """
    shown = _shown(src)
    try:
        parts = urlsplit(src)
    except ValueError as exc:  # "http://[bad" and other malformed URLs
        raise ImageRefError(f"image reference {shown} is not a valid URL: {exc}") from None
    if parts.scheme == "data":
        raise ImageRefError("inline data: URI, not a file")
    path_part = parts.path if parts.scheme or parts.netloc else src.split("?")[0].split("#")[0]
    relative = PurePosixPath(unquote(path_part).replace("\\", "/"))
    if "\x00" in str(relative):
        raise ImageRefError(f"image path {shown} holds a NUL byte")
    if ".." in relative.parts:
        raise ImageRefError(f"image path {shown} escapes the images root", escapes=True)
    real_root = root.resolve()
    # "/wp-content/a.jpg" and "https://cdn/wp-content/a.jpg" are read from root/wp-content/a.jpg, else root/a.jpg
    inside = PurePosixPath(*[p for p in relative.parts if p != "/"])
    problem = "not found under the images root"
    for candidate in dict.fromkeys((inside, PurePosixPath(relative.name))):
        try:
            path = (real_root / candidate).resolve()
            if not path.is_relative_to(real_root):
                raise ImageRefError(f"image path {shown} escapes the images root (through a link)", escapes=True)
            if path.is_file():
                return path
        except (OSError, RuntimeError) as exc:  # RuntimeError: pathlib's symlink loop before Python 3.13
            problem = _why(exc)
    raise ImageRefError(f"image {shown} {problem}")


def _why(exc: OSError | RuntimeError) -> str:
    if isinstance(exc, RuntimeError) or exc.errno == errno.ELOOP:
        return "cannot be read: its path runs into a symbolic-link loop"
    if exc.errno == errno.ENAMETOOLONG:
        return "cannot be read: its path is longer than the file system allows"
    return f"cannot be read: {exc.strerror or exc}"


def _shown(src: str) -> str:
    return repr(src if len(src) <= SHOWN_CHARS else src[:SHOWN_CHARS] + "…")


def attach_embedded(article: Article, root: Path | None, phash: bool = False) -> None:
    """Read the embedded metadata of every referenced image found under root (and hash its pixels).

    Each image's failure stays that image's: its `embedded.error`, reported as an IMG002 or IMG003 finding.
    """
    if root is None:
        return
    for image in article.images:
        if not image.src or image.embedded is not None:
            continue
        try:
            image.embedded = _embedded(image.src, root, phash)
        except Exception as exc:  # a bug in a reader must not cost the article its other images
            reason = f"{type(exc).__name__}: {exc}"[:200]
            image.embedded = Embedded(file=image.src, error=f"internal error reading the image: {reason}")


def _embedded(src: str, root: Path, phash: bool) -> Embedded:
    try:
        path = resolve(src, root)
    except ImageRefError as exc:
        return Embedded(file=src, error=str(exc), outside_root=exc.escapes)
    embedded = read_embedded(path, name=src)
    if phash and embedded.error is None:
        from checker.archive.phash import PHOTOS  # Pillow's decoder, for archive runs only

        embedded.phash = PHOTOS.of(path)
    return embedded
