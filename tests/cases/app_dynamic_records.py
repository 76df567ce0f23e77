# A hand-written record base class (what dataclasses would generate): fields set by
# setattr in any order, __eq__/__hash__/__repr__ from vars(), copies through __dict__,
# a frozen variant through __setattr__/__delattr__, class defaults behind instance values.
class Record:
    fields = ()
    def __init__(self, *args, **kw):
        if len(args) > len(self.fields):
            raise TypeError(f"{type(self).__name__}() takes {len(self.fields)} positional arguments but {len(args)} were given")
        for name, val in zip(self.fields, args):
            setattr(self, name, val)
        for name, val in kw.items():
            if name not in self.fields:
                raise TypeError(f"unexpected {name!r}")
            setattr(self, name, val)
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return vars(self) == vars(other)
    def __hash__(self):
        return hash(tuple(getattr(self, f, None) for f in self.fields))
    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({inner})"
    def replace(self, **kw):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.update(kw)
        return new
class Person(Record):
    fields = ('name', 'age')
class Pet(Record):
    fields = ('name', 'kind')
p = Person('ann', 30)
q = Person(age=30, name='ann')
print(p, q, p == q, hash(p) == hash(q))
print(p == Pet('ann', 30), p != q)
r = p.replace(age=31)
print(r, r == p, r.__dict__)
s = {p, q, r}
print(len(s))
try:
    Person(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Person(zz=1)
except TypeError as e:
    print(e)
print(sorted([Person('b', 2), Person('a', 3), Person('c', 1)], key=lambda x: x.age))
print(sorted([Person('b', 2), Person('a', 3)], key=vars.__call__ and (lambda x: x.name)))
class Frozen(Person):
    def __setattr__(self, k, v):
        if hasattr(self, '_done'):
            raise AttributeError(f"cannot assign to field {k!r}")
        object.__setattr__(self, k, v)
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete field {k!r}")
fz = Frozen('x', 1)
object.__setattr__(fz, '_done', True)
try:
    fz.age = 2
except AttributeError as e:
    print(e)
try:
    del fz.age
except AttributeError as e:
    print(e)
print(fz, vars(fz))
class WithDefaults(Record):
    fields = ('a', 'b', 'c')
    c = 'cdef'
w = WithDefaults(1)
print(w, w.c, hasattr(w, 'b'), 'c' in vars(w))
w.c = 3
print(w, WithDefaults.c)
del w.c
print(w.c)
class Ordered(Record):
    fields = ('k',)
    def __lt__(self, o): return self.k < o.k
    def __le__(self, o): return self.k <= o.k
items = [Ordered(k=3), Ordered(k=1), Ordered(k=2)]
print(sorted(items), max(items), min(items))
try:
    Ordered(1) > Person('a', 1)
except TypeError as e:
    print(e)
print(Ordered(1) > Ordered(0))
print(Person.__eq__(p, 5), p.__eq__(q), p.__ne__(q))
print(type(p).__hash__ is Record.__hash__)
class NoHash(Record):
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print(e)
