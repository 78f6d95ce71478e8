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
date and key rules, and a new dependency for one writer); the standard library's encoder is in C and already loaded
(checker/indented_json.py keeps it in C for the indented layout).
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
from checker.records import Record


class NotPlain(Exception):
    """A value the direct writer leaves to pydantic."""


Convert = Callable[[Any], Any]

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False, allow_nan=False)


def dump_json(record: Record, indent: int | None = None) -> str:
    """The record's JSON as pydantic's `model_dump_json(indent=indent)` writes it, or NotPlain."""
    if indent not in (None, 2):
        raise NotPlain(f"indent={indent}")
    data = _record_converter(type(record))(record)
    text = dumps_indented(data) if indent else _COMPACT.encode(data)
    try:
        text.encode("utf-8")  # a lone surrogate: pydantic refuses to write it
    except UnicodeEncodeError as exc:
        raise NotPlain("not valid Unicode") from exc
    return text


# --- converters, one per declared type, built once per record class ----------------------------------------------

_RECORDS: dict[type[Record], Convert] = {}


def _record_converter(cls: type[Record]) -> Convert:
    found = _RECORDS.get(cls)
    if found is None:
        _RECORDS[cls] = _late(cls)  # a record nested in itself converts through the table
        found = _RECORDS[cls] = _build_record(cls)
    return found


def _late(cls: type[Record]) -> Convert:
    return lambda value: _RECORDS[cls](value)


def _build_record(cls: type[Record]) -> Convert:
    names = vars(sys.modules[cls.__module__])
    by_alias = bool(cls.model_config.get("serialize_by_alias"))
    fields: list[tuple[str, str, Convert, Callable[[Any], bool] | None, Any]] = []
    for name, info in cls.model_fields.items():
        annotation = eval(info.annotation, {"__builtins__": __builtins__}, names)  # our own declarations
        unknown = set(info.extra) - {"ge", "exclude_if", "serialization_alias"}
        if unknown:
            raise TypeError(f"{cls.__name__}.{name}: no direct JSON for {sorted(unknown)}")
        key = info.extra.get("serialization_alias", name) if by_alias else name
        fields.append((name, key, _converter(annotation), info.extra.get("exclude_if"), info.extra.get("ge")))

    def convert(value: Any) -> dict[str, Any]:
        if type(value) is not cls:
            raise NotPlain(f"{type(value).__name__} where {cls.__name__} is declared")
        values = value.__dict__
        out: dict[str, Any] = {}
        for name, key, field_converter, exclude_if, least in fields:
            item = values[name]
            written = field_converter(item)
            if least is not None and item is not None and not item >= least:
                raise NotPlain(f"{cls.__name__}.{name} below {least}")
            if exclude_if is None or not exclude_if(item):
                out[key] = written
        return out

    return convert


def _converter(annotation: Any) -> Convert:
    """A function that checks a value against `annotation` and returns it as the JSON encoder takes it."""
    if annotation is type(None):
        return _none
    if annotation in _EXACT:
        return _EXACT[annotation]
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return _record_converter(annotation)
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Literal:
        return _literal(frozenset(args))
    if origin in (typing.Union, _UNION_TYPE):
        return _union([_converter(arg) for arg in args], args)
    if origin is list:
        return _sequence(list, _converter(args[0]))
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return _sequence(tuple, _converter(args[0]))
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
    if type(None) in args and len(args) == 2:  # X | None
        inner = next(c for c, arg in zip(converters, args, strict=True) if arg is not type(None))
        return lambda value: None if value is None else inner(value)
    by_record = {arg: c for c, arg in zip(converters, args, strict=True) if isinstance(arg, type)}
    if all(isinstance(arg, type) and (arg is type(None) or issubclass(arg, Record)) for arg in args):

        def convert(value: Any) -> Any:  # records: the value's own class (pydantic's smart union picks the same)
            found = by_record.get(type(value))
            if found is None:
                raise NotPlain(f"{type(value).__name__} is none of the declared records")
            return found(value)

        return convert
    raise TypeError(f"no direct JSON for the union {args!r}")


def _sequence(kind: type[list] | type[tuple], item: Convert) -> Convert:
    def convert(value: Any) -> list:
        if type(value) is not kind:
            raise NotPlain(f"{type(value).__name__} where {kind.__name__} is declared")
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
