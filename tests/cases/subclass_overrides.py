# Subclasses overriding __setitem__/__getitem__/__len__/__eq__/__repr__; set, frozenset, bytes, str and int subclasses as arguments.
class LowerDict(dict):
    def __init__(self, *args, **kw):
        super().__init__()
        for k, v in dict(*args, **kw).items():
            self[k] = v
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __contains__(self, k):
        return dict.__contains__(self, k.lower())
d = LowerDict({"A": 1}, B=2)
d["C"] = 3
print(d, d["a"], "A" in d, len(d), sorted(d), d.get("a"), isinstance(d, dict), type(d) is dict)
dict.__setitem__(d, "Z", 26)
print(d, list(d.items()), d.pop("Z"), d.keys() == {"a", "b", "c"})
d.tag = "t"
print(d.tag, d.__dict__, vars(d))

class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def __len__(self):
        return 42
    def __eq__(self, other):
        return "eq called"
    def __repr__(self):
        return f"Stack({self.name}, {list.__repr__(self)})"
s = Stack("s")
s.append(1); s.extend([2, 3]); list.append(s, 4)
print(s, len(s), list.__len__(s), s == 1, s.pop(), s, s.name, bool(s))
print(sorted(s, reverse=True), max(s), s.index(2), s.count(1), s * 2, [0] + s)
for x in s:
    print("item", x)
class Words(set):
    pass
w = Words(["a", "b"])
w.add("c")
print(sorted(w), len(w), "a" in w, w | {"z"} == {"a", "b", "c", "z"}, isinstance(w, set))
class FS(frozenset):
    pass
f = FS([1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2])), f == frozenset([1, 2]), {f: 1}[frozenset([1, 2])])
class B(bytes):
    pass
b = B(b"abc")
print(b, len(b), b.upper(), b[0], b + b"d", b == b"abc", b.decode())
class U(str):
    pass
u = U("x")
print("-".join([u, U("y")]), "axb".split(u), "x".startswith(u), u.join(["1", "2"]), u * 3, "%s!" % u, u in "axb")
print(str(u) is u, type(str(u)).__name__, U(5), int(U("12")) + 1, float(U("1.5")))
class MyInt(int):
    pass
i = MyInt(7)
print(i, i + 1, type(i + 1).__name__, i // 2, divmod(i, 2), i & 3, bin(i), hex(i), range(i)[2], chr(MyInt(65)), abs(MyInt(-3)), -i)
