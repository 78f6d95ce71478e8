"""Text clean-up shared by readers, the credit parser and rules."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and invisible characters that scrapes and CMSs leave inside credits.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_NON_WORD = re.compile(r"[^\w]+")


def clean(text: str) -> str:
    """Drop invisible characters and collapse every kind of white space to one space."""
    return _SPACES.sub(" ", text.translate(_INVISIBLE)).strip()


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, punctuation and spacing reduced to single spaces."""
    text = text.translate(_INVISIBLE)  # white space needs no collapsing: _NON_WORD takes it with the punctuation
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # the identity on ASCII
    return _NON_WORD.sub(" ", text.casefold()).strip()
