"""`fast_init` builds the same frozen records as the `__init__` that `dataclass` writes."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from dealradar.model import Evidence, Money
from dealradar.model.slots import fast_init


@dataclass(frozen=True, slots=True)
class _Plain:
    start: int
    text: str
    flag: bool = False
    extra: tuple[str, ...] = ()


@fast_init
@dataclass(frozen=True, slots=True)
class _Fast:
    start: int
    text: str
    flag: bool = False
    extra: tuple[str, ...] = ()


def _as_plain(x: _Fast) -> _Plain:
    return _Plain(x.start, x.text, x.flag, x.extra)


def test_same_fields_defaults_and_keywords() -> None:
    for fast, plain in [
        (_Fast(1, "a"), _Plain(1, "a")),
        (_Fast(2, "b", True), _Plain(2, "b", True)),
        (_Fast(text="c", start=3, extra=("x",)), _Plain(text="c", start=3, extra=("x",))),
    ]:
        assert _as_plain(fast) == plain
        assert repr(fast).replace("_Fast", "_Plain") == repr(plain)
    assert _Fast(1, "a") == _Fast(1, "a") and hash(_Fast(1, "a")) == hash(_Fast(1, "a"))
    with pytest.raises(TypeError):
        _Fast(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        _Fast(1, "a", nope=2)  # type: ignore[call-arg]


def test_still_frozen_replaceable_and_picklable() -> None:
    x = _Fast(1, "a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        x.start = 2  # type: ignore[misc]
    assert dataclasses.replace(x, flag=True) == _Fast(1, "a", True)
    assert pickle.loads(pickle.dumps(x)) == x


def test_post_init_still_checks_and_normalises() -> None:
    with pytest.raises(ValueError):
        Evidence("upfront", 0, 3, "ab")  # the quote does not fit the span
    assert Money(5, "USD").usd == 5  # (`__post_init__` fills the USD amount)
    with pytest.raises(ValueError):
        Money(5, "usd")


def test_a_default_factory_gives_each_record_its_own_value() -> None:
    @fast_init
    @dataclass(frozen=True, slots=True)
    class Noted:
        a: int
        notes: dict[str, int] = field(default_factory=dict)

    x, y = Noted(1), Noted(2)
    assert x.notes == {} and x.notes is not y.notes
    given = {"k": 1}
    assert Noted(3, given).notes is given


def test_refuses_what_it_would_not_build_the_same_way() -> None:
    @dataclass(frozen=True, slots=True)
    class NotInInit:
        a: int = field(default=0, init=False)

    @dataclass(frozen=True, slots=True)
    class KeywordOnly:
        a: int = field(default=0, kw_only=True)

    @dataclass(slots=True)
    class Mutable:
        a: int

    @dataclass(frozen=True)
    class NoSlots:
        a: int

    for cls in (NotInInit, KeywordOnly, Mutable, NoSlots):
        with pytest.raises(TypeError):
            fast_init(cls)
