# staticmethod and classmethod objects carry a __dict__ that starts with the wrapped
# function's __module__, __name__, __qualname__, __doc__ and __annotations__.

def f(x: int = 1) -> int:
    "doc of f"
    return x


for kind in (staticmethod, classmethod):
    d = kind(f)
    for attr in ("__name__", "__qualname__", "__doc__", "__module__", "__annotations__"):
        print(kind.__name__, attr, getattr(d, attr))
    print(d.__wrapped__ is f, d.__func__ is f, d.__isabstractmethod__)
    d.tag = 5
    print(d.tag, sorted(vars(d)))
    del d.tag
    print(hasattr(d, "tag"), "tag" in d.__dict__)
    try:
        del d.nope
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        d.__func__ = len
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        d.__dict__ = 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        del d.__dict__
    except TypeError as e:
        print("TypeError:", e)
    d.__dict__ = {"a": 1}
    print(vars(d), d.a, hasattr(d, "__name__"))


class Plain:
    pass


# A wrapped object without those attributes contributes nothing.
obj = Plain()
sm = staticmethod(obj)
print(sorted(vars(sm)))
try:
    sm.__name__
except AttributeError as e:
    print("AttributeError:", e)


class A:
    @staticmethod
    def s():
        "static doc"

    @classmethod
    def c(cls):
        pass


A.__dict__["s"].marker = "m"
print(A.__dict__["s"].__doc__, A.__dict__["c"].__qualname__, A.__dict__["s"].marker)
print(getattr(A.s, "marker", None), A.s.__qualname__)
print("__dict__" in dir(staticmethod), "__dict__" in dir(A.__dict__["c"]))
print("marker" in dir(A.__dict__["s"]))
