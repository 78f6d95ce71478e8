"""JSON indented by two spaces, written by the standard library's C encoder.

`json.dumps(value, indent=2)` falls back to the encoder written in Python (CPython's C encoder ignores `indent`),
which costs about as much as reading a small photo's metadata for each document of an audit. The C encoder does
take any item separator, and the separator ",\\n" plus a container's item indent is exactly the indented layout of
that container's items. So each non-empty container is encoded by the C encoder of its depth, with each non-empty
container inside it held by a placeholder string, then the brackets are opened onto their own lines and each
placeholder is replaced by its container's own text. Python asks one type test of a value; the C encoder writes it.

A placeholder is a NUL character and a random token chosen at import, which the encoder writes as the JSON string
`"\\u0000<token>"`: no value from a page or a photo can spell it without knowing the token, and the holes are
filled in order, as the encoder keeps the items' order.
tests/test_indented_json.py holds the output to `json.dumps(value, indent=2, ensure_ascii=False)` byte for byte.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from itertools import chain
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

_TOKEN = os.urandom(16).hex()  # (not `secrets`: its import costs more than a small audit takes to write)
_HOLE = "\x00" + _TOKEN
_HOLE_IN_TEXT = '"\\u0000' + _TOKEN + '"'
_CONTAINERS = (dict, list, tuple)
_ENCODERS: list[Callable[[Any], str]] = []


def dumps_indented(value: Any) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False, allow_nan=False)`, at the C encoder's speed."""
    if isinstance(value, _CONTAINERS) and value:
        return _container(value, 0)
    return _encoder(0)(value)


def _encoder(depth: int) -> Callable[[Any], str]:
    """The encoder of a container's items at `depth`: the C encoder itself where this Python has it, built once
    (`JSONEncoder.encode` builds it again at every call)."""
    while len(_ENCODERS) <= depth:
        separator = ",\n" + "  " * (len(_ENCODERS) + 1)
        encoder = json.JSONEncoder(
            ensure_ascii=False, separators=(separator, ": "), check_circular=False, allow_nan=False
        )
        if c_make_encoder is None:
            _ENCODERS.append(encoder.encode)
        else:
            made = c_make_encoder(None, encoder.default, encode_basestring, None, ": ", separator, False, False, False)
            _ENCODERS.append(_joined(made))
    return _ENCODERS[depth]


def _joined(made: Callable[[Any, int], Any]) -> Callable[[Any], str]:
    def encode(value: Any) -> str:
        return "".join(made(value, 0))

    return encode


def _container(value: dict[Any, Any] | list[Any] | tuple[Any, ...], depth: int) -> str:
    """A non-empty container's text at `depth`, its closing bracket indented to that depth."""
    inner: list[str] = []
    shallow: Any = value
    if isinstance(value, dict):
        for key, item in value.items():
            if item and isinstance(item, _CONTAINERS):  # an empty one is written by the encoder as it is
                if shallow is value:
                    shallow = dict(value)
                shallow[key] = _HOLE
                inner.append(_container(item, depth + 1))
    else:
        for index, item in enumerate(value):
            if item and isinstance(item, _CONTAINERS):
                if shallow is value:
                    shallow = list(value)
                shallow[index] = _HOLE
                inner.append(_container(item, depth + 1))
    text = _encoder(depth)(shallow)
    if inner:  # each hole in order: the encoder keeps the items' order
        parts = text.split(_HOLE_IN_TEXT)
        text = "".join(chain.from_iterable(zip(parts[:-1], inner, strict=True))) + parts[-1]
    return f"{text[0]}\n{'  ' * (depth + 1)}{text[1:-1]}\n{'  ' * depth}{text[-1]}"
