# Protocol slots as CPython lists them: memoryview.__iter__, no dict_values.__contains__
# (search by iteration), NotImplementedType.__bool__ with its warning and receiver check.
d = {1: "a", 2: [1]}
print("a" in d.values(), [1] in d.values(), 3 in d.values(), hasattr(d.values(), "__contains__"))
print(list(memoryview(b"ab").__iter__()), "__iter__" in dir(memoryview))
class E:
    def __eq__(s, o): print("eq called"); return False
d = {1: E()}
print(1 in d.values())
print(NotImplemented.__bool__())
print(type(NotImplemented).__bool__(NotImplemented))
try: type(NotImplemented).__bool__(1)
except TypeError as e: print(e)
try: NotImplemented.__bool__(1)
except TypeError as e: print(e)
print(bool(NotImplemented))
