"""Plain records with pydantic's interface, and pydantic only where it is needed: JSON, dumps, validation.

The audit's records (checker/model.py) and the policy's are built on every run, and a pydantic model costs start-up:
importing pydantic, then building each model's validator. A one-file check with a text report needs neither, so
records are plain classes: keyword construction with defaults, extra keys refused, lists, tuples and dicts copied
the way pydantic's validation copies them, attribute access, `model_copy`. Everything else pydantic does for them
(`model_dump`, `model_dump_json`, `model_validate`, `model_json_schema`) goes through a twin: a pydantic model
generated, on first use, from the record's own declarations (annotations, `field()` settings, `model_config`,
docstring), so the JSON, the validation and the JSON Schema are pydantic's, as they always were.

Records trust the code that builds them: readers and rules pass values of the declared types (the tests hold them to
it, and a record's JSON is validated by its twin when written).
"""

from __future__ import annotations

import copy
import keyword
import sys
import types
import typing
from collections.abc import Callable, Iterator
from functools import reduce
from typing import Any, ClassVar

from checker.plain import own_annotations

_REQUIRED: Any = object()
COMPILE_AFTER = 50  # instances (records) or conversions (checker/records_json.py) before a class's own code is written


class FieldInfo:
    """One field: its default (or default factory), how values are copied in, and the twin's pydantic settings."""

    __slots__ = ("annotation", "coerce", "default", "default_factory", "extra", "validation_choices")

    def __init__(
        self,
        default: Any = _REQUIRED,
        default_factory: Callable[[], Any] | None = None,
        validation_choices: tuple[str, ...] = (),
        **extra: Any,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.validation_choices = validation_choices  # the names the field is accepted under (AliasChoices)
        self.extra = extra  # pydantic Field() settings for the twin: ge, exclude_if, serialization_alias...
        self.annotation = ""
        self.coerce: Callable[[Any], Any] | None = None

    @property
    def is_required(self) -> bool:
        return self.default is _REQUIRED and self.default_factory is None


def field(
    default: Any = _REQUIRED,
    *,
    default_factory: Callable[[], Any] | None = None,
    validation_choices: tuple[str, ...] = (),
    **extra: Any,
) -> Any:
    """A field's settings, as pydantic's Field(): `validation_choices` stands for AliasChoices."""
    return FieldInfo(default, default_factory, validation_choices, **extra)


def _constructor(cls: type[Record]) -> Callable[..., None]:
    """The class's __init__, as source (as checker/plain.py writes a Value's): each keyword stored in the instance's
    __dict__, copied as `coerce` says, a default or factory for what is not given. A field given under another
    accepted name, or an unknown keyword, goes through the generic constructor, which renames or refuses it."""
    fields = cls.model_fields
    if any(keyword.iskeyword(name) or name.startswith("_") or name == "self" for name in fields):
        return Record.__init__
    namespace: dict[str, Any] = {"_M": _REQUIRED, "_generic": Record.__init__}
    parameters, body = [], []
    for index, (name, info) in enumerate(fields.items()):
        parameters.append(f"{name}=_M")
        given = name
        if info.coerce is not None:
            namespace[f"_co{index}"] = info.coerce
            given = f"_co{index}({name})"
        if info.default_factory is not None:
            namespace[f"_fa{index}"] = info.default_factory
            body.append(f"    _d[{name!r}] = _fa{index}() if {name} is _M else {given}")
        elif info.default is not _REQUIRED:
            namespace[f"_de{index}"] = info.default
            body.append(f"    _d[{name!r}] = _de{index} if {name} is _M else {given}")
        else:
            body.append(f"    if {name} is _M:")
            body.append(f"        raise TypeError({f'{cls.__name__}: field {name!r} is required'!r})")
            body.append(f"    _d[{name!r}] = {given}")
    given_all = ", ".join(f"({name!r}, {name})" for name in fields)
    source = (
        f"def __init__(self, *, {', '.join(parameters)}, **_others):\n"
        "    if _others:\n"
        f"        _others.update((k, v) for k, v in ({given_all},) if v is not _M)\n"
        "        return _generic(self, **_others)\n"
        "    _d = self.__dict__\n" + "\n".join(body) + "\n"
    )
    exec(source, namespace)  # the source holds only the class's own field names
    return namespace["__init__"]


def _coercion(annotation: str) -> Callable[[Any], Any] | None:
    """Copy a list, tuple or dict value as pydantic's validation would (a tuple given for a list becomes a list)."""
    for prefix, kind in (("list[", list), ("tuple[", tuple), ("dict[", dict)):
        if annotation.startswith(prefix):
            return kind
    return None


class Record:
    """Base of the records. Subclasses declare fields as pydantic models do; `model_config` is pydantic's."""

    model_config: ClassVar[dict[str, Any]] = {}
    model_fields: ClassVar[dict[str, FieldInfo]] = {}
    _renamed: ClassVar[dict[str, str]] = {}  # validation choice -> field name

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: dict[str, FieldInfo] = {}
        for name, annotation in own_annotations(cls).items():
            if str(annotation).startswith("ClassVar"):
                continue
            value = cls.__dict__.get(name, _REQUIRED)
            info = value if isinstance(value, FieldInfo) else FieldInfo(value)
            info.annotation = str(annotation)
            optional = info.annotation.endswith(" | None")
            coerce = _coercion(info.annotation)
            info.coerce = (lambda v, c=coerce: v if v is None else c(v)) if coerce and optional else coerce
            fields[name] = info
            if isinstance(value, FieldInfo):
                delattr(cls, name)
        cls.model_fields = fields
        cls._renamed = {c: name for name, info in fields.items() for c in info.validation_choices if c != name}
        cls._made = 0
        if "__init__" not in cls.__dict__:
            cls.__init__ = Record._counted_init  # type: ignore[method-assign]  # its own, once it is used often

    _made: ClassVar[int] = 0

    def _counted_init(self, **data: Any) -> None:
        """The generic constructor, until the class has made COMPILE_AFTER instances: then its own, written as
        source (compiling costs about 0.3 ms a class: a one-page check makes a few of each, an archive millions)."""
        cls = type(self)
        cls._made += 1
        if cls._made >= COMPILE_AFTER:
            cls.__init__ = _constructor(cls)  # type: ignore[method-assign]
        Record.__init__(self, **data)

    def __init__(self, **data: Any) -> None:
        """The generic constructor: the generated one's behaviour, and its path for a field given by another name."""
        cls = type(self)
        for key in list(data):
            if key not in cls.model_fields:
                if key not in cls._renamed:
                    raise TypeError(f"{cls.__name__}: no field {key!r}")
                data[cls._renamed[key]] = data.pop(key)
        values = self.__dict__
        for name, info in cls.model_fields.items():
            if name in data:
                value = data[name]
                values[name] = info.coerce(value) if info.coerce is not None else value
            elif info.default_factory is not None:
                values[name] = info.default_factory()
            elif info.default is not _REQUIRED:
                values[name] = info.default
            else:
                raise TypeError(f"{cls.__name__}: field {name!r} is required")

    def __setattr__(self, name: str, value: Any) -> None:
        if self.model_config.get("frozen"):
            raise TypeError(f"{type(self).__name__} is frozen")
        if name not in type(self).model_fields:
            raise AttributeError(f"{type(self).__name__} has no field {name!r}")
        self.__dict__[name] = value

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    def __hash__(self) -> int:
        if not self.model_config.get("frozen"):
            raise TypeError(f"unhashable type: {type(self).__name__!r}")
        return hash((type(self), *self.__dict__.values()))

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        yield from self.__dict__.items()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.__repr_body(', ')})"

    def __str__(self) -> str:
        return self.__repr_body(" ")

    def __repr_body(self, separator: str) -> str:
        return separator.join(f"{name}={value!r}" for name, value in self.__dict__.items())

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy, with `update` applied as given (not copied in, as pydantic's model_copy does)."""
        new = copy.deepcopy(self) if deep else copy.copy(self)
        new.__dict__.update(update or {})
        return new

    # --- through the pydantic twin ----------------------------------------------------------------------------

    def model_dump(self, **options: Any) -> dict[str, Any]:
        return _to_twin(self).model_dump(**options)

    def model_dump_json(self, **options: Any) -> str:
        if set(options) <= {"indent"}:  # written directly when every value is as declared (checker/records_json.py)
            from checker.records_json import NotPlain, dump_json

            try:
                return dump_json(self, options.get("indent"))
            except NotPlain:
                pass
        return _to_twin(self).model_dump_json(**options)

    @classmethod
    def model_validate(cls, obj: Any) -> Any:
        return _from_twin(twin(cls).model_validate(_to_twin(obj)))

    @classmethod
    def model_json_schema(cls, **options: Any) -> dict[str, Any]:
        return twin(cls).model_json_schema(**options)


# --- twins ------------------------------------------------------------------------------------------------------

_TWINS: dict[type[Record], Any] = {}


def twin(cls: type[Record]) -> Any:
    """The pydantic model of a record class (made once, with its nested records' twins)."""
    found = _TWINS.get(cls)
    if found is None:
        found = _TWINS[cls] = _make_twin(cls)
    return found


class _Names(dict):
    """A record module's names for evaluating annotations, with records (and unions of them) as their twins."""

    def __init__(self, module: types.ModuleType) -> None:
        super().__init__(vars(module))

    def __getitem__(self, name: str) -> Any:
        return _twinned(super().__getitem__(name))


def _twinned(value: Any) -> Any:
    if isinstance(value, type) and issubclass(value, Record):
        return twin(value)
    if isinstance(value, types.UnionType):
        return reduce(lambda a, b: a | b, (_twinned(arg) for arg in value.__args__))
    return value


def _make_twin(cls: type[Record]) -> Any:
    from pydantic import AliasChoices, BaseModel, ConfigDict, Field

    names = _Names(sys.modules[cls.__module__])
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__doc__": cls.__doc__,
        "__record__": cls,
        "model_config": ConfigDict(**cls.model_config),  # type: ignore[typeddict-item]
    }
    for name, info in cls.model_fields.items():
        annotations[name] = eval(info.annotation, {"__builtins__": __builtins__}, names)  # our own declarations
        settings = dict(info.extra)
        if info.validation_choices:
            settings["validation_alias"] = AliasChoices(*info.validation_choices)
        if info.default_factory is not None:
            settings["default_factory"] = _twinned(info.default_factory)
        elif info.default is not _REQUIRED:
            settings["default"] = info.default
        namespace[name] = Field(**settings)
    namespace["__annotations__"] = annotations
    return type(cls.__name__, (BaseModel,), namespace)


def _to_twin(value: Any) -> Any:
    """The twin of a record, validated from its values in one call (records nested in it validated as dicts)."""
    if isinstance(value, Record):
        return twin(type(value)).model_validate(_plain(value))
    return _plain(value)


def _plain(value: Any) -> Any:
    """A record as a dict, and the records in it (so pydantic validates the whole tree in one call)."""
    if isinstance(value, Record):
        data = value.__dict__.copy()
        deep = _DEEP.get(type(value))
        for name in _deep(type(value)) if deep is None else deep:
            if data[name] is not None:
                data[name] = _plain(data[name])
        return data
    return _each(value, _plain)


def _each(value: Any, convert: Callable[[Any], Any]) -> Any:
    """A list, tuple or dict with `convert` applied to its items; any other value as it is."""
    if isinstance(value, list):
        return [convert(item) for item in value]
    if isinstance(value, tuple):
        return tuple(convert(item) for item in value)
    if isinstance(value, dict):
        return {key: convert(item) for key, item in value.items()}
    return value


_DEEP: dict[type[Record], tuple[str, ...]] = {}


def _deep(cls: type[Record]) -> tuple[str, ...]:
    """The fields of a record class whose type mentions a record (a str or a list of str is taken as it is)."""
    names = vars(sys.modules[cls.__module__])
    found = _DEEP[cls] = tuple(
        name
        for name, info in cls.model_fields.items()
        if _mentions_record(eval(info.annotation, {"__builtins__": __builtins__}, names))
    )
    return found


def _mentions_record(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return True
    return any(_mentions_record(arg) for arg in typing.get_args(annotation))


def _from_twin(value: Any) -> Any:
    record = getattr(type(value), "__record__", None)
    if record is not None:
        new = record.__new__(record)
        new.__dict__.update({name: _from_twin(getattr(value, name)) for name in record.model_fields})
        return new
    return _each(value, _from_twin)
