# Attributes of classes and metaclasses: nonempty __slots__ refused on a subtype of type (its
# instances, classes, keep their items inline), class attributes added and deleted through
# a metaclass, read-only builtin types, __name__/__bases__ assignment.
for sl in [('__dict__',), ('__weakref__',), (), ('a',), 'b']:
    try:
        class M(type): __slots__ = sl
        print(sl, 'ok')
    except TypeError as e: print(sl, e)
class M(type): pass
try:
    class M2(M): __slots__ = ('a',)
except TypeError as e: print(e)
class M3(type): __slots__ = ()
class K(metaclass=M3): pass
print(type(K).__name__, K.__name__)
class M(type):
    def __init__(cls, *a):
        super().__init__(*a)
        cls.created = True
class A(metaclass=M):
    z = 1
print(A.created, 'created' in vars(A), sorted(k for k in vars(A) if not k.startswith('__')))
A.dyn = 5; del A.z
print(A.dyn, hasattr(A, 'z'), sorted(k for k in A.__dict__ if not k.startswith('__')))
try: A.__dict__['q'] = 1
except TypeError as e: print(e)
try: del A.nothing
except AttributeError as e: print(e)
try: A.nothing
except AttributeError as e: print(e)
try: int.foo = 1
except TypeError as e: print(e)
try: del int.real
except TypeError as e: print(e)
try: object().x = 1
except AttributeError as e: print(e)
try: (1).x = 1
except AttributeError as e: print(e)
try: setattr([], 'append', 1)
except AttributeError as e: print(e)
def f(): pass
f.attr = 1; f.__dict__['other'] = 2
print(f.attr, f.other, sorted(vars(f)))
del f.attr
try: del f.attr
except AttributeError as e: print(e)
try: f.__name__ = 5
except TypeError as e: print(e)
f.__name__ = 'renamed'; print(f.__name__, f.__qualname__)
class S: pass
S.__name__ = 'T'; print(S.__name__, S.__qualname__, repr(S)[:30])
try: S.__name__ = 1
except TypeError as e: print(e)
S.__doc__ = 'doc'; print(S.__doc__)
try: S.__bases__ = (int,)
except TypeError as e: print(e)
class P1: pass
class P2: pass
class Ch(P1): pass
Ch.__bases__ = (P2,); print(Ch.__mro__[1].__name__, isinstance(Ch(), P2), isinstance(Ch(), P1))
