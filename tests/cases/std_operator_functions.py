# operator: every operator function, its dunder alias, in-place forms and their errors.
import operator as op


def show(f, *args):
    try:
        print(f.__name__, repr(f(*args)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for f in [op.lt, op.le, op.eq, op.ne, op.ge, op.gt]:
    show(f, 1, 2)
    show(f, "b", "a")
show(op.lt, 1, "a")
for f in [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow, op.lshift,
          op.rshift, op.and_, op.or_, op.xor]:
    show(f, 13, 3)
show(op.add, "ab", "cd")
show(op.mul, [0], 3)
show(op.truediv, 1, 0)
show(op.add, 1, "a")
for f in [op.neg, op.pos, op.abs, op.inv, op.invert, op.not_, op.truth, op.index]:
    show(f, -5)
show(op.truth, [])
show(op.not_, "")
show(op.index, True)
show(op.index, "a")
show(op.index, 2.0)
show(op.is_, None, None)
show(op.is_not, None, 0)


class Idx:
    def __index__(self):
        return 7


class BadIdx:
    def __index__(self):
        return "x"


show(op.index, Idx())
show(op.index, BadIdx())


class Mat:
    def __matmul__(self, other):
        return "matmul"

    def __imatmul__(self, other):
        return "imatmul"


show(op.matmul, Mat(), 1)
show(op.imatmul, Mat(), 1)
show(op.concat, [1], [2])
show(op.concat, "a", "b")
show(op.concat, 1, 2)
show(op.concat, [1], (2,))
show(op.contains, [1, 2], 2)
show(op.contains, "abc", "d")
show(op.countOf, [1, 1.0, True, 2], 1)
show(op.indexOf, [5, 6, 7], 7)
show(op.indexOf, [1, 2], 3)
show(op.getitem, "hello", 1)
show(op.getitem, {"k": 1}, "x")
data = [1, 2, 3]
op.setitem(data, 0, 9)
op.delitem(data, 1)
print(data)
op.setitem(data, slice(0, 1), [4, 5])
print(data)
show(op.call, max, 3, 8, key=None)

# In-place forms return the (possibly new) object.
lst = [1]
print(op.iadd(lst, [2]) is lst, lst)
print(op.iconcat(lst, (3,)), lst)
show(op.iconcat, 1, 2)
t = (1,)
print(op.iadd(t, (2,)), t)
for f in [op.iadd, op.isub, op.imul, op.itruediv, op.ifloordiv, op.imod, op.ipow,
          op.ilshift, op.irshift, op.iand, op.ior, op.ixor]:
    show(f, 13, 3)
s = {1, 2}
print(op.ior(s, {3}) is s, sorted(s))

# length_hint
show(op.length_hint, [1, 2])
show(op.length_hint, 5)
show(op.length_hint, 5, 7)
show(op.length_hint, [1, 2], "x")


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        return self.value


class BrokenLen:
    def __len__(self):
        raise TypeError("bad")

    def __length_hint__(self):
        return 6


show(op.length_hint, Hint(4))
show(op.length_hint, Hint(-1))
show(op.length_hint, Hint("a"))
show(op.length_hint, Hint(NotImplemented), 9)
show(op.length_hint, BrokenLen())

# The dunder aliases are the same functions.
print(op.__add__ is op.add, op.__not__ is op.not_, op.__inv__ is op.inv,
      op.__iadd__ is op.iadd, op.__getitem__ is op.getitem, op.__concat__ is op.concat)
print(op.__mul__(6, 7), op.__lt__(1, 2), op.__abs__(-2), op.__index__(3))
print(sorted(op.__all__) == op.__all__, len(op.__all__))
