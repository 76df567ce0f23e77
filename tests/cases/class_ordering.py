# __lt__ and friends; reflected comparisons; sorting user objects.
class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "Ver(" + ".".join(map(str, self.parts)) + ")"

vs = [Ver("1.10"), Ver("1.2"), Ver("0.9.9"), Ver("1.2.0")]
print(sorted(vs))
print(max(vs), min(vs))
print(Ver("1.0") < Ver("2.0"), Ver("2.0") > Ver("1.0"))
try:
    Ver("1.0") <= Ver("2.0")
except TypeError as e:
    print("TypeError:", e)

class Only:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("gt called")
        return self.v > other.v
print(Only(1) < Only(2))
try:
    Only(1) < 5
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError:", e)
print(sorted([Ver("3"), Ver("1"), Ver("2")], reverse=True))
