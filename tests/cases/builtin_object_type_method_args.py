# The methods object and type give every class check their arguments as CPython's do.


class C:
    x = 1

    def __init__(self):
        self.y = 2


class S:
    __slots__ = ("a",)


calls = {
    "C().__format__()": lambda: C().__format__(),
    "C().__format__(1)": lambda: C().__format__(1),
    "C().__format__('x')": lambda: C().__format__("x"),
    "C().__format__('')": lambda: C().__format__("")[:3],
    "(5).__format__('d', 1)": lambda: (5).__format__("d", 1),
    "None.__format__(k=1)": lambda: None.__format__(k=1),
    "C().__getstate__(k=1)": lambda: C().__getstate__(k=1),
    "C().__getstate__(1)": lambda: C().__getstate__(1),
    "C().__getstate__()": lambda: C().__getstate__(),
    "S().__getstate__()": lambda: S().__getstate__(),
    "[1].__reduce_ex__()": lambda: [1].__reduce_ex__(),
    "C().__reduce_ex__('x')": lambda: C().__reduce_ex__("x"),
    "C().__reduce_ex__(None)": lambda: C().__reduce_ex__(None),
    "C.mro(k=1)": lambda: C.mro(k=1),
    "int.mro(1)": lambda: int.mro(1),
    "C.mro()": lambda: C.mro(),
    "C.__subclasses__(1)": lambda: C.__subclasses__(1),
    "C.__subclasshook__(k=1)": lambda: C.__subclasshook__(k=1),
    "C.__subclasshook__(1, 2)": lambda: C.__subclasshook__(1, 2),
    "C().__dir__(1)": lambda: C().__dir__(1),
    "'s'.__dir__(k=1)": lambda: "s".__dir__(k=1),
    "type(1, k=2)": lambda: type(1, k=2),
    "type(k=1)": lambda: type(k=1),
    "type(1, 2)": lambda: type(1, 2),
    "C().__eq__()": lambda: C().__eq__(),
    "C().__ne__(1, 2)": lambda: C().__ne__(1, 2),
    "C().__repr__(1)": lambda: C().__repr__(1),
    "C().__str__(k=1)": lambda: C().__str__(k=1),
}
for text, call in calls.items():
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "-> TypeError:", e)
