# Metaclass hooks: isinstance/issubclass checks, attribute access on the class,
# __prepare__, class keywords through __new__/__init__/__init_subclass__, __set_name__.


class Checker(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, obj)
        return obj == "yes"

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is int


class Anything(metaclass=Checker):
    pass


print(isinstance("yes", Anything), isinstance(3, Anything), isinstance(Anything(), Anything))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(bool, (str, Anything)))


class Watch(type):
    def __setattr__(cls, name, value):
        print("set", cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("del", cls.__name__, name)
        super().__delattr__(name)

    def __getattr__(cls, name):
        return "meta getattr " + name

    def __getattribute__(cls, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)

    def shout(cls):
        return cls.__name__.upper()


class W(metaclass=Watch):
    x = 1


W.y = 2
print(W.y, W.x, W.magic, W.nothing, W.shout())
del W.y
print(W.y)
try:
    W().shout
except AttributeError as e:
    print("AttributeError", e)


class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("prepare", name, kwargs)
        return {"injected": name.lower()}

    def __new__(mcls, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print("init", name, kwargs)
        super().__init__(name, bases, ns)


class K(metaclass=Prep, flavour="sweet"):
    body = True


print(K.injected, K.body, type(K).__name__)


# __init_subclass__ receives the class keywords; unused ones are an error.
class Plugin:
    registry = []

    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(name)


class A(Plugin, name="a"):
    pass


for src in ("class B(Plugin, name='b', extra=1): pass",
            "class C(level=3): pass",
            "class D:\n    def __init_subclass__(cls): pass\nclass E(D, x=1): pass",
            "T = type('T', (), {}, q=1)"):
    try:
        exec(src, {"Plugin": Plugin})
    except TypeError as e:
        print("TypeError", e)
U = type("U", (Plugin,), {}, name="u")
print(Plugin.registry, U.__name__)


# __set_name__ is called for every attribute that has it; its errors are wrapped.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)


class Holder:
    first = Named()
    second = Named()


print(Holder.first.name, Holder.second.name)
try:
    class Broken:
        attr = Bad()
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__ is e.__context__)
