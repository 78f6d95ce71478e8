"""Image files behind an article's images: references resolved under one root, never outside it."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from checker.archive.phash import dhash
from checker.metadata import read_embedded
from checker.model import Article, Embedded


class ImageRefError(ValueError):
    """A reference that cannot name a file under the images root."""

    def __init__(self, message: str, escapes: bool = False):
        super().__init__(message)
        self.escapes = escapes


def resolve(src: str, root: Path) -> Path:
    """The file a src names under root: its URL path or relative path, else its file name.

    Raises ImageRefError for references that escape the root ("../", absolute paths, symlinks out of it).
    """
    parts = urlsplit(src)
    if parts.scheme == "data":
        raise ImageRefError("inline data: URI, not a file")
    path_part = parts.path if parts.scheme or parts.netloc else src.split("?")[0].split("#")[0]
    relative = PurePosixPath(unquote(path_part).replace("\\", "/"))
    if ".." in relative.parts:
        raise ImageRefError(f"image path {src!r} escapes the images root", escapes=True)
    real_root = root.resolve()
    # "/wp-content/a.jpg" and "https://cdn/wp-content/a.jpg" are read from root/wp-content/a.jpg, else root/a.jpg
    inside = PurePosixPath(*[p for p in relative.parts if p != "/"])
    for candidate in dict.fromkeys((inside, PurePosixPath(relative.name))):
        path = (real_root / candidate).resolve()
        if not path.is_relative_to(real_root):
            raise ImageRefError(f"image path {src!r} escapes the images root (through a link)", escapes=True)
        if path.is_file():
            return path
    raise ImageRefError(f"image {src!r} not found under the images root")


def attach_embedded(article: Article, root: Path | None, phash: bool = False) -> None:
    """Read the embedded metadata of every referenced image found under root (and hash its pixels)."""
    if root is None:
        return
    for image in article.images:
        if not image.src or image.embedded is not None:
            continue
        try:
            path = resolve(image.src, root)
        except ImageRefError as exc:
            image.embedded = Embedded(file=image.src, error=str(exc), outside_root=exc.escapes)
            continue
        image.embedded = read_embedded(path, name=image.src)
        if phash and image.embedded.error is None:
            image.embedded.phash = dhash(path)
