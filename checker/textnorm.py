"""Text clean-up shared by readers, the credit parser and rules."""

from __future__ import annotations

import unicodedata

from checker import lazy_re

# Zero-width and invisible characters that scrapes and CMSs leave inside credits.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_NON_WORD = lazy_re.compile(r"[^\w]+")


def clean(text: str) -> str:
    """Drop invisible characters and collapse every kind of white space to one space."""
    if not text.isascii():  # the invisible characters are not ASCII; isascii() is a flag test
        text = text.translate(_INVISIBLE)
    return " ".join(text.split())  # every Unicode space (U+00A0, U+2007, U+202F...); 5x faster than re.sub


# Han, kana and hangul: scripts written without spaces between words
_CJK = lazy_re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CJK_PER_WORD = 2  # characters of Chinese or Japanese to a word, about, where a word of English is one


def word_count(text: str) -> int:
    """Words, as white space separates them, and in scripts written without spaces, their characters counted two
    to a word ("杭州市学军中学校长陈立群要退休了" is eight)."""
    if text.isascii():
        return len(text.split())
    cjk = len(_CJK.findall(text))
    if not cjk:
        return len(text.split())
    return len(_CJK.sub(" ", text).split()) + cjk // CJK_PER_WORD


def mostly_cjk(text: str) -> bool:
    """Most of the text's letters are Han, kana or hangul: no upper and lower case to read its shape by."""
    if text.isascii():
        return False
    letters = sum(1 for ch in text if ch.isalpha())
    return letters > 0 and 2 * len(_CJK.findall(text)) > letters


def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, punctuation and spacing reduced to single spaces."""
    if not text.isascii():  # white space needs no collapsing: _NON_WORD takes it with the punctuation
        text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE))  # both the identity on ASCII
    return _NON_WORD.sub(" ", text.casefold()).strip()


def cleandoc(text: str) -> str:
    """inspect.cleandoc's result, without importing inspect (6 ms of every run's start-up, for the rules' texts):
    tabs expanded, the first line's leading space and the other lines' common indent removed, and the blank lines
    at both ends dropped."""
    lines = text.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents, default=0)
    lines = [lines[0].lstrip(), *(line[margin:] for line in lines[1:])]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)
