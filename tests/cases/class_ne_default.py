# != falls back to the inverse of __eq__; reflected __eq__ is tried for other types.
class Pt:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        if not isinstance(other, Pt):
            return NotImplemented
        return self.x == other.x
    __hash__ = None

print(Pt(1) == Pt(1), Pt(1) != Pt(1), Pt(1) != Pt(2))
print(Pt(1) == 1, 1 == Pt(1), Pt(1) != "x")
class Watch:
    def __eq__(self, other):
        print("Watch.__eq__ called with", type(other).__name__)
        return True
print(1 == Watch())
print(Watch() == 1)
print([1, 2] == [Watch(), Watch()])
try:
    {Pt(1)}
except TypeError as e:
    print("TypeError:", e)
