# A validation framework: descriptors with __set_name__, a metaclass with __prepare__/__new__/__init__/__call__, __init_subclass__ keywords, lazy attributes, metaclass dunders.
class Field:
    def __init__(self, *, default=None, required=True):
        self.default = default; self.required = required
    def __set_name__(self, owner, name):
        self.name = name; self.owner = owner.__name__
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")
    def validate(self, value):
        pass
    def __repr__(self):
        return f"<{type(self).__name__} {self.owner}.{self.name}>"

class Integer(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw); self.lo = lo; self.hi = hi
    def validate(self, v):
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"{self.name} must be int, not {type(v).__name__}")
        if self.lo is not None and v < self.lo:
            raise ValueError(f"{self.name}={v} below {self.lo}")
        if self.hi is not None and v > self.hi:
            raise ValueError(f"{self.name}={v} above {self.hi}")

class String(Field):
    def validate(self, v):
        if not isinstance(v, str):
            raise TypeError(f"{self.name} must be str")
        if not v.strip():
            raise ValueError(f"{self.name} empty")

class ModelMeta(type):
    registry = {}
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"_order": []}
    def __new__(mcs, name, bases, ns, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        ns["_fields"] = tuple(fields)
        cls = super().__new__(mcs, name, bases, ns)
        mcs.registry[name] = cls
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.table = kw.get("table", name.lower())
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __call__(cls, *a, **kw):
        obj = super().__call__(*a, **kw)
        obj._validated = True
        return obj

class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, /, audit=False, **kw):
        super().__init_subclass__(**kw)
        cls.audit = audit
        print("init_subclass", cls.__name__, audit)
    def __init__(self, **kw):
        for f in self._all_fields():
            if f in kw:
                setattr(self, f, kw.pop(f))
            elif getattr(type(self), f).required:
                raise TypeError(f"missing field {f!r}")
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
    @classmethod
    def _all_fields(cls):
        seen = []
        for k in reversed(cls.__mro__):
            for f in getattr(k, "_fields", ()):
                if f not in seen:
                    seen.append(f)
        return seen
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._all_fields())
        return f"{type(self).__name__}({inner})"

class User(Model, table="users", audit=True):
    name = String()
    age = Integer(lo=0, hi=150)
    nick = String(required=False, default="anon")

class Admin(User):
    level = Integer(lo=1, default=1, required=False)

print(ModelMeta.registry)
print(User.table, Admin.table, User.audit, Admin.audit, User._fields, Admin._fields, Admin._all_fields())
u = User(name="ann", age=30)
print(u, u._validated, User.name, User.__dict__["age"].private)
for kw in [dict(name="bob", age=-1), dict(name="  ", age=3), dict(name="x", age=True), dict(age=3), dict(name="z", age=1, extra=1, more=2)]:
    try:
        print(User(**kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a = Admin(name="root", age=40, level=9)
print(a, isinstance(a, User), type(Admin), Admin.__mro__)
try:
    del a.name
except AttributeError as e:
    print(e)
print(sorted(vars(a)))

class Lazy:
    def __init__(self, fn): self.fn = fn; self.__doc__ = fn.__doc__
    def __set_name__(self, owner, name): self.attr = name
    def __get__(self, obj, cls):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.attr] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        "the area"
        print("  computing")
        return 3.14159 * self.r ** 2
c = Circle(2)
print(c.area, c.area, Circle.area.__doc__)

class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class Config(metaclass=Singleton):
    def __init__(self): print("  config init")
print(Config() is Config())
class Plugin:
    plugins = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins.append(name or cls.__name__)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
print(Plugin.plugins)
try:
    class C(Plugin, bogus=1): pass
except TypeError as e:
    print(e)
class Meta2(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
    def __len__(cls): return 42
    def __iter__(cls): return iter([1, 2])
    def __contains__(cls, x): return x == "yes"
class K(metaclass=Meta2): pass
print(K.whatever, len(K), list(K), "yes" in K, "no" in K)
print(type.__dict__["__name__"].__get__(K), K.__name__, K.__qualname__, K.__module__)
