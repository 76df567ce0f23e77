# Rich comparisons: reflection order, NotImplemented fallbacks, identity fallback for ==/!=,
# TypeError messages, and chained comparisons calling each operator once.
trace = []

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def _cmp(self, other, op):
        trace.append("%r.%s(%r)" % (self, op, other))
        if not isinstance(other, Version):
            return NotImplemented
        return getattr(self.parts, op)(other.parts)
    def __eq__(self, o): return self._cmp(o, "__eq__")
    def __lt__(self, o): return self._cmp(o, "__lt__")
    def __le__(self, o): return self._cmp(o, "__le__")

def run(label, fn):
    trace.clear()
    try:
        r = fn()
    except TypeError as e:
        r = "TypeError: %s" % e
    print("%-10s %-70s %s" % (label, r, trace))

a, b = Version(1, 2), Version(1, 10)
run("a<b", lambda: a < b)
run("a>b", lambda: a > b)          # reflected to b.__lt__(a)
run("a>=b", lambda: a >= b)        # reflected to b.__le__(a)
run("a==b", lambda: a == b)
run("a!=b", lambda: a != b)        # default __ne__ inverts __eq__
run("a==1", lambda: a == 1)
run("1==a", lambda: 1 == a)
run("a!=1", lambda: a != 1)
run("a<1", lambda: a < 1)
run("1<a", lambda: 1 < a)
run("a>'x'", lambda: a > "x")
run("chain", lambda: Version(1) < Version(2) <= Version(2) < Version(3))
run("sorted", lambda: sorted([Version(3), Version(1), Version(2)]))
run("max", lambda: max(Version(1, 1), Version(1, 0)))
run("in", lambda: Version(1, 10) in [a, b])

# subclass reflected comparison goes first when it overrides
class Base:
    def __lt__(self, o):
        trace.append("Base.__lt__")
        return "base-lt"
    def __gt__(self, o):
        trace.append("Base.__gt__")
        return "base-gt"
class Derived(Base):
    def __gt__(self, o):
        trace.append("Derived.__gt__")
        return "derived-gt"
run("B<D", lambda: Base() < Derived())
run("D<B", lambda: Derived() < Base())
run("B<B", lambda: Base() < Base())

# == falls back to identity, < has no fallback
class Plain:
    pass
p = Plain()
run("p==p", lambda: p == p)
run("p==P()", lambda: p == Plain())
run("p!=P()", lambda: p != Plain())
run("p<p", lambda: p < p)
run("p<=3", lambda: p <= 3)
run("[]<()", lambda: [] < ())
run("None<0", lambda: None < 0)
run("1j<1j", lambda: 1j < 1j)
run("{}<{}", lambda: {} < {})

# comparison results need not be bool; `not`/if call __bool__ on them
class Vectorish:
    def __init__(self, xs):
        self.xs = xs
    def __eq__(self, o):
        return [x == y for x, y in zip(self.xs, o.xs)]
    def __ne__(self, o):
        return "custom-ne"
print(Vectorish([1, 2]) == Vectorish([1, 3]), Vectorish([1]) != Vectorish([2]))
print(not (Vectorish([1]) == Vectorish([2])))

# __eq__ returning NotImplemented on both sides falls back to identity
class Never:
    def __eq__(self, o):
        trace.append("Never.__eq__")
        return NotImplemented
trace.clear()
n = Never()
print(n == n, n == Never(), n != n, trace)

# comparison methods that raise propagate
class Raises:
    def __lt__(self, o):
        raise ValueError("cannot order")
try:
    sorted([Raises(), Raises()])
except ValueError as e:
    print(type(e).__name__, e)
print([1, Version(1)] == [1, Version(1)], (Version(2),) < (Version(3),))
