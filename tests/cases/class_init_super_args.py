# Passing arguments up the chain with super().__init__.
class Shape:
    def __init__(self, name, sides):
        self.name = name
        self.sides = sides
    def describe(self):
        return f"{self.name} with {self.sides} sides"

class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect", 4)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

s = Square(3)
print(s.describe(), s.area(), s.w, s.h)
r = Rect(2, 5)
print(r.describe(), r.area())

class NoInit(Rect):
    pass
n = NoInit(1, 2)
print(n.area(), n.name)
class Plain:
    pass
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
