"""One document as the stream hands it to a reader: its name, its format, and its content or where to read it."""

from __future__ import annotations

from pathlib import Path

from checker.errors import ReadError
from checker.plain import Value, replace


class Document(Value, frozen=True):
    """A document to audit. `source` names it as the user will recognise it: a path, `feed.jsonl:3`, a WARC
    record's target URI, `<stdin>`. Its content is `data` when the stream holds it (a JSON Lines or WARC record,
    standard input, a pipe), else the file at `path`, read when needed; `error` says why there is none."""

    source: str
    format: str  # a key of checker.readers.FORMATS, "unknown", or the container a broken record came from
    data: bytes | None = None
    path: Path | None = None
    error: str | None = None
    charset: str | None = None  # the charset the transport declared (a WARC record's HTTP Content-Type)

    def content(self) -> bytes:
        """The document's bytes; ReadError when they cannot be had."""
        if self.error is not None:
            raise ReadError(self.error)
        if self.data is not None:
            return self.data
        if self.path is None:
            raise ReadError("no content")
        return read_file(self.path)

    def loaded(self) -> Document:
        """This document with its bytes in `data`, or with `error` saying why they cannot be read."""
        if self.data is not None or self.error is not None:
            return self
        try:
            return replace(self, data=self.content())
        except ReadError as exc:
            return replace(self, error=str(exc))


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ReadError("file not found") from None
    except IsADirectoryError:
        raise ReadError("is a directory") from None
    except OSError as exc:
        raise ReadError(f"cannot read file: {exc.strerror or exc}") from None
