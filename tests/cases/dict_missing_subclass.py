# dict subclasses with __missing__: which operations consult it and which do not.
class Defaulting(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory
        self.missed = []
    def __missing__(self, key):
        self.missed.append(key)
        value = self[key] = self.factory()
        return value

d = Defaulting(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d.missed)
print(d.get("zzz"), "zzz" in d, d.setdefault("c", "set"), d.pop("nope", None), d.missed)
print(sorted(d.keys()), len(d))

class Zero(dict):
    def __missing__(self, key):
        return 0
counts = Zero()
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()), counts["dog"], "dog" in counts)

class Echo(dict):
    def __missing__(self, key):
        return "<%s>" % key
e = Echo(known="yes")
print(e["known"], e["unknown"], len(e), e.get("unknown", "get ignores __missing__"))
print("{known} {other}".format_map(e), "%(known)s %(other)s" % e)

class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no entry called %r" % (key,))
try:
    Strict()["x"]
except KeyError as err:
    print(type(err).__name__, err)

class Nested(dict):
    def __missing__(self, key):
        child = self[key] = Nested()
        return child
tree = Nested()
tree["a"]["b"]["c"] = 1
tree["a"]["d"] = 2
print(tree, tree["a"]["b"])

# __missing__ defined on an instance is ignored, and plain dicts have none
plain = {}
try:
    plain["x"]
except KeyError as err:
    print(type(err).__name__, err)
class Sub(dict):
    pass
s = Sub()
s.__missing__ = lambda key: "instance"
try:
    s["x"]
except KeyError as err:
    print(type(err).__name__, err)

# __missing__ is not used by del, pop without default, or popitem on empty
z = Zero(a=1)
for action in (lambda: z.__delitem__("b"), lambda: z.pop("b"), lambda: Zero().popitem()):
    try:
        action()
    except KeyError as err:
        print(type(err).__name__, err)

# __getitem__ override takes precedence; __missing__ only used by dict.__getitem__
class Upper(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.upper())
    def __missing__(self, key):
        return "missing " + key
u = Upper(A=1)
print(u["a"], u["b"])

# __missing__ returning a value from another key, recursion through self
class Alias(dict):
    aliases = {"colour": "color"}
    def __missing__(self, key):
        if key in self.aliases:
            return self[self.aliases[key]]
        raise KeyError(key)
al = Alias(color="red")
print(al["colour"], al["color"])
try:
    al["shade"]
except KeyError as err:
    print(type(err).__name__, err)
print(isinstance(d, dict), type(d).__name__, dict(d) == d, type(d.copy()).__name__)
