# map() refuses keyword arguments; zip() takes only `strict` and counts the extras.


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


show("map(len, [], k=1)", lambda: list(map(len, [], k=1)))
show("map(k=1)", lambda: map(k=1))
show("map(len)", lambda: map(len))
show("map(str, [1], [2], k=1)", lambda: map(str, [1], [2], k=1))
show("list(map(len, ['ab']))", lambda: list(map(len, ["ab"])))
show("zip(k=2)", lambda: zip(k=2))
show("zip(strict=True, k=1)", lambda: zip(strict=True, k=1))
show("zip([], [], a=1, b=2, c=3)", lambda: zip([], [], a=1, b=2, c=3))
show("list(zip([1], [2], strict=True))", lambda: list(zip([1], [2], strict=True)))
show("list(map('a'.count, ['a']))", lambda: list(map("a".count, ["a"])))
