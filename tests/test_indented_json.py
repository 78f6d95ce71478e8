"""The indented JSON writer against the standard library's indented output, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from checker import indented_json
from checker.indented_json import dumps_indented

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4) | st.tuples(inner, inner)
    ),
    max_leaves=30,
)


def reference(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(values)
def test_any_json_value_is_written_as_the_standard_library_indents_it(value: object) -> None:
    assert dumps_indented(value) == reference(value)


def test_edges_of_the_layout() -> None:
    for value in ([], {}, [[]], {"a": {}}, [1, [2, [3, {}]]], {"a": [{"b": []}]}, {1: [1], None: {"x": 2}}, "x", 0):
        assert dumps_indented(value) == reference(value)


def test_a_string_cannot_pose_as_a_placeholder() -> None:
    """A caption holding a NUL and a guessed token is a string like any other; only the real token opens a hole."""
    forged = {"caption": "\x00" + "0" * 32, "credit": {"raw": "\x00AP"}, "nested": ["\x00", {"k": "\x00"}]}
    assert dumps_indented(forged) == reference(forged)
    assert indented_json._TOKEN not in reference(forged)


def test_a_real_audit_is_written_as_the_standard_library_indents_it() -> None:
    """The samples' audit, run through the CLI's JSON writer: the same text as the standard library writes from it."""
    from checker.cli import main

    out = SAMPLES.parent / ".pytest_cache" / "indented_audit.json"
    out.parent.mkdir(exist_ok=True)
    main(["check", str(SAMPLES), "--format", "json", "--exit-zero", "--output", str(out)])
    text = out.read_text(encoding="utf-8")
    assert text == reference(json.loads(text)) + "\n"


# What a record converts to (checker/records_json.py): string keys, integers within 64 bits, floats written
# without an exponent; the large audit's writer, orjson, writes these exactly as the standard library does.
unicode = st.text(alphabet=st.characters(exclude_categories=["Cs"]))  # no lone surrogate: written the other way
converted_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False).filter(lambda x: "e" not in repr(x))
    | unicode
)
converted = st.recursive(
    converted_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(unicode, inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(unicode, converted, max_size=4))
def test_orjson_writes_converted_values_as_the_standard_library_indents_them(value: dict) -> None:
    from checker.records_json import _orjson_indented

    assert _orjson_indented(value) == reference(value)
