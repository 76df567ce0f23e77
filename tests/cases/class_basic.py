# A class with __init__, methods and instance state.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self

    def dist2(self):
        return self.x ** 2 + self.y ** 2

p = Point(3, 4)
print(p.x, p.y, p.dist2())
p.move(1, 1).move(1, 1)
print(p.x, p.y)
q = Point(0, 0)
print(q.dist2(), p is q, type(p).__name__, type(p) is Point)
print(isinstance(p, Point), isinstance(5, Point))
print(Point.__name__, Point.__qualname__, Point.__module__)
print(sorted(k for k in p.__dict__))
print(p.__class__ is Point)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
