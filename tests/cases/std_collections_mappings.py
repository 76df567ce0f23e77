# collections: Counter, OrderedDict, defaultdict, ChainMap, UserDict, UserList, UserString.
from collections import (ChainMap, Counter, OrderedDict, UserDict, UserList, UserString,
                         defaultdict)


def attempt(code):
    try:
        print(code, "->", repr(eval(code)))
    except Exception as e:
        print(code, "->", type(e).__name__, e)


c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], "z" in c, c.total(), len(c))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz")
c.update({"b": 5})
print(c)
c.subtract("aaaaaaa")
print(c)
del c["zz"]
del c["z"]
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=1, b=-2), -Counter(a=1, b=-2), Counter(), repr(Counter()))
x = Counter(a=3)
x += Counter(a=-5, b=1)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(q=2)
print(x)
x &= Counter(q=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {"a": 1}, Counter(a=1) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1))
for code in ['Counter.fromkeys("ab")', 'Counter("ab").most_common(0)',
             'Counter({"x": 2, "y": 3})', 'Counter(x=2, y=3)', 'dict(Counter("aab"))',
             'Counter("hello world").most_common(3)', 'Counter([1, 1, 2])[1]']:
    attempt(code)
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(), sorted(Counter(words).items()))

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od, list(od), list(od.keys()), list(od.values()))
print(od.popitem(), od.popitem(last=False), od)
for code in ['OrderedDict().popitem()', 'OrderedDict(a=1).move_to_end("z")',
             'OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1)',
             'OrderedDict(a=1, b=2) == dict(b=2, a=1)', 'OrderedDict([("x", 1)])',
             'OrderedDict()', 'list(reversed(OrderedDict(a=1, b=2)))',
             'OrderedDict.fromkeys("ab", 0)', 'OrderedDict(a=1) | {"b": 2}',
             'OrderedDict(a=1)["q"]', 'OrderedDict(a=1).setdefault("b", 5)']:
    attempt(code)

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd["a"], "c" in dd, dd.default_factory, len(dd))
for code in ['defaultdict()', 'defaultdict(None, {"a": 1})["b"]', 'defaultdict(5)',
             'defaultdict(int, a=1)', 'defaultdict(list, [("k", [1])])',
             'defaultdict(set).copy()', 'defaultdict(int, {"a": 1}) == {"a": 1}']:
    attempt(code)
counts = defaultdict(int)
for w in "the cat the hat".split():
    counts[w] += 1
print(counts, sorted(counts.items()), dict(counts), counts.get("dog"))
print(counts.setdefault("dog", 7), counts.pop("dog"), counts.pop("nope", None))
tree = defaultdict(lambda: defaultdict(int))
tree["x"]["y"] += 2
print(tree["x"]["y"], dict(tree["x"]))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), list(cm), dict(cm), "b" in cm, cm.get("z", 0))
cm["c"] = 5
print(cm.maps[0])
child = cm.new_child({"a": 0})
print(child["a"], child.parents, child.parents.parents, cm.new_child())
for code in ['ChainMap()', 'ChainMap({}).pop("x")', 'ChainMap({}, {"a": 1}).__delitem__("a")',
             'ChainMap({}).popitem()', 'ChainMap({"a": 1})["q"]',
             'ChainMap({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}', 'bool(ChainMap({}, {}))']:
    attempt(code)

ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.data, list(ud), ud.get("z"), "a" in ud, ud | {"c": 3}, ud.copy())


class Doubling(UserDict):
    def __missing__(self, key):
        return key * 2

    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


dbl = Doubling({"k": 1})
print(dbl["ab"], dbl["k"], dbl)
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, len(ul))
print(ul == [0, 1, 2, 3], ul.pop(), ul.index(2), ul.count(1), ul.data)
us = UserString("hello")
print(us, repr(us), us.upper(), type(us.upper()).__name__, us + "!", us[1:3])
print(us.split("l"), len(us), us.find("l"), "ell" in us, us == "hello", us.startswith("he"))
