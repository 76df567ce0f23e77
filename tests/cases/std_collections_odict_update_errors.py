# OrderedDict.update/__init__ word bad pairs and extra arguments as CPython's C loop does,
# take an object with only items(), accept 'self'/'other' keywords; deque.maxlen is read-only
# with the getset message.
import collections
for f in [lambda: collections.OrderedDict(1, 2), lambda: collections.OrderedDict([[]]), lambda: collections.OrderedDict([1]),
          lambda: collections.OrderedDict([(1, 2, 3)]), lambda: collections.OrderedDict([(1,)]), lambda: collections.OrderedDict(["ab"]),
          lambda: collections.OrderedDict(iter([iter([1, 2])])), lambda: collections.OrderedDict().update(a=1, other=2),
          lambda: collections.OrderedDict({"z": 1}.items()), lambda: collections.OrderedDict([(1, 2)], b=3),
          lambda: collections.OrderedDict().update([1], [2]), lambda: collections.OrderedDict(5), lambda: collections.OrderedDict(None)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class K:
    def keys(self): return ["x"]
    def __getitem__(self, k): return k * 2
class It:
    def items(self): return [("i", 1)]
print(collections.OrderedDict(K()), collections.OrderedDict(It()))
od = collections.OrderedDict(a=1)
od.update({"b": 2}, c=3)
od.update([("d", 4)])
od.update(self=5, other=6)
print(od)
d = collections.deque([1, 2], maxlen=3)
for op in ("set", "del"):
    try:
        if op == "set":
            d.maxlen = 5
        else:
            del d.maxlen
    except AttributeError as e:
        print(op, "AttributeError:", e)
class SubDeque(collections.deque):
    pass
try:
    SubDeque([1], 2).maxlen = 3
except AttributeError as e:
    print("AttributeError:", e)
print(d.maxlen, SubDeque([1], 4).maxlen, collections.deque().maxlen)
