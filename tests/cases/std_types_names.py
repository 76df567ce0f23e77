# types: the type names, SimpleNamespace, MappingProxyType, ModuleType and MethodType.
import sys
import types


def gen():
    yield 1


def outer():
    x = 1

    def inner():
        return x
    return inner


class C:
    def method(self):
        return "m"


try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__

checks = [
    (types.FunctionType, outer), (types.LambdaType, lambda: 0), (types.MethodType, C().method),
    (types.BuiltinFunctionType, len), (types.BuiltinMethodType, [].append),
    (types.ModuleType, sys), (types.GeneratorType, gen()), (types.CodeType, gen.__code__),
    (types.FrameType, sys._getframe()), (types.TracebackType, tb),
    (types.CellType, outer().__closure__[0]), (types.NoneType, None),
    (types.EllipsisType, ...), (types.NotImplementedType, NotImplemented),
]
for t, obj in checks:
    print(t.__name__, isinstance(obj, t), t is type(obj))
print(types.FunctionType is types.LambdaType, isinstance(gen, types.GeneratorType))
print(types.NoneType(), types.EllipsisType(), types.NotImplementedType())

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a="x")
print(ns, ns.a, ns.b)
ns.c = [1]
del ns.b
print(repr(ns), sorted(vars(ns)))
ns.me = ns
print(ns)
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(a=1) == types.SimpleNamespace(a=2))
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1), types.SimpleNamespace() != 1)


class Sub(types.SimpleNamespace):
    pass


print(Sub(q=1), Sub(q=1) == types.SimpleNamespace(q=1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError", e)
try:
    hash(types.SimpleNamespace())
except TypeError:
    print("unhashable")

# MappingProxyType
d = {"a": 1, "b": 2}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), list(mp), mp.get("z", 3), "a" in mp, mp.copy())
print(list(mp.keys()), list(mp.values()), list(mp.items()), list(reversed(mp)))
print(mp == {"a": 1, "b": 2}, mp | {"c": 3}, type(mp).__name__, str(mp))
d["c"] = 3
print(mp)
for action in ("set", "del", "attr"):
    try:
        if action == "set":
            mp["x"] = 1
        elif action == "del":
            del mp["a"]
        else:
            mp.x = 1
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)

# ModuleType and MethodType construct.
mod = types.ModuleType("mymod", "the docs")
mod.value = 42
print(mod, mod.__name__, mod.__doc__, mod.value, types.ModuleType("bare").__doc__)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError", e)
bound = types.MethodType(lambda self, y: (type(self).__name__, y), C())
print(bound(5), type(bound) is types.MethodType, bound.__self__.method())
try:
    types.MethodType(3, C())
except TypeError as e:
    print("TypeError", e)
