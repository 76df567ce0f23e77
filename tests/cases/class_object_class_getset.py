# object.__dict__['__class__'] is a getset descriptor: reading, assigning and deleting
# __class__ on instances, classes, modules and builtin values.
import sys
print(sys.__class__, int.__class__, (1).__class__, type.__class__)
class M(type): pass
class C(metaclass=M): pass
print(C.__class__, C().__class__, super(C, C()).__class__)
o = object.__dict__['__class__']
print(o, type(o).__name__, o.__get__(3), o.__get__(C))
class D: pass
c = C(); c.__class__ = D; print(type(c).__name__)
try: o.__set__(c, C); print(type(c).__name__)
except TypeError as e: print(e)
try: (1).__class__ = D
except TypeError as e: print(e)
try: c.__class__ = 5
except TypeError as e: print(e)
try: del c.__class__
except TypeError as e: print(e)
class Slotted:
    __slots__ = ('a',)
try: c.__class__ = Slotted
except TypeError as e: print(e)
print(c.__class__.__name__)
class WithAttr:
    __class__ = 'not a descriptor'
w = WithAttr()
print(w.__class__, type(w).__name__)
w.__class__ = D
print(w.__dict__, type(w).__name__)
print(sys.__class__.__name__, sys.__repr__() == repr(sys))
print('__class__' in dir(object()), '__class__' in vars(object))
