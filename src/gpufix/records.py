"""`record`: gpufix's dataclass decorator, with shared methods instead of code compiled per class.

`dataclasses.dataclass` writes each class's __init__, __repr__, __eq__, __hash__ and, for a
frozen class, __setattr__ and __delattr__ as source text and compiles it when the class is
created. On CPython 3.11 that took ~25 ms of the ~135 ms of CPU that `gpufix --json --quick`
spends in its own process, for the ~70 classes a run loads (bench/bench_phases.py; compiling
is the cost, ~0.4 ms a class). `record` asks dataclasses for the fields only (no method is
generated, nothing is compiled) and gives the class generic methods that read those fields.

The behaviour is dataclasses' own: the same __init__ arguments (positional or by name),
defaults and default factories, __post_init__; equality over the compared fields of two
instances of the same class; for frozen classes, the hash of those fields and FrozenInstanceError
on assignment; the same repr. dataclasses.fields(), replace() and asdict() work on records.
Building an instance takes ~1 µs longer than with generated code; a run builds a few hundred.
Supported field options: default, default_factory, repr, compare, hash; and __post_init__.
Refused with TypeError: init=False or kw_only fields, a dataclass base class, a class that defines
its own __init__, __repr__, __eq__, __hash__, __setattr__ or __delattr__. Not offered: InitVar, order.
"""
from __future__ import annotations

import dataclasses
from dataclasses import MISSING, FrozenInstanceError
from operator import attrgetter
from reprlib import recursive_repr
from typing import Any, Callable, TypeVar, overload

T = TypeVar("T", bound=type)


@overload
def record(cls: T, /) -> T: ...
@overload
def record(*, frozen: bool = False) -> Callable[[T], T]: ...


def record(cls: Any = None, /, *, frozen: bool = False) -> Any:
    """`@record` or `@record(frozen=True)` in place of `@dataclass` / `@dataclass(frozen=True)`."""
    def wrap(c: T) -> T:
        return _build(c, frozen)

    return wrap if cls is None else wrap(cls)


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple]:
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


def _build(cls: T, frozen: bool) -> T:
    if any(dataclasses.is_dataclass(b) for b in cls.__mro__[1:]):
        raise TypeError(f"{cls.__qualname__}: a record cannot extend a dataclass")
    for name in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        if name in cls.__dict__:
            raise TypeError(f"{cls.__qualname__} defines {name}: use dataclasses.dataclass for it")
    cls = dataclasses.dataclass(cls, init=False, repr=False, eq=False)  # fields only: nothing compiled
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only is True for f in fields):
        raise TypeError(f"{cls.__qualname__}: records take no init=False or kw_only fields")
    names = tuple(f.name for f in fields)
    defaults = {f.name: f.default for f in fields if f.default is not MISSING}
    factories = {f.name: f.default_factory for f in fields if f.default_factory is not MISSING}
    post_init = "__post_init__" in dir(cls)
    qualname = cls.__qualname__
    count = len(names)
    set_field = object.__setattr__  # what frozen dataclasses' own __init__ uses

    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        if len(args) > count:
            raise TypeError(f"{qualname}.__init__() takes {count + 1} positional arguments "
                            f"but {len(args) + 1} were given")
        for name, value in zip(names, args):
            set_field(self, name, value)
        for name in names[len(args):]:
            if name in kwargs:
                value = kwargs.pop(name)
            elif name in defaults:
                value = defaults[name]
            elif name in factories:
                value = factories[name]()
            else:
                raise TypeError(f"{qualname}.__init__() missing required argument: '{name}'")
            set_field(self, name, value)
        if kwargs:
            name = next(iter(kwargs))
            if name in names:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument '{name}'")
            raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{name}'")
        if post_init:
            self.__post_init__()

    shown = tuple(f.name for f in fields if f.repr)

    @recursive_repr()
    def __repr__(self: Any) -> str:
        return f"{self.__class__.__qualname__}(" + ", ".join(f"{n}={getattr(self, n)!r}" for n in shown) + ")"

    compared = _getter(tuple(f.name for f in fields if f.compare))

    def __eq__(self: Any, other: Any) -> Any:
        if other.__class__ is self.__class__:
            return compared(self) == compared(other)
        return NotImplemented

    for fn in (__init__, __repr__, __eq__):
        fn.__qualname__ = f"{qualname}.{fn.__name__}"
        setattr(cls, fn.__name__, fn)
    if frozen:
        hashed = _getter(tuple(f.name for f in fields if (f.compare if f.hash is None else f.hash)))
        field_names = frozenset(names)

        def __hash__(self: Any) -> int:
            return hash(hashed(self))

        def __setattr__(self: Any, name: str, value: Any) -> None:
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self: Any, name: str) -> None:
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)

        for fn in (__hash__, __setattr__, __delattr__):
            fn.__qualname__ = f"{qualname}.{fn.__name__}"
            setattr(cls, fn.__name__, fn)
    else:
        cls.__hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable, as dataclasses
    return cls
