# Base classes that require overriding, via NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

for shape in (Sq(3), Blob()):
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(NotImplemented, type(NotImplemented).__name__, bool(NotImplementedError))
shapes = [Sq(2), Sq(1), Sq(3)]
print(sorted(s.area() for s in shapes), sum(s.area() for s in shapes))
