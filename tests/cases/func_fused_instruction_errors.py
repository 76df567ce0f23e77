# Adjacent instructions run as one (tote's superinstructions) must still raise, finalize and
# report positions as each instruction alone does.
import sys


def second_unbound(flag):
    if flag:
        a = 1
    b = 2
    return b + a  # the second of two local loads fails


def first_unbound(flag):
    if flag:
        a = 1
    return a + 1  # a local load, then a constant


def const_then_unbound(flag):
    if flag:
        a = 1
    return 1 + a


def store_then_load_unbound(flag):
    if flag:
        a = 1
    b = 5
    b = b
    c = a  # a store, then a load that fails
    return c


for f in (second_unbound, first_unbound, const_then_unbound, store_then_load_unbound):
    for flag in (True, False):
        try:
            print(f.__name__, flag, f(flag))
        except UnboundLocalError as e:
            tb = e.__traceback__.tb_next
            print(f.__name__, flag, "UnboundLocalError:", e, "line", tb.tb_lineno - 5)
    try:
        f(False)
    except UnboundLocalError:
        sys.excepthook(*sys.exc_info())


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def loop_stores():
    # Each item stored by the loop lets the previous one go.
    for x in [Noisy("a"), Noisy("b"), Noisy("c")]:
        print("got", x.name)
    print("after loop", x.name)
    p, q = Noisy("p"), Noisy("q")
    p, q = q, p  # two stores in a row
    print(p.name, q.name)
    p = q = None
    print("cleared")


loop_stores()


def jump_into_second_half(n):
    # The loop's back edge and the `else` branch land between paired instructions.
    total = 0
    i = 0
    while i < n:
        j = i
        total += j
        i = j + 1
    return total, i, j


print(jump_into_second_half(5))


def swap_many():
    a, b, c = 1, 2, 3
    for _ in range(4):
        a, b, c = c, a, b
    return a, b, c


print(swap_many())


class Point:
    def __init__(self, x):
        self.x = x

    @property
    def doubled(self):
        return self.x * 2

    def missing_attr(self):
        return self.y  # a local load, then an attribute that is not there

    def missing_method(self):
        return self.nope(1)  # a local load, then a method that is not there


def attr_of_unbound(flag):
    if flag:
        p = Point(3)
    return p.x


p = Point(4)
print(p.x, p.doubled)
for f in (p.missing_attr, p.missing_method, lambda: attr_of_unbound(False)):
    try:
        f()
    except (AttributeError, UnboundLocalError):
        sys.excepthook(*sys.exc_info())


def temporary_receiver():
    # The object is only in the local: reading its attribute does not finalize it.
    n = Noisy("t")
    name = n.name
    print("read", name)
    n = None
    print("dropped")


temporary_receiver()
items = []
for i in range(3):
    items.append(i)
print(items)


def binary_halves(x):
    y = x + 1  # an operator, then the store of its result
    z = x.real * 2 - 1  # a constant, then the operator
    return y, z


class StrReal(int):
    real = "r"  # `x.real * 2` is 'rr', and 'rr' - 1 fails in the second fused pair


print(binary_halves(3), binary_halves(2.5))
for bad in ("s", None, StrReal(1)):
    try:
        binary_halves(bad)
    except (TypeError, AttributeError):
        sys.excepthook(*sys.exc_info())


def grow(n):
    s = ""
    for i in range(n):
        s = s + "ab"  # appends in place: the store after the operator is fused with it
        s += "c"
    return len(s), s[:7]


print(grow(1000))
