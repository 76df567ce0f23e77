# del on names, list items, slices, dict keys, attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)

class O:
    pass
o = O()
o.attr = 5
del o.attr
print(hasattr(o, "attr"))

a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())

def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())
try:
    del lst[99]
except IndexError as e:
    print("IndexError:", e)
