# types.SimpleNamespace is a C type in CPython: messages name it 'types.SimpleNamespace', two
# namespaces compare as their dicts for every operator, __reduce__ gives (type, (), dict).
import types, copy
ns = types.SimpleNamespace(b=2, a=1)
print(ns, repr(ns), vars(ns), ns.__dict__ is vars(ns), type(ns).__name__, type(ns).__module__, type(ns).__qualname__)
ns.self = ns
print(ns)
try:
    types.SimpleNamespace({"a": 1})
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace(**{"a b": 1}), types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
class Sub(types.SimpleNamespace):
    pass
s = Sub(x=1)
print(s, repr(s), s == types.SimpleNamespace(x=1), types.SimpleNamespace(x=1) == s)
c = copy.copy(types.SimpleNamespace(l=[1]))
d = copy.deepcopy(types.SimpleNamespace(l=[1]))
print(c, d, c.__reduce__()[0].__name__ if hasattr(c, "__reduce__") else "")
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in dir(types.SimpleNamespace(q=1)) if not n.startswith("__")), types.SimpleNamespace.__doc__ is not None)
try:
    types.SimpleNamespace(a=1).b
except AttributeError as e:
    print("AttributeError:", e)
try:
    del types.SimpleNamespace().zz
except AttributeError as e:
    print("AttributeError:", e)
print(types.SimpleNamespace(a=1) < types.SimpleNamespace(a=2) if False else "", isinstance(types.SimpleNamespace(), object))
try:
    types.SimpleNamespace(a=1) < types.SimpleNamespace(a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    types.SimpleNamespace(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
