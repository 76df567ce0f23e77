class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int])
print(Box["x"])
print(Box[int, str])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class Sub(Box):
    pass
print(Sub[1])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)

print(list[int])
print(dict[str, int])
print(tuple[int, ...])
print(list[int].__origin__ is list, list[int].__args__)
print(type[int])

class Both:
    def __getitem__(self, i):
        return "inst", i
    def __class_getitem__(cls, i):
        return "cls", i
print(Both[1], Both()[1])
