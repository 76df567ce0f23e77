# operator.index: an exact int for ints and their subclasses (bool included); what
# __index__ returns, where a strict int subclass is accepted with a DeprecationWarning
# (shown once per line in __main__) and turned into a plain int; TypeErrors otherwise.
import operator


class MyInt(int):
    pass


class GivesBool:
    def __index__(self):
        return True


class GivesMyInt:
    def __index__(self):
        return MyInt(7)


class GivesFloat:
    def __index__(self):
        return 1.5


class GivesInt:
    def __index__(self):
        return 2 ** 70


for v in [0, -5, True, False, MyInt(3), 2 ** 65, GivesInt()]:
    r = operator.index(v)
    print(repr(r), type(r).__name__)

for v in [GivesBool(), GivesMyInt(), GivesBool()]:
    r = operator.index(v)
    print(repr(r), type(r).__name__)

print(operator.__index__(MyInt(9)), type(operator.__index__(False)).__name__)

for v in [GivesFloat(), 1.5, "3", None, [1], 3j]:
    try:
        operator.index(v)
    except TypeError as e:
        print(type(e).__name__, e)

print([10, 20, 30][operator.index(True)], "ab"[operator.index(MyInt(1))])

# The special method is bound as an implicit call binds it: a staticmethod or a callable
# object gets no receiver; length_hint looks __length_hint__ up the same way.
class StaticIndex:
    __index__ = staticmethod(lambda: 4)
    __length_hint__ = staticmethod(lambda: 6)
class CallableIndex:
    __index__ = type("Fn", (), {"__call__": lambda self: 5})()
    __length_hint__ = None
print(operator.index(StaticIndex()), operator.index(CallableIndex()))
print(operator.length_hint(StaticIndex()), operator.length_hint(CallableIndex(), 7))
