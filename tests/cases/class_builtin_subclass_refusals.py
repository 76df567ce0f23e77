# A subclass of a container refuses format specs, int() and float() under its own name.
class A: pass
class MyD(dict): pass
class MyL(list): pass
class MyB(bytes): pass
class MyT(tuple): pass
class MyI(int): pass
class MyS(str): pass
for o in (A(), MyD(), MyL(), MyB(b"7"), MyT(), {}, [], MyI(5), MyS("x")):
    try: print(repr(format(o, ">5")))
    except TypeError as e: print(e)
    try: print(int(o))
    except (TypeError, ValueError) as e: print(e)
    try: print(float(o))
    except (TypeError, ValueError) as e: print(e)
    if type(o) is not A: print(repr(format(o, "")))

# Subscripting an instance of a subclass of a type that has no __getitem__.
class MyF(float): pass
class MySet(set): pass
for o in (MyI(3), MyF(1.5), MySet({1})):
    try: o[0]
    except TypeError as e: print(e)
    try: o[0] = 1
    except TypeError as e: print(e)
    try: del o[0]
    except TypeError as e: print(e)
