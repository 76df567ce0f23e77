# functools.partial keeps func/args/keywords as read-only fields, not in its __dict__;
# copy, __reduce__/__setstate__ and flattening of nested partials as CPython's C type.
import functools, copy
def f(a, b=2, *, c=3): return (a, b, c)
p = functools.partial(f, 1, c=9)
p.note = "n"
print(vars(p), p.__dict__, p(5), p.func is f, p.args, p.keywords)
for attr in ("func", "args", "keywords"):
    for op in ("set", "del"):
        try:
            if op == "set":
                setattr(p, attr, None)
            else:
                delattr(p, attr)
        except AttributeError as e:
            print(op, attr, "AttributeError:", e)
q = copy.copy(p)
print(q(7), q.note, q is p, vars(q))
r = copy.deepcopy(p)
print(r(8), vars(r), r.keywords is p.keywords)
print(p.__reduce__()[0].__name__, p.__reduce__()[2][1:], repr(p)[:30])
class MyP(functools.partial):
    def __call__(self, *a, **k):
        return ("wrapped", super().__call__(*a, **k))
mp = MyP(f, 4)
mp.tag = 1
print(mp(), vars(mp), type(mp).__name__, repr(mp)[:12])
pp = functools.partial(p, 6)
print(pp(), pp.func is f, pp.args, vars(pp))
print(hasattr(p, "__dict__"), isinstance(p, functools.partial), callable(p))
p.__setstate__((f, (10,), {"c": 0}, {"x": 1}))
print(p(), vars(p))
try:
    p.__setstate__((1, 2))
except TypeError as e:
    print("TypeError:", e)
