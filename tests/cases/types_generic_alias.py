for t in [list, dict, tuple, set, frozenset, type, enumerate, zip, reversed, int, str, range, slice, map, filter]:
    try:
        print(t[int])
    except TypeError as e:
        print(e)
x = int | None
print(x, type(x))
print(list[int] == list[int], list[int] == list, dict[str, list[int]], tuple[int, ...], list[int](range(3)))
print(list[int].__origin__, list[int].__args__, type(list[int]))
class C: pass
print(C.__bases__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(list[C], list["x"], list[None], type[int])
print(hash(list[int]) == hash(list[int]))
class L(list): pass
print(L[int], list.__class_getitem__(str), type(list[int]).__name__)
try:
    int[str]
except TypeError as e:
    print(e)
