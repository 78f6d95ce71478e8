"""Text clean-up shared by readers, the credit parser and rules."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and invisible characters that scrapes and CMSs leave inside credits.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_NON_WORD = re.compile(r"[^\w]+")


def clean(text: str) -> str:
    """Drop invisible characters and collapse every kind of white space to one space."""
    if not text.isascii():  # the invisible characters are not ASCII; isascii() is a flag test
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())  # every Unicode space (U+00A0, U+2007, U+202F...); 5x faster than re.sub


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, punctuation and spacing reduced to single spaces."""
    if not text.isascii():  # white space needs no collapsing: _NON_WORD takes it with the punctuation
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))  # both the identity on ASCII
    return _NON_WORD.sub(" ", text.casefold()).strip()
