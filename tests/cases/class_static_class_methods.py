# staticmethod and classmethod.
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["tomato", "mozzarella"])
    @classmethod
    def how_many(cls):
        return cls.__name__ + ": " + str(cls.count)
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)

p = Pizza.margherita()
print(p.toppings, type(p).__name__)
print(Pizza.area(2), p.area(1))
print(Pizza.how_many(), p.how_many())

class Special(Pizza):
    pass
s = Special.margherita()
print(type(s).__name__, Special.how_many())
f = Pizza.area
print(f(1))
class M:
    @staticmethod
    def s():
        return "static, no args"
    def helper(x):
        return x * 2
    h = staticmethod(helper)
    c = classmethod(lambda cls: cls.__name__)
print(M.s(), M().s(), M.h(21), M.c(), M().c())
print(type(M.__dict__["s"]).__name__, type(M.__dict__["c"]).__name__)
