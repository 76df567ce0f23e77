# object.__init__ refuses arguments handed on to it, as CPython 3.11 does: a cooperative
# __init__ chain that forwards unknown keywords ends in a TypeError.
class Loggable:
    def __init__(self, **kw):
        self.log = ["Loggable"]
        super().__init__(**kw)

class Named:
    def __init__(self, name="?", **kw):
        self.name = name
        super().__init__(**kw)

class Thing(Loggable, Named):
    def __init__(self, size, **kw):
        super().__init__(**kw)
        self.size = size

t = Thing(3, name="box")
print(t.name, t.size, t.log)
for kw in ({"bogus": 1}, {"name": "x", "extra": 2}):
    try:
        Thing(1, **kw)
    except TypeError as e:
        print("TypeError:", e)

class Fwd:
    def __init__(self, *args):
        super().__init__(*args)
Fwd()
try:
    Fwd(1, 2)
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)
class ViaMeta(metaclass=Meta):
    def __init__(self, **kw):
        super().__init__(**kw)
try:
    ViaMeta(x=1)
except TypeError as e:
    print("TypeError:", e)

# A class with neither __init__ nor __new__: the error names the class.
class Bare:
    pass
for call in (lambda: object.__init__(Bare(), 1), lambda: Bare().__init__(k=2), lambda: Bare(3)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__init__(object(), 1)
except TypeError as e:
    print("TypeError:", e)

# A __new__ of its own takes the arguments: object.__init__ lets them pass.
class OwnNew:
    def __new__(cls, *a, **k):
        self = super().__new__(cls)
        self.args = a
        return self
o = OwnNew(1, 2, k=3)
print(o.args)
o.__init__(5)
object.__init__(o, 6, k=7)
print("OwnNew ok")
class BothOwn:
    def __new__(cls, *a):
        return super().__new__(cls)
    def __init__(self, *a):
        super().__init__(*a)
try:
    BothOwn(1)
except TypeError as e:
    print("TypeError:", e)
# Builtin bases keep their own rules.
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
print(L([1, 2]), L())
class E(Exception):
    def __init__(self, *a):
        super().__init__(*a)
print(repr(E(1, 2)))
