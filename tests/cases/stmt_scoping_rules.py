# LEGB name resolution and class-scope quirks.
x = "global"

def f():
    x = "enclosing"
    def g():
        return x
    return g()
print(f())

def h():
    return len("builtin")
print(h())

def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))

class C:
    y = 10
    z = y * 2
    items = [y for _ in range(2)] if False else None
    def m(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(C.z, C().m())

class D:
    v = 3
    doubled = [i * 2 for i in range(v)]
print(D.doubled)

def loop_var_leak():
    for q in range(3):
        pass
    return q
print(loop_var_leak())

def comp_no_leak():
    [w for w in range(3)]
    try:
        return w
    except NameError as e:
        return "NameError: " + str(e)
print(comp_no_leak())
