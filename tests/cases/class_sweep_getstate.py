# object.__getstate__ (3.11): the instance dict itself, slot values along the MRO, None
# for builtin values; type.mro() receiver errors.
class S:
    __slots__=('a','b')
s=S(); print(object.__getstate__(s)); s.a=1; print(object.__getstate__(s))
class T:
    __slots__=('a','__dict__')
t=T(); t.a=1; print(object.__getstate__(t)); t.z=2; print(object.__getstate__(t))
print(object.__getstate__(1), object.__getstate__([1]))
try: object.__getstate__()
except Exception as e: print(e)
class U: pass
u = U(); print(u.__getstate__()); u.x = [1]; st = u.__getstate__(); print(st, st is u.__dict__)
class V(S):
    __slots__ = ('c',)
v = V(); v.c = 3; v.a = 0; print(v.__getstate__())
try: type.mro()
except Exception as e: print(e)
try: type.mro(1)
except Exception as e: print(e)
