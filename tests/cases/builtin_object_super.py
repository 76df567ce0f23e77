# object() and super() used directly.
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
class Base:
    def who(self):
        return "Base.who"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Child(Base):
    def who(self):
        return "Child -> " + super().who()
    @classmethod
    def make(cls):
        return "Child.make -> " + super().make()
    def explicit(self):
        return super(Child, self).who()
c = Child()
print(c.who(), "|", Child.make(), "|", c.explicit())
def outside(self):
    return "ok"
print(super(Child, c).who())
class WithNew:
    def __new__(cls, *args):
        print("__new__ with", args)
        inst = super().__new__(cls)
        inst.made_by_new = True
        return inst
    def __init__(self, x):
        print("__init__ with", x)
w = WithNew(7)
print(w.made_by_new)
