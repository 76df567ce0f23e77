# Builtin comparison dunders called directly answer NotImplemented for a foreign type;
# __sizeof__, __getnewargs__ and __reduce_ex__ exist where CPython has them.
print(int.__lt__(1, 1.5), (1).__eq__(1.0), (1.0).__eq__(1), "a".__lt__(1), [].__eq__(()))
print((1).__add__(1.0), (1.0).__add__(1), (1).__ne__("a"), (1.5).__lt__("a"))
print((1,).__lt__([1]), {}.__eq__([]), set().__eq__([]), set().__le__([]))
print(b"a".__eq__("a"), "a".__eq__(b"a"), (True).__eq__(1), (1).__eq__(True))
print(frozenset().__eq__(set()), (1).__ge__(None), "a".__ge__(None), [1].__gt__(None))
print((1,).__ge__(None), (1.0).__gt__("x"), (1j).__eq__("x"), (1j).__eq__(1))
print(int.__eq__(1, 1), int.__lt__(True, 2), float.__eq__(1.0, 1.0), str.__lt__("a", "b"))
print(list.__eq__([1], [1]), tuple.__lt__((1,), (2,)), dict.__eq__({}, {}))
try:
    int.__lt__("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__lt__(1, "a")
except TypeError as e:
    print(type(e).__name__, e)

# NotImplemented from a dunder lets the operator try the other side
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return ("radd", other)
    def __eq__(self, other):
        return "Num.__eq__"
print((1).__add__(Num(2)), 1 + Num(2), (1).__eq__(Num(2)), 1 == Num(2))

# __sizeof__ gives an int (the value is implementation detail)
print(type(object().__sizeof__()).__name__, type((1).__sizeof__()).__name__)
print(type([].__sizeof__()).__name__, type(Num(1).__sizeof__()).__name__)

# __getnewargs__
print((5).__getnewargs__(), (1.5).__getnewargs__(), "ab".__getnewargs__())
print((1, 2).__getnewargs__(), b"x".__getnewargs__(), (1j).__getnewargs__(), True.__getnewargs__())
try:
    str.__getnewargs__(5)
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
print(S("q").__getnewargs__(), type(S("q").__getnewargs__()[0]).__name__)

# __reduce_ex__ / __reduce__ exist on everything
print(hasattr(object(), "__reduce_ex__"), hasattr(1, "__reduce_ex__"), hasattr(object, "__reduce__"))
r = Num(3).__reduce_ex__(2)
print(len(r), r[0].__name__, r[0].__module__, r[1][0] is Num, r[2], r[3], r[4])
made = r[0](*r[1])
print(type(made).__name__, vars(made))
print(object().__reduce_ex__(4)[1][0] is object, Num(0).__reduce_ex__(4)[2] is None or True)
try:
    object().__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
class Own:
    def __reduce__(self):
        return (Own, ())
print(Own().__reduce_ex__(2)[0] is Own)
