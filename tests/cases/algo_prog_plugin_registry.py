"""Plugin registry: metaclasses, __prepare__, __init_subclass__, __set_name__, abc, weakref."""
import abc
import sys
import weakref
import warnings
import atexit
from collections import OrderedDict, ChainMap
from collections.abc import Mapping, MutableMapping, Iterable
from functools import wraps, total_ordering


atexit.register(lambda: print("atexit: registry shut down"))
atexit.register(print, "atexit:", "second registered, runs first", sep=" ")


class OrderedNamespace(dict):
    def __init__(self, clsname):
        super().__init__()
        self.clsname = clsname
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            if key in self:
                warnings.warn(f"{self.clsname}.{key} redefined", RuntimeWarning, stacklevel=2)
            self.order.append(key)
        super().__setitem__(key, value)


class PluginMeta(abc.ABCMeta):
    registry = OrderedDict()

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return OrderedNamespace(name)

    def __new__(mcls, name, bases, ns, *, kind=None, priority=0, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns), **kwargs)
        cls._definition_order = tuple(ns.order)
        cls.kind = kind
        cls.priority = priority
        if kind is not None:
            mcls.registry.setdefault(kind, []).append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        Plugin.live.add(inst)
        return inst

    def __repr__(cls):
        return f"<plugin class {cls.__name__} kind={cls.kind} prio={cls.priority}>"

    def __len__(cls):
        return len(cls._definition_order)


class Option:
    def __init__(self, default, *, doc=""):
        self.default = default
        self.doc = doc
        self.name = None
        self.owner = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        owner.options = getattr(owner, "options", ()) + (name,)

    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return inst.__dict__.get("_opt_" + self.name, self.default)

    def __set__(self, inst, value):
        if type(value) is not type(self.default):
            raise TypeError(f"option {self.name} expects {type(self.default).__name__}, got {type(value).__name__}")
        inst.__dict__["_opt_" + self.name] = value

    def __delete__(self, inst):
        inst.__dict__.pop("_opt_" + self.name, None)

    def __repr__(self):
        return f"Option({self.owner}.{self.name}={self.default!r})"


def logged(method):
    @wraps(method)
    def wrapper(self, *args, **kwargs):
        result = method(self, *args, **kwargs)
        self.calls.append((method.__name__, args, result))
        return result
    wrapper.is_logged = True
    return wrapper


class Plugin(metaclass=PluginMeta):
    live = weakref.WeakSet()
    verbose = Option(False, doc="chatty")

    def __init_subclass__(cls, /, abstract=False, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.abstract = abstract
        missing = [n for n in getattr(cls, "__abstractmethods__", ()) if not abstract]
        cls.incomplete = sorted(missing)

    def __init__(self, **opts):
        self.calls = []
        for k, v in opts.items():
            if k not in type(self).options:
                raise TypeError(f"{type(self).__name__}() got an unexpected option {k!r}")
            setattr(self, k, v)

    @abc.abstractmethod
    def run(self, text):
        """Transform text."""

    @classmethod
    def describe(cls):
        return f"{cls.__qualname__}: options={cls.options} order={cls._definition_order}"


class Upper(Plugin, kind="text", priority=5):
    width = Option(0)

    @logged
    def run(self, text):
        out = text.upper()
        return out.center(self.width, "*") if self.width else out


class Reverse(Plugin, kind="text", priority=1):
    @logged
    def run(self, text):
        return text[::-1]

    def run(self, text):
        return "".join(reversed(text))


class Counter(Plugin, kind="stats", priority=3):
    @logged
    def run(self, text):
        return {c: text.count(c) for c in sorted(set(text)) if c.isalpha()}


class Half(Plugin, abstract=True):
    def helper(self):
        return "half"


@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


class Settings(MutableMapping):
    def __init__(self, *layers):
        self._map = ChainMap({}, *layers)

    def __getitem__(self, key):
        return self._map[key]

    def __setitem__(self, key, value):
        self._map[key] = value

    def __delitem__(self, key):
        del self._map.maps[0][key]

    def __iter__(self):
        return iter(sorted(self._map))

    def __len__(self):
        return len(self._map)


def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")

        class Dup(Plugin, kind="text"):
            def run(self, text):
                return text

            def run(self, text):
                return text * 2
    for w in caught:
        print("warning:", w.category.__name__, w.message)
    for kind, classes in PluginMeta.registry.items():
        ordered = sorted(classes, key=lambda c: (-c.priority, c.__name__))
        print(kind, ordered)
    print(Upper.describe())
    print(Reverse.describe(), len(Reverse), len(Plugin))
    print(Upper.width, Upper.verbose, Plugin.options, Upper.options)
    print(Upper.run.__name__, Upper.run.__wrapped__.__qualname__, Upper.run.is_logged)
    print(Half.abstract, Half.incomplete, Upper.abstract, Upper.incomplete)
    try:
        Half()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Plugin()
    except TypeError as e:
        print("TypeError:", e)
    u = Upper(width=20)
    r = Reverse(verbose=True)
    c = Counter()
    print(u.run("hello"), r.run("hello"), c.run("hello world"))
    print(u.calls, r.calls, u.verbose, r.verbose)
    try:
        u.width = "wide"
    except TypeError as e:
        print("TypeError:", e)
    try:
        Upper(colour="red")
    except TypeError as e:
        print("TypeError:", e)
    del u.width
    print(u.run("x"), vars(u))
    print("live plugins:", len(Plugin.live))
    del r
    print("live after del:", len(Plugin.live))
    wr = weakref.ref(c, lambda ref: print("callback: counter collected"))
    print(wr() is c)
    del c
    print(wr())
    print(isinstance(u, Plugin), issubclass(Upper, abc.ABC), type(Upper).__mro__[1].__name__)
    Plugin.register(Version)
    print(issubclass(Version, Plugin), isinstance(Version("1.0"), Plugin))
    print(sorted([Version("1.10"), Version("1.2"), Version("1.2.1")]), Version("2.0") >= Version("2"))
    s = Settings({"a": 1, "b": 2}, {"b": 20, "c": 30})
    s["d"] = 4
    s["a"] = 10
    print(dict(s), len(s), "c" in s, s.get("zz", "dflt"))
    del s["a"]
    print(dict(s.items()), list(s.keys()), isinstance(s, Mapping), isinstance(s, Iterable))
    try:
        del s["c"]
    except KeyError as e:
        print("KeyError:", e)
    print(s.pop("d"), s.setdefault("e", 5), sorted(s.values()))
    s.update(x=1, y=2)
    print(list(s))
    print(PluginMeta.__prepare__("X", ()).__class__.__name__)
    print("exiting main")


main()
sys.exit(3)
