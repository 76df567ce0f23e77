# The builtin types expose their operators as dunder methods, answering NotImplemented for
# operands they do not accept; subclasses reach them through super().
print((1, 2).__lt__((1, 3)), "a".__add__("b"), [1].__add__([2]), {1}.__and__({1, 2}))
print("ab".__mul__(3), "ab".__rmul__(2), "%s-%s".__mod__((1, 2)), b"x".__add__(b"y"))
print((1,).__eq__((1,)), (1, 2).__eq__((1, 10)), [1].__eq__([1]), "a".__ne__("b"))
print((1,).__eq__([1]), [1].__lt__((1,)), {1}.__or__([2]), "a".__rmod__(1), {1: 2}.__or__(1))
print(frozenset({1}).__or__({2}), {1, 2}.__sub__({1}), {1}.__rsub__({1, 2}), {1}.__xor__({2}))
print({1: 2}.__or__({3: 4}), {1: 2}.__ror__({3: 4}), {1: 2}.__or__([(3, 4)]))
print(range(3).__eq__(range(0, 3)), range(5).__getitem__(2), range(0).__bool__(), (0).__bool__(), 0.5.__bool__())
print(object.__lt__(1, 2), object.__ge__(1, 2), type.__or__(int, str), type.__ror__(int, None))
print(type.__or__(int, 1), bytearray(b"a").__iadd__(b"b"), bytes.__le__(b"a", bytearray(b"b")))
l = [1]
print(l.__iadd__((2, 3)), l.__imul__(2), l)
s = {1}
print(s.__ior__({2}), s.__iand__({2, 3}), s.__isub__({5}), s.__ixor__({7}), s)
print(hasattr(str, "__mul__"), hasattr(list, "__iadd__"), hasattr(range, "__getitem__"), hasattr(int, "__bool__"))

for bad in [lambda: str.__add__(1, "a"), lambda: list.__add__([1]), lambda: str.__add__(),
            lambda: tuple.__lt__((1,), (2,), (3,)), lambda: set.__or__(frozenset(), {1}),
            lambda: [1].__add__(x=1)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)


class Words(list):
    def __add__(self, other):
        return Words(super().__add__(other) + ["(joined)"])

    def __lt__(self, other):
        return len(self) < len(other) or super().__lt__(other)


class Upper(str):
    def __add__(self, other):
        return Upper(str.__add__(self, other.upper()))


w = Words(["a"]) + ["b"]
print(w, type(w).__name__, Words([1]) < Words([2]), Words([9]) < Words([1, 2]))
print(Upper("x") + "y", sorted([Words([3]), Words([1, 1]), Words([2])]))
print(int | None, type.__or__(list, dict) == (list | dict))


class Num:
    def __sub__(self, o):
        print("Num.__sub__")
        return NotImplemented

    def __rsub__(self, o):
        print(type(self).__name__ + ".__rsub__")
        return NotImplemented


class Inherits(Num):
    pass


class Overrides(Num):
    def __rsub__(self, o):
        print("Overrides.__rsub__")
        return "reflected first"


for right in [Inherits(), Overrides()]:
    try:
        print(Num() - right)
    except TypeError as e:
        print(e)

for e in ['"a".__add__(1)', 'b"x".__add__(1)', 'bytearray().__add__(1)', '[].__add__(1)',
          '().__add__(1)', '[].__iadd__(1)', '"a".__mod__(1)', 'bytearray(b"b").__ge__(b"a")']:
    try:
        print(e, "->", repr(eval(e)))
    except TypeError as x:
        print(e, "->", type(x).__name__, x)
