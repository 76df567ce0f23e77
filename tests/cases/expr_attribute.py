# Attribute access, setattr/getattr and missing attributes.
class Box:
    pass

b = Box()
b.x = 1
b.y = [1, 2]
b.y.append(3)
print(b.x, b.y)
b.x += 10
print(b.x)
print(getattr(b, "x"), getattr(b, "missing", "default"))
setattr(b, "z", "zed")
print(b.z, hasattr(b, "z"), hasattr(b, "nope"))
del b.z
print(hasattr(b, "z"))
print(sorted(vars(b)))
try:
    b.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.nope
except AttributeError as e:
    print("AttributeError:", e)
print("abc".upper.__name__)
print((5).real, (5).imag, (3.5).real)
