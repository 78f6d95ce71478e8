"""Value classes declared as dataclasses are, without dataclasses' start-up cost.

`dataclasses` imports `inspect` and writes each class's methods as source code that it compiles when the class is
made: 7 ms for the imports and 0.5-1 ms a class, 14 ms of the 78 ms a one-photo `creditcheck check` took, paid on
every run for every class the program defines. A `Value` subclass declares its fields the same way (annotations,
defaults, `field(default_factory=...)`, `field(init=False)`) and gets the same constructor (positional or keyword),
`__post_init__`, equality and repr, and with `frozen=True` immutability and a hash. Making a class costs about
20 µs; its constructor is written (as dataclasses write it, a plain function that stores each field) the first
time the class is instantiated, so a run compiles constructors only for the classes it uses, and each instance then
costs what a dataclass's does. `dataclass_transform` tells type checkers, which check construction and frozen
fields as they would a dataclass's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar, dataclass_transform

_MISSING: Any = object()
V = TypeVar("V", bound="Value")


class _Field:
    __slots__ = ("default", "default_factory", "init")

    def __init__(self, default: Any, default_factory: Callable[[], Any] | None, init: bool) -> None:
        self.default = default
        self.default_factory = default_factory
        self.init = init


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None, init: bool = True) -> Any:
    """A field's default made by a factory (a list, a dict), or a field the constructor does not take."""
    return _Field(default, default_factory, init)


def own_annotations(cls: type) -> dict[str, Any]:
    """The annotations a class declares itself, as inspect.get_annotations gives them (without importing inspect)."""
    return cls.__dict__.get("__annotations__", {})  # noqa: RUF063 (inspect costs 6 ms of start-up)


class FrozenInstanceError(AttributeError):
    """Assigning to a field of a frozen value."""


@dataclass_transform(field_specifiers=(field,))
class Value:
    """Base of value classes. `class Point(Value, frozen=True): x: int; y: int = 0`."""

    _fields: ClassVar[tuple[str, ...]] = ()  # every field, in declaration order (a base class's first)
    _init: ClassVar[tuple[str, ...]] = ()  # the fields the constructor takes, in order
    _defaults: ClassVar[dict[str, Any]] = {}
    _factories: ClassVar[tuple[tuple[str, Callable[[], Any]], ...]] = ()
    _frozen: ClassVar[bool] = False

    def __init_subclass__(cls, frozen: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields, init = list(cls._fields), list(cls._init)
        defaults, factories = dict(cls._defaults), list(cls._factories)
        for name, annotation in own_annotations(cls).items():
            if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
                continue
            value = cls.__dict__.get(name, _MISSING)
            spec = value if isinstance(value, _Field) else _Field(value, None, True)
            if isinstance(value, _Field):
                delattr(cls, name)
                if spec.default is not _MISSING:
                    setattr(cls, name, spec.default)
            fields.append(name)
            if spec.init:
                init.append(name)
            if spec.default_factory is not None:
                factories.append((name, spec.default_factory))
            elif spec.default is not _MISSING:
                defaults[name] = spec.default
        cls._fields, cls._init = tuple(fields), tuple(init)
        cls._defaults, cls._factories = defaults, tuple(factories)
        cls._frozen = frozen or cls._frozen
        if "__eq__" not in cls.__dict__ and "__hash__" not in cls.__dict__:
            cls.__hash__ = Value._hash if cls._frozen else None  # type: ignore[assignment]
        if cls._frozen:
            cls.__setattr__ = _refuse_assignment  # type: ignore[method-assign,assignment]
            cls.__delattr__ = _refuse_deletion  # type: ignore[method-assign,assignment]
        if "__init__" not in cls.__dict__:
            cls.__init__ = Value.__init__  # type: ignore[method-assign]  # its own, written at its first instance

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        cls = type(self)
        cls.__init__ = _constructor(cls)  # type: ignore[method-assign]
        cls.__init__(self, *args, **kwargs)

    def _values(self) -> tuple[Any, ...]:
        values = self.__dict__
        return tuple(values[name] for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    def _hash(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        values = self.__dict__
        return f"{type(self).__qualname__}({', '.join(f'{name}={values[name]!r}' for name in self._fields)})"


def _refuse_assignment(self: Value, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


def _refuse_deletion(self: Value, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")


def _constructor(cls: type[Value]) -> Callable[..., None]:
    """The class's __init__, as source: each parameter stored in the instance's __dict__ (a frozen value's too:
    its __setattr__ refuses), factories called for what is not given, then __post_init__."""
    parameters, body = [], []
    namespace: dict[str, Any] = {"_MISSING": _MISSING, "_defaults": cls._defaults}
    factories = dict(cls._factories)
    for name in cls._init:
        if name in factories:
            namespace[f"_factory_{name}"] = factories[name]
            parameters.append(f"{name}=_MISSING")
            body.append(f"    _d[{name!r}] = _factory_{name}() if {name} is _MISSING else {name}")
        else:
            parameters.append(f"{name}=_defaults[{name!r}]" if name in cls._defaults else name)
            body.append(f"    _d[{name!r}] = {name}")
    for name in cls._fields:
        if name not in cls._init and name in factories:
            namespace[f"_factory_{name}"] = factories[name]
            body.append(f"    _d[{name!r}] = _factory_{name}()")
        elif name not in cls._init and name in cls._defaults:
            body.append(f"    _d[{name!r}] = _defaults[{name!r}]")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    source = f"def __init__(self, {', '.join(parameters)}):\n    _d = self.__dict__\n" + "\n".join(body) + "\n"
    exec(source, namespace)  # the source holds only the class's own field names
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def replace(value: V, **changes: Any) -> V:
    """A copy of `value` with `changes` (as dataclasses.replace)."""
    fields = value.__dict__
    return type(value)(**{name: fields[name] for name in value._init if name not in changes}, **changes)


def as_dict(value: Value) -> dict[str, Any]:
    """The fields and their values (shallow: the values are the value's own)."""
    fields = value.__dict__
    return {name: fields[name] for name in value._fields}
