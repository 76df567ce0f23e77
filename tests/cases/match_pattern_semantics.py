# Every pattern kind with the subtle rules: str/bytes are not sequences, mappings ignore extra
# keys, class patterns use __match_args__ and isinstance, value patterns use ==, capture vs
# dotted names, guards evaluated after binding, or-patterns binding the same names.
import sys

class Color:
    RED = "red"
    GREEN = "green"

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("    Eq.__eq__ called with", other)
        return other == self.v

def classify(subject):
    match subject:
        case None:
            return "None literal"
        case True:
            return "True literal (identity)"
        case 0 | 0.0:
            return "zero (== match, so False too: %r)" % (subject,)
        case -1 | 1j | -2.5:
            return "negative or complex literal %r" % (subject,)
        case "" | b"":
            return "empty str/bytes %r" % (subject,)
        case Color.RED | Color.GREEN:
            return "value pattern " + subject
        case str() as s if len(s) > 3:
            return "long string (not a sequence pattern) " + s
        case str(s):
            return "short string via str(s) " + s
        case bytes() | bytearray():
            return "bytes-like " + repr(subject)
        case []:
            return "empty sequence of type " + type(subject).__name__
        case [x]:
            return "one-element %r" % (x,)
        case [int() as a, int() as b] if a < b:
            return "ascending int pair %d<%d" % (a, b)
        case [first, *_, last] if first == last:
            return "starts and ends with %r" % (first,)
        case [*head, (1 | 2) as tail]:
            return "ends with 1 or 2, head=%r tail=%r" % (head, tail)
        case (a, b, c):
            return "any 3-sequence %r %r %r" % (a, b, c)
        case {"type": "circle", "r": r, **rest}:
            return "circle r=%r extra=%r" % (r, sorted(rest))
        case {"type": "rect", "w": w, "h": h}:
            return "rect %rx%r" % (w, h)
        case {}:
            return "some other mapping with %d keys" % len(subject)
        case Point3(x, y, z=0):
            return "Point3 on the z=0 plane at %r,%r" % (x, y)
        case Point(0, 0):
            return "origin " + type(subject).__name__
        case Point(x=0, y=y) | Point(y=0, x=y):
            return "on an axis, other coord %r" % (y,)
        case Point(x, y) if x == y:
            return "diagonal %r" % (x,)
        case Point():
            return "some point"
        case int(n) | float(n) if n > 100:
            return "big number %r" % (n,)
        case int() | float():
            return "small number %r" % (subject,)
        case _:
            return "fallback for " + type(subject).__name__

tests = [None, True, False, 0, 0.0, -0.0, -1, 1j, -2.5, "", b"", "red", "green", "hello", "hi", b"xy",
         bytearray(b"z"), [], (), [7], (1, 2), [2, 1], ["a", "b", "a"], [9, 8, 2], [9, 8, 7], (5, 6, 7, 8),
         {"type": "circle", "r": 2, "fill": "x", "z": 0}, {"type": "rect", "w": 3, "h": 4, "extra": 1},
         {"type": "tri"}, {}, Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point3(0, 0, 0), Point(0, 5),
         Point(5, 0), Point(3, 3), Point(1, 2), 101, 5.5, 1000.0, range(3), {1, 2}, Eq(3)]
for t in tests:
    print("%-40s -> %s" % (repr(t)[:40] if not isinstance(t, (Point, Eq)) else type(t).__name__, classify(t)))

# literal and value patterns test `subject == value`, so the subject's __eq__ runs
match Eq(4):
    case 4:
        print("matched Eq(4) against literal 4")
match 4:
    case Color.RED:
        pass
    case _:
        print("4 is not Color.RED")

# bindings persist after the match statement, even from a failed guard
match [10, 20]:
    case [a, b] if a > b:
        print("unreachable")
    case _:
        print("guard failed but a and b are bound:", a, b)

# __match_args__ errors and positional patterns on builtins
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
for v in (5, "s", [1], {"k": 1}, 2.5, True):
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case str(s) | list(s) | dict(s):
            print(type(s).__name__, s)
        case float(f):
            print("float", f)

# mapping patterns use .get-like lookup without triggering __missing__, keys must be literals/values
class Defaulting(dict):
    def __missing__(self, key):
        return "missing"
match Defaulting(a=1):
    case {"b": _}:
        print("should not match via __missing__")
    case {"a": 1}:
        print("mapping matched without __missing__")
sys.stdout.flush()
