import first
READY = True
try:
    print(first.VALUE)
except AttributeError as e:
    print("AttributeError", e)
    print(e.name, e.obj is first)
print(getattr(first, "VALUE", "default while partial"), hasattr(first, "VALUE"))
