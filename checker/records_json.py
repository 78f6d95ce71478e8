"""A record's JSON written directly from its declarations, byte for byte as its pydantic twin writes it.

Writing an audit as JSON through the twins (checker/records.py) costs pydantic's import and the build of every
model's validator and serializer at start-up, about as much as a whole one-file check. Most records hold exactly
the types they declare, and for those the JSON is plain: fields in declaration order, a field's serialization alias
as its key (`serialize_by_alias`), fields left out by their `exclude_if`, dates in ISO form. `dump_json` writes
that with the standard library's encoder after checking each value against its declaration; any value it is not
sure to write as pydantic would (a type pydantic would coerce or refuse, a constraint broken, a float pydantic
spells differently, a string that is not valid Unicode) raises `NotPlain`, and the caller falls back to the twin,
which coerces, writes or refuses it as it always did. So the output and the validation are pydantic's by
construction; tests/test_records_json.py holds the two writers to the same bytes on real audits.

Why by hand: no JSON library writes pydantic's output from plain objects (orjson and msgspec have their own float,
date and key rules); the standard library's encoder is in C and already loaded (checker/indented_json.py keeps it in
C for the indented layout). Once converted, though, the values are plain JSON values in pydantic's spelling (no
float with an exponent, where orjson and Python differ), and orjson writes them indented ten times faster than
that layout can: a large audit (many documents) is written by orjson, whose import (about 15 ms) a one-page check
does not pay. Anything orjson refuses (an integer past 64 bits, a lone surrogate) goes the standard library's way.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
import typing
from collections.abc import Callable
from typing import Any

from checker.indented_json import dumps_indented
from checker.records import COMPILE_AFTER, Record


class NotPlain(Exception):
    """A value the direct writer leaves to pydantic."""


Convert = Callable[[Any], Any]

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False)


def dump_json(record: Record, indent: int | None = None) -> str:
    """The record's JSON as pydantic's `model_dump_json(indent=indent)` writes it, or NotPlain."""
    if indent not in (None, 2):
        raise NotPlain(f"indent={indent}")
    data = _record_converter(type(record))(record)
    if indent and _bulk(data):
        written = _orjson_indented(data)
        if written is not None:
            return written  # orjson wrote it, so it is valid Unicode
    text = dumps_indented(data) if indent else _COMPACT.encode(data)
    try:
        text.encode("utf-8")  # a lone surrogate: pydantic refuses to write it
    except UnicodeEncodeError as exc:
        raise NotPlain("not valid Unicode") from exc
    return text


BULK_ITEMS = 64  # items in a record's top-level lists (an audit's documents) from which orjson pays its import


def _bulk(data: dict[str, Any]) -> bool:
    return sum(len(value) for value in data.values() if type(value) is list) >= BULK_ITEMS


def _orjson_indented(data: dict[str, Any]) -> str | None:
    """The converted record indented by orjson, byte for byte as `dumps_indented` writes it; None where orjson
    refuses a value."""
    import orjson

    try:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        return None


# --- converters, one per declared type, built once per record class ----------------------------------------------

_RECORDS: dict[type[Record], Convert] = {}


def _record_converter(cls: type[Record]) -> Convert:
    found = _RECORDS.get(cls)
    if found is None:
        _RECORDS[cls] = _late(cls)  # a record nested in itself converts through the table
        found = _RECORDS[cls] = _tiered(cls)
    return found


def _tiered(cls: type[Record]) -> Convert:
    """The class's generic converter, until it has converted COMPILE_AFTER records: then its own, written as source
    (`_build_record`: compiling costs about 0.3 ms a class, more than a one-page audit's records take to convert)."""
    fields = _fields(cls)
    current: list[Convert] = []
    calls = 0

    def generic(value: Any) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        if calls >= COMPILE_AFTER:
            current[0] = _build_record(cls, fields)
        return _convert_fields(cls, fields, value)

    current.append(generic)
    return lambda value: current[0](value)


_Field = tuple[str, str, Any, Convert, Any, Any]  # name, key, annotation, converter, exclude_if, ge


def _fields(cls: type[Record]) -> list[_Field]:
    names = vars(sys.modules[cls.__module__])
    by_alias = bool(cls.model_config.get("serialize_by_alias"))
    fields: list[_Field] = []
    for name, info in cls.model_fields.items():
        annotation = eval(info.annotation, {"__builtins__": __builtins__}, names)  # our own declarations
        unknown = set(info.extra) - {"ge", "exclude_if", "serialization_alias"}
        if unknown:
            raise TypeError(f"{cls.__name__}.{name}: no direct JSON for {sorted(unknown)}")
        key = info.extra.get("serialization_alias", name) if by_alias else name
        converter = _converter(annotation)
        fields.append((name, key, annotation, converter, info.extra.get("exclude_if"), info.extra.get("ge")))
    return fields


def _convert_fields(cls: type[Record], fields: list[_Field], value: Any) -> dict[str, Any]:
    if type(value) is not cls:
        _wrong(value, cls)
    values = value.__dict__
    out: dict[str, Any] = {}
    for name, key, _, field_converter, exclude_if, least in fields:
        item = values[name]
        written = field_converter(item)
        if least is not None and item is not None and not item >= least:
            raise NotPlain(f"{cls.__name__}.{name} below {least}")
        if exclude_if is None or not exclude_if(item):
            out[key] = written
    return out


def _late(cls: type[Record]) -> Convert:
    return lambda value: _RECORDS[cls](value)


def _build_record(cls: type[Record], fields: list[_Field]) -> Convert:
    """The class's converter, written as source (as checker/plain.py writes constructors): one statement per field,
    a bare type test for a field declared str, int or bool (or one of those or None), which is most of them, and
    a call of the field's converter for the rest; the generic loop over the fields costs twice as much per record,
    and an audit of small photos writes a dozen records per photo."""
    namespace: dict[str, Any] = {"_cls": cls, "NotPlain": NotPlain, "_wrong": _wrong}
    body = ["    if type(value) is not _cls:", "        _wrong(value, _cls)", "    d = value.__dict__", "    out = {}"]
    for index, (name, key, annotation, converter, exclude_if, least) in enumerate(fields):
        item, written = f"v{index}", f"w{index}"
        body.append(f"    {item} = d[{name!r}]")
        kind, optional = _plain_kind(annotation)
        if kind is not None:
            namespace[f"_k{index}"] = kind
            test = f"type({item}) is not _k{index}"
            body.append(f"    if {f'{item} is not None and ' if optional else ''}{test}:")
            body.append(f"        raise NotPlain('{cls.__name__}.{name}: not the declared type')")
            written = item
        elif (inner := _optional(annotation)) is not None:
            namespace[f"_c{index}"] = _converter(inner)
            body.append(f"    {written} = None if {item} is None else _c{index}({item})")
        else:
            namespace[f"_c{index}"] = converter
            body.append(f"    {written} = _c{index}({item})")
        if least is not None:
            namespace[f"_ge{index}"] = least
            body.append(f"    if {item} is not None and not {item} >= _ge{index}:")
            body.append(f"        raise NotPlain('{cls.__name__}.{name} below its minimum')")
        if exclude_if is not None:
            namespace[f"_x{index}"] = exclude_if
            body.append(f"    if not _x{index}({item}):")
            body.append(f"        out[{key!r}] = {written}")
        else:
            body.append(f"    out[{key!r}] = {written}")
    body.append("    return out")
    exec("def convert(value):\n" + "\n".join(body) + "\n", namespace)  # names from our own declarations only
    return namespace["convert"]


def _plain_kind(annotation: Any) -> tuple[type | None, bool]:
    """(str, int or bool, whether None is allowed) for a field the encoder takes as it is; (None, False) else."""
    if annotation in (str, int, bool):
        return annotation, False
    inner = _optional(annotation)
    return (inner, True) if inner in (str, int, bool) else (None, False)


def _optional(annotation: Any) -> Any:
    """X for a field declared `X | None`, else None."""
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, _UNION_TYPE) and len(args) == 2 and type(None) in args:
        return args[0] if args[1] is type(None) else args[1]
    return None


def _wrong(value: Any, cls: type) -> None:
    raise NotPlain(f"{type(value).__name__} where {cls.__name__} is declared")


def _converter(annotation: Any) -> Convert:
    """A function that checks a value against `annotation` and returns it as the JSON encoder takes it."""
    if annotation is type(None):
        return _none
    if annotation in _EXACT:
        return _EXACT[annotation]
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return _record_converter(annotation)
    if (inner := _optional(annotation)) is not None:  # X | None
        convert_inner = _converter(inner)
        return lambda value: None if value is None else convert_inner(value)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Literal:
        return _literal(frozenset(args))
    if origin in (typing.Union, _UNION_TYPE):
        return _union([_converter(arg) for arg in args], args)
    if origin is list:
        return _sequence(list, args[0])
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(tuple, args[0])
    if origin is dict and args[0] is str:
        return _mapping(_converter(args[1]))
    if annotation is dict:
        return _free
    raise TypeError(f"no direct JSON for {annotation!r}")


_UNION_TYPE = type(int | str)


def _none(value: Any) -> None:
    if value is not None:
        raise NotPlain("a value where None is declared")


def _exact(kind: type) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise NotPlain(f"{type(value).__name__} where {kind.__name__} is declared")
        return value

    return convert


def _float(value: Any) -> float:
    if type(value) is not float or not math.isfinite(value) or "e" in repr(value):
        raise NotPlain("a float pydantic writes its own way")  # an int (written 3.0), inf, nan, 1e+16 (1e16)
    return value


def _date(value: Any) -> str:
    if type(value) is not dt.date:
        raise NotPlain(f"{type(value).__name__} where date is declared")
    return value.isoformat()


_EXACT: dict[Any, Convert] = {
    str: _exact(str),
    int: _exact(int),
    bool: _exact(bool),
    float: _float,
    dt.date: _date,
}


def _literal(allowed: frozenset) -> Convert:
    def convert(value: Any) -> Any:
        if type(value) is not str or value not in allowed:
            raise NotPlain(f"{value!r} is not one of the declared values")
        return value

    return convert


def _union(converters: list[Convert], args: tuple) -> Convert:
    by_record = {arg: c for c, arg in zip(converters, args, strict=True) if isinstance(arg, type)}
    if all(isinstance(arg, type) and (arg is type(None) or issubclass(arg, Record)) for arg in args):

        def convert(value: Any) -> Any:  # records: the value's own class (pydantic's smart union picks the same)
            found = by_record.get(type(value))
            if found is None:
                raise NotPlain(f"{type(value).__name__} is none of the declared records")
            return found(value)

        return convert
    raise TypeError(f"no direct JSON for the union {args!r}")


def _sequence(kind: type[list] | type[tuple], item_type: Any) -> Convert:
    item = _converter(item_type)
    plain = item_type if item_type in (str, int, bool) else None

    def convert(value: Any) -> Any:
        if type(value) is not kind:
            raise NotPlain(f"{type(value).__name__} where {kind.__name__} is declared")
        if plain is not None and kind is list:  # a list of str (say): written as it is, once its items are checked
            for v in value:
                if type(v) is not plain:
                    raise NotPlain(f"{type(v).__name__} where {plain.__name__} is declared")
            return value
        return [item(v) for v in value]

    return convert


def _mapping(item: Convert) -> Convert:
    def convert(value: Any) -> dict:
        if type(value) is not dict or not all(type(k) is str for k in value):
            raise NotPlain("not a dict with str keys")
        return {k: item(v) for k, v in value.items()}

    return convert


def _free(value: Any) -> Any:
    """A value declared as a bare dict: plain JSON values only (str, int, bool, None, float, lists and dicts)."""
    kind = type(value)
    if kind in (str, int, bool) or value is None:
        return value
    if kind is float:
        return _float(value)
    if kind is list:
        return [_free(v) for v in value]
    if kind is dict and all(type(k) is str for k in value):
        return {k: _free(v) for k, v in value.items()}
    raise NotPlain(f"{kind.__name__} in a free dict")
