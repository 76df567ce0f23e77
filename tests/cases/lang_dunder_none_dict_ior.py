# A dunder set to None blocks the protocol (reversed, in, iter, hash); reversed() of a
# sequence fetches items lazily, last first; d |= x takes any mapping or pairs.
class R:
    __reversed__ = None
    def __len__(self): return 2
    def __getitem__(self, i): return i
try: reversed(R())
except TypeError as e: print(e)
class I:
    __iter__ = None
try: iter(I())
except TypeError as e: print(e)
class C:
    __contains__ = None
try: 1 in C()
except TypeError as e: print(e)
class H:
    __hash__ = None
try: hash(H())
except TypeError as e: print(e)
e = {1: 2}
e |= [(4, 4)]
print(e)
try: e | [(5, 5)]
except TypeError as ex: print(ex)
try: e |= 5
except TypeError as ex: print(ex)
try: e |= [1]
except TypeError as ex: print(ex)

class L:
    def __len__(self): return 3
    __iter__ = None
try: list(L())
except TypeError as ex: print(ex)
print(list(reversed(range(3))), list(reversed([1,2])), list(reversed((1,2))))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
try: reversed(5)
except TypeError as ex: print(ex)
try: reversed({})
except TypeError as ex: print(ex)
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
class Noisy:
    def __len__(self): return 4
    def __getitem__(self, i):
        print("get", i)
        if i == 1: raise IndexError
        return i
for x in reversed(Noisy()): print("got", x)
class Bad:
    def __len__(self): return 2
    def __getitem__(self, i): raise KeyError(i)
try: list(reversed(Bad()))
except KeyError as e: print("KeyError", e)
d = {}
d |= {1: 1}; d |= (("a", 2),); d |= {"k": 3}.items()
print(d)
