# A builtin type's method called on the class with no receiver at all is refused by its
# descriptor: method descriptors say "unbound method T.m() needs an argument", slot
# wrappers "descriptor 'm' of 'T' object needs an argument"; a receiver of the wrong type
# is refused too.


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except TypeError as e:
        print(label, "-> TypeError:", e)


print("-- slot wrappers")
show("int.__eq__()", lambda: int.__eq__())
show("object.__eq__()", lambda: object.__eq__())
show("object.__init__()", lambda: object.__init__())
show("list.__init__()", lambda: list.__init__())
show("list.__len__()", lambda: list.__len__())
show("int.__index__()", lambda: int.__index__())
show("int.__hash__()", lambda: int.__hash__())
show("object.__repr__()", lambda: object.__repr__())
show("object.__setattr__()", lambda: object.__setattr__())
show("type.__call__()", lambda: type.__call__())
show("str.__getitem__()", lambda: str.__getitem__())

print("-- method descriptors")
show("object.__format__()", lambda: object.__format__())
show("object.__reduce_ex__()", lambda: object.__reduce_ex__())
show("object.__sizeof__()", lambda: object.__sizeof__())
show("object.__dir__()", lambda: object.__dir__())
show("list.append()", lambda: list.append())
show("list.append(x=1)", lambda: list.append(x=1))
show("list.append(*[])", lambda: list.append(*[]))
show("list.sort(key=len)", lambda: list.sort(key=len))
show("str.upper()", lambda: str.upper())
show("str.count()", lambda: str.count())
show("str.join(x=1)", lambda: str.join(x=1))
show("dict.get()", lambda: dict.get())
show("int.bit_length()", lambda: int.bit_length())
show("float.__round__()", lambda: float.__round__())
show("int.__format__()", lambda: int.__format__())
show("str.__format__()", lambda: str.__format__())
show("int.__getnewargs__()", lambda: int.__getnewargs__())
show("list.__reversed__()", lambda: list.__reversed__())
show("dict.__getitem__()", lambda: dict.__getitem__())
show("bytes.decode()", lambda: bytes.decode())
show("type.mro()", lambda: type.mro())
show("BaseException.with_traceback()", lambda: BaseException.with_traceback())
show("ValueError.add_note()", lambda: ValueError.add_note())
m = list.append
show("m = list.append; m()", lambda: m())

print("-- class methods, static methods and __new__ have their own wording")
show("dict.fromkeys()", lambda: dict.fromkeys())
show("list.__class_getitem__()", lambda: list.__class_getitem__())
show("str.maketrans()", lambda: str.maketrans())
show("int.__new__()", lambda: int.__new__())
show("object.__init_subclass__()", lambda: object.__init_subclass__())

print("-- a receiver of the wrong type")
show("int.__eq__('x')", lambda: int.__eq__("x"))
show("int.__eq__('x', 1)", lambda: int.__eq__("x", 1))
show("list.append(1, 2)", lambda: list.append(1, 2))
show("list.append(1)", lambda: list.append(1))
show("str.upper(1)", lambda: str.upper(1))
show("list.__len__(1)", lambda: list.__len__(1))
show("list.__getitem__(1, 0)", lambda: list.__getitem__(1, 0))
show("dict.__contains__(1, 0)", lambda: dict.__contains__(1, 0))
show("int.__add__(1.5, 1)", lambda: int.__add__(1.5, 1))
show("set.add(frozenset(), 1)", lambda: set.add(frozenset(), 1))
show("list.__init__(1)", lambda: list.__init__(1))
show("set.__init__(1)", lambda: set.__init__(1))
show("dict.__init__(1, a=2)", lambda: dict.__init__(1, a=2))
show("bytearray.__init__(1)", lambda: bytearray.__init__(1))
show("list.__init__([], a=1)", lambda: list.__init__([], a=1))
show("set.__init__(set(), 1, 2)", lambda: set.__init__(set(), 1, 2))

print("-- the builtin iterators and views")
for obj in [iter([]), iter(()), iter(""), iter(range(2)), reversed([]), iter({}), iter(set()), {}.keys()]:
    T = type(obj)
    for name in ["__next__", "__length_hint__", "__reduce__", "__len__", "isdisjoint", "__reversed__"]:
        if name in vars(T):
            show(T.__name__ + "." + name + "()", getattr(T, name))
show("memoryview.__enter__()", lambda: memoryview.__enter__())
show("bytearray.__alloc__()", lambda: bytearray.__alloc__())
show("property.__set_name__()", lambda: property.__set_name__())
