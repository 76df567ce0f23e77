# DeprecationWarnings raised by the runtime's own code go through the warnings machinery:
# shown in __main__ once per line, ignored elsewhere, recorded, or raised by filters.
import warnings

class I(int):
    pass

class IntBool:
    def __int__(self):
        return True

class IntSub:
    def __int__(self):
        return I(4)

class Trunc:
    def __trunc__(self):
        print("  __trunc__ called")
        return 3

class TruncIndex:
    def __trunc__(self):
        return IndexBool()

class TruncBad:
    def __trunc__(self):
        return "x"

class IndexBool:
    def __index__(self):
        return True

class F(float):
    pass

class FloatSub:
    def __float__(self):
        return F(1.5)

class Cx(complex):
    pass

class ComplexSub:
    def __complex__(self):
        return Cx(2)

print(int(IntBool()), type(int(IntBool())).__name__)
print(int(IntSub()), type(int(IntSub())).__name__)
print(int(Trunc()))
print(int(TruncIndex()))
for i in range(3):
    print("loop", int(IntBool()), [10, 20][IndexBool()])
print(float(FloatSub()), type(float(FloatSub())).__name__)
print(complex(ComplexSub()))
print(float(IndexBool()), "%d" % IntSub(), hex(IndexBool()))
print(bool(NotImplemented), not NotImplemented)
try:
    int(TruncBad())
except TypeError as e:
    print(type(e).__name__, e)

# Code of another module: DeprecationWarning is ignored by default there.
exec("print('elsewhere', int(IntBool()), int(Trunc()))", {'__name__': 'other', 'IntBool': IntBool, 'Trunc': Trunc})

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    int(IntBool())
    int(Trunc())
    operator_index = [0, 1][IndexBool()]
    complex(ComplexSub())
    if NotImplemented:
        pass
for w in log:
    print(w.category.__name__, w.lineno, str(w.message)[:40])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for make in (IntBool, Trunc, IndexBool, FloatSub, ComplexSub):
        try:
            print(int(make()) if make is not FloatSub and make is not ComplexSub
                  else complex(make()))
        except DeprecationWarning as e:
            print("error:", type(e).__name__, str(e)[:45])
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("error:", e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print("ignored", int(IntBool()), int(Trunc()))

warnings.filterwarnings("error", message="The delegation")
print("still shown once more:", int(IntSub()))
int(Trunc())
