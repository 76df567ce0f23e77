# A builtin method's argument errors name the class that defines it when it is called
# directly (`x.m(...)`, `T.m(x, ...)`), but the receiver's class when it is called through
# a bound method object; METH_VARARGS methods then refuse keywords under their bare name.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except TypeError as e:
        print(label, "-> TypeError:", e)


class L(list):
    pass


class S(set):
    pass


class F(float):
    pass


class I(int):
    pass


class B(bytes):
    pass


class Plain:
    pass


def make_local():
    class Local(list):
        pass

    return Local


Local = make_local()

print("-- direct calls name the defining class")
show("True.bit_length(1)", lambda: True.bit_length(1))
show("I(3).bit_length(1)", lambda: I(3).bit_length(1))
show("L().append()", lambda: L().append())
show("L().append(k=1)", lambda: L().append(k=1))
show("S().add(1, 2)", lambda: S().add(1, 2))
show("S().union(k=1)", lambda: S().union(k=1))
show("'ab'.count('a', k=1)", lambda: "ab".count("a", k=1))
show("bytearray.count(bytearray(), k=1)", lambda: bytearray.count(bytearray(), k=1))
show("list.append(L())", lambda: list.append(L()))
show("set.add(S())", lambda: set.add(S()))
show("[].clear(1)", lambda: [].clear(1))
show("{}.keys(x=1)", lambda: {}.keys(x=1))

print("-- bound method objects name the receiver's class")
m = True.bit_length
show("m = True.bit_length; m(1)", lambda: m(1))
show("m(k=1)", lambda: m(k=1))
m2 = I(3).bit_length
show("m = I(3).bit_length; m(1)", lambda: m2(1))
m3 = L().append
show("m = L().append; m()", lambda: m3())
show("m(1, 2)", lambda: m3(1, 2))
show("m(k=1)", lambda: m3(k=1))
m4 = Local().append
show("m = Local().append; m()", lambda: m4())
show("getattr(S(), 'add')()", lambda: getattr(S(), "add")())
show("getattr([], 'append')()", lambda: getattr([], "append")())
show("getattr([], 'clear')(1)", lambda: getattr([], "clear")(1))
show("getattr('', 'upper')(1)", lambda: getattr("", "upper")(1))
show("getattr(B(), 'join')()", lambda: getattr(B(), "join")())
show("L().index(*(), k=1)", lambda: L().index(*(), **{"k": 1}))
show("L().append(*())", lambda: L().append(*()))
show("F.fromhex()", lambda: F.fromhex())
show("F.fromhex(k=1)", lambda: F.fromhex(k=1))
show("float.fromhex()", lambda: float.fromhex())
show("getattr(object(), '__sizeof__')(1)", lambda: getattr(object(), "__sizeof__")(1))
show("getattr(Plain(), '__sizeof__')(1)", lambda: getattr(Plain(), "__sizeof__")(1))
show("getattr(Plain(), '__sizeof__')(k=1)", lambda: getattr(Plain(), "__sizeof__")(k=1))
show("Plain().__sizeof__(1)", lambda: Plain().__sizeof__(1))

print("-- varargs methods refuse keywords under their bare name")
for obj, name in [
    ("", "count"),
    ("", "find"),
    ("", "startswith"),
    (b"", "endswith"),
    (b"", "rindex"),
    (bytearray(), "rfind"),
    (set(), "union"),
    (set(), "update"),
    (S(), "intersection_update"),
    (frozenset(), "difference"),
]:
    show(type(obj).__name__ + "." + name + " bound", lambda: getattr(obj, name)(k=1))
    show(type(obj).__name__ + "." + name + " direct", lambda: getattr(type(obj), name)(obj, k=1))

print("-- clinic wordings are the same both ways")
show("getattr([], 'index')()", lambda: getattr([], "index")())
show("L().index()", lambda: L().index())
show("getattr({}, 'get')()", lambda: getattr({}, "get")())
show("getattr('', 'count')()", lambda: getattr("", "count")())

print("-- a TypeError raised inside the call is not reworded")


def items():
    yield 1
    [].extend()


show("L().extend(items()) bound", lambda: getattr(L(), "extend")(items()))

print("-- __qualname__ of a bound builtin method")
print(True.bit_length.__qualname__, L().append.__qualname__, [].append.__qualname__)
print(F.fromhex.__qualname__, list.append.__qualname__, (1).__add__.__qualname__)
print(Local().append.__qualname__, L.__new__.__qualname__, L().__len__.__qualname__)

print("-- argument counts of iterators, property, slice and float.__getformat__")
it = iter([1, 2])
show("it.__next__(1)", lambda: it.__next__(1))
show("it.__iter__(k=1)", lambda: it.__iter__(k=1))
show("it.__length_hint__(1)", lambda: it.__length_hint__(1))
show("getattr(it, '__length_hint__')(k=1)", lambda: getattr(it, "__length_hint__")(k=1))
g = (x for x in [])
show("g.__next__(1)", lambda: g.__next__(1))
p = property()
show("p.getter(k=1)", lambda: p.getter(k=1))
show("p.setter()", lambda: p.setter())
show("p.__get__()", lambda: p.__get__())
show("p.__get__(1, 2, 3)", lambda: p.__get__(1, 2, 3))
show("p.__get__(k=1)", lambda: p.__get__(k=1))
show("p.__set__(1)", lambda: p.__set__(1))
show("p.__delete__()", lambda: p.__delete__())
show("p.__set_name__(1)", lambda: p.__set_name__(1))
show("property.__set_name__(p, k=1)", lambda: property.__set_name__(p, k=1))
show("p.__set_name__(k=1)", lambda: p.__set_name__(k=1))
show("getattr(p, '__set_name__')(k=1)", lambda: getattr(p, "__set_name__")(k=1))
show("slice(1).indices()", lambda: slice(1).indices())
show("slice(1).indices(1, 2)", lambda: slice(1).indices(1, 2))
show("slice(1).indices(k=1)", lambda: slice(1).indices(k=1))
show("float.__getformat__()", lambda: float.__getformat__())
show("F.__getformat__('double', 1)", lambda: F.__getformat__("double", 1))
show("float.__getformat__(1)", lambda: float.__getformat__(1))

print("-- methods of type: bound to a class they name it, called on type they name type")


class Meta(type):
    pass


class K(metaclass=Meta):
    pass


show("int.mro(1)", lambda: int.mro(1))
show("K.mro(1)", lambda: K.mro(1))
show("type.mro(int, 1)", lambda: type.mro(int, 1))
show("Meta.mro(K, 1)", lambda: Meta.mro(K, 1))
show("int.__subclasses__(1)", lambda: int.__subclasses__(1))
show("type.__subclasses__(int, 1)", lambda: type.__subclasses__(int, 1))
show("int.__instancecheck__()", lambda: int.__instancecheck__())
show("type.__instancecheck__(int)", lambda: type.__instancecheck__(int))
show("K.__subclasscheck__(1, 2)", lambda: K.__subclasscheck__(1, 2))
show("type.__subclasscheck__(K, k=1)", lambda: type.__subclasscheck__(K, k=1))
mro = int.mro
show("m = int.mro; m(k=1)", lambda: mro(k=1))
print(int.mro.__qualname__, K.mro.__qualname__, type.mro.__qualname__)

print("-- object and exception methods")


class E(ValueError):
    pass


show("getattr(Plain(), '__format__')()", lambda: getattr(Plain(), "__format__")())
show("Plain().__format__()", lambda: Plain().__format__())
show("getattr(ValueError(), 'with_traceback')()", lambda: getattr(ValueError(), "with_traceback")())
show("getattr(E(), 'add_note')()", lambda: getattr(E(), "add_note")())
show("E().add_note()", lambda: E().add_note())
show("getattr(E(), '__reduce__')(1)", lambda: getattr(E(), "__reduce__")(1))
show("ValueError().__reduce__(1)", lambda: ValueError().__reduce__(1))
show("OSError().__reduce__(k=1)", lambda: OSError().__reduce__(k=1))
show("ImportError().__reduce__(1)", lambda: ImportError().__reduce__(1))
show("object().__reduce__(1)", lambda: object().__reduce__(1))
show("[].__reduce__(k=1)", lambda: [].__reduce__(k=1))
show("getattr(Plain(), '__reduce__')(1)", lambda: getattr(Plain(), "__reduce__")(1))
show("getattr(E(), '__setstate__')()", lambda: getattr(E(), "__setstate__")())
show("getattr(Plain(), '__reduce_ex__')()", lambda: getattr(Plain(), "__reduce_ex__")())
show("getattr(Plain(), '__dir__')(1)", lambda: getattr(Plain(), "__dir__")(1))
show("getattr(Plain(), '__getstate__')(1)", lambda: getattr(Plain(), "__getstate__")(1))
show("getattr({}.keys(), 'isdisjoint')()", lambda: getattr({}.keys(), "isdisjoint")())
show("getattr(range(3), 'count')()", lambda: getattr(range(3), "count")())
show("getattr(gen, 'send')()", lambda: getattr((x for x in []), "send")())
show("getattr(gen, 'close')(1)", lambda: getattr((x for x in []), "close")(1))


print("-- reductions, hashes, reprs: their argument checks")


class Ba2(bytearray):
    pass


class E2(ValueError):
    pass


for src in [
    "slice(1).__reduce__(1)",
    "slice(1).__reduce__(k=1)",
    "range(1).__reduce__(1)",
    "range(1).__reduce__(k=1)",
    "getattr(range(1), '__reduce__')(k=1)",
    "bytearray().__reduce_ex__(k=1)",
    "bytearray().__reduce__(1)",
    "bytearray().__reduce_ex__(1, 2)",
    "Ba2().__reduce__(1)",
    "getattr(Ba2(), '__reduce__')(1)",
    "Ba2().__reduce_ex__(k=1)",
    "(1).__hash__(1)",
    "(1).__hash__(k=1)",
    "'a'.__hash__(1)",
    "object().__hash__(1)",
    "(1.5).__repr__(1)",
    "getattr(1.5, '__repr__')(k=1)",
    "ValueError().__str__(1)",
    "E2().__repr__(k=1)",
    "E2().__str__()",
    "range(1).__reduce__()",
]:
    show(src, lambda: eval(src))
