# Struct sequences (time.struct_time, sys.version_info's type, ...) are final types named
# by their module, and their constructor's argument errors name `structseq`.
import sys
import time

kinds = [time.struct_time, type(sys.version_info), type(sys.flags), type(sys.float_info),
         type(sys.int_info), type(sys.hash_info)]
for t in kinds:
    print(t, t.__name__, t.__qualname__, t.__module__, issubclass(t, tuple))
    try:
        class Sub(t):
            pass
        print("subclassed", t)
    except TypeError as e:
        print("TypeError", e)

# A final type among several bases is refused too.
class Mixin:
    pass

try:
    class Both(Mixin, time.struct_time):
        pass
except TypeError as e:
    print("TypeError", e)

# type() with a final base.
try:
    type("Dyn", (time.struct_time,), {})
except TypeError as e:
    print("TypeError", e)

# Ordinary tuple subclasses still work.
class Pair(tuple):
    pass

print(Pair((1, 2)), type(Pair((1, 2))).__name__)

st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(st.tm_year, st[0], len(st), type(st).__name__)
for args, kw in [((), {}), (((1,) * 9, (1,)), {}), (((1,) * 9, {}, 3), {}),
                 (((1,) * 9,), {"sequence": (1,)}), ((), {"x": 1}), (((1, 2),), {}),
                 ((5,), {}), (((1,) * 12,), {})]:
    try:
        print(time.struct_time(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
for args, kw in [(((1,) * 9,), {"x": 1}), ((), {"x": 1, "dict": {}}),
                 (((1,) * 9, (1,)), {"x": 1})]:
    try:
        print(time.struct_time(*args, **kw))
    except TypeError as e:
        print("TypeError", e)

# Messages name an instance's type module-qualified, as CPython's tp_name.
for f in [lambda: st.foo, lambda: st(), lambda: 1 + st, lambda: st + 1, lambda: st < 1,
          lambda: sys.version_info.foo, lambda: setattr(st, "tm_year", 1),
          lambda: setattr(st, "other", 1), lambda: st[99], lambda: next(st)]:
    try:
        print(f())
    except (AttributeError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
