# Special methods defined on a metaclass apply to its classes.


class Meta(type):
    def __repr__(cls):
        return "<Meta " + cls.__name__ + ">"

    def __str__(cls):
        return "str:" + cls.__name__

    def __format__(cls, spec):
        return "fmt[" + spec + "]"

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter(["a", "b", "c"])

    def __getitem__(cls, key):
        return ("item", cls.__name__, key)

    def __contains__(cls, item):
        return item == "member"

    def __or__(cls, other):
        return ("or", cls.__name__, other)

    def __ror__(cls, other):
        return ("ror", cls.__name__, other)

    def __add__(cls, other):
        return cls.__name__ + "+" + str(other)

    def __neg__(cls):
        return "neg " + cls.__name__

    def __lt__(cls, other):
        return cls.__name__ < other.__name__

    def __bool__(cls):
        return cls.__name__ != "Empty"

    def __call__(cls, *args, **kwargs):
        print("calling", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def __class_getitem__(cls, key):
        return "never used for the class"


class C(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v

    def __class_getitem__(cls, key):
        return "shadowed by the metaclass"


class Empty(metaclass=Meta):
    pass


print(repr(C), str(C), C, [C], f"{C}", f"{C!r}", f"{C:spec}", format(C, "x"))
print(len(C), list(C), C[5], C["k"], "member" in C, "other" in C)
print(C | 1, 1 | C, C | Empty, C + 2, -C, sorted([Empty, C]) == [C, Empty], C < Empty)
print(bool(C), bool(Empty), "yes" if C else "no", "yes" if Empty else "no")
x, y, z = C
print(x, y, z, *C, max(C), "-".join(C), dict.fromkeys(C, 0))
obj = C(5, key=None) if False else C(5)
print(obj.v, type(obj).__name__)
class D(C):
    pass


print(repr(D), len(D), D[0], type(D).__name__, isinstance(D, Meta))
print(type(C).__repr__(C), Meta.__str__(D))

# Without a metaclass, the same operations fail as for any class.
class Plain:
    pass


for action in ("len(Plain)", "Plain[0]", "list(Plain)", "Plain + 1", "-Plain"):
    try:
        eval(action)
    except TypeError as e:
        print(action, "->", e)
print(bool(Plain), repr(Plain).startswith("<class"))


class HashMeta(type):
    def __eq__(cls, other):
        return other == cls.__name__

    def __hash__(cls):
        return 7


class H(metaclass=HashMeta):
    pass


print(H == "H", H == "other", hash(H), {H: 1}["H"] if False else hash(H) == 7)
