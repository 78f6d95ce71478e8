"""Text clean-up: white space and invisible characters, checked over every Unicode code point."""

import re
import sys
import unicodedata

from checker.textnorm import clean, fold

_CHARACTERS = [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"


def test_clean_collapses_every_white_space_and_drops_invisible_characters() -> None:
    # the definition clean() implements without a regular expression
    spaces = re.compile(r"[\s\u00a0\u2007\u202f]+")
    for ch in _CHARACTERS:
        text = f" a{ch}{ch}b{ch}"
        expected = "ab" if ch in _INVISIBLE else spaces.sub(" ", text).strip()
        assert clean(text) == expected, hex(ord(ch))


def test_clean_keeps_text_without_spaces_as_it_is() -> None:
    assert clean("Photo:\u00a0AP\u202fPhoto/Jane\u200bDoe ") == "Photo: AP Photo/JaneDoe"
    assert clean("Getty\tImages\n") == "Getty Images"


def test_fold_is_nfkc_casefolded_words() -> None:
    for ch in _CHARACTERS:
        text = f"A{ch}b"
        normal = unicodedata.normalize("NFKC", text.translate(dict.fromkeys(map(ord, _INVISIBLE)))).casefold()
        assert fold(text) == re.sub(r"[^\w]+", " ", normal).strip(), hex(ord(ch))


def test_words_of_a_script_written_without_spaces() -> None:
    """Chinese and Japanese are written without spaces: their characters count two to a word, so a sentence of
    them is as long as its English would be; a text mostly in them has no case to read."""
    from checker.textnorm import mostly_cjk, word_count

    assert word_count("杭州市学军中学校长陈立群要退休了") == 8
    assert word_count("Officials said on Monday") == 4
    assert word_count("加拿大大叔Gweilo的镜头") == 1 + 4
    assert (mostly_cjk("小花母亲说，女儿的左眼被塞了纸片。"), mostly_cjk("A photo of Gweilo in 南湖公园")) == (
        True,
        False,
    )
