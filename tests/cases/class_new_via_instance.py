# A type's __new__ looked up on an instance stays a static method: the instance is not
# passed to it. Other builtin methods of a subclass instance bind as usual.

class C: pass
class L(list): pass
class E(Exception): pass
print(type(C().__new__(C)).__name__)
print(type(L().__new__(L)).__name__)
print(type(E().__new__(E)).__name__)
print(C().__init_subclass__())
print(L().__class_getitem__(int))
print(L().__subclasshook__(int))
print(type(L().__new__(L, k=1)).__name__)
print(L().__sizeof__() > 0, C().__dir__.__qualname__)
print(type((5).__new__(int)).__name__, type("s".__new__(str)).__name__, type([].__new__(list)).__name__)
print(type(ValueError().__new__(ValueError)).__name__)
