"""JSON pointers resolved to line and column: checked against the parser on generated documents, and by hand."""

from __future__ import annotations

import json
import random

import pytest

from checker.model import PointerLocation
from checker.readers.jsonpos import PointerIndex

_KEYS = ["a", "b/c", "~x", "", "ü ñ", "emoji 🙂", "content_elements", "0", 'q"uote', "back\\slash"]
_SCALARS = [0, -1.5e3, True, False, None, "", "text", 'é\u2028\n"', "🙂" * 3, "<p>html</p>"]


def _value(rng: random.Random, depth: int):
    roll = rng.random()
    if depth > 3 or roll < 0.35:
        return rng.choice(_SCALARS)
    if roll < 0.65:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(_KEYS): _value(rng, depth + 1) for _ in range(rng.randrange(5))}


def _pointers(value, pointer: str = ""):
    yield pointer, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        token = str(key).replace("~", "~0").replace("/", "~1")
        yield from _pointers(item, f"{pointer}/{token}")


@pytest.mark.parametrize("seed", range(60))
def test_every_pointer_lands_on_its_value(seed: int) -> None:
    rng = random.Random(seed)
    document = {rng.choice(_KEYS): _value(rng, 0) for _ in range(4)}
    text = json.dumps(document, indent=rng.choice([None, 1, 2, "\t"]), ensure_ascii=rng.random() < 0.5)
    encoding = rng.choice(["utf-8", "utf-8-sig", "utf-16"])
    index = PointerIndex(text.encode(encoding))
    lines = text.split("\n")
    decoder = json.JSONDecoder()
    for pointer, value in _pointers(document):
        line, column = index.position(pointer)
        assert line <= len(lines)
        # the value parsed from that line and column is the value the pointer names
        offset = sum(len(lines[n]) + 1 for n in range(line - 1)) + column - 1
        assert decoder.raw_decode(text, offset)[0] == value, (pointer, line, column)


def test_positions_by_hand() -> None:
    data = '{\n  "a": [1, {"b~/": "x"}],\n  "é": {"k": 2, "k": 3},\n  "z": "ü",  "w": 7\n}'.encode()
    index = PointerIndex(data)
    assert index.position("/a") == (2, 8)
    assert index.position("/a/1/b~0~1") == (2, 20)
    assert index.position("/é/k") == (3, 22)  # a repeated key: the last wins, as when parsing
    assert index.position("/w") == (4, 19)  # columns count characters, not bytes
    assert index.position("/") == index.position("") == (1, 1)  # no member "": "/" is the document
    assert PointerIndex(b'{"": [0]}').position("/") == (1, 6)
    assert [index.position(p) for p in ("/nope", "/a/9", "/a/0/x", "a")] == [None] * 4
    located = index.locate(PointerLocation(pointer="/z"))
    assert (located.line, located.column, located.render(), located.region()) == (4, 8, "4:8 /z", (4, 8))
    unknown = index.locate(PointerLocation(pointer="/missing"))
    assert (unknown.render(), unknown.region(), unknown.model_dump()) == ("/missing", None, {"pointer": "/missing"})
