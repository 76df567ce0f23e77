# Instance __dict__, vars(), and class-level data shared through the class.
class Rec:
    kind = "record"
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)
r = Rec(a=1, b="two")
print(vars(r), r.__dict__ is vars(r))
r.__dict__["c"] = 3
print(r.c, sorted(vars(r)))
print("kind" in vars(r), "kind" in vars(Rec), Rec.kind)
print([k for k in vars(Rec) if not k.startswith("__")])
r2 = Rec()
print(vars(r2))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
