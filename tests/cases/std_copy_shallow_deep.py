# copy: copy/deepcopy of builtins and instances, memo and cycles, __copy__/__deepcopy__,
# __slots__, __getstate__/__setstate__, __reduce__ and errors.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

nested = [1, [2, 3], {"k": [4]}, (5, [6])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"] is nested[2]["k"], deep[3] is nested[3])
nested[1].append(99)
print(shallow[1], deep[1])

atoms = [1, 2.5, "s", b"b", None, True, (1, 2), frozenset({1}), range(3), len, int, 3j]
print(all(copy.copy(a) is a for a in atoms), all(copy.deepcopy(a) is a for a in atoms))
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t, copy.deepcopy((1, "a")) is not None)
d = {"a": [1], "b": {2}}
dc = copy.copy(d)
dd = copy.deepcopy(d)
print(dc["a"] is d["a"], dd["a"] is d["a"], dd == d, copy.copy({1, 2}), copy.deepcopy({3}))

# Shared references and cycles.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
cyc_d = {}
cyc_d["self"] = cyc_d
print(copy.deepcopy(cyc_d)["self"] is not cyc_d)
memo = {}
a = [1]
first = copy.deepcopy([a, a], memo)
print(first[0] is first[1], id(a) in memo, memo[id(a)] == [1])


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tags = ["t"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
print(p2, p3, p2.tags is p.tags, p3.tags is p.tags, type(p3).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
rc = copy.deepcopy(root)
print(rc.children[0].parent is rc, rc.children[0] is not kid, rc.children[0].name)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v * 10)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(2)).v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]


s = Slotted()
s2 = copy.copy(s)
s3 = copy.deepcopy(s)
print(s2.a is s.a, s3.a == s.a, s3.a is s.a, hasattr(s3, "b"))


class Stateful:
    def __init__(self):
        self.data = [1, 2]
        self.cache = "big"

    def __getstate__(self):
        print("getstate")
        return {"data": self.data}

    def __setstate__(self, state):
        print("setstate", sorted(state))
        self.__dict__.update(state)
        self.cache = None


st = copy.deepcopy(Stateful())
print(st.data, st.cache)


class Reduced:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    def __reduce__(self):
        return (Reduced, (self.a,), {"b": self.b})


r = copy.deepcopy(Reduced([1], 5))
print(r.a, r.b)


class WithNew:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value
        return obj

    def __getnewargs__(self):
        return (self.value,)


print(copy.copy(WithNew(7)).value, copy.deepcopy(WithNew([8])).value)


class Holder:
    def method(self):
        return self


h = Holder()
bm = copy.deepcopy(h.method)
print(bm() is not h, type(bm()).__name__, copy.copy(h.method)() is h)

# Library containers.
P = namedtuple("P", "x y")
np_ = P([1], 2)
print(copy.copy(np_) is np_, copy.deepcopy(np_), copy.deepcopy(np_).x is np_.x)
dq = deque([[1], [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.deepcopy(dq).maxlen)
print(copy.deepcopy(Counter("aab")), copy.copy(OrderedDict(a=1)))
ddf = defaultdict(list, {"k": [1]})
ddc = copy.deepcopy(ddf)
print(ddc, ddc["k"] is ddf["k"], ddc["new"])


def gen():
    yield 1


for bad in (gen(),):
    try:
        copy.copy(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        copy.deepcopy(bad)
    except TypeError as e:
        print("TypeError", e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
