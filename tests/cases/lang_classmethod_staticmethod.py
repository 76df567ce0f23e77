class A:
    count = 0
    @classmethod
    def make(cls, n):
        cls.count += n
        return cls
    @staticmethod
    def add(a, b):
        return a + b
    def inst(self):
        return self.add(1, 2), self.make(1).__name__

class B(A):
    pass

print(A.make(2).__name__, A.count)
print(B.make(3).__name__, B.count, A.count)
print(A.add(2, 3), A().add(4, 5))
print(A().inst())
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
print(A.__dict__["add"].__func__(7, 8))
print(A.__dict__["make"].__func__.__name__)
print(A.make.__self__ is A, B.make.__self__ is B)
print(A().make.__self__ is A)

sm = staticmethod(len)
print(sm.__func__ is len)
cm = classmethod(lambda cls: cls.__name__)
class C:
    f = cm
    g = sm
print(C.f(), C().f(), C.g("abc"))

try:
    A.add(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    A.make()
except TypeError as e:
    print(type(e).__name__, e)

class D:
    @classmethod
    def alt(cls, *args, **kw):
        return cls.__name__, args, sorted(kw.items())
print(D.alt(1, 2, a=3))

class Meta(type):
    pass
class E(metaclass=Meta):
    @classmethod
    def who(cls):
        return type(cls).__name__
print(E.who())
print(callable(A.__dict__["add"]))
