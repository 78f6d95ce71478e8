"""checker/plain.py: value classes that behave as the dataclasses they replaced, and cleandoc as inspect's."""

from __future__ import annotations

import inspect
import pickle
from functools import cached_property

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checker.plain import FrozenInstanceError, Value, as_dict, field, replace
from checker.textnorm import cleandoc


class Point(Value, frozen=True):
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()

    @cached_property
    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


class Tally(Value):
    total: int = 0
    seen: dict[str, int] = field(default_factory=dict)
    label: str = field(init=False)

    def __post_init__(self) -> None:
        self.label = f"{self.total} in {len(self.seen)}"


class Labelled(Point, frozen=True):
    label: str = "p"


def test_positional_and_keyword_construction_with_defaults_and_fresh_factories() -> None:
    a, b = Point(1), Point(x=1)
    assert (a.x, a.y, a.tags) == (1, 0, ()) and a == b
    assert Point(1, 2, ("a",)) == Point(x=1, y=2, tags=("a",)) != Point(1, 3, ("a",))
    first, second = Tally(), Tally()
    first.seen["ap"] = 1
    assert second.seen == {}  # each value its own dict


def test_bad_arguments_are_refused_as_a_dataclass_refuses_them() -> None:
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'z'"):
        Point(1, z=2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple values for argument 'x'"):
        Point(1, x=2)  # type: ignore[misc]
    with pytest.raises(TypeError, match="takes from 2 to 4 positional arguments but 5 were given"):
        Point(1, 2, (), 4)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'label'"):
        Tally(label="x")  # type: ignore[call-arg]


def test_frozen_values_refuse_assignment_and_hash_by_their_fields() -> None:
    point = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del point.y
    assert point.norm == 3 and point.norm == 3  # a cached property still caches on a frozen value
    assert hash(Labelled(1, 2, label="a")) == hash(Labelled(1, 2, label="a"))
    assert len({Labelled(1, 2, label="a"), Labelled(1, 2, label="a"), Labelled(1, 2, label="b")}) == 2
    with pytest.raises(TypeError, match="unhashable"):
        hash(Tally())


def test_mutable_values_run_post_init_and_compare_by_type_and_fields() -> None:
    tally = Tally(2, {"ap": 2})
    assert tally.label == "2 in 1"
    tally.total = 3
    assert tally.total == 3
    assert Labelled(1) != Point(1) and Point(1) != (1, 0, ())  # another type is never equal
    assert Labelled(1).label == "p" and Labelled._fields == ("x", "y", "tags", "label")
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=())"


def test_each_class_writes_its_own_constructor_at_its_first_instance() -> None:
    """A subclass made before or after its base's first instance takes its own fields, not its base's."""

    class Base(Value, frozen=True):
        a: int

    Base(1)

    class Child(Base, frozen=True):
        b: str = "b"

    assert (Child(1).b, Child(2, "c").b, Base(3).a) == ("b", "c", 3)
    assert Child.__init__ is not Base.__init__


def test_replace_as_dict_and_pickle() -> None:
    point = Labelled(1, 2, ("a",), "q")
    assert replace(point, y=5) == Labelled(1, 5, ("a",), "q")
    assert as_dict(point) == {"x": 1, "y": 2, "tags": ("a",), "label": "q"}
    assert replace(Tally(1, {"a": 1}), total=4).label == "4 in 1"  # init=False fields come from __post_init__
    for value in (point, Tally(1, {"a": 1})):
        assert pickle.loads(pickle.dumps(value)) == value


lines = st.lists(st.text(alphabet=" \t\nab", max_size=12), max_size=6)


@given(lines)
def test_cleandoc_is_inspects(parts: list[str]) -> None:
    text = "\n".join(parts)
    assert cleandoc(text) == inspect.cleandoc(text)
