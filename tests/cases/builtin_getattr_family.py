# getattr, setattr, hasattr, delattr, dir on instances.
class Obj:
    cls_attr = "class"
    def method(self):
        return "method"
o = Obj()
setattr(o, "dyn", 123)
print(getattr(o, "dyn"), getattr(o, "cls_attr"), getattr(o, "method")())
print(getattr(o, "nope", None), hasattr(o, "dyn"), hasattr(o, "method"), hasattr(Obj, "dyn"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print("AttributeError:", e)
names = [n for n in dir(o) if not n.startswith("__")]
print(names)
setattr(Obj, "added", lambda self: "added later")
print(o.added())
print(getattr([1, 2], "count")(1), getattr("x", "upper")())
