# Exceptions raised in __exit__ replace the body's exception and chain to it.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("exit failed")

try:
    with Bad():
        raise ValueError("body failed")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

try:
    with Bad():
        pass
except RuntimeError as e:
    print(repr(e), e.__context__)

class Tracker:
    def __enter__(self):
        print("enter")
    def __exit__(self, *a):
        print("exit with", a[0].__name__ if a[0] else None)

try:
    with Tracker():
        with Tracker():
            raise KeyError("k")
except KeyError:
    print("outer caught KeyError")
