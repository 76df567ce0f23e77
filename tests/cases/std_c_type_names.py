# Stdlib classes that are C types in CPython (deque, OrderedDict, defaultdict, partial)
# are named module-qualified in messages; their subclasses by their own name.
from collections import deque, OrderedDict, defaultdict, Counter
from functools import partial
for make in [deque, OrderedDict, lambda: defaultdict(int), lambda: partial(print)]:
    o = make()
    for op in [lambda: hash(o), lambda: o(), lambda: o < 1, lambda: o + 1, lambda: o.nope, lambda: len(5) if False else o[1:2] if not isinstance(o, (dict,)) else o[[]], lambda: iter(5)]:
        try: op()
        except Exception as e: print(type(e).__name__, e)
print(repr(type(deque())), deque.__module__, deque.__qualname__)
class D(deque): pass
for op in [lambda: hash(D()), lambda: D()(), lambda: D().nope, lambda: len(partial(print)),
           lambda: next(deque()), lambda: partial(print).__setitem__(1, 2)]:
    try: op()
    except Exception as e: print(type(e).__name__, e)
try:
    p = partial(print); p[0] = 1
except TypeError as e: print(e)
for op in [lambda: -deque(), lambda: 1 in partial(print), lambda: reversed(partial(print)),
           lambda: abs(deque()), lambda: ~OrderedDict(), lambda: 1 in D() and reversed(1)]:
    try: op()
    except Exception as e: print(type(e).__name__, e)
class I(int): pass
class F(float): pass
class C(complex): pass

class L(list): pass
class S(str): pass
for v in [I(3), F(2.5), C(1+2j), L([1]), S('x'), True]:
    for op in [lambda: -v, lambda: +v, lambda: ~v, lambda: abs(v)]:
        try: print(repr(op()))
        except TypeError as e: print(e)
