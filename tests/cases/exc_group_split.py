# split(), subgroup() and derive(): types, tuples, predicates, nesting, None parts,
# and the metadata the derived groups keep.
eg = ExceptionGroup("eg", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("inner", [ValueError(3), KeyError(4)]),
])

def show(label, pair):
    print(label, *(repr(p) for p in pair))

show("VE", eg.split(ValueError))
show("tuple", eg.split((ValueError, KeyError)))
show("lookup", eg.split(LookupError))
show("none", eg.split(OSError))
m, r = eg.split(Exception)
print("all", m is eg, r)
m, r = eg.split(OSError)
print("rest is copy", m, r is eg, r == eg)
show("pred", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("pred group", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print("sub", repr(eg.subgroup(ValueError)))
print("sub all", eg.subgroup(Exception) is eg, eg.subgroup(lambda e: e is eg) is eg)
print("sub none", eg.subgroup(OSError))
order = []
eg.split(lambda e: order.append(type(e).__name__) or False)
print("visit order", order)

for bad in (1, "x", (ValueError, 1), int, None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("split", repr(bad), "->", e)
for call in (lambda: eg.split(), lambda: eg.split(ValueError, 1),
             lambda: eg.subgroup(), lambda: eg.split(cond=ValueError),
             lambda: eg.derive(), lambda: eg.derive([]), lambda: eg.derive(3)):
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(repr(eg.derive([KeyError(9)])))
d = eg.derive([KeyboardInterrupt()])
print(repr(d), type(d).__name__)

try:
    try:
        raise OSError("ctx")
    except OSError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from KeyError("cause")
except ExceptionGroup as caught:
    g = caught
g.add_note("a note")
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__notes__,
          part.__suppress_context__, part.__traceback__ is not None)
dd = g.derive([ValueError()])
print(dd.__cause__, dd.__context__, dd.__traceback__, hasattr(dd, "__notes__"))
plain = ExceptionGroup("p", [ValueError(), TypeError()])
print(plain.split(ValueError)[0].__suppress_context__, plain.__suppress_context__)

class Custom(ExceptionGroup):
    def derive(self, excs):
        print("  derive", excs)
        return Custom(self.message + "!", excs)

c = Custom("c", [ValueError(1), TypeError(2), Custom("n", [ValueError(3)])])
show("custom", c.split(ValueError))

class Plain(ExceptionGroup):
    pass

show("plain subclass", Plain("p", [ValueError(1), TypeError(2)]).split(TypeError))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as e:
    print("bad derive:", e)

def boom(e):
    raise RuntimeError("pred failed")

try:
    eg.subgroup(boom)
except RuntimeError as e:
    print(e)
leaf = eg.exceptions[0]
print(eg.subgroup(ValueError).exceptions[0] is leaf)
