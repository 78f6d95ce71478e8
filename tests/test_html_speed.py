"""The HTML reader's shortcuts answer exactly what the plain computations they replace answer.

Each shortcut (a search started near the end of a text, a scan that finds list keys from their ":[" on, a
selector query skipped in a subtree without its first tag, JSON-LD blocks left undecoded, the placeholder walk
skipped) is compared, on generated inputs, with the straightforward computation written out here.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from checker.policy.selectors import HtmlSelectors
from checker.readers.html.candidates import IMAGE_URL, lazy_attributes, parse_page, scan
from checker.readers.html.caption_text import CONTROLS, without_controls
from checker.readers.html.gallery import _list_keys
from checker.readers.html.jsonld import read_jsonld
from checker.readers.html.select import Classifier, _any_of, query

# --- controls at the end of a caption ---------------------------------------------------------------------------


def _plain_without_controls(text: str) -> str:
    while text:
        stripped = CONTROLS.sub("", text).rstrip(" |")
        if stripped == text:
            return text
        text = stripped
    return text


_PIECES = ["Close", "close", "Schließen", "Enlarge this image", "Enlarge", "toggle caption", "Zoom", "CLOSE"]
_PIECES += ["Foto", "|", " ", "\t", "\u00a0", "\n", "ab", "Close|", "this", "image", "ſ", "hide caption", "é"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(_PIECES), max_size=10).map("".join))
def test_controls_found_at_the_end_as_by_the_whole_text(text: str) -> None:
    assert without_controls(text) == _plain_without_controls(text)


def test_controls_after_long_white_space() -> None:
    text = "Waves break over the wall" + " " * 60 + "\t|  Close  "
    assert without_controls(text) == _plain_without_controls(text) == "Waves break over the wall"


# --- list keys in a script --------------------------------------------------------------------------------------

_PLAIN_LIST_KEY = re.compile(r"\"([\w-]{1,40})\"\s*:\s*\[")


@settings(max_examples=400)
@given(
    st.lists(
        st.sampled_from(['"', ":", "[", " ", "\n", "slides", "a" * 39, "b" * 41, "-", "é", "x", '"k"', "{", "]"]),
        max_size=16,
    ).map("".join)
)
def test_list_keys_are_the_matches_of_the_key_pattern(text: str) -> None:
    assert list(_list_keys(text)) == [(m.group(1), m.end()) for m in _PLAIN_LIST_KEY.finditer(text)]


# --- combinator selectors in a subtree --------------------------------------------------------------------------


def test_combinator_selectors_skipped_only_where_they_cannot_match() -> None:
    selectors = HtmlSelectors()
    classifier = Classifier([selectors.credit, selectors.caption, "div > figcaption + p, ul li"])
    root = parse_page(
        b"<html><body><figure><img src=a.jpg><figcaption>Waves <small>AP</small><cite>Jo</cite></figcaption>"
        b"<p>after</p></figure><div><figcaption>x</figcaption><p>y</p></div><ul><li>one</li></ul>"
        b"<figcaption><span>no small</span></figcaption></body></html>"
    )
    for scope in root.iter():
        expected: dict = {}
        for selector, bit in classifier.combined:
            for element in query(selector)(scope):
                expected[element] = expected.get(element, 0) | bit
        assert classifier.within(scope) == expected


# --- class and id words searched as a trie ----------------------------------------------------------------------

_WORDS = ["photo", "photos", "image", "img", "a", "ab", "media", "med", "x-y", "x.y", "(", "related", "relate"]


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
    st.lists(st.sampled_from([*_WORDS, " ", "-", "b", "phot", "imag", "y", "\\"]), max_size=8).map("".join),
)
def test_trie_search_finds_any_word(words: list[str], text: str) -> None:
    assert bool(re.search(_any_of(words), text)) == any(word in text for word in words)


def test_selector_lists_match_as_cssselect_says() -> None:
    """Each list's pattern (a trie when it only has [a*=word] tests) says what cssselect's query says, and class
    names and ids are matched ignoring case."""
    lists = [HtmlSelectors().chrome, HtmlSelectors().figure, "[class*=photo], [class~=media], [id^=x], [data-x]"]
    classifier = Classifier(lists)
    values = ["c-photo-frame", "media", "big-media", "x1 photo", "related-posts", "article-body", "mostpopular", ""]
    for value in values:
        element = etree.Element("div", {"class": value, "id": value})
        expected = sum(1 << bit for bit, selector_list in enumerate(lists) if query(selector_list)(element))
        shouted = etree.Element("div", {"class": value.upper(), "id": value.upper()})
        assert classifier(element) == Classifier(lists)(shouted) == expected, value


# --- JSON-LD blocks ---------------------------------------------------------------------------------------------


def _plain_jsonld(scripts) -> tuple[dict, str | None]:
    from checker.readers.html.jsonld import _CREDIT_KEYS, _name, _walk

    found: dict[str, str] = {}
    published = None
    for script in scripts:
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text.strip().removeprefix("<![CDATA[").removesuffix("]]>"))
        except ValueError:
            continue
        for node in _walk(data):
            if published is None and isinstance(node.get("datePublished"), str):
                published = node["datePublished"]
            kinds = node.get("@type")
            if kinds != "ImageObject" and not (isinstance(kinds, list) and "ImageObject" in kinds):
                continue
            url = node.get("contentUrl") or node.get("url")
            credit = next((c for key in _CREDIT_KEYS if (c := _name(node.get(key)))), None)
            if isinstance(url, str) and credit:
                found.setdefault(url.split("?")[0].rstrip("/").rsplit("/", 1)[-1].lower(), credit)
    return found, published


_NODES = [
    {"@type": "NewsArticle", "datePublished": "2024-02-10"},
    {"@type": "ImageObject", "contentUrl": "https://x.test/a.jpg", "creditText": "AP"},
    {"@type": ["ImageObject"], "url": "https://x.test/b.jpg?w=1", "copyrightHolder": {"name": "Reuters"}},
    {"@type": "Person", "name": "Jo"},
    {"datePublished": 20240210},
]


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(range(len(_NODES))), max_size=4), st.booleans(), st.booleans()),
        max_size=4,
    )
)
def test_jsonld_read_as_if_every_block_were_decoded(blocks) -> None:
    scripts = []
    for indexes, escaped, broken in blocks:
        text = json.dumps({"@graph": [_NODES[i] for i in indexes]}, ensure_ascii=escaped)
        if escaped:
            text = text.replace("ImageObject", "Image\\u004fbject").replace("datePublished", "date\\u0050ublished")
        if broken:
            text = text[:-1]
        script = etree.Element("script", type="application/ld+json")
        script.text = text
        scripts.append(script)
    assert read_jsonld(scripts) == _plain_jsonld(scripts)


# --- placeholders -----------------------------------------------------------------------------------------------


def test_placeholder_walk_finds_what_the_full_walk_finds() -> None:
    for page in (
        b'<html><body><div data-src="/a.jpg"></div><img src="/b.jpg"><span data-src="x"></span></body></html>',
        b'<html><body><img data-src="/b.jpg"><li data-src="/images/c"></li><figure data-src="/d.png"></figure>'
        b"</body></html>",
        b'<html><body><img data-src="/b.jpg"><div data-src="not an image"></div></body></html>',
    ):
        root = parse_page(page)
        lazy = lazy_attributes(page)
        found = scan(root, lazy)[2]
        walked = [
            e
            for e in root.iter("img", "amp-img", "div", "span", "li", "figure")
            if e.tag in ("img", "amp-img") or any((url := e.get(name)) and IMAGE_URL.search(url) for name in lazy)
        ]
        assert found == walked
