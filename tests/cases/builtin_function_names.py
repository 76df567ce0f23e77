# __name__, __qualname__, __module__, __self__ and repr of builtin functions and methods.
import sys

def attrs(f):
    out = []
    for name in ("__name__", "__qualname__", "__module__", "__self__"):
        try:
            v = getattr(f, name)
            out.append(v if isinstance(v, (str, type(None))) else type(v).__name__)
        except AttributeError as e:
            out.append("AttributeError")
    return out

print(attrs(len), attrs(print), attrs(iter), attrs(sys.exit))
print(attrs([].append), attrs({}.get), attrs("a".upper), attrs((1).bit_length))
print(attrs(dict.fromkeys), attrs(int.from_bytes), attrs(bytes.fromhex), attrs(float.fromhex))
print(attrs(str.join), attrs(list.append), attrs(object.__init__), attrs(type.__call__))
print(len.__self__ is sys.modules["builtins"], sys.exit.__self__ is sys)
xs = [1, 2]
print(xs.append.__self__ is xs, dict.fromkeys.__self__ is dict, "ab".upper.__self__)
print(bool.bit_length.__qualname__, set().add.__qualname__, frozenset.union.__qualname__)
print(tuple.count.__qualname__, bytes.hex.__qualname__, range.index.__qualname__)

# reprs without addresses
print(repr(len), repr(print), repr(sys.exit))
print(repr(str.join), repr(list.append), repr(dict.get), repr(int.bit_length))
print(repr(object.__init__), repr(list.__len__), repr(int.__add__))
print(repr([].append).startswith("<built-in method append of list object at 0x"))
print(repr({}.get).startswith("<built-in method get of dict object at 0x"))
print(repr(dict.fromkeys).startswith("<built-in method fromkeys of type object at 0x"))

# names are strings; qualnames of functions and methods are distinct
print(len.__name__ == "len", [].append.__name__, str.join.__name__, type(len.__qualname__).__name__)
print(dict.fromkeys.__qualname__ == "dict.fromkeys", str.join.__qualname__ == "str.join")
print([].append.__qualname__ == "list.append", len.__qualname__ == "len")
print(getattr(str.join, "__module__", "none"), getattr([].pop, "__module__", "none"))

# the types of unbound methods of builtin types
print(type(str.join).__name__, type(object.__init__).__name__, type(dict.__dict__["fromkeys"]).__name__)
print(type(len).__name__, type([].append).__name__, type(object.__new__).__name__, type(dict.fromkeys).__name__)
print(repr(dict.__dict__["fromkeys"]), object.__new__.__module__, object.__new__.__self__)
print(repr(object.__new__).startswith("<built-in method __new__ of type object at 0x"))
print(str.join.__objclass__, object.__init__.__objclass__, dict.__dict__["fromkeys"].__objclass__)
print(callable(str.join), callable(object.__init__), str.join(",", "ab"), list.__len__([1, 2]))
print([k for k in dir(str.join) if k in ("__name__", "__objclass__", "__qualname__", "__self__", "__module__")])
print([k for k in dir(len) if k in ("__name__", "__objclass__", "__qualname__", "__self__", "__module__")])
