"""A hand-written dataclass-like decorator that builds methods with exec."""
import sys
import keyword
from types import MappingProxyType, SimpleNamespace
import copy


class _Missing:
    _inst = None

    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __repr__(self):
        return "MISSING"

    def __bool__(self):
        return False


MISSING = _Missing()


class Field:
    __slots__ = ("name", "type", "default", "default_factory", "repr", "compare", "kw_only")

    def __init__(self, default=MISSING, default_factory=MISSING, repr=True, compare=True, kw_only=False):
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return (f"Field(name={self.name!r},type={self.type!r},default={self.default!r},"
                f"factory={self.default_factory!r},repr={self.repr},kw_only={self.kw_only})")


def field(**kw):
    return Field(**kw)


def _create_fn(name, args, body, globals_, locals_):
    txt = f"def {name}({', '.join(args)}):\n" + "\n".join(f"  {b}" for b in body or ["pass"])
    outer_args = ", ".join(locals_)
    src = f"def __create_fn__({outer_args}):\n" + "\n".join("  " + l for l in txt.splitlines()) + f"\n  return {name}"
    ns = {}
    exec(src, globals_, ns)
    return ns["__create_fn__"](**locals_)


def _collect_fields(cls):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, "__fields__", None)
        if base_fields:
            for f in base_fields.values():
                fields[f.name] = f
    anns = cls.__dict__.get("__annotations__", {})
    for name, tp in anns.items():
        if keyword.iskeyword(name):
            raise TypeError(f"field name {name!r} is a keyword")
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING and f.default_factory is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default if f.default is not MISSING else MISSING)
                if f.default is MISSING:
                    delattr(cls, name)
        else:
            f = Field(default=default)
        f.name = name
        f.type = tp
        if isinstance(f.default, (list, dict, set)):
            raise ValueError(f"mutable default {type(f.default).__name__} for field {name} is not allowed: use default_factory")
        fields[name] = f
    return fields


def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = _collect_fields(cls)
        cls.__fields__ = MappingProxyType(fields)
        positional = [f for f in fields.values() if not f.kw_only]
        kwonly = [f for f in fields.values() if f.kw_only]
        seen_default = False
        args = ["self"]
        locals_ = {"MISSING": MISSING, "_setattr": object.__setattr__}
        body = []
        for f in positional + kwonly:
            if f is kwonly[0] if kwonly else False:
                args.append("*")
            if f.default is not MISSING:
                locals_[f"_dflt_{f.name}"] = f.default
                args.append(f"{f.name}=_dflt_{f.name}")
                seen_default = True
            elif f.default_factory is not MISSING:
                locals_[f"_fac_{f.name}"] = f.default_factory
                args.append(f"{f.name}=MISSING")
                seen_default = True
            else:
                if seen_default and not f.kw_only:
                    raise TypeError(f"non-default argument {f.name!r} follows default argument")
                args.append(f.name)
            if f.default_factory is not MISSING:
                value = f"_fac_{f.name}() if {f.name} is MISSING else {f.name}"
            else:
                value = f.name
            if frozen:
                body.append(f"_setattr(self, {f.name!r}, {value})")
            else:
                body.append(f"self.{f.name} = {value}")
        if hasattr(cls, "__post_init__"):
            body.append("self.__post_init__()")
        cls.__init__ = _create_fn("__init__", args, body, sys.modules[__name__].__dict__, locals_)
        cls.__init__.__qualname__ = f"{cls.__qualname__}.__init__"

        shown = [f.name for f in fields.values() if f.repr]
        rbody = ["return self.__class__.__qualname__ + '(' + ', '.join(["
                 + ", ".join(f"{n!r} + '=' + repr(self.{n})" for n in shown) + "]) + ')'"]
        cls.__repr__ = _create_fn("__repr__", ["self"], rbody, {}, {})

        cmp = [f.name for f in fields.values() if f.compare]
        tup = "(" + "".join(f"self.{n}," for n in cmp) + ")"
        otup = "(" + "".join(f"other.{n}," for n in cmp) + ")"
        cls.__eq__ = _create_fn("__eq__", ["self", "other"],
                                ["if other.__class__ is self.__class__:",
                                 f"  return {tup} == {otup}", "return NotImplemented"], {}, {})
        if order:
            for name, op in [("__lt__", "<"), ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")]:
                setattr(cls, name, _create_fn(name, ["self", "other"],
                        ["if other.__class__ is self.__class__:",
                         f"  return {tup} {op} {otup}", "return NotImplemented"], {}, {}))
        if frozen:
            def __setattr__(self, name, value):
                raise AttributeError(f"cannot assign to field {name!r}")
            def __delattr__(self, name):
                raise AttributeError(f"cannot delete field {name!r}")
            cls.__setattr__ = __setattr__
            cls.__delattr__ = __delattr__
            cls.__hash__ = _create_fn("__hash__", ["self"], [f"return hash({tup})"], {}, {})
        else:
            cls.__hash__ = None
        cls.__match_args__ = tuple(f.name for f in positional)
        return cls
    return wrap if cls is None else wrap(cls)


def asdict(obj):
    if hasattr(type(obj), "__fields__"):
        return {name: asdict(getattr(obj, name)) for name in type(obj).__fields__}
    if isinstance(obj, (list, tuple)):
        return type(obj)(asdict(v) for v in obj)
    if isinstance(obj, dict):
        return {k: asdict(v) for k, v in obj.items()}
    return copy.deepcopy(obj)


@record
class Point:
    x: int
    y: int = 0

    def __post_init__(self):
        if not isinstance(self.x, int):
            raise TypeError("x must be int")


@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


@record
class Polygon:
    name: str
    points: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    closed: bool = field(default=True, kw_only=True)


@record
class Point3(Point):
    z: int = 0


def main():
    p = Point(1, 2)
    print(p, Point(3), p == Point(1, 2), p == Point(2, 1), p != (1, 2))
    print(Point.__init__.__qualname__, Point.__match_args__)
    try:
        hash(p)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point("a")
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point()
    except TypeError as e:
        print("TypeError:", e)
    vs = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc")]
    print(sorted(vs))
    print(vs[0] == vs[3], hash(vs[0]) == hash(vs[3]), len({*vs}))
    print(max(vs), min(vs), Version(2) > Version(1, 99))
    try:
        vs[0].major = 5
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del vs[0].minor
    except AttributeError as e:
        print("AttributeError:", e)
    poly = Polygon("tri", [Point(0), Point(1, 0), Point(0, 1)], closed=False)
    print(poly)
    poly2 = Polygon("empty")
    poly2.points.append(Point(9, 9))
    print(poly2, Polygon("other").points, poly2.tags)
    try:
        Polygon("x", [], {}, False)
    except TypeError as e:
        print("TypeError:", e)
    print(asdict(poly))
    p3 = Point3(1, 2, 3)
    print(p3, Point3.__match_args__, list(Point3.__fields__))
    print(p3 == Point(1, 2), isinstance(Point3.__fields__, MappingProxyType))
    try:
        Point3.__fields__["w"] = 1
    except TypeError as e:
        print("TypeError:", e)
    for obj in [p, p3, Version(3, 1), poly, 42]:
        match obj:
            case Point3(x, y, z):
                print("3d", x + y + z)
            case Point(x, y=0):
                print("on x axis", x)
            case Point(x, y):
                print("2d", x, y)
            case Version(major=3, minor=m):
                print("v3 minor", m)
            case Polygon(name, pts) if len(pts) > 2:
                print("polygon", name, len(pts))
            case _:
                print("other", obj)
    try:
        @record
        class Bad:
            a: int = 1
            b: int
    except TypeError as e:
        print("TypeError:", e)
    try:
        @record
        class Bad2:
            items: list = []
    except ValueError as e:
        print("ValueError:", e)
    print(Polygon.__fields__["tags"])
    ns = SimpleNamespace(**asdict(Version(1, 2)))
    print(ns)
    print(copy.copy(Point(5, 6)), copy.deepcopy(poly) == poly, copy.deepcopy(poly) is poly)


main()
