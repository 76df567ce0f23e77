# Builtin methods called through the class with a wrong or missing receiver (slot wrappers
# and method descriptors word it differently), their reprs, a metaclass's plain __prepare__,
# layout conflicts with type, __abstractmethods__ lookups and hash inheritance rules.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for label, f in [("list.__len__()", lambda: list.__len__()), ("list.__len__(1)", lambda: list.__len__(1)),
                 ("str.__add__", lambda: str.__add__(1, "a")), ("dict.__getitem__", lambda: dict.__getitem__(1, 2)),
                 ("dict.__contains__", lambda: dict.__contains__(1, 2)), ("set.__len__", lambda: set.__len__(1)),
                 ("list.append", lambda: list.append(1, 2)), ("int.__add__", lambda: int.__add__("a", 1)),
                 ("float.__neg__", lambda: float.__neg__(1)), ("str.__len__", lambda: str.__len__(b"")),
                 ("list.__getitem__", lambda: list.__getitem__(1, 0)), ("tuple.__len__", lambda: tuple.__len__([])),
                 ("list.__eq__", lambda: list.__eq__(1, 2)), ("str.__mod__", lambda: str.__mod__(1, 2)),
                 ("list.__setitem__", lambda: list.__setitem__(1, 2, 3)), ("int.__bool__", lambda: int.__bool__("a")),
                 ("[].__iter__(1)", lambda: [].__iter__(1)), ("[].__len__(1)", lambda: [].__len__(1)),
                 ("range rev", lambda: range(1).__reversed__(1)), ("dict rev", lambda: {}.__reversed__(1)),
                 ("keys rev", lambda: {}.keys().__reversed__(1)), ("list rev kw", lambda: [].__reversed__(x=1))]:
    t(label, f)
print(list.__getitem__, list.__contains__, dict.__contains__, set.__contains__, str.__getitem__)
print(type(dict.__getitem__).__name__, type(list.__len__).__name__)

class Meta(type):
    def __prepare__(name, bases):
        print("prepare", name, bases)
        return {"seeded": 1}
class Seeded(metaclass=Meta):
    pass
print(Seeded.seeded, type(Seeded).__name__)
for bases in [(type, int), (type, Exception), (type, list), (Meta, str)]:
    t("layout", lambda: type("R", bases, {}))

class Plain: pass
for obj in [object, type, Plain]:
    t("abstract", lambda: obj.__abstractmethods__)

class A:
    def __eq__(self, o): return True
class B(A): pass
class C(A):
    __hash__ = object.__hash__
class D:
    def __hash__(self): return 7
class E(D):
    def __eq__(self, o): return False
class F(int):
    def __eq__(self, o): return True
class J:
    __hash__ = None
class K(J):
    def __hash__(self): return 3
for label, f in [("A", lambda: A.__hash__), ("B", lambda: hash(B())), ("C", lambda: type(hash(C())).__name__),
                 ("D", lambda: hash(D())), ("E", lambda: hash(E())), ("F", lambda: hash(F(3))),
                 ("K", lambda: hash(K())), ("J", lambda: hash(J()))]:
    t(label, f)
