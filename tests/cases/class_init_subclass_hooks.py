# __init_subclass__ with keyword arguments, registries, chaining and errors.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority)

class Csv(Plugin, name="csv", priority=2):
    pass
class Json(Plugin, priority=5):
    pass
class PrettyJson(Json, name="pjson"):
    pass

order = sorted(Plugin.registry.items(), key=lambda kv: (-kv[1].priority, kv[0]))
print([(k, v.__name__, v.priority) for k, v in order])
print(hasattr(Plugin, "plugin_name"), PrettyJson.priority)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Plain(object, flavour=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# implicit classmethod; cls is the new subclass, not the defining one
class Base:
    subclasses = []
    def __init_subclass__(cls):
        print("Base hook for", cls.__name__, "defined in", __class__.__name__)
        Base.subclasses.append(cls.__name__)
class A(Base): pass
class B(A): pass
class C(B):
    def __init_subclass__(cls, **kw):
        print("C hook for", cls.__name__, kw)
        super().__init_subclass__()
class D(C, extra=1): pass
print(Base.subclasses)
print(type(Base.__dict__["__init_subclass__"]).__name__)

# enforcing an interface at class-creation time
class Shape:
    required = ("area", "perimeter")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError("%s is missing %s" % (cls.__name__, ", ".join(missing)))

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
print(Square(3).area(), Square(3).perimeter())
try:
    class Blob(Shape):
        def area(self): return 0
except TypeError as e:
    print(type(e).__name__, e)
print("Blob" in globals())

# __init_subclass__ runs after __set_name__
class Noted:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Hooked:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class Uses(Hooked):
    field = Noted()

# with type() and with a metaclass
Made = type("Made", (Plugin,), {}, name="made", priority=1)
print(Made.plugin_name, Plugin.registry["made"] is Made)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns, **kw)
class Root(metaclass=Meta):
    def __init_subclass__(cls, tag="none"):
        print("Root hook", cls.__name__, tag)
class Sub(Root, tag="hello"):
    pass
