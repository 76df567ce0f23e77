# object.__dir__ called on a class lists its metaclass's attributes, not the class's own:
# it reads the object's __dict__, and a class's is a mappingproxy, which it does not use.
class M(type):
    def meta_m(cls):
        pass


class B:
    b = 1


class C(B, metaclass=M):
    c = 2


for cls in (C, B, int):
    names = object.__dir__(cls)
    print(cls.__name__, "c" in names, "b" in names, "meta_m" in names, "mro" in names,
          "__mro__" in names, "__subclasses__" in names)
print(sorted(set(C.__dir__(C)) - set(dir(type))))
print("c" in type.__dir__(C), "meta_m" in type.__dir__(C), "b" in dir(C))
print(sorted(set(object.__dir__(C())) - set(dir(object))))

# Which of __dict__ and __weakref__ a subclass of a builtin adds (dir() lists what exists).
for base in (object, int, tuple, bytes, str, list, dict, set, frozenset, float, Exception, type):
    sub = type("Sub", (base,), {})
    names = dir(sub)
    print(base.__name__, "__dict__" in names, "__weakref__" in names)
