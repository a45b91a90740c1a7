"""Records: the probe's results and events, dataclass-like, without the start-up cost of ``dataclasses``.

Why not ``dataclasses``: ``ftpwizard probe`` must start about as fast as a bare ftplib script (issue 2:
at most 1.5x its whole-process time). Importing ``dataclasses`` (which imports ``inspect``, ``ast``,
``dis``, ``tokenize``) and generating code for the probe's twenty classes cost ~20 ms of a ~60 ms budget.
Here every record shares one generic ``__init__``, so defining a class costs almost nothing.

mypy sees ``record`` through ``dataclass_transform``: constructors, defaults, ``field(default_factory=...)``
and ``frozen`` are type-checked as for a dataclass. Records are not dataclasses: use ``replace``,
``fields``, ``asdict`` and ``is_record`` from here (the ``dataclasses`` functions refuse them).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing alone costs a few ms
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, TypeVar, dataclass_transform

    _T = TypeVar("_T")
else:

    def dataclass_transform(**_kwargs):
        return lambda decorator: decorator


_MISSING = object()
_FIELDS = "__record_fields__"


class FrozenRecordError(AttributeError):
    """Assigning to a field of a frozen record (like ``dataclasses.FrozenInstanceError``)."""


class _Field:
    __slots__ = ("default", "default_factory")

    def __init__(self, default: object, default_factory: Callable[[], object] | None) -> None:
        self.default = default
        self.default_factory = default_factory


def field(*, default: Any = _MISSING, default_factory: Callable[[], Any] | None = None) -> Any:
    """A field's default: ``default_factory`` gives each instance its own list or dict."""
    if default is not _MISSING and default_factory is not None:
        raise ValueError("give default or default_factory, not both")
    return _Field(default, default_factory)


@dataclass_transform(field_specifiers=(field,))
def record(cls: type[_T] | None = None, /, *, frozen: bool = False) -> Any:
    """Class decorator: ``__init__``, ``__repr__``, ``__eq__`` (and ``__hash__`` when frozen) from the
    class's annotations, in order, as ``@dataclass`` does. Methods the class defines itself are kept."""

    def wrap(klass: type[_T]) -> type[_T]:
        return _build(klass, frozen)

    return wrap if cls is None else wrap(cls)


def _build(cls: Any, frozen: bool) -> Any:
    names: list[str] = []
    defaults: dict[str, object] = {}
    factories: dict[str, Callable[[], object]] = {}
    for base in reversed(cls.__mro__[1:]):  # a record's fields come after its base record's fields
        for name in getattr(base, _FIELDS, ()):
            if name not in names:
                names.append(name)
        defaults.update(getattr(base, "__record_defaults__", {}))
        factories.update(getattr(base, "__record_factories__", {}))
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        if name not in names:
            names.append(name)
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, _Field):
            if value.default_factory is not None:
                factories[name] = value.default_factory
            elif value.default is not _MISSING:
                defaults[name] = value.default
            delattr(cls, name)
        elif value is not _MISSING:
            if isinstance(value, list | dict | set):
                raise ValueError(f"{cls.__name__}.{name}: a mutable default is shared; use field(default_factory=...)")
            defaults[name] = value
    seen_default = ""
    for name in names:
        if name in defaults or name in factories:
            seen_default = name
        elif seen_default:
            raise TypeError(f"{cls.__name__}: field {name!r} without a default follows {seen_default!r}")

    fields_tuple = tuple(names)
    setattr(cls, _FIELDS, fields_tuple)
    cls.__record_defaults__ = defaults
    cls.__record_factories__ = factories
    setattr(cls, "__match_args__", fields_tuple)  # noqa: B010 (mypy forbids assigning it directly)
    own = cls.__dict__
    cls.__init__ = _make_init(cls.__name__, fields_tuple, defaults, factories)
    if "__repr__" not in own:
        cls.__repr__ = _repr
    if "__eq__" not in own:
        cls.__eq__ = _eq
        if "__hash__" not in own:
            cls.__hash__ = _hash if frozen else None
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    return cls


def _make_init(
    class_name: str, names: tuple[str, ...], defaults: dict[str, object], factories: dict[str, Callable[[], object]]
) -> Callable[..., None]:
    positions = {name: i for i, name in enumerate(names)}

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        if len(args) > len(names):
            raise TypeError(f"{class_name}() takes {len(names)} positional arguments but {len(args)} were given")
        values = dict(zip(names, args, strict=False))
        for key, value in kwargs.items():
            if key not in positions:
                raise TypeError(f"{class_name}() got an unexpected keyword argument {key!r}")
            if key in values:
                raise TypeError(f"{class_name}() got multiple values for argument {key!r}")
            values[key] = value
        for name in names:
            if name in values:
                value = values[name]
            elif name in defaults:
                value = defaults[name]
            elif name in factories:
                value = factories[name]()
            else:
                raise TypeError(f"{class_name}() missing required argument: {name!r}")
            object.__setattr__(self, name, value)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init()

    return __init__


def _values(obj: object) -> tuple[object, ...]:
    return tuple(getattr(obj, name) for name in getattr(obj, _FIELDS))


def _repr(self: object) -> str:
    inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in getattr(self, _FIELDS))
    return f"{type(self).__qualname__}({inner})"


def _eq(self: object, other: object) -> bool:
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _values(self) == _values(other)


def _hash(self: object) -> int:
    return hash(_values(self))


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r} of a frozen {type(self).__name__}")


def _frozen_delattr(self: object, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r} of a frozen {type(self).__name__}")


def is_record(obj: object) -> bool:
    """True for an instance of a record class (not for the class itself)."""
    return not isinstance(obj, type) and hasattr(type(obj), _FIELDS)


def fields(obj: object) -> tuple[str, ...]:
    """The field names of a record (instance or class), in order."""
    names: tuple[str, ...] | None = getattr(obj, _FIELDS, None)
    if names is None:
        raise TypeError(f"{type(obj).__name__} is not a record")
    return names


def replace(obj: _T, /, **changes: Any) -> _T:
    """A copy of ``obj`` with some fields changed (``dataclasses.replace`` for records)."""
    names = fields(obj)
    unknown = set(changes) - set(names)
    if unknown:
        raise TypeError(f"{type(obj).__name__} has no field {sorted(unknown)[0]!r}")
    values = {name: changes[name] if name in changes else getattr(obj, name) for name in names}
    return type(obj)(**values)


def asdict(obj: object) -> dict[str, Any]:
    """A record as a dict, recursively through records, lists, tuples and dicts (values are copied)."""
    return {name: _plain(getattr(obj, name)) for name in fields(obj)}


def _plain(value: object) -> Any:
    if is_record(value):
        return asdict(value)
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
