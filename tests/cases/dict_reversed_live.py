# reversed() over a dict or a dict view is a live iterator, like the forward one: it fails
# when the dict changes size, and walks the entries present when it gets to them.


def attempt(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


d = {"a": 1, "b": 2, "c": 3}
print(type(reversed(d)).__name__, type(reversed(d.keys())).__name__)
print(type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
print(type(reversed(d)) is type(reversed(d.keys())))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(list(reversed({})), list(reversed({}.items())))

r = reversed(d)
print(r.__length_hint__(), next(r), r.__length_hint__())
d["d"] = 4
attempt("after insert", lambda: next(r))
attempt("hint after error", lambda: r.__length_hint__())
attempt("again", lambda: next(r))
d["d"] = 5
attempt("still", lambda: list(r))

d = {"a": 1, "b": 2, "c": 3}
r = reversed(d.items())
next(r)
del d["a"]
attempt("after delete", lambda: next(r))

d = {"a": 1, "b": 2}
r = reversed(d)
del d["a"]
d["z"] = 26
attempt("same size", lambda: list(r))

d = {"a": 1, "b": 2, "c": 3}
r = reversed(d.values())
print(next(r))
d["b"] = 20
attempt("value changed", lambda: list(r))

d = {1: "x", 2: "y", 3: "z"}
r = reversed(d.keys())
out = []
for k in r:
    out.append(k)
print(out, r.__length_hint__())
attempt("exhausted", lambda: next(r))
print(list(r), iter(r) is r)

d = dict.fromkeys(range(6))
for k in [1, 3]:
    del d[k]
print(list(reversed(d)), list(reversed(d.items()))[:2])


def grow():
    d = {1: 1}
    for k in reversed(d):
        d[k + 1] = 1


attempt("grow in loop", grow)


class D(dict):
    pass


sd = D(x=1, y=2)
print(list(reversed(sd)), type(reversed(sd)).__name__)
print(list(d.__reversed__()), list(d.keys().__reversed__()))
print(type(d.items().__reversed__()).__name__)
