# The dispatch rules: in-place falls back to binary then reflected; NotImplemented chains;
# a subclass that overrides the reflected method is tried first.
trace = []

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
    def __add__(self, o):
        trace.append("%s.__add__" % type(self).__name__)
        if isinstance(o, Num):
            return type(self)(self.v + o.v)
        if isinstance(o, int):
            return type(self)(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        trace.append("%s.__radd__" % type(self).__name__)
        if isinstance(o, int):
            return type(self)(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        trace.append("%s.__sub__" % type(self).__name__)
        return NotImplemented
    def __rsub__(self, o):
        trace.append("%s.__rsub__" % type(self).__name__)
        return NotImplemented

class Sub(Num):
    def __radd__(self, o):
        trace.append("Sub.__radd__")
        return Sub(("sub-radd", o.v if isinstance(o, Num) else o))

def show(label, fn):
    trace.clear()
    try:
        result = fn()
    except TypeError as e:
        result = "TypeError: %s" % e
    print("%-14s %-40s %s" % (label, result, trace))

show("Num+Num", lambda: Num(1) + Num(2))
show("Num+int", lambda: Num(1) + 5)
show("int+Num", lambda: 5 + Num(1))
show("Num+Sub", lambda: Num(1) + Sub(2))
show("Sub+Num", lambda: Sub(1) + Num(2))
show("Sub+Sub", lambda: Sub(1) + Sub(2))
show("Num+str", lambda: Num(1) + "s")
show("str+Num", lambda: "s" + Num(1))
show("Num-Num", lambda: Num(1) - Num(2))
show("Num-Sub", lambda: Num(1) - Sub(2))

# in-place: __iadd__ first, NotImplemented falls back to __add__ then __radd__
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        trace.append("Acc.__iadd__")
        if isinstance(o, list):
            self.items.extend(o)
            return self
        return NotImplemented
    def __add__(self, o):
        trace.append("Acc.__add__")
        if isinstance(o, int):
            return "Acc+int"
        return NotImplemented
    def __repr__(self):
        return "Acc%r" % (self.items,)

def inplace(label, start, other):
    trace.clear()
    x = start
    try:
        x += other
        result = x
    except TypeError as e:
        result = "TypeError: %s" % e
    print("%-14s %-40s %s" % (label, result, trace))

inplace("Acc+=list", Acc(), [1, 2])
inplace("Acc+=int", Acc(), 3)
inplace("Acc+=Num", Acc(), Num(4))
inplace("Acc+=str", Acc(), "s")
inplace("int+=Num", 7, Num(1))

# in-place on immutable types rebinds, on lists mutates
t = (1,)
alias_t = t
t += (2,)
l = [1]
alias_l = l
l += (2, 3)
print(t, alias_t, l, alias_l, l is alias_l)
try:
    l2 = [1]
    l2 = l2 + (2,)
except TypeError as e:
    print(type(e).__name__, e)

# returning a non-self value from __iadd__ rebinds the name
class Weird:
    def __iadd__(self, o):
        return "replaced by %r" % (o,)
w = Weird()
w += 1
print(w)

# augmented assignment on attributes and subscripts evaluates the target once
class Box:
    def __init__(self):
        self.reads = 0
        self._v = 10
    @property
    def v(self):
        self.reads += 1
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
b = Box()
b.v += 5
b.v *= 2
print(b.v, b.reads)

class Store(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
st = Store(a=1)
st["a"] += 10
calls = []
def key():
    calls.append(1)
    return "a"
st[key()] -= 1
print(st, len(calls))
