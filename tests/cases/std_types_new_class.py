# types.new_class / prepare_class / resolve_bases, DynamicClassAttribute and coroutine.
import types


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


Plain = types.new_class("Plain", (), {}, body)
print(Plain.__name__, Plain.x, Plain().double(), type(Plain))
Fancy = types.new_class("Fancy", (), {"metaclass": Meta, "flag": 1}, body)
print(type(Fancy).__name__, Fancy.from_prepare, Fancy.x)
print(types.prepare_class("P", (), {"metaclass": type}))
meta, ns, kw = types.prepare_class("Q", (), {"metaclass": Meta, "k": 2})
print(meta.__name__, ns, kw)
print(types.prepare_class("R")[0], types.prepare_class("R", (Fancy,))[0].__name__)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)


Child = types.new_class("Child", (Base,), {"tag": "t"})
print(Child.__bases__)


class Entry:
    def __mro_entries__(self, bases):
        return (Base,)


print(types.resolve_bases((Entry(), int)))
print(types.resolve_bases((int,)))
Derived = types.new_class("Derived", (Entry(),))
print(Derived.__bases__, type(Derived.__orig_bases__[0]).__name__)


class Other(type):
    pass


class WithOther(metaclass=Other):
    pass


try:
    types.new_class("Bad", (Fancy, WithOther))
except TypeError as e:
    print("TypeError", e)


class Color:
    def __init__(self, name):
        self._name = name

    @types.DynamicClassAttribute
    def name(self):
        "The member name."
        return self._name.upper()

    @name.setter
    def name(self, value):
        self._name = value


red = Color("red")
print(red.name, Color.name.__doc__ if False else "-")
red.name = "crimson"
print(red.name)
try:
    Color.name
except AttributeError:
    print("AttributeError on the class")
try:
    del red.name
except AttributeError as e:
    print("AttributeError", e)


@types.coroutine
def gen_coro():
    yield 1


print(list(gen_coro()))
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
